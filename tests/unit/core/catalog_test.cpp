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

std::string text_load_error(std::string_view text, kickstart::Language language = kickstart::Language::en) {
    const auto result = Catalog::load(text, fixture_questionnaire());
    REQUIRE_FALSE(result.ok());
    return test_support::message(result.error(), language);
}

std::string load_error(const json& catalog, kickstart::Language language = kickstart::Language::en) {
    return text_load_error(catalog.dump(), language);
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
          "actions[1].docs[0].url: expected an https:// address with a host and no spaces, quotes, brackets or "
          "parentheses, got 'http://example.com'\n"
          "actions[0].step: unknown step 'deploy'");
}

TEST_CASE("misspelt fields, unsafe links and efforts that can reach zero are reported") {
    json catalog = fixture();
    catalog["actions"][0]["applies_whn"] = {{"question", "scm"}, {"is", "github"}};
    catalog["actions"][0]["effort"]["modifiers"] = {{{"when", {{"question", "engineers"}, {"at_least", 10}}}, {"add_hours", -5}}};
    catalog["actions"][1]["docs"][0]["url"] = "https://x) [y](javascript:alert(1)";
    catalog["actions"][1]["variants"][0]["snippets"][0]["lang"] = "yaml";
    catalog["steps"][0]["summery"] = catalog["steps"][0]["summary"];
    CHECK(load_error(catalog) ==
          "steps[0].summery: unknown field, expected one of id, title, summary\n"
          "actions[0].applies_whn: unknown field, expected one of id, code, step, title, outcome, effort, value, "
          "requires, applies_when, steps, snippets, variants, docs, demo, agenda, pitfalls, before_demo, "
          "demo_preparation\n"
          "actions[0].effort.modifiers: together they can bring the effort to -3 hours; an action always takes some "
          "time\n"
          "actions[1].variants[0].snippets[0].lang: unknown field, expected one of title, file, language, code\n"
          "actions[1].docs[0].url: expected an https:// address with a host and no spaces, quotes, brackets or "
          "parentheses, got 'https://x) [y](javascript:alert(1)'");
}

TEST_CASE("catalog problems in Polish keep their paths") {
    json catalog = fixture();
    catalog["actions"][0]["applies_whn"] = {{"question", "scm"}, {"is", "github"}};
    catalog["actions"][0]["effort"]["hours"] = 2000;
    catalog["actions"][1]["requires"] = {"nowhere"};
    catalog["actions"][2]["title"].erase("pl");
    CHECK(load_error(catalog, kickstart::Language::pl) ==
          "actions[0].applies_whn: nieznane pole; oczekiwano jednego z: id, code, step, title, outcome, effort, "
          "value, requires, applies_when, steps, snippets, variants, docs, demo, agenda, pitfalls, "
          "before_demo, demo_preparation\n"
          "actions[0].effort.hours: oczekiwano liczby godzin większej od 0 i nie większej niż 1000, podano 2000\n"
          "actions[2].title: brak tekstu 'pl'\n"
          "actions[1].requires[0]: nieznane działanie 'nowhere'");
}

TEST_CASE("the demo preparation: one at most, marked with a boolean") {
    json catalog = fixture();
    catalog["actions"][1]["demo_preparation"] = true;
    const auto loaded = Catalog::load(catalog.dump(), fixture_questionnaire());
    REQUIRE(loaded.ok());
    REQUIRE(loaded.value().demo_preparation());
    CHECK(loaded.value().actions()[*loaded.value().demo_preparation()].id == "discovery");
    catalog["actions"][2]["demo_preparation"] = true;
    catalog["actions"][0]["demo_preparation"] = "yes";
    CHECK(load_error(catalog) ==
          "actions[0].demo_preparation: expected a boolean, got a string\n"
          "actions[2].demo_preparation: only one action can be the demo's preparation, and 'discovery' already is");
    CHECK(load_error(catalog, kickstart::Language::pl) ==
          "actions[0].demo_preparation: oczekiwany typ: wartość logiczna, podano: tekst\n"
          "actions[2].demo_preparation: tylko jedno działanie może być przygotowaniem demo, a jest nim już "
          "'discovery'");
}

