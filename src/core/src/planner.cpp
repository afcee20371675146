// The planner: the order that delivers the most value earliest (scheduling), and the plan
// for one organisation built on it.
//
// Index of this file:
// [SECTION] Scheduling
// [SECTION] Sidney decomposition
// [SECTION] Effort, weight and applicability for one organisation
// [SECTION] Plans
#include "kickstart/core/planner.hpp"

#include "kickstart/core/limits.hpp"
#include "kickstart/core/numbers.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <queue>
#include <unordered_map>

namespace kickstart {

// [SECTION] Scheduling

std::string_view method_name(OrderMethod method) {
    return method == OrderMethod::exact ? "exact" : "heuristic";
}

double weighted_completion(const std::vector<Job>& jobs, const std::vector<std::size_t>& order) {
    double clock = 0.0;
    double total = 0.0;
    for (const std::size_t j : order) {
        clock += jobs[j].hours;
        total += jobs[j].weight * clock;
    }
    return total;
}

namespace {

// List scheduling: repeatedly the available job with the highest priority (ties: lower index).
std::vector<std::size_t> list_schedule(const std::vector<Job>& jobs, const std::vector<double>& priority) {
    const std::size_t n = jobs.size();
    std::vector<std::size_t> waiting(n, 0);
    std::vector<std::vector<std::size_t>> dependants(n);
    for (std::size_t j = 0; j < n; ++j) {
        waiting[j] = jobs[j].prerequisites.size();
        for (const std::size_t r : jobs[j].prerequisites) dependants[r].push_back(j);
    }
    const auto lower = [&](std::size_t a, std::size_t b) {
        return priority[a] != priority[b] ? priority[a] < priority[b] : a > b;
    };
    std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(lower)> ready(lower);
    for (std::size_t j = 0; j < n; ++j) {
        if (waiting[j] == 0) ready.push(j);
    }
    std::vector<std::size_t> order;
    order.reserve(n);
    while (!ready.empty()) {
        const std::size_t j = ready.top();
        ready.pop();
        order.push_back(j);
        for (const std::size_t d : dependants[j]) {
            if (--waiting[d] == 0) ready.push(d);
        }
    }
    return order;
}

std::vector<double> smith_ratios(const std::vector<Job>& jobs) {
    std::vector<double> ratio(jobs.size());
    for (std::size_t j = 0; j < jobs.size(); ++j) ratio[j] = jobs[j].weight / jobs[j].hours;
    return ratio;
}

// Sidney's insight, restricted to chains: a low-ratio job that opens the way to high-ratio
// jobs is worth the ratio of the best chain it starts. Computed once, dependants first.
std::vector<double> chain_ratios(const std::vector<Job>& jobs, const std::vector<std::size_t>& topological) {
    const std::size_t n = jobs.size();
    std::vector<std::vector<std::size_t>> dependants(n);
    for (std::size_t j = 0; j < n; ++j) {
        for (const std::size_t r : jobs[j].prerequisites) dependants[r].push_back(j);
    }
    std::vector<double> block_weight(n);
    std::vector<double> block_hours(n);
    std::vector<double> ratio(n);
    for (auto it = topological.rbegin(); it != topological.rend(); ++it) {
        const std::size_t j = *it;
        double weight = jobs[j].weight;
        double hours = jobs[j].hours;
        for (const std::size_t d : dependants[j]) {
            const double w = jobs[j].weight + block_weight[d];
            const double p = jobs[j].hours + block_hours[d];
            if (w * hours > weight * p) {  // w/p > weight/hours
                weight = w;
                hours = p;
            }
        }
        block_weight[j] = weight;
        block_hours[j] = hours;
        ratio[j] = weight / hours;
    }
    return ratio;
}

// Adjacent pairwise interchange: swapping neighbours a, b (b not requiring a) lowers Σ wC
// exactly when w_b·p_a > w_a·p_b. Never makes the order worse.
void improve_by_interchange(const std::vector<Job>& jobs, std::vector<std::size_t>& order) {
    std::vector<std::vector<std::size_t>> prerequisites(jobs.size());
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        prerequisites[j] = jobs[j].prerequisites;
        std::sort(prerequisites[j].begin(), prerequisites[j].end());
    }
    constexpr int kMaxPasses = 64;
    for (int pass = 0; pass < kMaxPasses; ++pass) {
        bool swapped = false;
        for (std::size_t i = 0; i + 1 < order.size(); ++i) {
            const std::size_t a = order[i];
            const std::size_t b = order[i + 1];
            if (std::binary_search(prerequisites[b].begin(), prerequisites[b].end(), a)) continue;
            const double gain = jobs[b].weight * jobs[a].hours - jobs[a].weight * jobs[b].hours;
            if (gain > kRatioTolerance * (1.0 + std::abs(jobs[b].weight * jobs[a].hours))) {
                std::swap(order[i], order[i + 1]);
                swapped = true;
            }
        }
        if (!swapped) break;
    }
}

// The jobs a deadline binds: the due ones and everything they need, transitively.
std::vector<bool> due_closure(const std::vector<Job>& jobs, const std::vector<bool>& due) {
    std::vector<bool> needed(jobs.size(), false);
    std::vector<std::size_t> stack;
    for (std::size_t j = 0; j < jobs.size() && j < due.size(); ++j) {
        if (due[j]) stack.push_back(j);
    }
    while (!stack.empty()) {
        const std::size_t j = stack.back();
        stack.pop_back();
        if (needed[j]) continue;
        needed[j] = true;
        for (const std::size_t r : jobs[j].prerequisites) stack.push_back(r);
    }
    return needed;
}

// Dynamic programming over prerequisite-closed sets (ideals), layer by layer: the best cost
// of doing exactly the set S first, extended by one available job at a time. States are
// visited in sorted order so ties break the same way on every platform.
//
// With a deadline, a set S may start an order only if what the deadline binds and S lacks
// still fits: hours(S) + hours(R \ S) <= deadline, R being the bound jobs. An order meets
// the deadline exactly when all its prefixes pass this test, so the optimum over the states
// that pass is the best order that meets it.
bool exact_schedule(const std::vector<Job>& jobs, std::size_t state_limit, std::vector<std::size_t>& order,
                    const std::vector<bool>& bound = {}, double deadline = 0.0,
                    double upper_bound = std::numeric_limits<double>::infinity()) {
    const std::size_t n = jobs.size();
    if (n > 63) return false;
    // Branch and bound: a set whose cost plus a lower bound for the rest exceeds a known
    // order's cost cannot start the best order. The bound relaxes the prerequisites of what
    // is left: Smith's rule is then optimal, so it never overestimates.
    std::vector<std::size_t> by_ratio(n);
    for (std::size_t j = 0; j < n; ++j) by_ratio[j] = j;
    std::stable_sort(by_ratio.begin(), by_ratio.end(), [&](std::size_t a, std::size_t b) {
        return jobs[a].weight * jobs[b].hours > jobs[b].weight * jobs[a].hours;
    });
    const bool bounded = upper_bound < std::numeric_limits<double>::infinity();
    const auto lower_bound = [&](std::uint64_t set, double cost, double start) {
        double clock = start;
        for (const std::size_t j : by_ratio) {
            if ((set >> j) & 1u) continue;
            clock += jobs[j].hours;
            cost += jobs[j].weight * clock;
        }
        return cost;
    };
    const double prune_above = upper_bound + kCostTolerance * (1.0 + std::abs(upper_bound));
    std::vector<std::uint64_t> needs(n, 0);
    for (std::size_t j = 0; j < n; ++j) {
        for (const std::size_t r : jobs[j].prerequisites) needs[j] |= std::uint64_t{1} << r;
    }
    double bound_hours = 0.0;
    for (std::size_t j = 0; j < n && j < bound.size(); ++j) bound_hours += bound[j] ? jobs[j].hours : 0.0;
    const auto is_bound = [&](std::size_t j) { return j < bound.size() && bound[j]; };
    struct Entry {
        double cost;
        double hours;
        double bound_hours;  // hours of the bound jobs in the set
        int last;
    };
    std::unordered_map<std::uint64_t, Entry> states;
    states.reserve(std::min<std::size_t>(state_limit, 4096));
    states.emplace(0, Entry{0.0, 0.0, 0.0, -1});
    std::vector<std::uint64_t> layer{0};
    std::vector<std::uint64_t> next;
    for (std::size_t size = 0; size < n; ++size) {
        next.clear();
        std::sort(layer.begin(), layer.end());
        for (const std::uint64_t set : layer) {
            const auto found = states.find(set);
            KICKSTART_ASSERT(found != states.end(), "every set of a layer has its state");
            const Entry from = found->second;
            for (std::size_t j = 0; j < n; ++j) {
                const std::uint64_t bit = std::uint64_t{1} << j;
                if ((set & bit) != 0 || (needs[j] & ~set) != 0) continue;
                const double hours = from.hours + jobs[j].hours;
                const double in_bound = from.bound_hours + (is_bound(j) ? jobs[j].hours : 0.0);
                const bool bound_left = in_bound < bound_hours - kHoursTolerance;
                if (bound_left && hours + (bound_hours - in_bound) > deadline + kHoursTolerance) continue;
                const double cost = from.cost + jobs[j].weight * hours;
                if (bounded && lower_bound(set | bit, cost, hours) > prune_above) continue;
                const Entry entry{cost, hours, in_bound, static_cast<int>(j)};
                const auto [it, inserted] = states.try_emplace(set | bit, entry);
                if (inserted) {
                    next.push_back(set | bit);
                    if (states.size() > state_limit) return false;
                } else if (cost < it->second.cost) {
                    it->second = entry;
                }
            }
        }
        layer.swap(next);
    }
    const std::uint64_t all = n == 0 ? 0 : (~std::uint64_t{0} >> (64 - n));
    if (states.find(all) == states.end()) return false;  // the deadline cannot be met at all
    order.assign(n, 0);
    std::uint64_t set = all;
    for (std::size_t position = n; position-- > 0;) {
        const auto found = states.find(set);
        KICKSTART_ASSERT(found != states.end() && found->second.last >= 0, "the best order's sets have their states");
        const int last = found->second.last;
        order[position] = static_cast<std::size_t>(last);
        set &= ~(std::uint64_t{1} << last);
    }
    return true;
}

// [SECTION] Sidney decomposition

// Maximum flow (Dinic) on a small network, for maximum-weight closures.
class FlowNetwork {
public:
    explicit FlowNetwork(std::size_t nodes) : adjacency_(nodes), level_(nodes), next_(nodes) {}

