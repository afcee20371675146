// Loading a catalog of steps and actions: every field checked, every problem reported with
// its path, prerequisites resolved and cycles named.
//
// Index of this file:
// [SECTION] Bounds and shared readers
// [SECTION] One action, along its headings
// [SECTION] The whole catalog
#include "kickstart/core/catalog.hpp"

#include "json_read.hpp"
#include "kickstart/core/i18n.hpp"
#include "kickstart/core/limits.hpp"

#include <algorithm>
#include <set>

namespace kickstart {

using detail::Json;

// [SECTION] Bounds and shared readers

namespace {

constexpr double kMaxHours = 1000.0;     // an action's base effort, and what a modifier adds
constexpr double kMaxFactor = 10.0;      // an effort or value modifier's factor
constexpr double kMaxBaseValue = 10.0;
constexpr double kMaxGoalValue = 5.0;    // an action's value for one goal

// A link that Markdown and browsers read the same way: https, a host, and none of the
// characters that could end it early or smuggle in markup.
bool is_web_address(std::string_view url) {
    constexpr std::string_view kScheme = "https://";
    if (url.rfind(kScheme, 0) != 0 || url.size() == kScheme.size() || url[kScheme.size()] == '/') return false;
    return std::none_of(url.begin(), url.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte <= 0x20 || byte == 0x7F || c == '"' || c == '\'' || c == '<' || c == '>' || c == '(' || c == ')' ||
               c == '[' || c == ']' || c == '\\' || c == '`';
    });
}

void load_snippets(const Json& object, const std::string& path, std::vector<Snippet>& out, Errors& errors) {
    const Json* list = detail::read_array(object, "snippets", path, errors);
    if (list == nullptr) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string where = detail::index(path + ".snippets", i);
        detail::reject_unknown_keys((*list)[i], where, {"title", "file", "language", "code"}, errors);
        Snippet snippet;
        detail::read_text((*list)[i], "title", where, errors, snippet.title);
        detail::read_string((*list)[i], "file", where, errors, snippet.file);
        detail::read_string((*list)[i], "code", where, errors, snippet.code);
        if (detail::read_string((*list)[i], "language", where, errors, snippet.language)) {
            static const std::set<std::string, std::less<>> kLanguages{"yaml", "typescript", "shell", "json"};
            if (!kLanguages.contains(snippet.language)) {
                errors.add(where + ".language", ErrorCode::value_not_one_of,
                           {detail::shorten(snippet.language), "yaml, typescript, shell, json"});
            }
        }
        if (snippet.code.find('\t') != std::string::npos) errors.add(where + ".code", ErrorCode::snippet_tab);
        out.push_back(std::move(snippet));
    }
}

std::optional<Condition> load_when(const Json& object, std::string_view key, const std::string& path,
                                   const Questionnaire& questionnaire, Errors& errors, bool required) {
    const Json* when = detail::member(object, key);
    if (when == nullptr) {
        if (required) errors.add(detail::join(path, key), ErrorCode::field_missing);
        return std::nullopt;
    }
    return parse_condition(*when, detail::join(path, key), questionnaire, errors);
}

struct PendingAction {
    Action action;
    std::string where;                   // path prefix for messages
    std::vector<std::string> prerequisites;   // ids, resolved once every document is read
    std::vector<std::optional<Condition>> prerequisite_when;
    std::string step_id;
};

// [SECTION] One action, along its headings

