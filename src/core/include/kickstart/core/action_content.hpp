// One action of a plan as an organisation reads it, resolved once: every text in one
// language, the steps and snippets of the variants that apply to the organisation merged
// in (this is the one place they are merged), the snippets' placeholders filled, and the
// parts of the "why here" sentence. Every output reads it: the Markdown and JSON exports,
// the page's plan panel, and the outputs to come (an HTML report, issue-tracker CSV, the
// demo agenda). Texts are as the knowledge base writes them; each output escapes them for
// its own format.
#pragma once

#include "kickstart/core/catalog.hpp"
#include "kickstart/core/i18n.hpp"
#include "kickstart/core/planner.hpp"
#include "kickstart/core/questionnaire.hpp"

#include <functional>
#include <string>
#include <vector>

namespace kickstart {

struct ResolvedSnippet {
    std::string title;
    std::string file;      // where it goes, e.g. app-config.yaml
    std::string language;  // yaml, typescript, shell, json
    std::string code;      // {{org_name}} and {{org_slug}} filled in for the organisation
};

struct ResolvedDoc {
    std::string title;
    std::string url;
};

// Another action the "why here" sentence names.
struct ActionRef {
    std::string id;
    std::string title;
};

struct ActionContent {
    std::string id;
    std::size_t order = 0;        // 1-based position in the plan
    std::string step_id;
    std::size_t step_number = 0;  // 1-based
    std::string step_title;
    std::string title;
    std::string outcome;          // what it shows, and to whom
    // Where it sits and why: the plan item's figures, and the actions around it.
    double effort_hours = 0.0;
    double weight = 0.0;
    double value_per_hour = 0.0;
    int week = 1;
    bool before_demo = false;
    bool demo_preparation = false;  // the demo's own preparation: the last work before it
    bool done = false;
    std::vector<ActionRef> needs;    // applicable prerequisites
    std::vector<ActionRef> unlocks;
    std::vector<std::string> goals_served;  // goal option ids it adds value to, in the user's ranking order  // applicable actions that need it
    std::vector<std::string> steps;  // how to do it: its own steps, then each applying variant's
    std::vector<ResolvedSnippet> snippets;  // its own, then each applying variant's
    std::string demo;                // what to show at the demo
    std::vector<std::string> pitfalls;
    std::vector<ResolvedDoc> docs;
};

// The action of `item` for the organisation that gave `answers`, in `language`.
[[nodiscard]] ActionContent resolve_action(const Catalog& catalog, const Answers& answers, const PlanItem& item,
                                           Language language);

// The "why here" sentence in `language`, in words rather than planner figures: "Needs A, B.
// Unlocks C. It serves what your stakeholders asked for: finding documentation." `name`
// writes one action as the output needs it (italic in Markdown, plain on the page, a link in
// HTML). The exact value per hour stays in the JSON plan.
[[nodiscard]] std::string why_here(const ActionContent& content, const Questionnaire& questionnaire,
                                   const Translations& translations, Language language,
                                   const std::function<std::string(const ActionRef&)>& name);

}  // namespace kickstart