    void add_edge(std::size_t from, std::size_t to, double capacity) {
        adjacency_[from].push_back(edges_.size());
        edges_.push_back({to, capacity});
        adjacency_[to].push_back(edges_.size());
        edges_.push_back({from, 0.0});
    }

    void max_flow(std::size_t source, std::size_t sink, double epsilon) {
        while (build_levels(source, sink, epsilon)) {
            std::fill(next_.begin(), next_.end(), 0);
            while (push(source, sink, std::numeric_limits<double>::infinity(), epsilon) > epsilon) {
            }
        }
    }

    // Nodes reachable from `source` through edges with capacity left: the source side of
    // the minimum cut that is smallest by inclusion.
    [[nodiscard]] std::vector<bool> source_side(std::size_t source, double epsilon) const {
        std::vector<bool> seen(adjacency_.size(), false);
        std::vector<std::size_t> stack{source};
        seen[source] = true;
        while (!stack.empty()) {
            const std::size_t node = stack.back();
            stack.pop_back();
            for (const std::size_t e : adjacency_[node]) {
                if (edges_[e].capacity > epsilon && !seen[edges_[e].to]) {
                    seen[edges_[e].to] = true;
                    stack.push_back(edges_[e].to);
                }
            }
        }
        return seen;
    }

private:
    struct Edge {
        std::size_t to;
        double capacity;
    };

