// Scheduling: the order of jobs that minimises Σ wⱼCⱼ under prerequisites, optionally with a
// deadline for some of them (see schedule.hpp for the contract).
//
// Index of this file
// [SECTION] Orders and their cost
// [SECTION] Exact: dynamic programming over closed sets
// [SECTION] Counting closed sets
// [SECTION] Sidney decomposition
// [SECTION] Local search
// [SECTION] Deadline
// [SECTION] Schedules
#include "kickstart/core/schedule.hpp"

#include "kickstart/core/limits.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <queue>
#include <random>
#include <utility>

namespace kickstart {

// [SECTION] Orders and their cost

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

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

std::vector<std::vector<std::size_t>> dependants_of(const std::vector<Job>& jobs) {
    std::vector<std::vector<std::size_t>> dependants(jobs.size());
    for (std::size_t j = 0; j < jobs.size(); ++j) {
        for (const std::size_t r : jobs[j].prerequisites) dependants[r].push_back(j);
    }
    return dependants;
}

// List scheduling: repeatedly the available job with the highest priority (ties: lower index).
std::vector<std::size_t> list_schedule(const std::vector<Job>& jobs, const std::vector<double>& priority) {
    const std::size_t n = jobs.size();
    std::vector<std::size_t> waiting(n, 0);
    const std::vector<std::vector<std::size_t>> dependants = dependants_of(jobs);
    for (std::size_t j = 0; j < n; ++j) waiting[j] = jobs[j].prerequisites.size();
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

// A low-ratio job that opens the way to high-ratio jobs is worth the ratio of the best chain
// it starts: a second priority for list scheduling. Computed once, dependants first.
std::vector<double> chain_ratios(const std::vector<Job>& jobs, const std::vector<std::size_t>& topological) {
    const std::size_t n = jobs.size();
    const std::vector<std::vector<std::size_t>> dependants = dependants_of(jobs);
    std::vector<double> chain_weight(n);
    std::vector<double> chain_hours(n);
    std::vector<double> ratio(n);
    for (auto it = topological.rbegin(); it != topological.rend(); ++it) {
        const std::size_t j = *it;
        double weight = jobs[j].weight;
        double hours = jobs[j].hours;
        for (const std::size_t d : dependants[j]) {
            const double w = jobs[j].weight + chain_weight[d];
            const double p = jobs[j].hours + chain_hours[d];
            if (w * hours > weight * p) {  // w/p > weight/hours
                weight = w;
                hours = p;
            }
        }
        chain_weight[j] = weight;
        chain_hours[j] = hours;
        ratio[j] = weight / hours;
    }
    return ratio;
}

double ratio(const std::vector<Job>& jobs, const std::vector<std::size_t>& set) {
    double weight = 0.0;
    double hours = 0.0;
    for (const std::size_t j : set) {
        weight += jobs[j].weight;
        hours += jobs[j].hours;
    }
    return hours > 0 ? weight / hours : 0.0;
}

// The jobs of `part` (ascending) as a problem of their own: prerequisites outside it count
// as done.
std::vector<Job> sub_problem(const std::vector<Job>& jobs, const std::vector<std::size_t>& part) {
    std::vector<Job> sub(part.size());
    for (std::size_t i = 0; i < part.size(); ++i) {
        sub[i].hours = jobs[part[i]].hours;
        sub[i].weight = jobs[part[i]].weight;
        for (const std::size_t r : jobs[part[i]].prerequisites) {
            const auto it = std::lower_bound(part.begin(), part.end(), r);
            if (it != part.end() && *it == r) sub[i].prerequisites.push_back(static_cast<std::size_t>(it - part.begin()));
        }
    }
    return sub;
}

// [SECTION] Exact: dynamic programming over closed sets

// The dynamic programme's states: from a set of jobs (bit mask, never all 64 bits) to its
// entry's place, by open addressing; grows by doubling.
class StateTable {
public:
    static constexpr std::uint64_t kEmpty = ~std::uint64_t{0};

    // Room for `count` keys without growing.
    void reserve(std::size_t count) {
        while (count * 2 > keys_.size()) grow();
    }

    // The place of `key`, and whether it was just added at place `next`.
    std::pair<std::size_t, bool> insert(std::uint64_t key, std::size_t next) {
        if ((count_ + 1) * 2 > keys_.size()) grow();
        std::size_t slot = home(key);
        while (keys_[slot] != kEmpty) {
            if (keys_[slot] == key) return {places_[slot], false};
            slot = (slot + 1) & (keys_.size() - 1);
        }
        keys_[slot] = key;
        places_[slot] = next;
        ++count_;
        return {next, true};
    }

    [[nodiscard]] std::size_t find(std::uint64_t key) const {
        std::size_t slot = home(key);
        while (keys_[slot] != key) {
            if (keys_[slot] == kEmpty) return std::numeric_limits<std::size_t>::max();
            slot = (slot + 1) & (keys_.size() - 1);
        }
        return places_[slot];
    }

private:
    [[nodiscard]] std::size_t home(std::uint64_t key) const {
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15u) >> shift_);
    }

    void grow() {
        const std::vector<std::uint64_t> keys = std::move(keys_);
        const std::vector<std::size_t> places = std::move(places_);
        const std::size_t size = keys.empty() ? 16 : keys.size() * 2;
        keys_.assign(size, kEmpty);
        places_.assign(size, 0);
        shift_ = 64 - std::countr_zero(size);
        count_ = 0;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] != kEmpty) insert(keys[i], places[i]);
        }
    }

    std::vector<std::uint64_t> keys_;
    std::vector<std::size_t> places_;
    std::size_t count_ = 0;
    int shift_ = 64;
};

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
                    double upper_bound = std::numeric_limits<double>::infinity(), std::size_t expected_states = 0) {
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
    // For the jobs a set leaves, in ratio order: the hours before each and the weight after
    // it, so the bound after adding any one job costs O(1).
    std::vector<double> hours_before(n, 0.0);
    std::vector<double> weight_after(n, 0.0);
    double rest_weight = 0.0;
    double rest_cost = 0.0;  // Σ wₖ·(finish of k) over the rest in ratio order, from hour 0
    const auto prepare_bound = [&](std::uint64_t set) {
        double clock = 0.0;
        rest_cost = 0.0;
        for (const std::size_t k : by_ratio) {
            if ((set >> k) & 1u) continue;
            hours_before[k] = clock;
            clock += jobs[k].hours;
            rest_cost += jobs[k].weight * clock;
        }
        rest_weight = 0.0;
        for (auto it = by_ratio.rbegin(); it != by_ratio.rend(); ++it) {
            if ((set >> *it) & 1u) continue;
            weight_after[*it] = rest_weight;
            rest_weight += jobs[*it].weight;
        }
    };
    // The cost with j added, plus Smith's order of the rest after j from hour `start`.
    const auto lower_bound = [&](std::size_t j, double cost, double start) {
        return cost + start * (rest_weight - jobs[j].weight) + rest_cost -
               jobs[j].weight * (hours_before[j] + jobs[j].hours) - jobs[j].hours * weight_after[j];
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
    const std::uint64_t all = n == 0 ? 0 : (~std::uint64_t{0} >> (64 - n));
    StateTable table;
    table.reserve(std::min(expected_states, state_limit) + 1);
    std::vector<Entry> states{Entry{0.0, 0.0, 0.0, -1}};
    table.insert(0, 0);
    using State = std::pair<std::uint64_t, std::size_t>;  // set, place in `states`
    std::vector<State> layer{{0, 0}};
    std::vector<State> next;
    for (std::size_t size = 0; size < n; ++size) {
        next.clear();
        std::sort(layer.begin(), layer.end());
        for (const auto& [set, from_place] : layer) {
            const Entry from = states[from_place];
            if (bounded) prepare_bound(set);
            for (std::uint64_t open = all & ~set; open != 0; open &= open - 1) {
                const auto j = static_cast<std::size_t>(std::countr_zero(open));
                const std::uint64_t bit = std::uint64_t{1} << j;
                if ((needs[j] & ~set) != 0) continue;
                const double hours = from.hours + jobs[j].hours;
                const double in_bound = from.bound_hours + (is_bound(j) ? jobs[j].hours : 0.0);
                if (in_bound < bound_hours - kHoursTolerance && hours + (bound_hours - in_bound) > deadline + kHoursTolerance) continue;
                const double cost = from.cost + jobs[j].weight * hours;
                if (bounded && lower_bound(j, cost, hours) > prune_above) continue;
                const Entry entry{cost, hours, in_bound, static_cast<int>(j)};
                const auto [place, inserted] = table.insert(set | bit, states.size());
                if (inserted) {
                    states.push_back(entry);
                    next.emplace_back(set | bit, place);
                    if (states.size() > state_limit) return false;
                } else if (cost < states[place].cost) {
                    states[place] = entry;
                }
            }
        }
        layer.swap(next);
    }
    if (table.find(all) == std::numeric_limits<std::size_t>::max()) return false;  // the deadline cannot be met
    order.assign(n, 0);
    std::uint64_t set = all;
    for (std::size_t position = n; position-- > 0;) {
        const int last = states[table.find(set)].last;
        order[position] = static_cast<std::size_t>(last);
        set &= ~(std::uint64_t{1} << last);
    }
    return true;
}

}  // namespace

