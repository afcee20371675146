// Application (src/app/application.cpp) through real frames: what it shows first for a link,
// an autosave, both or neither; plan files; the hashchange; what it writes to the address
// and the autosave; the state JSON the browser tests read.
#include "app_driver.hpp"

#include "kickstart/core/plan_io.hpp"
#include "kickstart/core/planner.hpp"

#include <doctest/doctest.h>

using app_test::AppDriver;
using app_test::Visit;
using kickstart::Language;
using kickstart::app::Dialog;
using kickstart::app::Screen;

namespace {

std::string damaged(std::string link) {
    link[5] = link[5] == 'A' ? 'B' : 'A';  // the checksum no longer matches
    return link;
}

nlohmann::json saved(const std::string& autosave) { return nlohmann::json::parse(autosave); }

}  // namespace

TEST_SUITE("application") {

TEST_CASE("a fresh visit draws the welcome screen first, then writes the default plan to the address and autosave") {
    kickstart::app::AppState initial;
    app_test::FakeHost host;
    kickstart::app::Application app(&kickstart::builtin_knowledge, kickstart::builtin_translations(), host, initial);
    kickstart::platform::HeadlessPlatform platform(app);
    app.start("", "");
    platform.frame();
    // The first frame comes before the knowledge base is parsed: nothing to save yet.
    CHECK(app.state().screen == Screen::welcome);
    CHECK(app.widgets().rects().contains("welcome.start"));
    CHECK(host.fragments.empty());
    CHECK(host.autosaves.empty());
    platform.frame();
    const std::string defaults = app_test::link_for(app_test::knowledge().questionnaire.defaults());
    REQUIRE(host.fragments.size() == 1);
    CHECK(host.fragments.front() == defaults);
    REQUIRE(host.autosaves.size() == 1);
    CHECK(saved(host.autosaves.front()) == nlohmann::json{{"link", defaults}, {"screen", "welcome"}, {"section", 0},
                                                           {"language", "en"}, {"theme", "dark"}});
    // Frames with nothing new write nothing more.
    platform.frame();
    platform.frame();
    CHECK(host.fragments.size() == 1);
    CHECK(host.autosaves.size() == 1);
}

TEST_CASE("printing: the HTML report of the plan on screen, in the user's language and with its progress") {
    const auto answers = app_test::example_answers("scaleup");
    AppDriver page(Visit{.fragment = app_test::link_for(answers, {"scm-integration"}), .language = Language::pl});
    const std::string report = page.app().print_report();
    CHECK(report.find("<html lang=\"pl\">") != std::string::npos);
    CHECK(report.find("<p class=\"meta\">Wygenerowano 2026-11-24") != std::string::npos);
    CHECK(report.find("id=\"action-scm-integration\"") != std::string::npos);
    CHECK(report.find("disabled checked>") != std::string::npos);
    CHECK(report.find("<svg ") != std::string::npos);
}

TEST_CASE("a link opens its plan when nothing is saved") {
    const auto answers = app_test::example_answers("scaleup");
    AppDriver page(Visit{.fragment = app_test::link_for(answers, {"create-app-local"})});
    CHECK(page.state().screen == Screen::plan);
    CHECK(page.state().answers == answers);
    CHECK(page.state().edits.done == std::set<std::string>{"create-app-local"});
    CHECK(page.state().dialog == Dialog::none);
    REQUIRE_FALSE(page.host.autosaves.empty());
    CHECK(saved(page.host.autosaves.back())["link"] == app_test::link_for(answers, {"create-app-local"}));
}

TEST_CASE("a link to another plan than the saved one asks first, and Keep my saved plan keeps it") {
    const auto mine = app_test::example_answers("startup");
    const auto theirs = app_test::example_answers("enterprise");
    AppDriver page(Visit{.fragment = app_test::link_for(theirs), .autosave = app_test::autosave_for(mine)});
    CHECK(page.state().dialog == Dialog::replace_with_link);
    CHECK(page.state().answers == mine);
    // Nothing is written while the question is open: the saved plan is not at risk.
    CHECK(page.host.fragments.empty());
    CHECK(page.host.autosaves.empty());
    page.click("dialog.cancel");
    CHECK(page.state().dialog == Dialog::none);
    CHECK(page.state().answers == mine);
    CHECK(page.notice() == "Your saved plan is shown instead.");
    // The address gets the saved plan's link back.
    REQUIRE_FALSE(page.host.fragments.empty());
    CHECK(page.host.fragments.back() == app_test::link_for(mine));
}

TEST_CASE("a link to another plan than the saved one asks first, and Open the shared plan opens it") {
    const auto mine = app_test::example_answers("startup");
    const auto theirs = app_test::example_answers("enterprise");
    AppDriver page(Visit{.fragment = app_test::link_for(theirs), .autosave = app_test::autosave_for(mine, "questions")});
    REQUIRE(page.state().dialog == Dialog::replace_with_link);
    page.click("dialog.confirm");
    CHECK(page.state().dialog == Dialog::none);
    CHECK(page.state().answers == theirs);
    CHECK(page.state().screen == Screen::plan);
    CHECK(page.notice() == "Opened the shared plan.");
    REQUIRE_FALSE(page.host.autosaves.empty());
    CHECK(saved(page.host.autosaves.back())["link"] == app_test::link_for(theirs));
    CHECK(page.host.fragments.back() == app_test::link_for(theirs));
}

TEST_CASE("the saved plan's own link (a reload) opens it without asking, on the screen and section the user was on") {
    const auto mine = app_test::example_answers("startup");
    SUBCASE("the review") {
        AppDriver page(Visit{.fragment = app_test::link_for(mine), .autosave = app_test::autosave_for(mine, "review")});
        CHECK(page.state().dialog == Dialog::none);
        CHECK(page.state().screen == Screen::review);
        CHECK(page.state().answers == mine);
    }
    SUBCASE("\"Your tools\", the second section of the questions") {
        nlohmann::json autosave = saved(app_test::autosave_for(mine, "questions"));
        autosave["section"] = 1;
        AppDriver page(Visit{.fragment = app_test::link_for(mine), .autosave = autosave.dump()});
        CHECK(page.state().dialog == Dialog::none);
        CHECK(page.state().screen == Screen::questions);
        CHECK(page.state().section == 1);
        CHECK(page.state().answers == mine);
    }
}

TEST_CASE("a broken link says what is wrong in the user's language, and the page goes on with what it has") {
    const std::string broken = damaged(app_test::link_for(app_test::example_answers("scaleup")));
    SUBCASE("nothing saved: the defaults") {
        AppDriver page(Visit{.fragment = broken});
        CHECK(page.notice() ==
              "The link could not be opened: share link is damaged or incomplete (checksum mismatch). Starting from "
              "the defaults instead.");
        CHECK(page.state().answers == app_test::knowledge().questionnaire.defaults());
        CHECK(page.host.fragments.back() == app_test::link_for(app_test::knowledge().questionnaire.defaults()));
    }
    SUBCASE("a saved plan: that plan, in Polish") {
        const auto mine = app_test::example_answers("startup");
        AppDriver page(Visit{.fragment = broken, .autosave = app_test::autosave_for(mine, "plan", "pl")});
        CHECK(page.state().answers == mine);
        CHECK(page.notice() ==
              "Nie udało się otworzyć linku: link do planu jest uszkodzony lub niepełny (niezgodna suma kontrolna). "
              "Zamiast tego widzisz swój zapisany plan.");
        // A message already on screen follows a change of language.
        page.click("top.language.0");
        CHECK(page.notice() ==
              "The link could not be opened: share link is damaged or incomplete (checksum mismatch). Your saved "
              "plan is shown instead.");
    }
}

TEST_CASE("an autosave brings back answers, progress, screen, section, language and theme") {
    const auto mine = app_test::example_answers("enterprise");
    const std::string autosave = nlohmann::json{{"link", app_test::link_for(mine, {"create-app-local"})},
                                                {"screen", "questions"}, {"section", 1}, {"language", "pl"},
                                                {"theme", "light"}}
                                     .dump();
    AppDriver page(Visit{.autosave = autosave});
    CHECK(page.state().answers == mine);
    CHECK(page.state().edits.done == std::set<std::string>{"create-app-local"});
    CHECK(page.state().screen == Screen::questions);
    CHECK(page.state().section == 1);
    CHECK(page.state().language == Language::pl);
    CHECK(page.state().theme == kickstart::app::Theme::light);
    CHECK(page.notice() == "Przywrócono Twój zapisany plan.");
}

TEST_CASE("skips and estimates: kept in the autosave, carried by the link, compared before a link replaces them") {
    const auto mine = app_test::example_answers("scaleup");
    const kickstart::PlanEdits edits{{"create-app-local"}, {"search"}, {{"techdocs-basic", 7.5}}};
    const std::string autosave =
        nlohmann::json{{"link", app_test::link_with(mine, edits)}, {"screen", "plan"}, {"section", 0}}.dump();
    AppDriver page(Visit{.autosave = autosave});
    CHECK(page.state().answers == mine);
    CHECK(page.state().edits == edits);
    CHECK(page.json()["plan"]["skipped"] == nlohmann::json::array({"search"}));
    CHECK(saved(page.host.autosaves.back())["link"] == app_test::link_with(mine, edits));

    // The same answers with other edits is another plan: the user chooses.
    AppDriver other(Visit{.fragment = app_test::link_with(mine, {{}, {"search"}, {}}), .autosave = autosave});
    CHECK(other.state().dialog == kickstart::app::Dialog::replace_with_link);
    CHECK(other.state().edits == edits);
    // The saved plan's own link is a reload: no question.
    AppDriver reload(Visit{.fragment = app_test::link_with(mine, edits), .autosave = autosave});
    CHECK(reload.state().dialog == kickstart::app::Dialog::none);
    // A link with skips and estimates opens with them.
    AppDriver fresh(Visit{.fragment = app_test::link_with(mine, edits)});
    CHECK(fresh.state().edits == edits);
}

TEST_CASE("a link's skips and estimates of actions not in its plan are dropped with a notice") {
    const auto answers = app_test::example_answers("startup");
    const auto& k = app_test::knowledge();
    const std::string preparation = k.catalog.actions()[*k.catalog.demo_preparation()].id;
    const std::string not_applicable = kickstart::make_plan(k.catalog, answers).not_applicable.empty()
                                           ? std::string()
                                           : k.catalog.actions()[kickstart::make_plan(k.catalog, answers).not_applicable[0]].id;
    REQUIRE_FALSE(not_applicable.empty());
    AppDriver page(Visit{.fragment = app_test::link_with(answers, {{}, {preparation, "search"}, {{not_applicable, 3.0}}})});
    CHECK(page.state().edits == kickstart::PlanEdits{{}, {"search"}, {}});
    const std::string dropped = std::min(preparation, not_applicable) + ", " + std::max(preparation, not_applicable);
    CHECK(page.notice() == "Skips and estimates not used (the action is not in this plan, or it is the demo's "
                           "preparation): " + dropped);
}

TEST_CASE("an autosave the page cannot read is set aside, not half taken") {
    for (const std::string autosave : {"{garbage", R"({"link": 3})", R"({"link": "v1.AAAA"})", "[]"}) {
        CAPTURE(autosave);
        AppDriver page(Visit{.autosave = autosave});
        CHECK(page.state().answers == app_test::knowledge().questionnaire.defaults());
        CHECK(page.notice() == "");
        REQUIRE_FALSE(page.host.autosaves.empty());
        CHECK(saved(page.host.autosaves.back())["link"] ==
              app_test::link_for(app_test::knowledge().questionnaire.defaults()));
    }
}

TEST_CASE("a plan file restores answers and progress; a broken or oversized one changes nothing") {
    AppDriver page;
    const auto& k = app_test::knowledge();
    const auto answers = app_test::example_answers("scaleup");
    const std::set<std::string> done{"create-app-local", "catalog-discovery"};
    const kickstart::ExportContext context{k.questionnaire, k.catalog, k.translations, Language::en, "2026-11-24"};
    const std::string file =
        kickstart::export_json(context, answers, done, kickstart::make_plan(k.catalog, answers, done));
    page.app().open_plan_file("kickstart-plan.json", file, file.size());
    page.frames(2);
    CHECK(page.state().answers == answers);
    CHECK(page.state().edits.done == done);
    CHECK(page.state().screen == Screen::plan);
    CHECK(page.notice() == "Opened kickstart-plan.json: answers and progress restored.");
    CHECK(page.host.fragments.back() == app_test::link_for(answers, done));

    page.app().open_plan_file("notes.json", "{", 1);
    page.frames(1);
    CHECK(page.notice() ==
          "notes.json could not be opened: plan file: not valid JSON (it ends early, line 1, column 2; expected the "
          "JSON downloaded from Backstage Kickstart). Nothing was changed.");
    CHECK(page.state().answers == answers);
    CHECK(page.state().edits.done == done);

    // Saved in Windows-1250, "Łódź" is not UTF-8: an encoding problem, and where.
    const std::string latin2 = "{\"schema\": \"backstage-kickstart/plan\", \"version\": 1,\n \"answers\": "
                               "{\"org_name\": \"\xA3\xF3\x64\x9F\"}}";
    page.app().open_plan_file("plan-1250.json", latin2, latin2.size());
    page.frames(1);
    CHECK(page.notice() ==
          "plan-1250.json could not be opened: plan file: encoding problem: not UTF-8 at line 2, column 27 (byte 80); "
          "expected text saved as UTF-8. Nothing was changed.");
    CHECK(page.state().answers == answers);

    page.app().open_plan_file("huge.json", "{}", 50u * 1024 * 1024);  // the page reads only the start
    page.frames(1);
    CHECK(page.notice() ==
          "huge.json could not be opened: plan file is 50 MB; a plan file is at most 4 MB (is this the JSON "
          "downloaded from Backstage Kickstart?). Nothing was changed.");
    CHECK(page.state().answers == answers);
}

TEST_CASE("a hashchange to another plan asks first; a broken one says so and puts the current link back") {
    AppDriver page;
    const std::string defaults = app_test::link_for(app_test::knowledge().questionnaire.defaults());
    const std::string theirs = app_test::link_for(app_test::example_answers("startup"));
    page.app().on_fragment_changed("#" + theirs);
    page.frames(2);
    CHECK(page.state().dialog == Dialog::replace_with_link);
    page.click("dialog.confirm");
    CHECK(page.state().answers == app_test::example_answers("startup"));

    const std::size_t written = page.host.fragments.size();
    page.app().on_fragment_changed("#v1.broken");
    page.frames(2);
    CHECK(page.state().dialog == Dialog::none);
    CHECK(page.notice().rfind("The link could not be opened: share link is damaged", 0) == 0);
    REQUIRE(page.host.fragments.size() == written + 1);
    CHECK(page.host.fragments.back() == theirs);
    CHECK(page.host.fragments.back() != defaults);
}

TEST_CASE("one history entry per screen moved to; answers change the current entry's link; Back shows that screen") {
    AppDriver page;
    page.click("welcome.start");
    page.click("nav.next");
    CHECK(page.host.history == std::vector<std::string>{"welcome", "questions.0", "questions.1"});
    page.click("q.scm.gitlab");
    CHECK(page.host.history.size() == 3);  // an answer adds no entry
    const std::string link = app_test::link_for(page.state().answers);
    CHECK(page.host.fragments.back() == link);
    // Back to "questions.0": that screen, the same answers, their link in the address at once.
    page.app().on_history_entry("questions.0");
    CHECK(page.host.fragments.back() == link);
    CHECK(page.host.history.size() == 3);
    page.frames(2);
    CHECK(page.state().screen == Screen::questions);
    CHECK(page.state().section == 0);
    CHECK(page.state().answers.text("scm") == "gitlab");
    CHECK(page.host.history.size() == 3);  // no new entry for it
    page.app().on_history_entry("welcome");
    page.frames(2);
    CHECK(page.state().screen == Screen::welcome);
    page.app().on_history_entry("nonsense.7");  // not an entry of the page's: ignored
    page.frames(2);
    CHECK(page.state().screen == Screen::welcome);
}

TEST_CASE("a plan saved in another tab is offered, and nothing is overwritten without a choice") {
    const auto mine = app_test::example_answers("startup");
    const auto theirs = app_test::example_answers("enterprise");
    AppDriver page(Visit{.fragment = app_test::link_for(mine)});
    const std::size_t saves = page.host.autosaves.size();
    page.app().on_autosave_changed_elsewhere(app_test::autosave_for(theirs, "review"));
    page.frames(2);
    CHECK(page.notice() == "Your plan was changed in another tab. Nothing is saved here until you choose.");
    CHECK(page.state().answers == mine);
    page.click("top.language.1");  // working on saves nothing
    CHECK(page.host.autosaves.size() == saves);
    SUBCASE("Load that plan") {
        page.click("notice.load_other");
        CHECK(page.state().answers == theirs);
        CHECK(page.state().screen == Screen::review);
        CHECK(page.notice() == "");
        CHECK(page.host.fragments.back() == app_test::link_for(theirs));
    }
    SUBCASE("Keep this one: saved now") {
        page.click("notice.keep_mine");
        CHECK(page.state().answers == mine);
        CHECK(page.notice() == "");
        REQUIRE(page.host.autosaves.size() == saves + 1);
        CHECK(saved(page.host.autosaves.back())["link"] == app_test::link_for(mine));
    }
    SUBCASE("the same plan as this one: nothing to choose") {
        page.click("notice.keep_mine");
        page.app().on_autosave_changed_elsewhere(app_test::autosave_for(mine, "welcome"));
        page.frames(2);
        CHECK(page.notice() == "");
    }
}

TEST_CASE("the state JSON the browser tests read") {
    const auto answers = app_test::example_answers("startup");
    AppDriver page(Visit{.fragment = app_test::link_for(answers), .theme = kickstart::app::Theme::light});
    const nlohmann::json state = page.json();
    CHECK(state["screen"] == "plan");
    CHECK(state["section"] == 0);
    CHECK(state["language"] == "en");
    CHECK(state["theme"] == "light");
    CHECK(state["scale"] == 1.0);
    CHECK(state["frames"] == page.platform().frames());
    CHECK(state["notice"] == "");
    CHECK(state["dialog"] == "");
    CHECK(state["selected"] == "");
    CHECK(state["field_messages"] == nlohmann::json::object());
    CHECK(state["focused"] == "");
    CHECK(state["tooltip"] == "");
    CHECK(state["editing_text"] == false);
    CHECK(state["answers"] == app_test::knowledge().questionnaire.to_json(answers));
    CHECK(state["done"] == nlohmann::json::array());
    CHECK(state["link"] == app_test::link_for(answers));
    const auto plan = kickstart::make_plan(app_test::knowledge().catalog, answers);
    REQUIRE(state["plan"]["order"].size() == plan.items.size());
    CHECK(state["plan"]["order"][0] == app_test::knowledge().catalog.actions()[plan.items[0].action].id);
    CHECK(state["plan"]["hours_available"] == plan.summary.hours_available);
    CHECK(state["plan"]["method"] == "exact");
    // Every widget a test clicks, with its rectangle and the part of its window it shows in.
    const auto& copy = state["widgets"]["plan.copy_link"];
    for (const char* key : {"x", "y", "width", "height", "clip_top", "clip_bottom"}) CHECK(copy.contains(key));
    CHECK(copy["width"].get<double>() > 0);
    CHECK(state["widgets"].contains("plan.download_md"));
    CHECK(state["widgets"].contains("top.language.1"));
}

}  // TEST_SUITE