    bool build_levels(std::size_t source, std::size_t sink, double epsilon) {
        std::fill(level_.begin(), level_.end(), -1);
        std::vector<std::size_t> queue{source};
        level_[source] = 0;
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const std::size_t node = queue[head];
            for (const std::size_t e : adjacency_[node]) {
                if (edges_[e].capacity > epsilon && level_[edges_[e].to] < 0) {
                    level_[edges_[e].to] = level_[node] + 1;
                    queue.push_back(edges_[e].to);
                }
            }
        }
        return level_[sink] >= 0;
    }

    double push(std::size_t node, std::size_t sink, double limit, double epsilon) {
        if (node == sink) return limit;
        for (std::size_t& i = next_[node]; i < adjacency_[node].size(); ++i) {
            const std::size_t e = adjacency_[node][i];
            Edge& edge = edges_[e];
            if (edge.capacity <= epsilon || level_[edge.to] != level_[node] + 1) continue;
            const double pushed = push(edge.to, sink, std::min(limit, edge.capacity), epsilon);
            if (pushed > epsilon) {
                edge.capacity -= pushed;
                edges_[e ^ 1].capacity += pushed;
                return pushed;
            }
        }
        return 0.0;
    }

    std::vector<std::vector<std::size_t>> adjacency_;
    std::vector<Edge> edges_;
    std::vector<int> level_;
    std::vector<std::size_t> next_;
};

