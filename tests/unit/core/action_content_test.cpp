#include "kickstart/core/action_content.hpp"

#include "support.hpp"

#include "kickstart/core/builtin.hpp"
#include "kickstart/core/plan_io.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using kickstart::Language;
using test_support::fixture_catalog;
using test_support::fixture_questionnaire;

namespace {

kickstart::Answers answers(std::string_view json) {
    const auto result = fixture_questionnaire().validate_text(json);
    REQUIRE_MESSAGE(result.ok(), test_support::message(result.error()));
    return result.value();
}

const kickstart::Translations& translations() { return kickstart::builtin_translations().value(); }

// The plan item of action `id`.
const kickstart::PlanItem& item_of(const kickstart::Plan& plan, std::string_view id) {
    for (const auto& item : plan.items) {
        if (fixture_catalog().actions()[item.action].id == id) return item;
    }
    FAIL("no item " << std::string(id));
    return plan.items.front();
}

}  // namespace

TEST_SUITE("action content") {

TEST_CASE("an action reads in the language asked, its applying variants' steps and snippets after its own") {
    const auto github = answers(R"({"org_name": "Zażółć Sp. z o.o.", "scm": "github"})");
    const auto plan = kickstart::make_plan(fixture_catalog(), github, {"discovery"});
    const auto content = kickstart::resolve_action(fixture_catalog(), github, item_of(plan, "discovery"), Language::pl);
    CHECK(content.id == "discovery");
    CHECK(content.order == 2);
    CHECK(content.step_id == "fill-catalog");
    CHECK(content.step_number == 2);
    CHECK(content.step_title == "Wypełnij katalog");
    CHECK(content.title == "Wykryj repozytoria");
    CHECK(content.outcome == "Pełny katalog.");
    CHECK(content.done);
    CHECK(content.steps == std::vector<std::string>{"Dodaj moduł wykrywania.", "Skonfiguruj catalog.providers.github."});
    REQUIRE(content.snippets.size() == 1);
    CHECK(content.snippets[0].title == "Wykrywanie w GitHubie");
    CHECK(content.snippets[0].file == "app-config.yaml");
    CHECK(content.snippets[0].language == "yaml");
    CHECK(content.snippets[0].code ==
          "catalog:\n  providers:\n    github:\n      main:\n        organization: zazolc-sp-z-o-o\n");
    CHECK(content.demo == "Pokaż zaimportowane komponenty.");
    CHECK(content.pitfalls == std::vector<std::string>{"Limity zapytań przy tokenie osobistym."});
    REQUIRE(content.docs.size() == 1);
    CHECK(content.docs[0].url == "https://backstage.io/docs/integrations/github/discovery");
    REQUIRE(content.needs.size() == 1);
    CHECK(content.needs[0].id == "create-app");
    CHECK(content.needs[0].title == "Utwórz aplikację");

    // Another organisation, another variant: GitLab's step, and no GitHub snippet.
    const auto gitlab = answers(R"({"scm": "gitlab"})");
    const auto other = kickstart::make_plan(fixture_catalog(), gitlab);
    const auto gitlab_content =
        kickstart::resolve_action(fixture_catalog(), gitlab, item_of(other, "discovery"), Language::en);
    CHECK(gitlab_content.steps == std::vector<std::string>{"Add the discovery module.", "Configure catalog.providers.gitlab."});
    CHECK(gitlab_content.snippets.empty());
}

TEST_CASE("why here: what it needs and unlocks, named as the output names actions, and the goals it serves in words") {
    const auto a = answers(R"({"scm": "gitlab", "goals": ["docs", "ownership"]})");
    const auto plan = kickstart::make_plan(fixture_catalog(), a);
    const auto first = kickstart::resolve_action(fixture_catalog(), a, item_of(plan, "create-app"), Language::en);
    const auto italic = [](const kickstart::ActionRef& other) { return "*" + other.title + "*"; };
    CHECK(kickstart::why_here(first, fixture_questionnaire(), translations(), Language::en, italic) ==
          "Needs nothing else first. Unlocks *Discover repositories*. It serves what your stakeholders asked for: "
          "clear ownership.");
    // In the user's ranking order, whatever the catalog's order.
    const auto second = kickstart::resolve_action(fixture_catalog(), a, item_of(plan, "discovery"), Language::pl);
    CHECK(second.goals_served == std::vector<std::string>{"docs", "ownership"});
    CHECK(kickstart::why_here(second, fixture_questionnaire(), translations(), Language::pl,
                              [](const kickstart::ActionRef& other) { return other.title; }) ==
          "Wymaga: Utwórz aplikację. Odpowiada na to, o co prosili interesariusze: znajdowanie dokumentacji, "
          "jasna własność.");
    // Serving none of the ranked goals (the built-in catalog has such groundwork): said as such.
    auto groundwork = first;
    groundwork.goals_served.clear();
    CHECK(kickstart::why_here(groundwork, fixture_questionnaire(), translations(), Language::en, italic) ==
          "Needs nothing else first. Unlocks *Discover repositories*. It is here for the portal as a whole rather than "
          "for one of the goals your stakeholders ranked.");
}

TEST_CASE("property: the JSON export's items are the resolved content, for any organisation") {
    std::mt19937 random(5);
    const kickstart::ExportContext context{fixture_questionnaire(), fixture_catalog(), translations(), Language::pl,
                                           "2026-11-24"};
    for (int i = 0; i < 100; ++i) {
        const auto a = test_support::random_answers(fixture_questionnaire(), random);
        const auto plan = kickstart::make_plan(fixture_catalog(), a);
        const auto json = nlohmann::json::parse(kickstart::export_json(context, a, {}, plan));
        REQUIRE(json["items"].size() == plan.items.size());
        for (std::size_t k = 0; k < plan.items.size(); ++k) {
            const auto content = kickstart::resolve_action(fixture_catalog(), a, plan.items[k], Language::pl);
            const auto& item = json["items"][k];
            CHECK(item["title"] == content.title);
            CHECK(item["how"] == content.steps);
            REQUIRE(item["snippets"].size() == content.snippets.size());
            for (std::size_t s = 0; s < content.snippets.size(); ++s) {
                CHECK(item["snippets"][s]["code"] == content.snippets[s].code);
            }
            CHECK(item["demo"] == content.demo);
        }
    }
}

}  // TEST_SUITE
