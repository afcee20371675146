// The questionnaire (assets/questions.json) and the answers to it.
// Every question has a default, so a complete set of answers — and a plan — exists from the
// first screen. Answers are validated against the questions with messages that name the
// question and say what was expected.
#pragma once

#include "kickstart/core/result.hpp"
#include "kickstart/core/text.hpp"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kickstart {

enum class QuestionKind { single, multi, number, ranking, text };
[[nodiscard]] std::string_view kind_name(QuestionKind kind);

struct Option {
    std::string id;
    LocalizedText label;
};

// A single or text answer is a string, a number an integer, a multi or ranking answer a list.
using AnswerValue = std::variant<std::string, std::int64_t, std::vector<std::string>>;

struct Question {
    std::string id;
    int code = 0;  // stable number used by share links
    std::string section;
    QuestionKind kind = QuestionKind::single;
    LocalizedText title;
    LocalizedText help;
    std::vector<Option> options;  // single, multi, ranking
    std::int64_t min = 0;         // number
    std::int64_t max = 0;
    PluralText unit;  // number: the counted word, agreeing with the value
    std::size_t max_length = 0;   // text, in characters
    AnswerValue default_value;

    [[nodiscard]] std::optional<std::size_t> option_index(std::string_view option_id) const;
};

struct Section {
    std::string id;
    LocalizedText title;
};

// One answer per question, keyed by question id. Built only through validation, so every
// question has a valid value.
struct Answers {
    std::map<std::string, AnswerValue, std::less<>> values;

    [[nodiscard]] const AnswerValue* find(std::string_view question) const;
    [[nodiscard]] std::string text(std::string_view question) const;         // "" if absent
    [[nodiscard]] std::int64_t number(std::string_view question) const;      // 0 if absent
    [[nodiscard]] std::vector<std::string> list(std::string_view question) const;
    bool operator==(const Answers&) const = default;
};

enum class UnknownAnswers { reject, ignore };

class Questionnaire {
public:
    static Result<Questionnaire> load(std::string_view json);

    [[nodiscard]] const std::vector<Section>& sections() const { return sections_; }
    [[nodiscard]] const std::vector<Question>& questions() const { return questions_; }
    [[nodiscard]] const Question* find(std::string_view id) const;
    [[nodiscard]] const Question* find_code(int code) const;

    [[nodiscard]] Answers defaults() const;
    // Validates an "answers" JSON object: missing questions take their default. Every
    // problem is reported, each at its path "answers.<id>".
    [[nodiscard]] Result<Answers> validate(const nlohmann::json& answers,
                                           UnknownAnswers unknown = UnknownAnswers::reject) const;
    [[nodiscard]] Result<Answers> validate_text(std::string_view answers_json,
                                                UnknownAnswers unknown = UnknownAnswers::reject) const;
    // Checks one value for one question: what is wrong with it (a problem with no path), if anything.
    [[nodiscard]] std::optional<Problem> check(const Question& question, const AnswerValue& value) const;
    [[nodiscard]] nlohmann::json to_json(const Answers& answers) const;

private:
    std::vector<Section> sections_;
    std::vector<Question> questions_;
};

// The answer as people read it: option labels in `language`, numbers with their unit,
// rankings numbered ("1. a, 2. b"), "—" for an empty text, `none` for an empty list.
[[nodiscard]] std::string answer_text(const Question& question, const Answers& answers, Language language,
                                      std::string_view none);

// Reserved question ids the planner reads.
namespace question_ids {
inline constexpr std::string_view org_name = "org_name";
inline constexpr std::string_view hours_per_week = "hours_per_week";
inline constexpr std::string_view weeks_to_demo = "weeks_to_demo";
inline constexpr std::string_view goals = "goals";
// The demo's style: a hands-on demo that does not fit becomes a guided one.
inline constexpr std::string_view demo_style = "demo_style";
inline constexpr std::string_view demo_guided = "guided";
inline constexpr std::string_view demo_hands_on = "hands-on";
// The demo slot in minutes, shared out by the demo agenda.
inline constexpr std::string_view demo_minutes = "demo_minutes";
}  // namespace question_ids

}  // namespace kickstart
