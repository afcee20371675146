// The value curve: the share of the plan's value delivered over the hours of work, for the
// plan's order and for the same actions in the catalog's step order, and where each stands
// at the demo. It is the picture of why the order matters (the HTML report and the page's
// Timeline view draw it).
//
// The baseline is a fair one: the same actions, one after the other, still respecting
// every prerequisite — whichever available action comes first by step, then by its position
// in the catalog (list scheduling).
#pragma once

#include "kickstart/core/catalog.hpp"
#include "kickstart/core/planner.hpp"

#include <vector>

namespace kickstart {

struct ValuePoint {
    double hour = 0.0;
    double share = 0.0;  // 0..1 of the plan's value finished by `hour`
};

struct ValueCurve {
    // From (0, 0), one point per action as it finishes, in the order of finishing.
    std::vector<ValuePoint> plan;
    std::vector<ValuePoint> catalog_order;
    std::vector<std::size_t> catalog_order_actions;  // the baseline's order (action indices)
    double total_hours = 0.0;
    double demo_hour = 0.0;  // the hours available before the demo
    double plan_share_at_demo = 0.0;
    double catalog_order_share_at_demo = 0.0;
};

[[nodiscard]] ValueCurve value_curve(const Catalog& catalog, const Plan& plan);

// The share of value finished by `hour` on a curve (a step function: an action's value counts
// once it is finished).
[[nodiscard]] double share_at(const std::vector<ValuePoint>& curve, double hour);

}  // namespace kickstart
