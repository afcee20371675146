// The planner: applicability, effort and weight per organisation, which demo fits, and the
// plan around it.
//
// Index of this file:
// [SECTION] Effort, weight and applicability for one organisation
// [SECTION] The user's edits
// [SECTION] The demo's minimum
// [SECTION] Plans
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

// [SECTION] The user's edits

std::optional<double> valid_estimate(double hours) {
    if (!std::isfinite(hours) || hours <= 0.0 || hours > kMaxEstimateHours) return std::nullopt;
    return std::max(0.25, round_to(hours, 4.0));
}

namespace {

// The edits that apply to these answers (the rest listed in `dropped`): the demo
// preparation is never skipped, and an estimate out of range is not planned with.
PlanEdits applicable_edits(const Catalog& catalog, const Answers& answers, const PlanEdits& edits,
                           std::vector<std::string>* dropped) {
    const auto usable = [&](std::string_view id) {
        const Action* action = catalog.find(id);
        return action != nullptr && applies(*action, answers);
    };
    const auto drop = [&](const std::string& id) {
        if (dropped != nullptr) dropped->push_back(id);
    };
    const std::optional<std::size_t> preparation = catalog.demo_preparation();
    PlanEdits kept;
    for (const std::string& id : edits.done) {
        if (usable(id)) kept.done.insert(id);
    }
    for (const std::string& id : edits.skipped) {
        const bool is_preparation = preparation && catalog.actions()[*preparation].id == id;
        if (usable(id) && !is_preparation) {
            kept.skipped.insert(id);
        } else {
            drop(id);
        }
    }
    for (const auto& [id, hours] : edits.hours) {
        const auto estimate = valid_estimate(hours);
        if (usable(id) && estimate) {
            kept.hours.emplace(id, *estimate);
        } else {
            drop(id);
        }
    }
    return kept;
}

double effort_with(const Action& action, const Answers& answers, const PlanEdits& edits) {
    if (const auto it = edits.hours.find(action.id); it != edits.hours.end()) return it->second;
    return action_effort(action, answers);
}

}  // namespace

// [SECTION] The demo's minimum

std::string_view outlook_name(DemoOutlook outlook) {
    switch (outlook) {
        case DemoOutlook::no_preparation: return "no-preparation";
        case DemoOutlook::ready: return "ready";
        case DemoOutlook::guided_instead: return "guided-instead";
        case DemoOutlook::cannot_be_ready: return "cannot-be-ready";
    }
    return "ready";
}

namespace {

// A prerequisite counts when it applies to this organisation and its condition holds.
bool prerequisite_counts(const Catalog& catalog, const Action& action, std::size_t i, const Answers& answers) {
    const auto& when = action.prerequisite_when[i];
    return applies(catalog.actions()[action.prerequisites[i]], answers) && (!when || when->holds(answers));
}

Answers with_number(Answers answers, std::string_view question, std::int64_t value) {
    answers.values[std::string(question)] = value;
    return answers;
}

bool minimum_fits(const Catalog& catalog, const Answers& answers, std::size_t preparation, const PlanEdits& edits) {
    const auto available = static_cast<double>(std::max<std::int64_t>(1, answers.number(question_ids::hours_per_week)) *
                                               std::max<std::int64_t>(1, answers.number(question_ids::weeks_to_demo)));
    return demo_minimum_hours(catalog, answers, preparation, edits) <= available + kHoursTolerance;
}

// Which demo the plan prepares, before any scheduling: the chosen one if its minimum fits,
// else a guided one, else none (with the smallest change of hours per week or of weeks).
DemoPlan choose_demo(const Catalog& catalog, const Answers& answers, const PlanEdits& edits, Answers& planned) {
    DemoPlan demo;
    planned = answers;
    demo.preparation = catalog.demo_preparation();
    demo.chosen_style = answers.text(question_ids::demo_style);
    demo.style = demo.chosen_style;
    demo.hours_available = static_cast<double>(std::max<std::int64_t>(1, answers.number(question_ids::hours_per_week)) *
                                               std::max<std::int64_t>(1, answers.number(question_ids::weeks_to_demo)));
    if (!demo.preparation || !applies(catalog.actions()[*demo.preparation], answers)) {
        demo.preparation.reset();
        return demo;
    }
    const std::size_t preparation = *demo.preparation;
    demo.chosen_minimum_hours = demo_minimum_hours(catalog, answers, preparation, edits);
    demo.minimum_hours = demo.chosen_minimum_hours;
    demo.outlook = DemoOutlook::ready;
    if (demo.minimum_hours <= demo.hours_available + kHoursTolerance) return demo;
    if (demo.chosen_style == question_ids::demo_hands_on) {
        planned.values[std::string(question_ids::demo_style)] = std::string(question_ids::demo_guided);
        demo.style = question_ids::demo_guided;
        demo.minimum_hours = demo_minimum_hours(catalog, planned, preparation, edits);
        demo.outlook = DemoOutlook::guided_instead;
        if (demo.minimum_hours <= demo.hours_available + kHoursTolerance) return demo;
    }
    demo.outlook = DemoOutlook::cannot_be_ready;
    // Efforts may depend on any answer, so each candidate is checked, not extrapolated.
    const std::int64_t hours_per_week = planned.number(question_ids::hours_per_week);
    for (std::int64_t n = std::max<std::int64_t>(1, hours_per_week) + 1; n <= kMaxHoursPerWeekAsked; ++n) {
        if (minimum_fits(catalog, with_number(planned, question_ids::hours_per_week, n), preparation, edits)) {
            demo.hours_per_week_needed = n;
            break;
        }
    }
    const std::int64_t weeks = planned.number(question_ids::weeks_to_demo);
    for (std::int64_t n = std::max<std::int64_t>(1, weeks) + 1; n <= kMaxWeeksAsked; ++n) {
        if (minimum_fits(catalog, with_number(planned, question_ids::weeks_to_demo, n), preparation, edits)) {
            demo.weeks_needed = n;
            break;
        }
    }
    return demo;
}

}  // namespace

