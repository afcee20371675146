// The Demo view (src/app/demo_panel.cpp): the agenda from the core's brief, the slot's length
// as an answer, the next phase, and the one-pager copied as text.
#include "app_driver.hpp"

#include "kickstart/core/demo_brief.hpp"
#include "kickstart/core/plan_io.hpp"
#include "kickstart/core/planner.hpp"

#include <doctest/doctest.h>

#include <numeric>

using app_test::AppDriver;
using app_test::Visit;
using kickstart::Language;

namespace {

int total_minutes(const nlohmann::json& agenda) {
    int sum = 0;
    for (const auto& item : agenda) sum += item["minutes"].get<int>();
    return sum;
}

}  // namespace

TEST_SUITE("demo panel") {

TEST_CASE("the Demo tab shows the core's agenda, next phase and one-pager, and copies the one-pager") {
    const auto answers = app_test::example_answers("scaleup");
    const auto& k = app_test::knowledge();
    const auto plan = kickstart::make_plan(k.catalog, answers);
    const auto brief = kickstart::make_demo_brief(k.questionnaire, k.catalog, answers, plan);
    AppDriver page(Visit{.fragment = app_test::link_for(answers)});
    CHECK_FALSE(page.drawn("demo.agenda"));
    page.click("plan.tab.2");
    CHECK(page.state().plan_view == kickstart::app::PlanView::demo);
    CHECK(page.drawn("demo.agenda"));
    CHECK(page.drawn("demo.next"));
    CHECK(page.drawn("demo.sponsor"));
    CHECK_FALSE(page.drawn("plan.details.done"));  // the action list and details give way

    const nlohmann::json demo = page.json()["demo"];
    CHECK(demo["view"] == true);
    REQUIRE(demo["agenda"].size() == brief.agenda.size());
    for (std::size_t i = 0; i < brief.agenda.size(); ++i) {
        CHECK(demo["agenda"][i]["minutes"] == brief.agenda[i].minutes);
        CHECK(demo["agenda"][i]["title"] == kickstart::agenda_item_text(app_test::export_context(Language::en), brief.agenda[i]).title);
    }
    CHECK(total_minutes(demo["agenda"]) == 15);
    CHECK(demo["next"].size() == brief.next.size());

    page.click("demo.copy_sponsor");
    REQUIRE(page.host.clipboard.size() == 1);
    CHECK(page.host.clipboard[0] == kickstart::sponsor_page_text(app_test::export_context(Language::en), answers, plan, brief));
    CHECK(page.host.clipboard[0].find("The problem\n") != std::string::npos);
    page.app().on_clipboard_result(true);
    CHECK(page.notice() == "The one-pager is on the clipboard.");
}

TEST_CASE("the slot's − and + change the answer: the agenda, the link and the JSON follow") {
    const auto answers = app_test::example_answers("startup");
    AppDriver page(Visit{.fragment = app_test::link_for(answers)});
    page.click("plan.tab.2");
    const nlohmann::json more = page.json()["demo"]["to_show_more"];
    CHECK_FALSE(more.empty());
    page.click("demo.slot.more");
    CHECK(page.state().answers.number("demo_minutes") == 20);
    CHECK(page.json()["demo"]["to_show_more"] == more);  // kept from before: the slot does not change the plan
    CHECK(total_minutes(page.json()["demo"]["agenda"]) == 20);
    CHECK(page.json()["answers"]["demo_minutes"] == 20);
    page.click("demo.slot.less");
    page.click("demo.slot.less");
    page.click("demo.slot.less");
    CHECK(page.state().answers.number("demo_minutes") == 5);
    CHECK(total_minutes(page.json()["demo"]["agenda"]) == 5);
    page.click("demo.slot.less");  // disabled at the question's minimum
    CHECK(page.state().answers.number("demo_minutes") == 5);
    // The answer rides in the link: a new visit with it opens the same slot.
    AppDriver again(Visit{.fragment = page.json()["link"].get<std::string>()});
    CHECK(again.state().answers.number("demo_minutes") == 5);
}

TEST_CASE("in Polish the Demo view speaks Polish") {
    const auto answers = app_test::example_answers("enterprise");
    AppDriver page(Visit{.fragment = app_test::link_for(answers), .language = Language::pl});
    page.click("plan.tab.2");
    const nlohmann::json demo = page.json()["demo"];
    CHECK(demo["sponsor"].get<std::string>().find("Problem\n") != std::string::npos);
    CHECK(demo["agenda"].back()["title"] == "Prośba: kolejny etap");
}

}  // TEST_SUITE