// [SECTION] Counting closed sets

namespace {

// The closed sets of a set M split by any job x in it: those without x (nor anything that
// needs x) and those with x (and everything x needs), so count(M) = count(M minus x and
// above) + count(M minus x and below). Jobs comparable to nothing left double the count
// at once. Every leaf of the recursion is one closed set, so the work stays proportional to
// min(count, cap) times the number of jobs.
//
// With a deadline (`bound` not empty), only the sets the exact search keeps are counted:
// those whose jobs outside `bound` take at most `slack` hours (the deadline less the hours
// of the bound jobs).
std::size_t count_states(const std::vector<Job>& jobs, std::size_t cap, const std::vector<bool>& bound,
                         double slack) {
    const std::size_t n = jobs.size();
    const std::uint64_t limit = std::min<std::uint64_t>(cap, std::uint64_t{1} << 62);
    const auto over = static_cast<std::size_t>(limit + 1);
    if (n > 63) return over;
    // Everything each job needs (below) and everything that needs it (above), transitively,
    // in topological order.
    std::vector<std::size_t> waiting(n);
    for (std::size_t j = 0; j < n; ++j) waiting[j] = jobs[j].prerequisites.size();
    const std::vector<std::vector<std::size_t>> dependants = dependants_of(jobs);
    std::vector<std::size_t> topological;
    for (std::size_t j = 0; j < n; ++j) {
        if (waiting[j] == 0) topological.push_back(j);
    }
    for (std::size_t k = 0; k < topological.size(); ++k) {
        for (const std::size_t d : dependants[topological[k]]) {
            if (--waiting[d] == 0) topological.push_back(d);
        }
    }
    if (topological.size() != n) return over;  // a cycle: nothing to count
    std::vector<std::uint64_t> below(n, 0);
    std::vector<std::uint64_t> above(n, 0);
    for (const std::size_t j : topological) {
        below[j] = std::uint64_t{1} << j;
        for (const std::size_t r : jobs[j].prerequisites) below[j] |= below[r];
    }
    for (std::size_t j = 0; j < n; ++j) {
        for (std::uint64_t rest = below[j]; rest != 0; rest &= rest - 1) {
            above[static_cast<std::size_t>(std::countr_zero(rest))] |= std::uint64_t{1} << j;
        }
    }
    const bool filtering = !bound.empty();
    // At least 2^width closed sets (every subset of an antichain starts one): when that is
    // already above the cap, nothing needs counting. The width is the number of jobs less
    // a largest matching of jobs to jobs that need them (Dilworth, Fulkerson).
    if (!filtering && n > 16) {
        std::vector<std::size_t> matched(n, kNone);  // the job matched to each dependant
        for (std::size_t i = 0; i < n; ++i) {
            std::uint64_t visited = 0;
            const auto augment = [&](const auto& self, std::size_t from) -> bool {
                for (std::uint64_t rest = above[from] & ~(std::uint64_t{1} << from) & ~visited; rest != 0; rest &= rest - 1) {
                    const auto to = static_cast<std::size_t>(std::countr_zero(rest));
                    visited |= std::uint64_t{1} << to;
                    if (matched[to] == kNone || self(self, matched[to])) {
                        matched[to] = from;
                        return true;
                    }
                }
                return false;
            };
            augment(augment, i);
        }
        const auto width = static_cast<std::size_t>(std::count(matched.begin(), matched.end(), kNone));
        if (width >= 62 || (std::uint64_t{1} << width) > limit) return over;
    }
    std::uint64_t unbound = 0;  // the jobs whose hours count against the slack
    for (std::size_t j = 0; j < n; ++j) {
        if (filtering && !(j < bound.size() && bound[j])) unbound |= std::uint64_t{1} << j;
    }
    const auto unbound_hours = [&](std::uint64_t mask) {
        double hours = 0.0;
        for (std::uint64_t rest = mask & unbound; rest != 0; rest &= rest - 1) {
            hours += jobs[static_cast<std::size_t>(std::countr_zero(rest))].hours;
        }
        return hours;
    };
    const double room = slack + kHoursTolerance;
    // count(mask, budget, used): the exact count when it is at most budget, budget + 1
    // otherwise; `used` is the slack the jobs already in take.
    const auto count = [&](const auto& self, std::uint64_t mask, std::uint64_t budget, double used) -> std::uint64_t {
        if (mask == 0) return 1;
        const bool tight = filtering && used + unbound_hours(mask) > room;
        std::uint64_t lone = 0;
        std::size_t split = 64;
        int split_degree = 0;
        for (std::uint64_t rest = mask; rest != 0; rest &= rest - 1) {
            const auto j = static_cast<std::size_t>(std::countr_zero(rest));
            const std::uint64_t bit = std::uint64_t{1} << j;
            const int degree = std::popcount((below[j] | above[j]) & mask);
            if (degree == 1 && !(tight && (unbound & bit) != 0)) {
                lone |= bit;
            } else if (degree > split_degree) {
                split = j;
                split_degree = degree;
            }
        }
        if (lone != 0) {
            const int free_jobs = std::popcount(lone);
            if (free_jobs >= 62) return budget + 1;
            const std::uint64_t factor = std::uint64_t{1} << free_jobs;
            if (factor > budget) return budget + 1;
            const std::uint64_t rest = self(self, mask & ~lone, budget / factor, used);
            return rest > budget / factor ? budget + 1 : rest * factor;
        }
        const std::uint64_t without = self(self, mask & ~above[split], budget, used);
        if (without > budget) return budget + 1;
        const double with_used = used + (tight ? unbound_hours(below[split] & mask) : 0.0);
        if (with_used > room) return without;
        const std::uint64_t with = self(self, mask & ~below[split], budget - without, with_used);
        return with > budget - without ? budget + 1 : without + with;
    };
    const std::uint64_t all = n == 0 ? 0 : (~std::uint64_t{0} >> (64 - n));
    return static_cast<std::size_t>(count(count, all, limit, 0.0));
}

}  // namespace

std::size_t count_closed_sets(const std::vector<Job>& jobs, std::size_t cap) { return count_states(jobs, cap, {}, 0.0); }

// [SECTION] Sidney decomposition

namespace {

// Maximum-weight closures of w - λp (Picard: a minimum cut between a source feeding the
// jobs with w - λp > 0 and a sink fed by the others, with uncuttable arcs from each job to
// its prerequisites), for a sequence of disjoint parts and ratios. The flow is kept between
// calls: when a part splits at a minimum cut, no flow crosses the cut, so each side starts
// from the flow it already carries and only the change of λ has to be made good — the
// parametric idea of Gallo, Grigoriadis and Tarjan, with augmenting paths (Dinic) in the
// residual network.
class ClosureNetwork {
public:
    explicit ClosureNetwork(const std::vector<Job>& jobs)
        : jobs_(jobs), part_(jobs.size(), 0), level_(jobs.size(), -1), next_(jobs.size(), 0),
          source_flow_(jobs.size(), 0.0), sink_flow_(jobs.size(), 0.0), source_cap_(jobs.size(), 0.0),
          sink_cap_(jobs.size(), 0.0) {
        const std::size_t n = jobs.size();
        std::vector<std::pair<std::size_t, std::size_t>> arcs;  // (job, what it needs)
        for (std::size_t j = 0; j < n; ++j) {
            for (const std::size_t r : jobs[j].prerequisites) arcs.emplace_back(j, r);
        }
        add_shortcuts(arcs);
        out_first_.assign(n + 1, 0);
        in_first_.assign(n + 1, 0);
        for (const auto& [from, to] : arcs) {
            ++out_first_[from + 1];
            ++in_first_[to + 1];
        }
        for (std::size_t j = 0; j < n; ++j) {
            out_first_[j + 1] += out_first_[j];
            in_first_[j + 1] += in_first_[j];
        }
        arc_to_.resize(arcs.size());
        arc_from_.resize(arcs.size());
        in_arc_.resize(arcs.size());
        flow_.assign(arcs.size(), 0.0);
        std::vector<std::size_t> out_fill(out_first_.begin(), out_first_.end() - 1);
        std::vector<std::size_t> in_fill(in_first_.begin(), in_first_.end() - 1);
        for (const auto& [from, to] : arcs) {
            const std::size_t a = out_fill[from]++;
            arc_from_[a] = from;
            arc_to_[a] = to;
            in_arc_[in_fill[to]++] = a;
        }
    }

    [[nodiscard]] std::size_t work() const { return work_; }

    // Moves `jobs` into part `id` (their flow stays as it is).
    void assign(const std::vector<std::size_t>& jobs, std::size_t id) {
        for (const std::size_t j : jobs) part_[j] = id;
    }

