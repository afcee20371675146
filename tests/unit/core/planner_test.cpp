#include "kickstart/core/planner.hpp"

#include "support.hpp"

#include "kickstart/core/builtin.hpp"
#include "kickstart/core/plan_io.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>

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

TEST_CASE("edits: a skipped action leaves the plan, what needs it goes on, and the plan lists it") {
    const auto& questionnaire = test_support::fixture_questionnaire();
    const auto& catalog = test_support::fixture_catalog();
    const auto answers = questionnaire.validate_text(R"({"scm": "gitlab", "ci": ["jenkins"]})");
    REQUIRE(answers.ok());
    const kickstart::PlanEdits edits{{"discovery"}, {"discovery", "no-such-action"}, {}};
    const kickstart::Plan plan = kickstart::make_plan(catalog, answers.value(), edits);
    REQUIRE(plan.items.size() == 2);
    CHECK(catalog.actions()[plan.items[0].action].id == "create-app");
    CHECK(catalog.actions()[plan.items[1].action].id == "jenkins-plugin");
    CHECK(plan.items[1].needs.empty());  // discovery counts as there
    CHECK(plan.skipped == std::vector<std::size_t>{1});
    CHECK(plan.summary.done_count == 0);  // a skipped action is not in the plan, done or not
    CHECK(plan.dropped_edits == std::vector<std::string>{"no-such-action"});
    CHECK(plan.edits.skipped == std::set<std::string>{"discovery"});
    // Without Jenkins, jenkins-plugin does not apply: skipping or estimating it is dropped.
    const auto github = questionnaire.validate_text(R"({"scm": "github", "ci": ["github-actions"]})");
    REQUIRE(github.ok());
    const kickstart::Plan other =
        kickstart::make_plan(catalog, github.value(), kickstart::PlanEdits{{}, {"jenkins-plugin"}, {{"jenkins-plugin", 3.0}}});
    CHECK(other.skipped.empty());
    CHECK(other.dropped_edits == std::vector<std::string>{"jenkins-plugin"});
    CHECK(other.edits.empty());
}

TEST_CASE("edits: my estimate replaces the catalog's hours, in quarter hours, and moves what finishes before the demo") {
    const auto& questionnaire = test_support::fixture_questionnaire();
    const auto& catalog = test_support::fixture_catalog();
    const auto answers = questionnaire.validate_text(R"({"scm": "gitlab", "ci": ["jenkins"], "hours_per_week": 5, "weeks_to_demo": 1})");
    REQUIRE(answers.ok());
    const kickstart::Plan plain = kickstart::make_plan(catalog, answers.value());
    const kickstart::Plan plan =
        kickstart::make_plan(catalog, answers.value(), kickstart::PlanEdits{{}, {}, {{"create-app", 0.6}, {"discovery", -1.0}}});
    CHECK(plan.items[0].effort_hours == 0.5);  // 0.6 in quarter hours
    CHECK(plan.items[0].catalog_hours == plain.items[0].effort_hours);
    CHECK(plan.items[0].user_estimate);
    CHECK_FALSE(plan.items[1].user_estimate);  // -1 is no estimate
    CHECK(plan.dropped_edits == std::vector<std::string>{"discovery"});
    CHECK(plan.summary.total_hours == plain.summary.total_hours - plain.items[0].effort_hours + 0.5);
    // Discovery (4 h) finishes within the 5 hours before the demo once create-app takes half an hour.
    CHECK_FALSE(plain.items[1].before_demo);
    CHECK(plan.items[1].before_demo);
    CHECK(kickstart::valid_estimate(0.1) == 0.25);
    CHECK(kickstart::valid_estimate(1000.0) == 1000.0);
    CHECK_FALSE(kickstart::valid_estimate(1000.01).has_value());
    CHECK_FALSE(kickstart::valid_estimate(0.0).has_value());
    CHECK_FALSE(kickstart::valid_estimate(std::nan("")).has_value());
    CHECK_FALSE(kickstart::valid_estimate(INFINITY).has_value());
}

