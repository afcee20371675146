// Errors as data: a code, the values its text quotes, and where in the input it was found.
// The texts live in assets/i18n/{en,pl}.json under "error.<id>", so the page and the CLI
// show every error in the user's language (as nlohmann's exceptions carry ids, ours carry
// codes). An error can hold several problems: a catalog reports all of its own at once.
//
// Adding an error: one line in KICKSTART_ERROR_CODES (name, id, number of arguments), and
// its text in every language; error_test.cpp fails until both are there.
#pragma once

#include "kickstart/core/assert.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace kickstart {

class Translations;
enum class Language;

// X(name, "id", arguments): {0}, {1}... in the text are the arguments, in this order.
#define KICKSTART_ERROR_CODES(X)                                                                 \
    /* What was being read, shown before each problem ("plan file: ...") */                     \
    X(source_plan_file, "source.plan_file", 0)                                                   \
    X(source_share_link, "source.share_link", 0)                                                 \
    X(source_builtin_questions, "source.builtin_questions", 0)                                   \
    X(source_builtin_catalog, "source.builtin_catalog", 0)                                       \
    X(source_builtin_texts, "source.builtin_texts", 0)                                           \
    /* Reading JSON */                                                                            \
    X(json_empty, "json.empty", 0)                                                               \
    X(json_syntax, "json.syntax", 2)                /* line, column */                           \
    X(json_ends_early, "json.ends_early", 2)        /* line, column */                           \
    X(json_number_range, "json.number_range", 3)    /* the number, line, column */               \
    X(json_encoding, "json.encoding", 3)            /* line, column, byte offset */              \
    X(field_missing, "field.missing", 0)                                                         \
    X(field_unknown, "field.unknown", 1)            /* the known fields */                       \
    X(field_type, "field.type", 2)                  /* expected (a term), got (a term) */        \
    X(number_too_large, "number.too_large", 0)                                                   \
    X(number_range, "number.range", 3)              /* min, max, got */                          \
    X(number_min_above_max, "number.min_above_max", 2)                                           \
    X(texts_type, "texts.type", 1)                  /* got */                                    \
    X(texts_missing_language, "texts.missing_language", 1)                                       \
    X(texts_empty, "texts.empty", 0)                                                             \
    X(lists_type, "lists.type", 1)                  /* got */                                    \
    X(lists_missing_language, "lists.missing_language", 1)                                       \
    X(lists_not_list, "lists.not_list", 1)          /* got */                                    \
    X(lists_length, "lists.length", 3)              /* language, its count, English count */     \
    X(document_not_object, "document.not_object", 1)                                             \
    X(header_schema, "header.schema", 2)            /* expected, got */                          \
    X(header_version_low, "header.version_low", 1)                                               \
    X(header_version_newer, "header.version_newer", 2) /* version, supported */                  \
    X(value_not_one_of, "value.not_one_of", 2)      /* the value, the allowed ones */            \
    X(value_listed_twice, "value.listed_twice", 1)                                               \
    X(id_invalid_hyphen, "id.invalid_hyphen", 1)                                                 \
    X(id_invalid_underscore, "id.invalid_underscore", 1)                                         \
    X(duplicate_step, "duplicate.step", 1)                                                       \
    X(duplicate_action, "duplicate.action", 1)                                                   \
    X(duplicate_code, "duplicate.code", 1)                                                       \
    X(duplicate_section, "duplicate.section", 1)                                                 \
    X(duplicate_question, "duplicate.question", 1)                                               \
    X(duplicate_option, "duplicate.option", 1)                                                   \
    /* Questionnaire */                                                                           \
    X(section_unknown, "section.unknown", 1)                                                     \
    X(options_empty, "options.empty", 0)                                                         \
    X(options_too_many, "options.too_many", 1)      /* max */                                    \
    X(unit_type, "unit.type", 1)                    /* got */                                    \
    X(unit_forms, "unit.forms", 1)                  /* how many forms */                         \
    X(questions_missing, "questions.missing", 2)    /* kind, id */                               \
    X(questions_kind, "questions.kind", 2)          /* id, kind */                               \
    X(questions_min, "questions.min", 1)            /* id */                                     \
    /* Answers */                                                                                 \
    X(answers_not_object, "answers.not_object", 1)  /* got */                                    \
    X(answer_unknown_question, "answer.unknown_question", 0)                                     \
    X(answer_whole_number, "answer.whole_number", 3) /* min, max, got */                         \
    X(answer_list_type, "answer.list_type", 1)      /* got */                                    \
    X(answer_list_item_type, "answer.list_item_type", 1) /* found */                             \
    X(answer_wrong_kind, "answer.wrong_kind", 1)    /* kind */                                   \
    X(answer_ranking_incomplete, "answer.ranking_incomplete", 1) /* the missing option */        \
    X(answer_not_utf8, "answer.not_utf8", 0)                                                     \
    X(answer_too_long, "answer.too_long", 2)        /* length, max */                            \
    /* Conditions */                                                                              \
    X(condition_too_deep, "condition.too_deep", 1)                                               \
    X(condition_not_object, "condition.not_object", 1) /* got */                                 \
    X(condition_operator, "condition.operator", 1)  /* the operators */                          \
    X(condition_operators, "condition.operators", 2) /* the operators, the ones found */         \
    X(condition_empty_list, "condition.empty_list", 0)                                           \
    X(condition_unknown_question, "condition.unknown_question", 1)                               \
    X(condition_unknown_option, "condition.unknown_option", 2) /* option, question */            \
    X(condition_kind, "condition.kind", 4)          /* question, its kind, operator, kind needed */ \
    X(condition_option_type, "condition.option_type", 1) /* got */                               \
    X(condition_within, "condition.within", 2)      /* max, got */                               \
    X(condition_in_empty, "condition.in_empty", 0)                                               \
    /* Catalog */                                                                                 \
    X(catalog_no_steps, "catalog.no_steps", 0)                                                   \
    X(catalog_no_actions, "catalog.no_actions", 0)                                               \
    X(action_not_object, "action.not_object", 1)    /* got */                                    \
    X(action_unknown_step, "action.unknown_step", 1)                                             \
    X(effort_hours, "effort.hours", 2)              /* max, got */                               \
    X(effort_reaches_zero, "effort.reaches_zero", 1) /* hours */                                 \
    X(modifier_needs_change, "modifier.needs_change", 0)                                         \
    X(modifier_effort_factor, "modifier.effort_factor", 1) /* max */                             \
    X(modifier_add_hours, "modifier.add_hours", 2)  /* min, max */                               \
    X(modifier_value_factor, "modifier.value_factor", 2) /* min, max */                          \
    X(value_range, "value.range", 2)                /* min, max */                               \
    X(value_goals_type, "value.goals_type", 0)                                                   \
    X(value_unknown_goal, "value.unknown_goal", 1)                                               \
    X(value_none, "value.none", 0)                                                               \
    X(requires_entry_type, "requires.entry_type", 1) /* got */                                   \
    X(requires_unknown_action, "requires.unknown_action", 1)                                     \
    X(requires_itself, "requires.itself", 0)                                                     \
    X(requires_cycle, "requires.cycle", 1)          /* a -> b -> a */                            \
    X(demo_preparation_twice, "demo_preparation.twice", 1) /* the first one's id */            \
    X(showcase_unknown_action, "showcase.unknown_action", 1) /* id */                          \
    X(showcase_nothing_to_show, "showcase.nothing_to_show", 1) /* id */                        \
    X(showcase_twice, "showcase.twice", 1)          /* goal */                                   \
    X(snippet_tab, "snippet.tab", 0)                                                             \
    X(docs_url, "docs.url", 1)                      /* got */                                    \
    /* UI texts */                                                                                \
    X(texts_table_type, "texts.table_type", 1)      /* got */                                    \
    X(texts_empty_text, "texts.empty_text", 0)                                                   \
    X(texts_missing_translation, "texts.missing_translation", 0)                                 \
    X(texts_unknown_key, "texts.unknown_key", 0)                                                 \
    X(texts_duplicate_key, "texts.duplicate_key", 0)                                             \
    /* Share links */                                                                             \
    X(link_empty, "link.empty", 0)                                                               \
    X(link_too_long, "link.too_long", 2)            /* length, max */                            \
    X(link_newer_format, "link.newer_format", 1)    /* format */                                 \
    X(link_prefix, "link.prefix", 0)                                                             \
    X(link_cut_short, "link.cut_short", 0)                                                       \
    X(link_character, "link.character", 1)          /* position */                               \
    X(link_too_short, "link.too_short", 0)                                                       \
    X(link_checksum, "link.checksum", 0)                                                         \
    X(link_ends_early, "link.ends_early", 0)                                                     \
    X(link_answer_type, "link.answer_type", 1)      /* type tag */                               \
    X(link_wrong_type, "link.wrong_type", 1)        /* question */                               \
    X(link_unknown_option, "link.unknown_option", 1) /* question */                              \
    X(link_trailing_data, "link.trailing_data", 0)                                               \
    X(link_estimate, "link.estimate", 1)            /* action */                                 \
    /* Plan files */                                                                              \
    X(plan_file_too_large, "plan_file.too_large", 2) /* size in MB, max */                       \
    X(plan_file_empty, "plan_file.empty", 0)                                                     \
    X(plan_file_syntax, "plan_file.syntax", 2)      /* line, column */                           \
    X(plan_file_ends_early, "plan_file.ends_early", 2) /* line, column */                        \
    X(plan_file_done_type, "plan_file.done_type", 1) /* got */                                   \
    X(plan_file_hours_type, "plan_file.hours_type", 1) /* got */                                 \
    X(estimate_range, "estimate.range", 2)          /* max, got */                               \
    /* Files the CLI reads */                                                                     \
    X(file_unreadable, "file.unreadable", 1)        /* path */                                   \
    X(file_is_folder, "file.is_folder", 1)          /* path */