TEST_CASE("the demo agenda entries and the goals' showcases are checked") {
    json catalog = fixture();
    const json agenda = {{"minutes", 3},
                         {"open", {{"en", "The catalog"}, {"pl", "Katalog"}}},
                         {"say", {{"en", "Nobody registered these."}, {"pl", "Nikt ich nie dodawał."}}}};
    catalog["actions"][1]["agenda"] = agenda;
    catalog["showcases"] = {{"ownership", "discovery"}};
    const auto loaded = Catalog::load(catalog.dump(), fixture_questionnaire());
    REQUIRE(loaded.ok());
    const kickstart::Action& discovery = loaded.value().actions()[1];
    REQUIRE(discovery.agenda);
    CHECK(discovery.agenda->minutes == 3);
    CHECK(discovery.agenda->part == kickstart::AgendaPart::show);
    CHECK(discovery.agenda->open.in(kickstart::Language::pl) == "Katalog");
    CHECK(loaded.value().showcases().at("ownership") == 1);
    CHECK_FALSE(loaded.value().actions()[0].agenda);

    catalog["actions"][1]["agenda"]["minutes"] = 20;
    catalog["actions"][1]["agenda"]["part"] = "middle";
    catalog["actions"][1]["agenda"].erase("say");
    catalog["actions"][2]["agenda"] = "the Jenkins tab";
    catalog["showcases"] = {{"ownership", "create-app"}, {"speed", "discovery"}, {"docs", "nowhere"}, {"ci", 3}};
    CHECK(load_error(catalog) ==
          "showcases.ci: unknown goal 'ci'\n"
          "showcases.speed: unknown goal 'speed'\n"
          "actions[1].agenda.part: 'middle' is not one of problem, show, ask\n"
          "actions[1].agenda.minutes: expected a number from 1 to 15, got 20\n"
          "actions[1].agenda.say: missing\n"
          "actions[2].agenda: expected an object, got a string\n"
          "showcases.docs: unknown action 'nowhere'; expected the id of an action in the catalog\n"
          "showcases.ownership: 'create-app' has nothing to show at a demo; expected an action with an \"agenda\" "
          "entry");
    CHECK(load_error(catalog, kickstart::Language::pl).find(
              "showcases.ownership: 'create-app' nie ma nic do pokazania na demo") != std::string::npos);
}

TEST_CASE("a cycle is named even when other problems are reported too") {
    json catalog = fixture();
    catalog["actions"][0]["requires"] = {"jenkins-plugin"};
    catalog["actions"][2]["title"].erase("pl");
    CHECK(load_error(catalog) ==
          "actions[2].title: missing 'pl' text\n"
          "actions: prerequisite cycle create-app -> jenkins-plugin -> discovery -> create-app");
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
    CHECK(test_support::message(result.error()) == "extra.json: actions[0].requires[0]: unknown action 'nowhere'");
}

TEST_CASE("property: mutated catalogs load whole or report problems, never crash") {
    std::mt19937 random(31);
    const std::string original = test_support::read_fixture("catalog.json");
    const std::string alphabet = "{}[]\",:0123456789abcdefghijklmnopqrstuvwxyz -_";
    std::size_t loaded = 0;
    for (int i = 0; i < 1500; ++i) {
        std::string text = original;
        const int edits = 1 + static_cast<int>(random() % 3);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = random() % text.size();
            if (random() % 2 == 0) {
                text[at] = alphabet[random() % alphabet.size()];
            } else {
                text.erase(at, 1 + random() % 6);
            }
        }
        const auto result = Catalog::load(text, fixture_questionnaire());
        if (!result.ok()) {
            REQUIRE_FALSE(test_support::message(result.error()).empty());
            continue;
        }
        ++loaded;
        // A catalog that loads is whole: every prerequisite resolves to another action.
        const auto& actions = result.value().actions();
        for (std::size_t a = 0; a < actions.size(); ++a) {
            for (const std::size_t r : actions[a].prerequisites) REQUIRE((r < actions.size() && r != a));
        }
    }
    MESSAGE(loaded << " of 1500 mutated catalogs still loaded (edits inside texts)");
}

TEST_CASE("broken documents say what was expected") {
    const auto error_of = [](std::string_view text) { return text_load_error(text); };
    CHECK(error_of("{") == "catalog: not valid JSON (it ends early, line 1, column 2)");
    CHECK(error_of(R"({"schema": "backstage-kickstart/catalog", "version": 3})") ==
          "version: version 3 was made by a newer Backstage Kickstart; this one reads up to version 1");
    CHECK(error_of(R"({"schema": "backstage-kickstart/catalog", "version": 1, "actions": 5})") ==
          "actions: expected an array, got a number\n"
          "steps: a catalog needs at least one step\n"
          "actions: a catalog needs at least one action");
}

}  // TEST_SUITE
