#include "kickstart/core/schedule.hpp"

#include "support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>

using kickstart::Deadline;
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
Deadline random_deadline(const std::vector<Job>& jobs, std::mt19937& random) {
    Deadline deadline{std::vector<bool>(jobs.size(), false), 0.0};
    const std::size_t count = 1 + random() % 3;
    for (std::size_t i = 0; i < count; ++i) deadline.due[random() % jobs.size()] = true;
    double total = 0.0;
    for (const Job& job : jobs) total += job.hours;
    deadline.hours = std::round(total * static_cast<double>(random() % 100) / 100.0 * 2.0) / 2.0;
    return deadline;
}

// The demo as a milestone: the last job, of (near) zero weight, needs one to three others and
// is due; the deadline binds (it falls between the hours the demo needs and the hour the
// demo would finish without it).
Deadline milestone(std::vector<Job>& jobs, double demo_weight, std::mt19937& random) {
    Job demo{0.25 * static_cast<double>(1 + random() % 8), demo_weight, {}};
    for (std::size_t k = 0, count = 1 + random() % 3; k < count; ++k) demo.prerequisites.push_back(random() % jobs.size());
    std::sort(demo.prerequisites.begin(), demo.prerequisites.end());
    demo.prerequisites.erase(std::unique(demo.prerequisites.begin(), demo.prerequisites.end()), demo.prerequisites.end());
    jobs.push_back(demo);
    Deadline deadline{std::vector<bool>(jobs.size(), false), 0.0};
    deadline.due.back() = true;
    const std::vector<bool> bound = closure_of(jobs, deadline.due);
    double needs = 0.0;
    for (std::size_t j = 0; j < jobs.size(); ++j) needs += bound[j] ? jobs[j].hours : 0.0;
    const double unbound_finish = finish_times(jobs, kickstart::schedule_jobs(jobs).order).back();
    deadline.hours = needs + std::floor((unbound_finish - needs) * static_cast<double>(random() % 100) / 100.0);
    return deadline;
}

bool close(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); }

double ratio(const std::vector<Job>& jobs, const std::vector<std::size_t>& set) {
    double weight = 0.0;
    double hours = 0.0;
    for (const std::size_t j : set) {
        weight += jobs[j].weight;
        hours += jobs[j].hours;
    }
    return weight / hours;
}

}  // namespace