double ratio(const std::vector<Job>& jobs, const std::vector<std::size_t>& set) {
    double weight = 0.0;
    double hours = 0.0;
    for (const std::size_t j : set) {
        weight += jobs[j].weight;
        hours += jobs[j].hours;
    }
    return hours > 0 ? weight / hours : 0.0;
}

// The prerequisite-closed subset of `remaining` with the largest Σ (w - λp): a maximum-weight
// closure, found as a minimum cut (Picard). Returns the smallest such set.
std::vector<std::size_t> max_closure(const std::vector<Job>& jobs, const std::vector<std::size_t>& remaining,
                                     const std::vector<std::size_t>& local, double lambda, double& value) {
    const std::size_t n = remaining.size();
    const std::size_t source = n;
    const std::size_t sink = n + 1;
    FlowNetwork network(n + 2);
    double scale = 0.0;
    for (const std::size_t j : remaining) scale += std::abs(jobs[j].weight) + std::abs(lambda * jobs[j].hours);
    const double infinite = scale * 4 + 1.0;
    const double epsilon = kRatioTolerance * (scale + 1.0);
    for (std::size_t i = 0; i < n; ++i) {
        const Job& job = jobs[remaining[i]];
        const double v = job.weight - lambda * job.hours;
        if (v > 0) network.add_edge(source, i, v);
        if (v < 0) network.add_edge(i, sink, -v);
        for (const std::size_t r : job.prerequisites) {
            if (local[r] != SIZE_MAX) network.add_edge(i, local[r], infinite);  // i chosen => r chosen
        }
    }
    network.max_flow(source, sink, epsilon);
    const std::vector<bool> side = network.source_side(source, epsilon);
    std::vector<std::size_t> closure;
    value = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        if (!side[i]) continue;
        closure.push_back(remaining[i]);
        value += jobs[remaining[i]].weight - lambda * jobs[remaining[i]].hours;
    }
    return closure;
}

