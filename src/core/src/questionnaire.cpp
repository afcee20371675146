// The questionnaire and the answers to it: checks, defaults, the answer as people read it,
// and loading assets/questions.json.
//
// Index of this file:
// [SECTION] Questions and answers
// [SECTION] Loading assets/questions.json
#include "kickstart/core/questionnaire.hpp"

#include "json_read.hpp"
#include "kickstart/core/limits.hpp"
#include "utf8.hpp"

#include <algorithm>
#include <set>

namespace kickstart {

using detail::Json;

// [SECTION] Questions and answers

std::string_view kind_name(QuestionKind kind) {
    switch (kind) {
        case QuestionKind::single: return "single";
        case QuestionKind::multi: return "multi";
        case QuestionKind::number: return "number";
        case QuestionKind::ranking: return "ranking";
        case QuestionKind::text: return "text";
    }
    return "single";
}

namespace {

std::optional<QuestionKind> kind_from_name(std::string_view name) {
    for (const QuestionKind kind : {QuestionKind::single, QuestionKind::multi, QuestionKind::number,
                                    QuestionKind::ranking, QuestionKind::text}) {
        if (kind_name(kind) == name) return kind;
    }
    return std::nullopt;
}

std::string option_list(const Question& question) {
    std::string out;
    for (const Option& option : question.options) {
        if (!out.empty()) out += ", ";
        out += option.id;
    }
    return out;
}

// Converts a JSON value to an answer of the question's kind, without range checks.
std::optional<AnswerValue> answer_from_json(const Question& question, const Json& value, Problem& problem) {
    switch (question.kind) {
        case QuestionKind::single:
        case QuestionKind::text:
            if (value.is_string()) return AnswerValue{value.get<std::string>()};
            problem = {{}, ErrorCode::field_type, {Term::string, detail::describe(value)}};
            return std::nullopt;
        case QuestionKind::number:
            if (value.is_number_integer() && !(value.is_number_unsigned() &&
                                               value.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))) {
                return AnswerValue{value.get<std::int64_t>()};
            }
            if (value.is_number_float()) {
                const double d = value.get<double>();
                if (d == static_cast<double>(static_cast<std::int64_t>(d)) && d > -1e15 && d < 1e15) {
                    return AnswerValue{static_cast<std::int64_t>(d)};
                }
            }
            problem = {{},
                       ErrorCode::answer_whole_number,
                       {question.min, question.max,
                        value.is_number() ? ErrorArg(value.dump()) : ErrorArg(detail::describe(value))}};
            return std::nullopt;
        case QuestionKind::multi:
        case QuestionKind::ranking: {
            if (!value.is_array()) {
                problem = {{}, ErrorCode::answer_list_type, {detail::describe(value)}};
                return std::nullopt;
            }
            std::vector<std::string> items;
            for (const Json& item : value) {
                if (!item.is_string()) {
                    problem = {{}, ErrorCode::answer_list_item_type, {detail::describe(item)}};
                    return std::nullopt;
                }
                items.push_back(item.get<std::string>());
            }
            return AnswerValue{std::move(items)};
        }
    }
    return std::nullopt;
}

Json answer_to_json(const AnswerValue& value) {
    if (const auto* text = std::get_if<std::string>(&value)) return *text;
    if (const auto* number = std::get_if<std::int64_t>(&value)) return *number;
    const auto* list = std::get_if<std::vector<std::string>>(&value);
    KICKSTART_ASSERT(list != nullptr, "an answer is a string, a number or a list");
    return *list;
}

}  // namespace

std::optional<std::size_t> Question::option_index(std::string_view option_id) const {
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (options[i].id == option_id) return i;
    }
    return std::nullopt;
}

const AnswerValue* Answers::find(std::string_view question) const {
    const auto it = values.find(question);
    return it == values.end() ? nullptr : &it->second;
}