enum class ErrorCode : std::uint16_t {
#define KICKSTART_ERROR_ENUM(name, id, arguments) name,
    KICKSTART_ERROR_CODES(KICKSTART_ERROR_ENUM)
#undef KICKSTART_ERROR_ENUM
};

struct ErrorCodeInfo {
    ErrorCode code;
    std::string_view id;     // stable: "link.checksum"; its text is "error.link.checksum"
    std::size_t arguments;   // how many {n} its text uses
};
[[nodiscard]] std::span<const ErrorCodeInfo> all_error_codes();
[[nodiscard]] const ErrorCodeInfo& error_info(ErrorCode code);

// Words an error quotes that are themselves translated, such as JSON types: "expected a
// string, got a number". Their texts are "term.<id>".
#define KICKSTART_TERMS(X)                  \
    X(null_value, "null")                   \
    X(boolean, "boolean")                   \
    X(string, "string")                     \
    X(number, "number")                     \
    X(whole_number, "whole_number")         \
    X(array, "array")                       \
    X(object, "object")                     \
    X(other_value, "other_value")

enum class Term : std::uint8_t {
#define KICKSTART_TERM_ENUM(name, id) name,
    KICKSTART_TERMS(KICKSTART_TERM_ENUM)
#undef KICKSTART_TERM_ENUM
};
[[nodiscard]] std::span<const Term> all_terms();
[[nodiscard]] std::string_view term_id(Term term);