// Splits the jobs into Sidney's sequence of ratio-maximal initial sets: each block is a
// prerequisite-closed set of what remains with the largest w(I)/p(I). Sidney (1975) showed an
// optimal order exists that does the blocks one after another, so solving each block on
// its own — exactly where it is small enough — keeps the whole order optimal, and any order
// consistent with the blocks is within a factor 2 of optimal.
std::vector<std::vector<std::size_t>> sidney_blocks(const std::vector<Job>& jobs) {
    const std::size_t n = jobs.size();
    std::vector<std::vector<std::size_t>> blocks;
    std::vector<bool> done(n, false);
    std::vector<std::size_t> remaining(n);
    for (std::size_t j = 0; j < n; ++j) remaining[j] = j;
    std::vector<std::size_t> local(n, SIZE_MAX);
    while (!remaining.empty()) {
        std::fill(local.begin(), local.end(), SIZE_MAX);
        for (std::size_t i = 0; i < remaining.size(); ++i) local[remaining[i]] = i;
        // Dinkelbach: raise λ to the ratio of the best closure until no closure beats it.
        std::vector<std::size_t> best = remaining;
        double lambda = ratio(jobs, best);
        for (int iteration = 0; iteration < 64; ++iteration) {
            double value = 0.0;
            std::vector<std::size_t> closure = max_closure(jobs, remaining, local, lambda, value);
            const double next = ratio(jobs, closure);
            if (closure.empty() || next <= lambda * (1.0 + kRatioTolerance) + kRatioFloor) break;
            best = std::move(closure);
            lambda = next;
        }
        // Prefer the smallest ratio-maximal set among each job's own closure (the job and
        // everything it needs): smaller blocks are cheaper to solve exactly.
        std::vector<std::size_t> block = best;
        for (const std::size_t j : best) {
            std::vector<std::size_t> ancestors{j};
            std::vector<bool> in(n, false);
            in[j] = true;
            for (std::size_t k = 0; k < ancestors.size(); ++k) {
                for (const std::size_t r : jobs[ancestors[k]].prerequisites) {
                    if (!done[r] && !in[r]) {
                        in[r] = true;
                        ancestors.push_back(r);
                    }
                }
            }
            if (ancestors.size() < block.size() && ratio(jobs, ancestors) >= lambda * (1.0 - kRatioTolerance) - kRatioFloor) {
                block = std::move(ancestors);
            }
        }
        std::sort(block.begin(), block.end());
        for (const std::size_t j : block) done[j] = true;
        std::vector<std::size_t> rest;
        for (const std::size_t j : remaining) {
            if (!done[j]) rest.push_back(j);
        }
        remaining.swap(rest);
        blocks.push_back(std::move(block));
    }
    return blocks;
}

// The jobs of `block` as a problem of their own: prerequisites outside it are already done.
std::vector<Job> sub_problem(const std::vector<Job>& jobs, const std::vector<std::size_t>& block) {
    std::vector<std::size_t> local(jobs.size(), SIZE_MAX);
    for (std::size_t i = 0; i < block.size(); ++i) local[block[i]] = i;
    std::vector<Job> sub(block.size());
    for (std::size_t i = 0; i < block.size(); ++i) {
        sub[i].hours = jobs[block[i]].hours;
        sub[i].weight = jobs[block[i]].weight;
        for (const std::size_t r : jobs[block[i]].prerequisites) {
            if (local[r] != SIZE_MAX) sub[i].prerequisites.push_back(local[r]);
        }
    }
    return sub;
}

}  // namespace

Schedule smith_list_schedule(const std::vector<Job>& jobs) {
    Schedule schedule;
    schedule.order = list_schedule(jobs, smith_ratios(jobs));
    schedule.method = OrderMethod::heuristic;
    schedule.weighted_completion = weighted_completion(jobs, schedule.order);
    return schedule;
}

namespace {

// The better of Smith's-rule and chain-ratio list schedules, each polished by pairwise
// interchange: never worse than plain Smith's-rule list scheduling.
std::vector<std::size_t> heuristic_order(const std::vector<Job>& jobs) {
    Schedule smith = smith_list_schedule(jobs);
    improve_by_interchange(jobs, smith.order);
    std::vector<std::size_t> chains = list_schedule(jobs, chain_ratios(jobs, smith.order));
    improve_by_interchange(jobs, chains);
    return weighted_completion(jobs, chains) < weighted_completion(jobs, smith.order) ? chains : smith.order;
}

}  // namespace

