#include "kickstart/core/planner.hpp"

#include "support.hpp"

#include "kickstart/core/builtin.hpp"
#include "kickstart/core/plan_io.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

using kickstart::OrderMethod;

namespace {

bool close(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); }

}  // namespace

TEST_SUITE("planner") {

TEST_CASE("plans: applicability, effort, weight, time budget and explanations") {
    const auto& questionnaire = test_support::fixture_questionnaire();
    const auto& catalog = test_support::fixture_catalog();
    auto answers = questionnaire.validate_text(
        R"({"scm": "gitlab", "ci": ["jenkins"], "engineers": 2000, "hours_per_week": 2, "weeks_to_demo": 2})");
    REQUIRE(answers.ok());
    const kickstart::Plan plan = kickstart::make_plan(catalog, answers.value(), {"create-app", "unknown-id"});
    REQUIRE(plan.items.size() == 3);
    CHECK(plan.not_applicable.empty());
    const auto& first = plan.items[0];
    CHECK(catalog.actions()[first.action].id == "create-app");
    CHECK(first.effort_hours == 3.0);  // 2 h x 1.5 for 1,000+ engineers
    CHECK(first.done);
    CHECK(first.unlocks == std::vector<std::size_t>{1});
    const auto& second = plan.items[1];
    CHECK(catalog.actions()[second.action].id == "discovery");
    CHECK(second.effort_hours == 4.0);  // 3 h + 1 h on GitLab
    CHECK(second.variants == std::vector<std::size_t>{1});  // the GitLab variant only
    CHECK(second.needs == std::vector<std::size_t>{0});
    CHECK(second.start_hour == 3.0);
    CHECK(second.finish_hour == 7.0);
    CHECK(second.week == 4);  // 2 hours a week
    CHECK_FALSE(second.before_demo);  // 4 hours before the demo
    CHECK(first.before_demo);
    CHECK(plan.summary.hours_available == 4.0);
    CHECK(plan.summary.total_hours == 9.0);
    CHECK(plan.summary.done_count == 1);
    CHECK(plan.summary.value_share_before_demo == doctest::Approx(first.weight / plan.summary.total_value));
    // Goal weights: ownership ranked first of two weighs 1, docs 0.5.
    CHECK(first.weight == doctest::Approx(1 + 1 * 1.0));
    CHECK(second.weight == doctest::Approx(5 * 1.0 + 1 * 0.5));
}

TEST_CASE("property: plans from the built-in catalog under random answers keep every promise") {
    const auto& builtin = kickstart::builtin_knowledge();
    REQUIRE(builtin.ok());
    const kickstart::Knowledge& k = builtin.value();
    const auto& actions = k.catalog.actions();
    std::mt19937 random(2026);
    std::size_t exact = 0;
    for (int instance = 0; instance < 200; ++instance) {
        const kickstart::Answers answers = test_support::random_answers(k.questionnaire, random);
        const kickstart::Plan plan = kickstart::make_plan(k.catalog, answers);
        const kickstart::PlanSummary& s = plan.summary;
        CAPTURE(instance);
        // Every action exactly once: in the plan when it applies, left out otherwise.
        std::vector<int> seen(actions.size(), 0);
        for (const auto& item : plan.items) ++seen[item.action];
        for (const std::size_t a : plan.not_applicable) ++seen[a];
        for (std::size_t a = 0; a < actions.size(); ++a) {
            REQUIRE(seen[a] == 1);
            const bool in_plan =
                std::any_of(plan.items.begin(), plan.items.end(), [&](const auto& item) { return item.action == a; });
            REQUIRE(in_plan == kickstart::applies(actions[a], answers));
        }
        // Times: back to back from hour 0, each as long as its effort; weeks and the demo line.
        double clock = 0.0;
        std::vector<double> finish(actions.size(), -1.0);
        for (std::size_t i = 0; i < plan.items.size(); ++i) {
            const auto& item = plan.items[i];
            REQUIRE(item.order == i + 1);
            REQUIRE(item.effort_hours > 0.0);
            REQUIRE(close(item.effort_hours, kickstart::action_effort(actions[item.action], plan.answers)));
            REQUIRE(close(item.start_hour, clock));
            clock += item.effort_hours;
            REQUIRE(close(item.finish_hour, clock));
            REQUIRE(item.week == std::max(1, static_cast<int>(std::ceil(clock / static_cast<double>(s.hours_per_week) - 1e-9))));
            if (plan.demo.outlook == kickstart::DemoOutlook::cannot_be_ready) {
                REQUIRE(item.before_demo == (clock <= s.hours_available + 1e-9));
            }
            for (const std::size_t need : item.needs) REQUIRE(finish[need] >= 0.0);  // what it needs came first
            finish[item.action] = clock;
        }
        REQUIRE(close(s.total_hours, clock));
        // What the demo needs is ready by then whenever it fits.
        if (s.demo_needs_fit) {
            for (const auto& item : plan.items) {
                const auto& due = actions[item.action].due_before_demo;
                if (due && due->holds(plan.answers)) REQUIRE(item.before_demo);
            }
        }
        // Same input, same plan, byte for byte.
        const kickstart::ExportContext context{k.questionnaire, k.catalog, k.translations, kickstart::Language::en,
                                               "2026-11-24"};
        const kickstart::Plan again = kickstart::make_plan(k.catalog, answers);
        REQUIRE(kickstart::export_json(context, answers, {}, plan) == kickstart::export_json(context, answers, {}, again));
        if (s.method == OrderMethod::exact) ++exact;
    }
    MESSAGE(exact << " of 200 random organisations got a provably best order");
}

TEST_CASE("plans: an action that does not apply is left out and its dependants go on") {
    const auto& questionnaire = test_support::fixture_questionnaire();
    const auto& catalog = test_support::fixture_catalog();
    const kickstart::Plan plan = kickstart::make_plan(catalog, questionnaire.defaults());
    CHECK(plan.items.size() == 2);
    REQUIRE(plan.not_applicable.size() == 1);
    CHECK(catalog.actions()[plan.not_applicable[0]].id == "jenkins-plugin");
}

// The grid of the issue's promise: every goal ranked first, 2-12 hours a week, 2-10 weeks,
// both demo styles, every source control (cycled through the grid).
TEST_CASE("property: over the grid of answers the demo preparation is the last work before the demo, on time") {
    const auto& builtin = kickstart::builtin_knowledge();
    REQUIRE(builtin.ok());
    const kickstart::Knowledge& k = builtin.value();
    const auto& actions = k.catalog.actions();
    const auto preparation = k.catalog.demo_preparation();
    REQUIRE(preparation);
    CHECK(actions[*preparation].id == "demo-script");
    const kickstart::Question* goals = k.questionnaire.find("goals");
    const kickstart::Question* scm = k.questionnaire.find("scm");
    REQUIRE(goals != nullptr);
    REQUIRE(scm != nullptr);
    std::size_t counts[4] = {};
    std::size_t cell = 0;
    for (std::size_t first = 0; first < goals->options.size(); ++first) {
        std::vector<std::string> ranking{goals->options[first].id};
        for (std::size_t g = 0; g < goals->options.size(); ++g) {
            if (g != first) ranking.push_back(goals->options[g].id);
        }
        for (std::int64_t hours_per_week = 2; hours_per_week <= 12; ++hours_per_week) {
            for (std::int64_t weeks = 2; weeks <= 10; ++weeks) {
                for (const std::string style : {"guided", "hands-on"}) {
                    kickstart::Answers answers = k.questionnaire.defaults();
                    answers.values["goals"] = ranking;
                    answers.values["hours_per_week"] = hours_per_week;
                    answers.values["weeks_to_demo"] = weeks;
                    answers.values["demo_style"] = style;
                    answers.values["scm"] = scm->options[cell++ % scm->options.size()].id;
                    const kickstart::Plan plan = kickstart::make_plan(k.catalog, answers);
                    const kickstart::DemoPlan& demo = plan.demo;
                    const double available = static_cast<double>(hours_per_week * weeks);
                    CAPTURE(first);
                    CAPTURE(hours_per_week);
                    CAPTURE(weeks);
                    CAPTURE(style);
                    ++counts[static_cast<int>(demo.outlook)];
                    REQUIRE(demo.preparation == preparation);
                    REQUIRE(demo.hours_available == available);
                    const double chosen_minimum = kickstart::demo_minimum_hours(k.catalog, answers, *preparation);
                    REQUIRE(demo.chosen_minimum_hours == chosen_minimum);
                    const bool chosen_fits = chosen_minimum <= available;
                    kickstart::Answers guided = answers;
                    guided.values["demo_style"] = std::string("guided");
                    const double guided_minimum = kickstart::demo_minimum_hours(k.catalog, guided, *preparation);
                    // Which demo: the chosen one when its minimum fits, else guided, else none.
                    if (chosen_fits) {
                        REQUIRE(demo.outlook == kickstart::DemoOutlook::ready);
                        REQUIRE(demo.style == style);
                        REQUIRE(plan.answers == answers);
                    } else if (style == "hands-on" && guided_minimum <= available) {
                        REQUIRE(demo.outlook == kickstart::DemoOutlook::guided_instead);
                        REQUIRE(demo.style == "guided");
                        REQUIRE(plan.answers == guided);
                    } else {
                        REQUIRE(demo.outlook == kickstart::DemoOutlook::cannot_be_ready);
                        REQUIRE_FALSE(plan.summary.demo_needs_fit);
                        // The smallest change, one answer at a time, checked both ways.
                        REQUIRE(demo.hours_per_week_needed > hours_per_week);
                        REQUIRE(guided_minimum <= static_cast<double>(demo.hours_per_week_needed * weeks));
                        REQUIRE(guided_minimum > static_cast<double>((demo.hours_per_week_needed - 1) * weeks));
                        REQUIRE(demo.weeks_needed > weeks);
                        REQUIRE(guided_minimum <= static_cast<double>(hours_per_week * demo.weeks_needed));
                        REQUIRE(guided_minimum > static_cast<double>(hours_per_week * (demo.weeks_needed - 1)));
                        continue;
                    }
                    // The demo fits: its preparation finishes by the demo, after everything it
                    // needs, and is the last item before it.
                    REQUIRE(plan.summary.demo_needs_fit);
                    REQUIRE(plan.summary.demo_needs_hours == demo.minimum_hours);
                    std::vector<bool> placed(actions.size(), false);
                    bool passed = false;
                    for (const auto& item : plan.items) {
                        for (const std::size_t need : item.needs) REQUIRE(placed[need]);
                        placed[item.action] = true;
                        REQUIRE(item.before_demo == !passed);
                        if (item.action == *preparation) {
                            REQUIRE(item.finish_hour <= available + 1e-9);
                            passed = true;
                        }
                    }
                    REQUIRE(passed);
                    // Nothing the demo cannot happen without comes after it: the minimum is
                    // exactly what the preparation's needs reach, all before it.
                    double before_minimum = 0.0;
                    std::vector<std::size_t> stack{*preparation};
                    std::vector<bool> seen(actions.size(), false);
                    seen[*preparation] = true;
                    while (!stack.empty()) {
                        const std::size_t a = stack.back();
                        stack.pop_back();
                        const auto item = std::find_if(plan.items.begin(), plan.items.end(),
                                                       [&](const auto& i) { return i.action == a; });
                        REQUIRE(item != plan.items.end());
                        REQUIRE(item->before_demo);
                        before_minimum += item->effort_hours;
                        for (const std::size_t need : item->needs) {
                            if (!seen[need]) {
                                seen[need] = true;
                                stack.push_back(need);
                            }
                        }
                    }
                    REQUIRE(close(before_minimum, demo.minimum_hours));
                }
            }
        }
    }
    MESSAGE("ready " << counts[1] << ", guided instead " << counts[2] << ", no demo " << counts[3]);
    // The grid reaches every outcome, so none of the branches above is vacuous.
    CHECK(counts[1] > 0);
    CHECK(counts[2] > 0);
    CHECK(counts[3] > 0);
}

TEST_CASE("plans: a catalog without a demo preparation plans the demo as a plain deadline") {
    const auto& questionnaire = test_support::fixture_questionnaire();
    const auto& catalog = test_support::fixture_catalog();
    REQUIRE_FALSE(catalog.demo_preparation());
    const kickstart::Plan plan = kickstart::make_plan(catalog, questionnaire.defaults());
    CHECK(plan.demo.outlook == kickstart::DemoOutlook::no_preparation);
}

}  // TEST_SUITE