std::string Answers::text(std::string_view question) const {
    const AnswerValue* value = find(question);
    const auto* text = value != nullptr ? std::get_if<std::string>(value) : nullptr;
    return text != nullptr ? *text : std::string();
}

std::int64_t Answers::number(std::string_view question) const {
    const AnswerValue* value = find(question);
    const auto* number = value != nullptr ? std::get_if<std::int64_t>(value) : nullptr;
    return number != nullptr ? *number : 0;
}

std::vector<std::string> Answers::list(std::string_view question) const {
    const AnswerValue* value = find(question);
    const auto* list = value != nullptr ? std::get_if<std::vector<std::string>>(value) : nullptr;
    return list != nullptr ? *list : std::vector<std::string>{};
}

std::optional<Problem> Questionnaire::check(const Question& question, const AnswerValue& value) const {
    const auto wrong_kind = [&] {
        return std::optional<Problem>(Problem{{}, ErrorCode::answer_wrong_kind, {kind_name(question.kind)}});
    };
    const auto problem = [](ErrorCode code, std::vector<ErrorArg> args = {}) {
        return std::optional<Problem>(Problem{{}, code, std::move(args)});
    };
    switch (question.kind) {
        case QuestionKind::single: {
            const auto* id = std::get_if<std::string>(&value);
            if (id == nullptr) return wrong_kind();
            if (!question.option_index(*id)) {
                return problem(ErrorCode::value_not_one_of, {detail::shorten(*id), option_list(question)});
            }
            return std::nullopt;
        }
        case QuestionKind::multi:
        case QuestionKind::ranking: {
            const auto* ids = std::get_if<std::vector<std::string>>(&value);
            if (ids == nullptr) return wrong_kind();
            std::set<std::string_view> seen;
            for (const std::string& id : *ids) {
                if (!question.option_index(id)) {
                    return problem(ErrorCode::value_not_one_of, {detail::shorten(id), option_list(question)});
                }
                if (!seen.insert(id).second) return problem(ErrorCode::value_listed_twice, {detail::shorten(id)});
            }
            if (question.kind == QuestionKind::ranking && ids->size() != question.options.size()) {
                for (const Option& option : question.options) {
                    if (!seen.contains(option.id)) {
                        return problem(ErrorCode::answer_ranking_incomplete, {option.id});
                    }
                }
            }
            return std::nullopt;
        }
        case QuestionKind::number: {
            const auto* number = std::get_if<std::int64_t>(&value);
            if (number == nullptr) return wrong_kind();
            if (*number < question.min || *number > question.max) {
                return problem(ErrorCode::answer_whole_number, {question.min, question.max, *number});
            }
            return std::nullopt;
        }
        case QuestionKind::text: {
            const auto* text = std::get_if<std::string>(&value);
            if (text == nullptr) return wrong_kind();
            const auto length = detail::utf8_length(*text);
            if (!length) return problem(ErrorCode::answer_not_utf8);
            if (*length > question.max_length) {
                return problem(ErrorCode::answer_too_long, {*length, question.max_length});
            }
            return std::nullopt;
        }
    }
    return wrong_kind();
}

Answers Questionnaire::defaults() const {
    Answers answers;
    for (const Question& question : questions_) answers.values.emplace(question.id, question.default_value);
    return answers;
}