// Who it is and what it says: id, code, step, texts.
void load_identity(const Json& item, const std::string& where, PendingAction& pending, Errors& errors) {
    Action& action = pending.action;
    if (detail::read_string(item, "id", where, errors, action.id) && !detail::is_identifier(action.id, true, false)) {
        errors.add(where + ".id", ErrorCode::id_invalid_hyphen, {detail::shorten(action.id)});
    }
    std::int64_t code = 0;
    if (detail::read_int(item, "code", where, errors, code)) {
        if (code < 1 || code > kMaxActionCode) {
            errors.add(where + ".code", ErrorCode::number_range, {1, kMaxActionCode, code});
        } else {
            action.code = static_cast<int>(code);
        }
    }
    detail::read_string(item, "step", where, errors, pending.step_id);
    detail::read_text(item, "title", where, errors, action.title);
    detail::read_text(item, "outcome", where, errors, action.outcome);
    detail::read_text(item, "demo", where, errors, action.demo);
    if (const Json* agenda = detail::member(item, "agenda")) {
        const std::string a_where = where + ".agenda";
        if (!agenda->is_object()) {
            errors.add(a_where, ErrorCode::field_type, {Term::object, detail::describe(*agenda)});
        } else {
            detail::reject_unknown_keys(*agenda, a_where, {"part", "minutes", "open", "say"}, errors);
            AgendaEntry entry;
            std::string part;
            if (detail::read_string(*agenda, "part", a_where, errors, part, false)) {
                if (part == "problem") {
                    entry.part = AgendaPart::problem;
                } else if (part == "ask") {
                    entry.part = AgendaPart::ask;
                } else if (part != "show") {
                    errors.add(a_where + ".part", ErrorCode::value_not_one_of,
                               {detail::shorten(part), "problem, show, ask"});
                }
            }
            std::int64_t minutes = 0;
            if (detail::read_int(*agenda, "minutes", a_where, errors, minutes)) {
                if (minutes < 1 || minutes > kMaxAgendaMinutes) {
                    errors.add(a_where + ".minutes", ErrorCode::number_range, {1, kMaxAgendaMinutes, minutes});
                } else {
                    entry.minutes = static_cast<int>(minutes);
                }
            }
            detail::read_text(*agenda, "open", a_where, errors, entry.open);
            detail::read_text(*agenda, "say", a_where, errors, entry.say);
            action.agenda = std::move(entry);
        }
    }
    detail::read_text_list(item, "steps", where, errors, action.steps);
    detail::read_text_list(item, "pitfalls", where, errors, action.pitfalls, false);
}

// A member that must be an object: reported (missing, or of another type) when it is not.
const Json* required_object(const Json& item, std::string_view key, const std::string& where, Errors& errors) {
    const Json* value = detail::member(item, key);
    if (value == nullptr) {
        errors.add(where, ErrorCode::field_missing);
    } else if (!value->is_object()) {
        errors.add(where, ErrorCode::field_type, {Term::object, detail::describe(*value)});
        return nullptr;
    }
    return value;
}

// Effort: base hours and modifiers.
void load_effort(const Json& item, const std::string& where, const Questionnaire& questionnaire, Action& action,
                 Errors& errors) {
    const std::string effort_where = where + ".effort";
    const Json* effort = required_object(item, "effort", effort_where, errors);
    if (effort == nullptr) return;
    detail::reject_unknown_keys(*effort, effort_where, {"hours", "modifiers"}, errors);
    if (detail::read_number(*effort, "hours", effort_where, errors, action.base_hours) &&
        (action.base_hours <= 0.0 || action.base_hours > kMaxHours)) {
        errors.add(effort_where + ".hours", ErrorCode::effort_hours, {kMaxHours, action.base_hours});
    }
    if (const Json* modifiers = detail::read_array(*effort, "modifiers", effort_where, errors)) {
        for (std::size_t i = 0; i < modifiers->size(); ++i) {
            const Json& entry = (*modifiers)[i];
            const std::string m_where = detail::index(effort_where + ".modifiers", i);
            detail::reject_unknown_keys(entry, m_where, {"when", "factor", "add_hours"}, errors);
            EffortModifier modifier;
            if (auto when = load_when(entry, "when", m_where, questionnaire, errors, true)) {
                modifier.when = std::move(*when);
            }
            const bool has_factor = detail::member(entry, "factor") != nullptr;
            const bool has_add = detail::member(entry, "add_hours") != nullptr;
            if (!has_factor && !has_add) errors.add(m_where, ErrorCode::modifier_needs_change);
            if (has_factor && detail::read_number(entry, "factor", m_where, errors, modifier.factor) &&
                (modifier.factor <= 0.0 || modifier.factor > kMaxFactor)) {
                errors.add(m_where + ".factor", ErrorCode::modifier_effort_factor, {kMaxFactor});
            }
            if (has_add && detail::read_number(entry, "add_hours", m_where, errors, modifier.add_hours) &&
                (modifier.add_hours < -kMaxHours || modifier.add_hours > kMaxHours)) {
                errors.add(m_where + ".add_hours", ErrorCode::modifier_add_hours, {-kMaxHours, kMaxHours});
            }
            action.effort_modifiers.push_back(std::move(modifier));
        }
    }
    // Negative add_hours must not be able to take the effort to nothing, whichever
    // modifiers apply together.
    double least = action.base_hours;
    for (const EffortModifier& modifier : action.effort_modifiers) least *= std::min(1.0, modifier.factor);
    for (const EffortModifier& modifier : action.effort_modifiers) least += std::min(0.0, modifier.add_hours);
    if (action.base_hours > 0.0 && least <= 0.0) {
        errors.add(effort_where + ".modifiers", ErrorCode::effort_reaches_zero, {least});
    }
}