Schedule heuristic_schedule(const std::vector<Job>& jobs) {
    Schedule schedule;
    schedule.order = heuristic_order(jobs);
    schedule.method = OrderMethod::heuristic;
    schedule.weighted_completion = weighted_completion(jobs, schedule.order);
    return schedule;
}

namespace {

// The order without a deadline: Sidney's blocks in sequence, each ordered exactly when
// small enough, or the heuristic on the whole instance — whichever is better — and never
// worse than Smith's-rule list scheduling.
Schedule unconstrained_schedule(const std::vector<Job>& jobs, std::size_t exact_state_limit) {
    Schedule schedule;
    schedule.method = OrderMethod::exact;
    if (jobs.size() <= kSidneyJobLimit) {
        for (const auto& block : sidney_blocks(jobs)) {
            const std::vector<Job> sub = sub_problem(jobs, block);
            std::vector<std::size_t> order;
            if (!exact_schedule(sub, exact_state_limit, order)) {
                order = heuristic_order(sub);
                schedule.method = OrderMethod::heuristic;
            }
            for (const std::size_t i : order) schedule.order.push_back(block[i]);
        }
    } else {
        schedule.method = OrderMethod::heuristic;
    }
    schedule.weighted_completion = weighted_completion(jobs, schedule.order);
    if (schedule.method == OrderMethod::heuristic) {
        // A block solved by the heuristic can lose to the heuristic on the whole instance.
        std::vector<std::size_t> whole = heuristic_order(jobs);
        const double cost = weighted_completion(jobs, whole);
        if (schedule.order.empty() || cost < schedule.weighted_completion) {
            schedule.order = std::move(whole);
            schedule.weighted_completion = cost;
        }
    }
    const Schedule smith = smith_list_schedule(jobs);
    if (smith.weighted_completion <
        schedule.weighted_completion - kCostTolerance * std::abs(schedule.weighted_completion)) {
        schedule.order = smith.order;
        schedule.weighted_completion = smith.weighted_completion;
        schedule.method = OrderMethod::heuristic;
    }
    return schedule;
}

// Hour at which the last of the `bound` jobs finishes in `order` (0 when none is bound).
double bound_finish(const std::vector<Job>& jobs, const std::vector<bool>& bound, const std::vector<std::size_t>& order) {
    double clock = 0.0;
    double last = 0.0;
    for (const std::size_t j : order) {
        clock += jobs[j].hours;
        if (bound[j]) last = clock;
    }
    return last;
}

// The heuristic's way to meet a deadline: keeps `order` but holds back unbound jobs where
// they would crowd out the bound ones (`needed`, which fit before `deadline`).
void meet_deadline(const std::vector<Job>& jobs, const std::vector<bool>& needed, double deadline,
                   std::vector<std::size_t>& order) {
    const std::size_t n = jobs.size();
    double needed_hours = 0.0;
    for (std::size_t j = 0; j < n; ++j) needed_hours += needed[j] ? jobs[j].hours : 0.0;
    // Walk the order; let a job that is not needed go only if the needed ones still fit
    // after it (or never can). Relative order inside each group stays as it was.
    std::vector<std::size_t> result;
    result.reserve(n);
    std::vector<bool> placed(n, false);
    std::vector<std::size_t> waiting;  // not-needed jobs held back, in order
    double remaining = needed_hours;
    double clock = 0.0;
    const auto place = [&](std::size_t j) {
        result.push_back(j);
        placed[j] = true;
        clock += jobs[j].hours;
        if (needed[j]) remaining -= jobs[j].hours;
    };
    const auto ready = [&](std::size_t j) {
        return std::all_of(jobs[j].prerequisites.begin(), jobs[j].prerequisites.end(),
                           [&](std::size_t r) { return placed[r]; });
    };
    // Held-back jobs return, in their order, as soon as everything needed is placed.
    const auto release = [&] {
        if (remaining > kHoursTolerance) return;
        for (const std::size_t w : waiting) place(w);
        waiting.clear();
    };
    for (const std::size_t j : order) {
        if (needed[j]) {
            place(j);
            release();
            continue;
        }
        const bool squeezes =
            remaining > kHoursTolerance && clock + jobs[j].hours + remaining > deadline + kHoursTolerance;
        if (squeezes || !ready(j)) {
            waiting.push_back(j);
            continue;
        }
        place(j);
    }
    for (const std::size_t j : waiting) place(j);  // the original order keeps prerequisites first
    order.swap(result);
}

}  // namespace