Result<Answers> Questionnaire::validate(const Json& json, UnknownAnswers unknown) const {
    if (!json.is_object()) return Error{ErrorCode::answers_not_object, {detail::describe(json)}, "answers"};
    Errors errors;
    Answers answers = defaults();
    for (const auto& [key, value] : json.items()) {
        const std::string where = "answers." + key;
        const Question* question = find(key);
        if (question == nullptr) {
            if (unknown == UnknownAnswers::reject) errors.add(where, ErrorCode::answer_unknown_question);
            continue;
        }
        Problem problem;
        auto answer = answer_from_json(*question, value, problem);
        if (!answer) {
            errors.add(where, problem.code, std::move(problem.args));
            continue;
        }
        if (auto check_problem = check(*question, *answer)) {
            errors.add(where, check_problem->code, std::move(check_problem->args));
            continue;
        }
        if (question->kind == QuestionKind::multi) {  // a set: kept in the options' order
            auto& ids = std::get<std::vector<std::string>>(*answer);
            std::sort(ids.begin(), ids.end(), [&](const std::string& a, const std::string& b) {
                return question->option_index(a) < question->option_index(b);
            });
        }
        answers.values.insert_or_assign(question->id, std::move(*answer));
    }
    if (!errors.empty()) return errors.error();
    return answers;
}

Result<Answers> Questionnaire::validate_text(std::string_view answers_json, UnknownAnswers unknown) const {
    Errors errors;
    const auto json = detail::parse(answers_json, "answers", errors);
    if (!json) return errors.error();
    return validate(*json, unknown);
}

Json Questionnaire::to_json(const Answers& answers) const {
    Json out = Json::object();
    for (const Question& question : questions_) {  // questionnaire order
        if (const AnswerValue* value = answers.find(question.id)) out[question.id] = answer_to_json(*value);
    }
    return out;
}

const Question* Questionnaire::find(std::string_view id) const {
    for (const Question& question : questions_) {
        if (question.id == id) return &question;
    }
    return nullptr;
}

const Question* Questionnaire::find_code(int code) const {
    for (const Question& question : questions_) {
        if (question.code == code) return &question;
    }
    return nullptr;
}

std::string answer_text(const Question& question, const Answers& answers, Language language, std::string_view none) {
    const AnswerValue* value = answers.find(question.id);
    if (value == nullptr) return "—";
    const auto label = [&](const std::string& id) {
        const auto index = question.option_index(id);
        return index ? question.options[*index].label.in(language) : id;
    };
    if (const auto* number = std::get_if<std::int64_t>(value)) {
        std::string text = std::to_string(*number);
        if (!question.unit.empty()) text += " " + std::string(question.unit.for_count(language, *number));
        return text;
    }
    if (const auto* text = std::get_if<std::string>(value)) {
        if (question.kind == QuestionKind::single) return label(*text);
        return text->empty() ? "—" : *text;
    }
    const auto& ids = *std::get_if<std::vector<std::string>>(value);
    if (ids.empty()) return std::string(none);
    std::string text;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0) text += ", ";
        if (question.kind == QuestionKind::ranking) text += std::to_string(i + 1) + ". ";
        text += label(ids[i]);
    }
    return text;
}

// [SECTION] Loading assets/questions.json