// Value: base, per goal, modifiers.
void load_value(const Json& item, const std::string& where, const Questionnaire& questionnaire, Action& action,
                Errors& errors) {
    const std::string value_where = where + ".value";
    const Json* value = required_object(item, "value", value_where, errors);
    if (value == nullptr) return;
    detail::reject_unknown_keys(*value, value_where, {"base", "goals", "modifiers"}, errors);
    if (detail::read_number(*value, "base", value_where, errors, action.base_value, false) &&
        (action.base_value < 0.0 || action.base_value > kMaxBaseValue)) {
        errors.add(value_where + ".base", ErrorCode::value_range, {0, kMaxBaseValue});
    }
    const Question* goals = questionnaire.find(question_ids::goals);
    if (const Json* by_goal = detail::member(*value, "goals")) {
        if (!by_goal->is_object()) {
            errors.add(value_where + ".goals", ErrorCode::value_goals_type);
        } else {
            for (const auto& [goal, amount] : by_goal->items()) {
                const std::string g_where = value_where + ".goals." + goal;
                if (goals != nullptr && !goals->option_index(goal)) {
                    errors.add(g_where, ErrorCode::value_unknown_goal, {detail::shorten(goal)});
                } else if (!amount.is_number() || amount.get<double>() < 0.0 || amount.get<double>() > kMaxGoalValue) {
                    errors.add(g_where, ErrorCode::value_range, {0, kMaxGoalValue});
                } else {
                    action.goal_values.emplace(goal, amount.get<double>());
                }
            }
        }
    }
    if (const Json* modifiers = detail::read_array(*value, "modifiers", value_where, errors)) {
        for (std::size_t i = 0; i < modifiers->size(); ++i) {
            const Json& entry = (*modifiers)[i];
            const std::string m_where = detail::index(value_where + ".modifiers", i);
            detail::reject_unknown_keys(entry, m_where, {"when", "factor"}, errors);
            ValueModifier modifier;
            if (auto when = load_when(entry, "when", m_where, questionnaire, errors, true)) {
                modifier.when = std::move(*when);
            }
            if (detail::read_number(entry, "factor", m_where, errors, modifier.factor) &&
                (modifier.factor < 0.0 || modifier.factor > kMaxFactor)) {
                errors.add(m_where + ".factor", ErrorCode::modifier_value_factor, {0, kMaxFactor});
            }
            action.value_modifiers.push_back(std::move(modifier));
        }
    }
    const bool has_value = action.base_value > 0.0 ||
                           std::any_of(action.goal_values.begin(), action.goal_values.end(),
                                       [](const auto& entry) { return entry.second > 0.0; });
    if (!has_value) errors.add(value_where, ErrorCode::value_none);
}

