#include "kickstart/core/planner.hpp"

#include "support.hpp"

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
// prerequisites are done, costs summed on the way down).
double brute_force_optimum(const std::vector<Job>& jobs) {
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
            scheduled[j] = true;
            self(self, count + 1, clock + jobs[j].hours, cost + jobs[j].weight * (clock + jobs[j].hours));
            scheduled[j] = false;
        }
    };
    visit(visit, 0, 0.0, 0.0);
    return best;
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
        const Schedule heuristic = kickstart::schedule_jobs(jobs, /*exact_state_limit=*/0);  // force the heuristic
        const Schedule smith = kickstart::smith_list_schedule(jobs);
        CAPTURE(instance);
        REQUIRE(heuristic.method == OrderMethod::heuristic);
        REQUIRE(is_permutation_of_all(jobs, heuristic.order));
        REQUIRE(respects_prerequisites(jobs, heuristic.order));
        REQUIRE(respects_prerequisites(jobs, smith.order));
        REQUIRE(heuristic.weighted_completion <= smith.weighted_completion + 1e-9);
    }
}

TEST_CASE("property: the heuristic stays within a few percent of the optimum where both run") {
    std::mt19937 random(99);
    double worst = 1.0;
    for (int instance = 0; instance < 60; ++instance) {
        const auto jobs = test_support::random_jobs(8, 0.15 + (instance % 3) * 0.1, random);
        const double heuristic = kickstart::schedule_jobs(jobs, 0).weighted_completion;
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
        CHECK(kickstart::schedule_jobs(jobs, 0).order == kickstart::schedule_jobs(jobs, 0).order);
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

TEST_CASE("property: what the demo needs is moved before it when it fits, and nothing else changes") {
    std::mt19937 random(17);
    for (int instance = 0; instance < 300; ++instance) {
        const auto jobs = test_support::random_jobs(12, 0.2, random);
        std::vector<bool> due(jobs.size(), false);
        due[random() % jobs.size()] = true;
        std::vector<std::size_t> order = kickstart::schedule_jobs(jobs).order;
        const std::vector<std::size_t> before = order;
        const double deadline = 2.0 + static_cast<double>(random() % 30);
        const std::size_t moved = kickstart::meet_deadline(jobs, due, deadline, order);
        CAPTURE(instance);
        REQUIRE(is_permutation_of_all(jobs, order));
        REQUIRE(respects_prerequisites(jobs, order));
        // The due job and its prerequisites: they finish by the deadline whenever their
        // hours fit in it.
        std::vector<bool> needed = due;
        for (bool grew = true; grew;) {
            grew = false;
            for (std::size_t j = 0; j < jobs.size(); ++j) {
                if (!needed[j]) continue;
                for (const std::size_t r : jobs[j].prerequisites) {
                    if (!needed[r]) grew = needed[r] = true;
                }
            }
        }
        double needed_hours = 0;
        for (std::size_t j = 0; j < jobs.size(); ++j) needed_hours += needed[j] ? jobs[j].hours : 0.0;
        double clock = 0;
        double last_needed_finish = 0;
        for (const std::size_t j : order) {
            clock += jobs[j].hours;
            if (needed[j]) last_needed_finish = clock;
        }
        if (needed_hours <= deadline) CHECK(last_needed_finish <= deadline + 1e-9);
        if (moved == 0) CHECK(order == before);
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

TEST_CASE("plans: an action that does not apply is left out and its dependants go on") {
    const auto& questionnaire = test_support::fixture_questionnaire();
    const auto& catalog = test_support::fixture_catalog();
    const kickstart::Plan plan = kickstart::make_plan(catalog, questionnaire.defaults());
    CHECK(plan.items.size() == 2);
    REQUIRE(plan.not_applicable.size() == 1);
    CHECK(catalog.actions()[plan.not_applicable[0]].id == "jenkins-plugin");
}

}  // TEST_SUITE
