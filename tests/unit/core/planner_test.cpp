#include "kickstart/core/planner.hpp"

#include "support.hpp"

#include "kickstart/core/builtin.hpp"
#include "kickstart/core/plan_io.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using kickstart::Job;
using kickstart::OrderMethod;
using kickstart::Schedule;

namespace {

bool respects_prerequisites(const std::vector<Job>& jobs, const std::vector<std::size_t>& order) {
    std::vector<std::size_t> position(jobs.size(), jobs.size());
    for (std::size_t i = 0; i < order.size(); ++i) position[order[i]] = i;
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        for (const std::size_t r : jobs[j].prerequisites) {
            if (position[r] >= position[j]) return false;
        }
    }
    return true;
}

bool is_permutation_of_all(const std::vector<Job>& jobs, std::vector<std::size_t> order) {
    std::sort(order.begin(), order.end());
    std::vector<std::size_t> all(jobs.size());
    std::iota(all.begin(), all.end(), std::size_t{0});
    return order == all;
}

// Tries every order that respects the prerequisites (depth-first over the jobs whose
// prerequisites are done, costs summed on the way down). With `bound` jobs, only the orders
// that finish all of them by `deadline` count; infinity when there is none.
double brute_force_optimum(const std::vector<Job>& jobs, const std::vector<bool>& bound = {},
                           double deadline = 0.0) {
    const std::size_t n = jobs.size();
    std::vector<bool> scheduled(n, false);
    double best = std::numeric_limits<double>::infinity();
    const auto ready = [&](std::size_t j) {
        return std::all_of(jobs[j].prerequisites.begin(), jobs[j].prerequisites.end(),
                           [&](std::size_t r) { return scheduled[r]; });
    };
    const auto visit = [&](const auto& self, std::size_t count, double clock, double cost) -> void {
        if (count == n) {
            best = std::min(best, cost);
            return;
        }
        for (std::size_t j = 0; j < n; ++j) {
            if (scheduled[j] || !ready(j)) continue;
            const double finish = clock + jobs[j].hours;
            if (j < bound.size() && bound[j] && finish > deadline + 1e-9) continue;
            scheduled[j] = true;
            self(self, count + 1, finish, cost + jobs[j].weight * finish);
            scheduled[j] = false;
        }
    };
    visit(visit, 0, 0.0, 0.0);
    return best;
}

// The due jobs and everything they need, transitively.
std::vector<bool> closure_of(const std::vector<Job>& jobs, std::vector<bool> needed) {
    for (bool grew = true; grew;) {
        grew = false;
        for (std::size_t j = 0; j < jobs.size(); ++j) {
            if (!needed[j]) continue;
            for (const std::size_t r : jobs[j].prerequisites) {
                if (!needed[r]) grew = needed[r] = true;
            }
        }
    }
    return needed;
}

std::vector<double> finish_times(const std::vector<Job>& jobs, const std::vector<std::size_t>& order) {
    std::vector<double> finish(jobs.size(), 0.0);
    double clock = 0.0;
    for (const std::size_t j : order) finish[j] = clock += jobs[j].hours;
    return finish;
}

// A random deadline problem: one to three due jobs, a deadline from tight to loose.
kickstart::Deadline random_deadline(const std::vector<Job>& jobs, std::mt19937& random) {
    kickstart::Deadline deadline{std::vector<bool>(jobs.size(), false), 0.0};
    const std::size_t count = 1 + random() % 3;
    for (std::size_t i = 0; i < count; ++i) deadline.due[random() % jobs.size()] = true;
    double total = 0.0;
    for (const Job& job : jobs) total += job.hours;
    deadline.hours = std::round(total * static_cast<double>(random() % 100) / 100.0 * 2.0) / 2.0;
    return deadline;
}

bool close(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); }

}  // namespace

