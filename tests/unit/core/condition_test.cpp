#include "kickstart/core/condition.hpp"

#include "support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using kickstart::Condition;
using test_support::fixture_questionnaire;

namespace {

Condition parse_ok(std::string_view json) {
    kickstart::Errors errors;
    Condition condition = kickstart::parse_condition(nlohmann::json::parse(json), "when", fixture_questionnaire(), errors);
    REQUIRE_MESSAGE(errors.empty(), test_support::message(errors.error()));
    return condition;
}

std::string parse_error(std::string_view json, kickstart::Language language = kickstart::Language::en) {
    kickstart::Errors errors;
    (void)kickstart::parse_condition(nlohmann::json::parse(json), "when", fixture_questionnaire(), errors);
    REQUIRE_FALSE(errors.empty());
    return test_support::message(errors.error(), language);
}

kickstart::Answers answers(std::string_view json) {
    const auto result = fixture_questionnaire().validate_text(json);
    REQUIRE_MESSAGE(result.ok(), test_support::message(result.error()));
    return result.value();
}

}  // namespace

TEST_SUITE("condition") {

TEST_CASE("each form holds exactly when its answer matches") {
    const auto gitlab = answers(R"({"scm": "gitlab", "ci": ["jenkins"], "engineers": 500})");
    const auto github = answers(R"({"scm": "github", "ci": [], "engineers": 20})");
    const Condition is = parse_ok(R"({"question": "scm", "is": "gitlab"})");
    CHECK(is.holds(gitlab));
    CHECK_FALSE(is.holds(github));
    const Condition in = parse_ok(R"({"question": "scm", "in": ["github", "github-enterprise"]})");
    CHECK(in.holds(github));
    CHECK_FALSE(in.holds(gitlab));
    const Condition includes = parse_ok(R"({"question": "ci", "includes": "jenkins"})");
    CHECK(includes.holds(gitlab));
    CHECK_FALSE(includes.holds(github));
    CHECK(parse_ok(R"({"question": "engineers", "at_least": 500})").holds(gitlab));
    CHECK_FALSE(parse_ok(R"({"question": "engineers", "at_least": 501})").holds(gitlab));
    CHECK(parse_ok(R"({"question": "engineers", "at_most": 20})").holds(github));
    CHECK(parse_ok(R"({"not": {"question": "scm", "is": "gitlab"}})").holds(github));
    const Condition all = parse_ok(R"({"all": [{"question": "scm", "is": "gitlab"}, {"question": "engineers", "at_least": 100}]})");
    CHECK(all.holds(gitlab));
    CHECK_FALSE(all.holds(github));
    const Condition any = parse_ok(R"({"any": [{"question": "scm", "is": "gitlab"}, {"question": "engineers", "at_most": 20}]})");
    CHECK(any.holds(gitlab));
    CHECK(any.holds(github));
    // Ranking: the option among the first N.
    const auto docs_first = answers(R"({"goals": ["docs", "ownership"]})");
    const auto ownership_first = answers(R"({"goals": ["ownership", "docs"]})");
    const Condition top = parse_ok(R"({"question": "goals", "ranks": "ownership", "within": 1})");
    CHECK(top.holds(ownership_first));
    CHECK_FALSE(top.holds(docs_first));
    CHECK(parse_ok(R"({"question": "goals", "ranks": "ownership", "within": 2})").holds(docs_first));
}

TEST_CASE("conditions on unknown questions or options, or the wrong kind, are reported") {
    CHECK(parse_error(R"({"question": "vcs", "is": "git"})") == "when.question: unknown question 'vcs'");
    CHECK(parse_error(R"({"question": "scm", "is": "svn"})") == "when.is: 'svn' is not an option of scm");
    CHECK(parse_error(R"({"question": "scm", "in": ["github", "svn"]})") == "when.in[1]: 'svn' is not an option of scm");
    CHECK(parse_error(R"({"question": "scm", "includes": "github"})") ==
          "when.includes: 'scm' is a single question; includes needs a multi question");
    CHECK(parse_error(R"({"question": "scm", "at_least": 3})") ==
          "when.at_least: 'scm' is a single question; at_least needs a number question");
    CHECK(parse_error(R"({"question": "scm"})") ==
          "when: expected exactly one of all, any, not, is, in, includes, at_least, at_most, ranks");
    CHECK(parse_error(R"({"question": "engineers", "at_least": 10, "at_most": 50})") ==
          "when: expected exactly one of all, any, not, is, in, includes, at_least, at_most, ranks, got several: "
          "at_least, at_most");
    CHECK(parse_error(R"({"all": [{"question": "scm", "is": "github"}], "question": "scm", "is": "gitlab"})") ==
          "when: expected exactly one of all, any, not, is, in, includes, at_least, at_most, ranks, got several: all, "
          "is");
    CHECK(parse_error(R"({"question": "scm", "is": "github", "when": 1})") ==
          "when.when: unknown field, expected one of question, is");
    CHECK(parse_error(R"({"question": "goals", "ranks": "ownership"})") == "when.within: missing");
    CHECK(parse_error(R"({"question": "goals", "ranks": "ownership", "within": 9})") ==
          "when.within: expected a position from 1 to 2, got 9");
    CHECK(parse_error(R"({"question": "goals", "ranks": "speed", "within": 1})") ==
          "when.ranks: 'speed' is not an option of goals");
    CHECK(parse_error(R"({"question": "scm", "ranks": "github", "within": 1})") ==
          "when.ranks: 'scm' is a single question; ranks needs a ranking question");
    CHECK(parse_error(R"({"any": []})") == "when.any: expected a non-empty list of conditions");
    CHECK(parse_error(R"({"all": [{"question": "x", "is": "y"}]})") == "when.all[0].question: unknown question 'x'");
    CHECK(parse_error("[]") == "when: expected a condition object, got an array");
}

TEST_CASE("the same problems in Polish") {
    CHECK(parse_error(R"({"question": "scm", "includes": "github"})", kickstart::Language::pl) ==
          "when.includes: 'scm' jest pytaniem typu single; includes wymaga pytania typu multi");
    CHECK(parse_error(R"({"question": "goals", "ranks": "ownership", "within": 9})", kickstart::Language::pl) ==
          "when.within: oczekiwano pozycji od 1 do 2, podano 9");
    CHECK(parse_error("[]", kickstart::Language::pl) == "when: oczekiwano obiektu warunku, podano: tablica");
}

TEST_CASE("deeply nested conditions are refused, not recursed into without end") {
    std::string json = R"({"question": "scm", "is": "github"})";
    for (int i = 0; i < 40; ++i) json = R"({"not": )" + json + "}";
    CHECK(parse_error(json).find("conditions nested deeper than 16") != std::string::npos);
}

}  // TEST_SUITE