// Prerequisites (ids, resolved once every document is read), applicability, the demo deadline.
void load_conditions(const Json& item, const std::string& where, const Questionnaire& questionnaire,
                     PendingAction& pending, Errors& errors) {
    Action& action = pending.action;
    if (const Json* prerequisites = detail::read_array(item, "requires", where, errors)) {
        for (std::size_t i = 0; i < prerequisites->size(); ++i) {
            // "id", or {"action": "id", "when": COND} for a prerequisite that holds only sometimes.
            const Json& entry = (*prerequisites)[i];
            const std::string entry_where = detail::index(where + ".requires", i);
            std::string id;
            std::optional<Condition> when;
            if (entry.is_string()) {
                id = entry.get<std::string>();
            } else if (entry.is_object()) {
                detail::reject_unknown_keys(entry, entry_where, {"action", "when"}, errors);
                detail::read_string(entry, "action", entry_where, errors, id);
                when = load_when(entry, "when", entry_where, questionnaire, errors, true);
            } else {
                errors.add(entry_where, ErrorCode::requires_entry_type, {detail::describe(entry)});
            }
            pending.prerequisites.push_back(std::move(id));
            pending.prerequisite_when.push_back(std::move(when));
        }
    }
    action.applies_when = load_when(item, "applies_when", where, questionnaire, errors, false);
    if (const Json* due = detail::member(item, "before_demo")) {
        if (due->is_boolean()) {
            if (due->get<bool>()) action.due_before_demo = Condition{};  // "all" of nothing: always
        } else {
            action.due_before_demo = parse_condition(*due, where + ".before_demo", questionnaire, errors);
        }
    }
    if (const Json* preparation = detail::member(item, "demo_preparation")) {
        if (preparation->is_boolean()) {
            action.demo_preparation = preparation->get<bool>();
        } else {
            errors.add(where + ".demo_preparation", ErrorCode::field_type,
                       {Term::boolean, detail::describe(*preparation)});
        }
    }
}

// How to do it for each stack: snippets, variants, docs.
void load_how(const Json& item, const std::string& where, const Questionnaire& questionnaire, Action& action,
              Errors& errors) {
    load_snippets(item, where, action.snippets, errors);
    if (const Json* variants = detail::read_array(item, "variants", where, errors)) {
        for (std::size_t i = 0; i < variants->size(); ++i) {
            const Json& entry = (*variants)[i];
            const std::string v_where = detail::index(where + ".variants", i);
            detail::reject_unknown_keys(entry, v_where, {"when", "steps", "snippets"}, errors);
            Variant variant;
            if (auto when = load_when(entry, "when", v_where, questionnaire, errors, true)) {
                variant.when = std::move(*when);
            }
            detail::read_text_list(entry, "steps", v_where, errors, variant.steps, false);
            load_snippets(entry, v_where, variant.snippets, errors);
            action.variants.push_back(std::move(variant));
        }
    }
    if (const Json* docs = detail::read_array(item, "docs", where, errors)) {
        for (std::size_t i = 0; i < docs->size(); ++i) {
            const std::string d_where = detail::index(where + ".docs", i);
            detail::reject_unknown_keys((*docs)[i], d_where, {"title", "url"}, errors);
            DocLink link;
            detail::read_text((*docs)[i], "title", d_where, errors, link.title);
            if (detail::read_string((*docs)[i], "url", d_where, errors, link.url) && !is_web_address(link.url)) {
                errors.add(d_where + ".url", ErrorCode::docs_url, {detail::shorten(link.url)});
            }
            action.docs.push_back(std::move(link));
        }
    }
}

void load_action(const Json& item, const std::string& where, const Questionnaire& questionnaire,
                 PendingAction& pending, Errors& errors) {
    if (!item.is_object()) {
        errors.add(where, ErrorCode::action_not_object, {detail::describe(item)});
        return;
    }
    detail::reject_unknown_keys(item, where,
                                {"id", "code", "step", "title", "outcome", "effort", "value", "requires", "applies_when",
                                 "steps", "snippets", "variants", "docs", "demo", "agenda", "pitfalls",
                                 "before_demo", "demo_preparation"},
                                errors);
    load_identity(item, where, pending, errors);
    load_effort(item, where, questionnaire, pending.action, errors);
    load_value(item, where, questionnaire, pending.action, errors);
    load_conditions(item, where, questionnaire, pending, errors);
    load_how(item, where, questionnaire, pending.action, errors);
}

