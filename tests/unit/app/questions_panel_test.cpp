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

TEST_CASE("Tab from a number field goes to the next field, so digits typed straight after are kept") {
    AppDriver page;
    page.click("welcome.start");
    for (int i = 0; i < 60 && page.focused() != "q.engineers"; ++i) page.press(ImGuiKey_Tab);
    REQUIRE(page.focused() == "q.engineers");
    page.type("250");
    page.press(ImGuiKey_Tab);
    CHECK(page.focused() == "q.repositories");  // not the engineers' − button
    page.type("600");
    page.press(ImGuiKey_Tab);
    CHECK(page.state().answers.number("engineers") == 250);
    CHECK(page.state().answers.number("repositories") == 600);
    // The − and + buttons are still there for the mouse.
    page.click("q.repositories.plus");
    CHECK(page.state().answers.number("repositories") == 601);
    page.click("q.repositories.minus");
    CHECK(page.state().answers.number("repositories") == 600);
}

TEST_CASE("a number that cannot be kept as typed says at once what was kept and why") {
    AppDriver page;
    page.click("welcome.start");
    for (int i = 0; i < 60 && page.focused() != "q.hours_per_week"; ++i) page.press(ImGuiKey_Tab);
    REQUIRE(page.focused() == "q.hours_per_week");
    CHECK_FALSE(page.drawn("q.hours_per_week.message"));  // a good value has nothing under it
    page.type("5.5");
    CHECK(page.state().answers.number("hours_per_week") == 6);
    CHECK(page.json()["field_messages"]["hours_per_week"] == "5.5 is not a whole number; kept 6, rounded.");
    CHECK(page.drawn("q.hours_per_week.message"));
    page.press(ImGuiKey_Tab);  // to the weeks
    REQUIRE(page.focused() == "q.weeks_to_demo");
    const auto weeks = page.state().answers.number("weeks_to_demo");
    page.type("six");
    CHECK(page.state().answers.number("weeks_to_demo") == weeks);
    CHECK(page.json()["field_messages"]["weeks_to_demo"] ==
          "\u201csix\u201d is not a number; kept " + std::to_string(weeks) + ".");
    page.press(ImGuiKey_Tab, /*shift=*/true);
    page.type("7");  // a good value takes the message away
    CHECK(page.state().answers.number("hours_per_week") == 7);
    CHECK_FALSE(page.json()["field_messages"].contains("hours_per_week"));
    page.click("top.language.1");
    page.click("q.hours_per_week");
    page.type("2,5");
    CHECK(page.state().answers.number("hours_per_week") == 3);
    CHECK(page.json()["field_messages"]["hours_per_week"] == "2,5 nie jest liczbą całkowitą; przyjęto 3 po zaokrągleniu.");
}

TEST_CASE("a key typed where no field is being edited is not lost without a sign") {
    AppDriver page;
    page.click("welcome.start");
    for (int i = 0; i < 60 && page.focused() != "q.repositories"; ++i) page.press(ImGuiKey_Tab);
    page.type("321");
    page.press(ImGuiKey_Enter);
    REQUIRE(page.state().answers.number("repositories") == 321);
    page.type("9");
    CHECK(page.state().answers.number("repositories") == 321);
    CHECK(page.notice() == "\u201c9\u201d was not typed anywhere: no field is being edited. Click a field, or reach "
                           "one with Tab.");
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