TEST_CASE("edits: the demo outcome follows skips and estimates; the preparation cannot be skipped") {
    const auto& builtin = kickstart::builtin_knowledge();
    REQUIRE(builtin.ok());
    const kickstart::Knowledge& k = builtin.value();
    const auto answers = k.questionnaire.validate_text(
        R"({"engineers": 150, "repositories": 300, "scm": "gitlab-self-managed", "idp": "okta",
            "ci": ["jenkins", "argocd"], "kubernetes": "yes", "docs_source": "confluence",
            "hours_per_week": 5, "weeks_to_demo": 6, "demo_style": "hands-on"})");
    REQUIRE(answers.ok());
    const kickstart::Plan plain = kickstart::make_plan(k.catalog, answers.value());
    REQUIRE(plain.demo.outlook == kickstart::DemoOutlook::guided_instead);
    const std::size_t preparation = *k.catalog.demo_preparation();
    const std::string& preparation_id = k.catalog.actions()[preparation].id;

    // "We already have this": the hands-on minimum less what the guided one needs too, skipped.
    kickstart::Answers guided = answers.value();
    guided.values["demo_style"] = std::string("guided");
    const auto minimum_of = [&](const kickstart::Answers& a) {
        std::set<std::string> ids;
        std::vector<std::size_t> stack{preparation};
        while (!stack.empty()) {
            const std::size_t at = stack.back();
            stack.pop_back();
            if (!ids.insert(k.catalog.actions()[at].id).second) continue;
            const auto& action = k.catalog.actions()[at];
            for (std::size_t i = 0; i < action.prerequisites.size(); ++i) {
                const auto& when = action.prerequisite_when[i];
                if (kickstart::applies(k.catalog.actions()[action.prerequisites[i]], a) && (!when || when->holds(a))) {
                    stack.push_back(action.prerequisites[i]);
                }
            }
        }
        return ids;
    };
    const std::set<std::string> hands_on_minimum = minimum_of(answers.value());
    const std::set<std::string> guided_minimum = minimum_of(guided);
    kickstart::PlanEdits have;
    for (const std::string& id : hands_on_minimum) {
        if (!guided_minimum.contains(id)) have.skipped.insert(id);
    }
    REQUIRE_FALSE(have.skipped.empty());
    const kickstart::Plan with_it = kickstart::make_plan(k.catalog, answers.value(), have);
    CHECK(with_it.demo.outlook == kickstart::DemoOutlook::ready);
    CHECK(with_it.demo.style == "hands-on");
    CHECK(with_it.demo.minimum_hours < plain.demo.chosen_minimum_hours);
    CHECK(with_it.skipped.size() == have.skipped.size());
    for (const auto& item : with_it.items) CHECK_FALSE(have.skipped.contains(k.catalog.actions()[item.action].id));

    // An estimate that makes the guided minimum too long: no demo can be ready, and the
    // smallest change is computed with the user's hours.
    kickstart::PlanEdits slow;
    for (const std::string& id : guided_minimum) {
        if (id != preparation_id) slow.hours[id] = 20.0;
    }
    const kickstart::Plan too_long = kickstart::make_plan(k.catalog, answers.value(), slow);
    CHECK(too_long.demo.outlook == kickstart::DemoOutlook::cannot_be_ready);
    CHECK(too_long.demo.minimum_hours ==
          kickstart::demo_minimum_hours(k.catalog, too_long.answers, preparation, too_long.edits));
    CHECK(too_long.demo.hours_per_week_needed * 6 >= too_long.demo.minimum_hours);

    // The preparation stays: its skip is dropped, and said so.
    const kickstart::Plan kept = kickstart::make_plan(k.catalog, answers.value(), kickstart::PlanEdits{{}, {preparation_id}, {}});
    CHECK(kept.skipped.empty());
    CHECK(kept.dropped_edits == std::vector<std::string>{preparation_id});
    CHECK(std::any_of(kept.items.begin(), kept.items.end(), [&](const auto& item) { return item.action == preparation; }));
}