// [SECTION] The whole catalog

// Finds prerequisite cycles; reports each as "a -> b -> a".
void report_cycles(const std::vector<Action>& actions, Errors& errors) {
    enum class Mark { unvisited, active, done };
    std::vector<Mark> marks(actions.size(), Mark::unvisited);
    std::vector<std::size_t> stack;
    // Iterative DFS so a huge user catalog cannot overflow the call stack.
    for (std::size_t root = 0; root < actions.size(); ++root) {
        if (marks[root] != Mark::unvisited) continue;
        std::vector<std::pair<std::size_t, std::size_t>> frames{{root, 0}};
        marks[root] = Mark::active;
        stack.assign(1, root);
        while (!frames.empty()) {
            auto& [node, next] = frames.back();
            if (next < actions[node].prerequisites.size()) {
                const std::size_t child = actions[node].prerequisites[next++];
                if (marks[child] == Mark::active) {
                    std::string cycle;
                    const auto start = std::find(stack.begin(), stack.end(), child);
                    for (auto it = start; it != stack.end(); ++it) cycle += actions[*it].id + " -> ";
                    cycle += actions[child].id;
                    errors.add("actions", ErrorCode::requires_cycle, {cycle});
                } else if (marks[child] == Mark::unvisited) {
                    marks[child] = Mark::active;
                    stack.push_back(child);
                    frames.emplace_back(child, 0);
                }
            } else {
                marks[node] = Mark::done;
                stack.pop_back();
                frames.pop_back();
            }
        }
    }
}

}  // namespace