    // The smallest maximum closure of w - λp within part `id` (its jobs `part`, ascending).
    // Gives up (`finished` false) once work() passes `stop` between two search phases.
    std::vector<std::size_t> max_closure(const std::vector<std::size_t>& part, std::size_t id, double lambda,
                                         std::size_t stop, bool& finished) {
        id_ = id;
        double scale = 0.0;
        for (const std::size_t j : part) scale += std::abs(jobs_[j].weight) + std::abs(lambda * jobs_[j].hours);
        epsilon_ = kRatioTolerance * (scale + 1.0);
        for (const std::size_t j : part) {
            const double v = jobs_[j].weight - lambda * jobs_[j].hours;
            source_cap_[j] = v > 0 ? v : 0.0;
            sink_cap_[j] = v < 0 ? -v : 0.0;
        }
        // The new capacities may be below the flow: take the excess back along its paths.
        for (const std::size_t j : part) {
            if (source_flow_[j] > source_cap_[j]) withdraw_from_source(j, source_flow_[j] - source_cap_[j]);
            if (sink_flow_[j] > sink_cap_[j]) withdraw_from_sink(j, sink_flow_[j] - sink_cap_[j]);
        }
        finished = false;
        while (work_ <= stop) {
            if (!build_levels(part)) {
                finished = true;
                break;
            }
            augment_all(part);
        }
        std::vector<std::size_t> closure;
        for (const std::size_t j : part) {
            if (level_[j] >= 0) closure.push_back(j);  // reachable from the source after the last search
        }
        return closure;
    }

private:
    [[nodiscard]] bool inside(std::size_t j) const { return part_[j] == id_; }

    // Augmenting paths in deep catalogs run down long chains of prerequisites, one search
    // phase per step of length. Arcs to the ancestors 2, 4, 8… steps down the longest chain
    // change no closure (a job chosen needs all its ancestors anyway) but shorten them.
    void add_shortcuts(std::vector<std::pair<std::size_t, std::size_t>>& arcs) const {
        const std::size_t n = jobs_.size();
        std::vector<std::size_t> waiting(n);
        std::vector<std::vector<std::size_t>> dependants = dependants_of(jobs_);
        std::vector<std::size_t> topological;
        for (std::size_t j = 0; j < n; ++j) {
            waiting[j] = jobs_[j].prerequisites.size();
            if (waiting[j] == 0) topological.push_back(j);
        }
        for (std::size_t k = 0; k < topological.size(); ++k) {
            for (const std::size_t d : dependants[topological[k]]) {
                if (--waiting[d] == 0) topological.push_back(d);
            }
        }
        if (topological.size() != n) return;  // not a valid instance: no shortcuts
        std::vector<std::size_t> depth(n, 0);
        std::vector<std::size_t> step(n, kNone);  // the prerequisite on the longest chain
        for (const std::size_t j : topological) {
            for (const std::size_t r : jobs_[j].prerequisites) {
                if (step[j] == kNone || depth[r] > depth[step[j]]) step[j] = r;
            }
            if (step[j] != kNone) depth[j] = depth[step[j]] + 1;
        }
        std::vector<std::size_t> further(n);
        for (bool any = true; any;) {
            any = false;
            for (std::size_t j = 0; j < n; ++j) further[j] = step[j] == kNone ? kNone : step[step[j]];
            for (std::size_t j = 0; j < n; ++j) {
                if (further[j] == kNone) continue;
                arcs.emplace_back(j, further[j]);
                any = true;
            }
            step.swap(further);
        }
    }

    // Cancels `amount` of the flow that enters j from the source, following it to the sink.
    void withdraw_from_source(std::size_t j, double amount) {
        std::vector<std::size_t> path;  // arcs
        while (amount > epsilon_) {
            path.clear();
            std::size_t node = j;
            double bottleneck = std::min(amount, source_flow_[j]);
            while (sink_flow_[node] <= epsilon_) {
                std::size_t next_arc = kNone;
                for (std::size_t a = out_first_[node]; a < out_first_[node + 1]; ++a) {
                    if (flow_[a] > epsilon_ && inside(arc_to_[a])) {
                        next_arc = a;
                        break;
                    }
                }
                if (next_arc == kNone) break;  // rounding left no way on: drop the rest
                path.push_back(next_arc);
                bottleneck = std::min(bottleneck, flow_[next_arc]);
                node = arc_to_[next_arc];
            }
            if (sink_flow_[node] <= epsilon_) {
                source_flow_[j] -= amount;
                return;
            }
            bottleneck = std::min(bottleneck, sink_flow_[node]);
            source_flow_[j] -= bottleneck;
            for (const std::size_t a : path) flow_[a] -= bottleneck;
            sink_flow_[node] -= bottleneck;
            amount -= bottleneck;
        }
    }

    // Cancels `amount` of the flow that leaves j to the sink, following it back to the source.
    void withdraw_from_sink(std::size_t j, double amount) {
        std::vector<std::size_t> path;
        while (amount > epsilon_) {
            path.clear();
            std::size_t node = j;
            double bottleneck = std::min(amount, sink_flow_[j]);
            while (source_flow_[node] <= epsilon_) {
                std::size_t next_arc = kNone;
                for (std::size_t k = in_first_[node]; k < in_first_[node + 1]; ++k) {
                    const std::size_t a = in_arc_[k];
                    if (flow_[a] > epsilon_ && inside(arc_from_[a])) {
                        next_arc = a;
                        break;
                    }
                }
                if (next_arc == kNone) break;
                path.push_back(next_arc);
                bottleneck = std::min(bottleneck, flow_[next_arc]);
                node = arc_from_[next_arc];
            }
            if (source_flow_[node] <= epsilon_) {
                sink_flow_[j] -= amount;
                return;
            }
            bottleneck = std::min(bottleneck, source_flow_[node]);
            sink_flow_[j] -= bottleneck;
            for (const std::size_t a : path) flow_[a] -= bottleneck;
            source_flow_[node] -= bottleneck;
            amount -= bottleneck;
        }
    }

    // Breadth-first levels from the source through arcs with room left: to a prerequisite
    // always (the arc cannot be cut), back to a dependant while flow runs from it. Returns
    // whether the sink is reachable (its level is sink_level_).
    bool build_levels(const std::vector<std::size_t>& part) {
        queue_.clear();
        for (const std::size_t j : part) {
            level_[j] = -1;
            if (source_cap_[j] - source_flow_[j] > epsilon_) {
                level_[j] = 1;
                queue_.push_back(j);
            }
        }
        sink_level_ = -1;
        for (std::size_t head = 0; head < queue_.size(); ++head) {
            const std::size_t u = queue_[head];
            if (sink_level_ >= 0 && level_[u] >= sink_level_) break;
            work_ += 1 + out_first_[u + 1] - out_first_[u] + in_first_[u + 1] - in_first_[u];
            if (sink_cap_[u] - sink_flow_[u] > epsilon_ && sink_level_ < 0) sink_level_ = level_[u] + 1;
            for (std::size_t a = out_first_[u]; a < out_first_[u + 1]; ++a) {
                const std::size_t r = arc_to_[a];
                if (level_[r] < 0 && inside(r)) {
                    level_[r] = level_[u] + 1;
                    queue_.push_back(r);
                }
            }
            for (std::size_t k = in_first_[u]; k < in_first_[u + 1]; ++k) {
                const std::size_t a = in_arc_[k];
                const std::size_t d = arc_from_[a];
                if (level_[d] < 0 && flow_[a] > epsilon_ && inside(d)) {
                    level_[d] = level_[u] + 1;
                    queue_.push_back(d);
                }
            }
        }
        return sink_level_ >= 0;
    }

    // One move of the search: to the sink, along arc a to a prerequisite, or back along the
    // reverse of arc a to a dependant.
    struct Step {
        std::size_t node;
        std::size_t arc;
        bool forward;
    };

    // A blocking flow in the level graph, by depth-first search with a current-arc pointer
    // per job over its moves: [0] the sink, then its prerequisites, then its dependants.
    void augment_all(const std::vector<std::size_t>& part) {
        for (const std::size_t j : part) next_[j] = 0;
        std::vector<Step> path;
        for (const std::size_t start : part) {
            if (level_[start] != 1) continue;
            path.clear();
            std::size_t node = start;
            while (source_cap_[start] - source_flow_[start] > epsilon_ && level_[start] == 1) {
                bool reached = false;
                for (;;) {
                    if (advance(node, path, reached)) {
                        if (reached) break;
                        node = path.back().node;
                        continue;
                    }
                    level_[node] = -1;  // a dead end this phase
                    if (path.empty()) break;
                    path.pop_back();
                    node = path.empty() ? start : path.back().node;
                    ++next_[node];
                }
                if (!reached) break;
                double pushed = source_cap_[start] - source_flow_[start];
                std::size_t last = start;
                for (const Step& step : path) {
                    if (!step.forward) pushed = std::min(pushed, flow_[step.arc]);
                    last = step.node;
                }
                pushed = std::min(pushed, sink_cap_[last] - sink_flow_[last]);
                source_flow_[start] += pushed;
                for (const Step& step : path) flow_[step.arc] += step.forward ? pushed : -pushed;
                sink_flow_[last] += pushed;
                // Resume from just before the first reverse arc this used up.
                std::size_t keep = 0;
                while (keep < path.size() && (path[keep].forward || flow_[path[keep].arc] > epsilon_)) ++keep;
                path.resize(keep);
                node = path.empty() ? start : path.back().node;
            }
        }
    }

