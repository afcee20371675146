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

TEST_CASE("the first Tab on a new screen is Skip to content, and Enter on it goes to the screen's first answer") {
    AppDriver page;
    page.click("welcome.start");
    page.press(ImGuiKey_Tab);
    CHECK(page.focused() == "top.skip");
    CHECK(page.rect("top.skip").width > 20);  // shown while it has the focus
    page.press(ImGuiKey_Enter);
    CHECK(page.focused() == "q.org_name");
    CHECK(page.json()["editing_text"] == true);
    page.press(ImGuiKey_Escape);  // leaves the field
    tab_to(page, "nav.next");
    page.press(ImGuiKey_Enter);
    REQUIRE(page.state().section == 1);
    page.press(ImGuiKey_Tab);  // the next screen starts over
    CHECK(page.focused() == "top.skip");
    page.press(ImGuiKey_Enter);
    CHECK(page.focused().rfind("q.scm.", 0) == 0);
    page.press(ImGuiKey_Tab, /*shift=*/true);
    page.press(ImGuiKey_Tab, /*shift=*/true);
    CHECK(page.rect("top.skip").width <= 1.0f);  // one pixel when the focus is elsewhere
}

TEST_CASE("the Review reaches See the plan in three keys") {
    AppDriver page;
    page.click("welcome.start");
    page.click("stepper.3");
    page.press(ImGuiKey_Tab);
    page.press(ImGuiKey_Enter);
    CHECK(page.focused() == "review.to_plan");
    page.press(ImGuiKey_Enter);
    CHECK(page.state().screen == Screen::plan);
}

namespace {
void press_with_ctrl(AppDriver& page, ImGuiKey key) {
    page.platform().set_modifiers(true, false);
    page.platform().set_key(key, true);
    page.frames(1);
    page.platform().set_key(key, false);
    page.platform().set_modifiers(false, false);
    page.frames(6);
}
}  // namespace

TEST_CASE("Ctrl+Enter is the screen's primary action from any widget, and a hint says so; on a Mac it is ⌘Enter") {
    AppDriver page;
    page.click("welcome.start");
    CHECK(page.json()["hint"] == "Ctrl+Enter: Next");
    tab_to(page, "nav.back");
    press_with_ctrl(page, ImGuiKey_Enter);
    CHECK(page.state().screen == Screen::questions);  // not Back, the focused button
    CHECK(page.state().section == 1);
    page.click("stepper.3");
    CHECK(page.json()["hint"] == "Ctrl+Enter: See the plan");
    press_with_ctrl(page, ImGuiKey_Enter);
    CHECK(page.state().screen == Screen::plan);

    AppDriver mac(Visit{.mac = true});
    mac.click("welcome.start");
    CHECK(mac.json()["hint"] == "\u2318Enter: Next");
    press_with_ctrl(mac, ImGuiKey_Enter);  // Ctrl is not the Mac's shortcut key
    CHECK(mac.state().section == 0);
}

TEST_CASE("a tooltip on keyboard focus waits, then opens above its widget without more input") {
    AppDriver page(Visit{.fragment = app_test::link_for(app_test::example_answers("scaleup"))});
    const std::string first = page.json()["plan"]["order"][0];
    page.host.wake_ups.clear();
    tab_to(page, "plan.done." + first, false, 80);
    CHECK(page.json()["tooltip"] == "");
    REQUIRE_FALSE(page.host.wake_ups.empty());  // the page is asked to draw it later
    page.host.clock = page.host.wake_ups.back();
    page.frames(3);
    const auto state = page.json();
    CHECK(state["tooltip"] == "Done");
    const auto box = page.rect("plan.done." + first);
    CHECK(state["tooltip_rect"]["y"].get<float>() + state["tooltip_rect"]["height"].get<float>() <= box.y);
}

}  // TEST_SUITE
