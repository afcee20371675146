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

struct Schedule {
    std::vector<std::size_t> order;
    OrderMethod method = OrderMethod::exact;
    double weighted_completion = 0.0;  // Σ wⱼCⱼ of `order`
};

// Largest number of prerequisite-closed sets the exact method explores before it gives way
// to the heuristic (bounds time and memory, in the browser too).
inline constexpr std::size_t kExactStateLimit = 1u << 18;
// Above this many jobs the Sidney decomposition (one minimum cut per step) is skipped.
inline constexpr std::size_t kSidneyJobLimit = 400;

[[nodiscard]] Schedule schedule_jobs(const std::vector<Job>& jobs, std::size_t exact_state_limit = kExactStateLimit);
// Keeps `order` but delays other jobs where needed so that every job in `due` (and its
// prerequisites) finishes by `deadline` hours, when that is possible at all. Returns how many
// jobs were moved.
std::size_t meet_deadline(const std::vector<Job>& jobs, const std::vector<bool>& due, double deadline,
                          std::vector<std::size_t>& order);
// List scheduling by Smith's ratio w/p among the jobs whose prerequisites are done.
[[nodiscard]] Schedule smith_list_schedule(const std::vector<Job>& jobs);
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
    // Actions moved earlier so that what the demo needs (and what that needs) is ready by
    // then; the value-first order is kept everywhere else. 0: the order needed no change.
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