// A value an error's text quotes: as written (an id, a path, the user's value), a number
// (written as the language writes numbers: 4.5 or 4,5), or a translated term.
class ErrorArg {
public:
    ErrorArg(std::string text) : value_(std::move(text)) {}                 // NOLINT(google-explicit-constructor)
    ErrorArg(std::string_view text) : value_(std::string(text)) {}          // NOLINT(google-explicit-constructor)
    ErrorArg(const char* text) : value_(std::string(text)) {}               // NOLINT(google-explicit-constructor)
    template <typename Integer>
        requires(std::is_integral_v<Integer> && !std::is_same_v<Integer, bool> && !std::is_same_v<Integer, char>)
    ErrorArg(Integer number) : value_(static_cast<std::int64_t>(number)) {}  // NOLINT(google-explicit-constructor)
    ErrorArg(double number) : value_(number) {}                              // NOLINT(google-explicit-constructor)
    ErrorArg(Term term) : value_(term) {}                                    // NOLINT(google-explicit-constructor)

    [[nodiscard]] const std::variant<std::string, std::int64_t, double, Term>& value() const { return value_; }
    bool operator==(const ErrorArg&) const = default;

private:
    std::variant<std::string, std::int64_t, double, Term> value_;
};

// One thing wrong, and where.
struct Problem {
    std::string path;  // in the input's own terms: "actions[3].effort.hours", "extra.json: steps[0]"; or ""
    ErrorCode code = ErrorCode::json_empty;
    std::vector<ErrorArg> args;
    bool operator==(const Problem&) const = default;
};

class Error {
public:
    Error(ErrorCode code, std::vector<ErrorArg> args = {}, std::string path = {})  // NOLINT(google-explicit-constructor)
        : problems_{Problem{std::move(path), code, std::move(args)}} {}
    explicit Error(std::vector<Problem> problems) : problems_(std::move(problems)) {
        KICKSTART_ASSERT(!problems_.empty(), "an Error holds at least one problem");
    }

    // Names what was being read (ErrorCode::source_*); shown before each problem, the
    // outermost first: "plan file: answers.scm: ...".
    [[nodiscard]] Error within(ErrorCode source) && {
        sources_.insert(sources_.begin(), source);
        return std::move(*this);
    }

    [[nodiscard]] const std::vector<Problem>& problems() const { return problems_; }
    [[nodiscard]] const std::vector<ErrorCode>& sources() const { return sources_; }
    [[nodiscard]] ErrorCode code() const { return problems_.front().code; }  // the first problem's
    bool operator==(const Error&) const = default;

private:
    std::vector<Problem> problems_;
    std::vector<ErrorCode> sources_;
};

// Several problems found in one pass (a catalog can have many), each with its path.
class Errors {
public:
    void add(std::string path, ErrorCode code, std::vector<ErrorArg> args = {}) {
        problems_.push_back(Problem{std::move(path), code, std::move(args)});
    }
    [[nodiscard]] bool empty() const { return problems_.empty(); }
    [[nodiscard]] std::size_t size() const { return problems_.size(); }
    [[nodiscard]] const std::vector<Problem>& problems() const { return problems_; }
    [[nodiscard]] Error error() const { return Error(problems_); }  // asserts there is a problem

private:
    std::vector<Problem> problems_;
};

// The error in `language`, one line per problem: "<source>: <path>: <text>". A code whose
// text is missing shows its id and arguments, never nothing.
[[nodiscard]] std::string error_text(const Error& error, const Translations& translations, Language language);
[[nodiscard]] std::string problem_text(const Problem& problem, const Translations& translations, Language language);

}  // namespace kickstart