Schedule schedule_jobs(const std::vector<Job>& jobs, const Deadline& deadline, std::size_t exact_state_limit) {
    Schedule schedule = unconstrained_schedule(jobs, exact_state_limit);
    const std::vector<bool> bound = due_closure(jobs, deadline.due);
    for (std::size_t j = 0; j < jobs.size(); ++j) schedule.due_hours += bound[j] ? jobs[j].hours : 0.0;
    if (schedule.due_hours <= 0.0) return schedule;
    schedule.deadline_met = schedule.due_hours <= deadline.hours + kHoursTolerance;
    if (!schedule.deadline_met) return schedule;  // cannot fit whatever the order: say so, change nothing
    if (bound_finish(jobs, bound, schedule.order) <= deadline.hours + kHoursTolerance) return schedule;

    // The heuristic repair gives an order that meets the deadline; its cost bounds the exact
    // search, which then proves or improves it.
    const std::vector<std::size_t> free_order = schedule.order;
    meet_deadline(jobs, bound, deadline.hours, schedule.order);
    schedule.weighted_completion = weighted_completion(jobs, schedule.order);
    std::vector<std::size_t> order;
    if (schedule.method == OrderMethod::exact &&
        exact_schedule(jobs, exact_state_limit, order, bound, deadline.hours, schedule.weighted_completion)) {
        schedule.order = std::move(order);
        schedule.weighted_completion = weighted_completion(jobs, schedule.order);
    } else {
        schedule.method = OrderMethod::heuristic;
    }
    // How many of the bound jobs the deadline pulled forward.
    std::vector<double> free_finish(jobs.size(), 0.0);
    double clock = 0.0;
    for (const std::size_t j : free_order) free_finish[j] = clock += jobs[j].hours;
    clock = 0.0;
    for (const std::size_t j : schedule.order) {
        clock += jobs[j].hours;
        if (bound[j] && clock < free_finish[j] - kHoursTolerance) ++schedule.moved_for_deadline;
    }
    return schedule;
}

// [SECTION] Effort, weight and applicability for one organisation

bool applies(const Action& action, const Answers& answers) {
    return !action.applies_when || action.applies_when->holds(answers);
}

namespace {

// The goal ranked r-th (1-based) of G weighs (G - r + 1) / G: the first counts fully.
double goal_weight(const std::vector<std::string>& ranking, std::string_view goal) {
    const auto it = std::find(ranking.begin(), ranking.end(), goal);
    if (it == ranking.end()) return 0.0;
    const auto rank = static_cast<double>(it - ranking.begin());
    const auto count = static_cast<double>(ranking.size());
    return (count - rank) / count;
}

}  // namespace

double action_effort(const Action& action, const Answers& answers) {
    double factor = 1.0;
    double add = 0.0;
    for (const EffortModifier& modifier : action.effort_modifiers) {
        if (!modifier.when.holds(answers)) continue;
        factor *= modifier.factor;
        add += modifier.add_hours;
    }
    // Quarter hours: honest precision for estimates, and stable numbers in the exports.
    return std::max(0.25, round_to(action.base_hours * factor + add, 4.0));
}

double action_weight(const Action& action, const Answers& answers) {
    const std::vector<std::string> ranking = answers.list(question_ids::goals);
    double value = action.base_value;
    for (const auto& [goal, amount] : action.goal_values) value += amount * goal_weight(ranking, goal);
    for (const ValueModifier& modifier : action.value_modifiers) {
        if (modifier.when.holds(answers)) value *= modifier.factor;
    }
    return round_to(value, 100.0);
}

// [SECTION] Plans

