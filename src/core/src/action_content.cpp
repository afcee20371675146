#include "kickstart/core/action_content.hpp"

#include "kickstart/core/demo_brief.hpp"
#include "kickstart/core/plan_io.hpp"

namespace kickstart {
namespace {

std::vector<ActionRef> refs(const Catalog& catalog, const std::vector<std::size_t>& indices, Language language) {
    std::vector<ActionRef> out;
    out.reserve(indices.size());
    for (const std::size_t i : indices) {
        KICKSTART_ASSERT(i < catalog.actions().size(), "a plan names actions of its catalog");
        out.push_back({catalog.actions()[i].id, catalog.actions()[i].title.in(language)});
    }
    return out;
}

void add_snippets(const std::vector<Snippet>& snippets, const Answers& answers, Language language,
                  std::vector<ResolvedSnippet>& out) {
    for (const Snippet& snippet : snippets) {
        out.push_back({snippet.title.in(language), snippet.file, snippet.language,
                       render_snippet_code(snippet, answers, language)});
    }
}

}  // namespace

ActionContent resolve_action(const Catalog& catalog, const Answers& answers, const PlanItem& item,
                             Language language) {
    KICKSTART_ASSERT(item.action < catalog.actions().size(), "a plan item names an action of its catalog");
    const Action& action = catalog.actions()[item.action];
    KICKSTART_ASSERT(action.step < catalog.steps().size(), "an action's step is one of its catalog's");
    const Step& step = catalog.steps()[action.step];
    ActionContent content;
    content.id = action.id;
    content.order = item.order;
    content.step_id = step.id;
    content.step_number = action.step + 1;
    content.step_title = step.title.in(language);
    content.title = action.title.in(language);
    content.outcome = action.outcome.in(language);
    content.effort_hours = item.effort_hours;
    content.weight = item.weight;
    content.value_per_hour = item.value_per_hour();
    content.week = item.week;
    content.before_demo = item.before_demo;
    content.demo_preparation = catalog.actions()[item.action].demo_preparation;
    content.done = item.done;
    content.needs = refs(catalog, item.needs, language);
    content.unlocks = refs(catalog, item.unlocks, language);
    for (const std::string& goal : answers.list(question_ids::goals)) {
        const auto value = action.goal_values.find(goal);
        if (value != action.goal_values.end() && value->second > 0.0) content.goals_served.push_back(goal);
    }
    content.steps = action.steps.in(language);
    add_snippets(action.snippets, answers, language, content.snippets);
    for (const std::size_t v : item.variants) {  // the planner chose which apply
        KICKSTART_ASSERT(v < action.variants.size(), "a plan item names variants of its action");
        const Variant& variant = action.variants[v];
        const auto& steps = variant.steps.in(language);
        content.steps.insert(content.steps.end(), steps.begin(), steps.end());
        add_snippets(variant.snippets, answers, language, content.snippets);
    }
    content.demo = action.demo.in(language);
    content.pitfalls = action.pitfalls.in(language);
    for (const DocLink& link : action.docs) content.docs.push_back({link.title.in(language), link.url});
    return content;
}

std::string why_here(const ActionContent& content, const Questionnaire& questionnaire, const Translations& translations,
                     Language language, const std::function<std::string(const ActionRef&)>& name) {
    const auto t = [&](std::string_view key) { return translations.text(language, key); };
    const auto list = [&](const std::vector<ActionRef>& actions) {
        std::string text;
        for (std::size_t i = 0; i < actions.size(); ++i) {
            if (i > 0) text += t("export.list_separator");
            text += name(actions[i]);
        }
        return text;
    };
    std::string why = content.needs.empty() ? std::string(t("export.needs_nothing"))
                                            : fill(t("export.needs"), {list(content.needs)});
    if (!content.unlocks.empty()) why += " " + fill(t("export.unlocks"), {list(content.unlocks)});
    if (content.demo_preparation) {  // weighs nothing on purpose: its place is the demo's
        why += " " + std::string(t("export.why_demo_preparation"));
        return why;
    }
    if (content.goals_served.empty()) {
        why += " " + std::string(t("export.serves_portal"));
        return why;
    }
    // The two goals ranked highest say enough; a longer list reads as "everything".
    std::string goals;
    for (std::size_t i = 0; i < std::min<std::size_t>(2, content.goals_served.size()); ++i) {
        if (i > 0) goals += t("export.list_separator");
        goals += goal_in_sentence(questionnaire, content.goals_served[i], language);
    }
    why += " " + fill(t("export.serves_goals"), {goals});
    return why;
}

}  // namespace kickstart
