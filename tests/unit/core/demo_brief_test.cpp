#include "kickstart/core/demo_brief.hpp"

#include "support.hpp"

#include "kickstart/core/builtin.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <numeric>

namespace {

const kickstart::Knowledge& knowledge() {
    const auto& builtin = kickstart::builtin_knowledge();
    REQUIRE(builtin.ok());
    return builtin.value();
}

// The case the demo is built around: 150 engineers, self-managed GitLab, Okta, Jenkins and
// Argo CD, Kubernetes, docs in Confluence, 5 h a week, the demo in 6 weeks, docs first.
kickstart::Answers realistic_answers(std::string_view style) {
    const kickstart::Knowledge& k = knowledge();
    kickstart::Answers answers = k.questionnaire.defaults();
    answers.values["engineers"] = std::int64_t{150};
    answers.values["scm"] = std::string("gitlab-self-managed");
    answers.values["idp"] = std::string("okta");
    answers.values["ci"] = std::vector<std::string>{"jenkins", "argocd"};
    answers.values["kubernetes"] = std::string("yes");
    answers.values["docs_source"] = std::string("confluence");
    answers.values["hours_per_week"] = std::int64_t{5};
    answers.values["weeks_to_demo"] = std::int64_t{6};
    answers.values["demo_style"] = std::string(style);
    answers.values["goals"] = std::vector<std::string>{"docs",        "ownership",     "new-services", "ci-visibility",
                                                       "api-discovery", "onboarding", "standards"};
    return answers;
}

int total_minutes(const kickstart::DemoBrief& brief) {
    return std::accumulate(brief.agenda.begin(), brief.agenda.end(), 0,
                           [](int sum, const kickstart::AgendaItem& item) { return sum + item.minutes; });
}

bool before_preparation(const kickstart::Plan& plan, std::size_t action) {
    if (plan.demo.outlook == kickstart::DemoOutlook::cannot_be_ready) return false;
    for (const kickstart::PlanItem& item : plan.items) {
        if (item.action == action) return item.before_demo && item.action != plan.demo.preparation;
    }
    return false;
}

kickstart::Answers with(kickstart::Answers answers, std::string_view question, std::int64_t value) {
    answers.values[std::string(question)] = value;
    return answers;
}

// The promises of a brief: the slot's minutes exactly, only what is ready before the demo
// in the agenda, the problem first and the ask last, and each figure to show more verified
// by planning again with exactly that answer.
void check_brief(const kickstart::Knowledge& k, const kickstart::Answers& answers, const kickstart::Plan& plan,
                 const kickstart::DemoBrief& brief) {
    const auto& actions = k.catalog.actions();
    if (brief.has_demo) {
        REQUIRE_FALSE(brief.agenda.empty());
        REQUIRE(total_minutes(brief) == brief.minutes);
        CHECK(brief.agenda.front().part == kickstart::AgendaPart::problem);
        CHECK(brief.agenda.back().part == kickstart::AgendaPart::ask);
        CHECK_FALSE(brief.agenda.back().action);
        for (const kickstart::AgendaItem& item : brief.agenda) {
            REQUIRE(item.minutes >= 1);
            if (!item.action) continue;
            CHECK(actions[*item.action].agenda);
            CHECK(before_preparation(plan, *item.action));
        }
    } else {
        CHECK(brief.agenda.empty());
    }
    for (const kickstart::NextItem& next : brief.next) {
        CHECK(actions[next.action].agenda);
        CHECK_FALSE(before_preparation(plan, next.action));
        const auto item = std::find_if(plan.items.begin(), plan.items.end(),
                                       [&](const kickstart::PlanItem& i) { return i.action == next.action; });
        REQUIRE(item != plan.items.end());
        CHECK(next.hours >= item->effort_hours);  // its own hours and what it needs first
    }
    const double hours_per_week = static_cast<double>(plan.summary.hours_per_week);
    const double weeks = static_cast<double>(plan.summary.weeks_to_demo);
    for (const kickstart::ShowMore& more : brief.to_show_more) {
        CAPTURE(more.goal);
        REQUIRE(more.showcase);
        CHECK_FALSE(before_preparation(plan, *more.showcase));
        if (more.hours_per_week > 0) {
            const kickstart::Plan again =
                kickstart::make_plan(k.catalog, with(answers, "hours_per_week", more.hours_per_week));
            CHECK(before_preparation(again, *more.showcase));
            // The smallest such answer: one hour a week less does not show it.
            if (more.hours_per_week - 1 > plan.summary.hours_per_week) {
                const kickstart::Plan less =
                    kickstart::make_plan(k.catalog, with(answers, "hours_per_week", more.hours_per_week - 1));
                CHECK_FALSE(before_preparation(less, *more.showcase));
            }
        }
        if (more.weeks > 0) {
            const kickstart::Plan again = kickstart::make_plan(k.catalog, with(answers, "weeks_to_demo", more.weeks));
            CHECK(before_preparation(again, *more.showcase));
        }
        if (more.found()) {
            const double by_hours = more.hours_per_week > 0 ? (static_cast<double>(more.hours_per_week) - hours_per_week) * weeks : 1e9;
            const double by_weeks = more.weeks > 0 ? (static_cast<double>(more.weeks) - weeks) * hours_per_week : 1e9;
            CHECK(more.extra_hours == std::min(by_hours, by_weeks));
            CHECK(more.extra_hours > 0.0);
        }
    }
}

}  // namespace

