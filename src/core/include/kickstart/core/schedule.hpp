// Scheduling, independent of the knowledge base: the order of jobs that minimises Σ wⱼCⱼ
// (weight × finish time, the area under the "value not yet delivered" curve) subject to
// every prerequisite coming first — 1|prec|Σ wⱼCⱼ — and optionally to a deadline for some
// of the jobs.
//
// The problem is NP-hard. The jobs are split into Sidney's ratio-maximal blocks (an optimal
// order exists that does the blocks one after another); each block is ordered exactly by
// dynamic programming over its prerequisite-closed sets when they are few enough, and
// otherwise by Smith's rule followed by local search. The result says which it was.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace kickstart {

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

// Largest number of prerequisite-closed sets a block (or, with a binding deadline, the
// whole instance) may have to be ordered exactly; they are counted before any is explored,
// which bounds time and memory, in the browser too.
inline constexpr std::size_t kExactStateLimit = 1u << 18;

// The order minimising Σ wⱼCⱼ among those that respect the prerequisites and, when the due
// jobs fit before the deadline, finish them (and what they need) by it. Exact when every
// part that needs the dynamic programme has at most `exact_state_limit` closed sets (0:
// always the heuristic); never worse than Smith's-rule list scheduling nor than the
// decomposition's order (decomposition_schedule) when no deadline binds.
[[nodiscard]] Schedule schedule_jobs(const std::vector<Job>& jobs, const Deadline& deadline = {},
                                     std::size_t exact_state_limit = kExactStateLimit);

// List scheduling by Smith's ratio w/p among the jobs whose prerequisites are done.
[[nodiscard]] Schedule smith_list_schedule(const std::vector<Job>& jobs);
// Sidney's blocks one after another, Smith's-rule list scheduling inside each: a
// 2-approximation, and where the heuristic starts. The blocks are the planner's: on the
// largest, deepest instances it leaves some runs of blocks whole (see README).
[[nodiscard]] Schedule decomposition_schedule(const std::vector<Job>& jobs);
// The heuristic alone (no exact block): schedule_jobs with an exact limit of 0.
[[nodiscard]] Schedule heuristic_schedule(const std::vector<Job>& jobs);
[[nodiscard]] double weighted_completion(const std::vector<Job>& jobs, const std::vector<std::size_t>& order);

// Sidney's decomposition, complete: prerequisite-closed blocks, each with the largest Σw/Σp
// among the closed sets of what the earlier blocks leave (where ratios tie, a smaller such
// set formed by one job and what it needs is a block of its own); job indices ascending
// inside each block.
[[nodiscard]] std::vector<std::vector<std::size_t>> sidney_decomposition(const std::vector<Job>& jobs);
// Number of prerequisite-closed sets (the empty and the full set included), counted up to
// `cap`: a result above `cap` only says "more than cap". Needs at most 63 jobs (returns
// cap + 1 beyond).
[[nodiscard]] std::size_t count_closed_sets(const std::vector<Job>& jobs, std::size_t cap);
// A lower bound on the optimal Σ wⱼCⱼ without a deadline: Sidney's blocks in sequence, each
// block's own optimum where it has at most `exact_state_limit` closed sets, otherwise the
// bound (Σp·Σw + Σ pⱼwⱼ) / 2, which holds because no initial set of a block has a higher
// ratio than the block.
[[nodiscard]] double weighted_completion_lower_bound(const std::vector<Job>& jobs,
                                                     std::size_t exact_state_limit = kExactStateLimit);

}  // namespace kickstart