    // Takes the next admissible move from `node` (or reports the sink reached).
    bool advance(std::size_t node, std::vector<Step>& path, bool& reached) {
        const std::size_t outs = out_first_[node + 1] - out_first_[node];
        const std::size_t ins = in_first_[node + 1] - in_first_[node];
        for (std::size_t& i = next_[node]; i < 1 + outs + ins; ++i) {
            ++work_;
            if (i == 0) {
                if (level_[node] + 1 == sink_level_ && sink_cap_[node] - sink_flow_[node] > epsilon_) {
                    reached = true;
                    return true;
                }
                continue;
            }
            if (i <= outs) {
                const std::size_t a = out_first_[node] + i - 1;
                const std::size_t r = arc_to_[a];
                if (inside(r) && level_[r] == level_[node] + 1) {
                    path.push_back({r, a, true});
                    return true;
                }
                continue;
            }
            const std::size_t a = in_arc_[in_first_[node] + i - 1 - outs];
            const std::size_t d = arc_from_[a];
            if (flow_[a] > epsilon_ && inside(d) && level_[d] == level_[node] + 1) {
                path.push_back({d, a, false});
                return true;
            }
        }
        return false;
    }

    const std::vector<Job>& jobs_;
    std::vector<std::size_t> part_;
    std::vector<int> level_;
    std::vector<std::size_t> next_;
    std::vector<double> source_flow_;
    std::vector<double> sink_flow_;
    std::vector<double> source_cap_;
    std::vector<double> sink_cap_;
    std::vector<std::size_t> out_first_;  // arcs j -> prerequisite: [out_first_[j], out_first_[j + 1])
    std::vector<std::size_t> in_first_;   // arcs dependant -> j: in_arc_[in_first_[j], in_first_[j + 1])
    std::vector<std::size_t> in_arc_;
    std::vector<std::size_t> arc_from_;
    std::vector<std::size_t> arc_to_;
    std::vector<double> flow_;
    std::vector<std::size_t> queue_;
    std::size_t id_ = 0;
    std::size_t work_ = 0;
    int sink_level_ = -1;
    double epsilon_ = 0.0;
};

// Blocks of equal ratio larger than this are not split further into smaller tied blocks
// (only when nothing inside depends on anything else: then every job is its own block).
constexpr std::size_t kRefineLimit = 400;

// A ratio-maximal set D can hold smaller ratio-maximal initial sets when ratios tie. Each
// is a block of its own, and smaller blocks are cheaper to solve exactly: take the smallest
// among each job's own closure in D (the job and everything it needs; lowest index first),
// again and again until nothing smaller is left.
void split_ties(const std::vector<Job>& jobs, std::vector<std::size_t> set,
                std::vector<std::vector<std::size_t>>& blocks) {
    const std::size_t n = set.size();
    if (n == 1) {
        blocks.push_back(std::move(set));
        return;
    }
    const auto index_of = [&](std::size_t j) {  // place in `set` (ascending), kNone outside
        const auto it = std::lower_bound(set.begin(), set.end(), j);
        return it != set.end() && *it == j ? static_cast<std::size_t>(it - set.begin()) : kNone;
    };
    if (n > kRefineLimit) {
        const bool independent = std::all_of(set.begin(), set.end(), [&](std::size_t j) {
            return std::none_of(jobs[j].prerequisites.begin(), jobs[j].prerequisites.end(),
                                [&](std::size_t r) { return index_of(r) != kNone; });
        });
        if (!independent) {
            blocks.push_back(std::move(set));
            return;
        }
        for (const std::size_t j : set) blocks.push_back({j});
        return;
    }
    std::vector<bool> done(n, false);
    std::vector<std::size_t> mark(n, kNone);
    std::vector<std::size_t> rest = set;
    std::vector<std::size_t> ancestors;
    while (!rest.empty()) {
        const double lambda = ratio(jobs, rest);
        std::vector<std::size_t> block = rest;
        for (const std::size_t j : rest) {
            ancestors.assign(1, j);
            mark[index_of(j)] = j;
            for (std::size_t k = 0; k < ancestors.size() && ancestors.size() < block.size(); ++k) {
                for (const std::size_t r : jobs[ancestors[k]].prerequisites) {
                    const std::size_t i = index_of(r);
                    if (i != kNone && !done[i] && mark[i] != j) {
                        mark[i] = j;
                        ancestors.push_back(r);
                    }
                }
            }
            if (ancestors.size() < block.size() && ratio(jobs, ancestors) >= lambda * (1.0 - kRatioTolerance) - kRatioFloor) {
                block = ancestors;
            }
        }
        std::sort(block.begin(), block.end());
        for (const std::size_t j : block) done[index_of(j)] = true;
        std::vector<std::size_t> left;
        for (const std::size_t j : rest) {
            if (!done[index_of(j)]) left.push_back(j);
        }
        rest.swap(left);
        blocks.push_back(std::move(block));
    }
}

// How much maximum-flow work (arcs looked at) the planner spends on the decomposition: all
// it needs up to thousands of jobs; on the largest, deepest instances the biggest parts may
// stay whole. A part of more than kLargePart jobs whose cut takes more than
// kLargePartWorkPerJob per job stays whole too.
constexpr std::size_t kPlannerFlowWork = 5'000'000;
constexpr std::size_t kLargePart = 2000;
constexpr std::size_t kLargePartWorkPerJob = 300;

// Divide and conquer over the ratio: the smallest maximum closure of w - λp at λ = the ratio
// of a part is exactly the union of the part's blocks whose ratio exceeds λ. So a part
// either is one block (the closure is empty) or splits into that closure and the rest, each
// decomposed on its own, the closure first. Parts never overlap, and each starts from the
// flow it already carries. Every part is a run of consecutive blocks, so stopping early
// (once `flow_work` is spent, smallest parts first; or, when asked, giving up a large part's
// costly cut) still leaves an order of parts that an optimal order follows; such parts stay
// whole.
std::vector<std::vector<std::size_t>> decompose(const std::vector<Job>& jobs, std::size_t flow_work,
                                                bool give_up_on_large_parts) {
    const std::size_t n = jobs.size();
    std::vector<std::vector<std::size_t>> blocks;
    if (n == 0) return blocks;
    ClosureNetwork network(jobs);
    struct Part {
        std::vector<std::size_t> jobs;  // ascending
        std::size_t next;               // the part after this one
        bool block;                     // proved to be one block
    };
    std::vector<Part> parts;
    parts.push_back({std::vector<std::size_t>(n), kNone, false});
    for (std::size_t j = 0; j < n; ++j) parts[0].jobs[j] = j;
    using Pending = std::pair<std::size_t, std::size_t>;  // size, part
    std::priority_queue<Pending, std::vector<Pending>, std::greater<>> pending;
    pending.emplace(n, 0);
    while (!pending.empty()) {
        const std::size_t k = pending.top().second;
        pending.pop();
        std::vector<std::size_t>& part = parts[k].jobs;
        if (part.size() == 1) {
            parts[k].block = true;
            continue;
        }
        if (network.work() > flow_work) continue;
        const double lambda = ratio(jobs, part);
        // A part too large to order exactly gains little from being split at great cost.
        const std::size_t stop =
            give_up_on_large_parts && part.size() > kLargePart ? network.work() + kLargePartWorkPerJob * part.size()
                                                               : kNone;
        bool finished = false;
        std::vector<std::size_t> closure = network.max_closure(part, k, lambda, stop, finished);
        if (!finished) continue;
        if (closure.empty() || closure.size() == part.size() || ratio(jobs, closure) <= lambda * (1.0 + kRatioTolerance) + kRatioFloor) {
            parts[k].block = true;
            continue;
        }
        std::vector<std::size_t> rest;
        rest.reserve(part.size() - closure.size());
        std::size_t c = 0;
        for (const std::size_t j : part) {
            if (c < closure.size() && closure[c] == j) {
                ++c;
            } else {
                rest.push_back(j);
            }
        }
        const std::size_t r = parts.size();
        network.assign(rest, r);
        parts.push_back({std::move(rest), parts[k].next, false});
        parts[k].jobs = std::move(closure);
        parts[k].next = r;
        pending.emplace(parts[k].jobs.size(), k);
        pending.emplace(parts[r].jobs.size(), r);
    }
    for (std::size_t k = 0; k != kNone; k = parts[k].next) {
        if (parts[k].block) {
            split_ties(jobs, std::move(parts[k].jobs), blocks);
        } else {
            blocks.push_back(std::move(parts[k].jobs));
        }
    }
    return blocks;
}

}  // namespace

std::vector<std::vector<std::size_t>> sidney_decomposition(const std::vector<Job>& jobs) {
    return decompose(jobs, std::numeric_limits<std::size_t>::max(), false);
}

// [SECTION] Local search

