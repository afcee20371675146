// The plan screen (src/app/plan_panel.cpp): downloads, ticking done, sharing, opening a file,
// the selected action's details.
#include "app_driver.hpp"

#include "kickstart/core/action_content.hpp"
#include "kickstart/core/plan_io.hpp"
#include "kickstart/core/planner.hpp"

#include <doctest/doctest.h>

using app_test::AppDriver;
using app_test::Visit;
using kickstart::Language;

TEST_SUITE("plan panel") {

TEST_CASE("the download buttons give the core's files byte for byte, named by the day, in the chosen language") {
    const auto answers = app_test::example_answers("enterprise");
    const std::set<std::string> done{"create-app-local"};
    AppDriver page(Visit{.fragment = app_test::link_for(answers, done)});
    const auto plan = kickstart::make_plan(app_test::knowledge().catalog, answers, done);
    page.click("plan.download_md");
    REQUIRE(page.host.downloads.size() == 1);
    CHECK(page.host.downloads[0].filename == "backstage-kickstart-plan-2026-11-24.md");
    CHECK(page.host.downloads[0].mime_type == "text/markdown;charset=utf-8");
    CHECK(page.host.downloads[0].content == kickstart::export_markdown(app_test::export_context(Language::en), answers, done, plan));
    CHECK(page.notice() == "Downloaded backstage-kickstart-plan-2026-11-24.md.");

    page.click("top.language.1");
    page.click("plan.download_json");
    REQUIRE(page.host.downloads.size() == 2);
    CHECK(page.host.downloads[1].filename == "backstage-kickstart-plan-2026-11-24.json");
    CHECK(page.host.downloads[1].mime_type == "application/json");
    CHECK(page.host.downloads[1].content == kickstart::export_json(app_test::export_context(Language::pl), answers, done, plan));
    CHECK(page.notice() == "Pobrano backstage-kickstart-plan-2026-11-24.json.");
}

TEST_CASE("the plan says which demo it prepares, in the error colour's notice when it is not the one chosen") {
    auto answers = app_test::example_answers("startup");
    answers.values["demo_style"] = std::string("hands-on");
    answers.values["hours_per_week"] = std::int64_t{5};
    answers.values["weeks_to_demo"] = std::int64_t{4};
    const auto plan = kickstart::make_plan(app_test::knowledge().catalog, answers);
    REQUIRE(plan.demo.outlook == kickstart::DemoOutlook::guided_instead);
    AppDriver page(Visit{.fragment = app_test::link_for(answers)});
    CHECK(page.drawn("plan.demo_outlook"));
    CHECK(page.json()["plan"]["demo_outlook"] == "guided-instead");
    CHECK(page.json()["plan"]["demo_notice"] ==
          kickstart::demo_outlook_text(plan.demo, plan, app_test::knowledge().translations, Language::en));
    CHECK(page.json()["plan"]["demo_notice"].get<std::string>().starts_with("A hands-on demo needs "));
    page.click("top.language.1");
    CHECK(page.json()["plan"]["demo_notice"].get<std::string>().starts_with("Demo, w którym interesariusze klikają sami"));
}

TEST_CASE("ticking an action done updates the plan, the address and the autosave; unticking undoes it") {
    const auto answers = app_test::example_answers("startup");
    AppDriver page(Visit{.fragment = app_test::link_for(answers)});
    const std::string first = page.json()["plan"]["order"][0].get<std::string>();
    page.click("plan.done." + first);
    CHECK(page.state().edits.done == std::set<std::string>{first});
    CHECK(page.host.fragments.back() == app_test::link_for(answers, {first}));
    CHECK(nlohmann::json::parse(page.host.autosaves.back())["link"] == app_test::link_for(answers, {first}));
    CHECK(page.json()["done"] == nlohmann::json::array({first}));
    // The details' own box is the same state.
    page.click("plan.item." + first);
    page.click("plan.details.done");
    CHECK(page.state().edits.done.empty());
    CHECK(page.host.fragments.back() == app_test::link_for(answers));
}

TEST_CASE("Skip takes an action out of the plan at once, into Skipped by you; Bring back returns it") {
    const auto answers = app_test::example_answers("startup");
    const auto& k = app_test::knowledge();
    AppDriver page(Visit{.fragment = app_test::link_for(answers)});
    const auto order = page.json()["plan"]["order"];
    const std::string second = order[1].get<std::string>();
    const std::string third = order[2].get<std::string>();
    page.click("plan.item." + second);
    CHECK_FALSE(page.drawn("plan.heading.skipped"));
    page.click("plan.details.skip");
    const kickstart::PlanEdits edits{{}, {second}, {}};
    CHECK(page.state().edits == edits);
    CHECK(page.json()["skipped"] == nlohmann::json::array({second}));
    CHECK(page.json()["plan"]["skipped"] == nlohmann::json::array({second}));
    nlohmann::json expected = nlohmann::json::array();
    for (const auto& item : kickstart::make_plan(k.catalog, answers, edits).items) {
        expected.push_back(k.catalog.actions()[item.action].id);
    }
    CHECK(page.json()["plan"]["order"] == expected);
    CHECK(std::find(expected.begin(), expected.end(), second) == expected.end());
    CHECK(page.state().selected_action == third);  // the next action is shown
    CHECK(page.host.fragments.back() == app_test::link_with(answers, edits));
    CHECK(nlohmann::json::parse(page.host.autosaves.back())["link"] == app_test::link_with(answers, edits));
    CHECK(page.drawn("plan.heading.skipped"));
    page.click("plan.bring_back." + second);
    CHECK(page.state().edits.skipped.empty());
    CHECK(page.json()["plan"]["order"] == order);
    CHECK(page.state().selected_action == second);
    CHECK_FALSE(page.drawn("plan.heading.skipped"));
    CHECK(page.host.fragments.back() == app_test::link_for(answers));
}

TEST_CASE("the demo's preparation has no Skip; the pane says why") {
    const auto answers = app_test::example_answers("startup");
    const auto& k = app_test::knowledge();
    AppDriver page(Visit{.fragment = app_test::link_for(answers)});
    const std::string preparation = k.catalog.actions()[*k.catalog.demo_preparation()].id;
    page.click("plan.item." + preparation);
    CHECK_FALSE(page.drawn("plan.details.skip"));
    CHECK(page.drawn("plan.details.estimate"));
}

TEST_CASE("My estimate: typed hours replace the catalog's at once; a bad value is not taken and says why") {
    const auto answers = app_test::example_answers("startup");
    const auto& k = app_test::knowledge();
    AppDriver page(Visit{.fragment = app_test::link_for(answers)});
    const std::string first = page.json()["plan"]["order"][0].get<std::string>();
    page.click("plan.item." + first);
    CHECK_FALSE(page.drawn("plan.details.estimate_reset"));
    page.click("plan.details.estimate");
    page.type("12,5");  // either decimal separator
    page.press(ImGuiKey_Enter);
    const kickstart::PlanEdits edits{{}, {}, {{first, 12.5}}};
    CHECK(page.state().edits == edits);
    nlohmann::json expected = nlohmann::json::array();
    for (const auto& item : kickstart::make_plan(k.catalog, answers, edits).items) {
        expected.push_back(k.catalog.actions()[item.action].id);
    }
    CHECK(page.json()["plan"]["order"] == expected);
    CHECK(page.json()["hours"] == nlohmann::json{{first, 12.5}});
    CHECK(page.host.fragments.back() == app_test::link_with(answers, edits));
    CHECK(page.drawn("plan.details.estimate_reset"));

    page.click("plan.item." + first);
    page.click("plan.details.estimate");
    page.type("lots");
    CHECK(page.json()["field_messages"]["estimate." + first] == "“lots” is not a number; kept 12.5.");
    CHECK(page.state().edits == edits);
    page.press(ImGuiKey_Escape);
    page.click("plan.details.estimate");
    page.type("0");
    CHECK(page.json()["field_messages"]["estimate." + first] == "Hours go from 0.25 to 1000; kept 12.5.");
    CHECK(page.state().edits == edits);
    page.press(ImGuiKey_Enter);

    page.click("plan.details.estimate_reset");
    CHECK(page.state().edits.hours.empty());
    CHECK(page.json()["field_messages"].empty());
    CHECK(page.host.fragments.back() == app_test::link_for(answers));
}

TEST_CASE("Copy link copies the page's address with the plan; the browser's answer shows a notice") {
    const auto answers = app_test::example_answers("scaleup");
    AppDriver page(Visit{.fragment = app_test::link_for(answers)});
    page.click("plan.copy_link");
    REQUIRE(page.host.clipboard.size() == 1);
    CHECK(page.host.clipboard[0] == "https://intranet.example/kickstart/#" + app_test::link_for(answers));
    page.app().on_clipboard_result(true);
    CHECK(page.notice() == "Link copied. Anyone who opens it sees this plan; nothing is sent to a server.");
    page.app().on_clipboard_result(false);
    CHECK(page.notice() == "The browser did not allow copying. Select the address bar and copy it from there.");
}

TEST_CASE("Open plan file asks the host for its picker; Edit answers goes back to the questions") {
    AppDriver page(Visit{.fragment = app_test::link_for(app_test::example_answers("scaleup"))});
    page.click("plan.open_file");
    CHECK(page.host.file_pickers == 1);
    page.click("plan.edit_answers");
    CHECK(page.state().screen == kickstart::app::Screen::questions);
    CHECK(page.state().section == 0);
}

TEST_CASE("the details pane starts at the top for each action selected") {
    AppDriver page(Visit{.fragment = app_test::link_for(app_test::example_answers("enterprise")), .height = 600});
    const auto order = page.json()["plan"]["order"];
    const std::string first = order[0];
    const std::string second = order[1];
    page.click("plan.item." + second);
    const float top = page.rect("plan.details.done").y;
    page.click("plan.item." + first);
    const auto done = page.rect("plan.details.done");
    page.platform().move_mouse(done.x + 200, done.y + 100);
    for (int i = 0; i < 4; ++i) {
        page.platform().wheel(-1);
        page.frames(2);
    }
    REQUIRE(page.rect("plan.details.done").y < done.y - 50);  // scrolled down
    page.click("plan.item." + second);
    CHECK(page.rect("plan.details.done").y == top);
}

TEST_CASE("clicking an action selects it; its docs link opens in a new tab") {
    const auto answers = app_test::example_answers("startup");
    AppDriver page(Visit{.fragment = app_test::link_for(answers)});
    const std::string second = page.json()["plan"]["order"][1].get<std::string>();
    page.click("plan.item." + second);
    CHECK(page.state().selected_action == second);
    CHECK(page.json()["selected"] == second);
    const kickstart::Action* action = app_test::knowledge().catalog.find(second);
    REQUIRE(action != nullptr);
    REQUIRE_FALSE(action->docs.empty());
    page.click("plan.doc.0");
    REQUIRE(page.host.opened_tabs.size() == 1);
    CHECK(page.host.opened_tabs[0] == action->docs[0].url);
}

TEST_CASE("a snippet's Copy button copies the action's resolved snippet, placeholders filled for the organisation") {
    auto answers = app_test::example_answers("scaleup");
    answers.values["org_name"] = std::string("Zażółć Sp. z o.o.");
    AppDriver page(Visit{.fragment = app_test::link_for(answers)});
    const auto plan = kickstart::make_plan(app_test::knowledge().catalog, answers);
    // The first action in the plan with a snippet.
    for (const kickstart::PlanItem& item : plan.items) {
        const auto content = kickstart::resolve_action(app_test::knowledge().catalog, answers, item, Language::en);
        if (content.snippets.empty()) continue;
        page.click("plan.item." + content.id);
        page.click("plan.snippet.copy.0");
        REQUIRE(page.host.clipboard.size() == 1);
        CHECK(page.host.clipboard[0] == content.snippets[0].code);
        CHECK(page.host.clipboard[0].find("{{") == std::string::npos);
        return;
    }
    FAIL("no action of the plan has a snippet");
}

}  // TEST_SUITE
