#include "kickstart/core/questionnaire.hpp"

#include "support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using kickstart::Questionnaire;
using test_support::fixture_questionnaire;

namespace {

std::string validation_error(std::string_view answers) {
    const auto result = fixture_questionnaire().validate_text(answers);
    REQUIRE_FALSE(result.ok());
    return test_support::message(result.error());
}

std::string load_error(const std::string& questions) {
    const auto result = Questionnaire::load(questions);
    REQUIRE_FALSE(result.ok());
    return test_support::message(result.error());
}

// The fixture with one question's JSON replaced by `patch` applied to it.
std::string patched_fixture(std::size_t question, const nlohmann::json& patch) {
    auto json = nlohmann::json::parse(test_support::read_fixture("questions.json"));
    json["questions"][question].merge_patch(patch);
    return json.dump();
}

}  // namespace

TEST_SUITE("questionnaire") {

TEST_CASE("every question has a default, so an empty answer set is complete") {
    const auto answers = fixture_questionnaire().validate_text("{}");
    REQUIRE(answers.ok());
    CHECK(answers.value() == fixture_questionnaire().defaults());
    CHECK(answers.value().number("hours_per_week") == 8);
    CHECK(answers.value().text("scm") == "github");
    CHECK(answers.value().list("goals") == std::vector<std::string>{"ownership", "docs"});
}

TEST_CASE("answers replace defaults; JSON keys come sorted") {
    const auto answers = fixture_questionnaire().validate_text(
        R"({"scm": "gitlab", "engineers": 40, "ci": [], "org_name": "Zażółć"})");
    REQUIRE(answers.ok());
    CHECK(fixture_questionnaire().to_json(answers.value()).dump() ==
          R"({"ci":[],"engineers":40,"goals":["ownership","docs"],"hours_per_week":8,"org_name":"Zażółć",)"
          R"("scm":"gitlab","weeks_to_demo":4})");
}

TEST_CASE("validation errors name the question and what was expected") {
    CHECK(validation_error(R"({"scm": "svn"})") == "answers.scm: 'svn' is not one of github, github-enterprise, gitlab");
    CHECK(validation_error(R"({"scm": 3})") == "answers.scm: expected a string, got a number");
    CHECK(validation_error(R"({"engineers": 0})") == "answers.engineers: expected a whole number from 1 to 100000, got 0");
    CHECK(validation_error(R"({"engineers": 2.5})") ==
          "answers.engineers: expected a whole number from 1 to 100000, got 2.5");
    CHECK(validation_error(R"({"engineers": "many"})") ==
          "answers.engineers: expected a whole number from 1 to 100000, got a string");
    CHECK(validation_error(R"({"ci": "jenkins"})") == "answers.ci: expected a list of options, got a string");
    CHECK(validation_error(R"({"ci": ["jenkins", "jenkins"]})") == "answers.ci: 'jenkins' is listed twice");
    // A multiple choice is a set, kept in the options' order.
    CHECK(fixture_questionnaire().validate_text(R"({"ci": ["jenkins", "github-actions"]})").value().list("ci") ==
          std::vector<std::string>{"github-actions", "jenkins"});
    CHECK(validation_error(R"({"goals": ["docs"]})") ==
          "answers.goals: a ranking lists every option once; 'ownership' is missing");
    CHECK(validation_error(R"({"colour": "blue"})") == "answers.colour: unknown question");
    CHECK(validation_error("[1, 2]") == "answers: expected an object of answers by question id, got an array");
    CHECK(validation_error("{") == "answers: not valid JSON (it ends early, line 1, column 2)");
    CHECK(validation_error("") == "answers: not valid JSON (the text is empty)");
    CHECK(validation_error("{\n  \"scm\": \"github\",\n  \"idp\" \"okta\"\n}") ==
          "answers: not valid JSON (line 3, column 14)");  // at the end of the token after the missing colon
    CHECK(validation_error("{\"org_name\": \"Łódź\" x}") == "answers: not valid JSON (line 1, column 21)");
}

TEST_CASE("every problem is reported, one per line") {
    CHECK(validation_error(R"({"scm": "svn", "engineers": -1})") ==
          "answers.engineers: expected a whole number from 1 to 100000, got -1\n"
          "answers.scm: 'svn' is not one of github, github-enterprise, gitlab");
}

TEST_CASE("text answers are bounded in characters, not bytes, and must be UTF-8") {
    const std::string eighty_polish(80 * 2, 'x');
    std::string polish;
    for (int i = 0; i < 80; ++i) polish += "ż";
    CHECK(fixture_questionnaire().validate_text(nlohmann::json{{"org_name", polish}}.dump()).ok());
    CHECK(validation_error(nlohmann::json{{"org_name", polish + "a"}}.dump()) ==
          "answers.org_name: is 81 characters long; at most 80 are allowed");
    const std::string long_name(10000, 'a');
    CHECK(validation_error(nlohmann::json{{"org_name", long_name}}.dump()) ==
          "answers.org_name: is 10000 characters long; at most 80 are allowed");
    const kickstart::Question* name = fixture_questionnaire().find("org_name");
    REQUIRE(name != nullptr);
    const auto problem = [&](const std::string& text) {
        const auto found = fixture_questionnaire().check(*name, text);
        REQUIRE(found.has_value());
        return test_support::message(kickstart::Error(std::vector<kickstart::Problem>{*found}));
    };
    CHECK(problem("\xC3\x28") == "is not valid UTF-8 text");
    CHECK(problem("\xE0\x80\xAF") == "is not valid UTF-8 text");  // overlong
    CHECK_FALSE(fixture_questionnaire().check(*name, std::string("Łódź")).has_value());
}

TEST_CASE("numbers read with their unit, in the plural form the language needs") {
    const auto& questionnaire = fixture_questionnaire();
    const kickstart::Question* weeks = questionnaire.find("weeks_to_demo");
    REQUIRE(weeks != nullptr);
    const auto text = [&](std::int64_t count, kickstart::Language language) {
        const auto answers = questionnaire.validate_text("{\"weeks_to_demo\": " + std::to_string(count) + "}");
        REQUIRE(answers.ok());
        return kickstart::answer_text(*weeks, answers.value(), language, "");
    };
    CHECK(text(1, kickstart::Language::en) == "1 week");
    CHECK(text(2, kickstart::Language::en) == "2 weeks");
    CHECK(text(1, kickstart::Language::pl) == "1 tydzień");
    CHECK(text(3, kickstart::Language::pl) == "3 tygodnie");
    CHECK(text(5, kickstart::Language::pl) == "5 tygodni");
    CHECK(text(12, kickstart::Language::pl) == "12 tygodni");
    CHECK(text(22, kickstart::Language::pl) == "22 tygodnie");
}

TEST_CASE("unknown answers can be ignored, for files from newer versions") {
    const auto answers =
        fixture_questionnaire().validate_text(R"({"colour": "blue", "scm": "gitlab"})", kickstart::UnknownAnswers::ignore);
    REQUIRE(answers.ok());
    CHECK(answers.value().text("scm") == "gitlab");
}

TEST_CASE("loading checks the questionnaire itself") {
    CHECK(load_error(patched_fixture(4, {{"default", "svn"}})) ==
          "questions[4].default: 'svn' is not one of github, github-enterprise, gitlab");
    CHECK(load_error(patched_fixture(4, {{"kind", "dropdown"}})) ==
          "questions[4].kind: 'dropdown' is not one of single, multi, number, ranking, text");
    CHECK(load_error(patched_fixture(4, {{"code", 1}})) == "questions[4].code: duplicate code 1");
    CHECK(load_error(patched_fixture(4, {{"id", "org_name"}})) == "questions[4].id: duplicate question 'org_name'");
    CHECK(load_error(patched_fixture(0, {{"title", {{"pl", nullptr}}}})) ==
          "questions[0].title: missing 'pl' text");
    CHECK(load_error(patched_fixture(2, {{"min", 10}, {"max", 5}, {"default", 8}})) ==
          "questions[2]: min 10 is greater than max 5");
    CHECK(load_error(patched_fixture(6, {{"kind", "multi"}})) == "questions: 'goals' must be a ranking question");
    CHECK(load_error(patched_fixture(0, {{"id", "company"}})) ==
          "questions: missing the text question 'org_name' the planner reads");
    CHECK(load_error(patched_fixture(2, {{"unit", {{"en", {"week", "weeks"}}, {"pl", {"tydzień"}}}}})) ==
          "questions[2].unit.pl: expected 3 forms of the word (one per plural category)");
    CHECK(load_error(patched_fixture(2, {{"unit", "weeks"}})) ==
          "questions[2].unit: expected {\"en\": [\"week\", \"weeks\"], \"pl\": [\"tydzień\", \"tygodnie\", "
          "\"tygodni\"]}, got a string");
    CHECK(load_error(patched_fixture(4, {{"helptext", "x"}})) ==
          "questions[4].helptext: unknown field, expected one of id, code, section, kind, title, help, options, min, "
          "max, unit, max_length, default");
    CHECK(load_error(R"({"schema": "backstage-kickstart/questions", "version": 2})") ==
          "version: version 2 was made by a newer Backstage Kickstart; this one reads up to version 1");
    CHECK(load_error(R"({"schema": "something-else", "version": 1})") ==
          "schema: expected 'backstage-kickstart/questions', got 'something-else'");
}

}  // TEST_SUITE
