// The question screens (src/app/questions_panel.cpp, question_widgets.cpp): answers change
// the plan at once, fields say why an input was not taken, the stepper and Back / Next walk.
#include "app_driver.hpp"

#include "kickstart/core/planner.hpp"

#include <doctest/doctest.h>

using app_test::AppDriver;
using app_test::Visit;
using kickstart::app::Screen;

TEST_SUITE("questions panel") {

TEST_CASE("changing an answer re-plans at once, and the address and autosave follow") {
    AppDriver page;
    page.click("welcome.start");
    page.click("nav.next");  // Tools
    page.click("q.scm.gitlab");
    CHECK(page.state().answers.text("scm") == "gitlab");
    const auto plan = kickstart::make_plan(app_test::knowledge().catalog, page.state().answers);
    const auto order = page.json()["plan"]["order"];
    REQUIRE(order.size() == plan.items.size());
    for (std::size_t i = 0; i < plan.items.size(); ++i) {
        CHECK(order[i] == app_test::knowledge().catalog.actions()[plan.items[i].action].id);
    }
    CHECK(page.host.fragments.back() == app_test::link_for(page.state().answers));
    CHECK(nlohmann::json::parse(page.host.autosaves.back())["screen"] == "questions");
    CHECK(nlohmann::json::parse(page.host.autosaves.back())["section"] == 1);
}

TEST_CASE("a number outside its range is kept in range, with a message in the user's language") {
    AppDriver page(Visit{.language = kickstart::Language::pl});
    page.click("welcome.start");
    for (int i = 0; i < 60 && page.focused() != "q.hours_per_week"; ++i) page.press(ImGuiKey_Tab);
    REQUIRE(page.focused() == "q.hours_per_week");
    page.type("500");
    CHECK(page.state().answers.number("hours_per_week") == 60);
    CHECK(page.json()["field_messages"]["hours_per_week"] == "500 wykracza poza zakres 1–60; przyjęto 60.");
    page.click("top.language.0");  // the message follows the language
    CHECK(page.json()["field_messages"]["hours_per_week"] == "500 is outside 1–60; kept 60.");
}

TEST_CASE("Back and Next walk the sections, then the review, then the plan; the stepper jumps anywhere") {
    AppDriver page;
    page.click("welcome.start");
    page.click("nav.next");
    page.click("nav.next");
    CHECK(page.state().section == 2);
    page.click("nav.next");
    CHECK(page.state().screen == Screen::review);
    page.click("review.edit.scm");
    CHECK(page.state().screen == Screen::questions);
    CHECK(page.state().section == 1);
    page.click("stepper.3");
    CHECK(page.state().screen == Screen::review);
    page.click("nav.next");
    CHECK(page.state().screen == Screen::plan);
    page.click("stepper.0");
    CHECK(page.state().screen == Screen::questions);
    CHECK(page.state().section == 0);
    page.click("nav.back");
    CHECK(page.state().screen == Screen::welcome);
}

}  // TEST_SUITE
