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
    return result.error().message;
}

std::string load_error(const std::string& questions) {
    const auto result = Questionnaire::load(questions);
    REQUIRE_FALSE(result.ok());
    return result.error().message;
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
    CHECK(validation_error("{") == "answers: not valid JSON");
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
    CHECK(fixture_questionnaire().check(*name, std::string("\xC3\x28")) == "is not valid UTF-8 text");
    CHECK(fixture_questionnaire().check(*name, std::string("\xE0\x80\xAF")) == "is not valid UTF-8 text");  // overlong
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
    CHECK(load_error(R"({"schema": "backstage-kickstart/questions", "version": 2})") ==
          "version: version 2 was made by a newer Backstage Kickstart; this one reads up to version 1");
    CHECK(load_error(R"({"schema": "something-else", "version": 1})") ==
          "schema: expected 'backstage-kickstart/questions', got 'something-else'");
}

}  // TEST_SUITE