double demo_minimum_hours(const Catalog& catalog, const Answers& answers, std::size_t preparation,
                          const PlanEdits& edits) {
    return closure_hours(catalog, answers, {preparation}, edits);
}

double closure_hours(const Catalog& catalog, const Answers& answers, const std::vector<std::size_t>& roots,
                     const PlanEdits& edits) {
    const auto& actions = catalog.actions();
    std::vector<bool> seen(actions.size(), false);
    std::vector<std::size_t> stack;
    for (const std::size_t root : roots) {
        KICKSTART_ASSERT(root < actions.size(), "a root is an action of the catalog");
        if (!seen[root]) stack.push_back(root);
        seen[root] = true;
    }
    double hours = 0.0;
    while (!stack.empty()) {
        const std::size_t a = stack.back();
        stack.pop_back();
        hours += effort_with(actions[a], answers, edits);
        for (std::size_t i = 0; i < actions[a].prerequisites.size(); ++i) {
            const std::size_t r = actions[a].prerequisites[i];
            // A skipped prerequisite is already there: nothing of it, or of what it needs.
            if (!seen[r] && prerequisite_counts(catalog, actions[a], i, answers) &&
                !edits.skipped.contains(actions[r].id)) {
                seen[r] = true;
                stack.push_back(r);
            }
        }
    }
    return hours;
}

// [SECTION] Plans

Plan make_plan(const Catalog& catalog, const Answers& answers, const std::set<std::string>& done) {
    return make_plan(catalog, answers, PlanEdits{done, {}, {}});
}

Plan make_plan(const Catalog& catalog, const Answers& chosen_answers, const PlanEdits& given_edits) {
    const auto& actions = catalog.actions();
    Plan plan;
    // Which edits apply is decided on the user's answers; with a guided demo planned instead
    // of a hands-on one, edits of actions only the hands-on demo has are moot, not wrong.
    std::vector<std::string> dropped;
    PlanEdits edits = applicable_edits(catalog, chosen_answers, given_edits, &dropped);
    plan.demo = choose_demo(catalog, chosen_answers, edits, plan.answers);
    const Answers& answers = plan.answers;
    edits = applicable_edits(catalog, answers, edits, nullptr);
    std::sort(dropped.begin(), dropped.end());
    dropped.erase(std::unique(dropped.begin(), dropped.end()), dropped.end());
    plan.dropped_edits = std::move(dropped);
    const std::optional<std::size_t> preparation = plan.demo.preparation;
    std::vector<std::size_t> applicable;               // job index -> action index
    std::vector<std::size_t> job_of(actions.size(), SIZE_MAX);
    for (std::size_t a = 0; a < actions.size(); ++a) {
        if (!applies(actions[a], answers)) {
            plan.not_applicable.push_back(a);
        } else if (edits.skipped.contains(actions[a].id)) {
            plan.skipped.push_back(a);
        } else {
            job_of[a] = applicable.size();
            applicable.push_back(a);
        }
    }

    // A prerequisite that does not apply to this organisation, or that the user skipped,
    // counts as satisfied.
    std::vector<Job> jobs(applicable.size());
    for (std::size_t j = 0; j < applicable.size(); ++j) {
        const Action& action = actions[applicable[j]];
        jobs[j].hours = effort_with(action, answers, edits);
        // The preparation weighs nothing, so it ends as late as the demo allows: last.
        jobs[j].weight = applicable[j] == preparation ? 0.0 : action_weight(action, answers);
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
        demo.due[j] = applicable[j] == preparation || (when && when->holds(answers));
    }
    const Schedule schedule = schedule_jobs(jobs, demo);
    summary.method = schedule.method;
    summary.weighted_completion = schedule.weighted_completion;
    summary.demo_needs_hours = schedule.due_hours;
    summary.demo_needs_fit = schedule.deadline_met;
    summary.moved_for_demo = schedule.moved_for_deadline;

    // With a preparation that fits, what comes before it is what the demo shows; otherwise
    // what finishes within the hours before the demo date.
    const bool by_preparation = preparation && plan.demo.outlook != DemoOutlook::cannot_be_ready;
    bool preparation_passed = false;
    const auto hours_per_week = static_cast<double>(summary.hours_per_week);
    double clock = 0.0;
    for (const std::size_t j : schedule.order) {
        const std::size_t a = applicable[j];
        const Action& action = actions[a];
        PlanItem item;
        item.action = a;
        item.order = plan.items.size() + 1;
        item.effort_hours = jobs[j].hours;
        item.catalog_hours = action_effort(action, answers);
        item.user_estimate = edits.hours.contains(action.id);
        item.weight = jobs[j].weight;
        item.start_hour = clock;
        clock += jobs[j].hours;
        item.finish_hour = clock;
        item.week = std::max(1, static_cast<int>(std::ceil(clock / hours_per_week - kHoursTolerance)));
        item.before_demo = by_preparation ? !preparation_passed : clock <= summary.hours_available + kHoursTolerance;
        if (a == preparation) preparation_passed = true;
        item.done = edits.done.contains(action.id);
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
    plan.edits = std::move(edits);
    return plan;
}

}  // namespace kickstart