TEST_SUITE("schedule") {

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

TEST_CASE("property: the heuristic respects prerequisites, never loses to Smith's list order nor to the decomposition's") {
    std::mt19937 random(7);
    for (int instance = 0; instance < 60; ++instance) {
        const std::size_t n = 40 + static_cast<std::size_t>(instance) * 7;
        const double density = 0.5 / static_cast<double>(n) * (1 + instance % 8);
        const auto jobs = test_support::random_jobs(n, density, random);
        const Schedule heuristic = kickstart::heuristic_schedule(jobs);
        const Schedule planned = kickstart::schedule_jobs(jobs);
        const Schedule smith = kickstart::smith_list_schedule(jobs);
        const Schedule blocks = kickstart::decomposition_schedule(jobs);
        CAPTURE(instance);
        REQUIRE(heuristic.method == OrderMethod::heuristic);
        for (const Schedule* schedule : {&heuristic, &planned, &smith, &blocks}) {
            REQUIRE(is_permutation_of_all(jobs, schedule->order));
            REQUIRE(respects_prerequisites(jobs, schedule->order));
            REQUIRE(close(schedule->weighted_completion, kickstart::weighted_completion(jobs, schedule->order)));
        }
        for (const Schedule* schedule : {&heuristic, &planned}) {
            REQUIRE(schedule->weighted_completion <= smith.weighted_completion + 1e-9);
            REQUIRE(schedule->weighted_completion <= blocks.weighted_completion + 1e-9);
        }
    }
}

TEST_CASE("property: orders that follow Sidney's blocks are within a factor 2 of the optimum") {
    std::mt19937 random(99);
    double worst = 1.0;
    for (int instance = 0; instance < 120; ++instance) {
        const auto jobs = test_support::random_jobs(8, 0.15 + (instance % 3) * 0.1, random);
        const double optimum = brute_force_optimum(jobs);
        const double blocks = kickstart::decomposition_schedule(jobs).weighted_completion;
        CAPTURE(instance);
        REQUIRE(kickstart::heuristic_schedule(jobs).weighted_completion <= blocks + 1e-9);
        REQUIRE(blocks <= 2.0 * optimum + 1e-9);
        if (optimum > 0) worst = std::max(worst, blocks / optimum);
    }
    MESSAGE("worst decomposition order / optimum over 120 instances of 8 jobs: " << worst);
    CHECK(worst > 1.0);  // the decomposition alone is not optimal: there was something to improve
}

TEST_CASE("property: Sidney's blocks are closed, in order of falling ratio, each the best ratio left") {
    std::mt19937 random(31);
    std::size_t split = 0;
    for (int instance = 0; instance < 300; ++instance) {
        const std::size_t n = 1 + static_cast<std::size_t>(instance % 10);
        const auto jobs = test_support::random_jobs(n, 0.1 + (instance % 4) * 0.1, random);
        const auto blocks = kickstart::sidney_decomposition(jobs);
        CAPTURE(instance);
        std::vector<bool> done(n, false);
        double previous = std::numeric_limits<double>::infinity();
        for (const auto& block : blocks) {
            REQUIRE(!block.empty());
            REQUIRE(std::is_sorted(block.begin(), block.end()));
            for (const std::size_t j : block) {
                REQUIRE(!done[j]);
                done[j] = true;
            }
            // Closed: everything a block's job needs is done by the end of the block.
            for (const std::size_t j : block) {
                for (const std::size_t r : jobs[j].prerequisites) REQUIRE(done[r]);
            }
            // No closed set of what was left before this block has a higher ratio.
            std::vector<std::size_t> left;
            for (std::size_t j = 0; j < n; ++j) {
                if (!done[j] || std::find(block.begin(), block.end(), j) != block.end()) left.push_back(j);
            }
            const double block_ratio = ratio(jobs, block);
            for (std::uint32_t mask = 1; mask < (1u << left.size()); ++mask) {
                std::vector<std::size_t> set;
                for (std::size_t i = 0; i < left.size(); ++i) {
                    if ((mask >> i) & 1u) set.push_back(left[i]);
                }
                const bool closed = std::all_of(set.begin(), set.end(), [&](std::size_t j) {
                    return std::all_of(jobs[j].prerequisites.begin(), jobs[j].prerequisites.end(), [&](std::size_t r) {
                        return std::find(left.begin(), left.end(), r) == left.end() ||
                               std::find(set.begin(), set.end(), r) != set.end();
                    });
                });
                if (closed) REQUIRE(ratio(jobs, set) <= block_ratio * (1 + 1e-12) + 1e-12);
            }
            REQUIRE(block_ratio <= previous * (1 + 1e-12) + 1e-12);
            previous = block_ratio;
        }
        REQUIRE(std::all_of(done.begin(), done.end(), [](bool d) { return d; }));
        if (blocks.size() > 1) ++split;
    }
    CHECK(split > 100);
}

TEST_CASE("property: closed sets are counted exactly, and only up to the cap") {
    std::mt19937 random(41);
    for (int instance = 0; instance < 200; ++instance) {
        const std::size_t n = static_cast<std::size_t>(instance % 13);
        const auto jobs = test_support::random_jobs(n, 0.05 + (instance % 5) * 0.1, random);
        std::size_t count = 0;
        for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
            bool closed = true;
            for (std::size_t j = 0; j < n && closed; ++j) {
                if (!((mask >> j) & 1u)) continue;
                for (const std::size_t r : jobs[j].prerequisites) closed = closed && ((mask >> r) & 1u);
            }
            count += closed ? 1 : 0;
        }
        CAPTURE(instance);
        REQUIRE(kickstart::count_closed_sets(jobs, 1u << 20) == count);
        REQUIRE(kickstart::count_closed_sets(jobs, count) == count);
        if (count > 1) REQUIRE(kickstart::count_closed_sets(jobs, count - 1) > count - 1);
    }
    // Sixty independent jobs: 2^60 closed sets, counted without visiting them.
    const std::vector<Job> independent(60, Job{1.0, 1.0, {}});
    CHECK(kickstart::count_closed_sets(independent, std::size_t{1} << 61) == std::size_t{1} << 60);
    CHECK(kickstart::count_closed_sets(independent, 1000) > 1000);
}

TEST_CASE("property: the lower bound never exceeds the optimum, and is the optimum when every block is exact") {
    std::mt19937 random(53);
    for (int instance = 0; instance < 200; ++instance) {
        const auto jobs = test_support::random_jobs(1 + static_cast<std::size_t>(instance % 9), 0.2, random);
        const double optimum = brute_force_optimum(jobs);
        CAPTURE(instance);
        REQUIRE(kickstart::weighted_completion_lower_bound(jobs) == doctest::Approx(optimum));
        REQUIRE(kickstart::weighted_completion_lower_bound(jobs, 0) <= optimum + 1e-9);
    }
}