namespace {

// "unit": per language, exactly as many forms as the language has plural categories.
void read_unit(const Json& item, const std::string& where, Errors& errors, PluralText& unit) {
    const Json* json = detail::member(item, "unit");
    if (json == nullptr) return;
    const std::string unit_where = where + ".unit";
    if (!json->is_object()) {
        errors.add(unit_where, ErrorCode::unit_type, {detail::describe(*json)});
        return;
    }
    for (const Language language : kAllLanguages) {
        const std::string code(language_code(language));
        const Json* forms = detail::member(*json, code);
        const std::size_t wanted = plural_form_count(language);
        const bool valid = forms != nullptr && forms->is_array() && forms->size() == wanted &&
                           std::all_of(forms->begin(), forms->end(),
                                       [](const Json& form) { return form.is_string() && !form.get_ref<const std::string&>().empty(); });
        if (!valid) {
            errors.add(unit_where + "." + code, ErrorCode::unit_forms, {wanted});
            continue;
        }
        for (const Json& form : *forms) unit.by_language[static_cast<std::size_t>(language)].push_back(form.get<std::string>());
    }
}

void load_question(const Json& item, const std::string& where, const std::set<std::string>& section_ids,
                   Question& question, Errors& errors) {
    detail::reject_unknown_keys(item, where,
                                {"id", "code", "section", "kind", "title", "help", "options", "min", "max", "unit",
                                 "max_length", "default"},
                                errors);
    detail::read_string(item, "id", where, errors, question.id);
    if (!question.id.empty() && !detail::is_identifier(question.id, false, true)) {
        errors.add(where + ".id", ErrorCode::id_invalid_underscore, {detail::shorten(question.id)});
    }
    std::int64_t code = 0;
    if (detail::read_int(item, "code", where, errors, code)) {
        if (code < 1 || code > kMaxQuestionCode) {
            errors.add(where + ".code", ErrorCode::number_range, {1, kMaxQuestionCode, code});
        }
        question.code = static_cast<int>(std::clamp<std::int64_t>(code, 0, kMaxQuestionCode));
    }
    if (detail::read_string(item, "section", where, errors, question.section) &&
        !section_ids.contains(question.section)) {
        errors.add(where + ".section", ErrorCode::section_unknown, {detail::shorten(question.section)});
    }
    std::string kind;
    if (detail::read_string(item, "kind", where, errors, kind)) {
        if (const auto parsed = kind_from_name(kind)) {
            question.kind = *parsed;
        } else {
            errors.add(where + ".kind", ErrorCode::value_not_one_of,
                       {detail::shorten(kind), "single, multi, number, ranking, text"});
            return;
        }
    } else {
        return;
    }
    detail::read_text(item, "title", where, errors, question.title);
    detail::read_text(item, "help", where, errors, question.help);

    const bool has_options = question.kind == QuestionKind::single || question.kind == QuestionKind::multi ||
                             question.kind == QuestionKind::ranking;
    if (has_options) {
        const Json* options = detail::read_array(item, "options", where, errors, true);
        if (options != nullptr) {
            if (options->empty()) errors.add(where + ".options", ErrorCode::options_empty);
            std::set<std::string> seen;
            for (std::size_t i = 0; i < options->size(); ++i) {
                const std::string option_where = detail::index(where + ".options", i);
                detail::reject_unknown_keys((*options)[i], option_where, {"id", "label"}, errors);
                Option option;
                detail::read_string((*options)[i], "id", option_where, errors, option.id);
                detail::read_text((*options)[i], "label", option_where, errors, option.label);
                if (!option.id.empty() && !detail::is_identifier(option.id, true, false)) {
                    errors.add(option_where + ".id", ErrorCode::id_invalid_hyphen, {detail::shorten(option.id)});
                }
                if (!seen.insert(option.id).second) {
                    errors.add(option_where + ".id", ErrorCode::duplicate_option, {detail::shorten(option.id)});
                }
                question.options.push_back(std::move(option));
            }
            if (question.kind == QuestionKind::multi && question.options.size() > kMaxMultiOptions) {
                errors.add(where + ".options", ErrorCode::options_too_many, {kMaxMultiOptions});
            }
        }
    }
    if (question.kind == QuestionKind::number) {
        const bool has_min = detail::read_int(item, "min", where, errors, question.min);
        const bool has_max = detail::read_int(item, "max", where, errors, question.max);
        if (has_min && has_max && question.min > question.max) {
            errors.add(where, ErrorCode::number_min_above_max, {question.min, question.max});
        }
        read_unit(item, where, errors, question.unit);
    }
    if (question.kind == QuestionKind::text) {
        std::int64_t max_length = 0;
        if (detail::read_int(item, "max_length", where, errors, max_length)) {
            if (max_length < 1 || max_length > kMaxTextLength) {
                errors.add(where + ".max_length", ErrorCode::number_range, {1, kMaxTextLength, max_length});
            } else {
                question.max_length = static_cast<std::size_t>(max_length);
            }
        }
    }
}

}  // namespace