namespace {

// Moves that keep the prerequisites and, when `bound` is given, the bound jobs finished by
// `deadline`, applied while one lowers Σ wⱼCⱼ:
//  - chain insertion: a job moves to its best feasible position, earlier taking along what
//    it needs from the jobs it passes, later taking along what needs it; adjacent
//    interchange is the shortest such move;
//  - run insertion: 2 to kMaxRun consecutive jobs move together the same way;
//  - exchange: two jobs trade places (one out of the hours before the deadline, another
//    in), tried when no insertion helps.
// Each candidate costs O(1) from prefix sums of hours and weights along the order. The
// reach of a move and the evaluations are capped, so large instances stay fast, and the
// result is the same on every platform. The deadline heuristic adds kicks (eject, insert,
// repair) and iterated local search adds random jumps (shake) from a fixed seed.
class LocalSearch {
public:
    static constexpr std::size_t kMaxRun = 4;

    LocalSearch(const std::vector<Job>& jobs, const std::vector<bool>* bound, double deadline)
        : jobs_(jobs), bound_(bound), deadline_(deadline + kHoursTolerance), dependants_(dependants_of(jobs)),
          position_(jobs.size(), kNone), chain_(jobs.size(), 0), needed_(jobs.size(), 0), left_(jobs.size(), 0) {}

    void assign(const std::vector<std::size_t>& order) {
        order_ = order;
        start_.assign(order_.size() + 1, 0.0);
        weight_before_.assign(order_.size() + 1, 0.0);
        refresh(0, order_.size());
    }

    [[nodiscard]] const std::vector<std::size_t>& order() const { return order_; }

    [[nodiscard]] double cost() const {
        double total = 0.0;
        for (std::size_t k = 0; k < order_.size(); ++k) total += jobs_[order_[k]].weight * start_[k + 1];
        return total;
    }

    // Applies improving moves of the jobs at positions [low, high) (as they are when each is
    // tried) until none is left or the budget is spent.
    void run(std::size_t low, std::size_t high, std::size_t window, std::size_t budget) {
        window_ = std::max<std::size_t>(window, 1);
        budget_ = budget;
        high = std::min(high, order_.size());
        for (bool improved = true; improved && budget_ > 0;) {
            improved = false;
            for (std::size_t i = low; i < high && budget_ > 0; ++i) {
                if (try_chain(i)) improved = true;
                for (std::size_t run = 2; run <= kMaxRun && i + run <= order_.size(); ++run) {
                    if (try_insertion(i, run)) improved = true;
                }
            }
            if (!improved) {
                for (std::size_t i = low; i < high && i + 1 < order_.size() && budget_ > 0; ++i) {
                    if (try_exchange(i)) improved = true;
                }
            }
        }
    }

    // A random jump out of a local optimum: `moves` jobs each go to a random position
    // their prerequisites allow (moves that would break the deadline are skipped).
    void shake(std::minstd_rand& random, std::size_t moves) {
        const std::size_t n = order_.size();
        if (n < 3) return;
        for (std::size_t m = 0; m < moves; ++m) {
            const std::size_t i = random() % n;
            const std::size_t j = order_[i];
            std::size_t earliest = 0;
            std::size_t latest = n - 1;
            for (const std::size_t r : jobs_[j].prerequisites) {
                if (position_[r] != kNone && position_[r] < i) earliest = std::max(earliest, position_[r] + 1);
            }
            for (const std::size_t d : dependants_[j]) {
                if (position_[d] != kNone && position_[d] > i) latest = std::min(latest, position_[d] - 1);
            }
            const std::size_t target = earliest + random() % (latest - earliest + 1);
            if (target == i) continue;
            const std::vector<std::size_t> before = order_;
            const auto at = [&](std::size_t k) { return order_.begin() + static_cast<std::ptrdiff_t>(k); };
            if (target < i) {
                std::rotate(at(target), at(i), at(i + 1));
            } else {
                std::rotate(at(i), at(i + 1), at(target + 1));
            }
            refresh(std::min(i, target), std::max(i, target) + 1);
            const std::size_t last = last_bound();
            if (last != kNone && finish(last) > deadline_) assign(before);
        }
    }

    // Position of the last bound job (kNone when none is bound).
    [[nodiscard]] std::size_t last_bound() const {
        for (std::size_t k = order_.size(); k-- > 0;) {
            if (is_bound(order_[k])) return k;
        }
        return kNone;
    }

    // The kick of the deadline heuristic: order[i] (not bound) leaves, with what needs it
    // among the jobs up to the last bound one, to just after that job. Returns the stamp
    // that marks the jobs that left.
    std::size_t eject(std::size_t i) {
        const std::size_t last = last_bound();
        const std::size_t stamp = ++stamp_;
        left_[order_[i]] = stamp;
        for (std::size_t k = i + 1; k <= last; ++k) {
            const auto& needs = jobs_[order_[k]].prerequisites;
            if (std::any_of(needs.begin(), needs.end(), [&](std::size_t r) { return left_[r] == stamp; })) {
                left_[order_[k]] = stamp;
            }
        }
        const auto at = [&](std::size_t k) { return order_.begin() + static_cast<std::ptrdiff_t>(k); };
        std::stable_partition(at(i), at(last + 1), [&](std::size_t x) { return left_[x] != stamp; });
        refresh(i, last + 1);
        return stamp;
    }

    // The other kick: order[i] (after the last bound job) moves, with what it needs, to its
    // best place before that job even if the bound jobs then miss the deadline. Returns the
    // stamp that marks the jobs that moved.
    std::size_t insert_before_last(std::size_t i, std::size_t reach) {
        const std::size_t last = last_bound();
        window_ = reach;
        budget_ = std::numeric_limits<std::size_t>::max();
        ignore_deadline_ = true;
        const ChainMove move = best_earlier(i, 0, last);
        ignore_deadline_ = false;
        const std::size_t stamp = ++stamp_;
        if (move.target == kNone) return stamp;
        for (std::size_t k = move.target; k <= i; ++k) {
            if (chain_[order_[k]] == move.stamp) left_[order_[k]] = stamp;
        }
        apply(move);
        return stamp;
    }

    // Meets the deadline again by the least costly moves: while the last bound job finishes
    // too late, the job before it whose leaving (with what needs it) costs least per hour
    // it frees leaves, to just after it. Jobs marked `kept` (a stamp) stay. Returns whether
    // the deadline is met.
    bool repair(std::size_t kept, std::size_t reach) {
        for (;;) {
            const std::size_t last = last_bound();
            if (last == kNone || finish(last) <= deadline_) return true;
            double best_rate = std::numeric_limits<double>::infinity();
            std::size_t best = kNone;
            for (std::size_t i = last > reach ? last - reach : 0; i < last; ++i) {
                const std::size_t x = order_[i];
                if (is_bound(x) || left_[x] == kept) continue;
                const auto [delta, hours] = ejection_cost(i, last, kept);
                if (delta / hours < best_rate) {
                    best_rate = delta / hours;
                    best = i;
                }
            }
            if (best == kNone) return false;
            eject(best);
        }
    }

    // What eject(i) would add to the cost, and the hours it would free before order[last]
    // (an infinite cost when it would take along a job marked `kept`).
    std::pair<double, double> ejection_cost(std::size_t i, std::size_t last, std::size_t kept) {
        const std::size_t stamp = ++stamp_;
        needed_[order_[i]] = stamp;
        double chain_hours = jobs_[order_[i]].hours;
        double chain_weight = jobs_[order_[i]].weight;
        double delta = 0.0;
        for (std::size_t k = i + 1; k <= last; ++k) {
            const std::size_t x = order_[k];
            const auto& needs = jobs_[x].prerequisites;
            if (std::any_of(needs.begin(), needs.end(), [&](std::size_t r) { return needed_[r] == stamp; })) {
                if (left_[x] == kept) return {std::numeric_limits<double>::infinity(), 1.0};
                needed_[x] = stamp;
                chain_hours += jobs_[x].hours;
                chain_weight += jobs_[x].weight;
                continue;
            }
            delta += jobs_[x].hours * chain_weight - jobs_[x].weight * chain_hours;
        }
        return {delta, chain_hours};
    }

    // Brings the job after the last bound one (with what it needs) whose move to before it
    // helps most, or hurts least — even at a loss: room was just made for it. Jobs that left
    // with the kick `excluded` (a stamp from eject) stay where they are. `reach` limits the
    // jobs looked at and how far they move.
    bool enter_best(std::size_t excluded, std::size_t reach) {
        const std::size_t after = last_bound();
        if (after == kNone) return false;
        window_ = reach;
        budget_ = std::numeric_limits<std::size_t>::max();
        ChainMove best{-std::numeric_limits<double>::infinity(), 0.0, kNone, kNone, true, 0};
        std::size_t best_stamp_owner = kNone;
        for (std::size_t i = after + 1; i < std::min(order_.size(), after + 1 + reach); ++i) {
            if (left_[order_[i]] == excluded) continue;
            const ChainMove move = best_earlier(i, 0, after);
            if (move.target == kNone || move.gain <= best.gain) continue;
            best = move;
            best_stamp_owner = i;
        }
        if (best_stamp_owner == kNone) return false;
        // The chain marks belong to the last evaluation: evaluate the winner again.
        const ChainMove move = best_earlier(best_stamp_owner, 0, after);
        if (move.target == kNone) return false;
        apply(move);
        return true;
    }

private:
    void spend() { budget_ -= budget_ > 0 ? 1 : 0; }
    [[nodiscard]] bool is_bound(std::size_t j) const { return bound_ != nullptr && (*bound_)[j]; }
    [[nodiscard]] double finish(std::size_t position) const { return start_[position + 1]; }

