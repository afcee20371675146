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
            KICKSTART_ASSERT(!options.empty(), "includes names one option");
            const auto values = answers.list(question);
            return std::find(values.begin(), values.end(), options.front()) != values.end();
        }
        case Op::ranked_within: {
            KICKSTART_ASSERT(!options.empty(), "ranks names one option");
            const auto ranking = answers.list(question);
            const auto it = std::find(ranking.begin(), ranking.end(), options.front());
            return it != ranking.end() && it - ranking.begin() < number;
        }
        case Op::at_least: return answers.number(question) >= number;
        case Op::at_most: return answers.number(question) <= number;
        case Op::all:
            return std::all_of(children.begin(), children.end(), [&](const Condition& c) { return c.holds(answers); });
        case Op::any:
            return std::any_of(children.begin(), children.end(), [&](const Condition& c) { return c.holds(answers); });
        case Op::negate:
            KICKSTART_ASSERT(children.size() == 1, "not holds one condition");
            return !children.front().holds(answers);
    }
    return true;
}

namespace {

constexpr int kMaxDepth = 16;

Condition parse(const Json& json, const std::string& path, const Questionnaire& questionnaire, Errors& errors,
                int depth) {
    Condition always;  // "all" of nothing
    if (depth > kMaxDepth) {
        errors.add(path, ErrorCode::condition_too_deep, {kMaxDepth});
        return always;
    }
    if (!json.is_object() || json.size() == 0) {
        errors.add(path, ErrorCode::condition_not_object, {detail::describe(json)});
        return always;
    }
    // Exactly one operator per object: {"all": ...} beside {"question": ...} would silently
    // drop one of them otherwise.
    static constexpr std::string_view kOperators[] = {"all", "any", "not", "is", "in", "includes",
                                                      "at_least", "at_most", "ranks"};
    std::vector<std::string_view> present;
    for (const std::string_view op : kOperators) {
        if (detail::member(json, op) != nullptr) present.push_back(op);
    }
    if (present.size() != 1) {
        const std::string operators = "all, any, not, is, in, includes, at_least, at_most, ranks";
        if (present.empty()) {
            errors.add(path, ErrorCode::condition_operator, {operators});
        } else {
            std::string found;
            for (const std::string_view op : present) found += (found.empty() ? "" : ", ") + std::string(op);
            errors.add(path, ErrorCode::condition_operators, {operators, found});
        }
        return always;
    }
    const std::string_view op = present.front();
    if (op == "all" || op == "any") {
        detail::reject_unknown_keys(json, path, {op}, errors);
        const Json& list = *detail::member(json, op);
        Condition condition;
        condition.op = op == "all" ? Condition::Op::all : Condition::Op::any;
        const std::string where = path + "." + std::string(op);
        if (!list.is_array() || list.empty()) {
            errors.add(where, ErrorCode::condition_empty_list);
            return always;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            condition.children.push_back(parse(list[i], detail::index(where, i), questionnaire, errors, depth + 1));
        }
        return condition;
    }
    if (op == "not") {
        detail::reject_unknown_keys(json, path, {"not"}, errors);
        Condition condition;
        condition.op = Condition::Op::negate;
        condition.children.push_back(parse(*detail::member(json, "not"), path + ".not", questionnaire, errors, depth + 1));
        return condition;
    }
    if (op == "ranks") {
        detail::reject_unknown_keys(json, path, {"question", "ranks", "within"}, errors);
    } else {
        detail::reject_unknown_keys(json, path, {"question", op}, errors);
    }

    Condition condition;
    if (!detail::read_string(json, "question", path, errors, condition.question)) return always;
    const Question* question = questionnaire.find(condition.question);
    if (question == nullptr) {
        errors.add(path + ".question", ErrorCode::condition_unknown_question, {detail::shorten(condition.question)});
        return always;
    }
    const auto check_option = [&](const std::string& option, const std::string& where) {
        if (!question->option_index(option)) {
            errors.add(where, ErrorCode::condition_unknown_option, {detail::shorten(option), question->id});
        }
    };
    const auto expect_kind = [&](std::string_view name, QuestionKind kind) {
        if (question->kind != kind) {
            errors.add(path + "." + std::string(name), ErrorCode::condition_kind,
                       {question->id, kind_name(question->kind), name, kind_name(kind)});
            return false;
        }
        return true;
    };
    const Json& operand = *detail::member(json, op);
    if (op == "is" || op == "includes" || op == "ranks") {
        const std::string name(op);
        condition.op = op == "is" ? Condition::Op::is_one_of
                       : op == "includes" ? Condition::Op::includes
                                          : Condition::Op::ranked_within;
        const QuestionKind kind = op == "is" ? QuestionKind::single
                                  : op == "includes" ? QuestionKind::multi
                                                     : QuestionKind::ranking;
        if (!expect_kind(name, kind)) return always;
        if (!operand.is_string()) {
            errors.add(path + "." + name, ErrorCode::condition_option_type, {detail::describe(operand)});
            return always;
        }
        condition.options.push_back(operand.get<std::string>());
        check_option(condition.options.back(), path + "." + name);
        if (op == "ranks") {
            const auto count = static_cast<std::int64_t>(question->options.size());
            if (!detail::read_int(json, "within", path, errors, condition.number)) return always;
            if (condition.number < 1 || condition.number > count) {
                errors.add(path + ".within", ErrorCode::condition_within, {count, condition.number});
            }
        }
    } else if (op == "in") {
        condition.op = Condition::Op::is_one_of;
        if (!expect_kind("in", QuestionKind::single)) return always;
        if (!operand.is_array() || operand.empty()) {
            errors.add(path + ".in", ErrorCode::condition_in_empty);
            return always;
        }
        for (std::size_t i = 0; i < operand.size(); ++i) {
            const Json& item = operand[i];
            if (!item.is_string()) {
                errors.add(detail::index(path + ".in", i), ErrorCode::condition_option_type, {detail::describe(item)});
                continue;
            }
            condition.options.push_back(item.get<std::string>());
            check_option(condition.options.back(), detail::index(path + ".in", i));
        }
    } else {  // at_least, at_most
        condition.op = op == "at_least" ? Condition::Op::at_least : Condition::Op::at_most;
        if (!expect_kind(op, QuestionKind::number)) return always;
        if (!detail::read_int(json, op, path, errors, condition.number)) return always;
    }
    return condition;
}

}  // namespace

Condition parse_condition(const Json& json, const std::string& path, const Questionnaire& questionnaire,
                          Errors& errors) {
    return parse(json, path, questionnaire, errors, 0);
}

}  // namespace kickstart
