// The frame around every screen (src/app/chrome.cpp): language and theme switches, the
// notice line, the Start over dialog.
#include "app_driver.hpp"

#include <doctest/doctest.h>

using app_test::AppDriver;
using app_test::Visit;
using kickstart::Language;
using kickstart::app::Dialog;
using kickstart::app::Screen;

TEST_SUITE("chrome") {

TEST_CASE("switching the language re-words the page and is saved") {
    AppDriver page(Visit{.fragment = app_test::link_for(app_test::example_answers("startup"))});
    CHECK(page.state().language == Language::en);
    page.click("top.language.1");
    CHECK(page.state().language == Language::pl);
    CHECK(page.json()["language"] == "pl");
    REQUIRE_FALSE(page.host.autosaves.empty());
    CHECK(nlohmann::json::parse(page.host.autosaves.back())["language"] == "pl");
    page.click("top.language.0");
    CHECK(page.state().language == Language::en);
    CHECK(nlohmann::json::parse(page.host.autosaves.back())["language"] == "en");
}

TEST_CASE("the theme switch is saved") {
    AppDriver page;
    page.click("top.theme.1");
    CHECK(page.state().theme == kickstart::app::Theme::light);
    CHECK(nlohmann::json::parse(page.host.autosaves.back())["theme"] == "light");
    page.click("top.theme.0");
    CHECK(page.state().theme == kickstart::app::Theme::dark);
}

TEST_CASE("a notice stays until dismissed") {
    AppDriver page(Visit{.fragment = "v1.nonsense"});
    CHECK(page.notice().rfind("The link could not be opened", 0) == 0);
    page.frames(10);
    CHECK(page.notice() != "");
    page.click("notice.dismiss");
    CHECK(page.notice() == "");
    CHECK_FALSE(page.drawn("notice.text"));
}

TEST_CASE("a notice is a toast over the content: information fades after a few seconds, errors stay, Escape dismisses") {
    using kickstart::app::Application;
    AppDriver page(Visit{.fragment = app_test::link_for(app_test::example_answers("startup"))});
    const auto button = page.rect("plan.download_md");
    page.click("plan.download_md");
    REQUIRE(page.notice().rfind("Downloaded ", 0) == 0);
    CHECK(page.rect("plan.download_md").y == button.y);  // nothing under the cursor moved
    // The page is asked to draw again when the fade starts and when it ends, and not before.
    REQUIRE(page.host.wake_ups.size() == 2);
    CHECK(page.host.wake_ups[0] == doctest::Approx(page.host.clock + Application::kNoticeSeconds -
                                                   Application::kNoticeFadeSeconds));
    page.host.clock += Application::kNoticeSeconds - 0.5;
    page.frames(3);
    CHECK(page.notice() != "");
    page.host.clock += 0.6;
    page.frames(3);
    CHECK(page.notice() == "");
    CHECK_FALSE(page.drawn("notice.text"));

    page.app().on_fragment_changed("#v1.broken");
    page.frames(3);
    REQUIRE(page.notice().rfind("The link could not be opened", 0) == 0);
    page.host.clock += 60;
    page.frames(3);
    CHECK(page.notice().rfind("The link could not be opened", 0) == 0);  // an error stays
    page.press(ImGuiKey_Escape);
    CHECK(page.notice() == "");
    CHECK(page.state().screen == Screen::plan);  // Escape did nothing else
}

TEST_CASE("Escape on a question screen dismisses a notice first, then goes back") {
    AppDriver page;
    page.click("welcome.start");
    page.click("nav.next");
    page.app().on_fragment_changed("#v1.broken");
    page.frames(3);
    REQUIRE(page.notice() != "");
    page.press(ImGuiKey_Escape);
    CHECK(page.notice() == "");
    CHECK(page.state().section == 1);
    page.press(ImGuiKey_Escape);
    CHECK(page.state().section == 0);
}

TEST_CASE("Start over asks first: Cancel keeps everything, confirming clears the answers and the autosave") {
    const auto answers = app_test::example_answers("scaleup");
    AppDriver page(Visit{.fragment = app_test::link_for(answers, {"create-app-local"})});
    page.click("plan.start_over");
    CHECK(page.state().dialog == Dialog::start_over);
    page.click("dialog.cancel");
    CHECK(page.state().dialog == Dialog::none);
    CHECK(page.state().answers == answers);
    CHECK(page.host.autosave_clears == 0);

    page.click("top.language.1");
    page.click("plan.start_over");
    page.click("dialog.confirm");
    CHECK(page.state().dialog == Dialog::none);
    CHECK(page.state().screen == Screen::welcome);
    CHECK(page.state().answers == app_test::knowledge().questionnaire.defaults());
    CHECK(page.state().edits.done.empty());
    CHECK(page.state().language == Language::pl);  // language and theme are the person's, not the plan's
    CHECK(page.host.autosave_clears == 1);
    CHECK(page.host.fragments.back() == app_test::link_for(app_test::knowledge().questionnaire.defaults()));
}

}  // TEST_SUITE