TEST_SUITE("demo_brief") {

TEST_CASE("the slot's minutes are shared out exactly, each item at least a minute") {
    CHECK(kickstart::share_minutes({2, 3, 3, 2}, 10) == std::vector<int>{2, 3, 3, 2});
    CHECK(kickstart::share_minutes({2, 3, 3, 2}, 20) == std::vector<int>{4, 6, 6, 4});
    CHECK(kickstart::share_minutes({3, 1, 1, 1, 1, 1, 2}, 5) == std::vector<int>{1, 1, 1, 1, 1, 1, 1});  // more items than minutes
    CHECK(kickstart::share_minutes({}, 15).empty());
    for (int minutes = 5; minutes <= 60; ++minutes) {
        for (std::size_t count = 1; count <= static_cast<std::size_t>(minutes); count += 3) {
            std::vector<int> weights;
            for (std::size_t i = 0; i < count; ++i) weights.push_back(static_cast<int>(1 + (i * 7) % 5));
            const std::vector<int> shares = kickstart::share_minutes(weights, minutes);
            CAPTURE(minutes);
            CAPTURE(count);
            CHECK(std::accumulate(shares.begin(), shares.end(), 0) == minutes);
            CHECK(*std::min_element(shares.begin(), shares.end()) >= 1);
        }
    }
}

TEST_CASE("the realistic case: the problem opens, the ask closes, docs is shown or its price is given") {
    const kickstart::Knowledge& k = knowledge();
    for (const std::string_view style : {"guided", "hands-on"}) {
        CAPTURE(style);
        const kickstart::Answers answers = realistic_answers(style);
        const kickstart::Plan plan = kickstart::make_plan(k.catalog, answers);
        const kickstart::DemoBrief brief = kickstart::make_demo_brief(k.questionnaire, k.catalog, answers, plan);
        REQUIRE(brief.has_demo);
        CHECK(brief.minutes == 15);
        CHECK(brief.style == "guided");  // a hands-on demo does not fit in 30 h
        CHECK(brief.hands_on.has_value() == (style == "hands-on"));
        if (brief.hands_on) CHECK(brief.hands_on->found());
        check_brief(k, answers, plan, brief);
        const bool docs_shown = std::find(brief.goals_shown.begin(), brief.goals_shown.end(), "docs") != brief.goals_shown.end();
        const bool docs_priced = std::any_of(brief.to_show_more.begin(), brief.to_show_more.end(),
                                             [](const kickstart::ShowMore& more) { return more.goal == "docs"; });
        CHECK(docs_shown != docs_priced);
        CHECK_FALSE(brief.next.empty());
    }
}

TEST_CASE("the slot length is an answer: a longer slot gives the same items more minutes") {
    const kickstart::Knowledge& k = knowledge();
    kickstart::Answers answers = realistic_answers("guided");
    const kickstart::Plan plan = kickstart::make_plan(k.catalog, answers);
    const kickstart::DemoBrief fifteen = kickstart::make_demo_brief(k.questionnaire, k.catalog, answers, plan);
    answers.values["demo_minutes"] = std::int64_t{30};
    const kickstart::DemoBrief thirty = kickstart::make_demo_brief(k.questionnaire, k.catalog, answers, plan);
    CHECK(total_minutes(thirty) == 30);
    REQUIRE(thirty.agenda.size() >= fifteen.agenda.size());
    answers.values["demo_minutes"] = std::int64_t{5};
    const kickstart::DemoBrief five = kickstart::make_demo_brief(k.questionnaire, k.catalog, answers, plan);
    CHECK(total_minutes(five) == 5);
    CHECK(five.agenda.size() <= 5);
    const kickstart::Question* slot = k.questionnaire.find("demo_minutes");
    REQUIRE(slot != nullptr);
    CHECK(slot->min == 5);
    CHECK(slot->max == 60);
    CHECK(std::get<std::int64_t>(slot->default_value) == 15);
}

TEST_CASE("a goal's showcase: the catalog's choice, else the applicable action worth most for it") {
    const kickstart::Knowledge& k = knowledge();
    const kickstart::Answers answers = k.questionnaire.defaults();
    const auto id = [&](std::string_view goal) {
        const auto showcase = kickstart::goal_showcase(k.catalog, answers, goal);
        return showcase ? k.catalog.actions()[*showcase].id : std::string();
    };
    CHECK(id("docs") == "techdocs-basic");
    CHECK(id("ownership") == "ownership");
    CHECK(id("standards") == "first-template");  // not mapped: the most value for it
    CHECK(id("nothing-like-it").empty());
}

TEST_CASE("a text's plural forms: the one that goes with the count, in each language") {
    using kickstart::Language;
    CHECK(kickstart::plural_choice("{0} action|{0} actions", Language::en, 1) == "{0} action");
    CHECK(kickstart::plural_choice("{0} action|{0} actions", Language::en, 2) == "{0} actions");
    CHECK(kickstart::plural_choice("{0} działanie|{0} działania|{0} działań", Language::pl, 1) == "{0} działanie");
    CHECK(kickstart::plural_choice("{0} działanie|{0} działania|{0} działań", Language::pl, 3) == "{0} działania");
    CHECK(kickstart::plural_choice("{0} działanie|{0} działania|{0} działań", Language::pl, 5) == "{0} działań");
    CHECK(kickstart::plural_choice("{0} działanie|{0} działania|{0} działań", Language::pl, 22) == "{0} działania");
    CHECK(kickstart::plural_choice("one form", Language::pl, 5) == "one form");
    CHECK(kickstart::plural_choice("a|b", Language::pl, 5) == "b");  // fewer forms than the language: the last
    // The summary's "moved earlier" count, singular for one (it read "1 actions").
    const kickstart::Knowledge& k = knowledge();
    const std::string_view moved = k.translations.text(Language::en, "export.order_moved");
    CHECK(kickstart::fill(kickstart::plural_choice(moved, Language::en, 1), {"exact", "1"}) ==
          "exact; 1 action moved earlier for the demo");
}

TEST_CASE("shares of value in words people use") {
    const kickstart::Knowledge& k = knowledge();
    const auto words = [&](double share, kickstart::Language language = kickstart::Language::en) {
        return kickstart::share_in_words(share, k.translations, language);
    };
    CHECK(words(0.55) == "about half");
    CHECK(words(0.3) == "about a third");
    CHECK(words(0.7) == "about two thirds");
    CHECK(words(0.93) == "nearly all");
    CHECK(words(1.0) == "all");
    CHECK(words(0.0) == "almost nothing");
    CHECK(words(0.08) == "a small first part");
    CHECK(words(0.55, kickstart::Language::pl) == "około połowy");
}

TEST_CASE("the sponsor's page speaks plain words and leaves the user's number to write") {
    const kickstart::Knowledge& k = knowledge();
    const kickstart::Answers answers = realistic_answers("guided");
    const kickstart::Plan plan = kickstart::make_plan(k.catalog, answers);
    const kickstart::DemoBrief brief = kickstart::make_demo_brief(k.questionnaire, k.catalog, answers, plan);
    const kickstart::ExportContext context{k.questionnaire, k.catalog, k.translations, kickstart::Language::en,
                                           "2026-03-02"};
    const std::string text = kickstart::sponsor_page_text(context, answers, plan, brief);
    CHECK(text.find("150 engineers work across 200 repositories. What matters most to them: finding documentation, "
                    "then clear ownership of software.") != std::string::npos);
    CHECK(text.find("[Write what this costs today") != std::string::npos);
    CHECK(text.find("On 2026-04-13: a guided demo of 15 minutes. Ready to show by then: ") != std::string::npos);
    CHECK(text.find("of what your stakeholders asked for, weighted by their priorities.") != std::string::npos);
    for (const std::string_view jargon : {"value per hour", "heuristic", "exact", "%", "Step "}) {
        CAPTURE(jargon);
        CHECK(text.find(jargon) == std::string::npos);
    }
    const kickstart::ExportContext polish{k.questionnaire, k.catalog, k.translations, kickstart::Language::pl,
                                          "2026-03-02"};
    const std::string tekst = kickstart::sponsor_page_text(polish, answers, plan, brief);
    CHECK(tekst.find("150 inżynierów, 200 repozytoriów. Najważniejsze dla nich: łatwe znajdowanie dokumentacji, "
                     "potem jasno określeni właściciele oprogramowania.") != std::string::npos);
    CHECK(tekst.find("Termin 2026-04-13: demo prowadzone, 15 minut.") != std::string::npos);
}

// The grid of the promise: every goal ranked first, 2-12 hours a week, 2-10 weeks, both
// demo styles, every source control cycled through. Sampled (every 5th cell, about 280
// briefs) to keep the test quick: each brief plans again up to a hundred times.
TEST_CASE("property: over the grid of answers the agenda fills the slot and to_show_more is verified") {
    const kickstart::Knowledge& k = knowledge();
    std::size_t checked = 0;
    std::size_t with_more = 0;
    std::size_t with_hands_on = 0;
    test_support::for_each_demo_grid_cell(k.questionnaire, 5, [&](const test_support::DemoGridCell& cell) {
        kickstart::Answers answers = cell.answers;
        answers.values["demo_minutes"] = std::int64_t{5 + static_cast<std::int64_t>(cell.visited % 56)};
        CAPTURE(cell.first_goal);
        CAPTURE(cell.hours_per_week);
        CAPTURE(cell.weeks);
        CAPTURE(cell.style);
        const kickstart::Plan plan = kickstart::make_plan(k.catalog, answers);
        const kickstart::DemoBrief brief = kickstart::make_demo_brief(k.questionnaire, k.catalog, answers, plan);
        check_brief(k, answers, plan, brief);
        if (brief.hands_on && brief.hands_on->hours_per_week > 0) {
            const kickstart::Plan again =
                kickstart::make_plan(k.catalog, with(answers, "hours_per_week", brief.hands_on->hours_per_week));
            CHECK(again.demo.outlook == kickstart::DemoOutlook::ready);
            ++with_hands_on;
        }
        if (!brief.to_show_more.empty()) ++with_more;
        ++checked;
    });
    CHECK(checked > 250);
    CHECK(with_more > 0);  // the verification above is not vacuous
    CHECK(with_hands_on > 0);
}

}  // TEST_SUITE
