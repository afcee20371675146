// The planner: from answers and a catalog, the applicable actions, each one's effort and
// weight for this organisation, and the order that delivers the most value earliest.
//
// The order minimises Σ wⱼCⱼ (weight × finish time in hours) under the prerequisites and the
// demo deadline: see schedule.hpp for how, and when it is provably the best.
#pragma once

#include "kickstart/core/catalog.hpp"
#include "kickstart/core/questionnaire.hpp"
#include "kickstart/core/schedule.hpp"

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace kickstart {

// [SECTION] The user's edits

// What the user changed about the plan, by action id: ticked off (still in the plan, shown as
// done), skipped (out of the plan; what requires it treats it as satisfied), and their own
// estimate of the hours (instead of the catalog's, for this organisation). Ids the catalog
// does not have, or that do not apply to these answers, are dropped (Plan::dropped_edits).
struct PlanEdits {
    std::set<std::string> done;
    std::set<std::string> skipped;
    std::map<std::string, double, std::less<>> hours;
    bool operator==(const PlanEdits&) const = default;
    [[nodiscard]] bool empty() const { return done.empty() && skipped.empty() && hours.empty(); }
};

// The user's estimate as planned with: finite, above 0 and at most kMaxEstimateHours
// (nullopt otherwise), in quarter hours (at least one).
[[nodiscard]] std::optional<double> valid_estimate(double hours);

// [SECTION] Plans

struct PlanItem {
    std::size_t action = 0;  // index into Catalog::actions()
    std::size_t order = 0;   // 1-based position
    double effort_hours = 0.0;   // the user's estimate when they gave one, else the catalog's
    double catalog_hours = 0.0;  // the catalog's estimate for this organisation
    bool user_estimate = false;
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

// [SECTION] The demo

// What the plan can promise for the demo, in the order it degrades.
enum class DemoOutlook {
    no_preparation,    // the catalog marks no demo preparation: planned as a plain deadline
    ready,             // the demo the user chose is ready on the demo date
    guided_instead,    // a hands-on demo does not fit; the plan prepares a guided one
    cannot_be_ready,   // not even a guided demo fits: the plan says what would make it fit
};
[[nodiscard]] std::string_view outlook_name(DemoOutlook outlook);

struct DemoPlan {
    DemoOutlook outlook = DemoOutlook::no_preparation;
    std::optional<std::size_t> preparation;  // action index of the demo preparation
    std::string chosen_style;                // the answer
    std::string style;                       // the demo this plan prepares
    double hours_available = 0.0;            // the demo is at this hour of work
    double chosen_minimum_hours = 0.0;       // what the chosen demo cannot happen without
    double minimum_hours = 0.0;              // the same for the demo this plan prepares
    // cannot_be_ready: the smallest change that makes the minimum fit, one answer at a
    // time (0: none within kMaxHoursPerWeekAsked / kMaxWeeksAsked).
    std::int64_t hours_per_week_needed = 0;
    std::int64_t weeks_needed = 0;
};

inline constexpr std::int64_t kMaxHoursPerWeekAsked = 168;
inline constexpr std::int64_t kMaxWeeksAsked = 520;

struct Plan {
    PlanSummary summary;
    DemoPlan demo;
    // The answers planned with: the user's, with a guided demo when a hands-on one does not fit.
    Answers answers;
    std::vector<PlanItem> items;
    std::vector<std::size_t> not_applicable;  // action indices left out for this organisation
    std::vector<std::size_t> skipped;         // action indices the user skipped, in catalog order
    // The edits planned with: the given ones less those dropped (ids unknown to the catalog,
    // not applicable to these answers, or a skip of the demo preparation).
    PlanEdits edits;
    std::vector<std::string> dropped_edits;  // ids, sorted, each once
};

[[nodiscard]] bool applies(const Action& action, const Answers& answers);
[[nodiscard]] double action_effort(const Action& action, const Answers& answers);
[[nodiscard]] double action_weight(const Action& action, const Answers& answers);

// Hours of the demo preparation and everything it cannot happen without, for these answers:
// a skipped action is already there (it and what only it needed count nothing), and the
// user's estimates count instead of the catalog's.
// Hours of `roots` and everything they cannot happen without, counted as demo_minimum_hours
// counts them: a plan that finishes them all by some hour has at least this much work before it.
[[nodiscard]] double closure_hours(const Catalog& catalog, const Answers& answers, const std::vector<std::size_t>& roots,
                                   const PlanEdits& edits = {});
[[nodiscard]] double demo_minimum_hours(const Catalog& catalog, const Answers& answers, std::size_t preparation,
                                        const PlanEdits& edits = {});

// With a demo preparation in the catalog, the preparation is the last work before the demo
// (the items ordered before it are what the demo shows); a hands-on demo whose minimum does
// not fit is planned as a guided one (efforts, conditions and variants all follow the guided
// demo). The demo preparation cannot be skipped: the demo is the plan's point.
[[nodiscard]] Plan make_plan(const Catalog& catalog, const Answers& answers, const PlanEdits& edits);
// `done` holds action ids ticked off; no skips, no estimates.
[[nodiscard]] Plan make_plan(const Catalog& catalog, const Answers& answers, const std::set<std::string>& done = {});

}  // namespace kickstart
