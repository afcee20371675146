#include "kickstart/core/catalog.hpp"

#include "support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using kickstart::Catalog;
using nlohmann::json;
using test_support::fixture_catalog;
using test_support::fixture_questionnaire;

namespace {

json fixture() { return json::parse(test_support::read_fixture("catalog.json")); }

std::string load_error(const json& catalog) {
    const auto result = Catalog::load(catalog.dump(), fixture_questionnaire());
    REQUIRE_FALSE(result.ok());
    return result.error().message;
}

}  // namespace

TEST_SUITE("catalog") {

TEST_CASE("the fixture loads with its steps, actions and resolved prerequisites") {
    const Catalog& catalog = fixture_catalog();
    REQUIRE(catalog.steps().size() == 2);
    REQUIRE(catalog.actions().size() == 3);
    const kickstart::Action* discovery = catalog.find("discovery");
    REQUIRE(discovery != nullptr);
    CHECK(discovery->step == 1);
    CHECK(discovery->prerequisites == std::vector<std::size_t>{0});
    CHECK(discovery->variants.size() == 2);
    CHECK(discovery->title.in(kickstart::Language::pl) == "Wykryj repozytoria");
    CHECK(catalog.find_code(3)->id == "jenkins-plugin");
}

TEST_CASE("an unknown prerequisite is reported with its path") {
    json catalog = fixture();
    catalog["actions"][1]["requires"] = {"scm-integration"};
    CHECK(load_error(catalog) == "actions[1].requires[0]: unknown action 'scm-integration'");
}

TEST_CASE("a prerequisite cycle is named") {
    json catalog = fixture();
    catalog["actions"][0]["requires"] = {"jenkins-plugin"};
    CHECK(load_error(catalog) == "actions: prerequisite cycle create-app -> jenkins-plugin -> discovery -> create-app");
    json self = fixture();
    self["actions"][0]["requires"] = {"create-app"};
    CHECK(load_error(self) == "actions[0].requires[0]: an action cannot require itself");
}

TEST_CASE("duplicates, missing translations, bad effort and bad conditions are all reported") {
    json catalog = fixture();
    catalog["actions"][2]["id"] = "discovery";
    catalog["actions"][2]["code"] = 1;
    catalog["actions"][0]["title"].erase("pl");
    catalog["actions"][0]["effort"]["hours"] = 0;
    catalog["actions"][1]["effort"]["hours"] = -2;
    catalog["actions"][1]["variants"][1]["when"] = {{"question", "scm"}, {"is", "svn"}};
    catalog["actions"][2]["applies_when"] = {{"question", "build_system"}, {"includes", "jenkins"}};
    CHECK(load_error(catalog) ==
          "actions[0].title: missing 'pl' text\n"
          "actions[0].effort.hours: expected hours greater than 0 and at most 1000, got 0\n"
          "actions[1].effort.hours: expected hours greater than 0 and at most 1000, got -2\n"
          "actions[1].variants[1].when.is: 'svn' is not an option of scm\n"
          "actions[2].applies_when.question: unknown question 'build_system'\n"
          "actions[2].id: duplicate action 'discovery'\n"
          "actions[2].code: duplicate code 1\n"
          "actions[2].requires[0]: an action cannot require itself");  // the renamed copy requires "discovery"
}

TEST_CASE("steps, values, lists and snippets are checked") {
    json catalog = fixture();
    catalog["actions"][0]["step"] = "deploy";
    catalog["actions"][0]["value"] = {{"goals", {{"happiness", 3}}}};
    catalog["actions"][1]["steps"]["pl"] = json::array();
    catalog["actions"][1]["docs"][0]["url"] = "http://example.com";
    catalog["actions"][1]["variants"][0]["snippets"][0]["language"] = "toml";
    CHECK(load_error(catalog) ==
          "actions[0].value.goals.happiness: unknown goal 'happiness'\n"
          "actions[0].value: an action needs some value (base or a goal above 0)\n"
          "actions[1].steps: 'pl' has 0 items, 'en' has 1\n"
          "actions[1].variants[0].snippets[0].language: 'toml' is not one of yaml, typescript, shell, json\n"
          "actions[1].docs[0].url: expected an https:// address, got 'http://example.com'\n"
          "actions[0].step: unknown step 'deploy'");
}

TEST_CASE("several documents are named in their messages") {
    json first = fixture();
    json second = {{"schema", "backstage-kickstart/catalog"}, {"version", 1}, {"actions", json::array()}};
    second["actions"].push_back(fixture()["actions"][2]);
    second["actions"][0]["id"] = "extra";
    second["actions"][0]["code"] = 9;
    second["actions"][0]["requires"] = {"nowhere"};
    const std::string a = first.dump();
    const std::string b = second.dump();
    const auto result = Catalog::load({{"steps.json", a}, {"extra.json", b}}, fixture_questionnaire());
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message == "extra.json: actions[0].requires[0]: unknown action 'nowhere'");
}

TEST_CASE("broken documents say what was expected") {
    CHECK(Catalog::load("{", fixture_questionnaire()).error().message == "catalog: not valid JSON");
    CHECK(Catalog::load(R"({"schema": "backstage-kickstart/catalog", "version": 3})", fixture_questionnaire())
              .error()
              .message == "version: version 3 was made by a newer Backstage Kickstart; this one reads up to version 1");
    CHECK(Catalog::load(R"({"schema": "backstage-kickstart/catalog", "version": 1, "actions": 5})",
                        fixture_questionnaire())
              .error()
              .message == "actions: expected an array, got a number\n"
                          "steps: a catalog needs at least one step\n"
                          "actions: a catalog needs at least one action");
}

}  // TEST_SUITE
