#include "kickstart/core/planner.hpp"

#include "kickstart/core/limits.hpp"
#include "kickstart/core/numbers.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace kickstart {

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