Result<Questionnaire> Questionnaire::load(std::string_view text) {
    Errors errors;
    const auto document = detail::parse(text, "questions", errors);
    if (!document) return errors.error();
    if (!detail::check_header(*document, "backstage-kickstart/questions", 1, "", errors)) return errors.error();
    detail::reject_unknown_keys(*document, "", {"schema", "version", "sections", "questions"}, errors);
    Questionnaire questionnaire;
    std::set<std::string> section_ids;
    if (const Json* sections = detail::read_array(*document, "sections", "", errors, true)) {
        for (std::size_t i = 0; i < sections->size(); ++i) {
            const std::string where = detail::index("sections", i);
            detail::reject_unknown_keys((*sections)[i], where, {"id", "title"}, errors);
            Section section;
            detail::read_string((*sections)[i], "id", where, errors, section.id);
            detail::read_text((*sections)[i], "title", where, errors, section.title);
            if (!section_ids.insert(section.id).second) {
                errors.add(where + ".id", ErrorCode::duplicate_section, {detail::shorten(section.id)});
            }
            questionnaire.sections_.push_back(std::move(section));
        }
    }
    const Json* questions = detail::read_array(*document, "questions", "", errors, true);
    if (questions == nullptr) return errors.error();

    std::set<std::string> ids;
    std::set<int> codes;
    for (std::size_t i = 0; i < questions->size(); ++i) {
        const std::string where = detail::index("questions", i);
        Question question;
        const std::size_t before = errors.size();
        load_question((*questions)[i], where, section_ids, question, errors);
        if (!question.id.empty() && !ids.insert(question.id).second) {
            errors.add(where + ".id", ErrorCode::duplicate_question, {detail::shorten(question.id)});
        }
        if (question.code > 0 && !codes.insert(question.code).second) {
            errors.add(where + ".code", ErrorCode::duplicate_code, {question.code});
        }
        // The default is checked with the same rules as any answer.
        if (errors.size() == before) {
            const Json* default_json = detail::member((*questions)[i], "default");
            if (default_json == nullptr) {
                errors.add(where + ".default", ErrorCode::field_missing);
            } else {
                Problem problem;
                if (auto value = answer_from_json(question, *default_json, problem)) {
                    if (auto check_problem = questionnaire.check(question, *value)) {
                        errors.add(where + ".default", check_problem->code, std::move(check_problem->args));
                    } else {
                        question.default_value = std::move(*value);
                    }
                } else {
                    errors.add(where + ".default", problem.code, std::move(problem.args));
                }
            }
        }
        questionnaire.questions_.push_back(std::move(question));
    }
    // The planner reads these questions; a catalog without them cannot make a plan.
    const std::pair<std::string_view, QuestionKind> required[] = {
        {question_ids::org_name, QuestionKind::text},
        {question_ids::hours_per_week, QuestionKind::number},
        {question_ids::weeks_to_demo, QuestionKind::number},
        {question_ids::goals, QuestionKind::ranking},
    };
    for (const auto& [id, kind] : required) {
        const Question* question = questionnaire.find(id);
        if (question == nullptr) {
            errors.add("questions", ErrorCode::questions_missing, {kind_name(kind), id});
        } else if (question->kind != kind) {
            errors.add("questions", ErrorCode::questions_kind, {id, kind_name(kind)});
        }
    }
    if (const Question* hours = questionnaire.find(question_ids::hours_per_week);
        hours != nullptr && hours->kind == QuestionKind::number && hours->min < 1) {
        errors.add("questions", ErrorCode::questions_min, {question_ids::hours_per_week});
    }
    if (const Question* weeks = questionnaire.find(question_ids::weeks_to_demo);
        weeks != nullptr && weeks->kind == QuestionKind::number && weeks->min < 1) {
        errors.add("questions", ErrorCode::questions_min, {question_ids::weeks_to_demo});
    }
    if (!errors.empty()) return errors.error();
    return questionnaire;
}

}  // namespace kickstart