Result<Catalog> Catalog::load(const std::vector<CatalogSource>& sources, const Questionnaire& questionnaire) {
    Errors errors;
    Catalog catalog;
    std::vector<PendingAction> pending;
    struct PendingShowcase {
        std::string goal;
        std::string action;
        std::string where;
    };
    std::vector<PendingShowcase> showcases;
    const bool prefix = sources.size() > 1;
    bool documents_readable = true;
    for (const CatalogSource& source : sources) {
        const std::string file = prefix ? source.name + ": " : std::string();
        const auto document = detail::parse(source.text, source.name, errors);
        if (!document || !detail::check_header(*document, kCatalogSchema, 1, prefix ? source.name : "", errors)) {
            documents_readable = false;
            continue;
        }
        detail::reject_unknown_keys(*document, file, {"schema", "version", "steps", "showcases", "actions"}, errors);
        if (const Json* map = detail::member(*document, "showcases")) {
            const Question* goals = questionnaire.find(question_ids::goals);
            if (!map->is_object()) {
                errors.add(file + "showcases", ErrorCode::field_type, {Term::object, detail::describe(*map)});
            } else {
                for (const auto& [goal, id] : map->items()) {
                    const std::string where = file + "showcases." + goal;
                    if (goals != nullptr && !goals->option_index(goal)) {
                        errors.add(where, ErrorCode::value_unknown_goal, {detail::shorten(goal)});
                    } else if (!id.is_string()) {
                        errors.add(where, ErrorCode::field_type, {Term::string, detail::describe(id)});
                    } else {
                        showcases.push_back({goal, id.get<std::string>(), where});
                    }
                }
            }
        }
        if (const Json* steps = detail::read_array(*document, "steps", file, errors)) {
            for (std::size_t i = 0; i < steps->size(); ++i) {
                const std::string where = file + detail::index("steps", i);
                detail::reject_unknown_keys((*steps)[i], where, {"id", "title", "summary"}, errors);
                Step step;
                detail::read_string((*steps)[i], "id", where, errors, step.id);
                detail::read_text((*steps)[i], "title", where, errors, step.title);
                detail::read_text((*steps)[i], "summary", where, errors, step.summary);
                catalog.steps_.push_back(std::move(step));
            }
        }
        if (const Json* actions = detail::read_array(*document, "actions", file, errors)) {
            for (std::size_t i = 0; i < actions->size(); ++i) {
                PendingAction item;
                item.where = file + detail::index("actions", i);
                load_action((*actions)[i], item.where, questionnaire, item, errors);
                pending.push_back(std::move(item));
            }
        }
    }

    if (!documents_readable) return errors.error();  // the rest would only echo the first problem
    if (catalog.steps_.empty()) errors.add("steps", ErrorCode::catalog_no_steps);
    std::set<std::string> step_ids;
    for (const Step& step : catalog.steps_) {
        if (!step_ids.insert(step.id).second) errors.add("steps", ErrorCode::duplicate_step, {detail::shorten(step.id)});
    }
    if (pending.empty()) errors.add("actions", ErrorCode::catalog_no_actions);

    std::map<std::string, std::size_t, std::less<>> by_id;
    std::set<int> codes;
    for (std::size_t i = 0; i < pending.size(); ++i) {
        const Action& action = pending[i].action;
        if (!action.id.empty() && !by_id.emplace(action.id, i).second) {
            errors.add(pending[i].where + ".id", ErrorCode::duplicate_action, {detail::shorten(action.id)});
        }
        if (action.code > 0 && !codes.insert(action.code).second) {
            errors.add(pending[i].where + ".code", ErrorCode::duplicate_code, {action.code});
        }
    }
    for (PendingAction& item : pending) {
        const auto step = std::find_if(catalog.steps_.begin(), catalog.steps_.end(),
                                       [&](const Step& s) { return s.id == item.step_id; });
        if (!item.step_id.empty() && step == catalog.steps_.end()) {
            errors.add(item.where + ".step", ErrorCode::action_unknown_step, {detail::shorten(item.step_id)});
        } else if (step != catalog.steps_.end()) {
            item.action.step = static_cast<std::size_t>(step - catalog.steps_.begin());
        }
        std::set<std::size_t> seen;
        for (std::size_t r = 0; r < item.prerequisites.size(); ++r) {
            const std::string& id = item.prerequisites[r];
            if (id.empty()) continue;  // already reported
            const auto found = by_id.find(id);
            const std::string where = detail::index(item.where + ".requires", r);
            if (found == by_id.end()) {
                errors.add(where, ErrorCode::requires_unknown_action, {detail::shorten(id)});
            } else if (id == item.action.id) {
                errors.add(where, ErrorCode::requires_itself);
            } else if (!seen.insert(found->second).second) {
                errors.add(where, ErrorCode::value_listed_twice, {detail::shorten(id)});
            } else {
                item.action.prerequisites.push_back(found->second);
                item.action.prerequisite_when.push_back(item.prerequisite_when[r]);
            }
        }
    }
    for (PendingAction& item : pending) {
        if (item.action.demo_preparation) {
            if (catalog.demo_preparation_) {
                errors.add(item.where + ".demo_preparation", ErrorCode::demo_preparation_twice,
                           {detail::shorten(catalog.actions_[*catalog.demo_preparation_].id)});
            } else {
                catalog.demo_preparation_ = catalog.actions_.size();
            }
        }
        catalog.actions_.push_back(std::move(item.action));
    }
    for (const PendingShowcase& showcase : showcases) {
        const auto found = by_id.find(showcase.action);
        if (found == by_id.end()) {
            errors.add(showcase.where, ErrorCode::showcase_unknown_action, {detail::shorten(showcase.action)});
        } else if (!catalog.actions_[found->second].agenda) {
            errors.add(showcase.where, ErrorCode::showcase_nothing_to_show, {detail::shorten(showcase.action)});
        } else if (!catalog.showcases_.emplace(showcase.goal, found->second).second) {
            errors.add(showcase.where, ErrorCode::showcase_twice, {detail::shorten(showcase.goal)});
        }
    }
    report_cycles(catalog.actions_, errors);
    if (!errors.empty()) return errors.error();
    return catalog;
}

const Action* Catalog::find(std::string_view id) const {
    for (const Action& action : actions_) {
        if (action.id == id) return &action;
    }
    return nullptr;
}

const Action* Catalog::find_code(int code) const {
    for (const Action& action : actions_) {
        if (action.code == code) return &action;
    }
    return nullptr;
}

}  // namespace kickstart