    void refresh(std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k) {
            const std::size_t j = order_[k];
            position_[j] = k;
            start_[k + 1] = start_[k] + jobs_[j].hours;
            weight_before_[k + 1] = weight_before_[k] + jobs_[j].weight;
        }
    }

    // A gain counts only above rounding noise, so the search cannot cycle on ties.
    static bool worth(double gain, double magnitude) { return gain > kMoveGainTolerance * magnitude + kRatioTolerance; }

    // Moves order[i, i + run) to its best feasible position, if that lowers the cost.
    bool try_insertion(std::size_t i, std::size_t run) {
        const std::size_t end = i + run;
        const double run_hours = start_[end] - start_[i];
        const double run_weight = weight_before_[end] - weight_before_[i];
        std::size_t earliest = 0;         // first position the run may start at
        std::size_t latest = order_.size();  // the run may end just before this position
        double last_bound_finish = -1.0;  // of the bound jobs in the run
        for (std::size_t k = i; k < end; ++k) {
            const std::size_t j = order_[k];
            for (const std::size_t r : jobs_[j].prerequisites) {
                if (position_[r] < i) earliest = std::max(earliest, position_[r] + 1);
            }
            for (const std::size_t d : dependants_[j]) {
                if (position_[d] >= end) latest = std::min(latest, position_[d]);
            }
            if (is_bound(j)) last_bound_finish = finish(k);
        }
        double best_gain = 0.0;
        double best_magnitude = 0.0;
        std::size_t best_target = kNone;
        bool best_earlier = false;
        // Earlier: the run goes before order[k]; order[k, i) waits run_hours longer.
        const std::size_t low = std::max(earliest, i > window_ ? i - window_ : 0);
        bool bound_checked = false;
        for (std::size_t k = i; k-- > low;) {
            spend();
            if (!bound_checked && is_bound(order_[k])) {
                bound_checked = true;  // the latest bound job moved later: all others finish before it
                if (finish(k) + run_hours > deadline_) break;
            }
            const double hours = start_[i] - start_[k];
            const double weight = weight_before_[i] - weight_before_[k];
            const double gain = run_weight * hours - run_hours * weight;
            if (gain > best_gain) {
                best_gain = gain;
                best_magnitude = run_weight * hours + run_hours * weight;
                best_target = k;
                best_earlier = true;
            }
        }
        // Later: the run goes after order[k]; order[end, k] is done run_hours sooner.
        const std::size_t high = std::min(latest, end + window_);
        for (std::size_t k = end; k < high; ++k) {
            spend();
            const double hours = start_[k + 1] - start_[end];
            if (last_bound_finish >= 0.0 && last_bound_finish + hours > deadline_) break;
            const double weight = weight_before_[k + 1] - weight_before_[end];
            const double gain = run_hours * weight - run_weight * hours;
            if (gain > best_gain) {
                best_gain = gain;
                best_magnitude = run_hours * weight + run_weight * hours;
                best_target = k;
                best_earlier = false;
            }
        }
        if (best_target == kNone || !worth(best_gain, best_magnitude)) return false;
        const auto at = [&](std::size_t k) { return order_.begin() + static_cast<std::ptrdiff_t>(k); };
        if (best_earlier) {
            std::rotate(at(best_target), at(i), at(end));
            refresh(best_target, end);
        } else {
            std::rotate(at(i), at(end), at(best_target + 1));
            refresh(i, best_target + 1);
        }
        return true;
    }

    // A chain move: order[from] goes before order[target] (earlier) or after it (later),
    // taking along what has to stay on its side; the jobs that go along carry `stamp`.
    struct ChainMove {
        double gain = 0.0;
        double magnitude = 0.0;
        std::size_t from = kNone;
        std::size_t target = kNone;
        bool earlier = false;
        std::size_t stamp = 0;
    };

    // The best move of order[i] later: what needs it joins it, the rest is done sooner.
    ChainMove best_later(std::size_t i) {
        const std::size_t n = order_.size();
        const std::size_t j = order_[i];
        ChainMove best{0.0, 0.0, i, kNone, false, ++stamp_};
        chain_[j] = best.stamp;
        double chain_hours = jobs_[j].hours;
        double chain_weight = jobs_[j].weight;
        double to_last_bound = is_bound(j) ? chain_hours : -1.0;  // chain hours up to its last bound job
        double jumped = 0.0;
        double gain = 0.0;
        double magnitude = 0.0;
        for (std::size_t k = i + 1; k < std::min(n, i + 1 + window_); ++k) {
            spend();
            const std::size_t x = order_[k];
            const bool joins = std::any_of(jobs_[x].prerequisites.begin(), jobs_[x].prerequisites.end(),
                                           [&](std::size_t r) { return chain_[r] == best.stamp; });
            if (joins) {
                chain_[x] = best.stamp;
                chain_hours += jobs_[x].hours;
                chain_weight += jobs_[x].weight;
                if (is_bound(x)) to_last_bound = chain_hours;
                continue;
            }
            jumped += jobs_[x].hours;
            if (to_last_bound >= 0.0 && start_[i] + jumped + to_last_bound > deadline_) break;
            gain += jobs_[x].weight * chain_hours - jobs_[x].hours * chain_weight;
            magnitude += jobs_[x].weight * chain_hours + jobs_[x].hours * chain_weight;
            if (gain > best.gain) {
                best.gain = gain;
                best.magnitude = magnitude;
                best.target = k;
            }
        }
        return best;
    }

    // The best move of order[i] earlier, to `low` at the furthest: what it needs joins it,
    // the rest waits.
    ChainMove best_earlier(std::size_t i, std::size_t low, std::size_t highest_target = kNone) {
        const std::size_t j = order_[i];
        ChainMove best{-std::numeric_limits<double>::infinity(), 0.0, i, kNone, true, ++stamp_};
        chain_[j] = best.stamp;
        for (const std::size_t r : jobs_[j].prerequisites) needed_[r] = best.stamp;
        double chain_hours = jobs_[j].hours;
        double chain_weight = jobs_[j].weight;
        double gain = 0.0;
        double magnitude = 0.0;
        for (std::size_t k = i; k-- > std::max(low, i > window_ ? i - window_ : 0);) {
            spend();
            const std::size_t x = order_[k];
            if (needed_[x] == best.stamp) {
                chain_[x] = best.stamp;
                chain_hours += jobs_[x].hours;
                chain_weight += jobs_[x].weight;
                for (const std::size_t r : jobs_[x].prerequisites) needed_[r] = best.stamp;
                continue;
            }
            if (is_bound(x) && finish(k) + chain_hours > deadline_ && !ignore_deadline_) break;
            gain += chain_weight * jobs_[x].hours - jobs_[x].weight * chain_hours;
            magnitude += chain_weight * jobs_[x].hours + jobs_[x].weight * chain_hours;
            if (gain > best.gain && k <= highest_target) {
                best.gain = gain;
                best.magnitude = magnitude;
                best.target = k;
            }
        }
        return best;
    }

    void apply(const ChainMove& move) {
        const auto at = [&](std::size_t k) { return order_.begin() + static_cast<std::ptrdiff_t>(k); };
        if (move.earlier) {
            std::stable_partition(at(move.target), at(move.from + 1),
                                  [&](std::size_t x) { return chain_[x] == move.stamp; });
            refresh(move.target, move.from + 1);
        } else {
            std::stable_partition(at(move.from), at(move.target + 1),
                                  [&](std::size_t x) { return chain_[x] != move.stamp; });
            refresh(move.from, move.target + 1);
        }
    }

    // Moves order[i] to its best position, taking along what has to stay on its side: what
    // needs it when it moves later, what it needs when it moves earlier.
    bool try_chain(std::size_t i) {
        const ChainMove later = best_later(i);
        const ChainMove earlier = best_earlier(i, 0);
        const ChainMove& best = earlier.gain > later.gain ? earlier : later;
        if (best.target == kNone || !worth(best.gain, best.magnitude)) return false;
        // The marks of the chain are those of the last evaluation: the earlier move's.
        apply(best.earlier ? best : best_later(i));
        return true;
    }

