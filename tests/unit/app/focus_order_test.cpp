// Keyboard use (src/app/focus_order.cpp and the Enter handling of src/app/frame.cpp): Tab
// through every widget, Enter presses the focused one, dialogs keep the focus inside them
// and start on the safe answer.
#include "app_driver.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using app_test::AppDriver;
using app_test::Visit;
using kickstart::app::Dialog;
using kickstart::app::Screen;

namespace {

// Presses Tab (or Shift+Tab) until `name` has the focus; fails after `limit` presses.
void tab_to(AppDriver& page, std::string_view name, bool backwards = false, int limit = 60) {
    for (int i = 0; i < limit && page.focused() != name; ++i) page.press(ImGuiKey_Tab, backwards);
    REQUIRE(page.focused() == name);
}

}  // namespace

TEST_SUITE("focus order") {

TEST_CASE("Tab visits every widget in the order drawn and wraps; Shift+Tab goes back") {
    AppDriver page;
    std::vector<std::string> visited;
    for (int i = 0; i < 40; ++i) {
        page.press(ImGuiKey_Tab);
        visited.push_back(page.focused());
    }
    const auto at = [&](std::string_view name) {
        return std::find(visited.begin(), visited.end(), name) - visited.begin();
    };
    // The first Tab shows where the focus is: on Start, the screen's default button. Then
    // the welcome screen's buttons in reading order, and round again from the top bar.
    CHECK(visited.front() == "welcome.start");
    CHECK(visited[1] == "welcome.open_file");
    CHECK(visited[2] == "welcome.skip");
    CHECK(visited[3] == "welcome.example.startup");
    const auto top = at("top.language.0");
    CHECK(top < static_cast<long>(visited.size()));
    CHECK(std::find(visited.begin() + top, visited.end(), "welcome.start") != visited.end());
    tab_to(page, "welcome.skip");
    page.press(ImGuiKey_Tab, /*shift=*/true);
    CHECK(page.focused() == "welcome.open_file");
}

TEST_CASE("Enter presses the focused button, once per press") {
    AppDriver page;
    tab_to(page, "welcome.start");
    page.press(ImGuiKey_Enter);
    CHECK(page.state().screen == Screen::questions);
    CHECK(page.state().section == 0);
    tab_to(page, "nav.next");
    page.press(ImGuiKey_Enter);
    CHECK(page.state().section == 1);  // one section on, not two
}

TEST_CASE("Escape goes back a screen") {
    AppDriver page;
    page.click("welcome.start");
    page.click("nav.next");
    CHECK(page.state().section == 1);
    page.press(ImGuiKey_Escape);
    CHECK(page.state().section == 0);
    page.press(ImGuiKey_Escape);
    CHECK(page.state().screen == Screen::welcome);
}

TEST_CASE("a dialog opens on its safe answer, keeps Tab inside, and Enter or Escape keep everything") {
    const auto answers = app_test::example_answers("startup");
    AppDriver page(Visit{.fragment = app_test::link_for(answers)});
    page.click("plan.start_over");
    REQUIRE(page.state().dialog == Dialog::start_over);
    CHECK(page.focused() == "dialog.cancel");
    page.press(ImGuiKey_Tab);
    CHECK(page.focused() == "dialog.confirm");
    page.press(ImGuiKey_Tab);
    CHECK(page.focused() == "dialog.cancel");
    page.press(ImGuiKey_Enter);
    CHECK(page.state().dialog == Dialog::none);
    CHECK(page.state().answers == answers);
    page.click("plan.start_over");
    page.press(ImGuiKey_Escape);
    CHECK(page.state().dialog == Dialog::none);
    CHECK(page.state().answers == answers);
    CHECK(page.host.autosave_clears == 0);
}

TEST_CASE("a text field reached with Tab is edited at once; Tab leaves it keeping the text") {
    AppDriver page;
    page.click("welcome.start");
    tab_to(page, "q.org_name");
    CHECK(page.json()["editing_text"] == true);
    page.type("Zażółć Sp. z o.o.");
    page.press(ImGuiKey_Tab);
    CHECK(page.focused() == "q.engineers");  // the next field, edited in turn
    CHECK(page.state().answers.text("org_name") == "Zażółć Sp. z o.o.");
    CHECK(page.host.fragments.back() == app_test::link_for(page.state().answers));
}

TEST_CASE("a key held across slow frames is one press, not a repeat") {
    // On a slow machine a frame can take half a second; ImGui 1.86 counts how long a key is
    // held in frame times, so an arrow or Tab held over a few such frames would move twice.
    AppDriver page;
    page.press(ImGuiKey_Tab);
    REQUIRE(page.focused() == "welcome.start");
    const auto hold = [&](ImGuiKey key) {
        page.platform().set_key(key, true);
        for (int frame = 0; frame < 5; ++frame) page.platform().frame(0.5f);
        page.platform().set_key(key, false);
        page.platform().frame(0.5f);
    };
    hold(ImGuiKey_Tab);
    CHECK(page.focused() == "welcome.open_file");
    hold(ImGuiKey_RightArrow);  // ImGui's own navigation
    CHECK(page.focused() == "welcome.skip");
}

}  // TEST_SUITE