TEST_CASE("exact at any size when the blocks are small: 300 jobs in 30 groups") {
    std::mt19937 random(61);
    std::vector<Job> jobs;
    for (std::size_t group = 0; group < 30; ++group) {
        const auto part = test_support::random_jobs(10, 0.3, random);
        const std::size_t offset = jobs.size();
        for (Job job : part) {
            for (auto& r : job.prerequisites) r += offset;
            jobs.push_back(job);
        }
    }
    const Schedule schedule = kickstart::schedule_jobs(jobs);
    CHECK(schedule.method == OrderMethod::exact);
    CHECK(respects_prerequisites(jobs, schedule.order));
    CHECK(schedule.weighted_completion == doctest::Approx(kickstart::weighted_completion_lower_bound(jobs)));
    CHECK(kickstart::sidney_decomposition(jobs).size() >= 30);
}

TEST_CASE("property: scheduling is deterministic") {
    std::mt19937 random(3);
    for (int instance = 0; instance < 10; ++instance) {
        const auto jobs = test_support::random_jobs(30, 0.3, random);
        CHECK(kickstart::schedule_jobs(jobs).order == kickstart::schedule_jobs(jobs).order);
        CHECK(kickstart::schedule_jobs(jobs, {}, 0).order == kickstart::schedule_jobs(jobs, {}, 0).order);
        const Deadline deadline = random_deadline(jobs, random);
        CHECK(kickstart::schedule_jobs(jobs, deadline).order == kickstart::schedule_jobs(jobs, deadline).order);
        CHECK(kickstart::schedule_jobs(jobs, deadline, 0).order == kickstart::schedule_jobs(jobs, deadline, 0).order);
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
    const auto blocks = kickstart::sidney_decomposition(fan_in);
    const auto with_goal = std::find_if(blocks.begin(), blocks.end(), [](const auto& block) { return block.back() == 40; });
    REQUIRE(with_goal != blocks.end());
    std::vector<Job> block_jobs;
    for (const std::size_t j : *with_goal) block_jobs.push_back(fan_in[j]);
    for (Job& job : block_jobs) job.prerequisites.clear();
    block_jobs.back().prerequisites.resize(with_goal->size() - 1);
    std::iota(block_jobs.back().prerequisites.begin(), block_jobs.back().prerequisites.end(), std::size_t{0});
    CHECK(kickstart::count_closed_sets(block_jobs, kickstart::kExactStateLimit) > kickstart::kExactStateLimit);
    const Schedule schedule = kickstart::schedule_jobs(fan_in);
    CHECK(schedule.method == OrderMethod::heuristic);
    CHECK(respects_prerequisites(fan_in, schedule.order));
    CHECK(schedule.weighted_completion <= kickstart::smith_list_schedule(fan_in).weighted_completion + 1e-9);
    // Every job is needed by the goal and the goal is worth the wait: Smith's rule on the 40
    // is then optimal, and the heuristic finds it.
    std::vector<Job> forty(fan_in.begin(), fan_in.end() - 1);
    const double forty_cost = kickstart::smith_list_schedule(forty).weighted_completion;
    double hours = 0.0;
    for (const Job& job : forty) hours += job.hours;
    CHECK(schedule.weighted_completion == doctest::Approx(forty_cost + 1000.0 * (hours + 1.0)));
}

TEST_CASE("property: with a deadline, exact is the brute-force optimum among the orders that meet it") {
    std::mt19937 random(17);
    int constrained = 0;
    for (int instance = 0; instance < 400; ++instance) {
        const std::size_t n = 2 + static_cast<std::size_t>(instance % 8);  // up to 9 jobs
        const auto jobs = test_support::random_jobs(n, n >= 8 ? 0.25 : 0.2, random);
        const Deadline deadline = random_deadline(jobs, random);
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
        const Deadline deadline = random_deadline(jobs, random);
        const std::vector<bool> bound = closure_of(jobs, deadline.due);
        const Schedule schedule = kickstart::schedule_jobs(jobs, deadline, /*exact_state_limit=*/0);
        CAPTURE(instance);
        REQUIRE(schedule.method == OrderMethod::heuristic);
        REQUIRE(is_permutation_of_all(jobs, schedule.order));
        REQUIRE(respects_prerequisites(jobs, schedule.order));
        REQUIRE(close(schedule.weighted_completion, kickstart::weighted_completion(jobs, schedule.order)));
        if (!schedule.deadline_met) continue;
        const std::vector<double> finish = finish_times(jobs, schedule.order);
        for (std::size_t j = 0; j < jobs.size(); ++j) {
            if (bound[j]) REQUIRE(finish[j] <= deadline.hours + 1e-9);
        }
    }
}

TEST_CASE("property: a demo milestone of (near) zero weight ends as late as the deadline allows") {
    std::mt19937 random(29);
    int held_back = 0;
    for (int instance = 0; instance < 300; ++instance) {
        auto jobs = test_support::random_jobs(6 + static_cast<std::size_t>(instance % 25), 0.12, random);
        const Deadline deadline = milestone(jobs, instance % 2 == 0 ? 0.0 : 0.01, random);
        const std::size_t demo = jobs.size() - 1;
        for (const std::size_t limit : {kickstart::kExactStateLimit, std::size_t{0}}) {
            const Schedule schedule = kickstart::schedule_jobs(jobs, deadline, limit);
            CAPTURE(instance);
            CAPTURE(limit);
            REQUIRE(schedule.deadline_met);
            REQUIRE(respects_prerequisites(jobs, schedule.order));
            const std::vector<double> finish = finish_times(jobs, schedule.order);
            REQUIRE(finish[demo] <= deadline.hours + 1e-9);
            if (jobs.size() <= 9) {
                REQUIRE(close(schedule.weighted_completion,
                              brute_force_optimum(jobs, closure_of(jobs, deadline.due), deadline.hours)));
            }
            // Whatever comes right after the demo cannot trade places with it for the
            // better: it needs the demo, or would end past the deadline before it, or it
            // weighs (per hour) no more than the demo.
            const auto at = std::find(schedule.order.begin(), schedule.order.end(), demo);
            if (at + 1 == schedule.order.end()) continue;
            const Job& next = jobs[*(at + 1)];
            const bool needs_demo =
                std::find(next.prerequisites.begin(), next.prerequisites.end(), demo) != next.prerequisites.end();
            const bool would_not_fit = finish[demo] + next.hours > deadline.hours + 1e-9;
            const bool not_worth_it = next.weight * jobs[demo].hours <= jobs[demo].weight * next.hours + 1e-12;
            REQUIRE((needs_demo || would_not_fit || not_worth_it));
            if (would_not_fit) ++held_back;
        }
    }
    MESSAGE(held_back << " of 600 plans end the demo just before a job that would not fit");
    CHECK(held_back > 200);
}

TEST_CASE("a deadline past the exact limit: met by the best order, or met at no cost, the order stays exact") {
    // 70 jobs of 2 hours without prerequisites: one block each, exact without the dynamic
    // programme over the whole instance. The four of weight 0 come last, by index.
    std::vector<Job> jobs;
    for (std::size_t j = 0; j < 66; ++j) jobs.push_back({2.0, 1.0 + static_cast<double>(j % 7), {}});
    for (std::size_t j = 0; j < 4; ++j) jobs.push_back({2.0, 0.0, {}});
    double total = 0.0;
    for (const Job& job : jobs) total += job.hours;
    const Schedule free = kickstart::schedule_jobs(jobs);
    REQUIRE(free.method == OrderMethod::exact);
    REQUIRE(free.order.back() == 69);

    // The first job of weight 0 is due by the end of the third to last slot: the best order
    // already does that, so nothing changes.
    Deadline early{std::vector<bool>(jobs.size(), false), total - 6.0};
    early.due[66] = true;
    const Schedule met = kickstart::schedule_jobs(jobs, early);
    CHECK(met.method == OrderMethod::exact);
    CHECK(met.order == free.order);
    CHECK(met.moved_for_deadline == 0);

    // The last one is due by then: it trades places with another of weight 0, which costs
    // nothing, so the order is still provably the best.
    Deadline late{std::vector<bool>(jobs.size(), false), total - 6.0};
    late.due[69] = true;
    const Schedule swapped = kickstart::schedule_jobs(jobs, late);
    CHECK(swapped.method == OrderMethod::exact);
    CHECK(swapped.deadline_met);
    CHECK(swapped.weighted_completion == doctest::Approx(free.weighted_completion));
    CHECK(finish_times(jobs, swapped.order)[69] <= late.hours);
    CHECK(swapped.moved_for_deadline == 1);

    // Due two hours earlier: one job of weight has to wait for it, which costs; past the
    // exact limit that is the heuristic's work, and it finds the cheapest such job.
    Deadline costly{std::vector<bool>(jobs.size(), false), total - 8.0};
    costly.due[69] = true;
    const Schedule moved = kickstart::schedule_jobs(jobs, costly);
    CHECK(moved.method == OrderMethod::heuristic);
    CHECK(moved.deadline_met);
    CHECK(finish_times(jobs, moved.order)[69] == doctest::Approx(total - 8.0));
    CHECK(moved.weighted_completion == doctest::Approx(free.weighted_completion + 2.0 * jobs[free.order[65]].weight));
}

}  // TEST_SUITE