    // Exchanges order[i] with the best later job it may trade places with.
    bool try_exchange(std::size_t i) {
        const std::size_t a = order_[i];
        const double pa = jobs_[a].hours;
        const double wa = jobs_[a].weight;
        std::size_t latest = order_.size();  // a may not pass what needs it
        for (const std::size_t d : dependants_[a]) latest = std::min(latest, position_[d]);
        const std::size_t high = std::min(latest, i + 1 + window_);
        double best_gain = 0.0;
        double best_magnitude = 0.0;
        std::size_t best_target = kNone;
        double last_bound_finish = -1.0;  // of the bound jobs between i and k
        for (std::size_t k = i + 1; k < high; ++k) {
            spend();
            if (k > i + 1 && is_bound(order_[k - 1])) last_bound_finish = finish(k - 1);
            const std::size_t b = order_[k];
            const double pb = jobs_[b].hours;
            const double wb = jobs_[b].weight;
            if (is_bound(a) && finish(k) > deadline_) break;  // a would finish where b does
            if (last_bound_finish >= 0.0 && pb > pa && last_bound_finish + (pb - pa) > deadline_) continue;
            const bool b_ready = std::all_of(jobs_[b].prerequisites.begin(), jobs_[b].prerequisites.end(),
                                             [&](std::size_t r) { return position_[r] < i; });
            if (!b_ready) continue;
            const double between_hours = start_[k] - start_[i + 1];
            const double between_weight = weight_before_[k] - weight_before_[i + 1];
            const double gain = wb * (pa + between_hours) - wa * (pb + between_hours) - between_weight * (pb - pa);
            if (gain > best_gain) {
                best_gain = gain;
                best_magnitude = wb * (pa + between_hours) + wa * (pb + between_hours) + between_weight * std::abs(pb - pa);
                best_target = k;
            }
        }
        if (best_target == kNone || !worth(best_gain, best_magnitude)) return false;
        std::swap(order_[i], order_[best_target]);
        refresh(i, best_target + 1);
        return true;
    }

    const std::vector<Job>& jobs_;
    std::vector<std::size_t> order_;
    const std::vector<bool>* bound_;
    double deadline_;
    std::vector<std::vector<std::size_t>> dependants_;
    std::vector<std::size_t> position_;
    // Chain moves: which jobs belong to the chain being moved, which ones it needs (each
    // marked with the move's stamp, so nothing needs clearing).
    std::vector<std::size_t> chain_;
    std::vector<std::size_t> needed_;
    std::vector<std::size_t> left_;  // jobs a kick moved
    std::size_t stamp_ = 0;
    bool ignore_deadline_ = false;
    std::vector<double> start_;          // start_[k]: hours before order[k]
    std::vector<double> weight_before_;  // weight_before_[k]: weight of order[0, k)
    std::size_t window_ = 1;
    std::size_t budget_ = 0;
};

// How far moves reach and how many evaluations a search may make: the whole order up to
// kFullReach jobs, a window of neighbours beyond (the work then grows linearly).
constexpr std::size_t kFullReach = 128;
constexpr std::size_t kWindow = 48;
constexpr std::size_t kEvaluationsPerJob = 2000;
constexpr std::size_t kEvaluationsPerJobLarge = 100;

// The reach and budget of a search over n jobs.
std::size_t reach_for(std::size_t n) { return n <= kFullReach ? n : kWindow; }
std::size_t budget_for(std::size_t n) {
    return n <= kFullReach ? std::max<std::size_t>(n, 64) * kEvaluationsPerJob : n * kEvaluationsPerJobLarge;
}

void polish(const std::vector<Job>& jobs, std::vector<std::size_t>& order, const std::vector<bool>* bound = nullptr,
            double deadline = 0.0) {
    LocalSearch search(jobs, bound, deadline);
    search.assign(order);
    search.run(0, order.size(), reach_for(order.size()), budget_for(order.size()));
    order = search.order();
}

// Iterated local search: from the best order so far, a few random moves, then local search;
// kept when it is cheaper. The random moves come from a fixed seed: same input, same order.
constexpr std::size_t kShakes = 24;
constexpr std::size_t kShakeLimit = 200;  // largest problem shaken

void shake_and_polish(const std::vector<Job>& jobs, std::vector<std::size_t>& order, const std::vector<bool>* bound,
                      double deadline) {
    const std::size_t n = order.size();
    if (n > kShakeLimit || n < 4) return;
    LocalSearch search(jobs, bound, deadline);
    search.assign(order);
    double cost = search.cost();
    std::minstd_rand random(static_cast<std::minstd_rand::result_type>(n));
    for (std::size_t round = 0; round < kShakes; ++round) {
        search.assign(order);
        search.shake(random, 2);
        search.run(0, n, n, budget_for(n));
        const double trial = search.cost();
        if (trial < cost - kMoveGainTolerance * std::abs(cost)) {
            order = search.order();
            cost = trial;
        }
    }
}

// The heuristic for one problem: Smith's-rule and (up to kFullReach jobs) chain-ratio list
// schedules, each polished by local search; the better one (Smith's on a tie), shaken when
// asked (for the blocks of small instances: on large ones the time goes elsewhere).
std::vector<std::size_t> heuristic_order(const std::vector<Job>& jobs, bool shake) {
    std::vector<std::size_t> smith = list_schedule(jobs, smith_ratios(jobs));
    polish(jobs, smith);
    if (jobs.size() > kFullReach) return smith;
    std::vector<std::size_t> chains = list_schedule(jobs, chain_ratios(jobs, smith));
    polish(jobs, chains);
    std::vector<std::size_t>& best = weighted_completion(jobs, chains) < weighted_completion(jobs, smith) ? chains : smith;
    if (shake) shake_and_polish(jobs, best, nullptr, 0.0);
    return best;
}

// [SECTION] Deadline

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

// The cheapest way to meet a deadline from an order that misses it: keep the order, but
// hold back the jobs that are not bound where they would crowd out the bound ones (which
// fit before `deadline`); they return, in their order, once the last bound job is done.
void hold_back(const std::vector<Job>& jobs, const std::vector<bool>& bound, double deadline,
               std::vector<std::size_t>& order) {
    const std::size_t n = jobs.size();
    double remaining = 0.0;
    for (std::size_t j = 0; j < n; ++j) remaining += bound[j] ? jobs[j].hours : 0.0;
    std::vector<std::size_t> result;
    result.reserve(n);
    std::vector<bool> placed(n, false);
    std::vector<std::size_t> waiting;
    double clock = 0.0;
    const auto place = [&](std::size_t j) {
        result.push_back(j);
        placed[j] = true;
        clock += jobs[j].hours;
        if (bound[j]) remaining -= jobs[j].hours;
    };
    const auto ready = [&](std::size_t j) {
        return std::all_of(jobs[j].prerequisites.begin(), jobs[j].prerequisites.end(),
                           [&](std::size_t r) { return placed[r]; });
    };
    for (const std::size_t j : order) {
        if (bound[j]) {
            place(j);
            if (remaining <= kHoursTolerance) {
                for (const std::size_t w : waiting) place(w);
                waiting.clear();
            }
            continue;
        }
        const bool squeezes = remaining > kHoursTolerance && clock + jobs[j].hours + remaining > deadline + kHoursTolerance;
        if (squeezes || !ready(j)) {
            waiting.push_back(j);
            continue;
        }
        place(j);
    }
    for (const std::size_t j : waiting) place(j);  // the original order keeps prerequisites first
    order.swap(result);
}

// Which jobs fill the hours before the deadline is a knapsack choice that single moves
// rarely change: one job has to leave before another fits. So each job before the last
// bound one in turn leaves (with what needs it) to just after it, the job that fits best
// takes its room, local search settles the rest, and the first such kick that lowers the
// cost is kept; until none does. On large instances the kicks stay near the last bound job.
constexpr std::size_t kKickReach = 32;
constexpr std::size_t kMaxKicks = 2048;
constexpr std::size_t kMaxKicksLarge = 32;

void kick_and_polish(LocalSearch& search, const std::vector<bool>& bound, std::vector<std::size_t>& order) {
    const std::size_t n = order.size();
    const bool small = n <= kFullReach;
    const std::size_t max_kicks = small ? kMaxKicks : kMaxKicksLarge;
    search.assign(order);
    double cost = search.cost();
    std::size_t kicks = 0;
    // Local search around the last bound job after a kick; the kicked order is kept when it
    // costs clearly less.
    const auto settle_and_keep_if_better = [&] {
        const std::size_t around = search.last_bound();
        if (small) {
            search.run(0, n, n, budget_for(n));
        } else {
            search.run(around < 2 * kKickReach ? 0 : around - 2 * kKickReach, around + 2 * kKickReach, kWindow,
                       16 * kKickReach * kWindow);
        }
        const double trial = search.cost();
        if (trial >= cost - kMoveGainTolerance * std::abs(cost)) return false;
        order = search.order();
        cost = trial;
        return true;
    };
    for (bool improved = true; improved && kicks < max_kicks;) {
        improved = false;
        const std::size_t last = search.last_bound();
        const std::size_t low = small || last < kKickReach ? 0 : last - kKickReach;
        for (std::size_t i = low; i < last && kicks < max_kicks; ++i) {
            if (bound[order[i]]) continue;
            ++kicks;
            search.assign(order);
            const std::size_t left = search.eject(i);
            search.enter_best(left, small ? n : kKickReach);
            if (settle_and_keep_if_better()) {
                improved = true;
                break;
            }
        }
        const std::size_t high = small ? n : std::min(n, last + 1 + kKickReach);
        for (std::size_t i = last + 1; i < high && !improved && kicks < max_kicks; ++i) {
            ++kicks;
            search.assign(order);
            const std::size_t kept = search.insert_before_last(i, small ? n : kKickReach);
            if (!search.repair(kept, small ? n : kKickReach)) continue;
            if (settle_and_keep_if_better()) improved = true;
        }
    }
}

