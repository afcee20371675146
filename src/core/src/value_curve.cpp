#include "kickstart/core/value_curve.hpp"

#include "kickstart/core/limits.hpp"

#include <algorithm>

namespace kickstart {

namespace {

std::vector<ValuePoint> curve_of(const std::vector<const PlanItem*>& order, double total_value) {
    std::vector<ValuePoint> curve{{0.0, 0.0}};
    double hour = 0.0;
    double value = 0.0;
    for (const PlanItem* item : order) {
        hour += item->effort_hours;
        value += item->weight;
        curve.push_back({hour, total_value > 0 ? value / total_value : 0.0});
    }
    return curve;
}

// List scheduling: repeatedly the first available action by step, then catalog position.
std::vector<const PlanItem*> catalog_order(const Catalog& catalog, const Plan& plan) {
    std::vector<const PlanItem*> pending;
    for (const PlanItem& item : plan.items) pending.push_back(&item);
    std::sort(pending.begin(), pending.end(), [&](const PlanItem* a, const PlanItem* b) {
        const std::size_t step_a = catalog.actions()[a->action].step;
        const std::size_t step_b = catalog.actions()[b->action].step;
        return step_a != step_b ? step_a < step_b : a->action < b->action;
    });
    std::vector<bool> finished(catalog.actions().size(), false);
    std::vector<const PlanItem*> order;
    while (!pending.empty()) {
        auto next = std::find_if(pending.begin(), pending.end(), [&](const PlanItem* item) {
            return std::all_of(item->needs.begin(), item->needs.end(), [&](std::size_t need) { return finished[need]; });
        });
        if (next == pending.end()) next = pending.begin();  // a cycle cannot load; never stall
        finished[(*next)->action] = true;
        order.push_back(*next);
        pending.erase(next);
    }
    return order;
}

}  // namespace

double share_at(const std::vector<ValuePoint>& curve, double hour) {
    double share = 0.0;
    for (const ValuePoint& point : curve) {
        if (point.hour <= hour + kHoursTolerance) share = point.share;
    }
    return share;
}

ValueCurve value_curve(const Catalog& catalog, const Plan& plan) {
    double total_value = 0.0;
    std::vector<const PlanItem*> plan_order;
    for (const PlanItem& item : plan.items) {
        total_value += item.weight;
        plan_order.push_back(&item);
    }
    ValueCurve curve;
    curve.plan = curve_of(plan_order, total_value);
    const std::vector<const PlanItem*> baseline = catalog_order(catalog, plan);
    curve.catalog_order = curve_of(baseline, total_value);
    for (const PlanItem* item : baseline) curve.catalog_order_actions.push_back(item->action);
    curve.total_hours = curve.plan.back().hour;
    curve.demo_hour = plan.summary.hours_available;
    curve.plan_share_at_demo = share_at(curve.plan, curve.demo_hour);
    curve.catalog_order_share_at_demo = share_at(curve.catalog_order, curve.demo_hour);
    return curve;
}

}  // namespace kickstart
