// The planner: from answers and a catalog, the applicable actions, each one's effort and
// weight for this organisation, and the order that delivers the most value earliest.
//
// The objective is the classical 1|prec|Σ wⱼCⱼ: minimise the sum over actions of weight ×
// finish time (hours), the area under the "value not yet delivered" curve, subject to every
// prerequisite coming first. It is NP-hard in general; instances whose prerequisite-closed
// sets are few enough (every built-in plan) are solved exactly by dynamic programming over
// those sets, larger ones by a heuristic that is never worse than Smith's-rule list
// scheduling (see schedule_jobs): the jobs are first split into Sidney's ratio-maximal
// blocks, and each block is ordered exactly when it is small enough.
//
// Index of this file:
// [SECTION] Scheduling (independent of the knowledge base)
// [SECTION] Plans
#pragma once

#include "kickstart/core/catalog.hpp"
#include "kickstart/core/questionnaire.hpp"

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kickstart {

// [SECTION] Scheduling (independent of the knowledge base)

struct Job {
    double hours = 1.0;   // processing time pⱼ > 0
    double weight = 0.0;  // wⱼ >= 0
    std::vector<std::size_t> prerequisites;  // jobs that must finish first
};

enum class OrderMethod { exact, heuristic };
[[nodiscard]] std::string_view method_name(OrderMethod method);

// Jobs that must be finished by a point in time (the demo), with everything they need.
struct Deadline {
    std::vector<bool> due;  // per job; none due: no deadline
    double hours = 0.0;
};

struct Schedule {
    std::vector<std::size_t> order;
    OrderMethod method = OrderMethod::exact;
    double weighted_completion = 0.0;  // Σ wⱼCⱼ of `order`
    // With a deadline: the hours the due jobs and everything they need take; whether they
    // fit before it (when they cannot, the order is the one without a deadline); and how
    // many of them finish earlier than they would without the deadline.
    double due_hours = 0.0;
    bool deadline_met = true;
    std::size_t moved_for_deadline = 0;
};

// Largest number of prerequisite-closed sets the exact method explores before it gives way
// to the heuristic (bounds time and memory, in the browser too).
inline constexpr std::size_t kExactStateLimit = 1u << 18;
// Above this many jobs the Sidney decomposition (one minimum cut per step) is skipped.
inline constexpr std::size_t kSidneyJobLimit = 400;

// The order minimising Σ wⱼCⱼ among those that respect the prerequisites and, when the due
// jobs fit before the deadline, finish them (and what they need) by it. Exact when the
// dynamic programme stays within `exact_state_limit` states; a heuristic otherwise.
[[nodiscard]] Schedule schedule_jobs(const std::vector<Job>& jobs, const Deadline& deadline = {},
                                     std::size_t exact_state_limit = kExactStateLimit);
// List scheduling by Smith's ratio w/p among the jobs whose prerequisites are done.
[[nodiscard]] Schedule smith_list_schedule(const std::vector<Job>& jobs);
// The heuristic alone, for instances too large to solve exactly: the better of Smith's-rule
// and chain-ratio list schedules, each polished by adjacent pairwise interchange.
[[nodiscard]] Schedule heuristic_schedule(const std::vector<Job>& jobs);
[[nodiscard]] double weighted_completion(const std::vector<Job>& jobs, const std::vector<std::size_t>& order);

// [SECTION] Plans

struct PlanItem {
    std::size_t action = 0;  // index into Catalog::actions()
    std::size_t order = 0;   // 1-based position
    double effort_hours = 0.0;
    double weight = 0.0;
    double start_hour = 0.0;
    double finish_hour = 0.0;
    int week = 1;            // week of work in which it finishes
    bool before_demo = false;
    bool done = false;
    std::vector<std::size_t> needs;    // applicable prerequisites (action indices)
    std::vector<std::size_t> unlocks;  // applicable actions that require this one
    std::vector<std::size_t> variants; // indices into Action::variants that apply
    [[nodiscard]] double value_per_hour() const { return effort_hours > 0 ? weight / effort_hours : 0.0; }
};

struct PlanSummary {
    std::int64_t hours_per_week = 0;
    std::int64_t weeks_to_demo = 0;
    double hours_available = 0.0;     // before the demo
    double total_hours = 0.0;
    double total_value = 0.0;
    double value_before_demo = 0.0;
    double value_share_before_demo = 0.0;  // 0..1
    std::size_t actions_before_demo = 0;
    double weighted_completion = 0.0;
    OrderMethod method = OrderMethod::exact;
    // What the demo needs (actions marked before_demo and everything they need): its hours,
    // whether it fits before the demo, and how many of those actions finish earlier than
    // the value-first order without the demo would have them.
    double demo_needs_hours = 0.0;
    bool demo_needs_fit = true;
    std::size_t moved_for_demo = 0;
    std::size_t done_count = 0;
    double done_hours = 0.0;
};

struct Plan {
    PlanSummary summary;
    std::vector<PlanItem> items;
    std::vector<std::size_t> not_applicable;  // action indices left out for this organisation
};

[[nodiscard]] bool applies(const Action& action, const Answers& answers);
[[nodiscard]] double action_effort(const Action& action, const Answers& answers);
[[nodiscard]] double action_weight(const Action& action, const Answers& answers);

// `done` holds action ids ticked off; unknown ids are ignored.
[[nodiscard]] Plan make_plan(const Catalog& catalog, const Answers& answers, const std::set<std::string>& done = {});

}  // namespace kickstart