TEST_CASE("property: under random answers and edits, skipped actions are out, estimates used, prerequisites kept") {
    const auto& builtin = kickstart::builtin_knowledge();
    REQUIRE(builtin.ok());
    const kickstart::Knowledge& k = builtin.value();
    const auto& actions = k.catalog.actions();
    std::mt19937 random(515);
    for (int round = 0; round < 150; ++round) {
        const kickstart::Answers answers = test_support::random_answers(k.questionnaire, random);
        kickstart::PlanEdits edits;
        for (const auto& action : actions) {
            if (random() % 6 == 0) edits.skipped.insert(action.id);
            if (random() % 6 == 0) edits.hours[action.id] = static_cast<double>(1 + random() % 60) / 4.0;
        }
        const kickstart::Plan plan = kickstart::make_plan(k.catalog, answers, edits);
        std::vector<bool> placed(actions.size(), false);
        for (const auto& item : plan.items) {
            const auto& action = actions[item.action];
            REQUIRE_FALSE(plan.edits.skipped.contains(action.id));
            const auto estimate = plan.edits.hours.find(action.id);
            REQUIRE(item.user_estimate == (estimate != plan.edits.hours.end()));
            REQUIRE(item.effort_hours == (item.user_estimate ? estimate->second : item.catalog_hours));
            for (const std::size_t need : item.needs) REQUIRE(placed[need]);  // prerequisites first
            placed[item.action] = true;
        }
        // Every action is in exactly one of: the plan, not applicable, skipped.
        REQUIRE(plan.items.size() + plan.not_applicable.size() + plan.skipped.size() == actions.size());
        REQUIRE(std::is_sorted(plan.skipped.begin(), plan.skipped.end()));
        for (const std::size_t a : plan.skipped) REQUIRE(edits.skipped.contains(actions[a].id));
        if (plan.demo.outlook == kickstart::DemoOutlook::ready || plan.demo.outlook == kickstart::DemoOutlook::guided_instead) {
            REQUIRE(plan.demo.minimum_hours <= plan.demo.hours_available + 1e-9);
        }
    }
}

TEST_CASE("plans: an action that does not apply is left out and its dependants go on") {
    const auto& questionnaire = test_support::fixture_questionnaire();
    const auto& catalog = test_support::fixture_catalog();
    const kickstart::Plan plan = kickstart::make_plan(catalog, questionnaire.defaults());
    CHECK(plan.items.size() == 2);
    REQUIRE(plan.not_applicable.size() == 1);
    CHECK(catalog.actions()[plan.not_applicable[0]].id == "jenkins-plugin");
}

// The grid of the demo's promise: every goal ranked first, 2-12 hours a week, 2-10 weeks,
// both demo styles, every source control (cycled through the grid).
TEST_CASE("property: over the grid of answers the demo preparation is the last work before the demo, on time") {
    const auto& builtin = kickstart::builtin_knowledge();
    REQUIRE(builtin.ok());
    const kickstart::Knowledge& k = builtin.value();
    const auto& actions = k.catalog.actions();
    const auto preparation = k.catalog.demo_preparation();
    REQUIRE(preparation);
    CHECK(actions[*preparation].id == "demo-script");
    std::size_t counts[4] = {};
    test_support::for_each_demo_grid_cell(k.questionnaire, 1, [&](const test_support::DemoGridCell& cell) {
        const kickstart::Answers& answers = cell.answers;
        const std::int64_t hours_per_week = cell.hours_per_week;
        const std::int64_t weeks = cell.weeks;
        const std::string& style = cell.style;
        CAPTURE(cell.first_goal);
        CAPTURE(hours_per_week);
        CAPTURE(weeks);
        CAPTURE(style);
        const kickstart::Plan plan = kickstart::make_plan(k.catalog, answers);
        const kickstart::DemoPlan& demo = plan.demo;
        const double available = static_cast<double>(hours_per_week * weeks);
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
            return;
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
    });
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