Plan make_plan(const Catalog& catalog, const Answers& answers, const std::set<std::string>& done) {
    const auto& actions = catalog.actions();
    Plan plan;
    std::vector<std::size_t> applicable;               // job index -> action index
    std::vector<std::size_t> job_of(actions.size(), SIZE_MAX);
    for (std::size_t a = 0; a < actions.size(); ++a) {
        if (applies(actions[a], answers)) {
            job_of[a] = applicable.size();
            applicable.push_back(a);
        } else {
            plan.not_applicable.push_back(a);
        }
    }

    // A prerequisite that does not apply to this organisation counts as satisfied.
    std::vector<Job> jobs(applicable.size());
    for (std::size_t j = 0; j < applicable.size(); ++j) {
        const Action& action = actions[applicable[j]];
        jobs[j].hours = action_effort(action, answers);
        jobs[j].weight = action_weight(action, answers);
        for (std::size_t i = 0; i < action.prerequisites.size(); ++i) {
            const std::size_t r = action.prerequisites[i];
            const auto& when = action.prerequisite_when[i];
            if (job_of[r] != SIZE_MAX && (!when || when->holds(answers))) jobs[j].prerequisites.push_back(job_of[r]);
        }
    }
    PlanSummary& summary = plan.summary;
    summary.hours_per_week = std::max<std::int64_t>(1, answers.number(question_ids::hours_per_week));
    summary.weeks_to_demo = std::max<std::int64_t>(1, answers.number(question_ids::weeks_to_demo));
    summary.hours_available = static_cast<double>(summary.hours_per_week * summary.weeks_to_demo);
    Deadline demo{std::vector<bool>(jobs.size(), false), summary.hours_available};
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        const auto& when = actions[applicable[j]].due_before_demo;
        demo.due[j] = when && when->holds(answers);
    }
    const Schedule schedule = schedule_jobs(jobs, demo);
    summary.method = schedule.method;
    summary.weighted_completion = schedule.weighted_completion;
    summary.demo_needs_hours = schedule.due_hours;
    summary.demo_needs_fit = schedule.deadline_met;
    summary.moved_for_demo = schedule.moved_for_deadline;

    const auto hours_per_week = static_cast<double>(summary.hours_per_week);
    double clock = 0.0;
    for (const std::size_t j : schedule.order) {
        const std::size_t a = applicable[j];
        const Action& action = actions[a];
        PlanItem item;
        item.action = a;
        item.order = plan.items.size() + 1;
        item.effort_hours = jobs[j].hours;
        item.weight = jobs[j].weight;
        item.start_hour = clock;
        clock += jobs[j].hours;
        item.finish_hour = clock;
        item.week = std::max(1, static_cast<int>(std::ceil(clock / hours_per_week - kHoursTolerance)));
        item.before_demo = clock <= summary.hours_available + kHoursTolerance;
        item.done = done.contains(action.id);
        for (const std::size_t r : jobs[j].prerequisites) item.needs.push_back(applicable[r]);
        for (std::size_t v = 0; v < action.variants.size(); ++v) {
            if (action.variants[v].when.holds(answers)) item.variants.push_back(v);
        }
        summary.total_hours += item.effort_hours;
        summary.total_value += item.weight;
        if (item.before_demo) {
            summary.value_before_demo += item.weight;
            ++summary.actions_before_demo;
        }
        if (item.done) {
            ++summary.done_count;
            summary.done_hours += item.effort_hours;
        }
        plan.items.push_back(std::move(item));
    }
    // What each action unlocks: the applicable actions that need it.
    std::vector<std::size_t> position_of(actions.size(), SIZE_MAX);
    for (std::size_t i = 0; i < plan.items.size(); ++i) position_of[plan.items[i].action] = i;
    for (const PlanItem& item : plan.items) {
        for (const std::size_t need : item.needs) plan.items[position_of[need]].unlocks.push_back(item.action);
    }
    summary.value_share_before_demo = summary.total_value > 0 ? summary.value_before_demo / summary.total_value : 0.0;
    return plan;
}

}  // namespace kickstart