// The repairs of a free order that misses the deadline: holding back what crowds the bound
// jobs out, or the bound jobs first and the rest in order; each polished by local search
// that keeps the deadline (on large instances only where they differ from the free order,
// up to a little after the last bound job); the cheaper one.
std::vector<std::size_t> repaired_order(LocalSearch& search, const std::vector<Job>& jobs, const std::vector<bool>& bound,
                                        double deadline, const std::vector<std::size_t>& free_order) {
    const std::size_t n = free_order.size();
    std::vector<std::size_t> held = free_order;
    hold_back(jobs, bound, deadline, held);
    std::vector<std::size_t> first;
    first.reserve(n);
    for (const std::size_t j : free_order) {
        if (bound[j]) first.push_back(j);
    }
    for (const std::size_t j : free_order) {
        if (!bound[j]) first.push_back(j);
    }
    const auto polish_front = [&](std::vector<std::size_t>& order) {
        search.assign(order);
        if (n <= kFullReach) {
            search.run(0, n, n, budget_for(n));
        } else {
            const std::size_t high = std::min(n, search.last_bound() + 1 + 2 * kWindow);
            search.run(0, high, kWindow, high * kEvaluationsPerJobLarge);
        }
        order = search.order();
    };
    polish_front(held);
    polish_front(first);
    return weighted_completion(jobs, first) < weighted_completion(jobs, held) ? first : held;
}

// [SECTION] Schedules

// With a deadline, the share of the state limit the exact search may try when the sets it
// would keep outnumber the limit (a failed try then costs little).
constexpr std::size_t kBranchAndBoundShare = 8;

// When the order is heuristic anyway, blocks with more closed sets than this are ordered by
// the heuristic too (it is then within a hair of their optimum, at a fraction of the time).
constexpr std::size_t kCheapExactStates = 4096;

// Orders a problem exactly when its closed sets are few enough (counted first, so a
// problem too large costs no failed attempt).
bool solve_exactly(const std::vector<Job>& jobs, std::size_t limit, std::vector<std::size_t>& order) {
    if (jobs.size() > 63) return false;
    const std::size_t count = count_closed_sets(jobs, limit);
    return count <= limit && exact_schedule(jobs, limit, order, {}, 0.0, std::numeric_limits<double>::infinity(), count);
}

// The order without a deadline: Sidney's blocks in sequence, each ordered exactly when
// small enough and by the heuristic otherwise; then, when any block was heuristic, local
// search over the whole order, and never worse than Smith's-rule list scheduling.
Schedule unconstrained_schedule(const std::vector<Job>& jobs, std::size_t exact_state_limit) {
    Schedule schedule;
    schedule.method = OrderMethod::exact;
    schedule.order.reserve(jobs.size());
    const std::vector<std::vector<std::size_t>> blocks = decompose(jobs, kPlannerFlowWork, true);
    // Count first: when some block is beyond the exact method, the order is heuristic
    // anyway and only the blocks that are cheap to solve exactly are.
    std::vector<std::size_t> closed_sets(blocks.size(), 2);
    std::size_t limit = exact_state_limit;
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        if (blocks[b].size() == 1) continue;
        closed_sets[b] = blocks[b].size() > 63 ? kNone : count_closed_sets(sub_problem(jobs, blocks[b]), limit);
        if (closed_sets[b] > limit) {
            schedule.method = OrderMethod::heuristic;
            limit = std::min(limit, kCheapExactStates);
        }
    }
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const std::vector<std::size_t>& block = blocks[b];
        std::vector<std::size_t> order;
        if (block.size() == 1 && closed_sets[b] <= limit) {
            order.push_back(0);
        } else {
            const std::vector<Job> sub = sub_problem(jobs, block);
            if (closed_sets[b] > limit || !exact_schedule(sub, limit, order, {}, 0.0,
                                                          std::numeric_limits<double>::infinity(), closed_sets[b])) {
                order = heuristic_order(sub, jobs.size() <= kShakeLimit);
                schedule.method = OrderMethod::heuristic;
            }
        }
        for (const std::size_t i : order) schedule.order.push_back(block[i]);
    }
    if (schedule.method == OrderMethod::heuristic && jobs.size() <= kFullReach) polish(jobs, schedule.order);
    schedule.weighted_completion = weighted_completion(jobs, schedule.order);
    const Schedule smith = smith_list_schedule(jobs);
    if (smith.weighted_completion < schedule.weighted_completion - kCostTolerance * std::abs(schedule.weighted_completion)) {
        schedule.order = smith.order;
        schedule.weighted_completion = smith.weighted_completion;
        schedule.method = OrderMethod::heuristic;
    }
    return schedule;
}

}  // namespace

Schedule smith_list_schedule(const std::vector<Job>& jobs) {
    Schedule schedule;
    schedule.order = list_schedule(jobs, smith_ratios(jobs));
    schedule.method = OrderMethod::heuristic;
    schedule.weighted_completion = weighted_completion(jobs, schedule.order);
    return schedule;
}

Schedule decomposition_schedule(const std::vector<Job>& jobs) {
    Schedule schedule;
    schedule.method = OrderMethod::heuristic;
    schedule.order.reserve(jobs.size());
    for (const auto& block : decompose(jobs, kPlannerFlowWork, true)) {
        const std::vector<Job> sub = sub_problem(jobs, block);
        for (const std::size_t i : list_schedule(sub, smith_ratios(sub))) schedule.order.push_back(block[i]);
    }
    schedule.weighted_completion = weighted_completion(jobs, schedule.order);
    return schedule;
}

Schedule heuristic_schedule(const std::vector<Job>& jobs) { return schedule_jobs(jobs, {}, 0); }

double weighted_completion_lower_bound(const std::vector<Job>& jobs, std::size_t exact_state_limit) {
    double total = 0.0;
    double clock = 0.0;
    for (const auto& block : sidney_decomposition(jobs)) {
        const std::vector<Job> sub = sub_problem(jobs, block);
        double hours = 0.0;
        double weight = 0.0;
        double own = 0.0;  // Σ pⱼwⱼ
        for (const Job& job : sub) {
            hours += job.hours;
            weight += job.weight;
            own += job.hours * job.weight;
        }
        std::vector<std::size_t> order;
        const double block_bound = solve_exactly(sub, exact_state_limit, order) ? weighted_completion(sub, order)
                                                                                 : (hours * weight + own) / 2.0;
        total += block_bound + weight * clock;
        clock += hours;
    }
    return total;
}

Schedule schedule_jobs(const std::vector<Job>& jobs, const Deadline& deadline, std::size_t exact_state_limit) {
    Schedule schedule = unconstrained_schedule(jobs, exact_state_limit);
    const std::vector<bool> bound = due_closure(jobs, deadline.due);
    for (std::size_t j = 0; j < jobs.size(); ++j) schedule.due_hours += bound[j] ? jobs[j].hours : 0.0;
    if (schedule.due_hours <= 0.0) return schedule;
    schedule.deadline_met = schedule.due_hours <= deadline.hours + kHoursTolerance;
    if (!schedule.deadline_met) return schedule;  // cannot fit whatever the order: say so, change nothing
    if (bound_finish(jobs, bound, schedule.order) <= deadline.hours + kHoursTolerance) return schedule;

    const std::vector<std::size_t> free_order = schedule.order;
    const double free_cost = schedule.weighted_completion;
    LocalSearch search(jobs, &bound, deadline.hours);
    schedule.order = repaired_order(search, jobs, bound, deadline.hours, free_order);
    schedule.weighted_completion = weighted_completion(jobs, schedule.order);
    // As good as the best order without the deadline: then the best order with it.
    const auto costs_nothing = [&] {
        return schedule.method == OrderMethod::exact &&
               schedule.weighted_completion <= free_cost + kCostTolerance * std::abs(free_cost);
    };
    if (!costs_nothing()) {
        // The exact search keeps only the sets that leave room for the bound jobs; when more
        // of those exist than the limit allows, branch and bound (the repair's cost bounds
        // the search) often still cuts them down enough, so a small share of the limit is
        // tried. Otherwise the heuristic kicks and shakes the repair.
        std::size_t trial_limit = 0;
        if (schedule.method == OrderMethod::exact && jobs.size() <= 63) {
            const double slack = deadline.hours - schedule.due_hours;
            trial_limit = count_states(jobs, exact_state_limit, bound, slack) <= exact_state_limit
                              ? exact_state_limit
                              : exact_state_limit / kBranchAndBoundShare;
        }
        std::vector<std::size_t> order;
        if (trial_limit > 0 &&
            exact_schedule(jobs, trial_limit, order, bound, deadline.hours, schedule.weighted_completion)) {
            schedule.order = std::move(order);
            schedule.weighted_completion = weighted_completion(jobs, schedule.order);
        } else {
            kick_and_polish(search, bound, schedule.order);
            shake_and_polish(jobs, schedule.order, &bound, deadline.hours);
            schedule.weighted_completion = weighted_completion(jobs, schedule.order);
            if (!costs_nothing()) schedule.method = OrderMethod::heuristic;
        }
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

}  // namespace kickstart
