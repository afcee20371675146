#include "kickstart/core/condition.hpp"

#include "json_read.hpp"

#include <algorithm>

namespace kickstart {

using detail::Json;

bool Condition::holds(const Answers& answers) const {
    switch (op) {
        case Op::is_one_of: {
            const std::string value = answers.text(question);
            return std::find(options.begin(), options.end(), value) != options.end();
        }
        case Op::includes: {
            const auto values = answers.list(question);
            return std::find(values.begin(), values.end(), options.front()) != values.end();
        }
        case Op::at_least: return answers.number(question) >= number;
        case Op::at_most: return answers.number(question) <= number;
        case Op::all:
            return std::all_of(children.begin(), children.end(), [&](const Condition& c) { return c.holds(answers); });
        case Op::any:
            return std::any_of(children.begin(), children.end(), [&](const Condition& c) { return c.holds(answers); });
        case Op::negate: return !children.front().holds(answers);
    }
    return true;
}

namespace {

constexpr int kMaxDepth = 16;

Condition parse(const Json& json, const std::string& path, const Questionnaire& questionnaire, Errors& errors,
                int depth) {
    Condition always;  // "all" of nothing
    if (depth > kMaxDepth) {
        errors.add(path + ": conditions nested deeper than " + std::to_string(kMaxDepth));
        return always;
    }
    if (!json.is_object() || json.size() == 0) {
        errors.add(path + ": expected a condition object, got " + detail::describe(json));
        return always;
    }
    for (const auto* combinator : {"all", "any"}) {
        if (const Json* list = detail::member(json, combinator)) {
            Condition condition;
            condition.op = std::string_view(combinator) == "all" ? Condition::Op::all : Condition::Op::any;
            const std::string where = path + "." + combinator;
            if (!list->is_array() || list->empty()) {
                errors.add(where + ": expected a non-empty list of conditions");
                return always;
            }
            for (std::size_t i = 0; i < list->size(); ++i) {
                condition.children.push_back(parse((*list)[i], detail::index(where, i), questionnaire, errors, depth + 1));
            }
            return condition;
        }
    }
    if (const Json* inner = detail::member(json, "not")) {
        Condition condition;
        condition.op = Condition::Op::negate;
        condition.children.push_back(parse(*inner, path + ".not", questionnaire, errors, depth + 1));
        return condition;
    }

    Condition condition;
    if (!detail::read_string(json, "question", path, errors, condition.question)) return always;
    const Question* question = questionnaire.find(condition.question);
    if (question == nullptr) {
        errors.add(path + ".question: unknown question " + detail::quote(condition.question));
        return always;
    }
    const auto check_option = [&](const std::string& option, const std::string& where) {
        if (!question->option_index(option)) {
            errors.add(where + ": " + detail::quote(option) + " is not an option of " + question->id);
        }
    };
    const auto expect_kind = [&](std::string_view op, std::initializer_list<QuestionKind> kinds) {
        if (std::find(kinds.begin(), kinds.end(), question->kind) == kinds.end()) {
            errors.add(path + "." + std::string(op) + ": '" + question->id + "' is a " +
                       std::string(kind_name(question->kind)) + " question");
            return false;
        }
        return true;
    };
    if (const Json* is = detail::member(json, "is")) {
        condition.op = Condition::Op::is_one_of;
        if (!expect_kind("is", {QuestionKind::single})) return always;
        if (!is->is_string()) {
            errors.add(path + ".is: expected an option name, got " + detail::describe(*is));
            return always;
        }
        condition.options.push_back(is->get<std::string>());
        check_option(condition.options.back(), path + ".is");
    } else if (const Json* in = detail::member(json, "in")) {
        condition.op = Condition::Op::is_one_of;
        if (!expect_kind("in", {QuestionKind::single})) return always;
        if (!in->is_array() || in->empty()) {
            errors.add(path + ".in: expected a non-empty list of option names");
            return always;
        }
        for (std::size_t i = 0; i < in->size(); ++i) {
            const Json& item = (*in)[i];
            if (!item.is_string()) {
                errors.add(detail::index(path + ".in", i) + ": expected an option name, got " + detail::describe(item));
                continue;
            }
            condition.options.push_back(item.get<std::string>());
            check_option(condition.options.back(), detail::index(path + ".in", i));
        }
    } else if (const Json* includes = detail::member(json, "includes")) {
        condition.op = Condition::Op::includes;
        if (!expect_kind("includes", {QuestionKind::multi})) return always;
        if (!includes->is_string()) {
            errors.add(path + ".includes: expected an option name, got " + detail::describe(*includes));
            return always;
        }
        condition.options.push_back(includes->get<std::string>());
        check_option(condition.options.back(), path + ".includes");
    } else if (detail::member(json, "at_least") != nullptr || detail::member(json, "at_most") != nullptr) {
        const bool at_least = detail::member(json, "at_least") != nullptr;
        condition.op = at_least ? Condition::Op::at_least : Condition::Op::at_most;
        if (!expect_kind(at_least ? "at_least" : "at_most", {QuestionKind::number})) return always;
        if (!detail::read_int(json, at_least ? "at_least" : "at_most", path, errors, condition.number)) return always;
    } else {
        errors.add(path + ": expected one of is, in, includes, at_least, at_most beside 'question'");
        return always;
    }
    return condition;
}

}  // namespace

Condition parse_condition(const Json& json, const std::string& path, const Questionnaire& questionnaire,
                          Errors& errors) {
    return parse(json, path, questionnaire, errors, 0);
}

}  // namespace kickstart