TEST_SUITE("planner") {

TEST_CASE("without prerequisites the exact order is Smith's rule") {
    const std::vector<Job> jobs = {{4, 1, {}}, {1, 3, {}}, {2, 2, {}}};
    const Schedule schedule = kickstart::schedule_jobs(jobs);
    CHECK(schedule.method == OrderMethod::exact);
    CHECK(schedule.order == std::vector<std::size_t>{1, 2, 0});
    CHECK(schedule.weighted_completion == doctest::Approx(1 * 3 + 3 * 2 + 7 * 1));
}

TEST_CASE("a cheap prerequisite that unlocks a lot goes first, a costly lone one last") {
    // Job 2 alone is poor (ratio 0.1) but unlocks job 3 (ratio 10): together they beat job 1.
    const std::vector<Job> jobs = {{5, 1, {}}, {4, 3, {}}, {1, 0.1, {}}, {1, 10, {2}}};
    const Schedule schedule = kickstart::schedule_jobs(jobs);
    CHECK(schedule.order == std::vector<std::size_t>{2, 3, 1, 0});
    CHECK(schedule.weighted_completion == doctest::Approx(brute_force_optimum(jobs)));
}

TEST_CASE("property: exact on every small random instance equals the brute-force optimum") {
    std::mt19937 random(20261124);
    for (int instance = 0; instance < 300; ++instance) {
        const std::size_t n = 1 + static_cast<std::size_t>(instance % 9);  // up to 9 jobs
        // Dense enough at 8-9 jobs that the brute force stays quick, sparse enough to branch.
        const double density = std::max((instance % 4) * 0.2, n >= 8 ? 0.25 : 0.0);
        const auto jobs = test_support::random_jobs(n, density, random);
        const Schedule schedule = kickstart::schedule_jobs(jobs);
        CAPTURE(instance);
        REQUIRE(schedule.method == OrderMethod::exact);
        REQUIRE(is_permutation_of_all(jobs, schedule.order));
        REQUIRE(respects_prerequisites(jobs, schedule.order));
        REQUIRE(close(schedule.weighted_completion, brute_force_optimum(jobs)));
    }
}

TEST_CASE("property: the heuristic respects prerequisites and never loses to Smith list scheduling") {
    std::mt19937 random(7);
    for (int instance = 0; instance < 60; ++instance) {
        const std::size_t n = 40 + static_cast<std::size_t>(instance) * 7;
        const double density = 0.5 / static_cast<double>(n) * (1 + instance % 8);
        const auto jobs = test_support::random_jobs(n, density, random);
        // The heuristic itself, without the planner's guard that falls back to Smith's order.
        const Schedule heuristic = kickstart::heuristic_schedule(jobs);
        const Schedule planned = kickstart::schedule_jobs(jobs, {}, /*exact_state_limit=*/0);
        const Schedule smith = kickstart::smith_list_schedule(jobs);
        CAPTURE(instance);
        REQUIRE(planned.method == OrderMethod::heuristic);
        for (const Schedule* schedule : {&heuristic, &planned, &smith}) {
            REQUIRE(is_permutation_of_all(jobs, schedule->order));
            REQUIRE(respects_prerequisites(jobs, schedule->order));
            REQUIRE(close(schedule->weighted_completion, kickstart::weighted_completion(jobs, schedule->order)));
        }
        REQUIRE(heuristic.weighted_completion <= smith.weighted_completion + 1e-9);
        REQUIRE(planned.weighted_completion <= heuristic.weighted_completion + 1e-9);
    }
}

TEST_CASE("property: the heuristic stays within Sidney's factor 2 of the optimum where both run") {
    std::mt19937 random(99);
    double worst = 1.0;
    for (int instance = 0; instance < 60; ++instance) {
        const auto jobs = test_support::random_jobs(8, 0.15 + (instance % 3) * 0.1, random);
        const double heuristic = kickstart::heuristic_schedule(jobs).weighted_completion;
        const double optimum = brute_force_optimum(jobs);
        if (optimum > 0) worst = std::max(worst, heuristic / optimum);
    }
    MESSAGE("worst heuristic / optimum over 60 instances of 8 jobs: " << worst);
    CHECK(worst <= 2.0);  // Sidney-decomposition orders are 2-approximations
}

TEST_CASE("property: scheduling is deterministic") {
    std::mt19937 random(3);
    for (int instance = 0; instance < 10; ++instance) {
        const auto jobs = test_support::random_jobs(30, 0.3, random);
        CHECK(kickstart::schedule_jobs(jobs).order == kickstart::schedule_jobs(jobs).order);
        CHECK(kickstart::schedule_jobs(jobs, {}, 0).order == kickstart::schedule_jobs(jobs, {}, 0).order);
        const kickstart::Deadline deadline = random_deadline(jobs, random);
        CHECK(kickstart::schedule_jobs(jobs, deadline).order == kickstart::schedule_jobs(jobs, deadline).order);
    }
}

TEST_CASE("Sidney blocks keep independent jobs exact; a block too big gives way to the heuristic") {
    std::mt19937 random(5);
    // No prerequisites: 2^40 closed sets, but every job is its own block, so the order is
    // exact (Smith's rule) without the dynamic programme ever seeing them together.
    const auto independent = test_support::random_jobs(40, 0.0, random);
    const Schedule smith_order = kickstart::schedule_jobs(independent);
    CHECK(smith_order.method == OrderMethod::exact);
    CHECK(smith_order.weighted_completion == doctest::Approx(kickstart::smith_list_schedule(independent).weighted_completion));

    // One valuable job needing 40 cheap independent ones: a single block of 41 jobs with
    // 2^40 closed sets, too many to explore; the plan says it is heuristic.
    std::vector<Job> fan_in = test_support::random_jobs(40, 0.0, random);
    Job goal{1.0, 1000.0, {}};
    for (std::size_t j = 0; j < fan_in.size(); ++j) goal.prerequisites.push_back(j);
    fan_in.push_back(goal);
    const Schedule schedule = kickstart::schedule_jobs(fan_in);
    CHECK(schedule.method == OrderMethod::heuristic);
    CHECK(respects_prerequisites(fan_in, schedule.order));
    CHECK(schedule.weighted_completion <= kickstart::smith_list_schedule(fan_in).weighted_completion + 1e-9);
}

TEST_CASE("property: with a deadline, exact is the brute-force optimum among the orders that meet it") {
    std::mt19937 random(17);
    int constrained = 0;
    for (int instance = 0; instance < 400; ++instance) {
        const std::size_t n = 2 + static_cast<std::size_t>(instance % 8);  // up to 9 jobs
        const auto jobs = test_support::random_jobs(n, n >= 8 ? 0.25 : 0.2, random);
        const kickstart::Deadline deadline = random_deadline(jobs, random);
        const std::vector<bool> bound = closure_of(jobs, deadline.due);
        double bound_hours = 0.0;
        for (std::size_t j = 0; j < n; ++j) bound_hours += bound[j] ? jobs[j].hours : 0.0;
        const Schedule free = kickstart::schedule_jobs(jobs);
        const Schedule schedule = kickstart::schedule_jobs(jobs, deadline);
        CAPTURE(instance);
        REQUIRE(schedule.method == OrderMethod::exact);
        REQUIRE(is_permutation_of_all(jobs, schedule.order));
        REQUIRE(respects_prerequisites(jobs, schedule.order));
        REQUIRE(close(schedule.due_hours, bound_hours));
        REQUIRE(schedule.deadline_met == (bound_hours <= deadline.hours + 1e-9));
        if (!schedule.deadline_met) {
            REQUIRE(schedule.order == free.order);  // cannot fit: the plan says so, the order stays
            REQUIRE(schedule.moved_for_deadline == 0);
            continue;
        }
        const std::vector<double> finish = finish_times(jobs, schedule.order);
        for (std::size_t j = 0; j < n; ++j) {
            if (bound[j]) REQUIRE(finish[j] <= deadline.hours + 1e-9);
        }
        REQUIRE(close(schedule.weighted_completion, brute_force_optimum(jobs, bound, deadline.hours)));
        // Moved: the bound jobs that finish earlier than without the deadline.
        const std::vector<double> free_finish = finish_times(jobs, free.order);
        std::size_t moved = 0;
        for (std::size_t j = 0; j < n; ++j) if (bound[j] && finish[j] < free_finish[j] - 1e-9) ++moved;
        REQUIRE(schedule.moved_for_deadline == moved);
        if (schedule.order != free.order) {
            ++constrained;
            REQUIRE(moved > 0);
            REQUIRE(schedule.weighted_completion >= free.weighted_completion - 1e-9);
        }
    }
    MESSAGE(constrained << " of 400 instances needed a different order to meet the deadline");
    CHECK(constrained > 40);  // the property was exercised, not vacuously true
}

TEST_CASE("property: the heuristic meets a deadline whenever the due jobs fit") {
    std::mt19937 random(23);
    for (int instance = 0; instance < 300; ++instance) {
        const auto jobs = test_support::random_jobs(12 + static_cast<std::size_t>(instance % 20), 0.15, random);
        const kickstart::Deadline deadline = random_deadline(jobs, random);
        const std::vector<bool> bound = closure_of(jobs, deadline.due);
        const Schedule schedule = kickstart::schedule_jobs(jobs, deadline, /*exact_state_limit=*/0);
        CAPTURE(instance);
        REQUIRE(schedule.method == OrderMethod::heuristic);
        REQUIRE(is_permutation_of_all(jobs, schedule.order));
        REQUIRE(respects_prerequisites(jobs, schedule.order));
        if (!schedule.deadline_met) continue;
        const std::vector<double> finish = finish_times(jobs, schedule.order);
        for (std::size_t j = 0; j < jobs.size(); ++j) {
            if (bound[j]) REQUIRE(finish[j] <= deadline.hours + 1e-9);
        }
    }
}

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
            REQUIRE(close(item.effort_hours, kickstart::action_effort(actions[item.action], answers)));
            REQUIRE(close(item.start_hour, clock));
            clock += item.effort_hours;
            REQUIRE(close(item.finish_hour, clock));
            REQUIRE(item.week == std::max(1, static_cast<int>(std::ceil(clock / static_cast<double>(s.hours_per_week) - 1e-9))));
            REQUIRE(item.before_demo == (clock <= s.hours_available + 1e-9));
            for (const std::size_t need : item.needs) REQUIRE(finish[need] >= 0.0);  // what it needs came first
            finish[item.action] = clock;
        }
        REQUIRE(close(s.total_hours, clock));
        // What the demo needs is ready by then whenever it fits.
        if (s.demo_needs_fit) {
            for (const auto& item : plan.items) {
                const auto& due = actions[item.action].due_before_demo;
                if (due && due->holds(answers)) REQUIRE(item.before_demo);
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

}  // TEST_SUITE
