// The knowledge base of actions (assets/catalog/*.json, or a user's own catalog): the six
// steps and the actions behind them, with effort, value, prerequisites, applicability and
// per-stack variants. Loading validates everything and reports every problem with its path.
#pragma once

#include "kickstart/core/condition.hpp"
#include "kickstart/core/questionnaire.hpp"
#include "kickstart/core/result.hpp"
#include "kickstart/core/text.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kickstart {

struct Snippet {
    LocalizedText title;
    std::string file;      // where it goes, e.g. app-config.yaml
    std::string language;  // yaml, typescript, shell, json
    std::string code;      // may contain {{org_name}} and {{org_slug}}
};

struct Variant {
    Condition when;
    LocalizedList steps;
    std::vector<Snippet> snippets;
};

struct DocLink {
    LocalizedText title;
    std::string url;
};

struct EffortModifier {
    Condition when;
    double factor = 1.0;
    double add_hours = 0.0;
};

struct ValueModifier {
    Condition when;
    double factor = 1.0;
};

// What an action gives the demo agenda: its share of the slot (minutes in a 15-minute demo,
// scaled to the slot chosen), whose page to open and what to say. An action without one has
// nothing to show on its own. The part places it in the story: the problem opens the demo,
// the ask closes it, everything else is shown in between.
enum class AgendaPart { problem, show, ask };
struct AgendaEntry {
    AgendaPart part = AgendaPart::show;
    int minutes = 0;
    LocalizedText open;
    LocalizedText say;
};

struct Step {
    std::string id;
    LocalizedText title;
    LocalizedText summary;
};

struct Action {
    std::string id;
    int code = 0;           // stable number used by share links
    std::size_t step = 0;   // index into Catalog::steps()
    LocalizedText title;
    LocalizedText outcome;  // what it shows, and to whom
    double base_hours = 0.0;
    std::vector<EffortModifier> effort_modifiers;
    double base_value = 0.0;
    std::map<std::string, double, std::less<>> goal_values;  // goal option id -> 0..5
    std::vector<ValueModifier> value_modifiers;
    std::vector<std::size_t> prerequisites;  // indices into Catalog::actions()
    // Parallel to prerequisites: a condition under which that prerequisite holds (none:
    // always), e.g. the demo script needs the shared instance only for a hands-on demo.
    std::vector<std::optional<Condition>> prerequisite_when;
    std::optional<Condition> applies_when;
    // Must be finished before the demo (when the condition holds; absent: no such need).
    std::optional<Condition> due_before_demo;
    // The demo's own preparation (at most one per catalog): due by the demo, weighed as
    // nothing, so it is the last work before it; its prerequisites are the demo's minimum.
    bool demo_preparation = false;
    LocalizedList steps;
    std::vector<Snippet> snippets;
    std::vector<Variant> variants;
    std::vector<DocLink> docs;
    LocalizedText demo;
    std::optional<AgendaEntry> agenda;
    LocalizedList pitfalls;
};

// One JSON document of a catalog; `name` prefixes its messages when there are several.
struct CatalogSource {
    std::string name;
    std::string_view text;
};

class Catalog {
public:
    // Loads one or more documents whose steps and actions together form the catalog.
    static Result<Catalog> load(const std::vector<CatalogSource>& sources, const Questionnaire& questionnaire);
    static Result<Catalog> load(std::string_view text, const Questionnaire& questionnaire) {
        return load({CatalogSource{"catalog", text}}, questionnaire);
    }

    [[nodiscard]] const std::vector<Step>& steps() const { return steps_; }
    [[nodiscard]] const std::vector<Action>& actions() const { return actions_; }
    [[nodiscard]] const Action* find(std::string_view id) const;
    [[nodiscard]] const Action* find_code(int code) const;
    // Index of the action marked "demo_preparation", if the catalog has one.
    [[nodiscard]] std::optional<std::size_t> demo_preparation() const { return demo_preparation_; }
    // Goal option id -> the action that shows it best at a demo (the "showcases" map; an
    // action with an agenda entry). Goals not listed fall back to the planner's choice.
    [[nodiscard]] const std::map<std::string, std::size_t, std::less<>>& showcases() const { return showcases_; }

private:
    std::vector<Step> steps_;
    std::vector<Action> actions_;
    std::optional<std::size_t> demo_preparation_;
    std::map<std::string, std::size_t, std::less<>> showcases_;
};

inline constexpr int kMaxAgendaMinutes = 15;  // an action's minutes in a 15-minute demo

inline constexpr std::string_view kCatalogSchema = "backstage-kickstart/catalog";

}  // namespace kickstart
