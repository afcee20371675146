// The demo brief: the agenda, the next phase, what it takes to show more, the sponsor's page.
//
// Index of this file:
// [SECTION] Showcases and the slot
// [SECTION] What it takes to show more
// [SECTION] The brief
// [SECTION] In words
#include "kickstart/core/demo_brief.hpp"

#include "kickstart/core/numbers.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string_view>
#include <utility>

namespace kickstart {

// [SECTION] Showcases and the slot

std::optional<std::size_t> goal_showcase(const Catalog& catalog, const Answers& answers, std::string_view goal) {
    const auto& actions = catalog.actions();
    if (const auto it = catalog.showcases().find(goal); it != catalog.showcases().end()) {
        if (applies(actions[it->second], answers)) return it->second;
    }
    std::optional<std::size_t> best;
    double best_value = 0.0;
    for (std::size_t a = 0; a < actions.size(); ++a) {
        const Action& action = actions[a];
        if (!action.agenda || action.demo_preparation || !applies(action, answers)) continue;
        const auto value = action.goal_values.find(goal);
        if (value != action.goal_values.end() && value->second > best_value) {
            best_value = value->second;
            best = a;
        }
    }
    return best;
}

std::vector<int> share_minutes(const std::vector<int>& weights, int minutes) {
    std::vector<int> shares(weights.size(), 0);
    if (weights.empty()) return shares;
    double total = 0.0;
    for (const int weight : weights) total += std::max(1, weight);
    std::vector<double> exact(weights.size());
    int sum = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        exact[i] = static_cast<double>(minutes) * std::max(1, weights[i]) / total;
        shares[i] = std::max(1, static_cast<int>(std::floor(exact[i])));
        sum += shares[i];
    }
    // Largest remainders take the minutes left; the most over their share give minutes back.
    while (sum < minutes) {
        std::size_t pick = 0;
        for (std::size_t i = 1; i < shares.size(); ++i) {
            if (exact[i] - shares[i] > exact[pick] - shares[pick]) pick = i;
        }
        ++shares[pick];
        ++sum;
    }
    while (sum > minutes) {
        std::optional<std::size_t> pick;
        for (std::size_t i = 0; i < shares.size(); ++i) {
            if (shares[i] > 1 && (!pick || shares[i] - exact[i] > shares[*pick] - exact[*pick])) pick = i;
        }
        if (!pick) break;  // more items than minutes: every one keeps its minute
        --shares[*pick];
        --sum;
    }
    return shares;
}

// [SECTION] What it takes to show more

namespace {

bool in_demo(const Plan& plan, std::size_t action) {
    if (plan.demo.outlook == DemoOutlook::cannot_be_ready) return false;
    for (const PlanItem& item : plan.items) {
        if (item.action == action) return item.before_demo;
    }
    return false;
}

std::int64_t question_max(const Questionnaire& questionnaire, std::string_view id, std::int64_t fallback) {
    const Question* question = questionnaire.find(id);
    return question != nullptr && question->max > 0 ? question->max : fallback;
}

struct Wanted {
    ShowMore* more;
    bool hands_on;
    // No plan with fewer hours before the demo can show it: those budgets are not planned.
    double hours_needed;
};

// One answer raised a step at a time, each value planned and checked for every wanted entry
// still open: whether a showcase makes the demo is not monotone in the hours, so the first
// value that works is found by trying each, not by bisection; only budgets below every open
// entry's hours_needed are passed over unplanned.
void search_answer(const Catalog& catalog, const Answers& answers, const PlanEdits& edits, std::string_view question,
                   std::int64_t limit, std::vector<Wanted>& wanted, std::int64_t ShowMore::*field) {
    const std::int64_t current = std::max<std::int64_t>(1, answers.number(question));
    const bool per_week = question == question_ids::hours_per_week;
    const auto other = static_cast<double>(
        std::max<std::int64_t>(1, answers.number(per_week ? question_ids::weeks_to_demo : question_ids::hours_per_week)));
    for (std::int64_t n = current + 1; n <= limit; ++n) {
        const bool open = std::any_of(wanted.begin(), wanted.end(), [&](const Wanted& w) { return w.more->*field == 0; });
        if (!open) return;
        const double hours = static_cast<double>(n) * other;
        const bool possible = std::any_of(wanted.begin(), wanted.end(), [&](const Wanted& w) {
            return w.more->*field == 0 && w.hours_needed <= hours + kHoursTolerance;
        });
        if (!possible) continue;
        Answers changed = answers;
        changed.values[std::string(question)] = n;
        const Plan plan = make_plan(catalog, changed, edits);
        for (Wanted& w : wanted) {
            if (w.more->*field != 0) continue;
            const bool fits = w.hands_on ? plan.demo.outlook == DemoOutlook::ready : in_demo(plan, *w.more->showcase);
            if (fits) w.more->*field = n;
        }
    }
}

}  // namespace

// [SECTION] The brief

DemoBrief make_demo_brief(const Questionnaire& questionnaire, const Catalog& catalog, const Answers& answers,
                          const Plan& plan, ShowMoreSearch search) {
    const auto& actions = catalog.actions();
    DemoBrief brief;
    brief.has_demo = plan.demo.outlook != DemoOutlook::cannot_be_ready;
    brief.style = brief.has_demo ? plan.demo.style : std::string();
    const std::int64_t asked = answers.number(question_ids::demo_minutes);
    brief.minutes = static_cast<int>(asked > 0 ? asked : kDefaultDemoMinutes);
    brief.value_share = plan.summary.value_share_before_demo;

    const auto shown = [&](const PlanItem& item) { return brief.has_demo && item.before_demo; };
    const auto showable = [&](const PlanItem& item) {
        return actions[item.action].agenda.has_value() && item.action != plan.demo.preparation;
    };

    // The agenda: the problem, what is ready (by step, then plan order: the story of the
    // portal), the ask. When the slot has fewer minutes than items, the least valuable
    // things to show give way.
    if (brief.has_demo) {
        std::vector<const PlanItem*> problem;
        std::vector<const PlanItem*> show;
        std::vector<const PlanItem*> ask;
        for (const PlanItem& item : plan.items) {
            brief.hours_before_demo += shown(item) ? item.effort_hours : 0.0;
            if (!shown(item) || !showable(item)) continue;
            switch (actions[item.action].agenda->part) {
                case AgendaPart::problem: problem.push_back(&item); break;
                case AgendaPart::show: show.push_back(&item); break;
                case AgendaPart::ask: ask.push_back(&item); break;
            }
        }
        const auto fixed = [&] { return std::max<std::size_t>(1, problem.size()) + ask.size() + 1; };
        const auto limit = static_cast<std::size_t>(brief.minutes);
        while (fixed() + show.size() > limit && !show.empty()) {
            show.erase(std::min_element(show.begin(), show.end(),
                                        [](const PlanItem* a, const PlanItem* b) { return a->weight < b->weight; }));
        }
        while (fixed() > limit && !ask.empty()) ask.pop_back();
        std::stable_sort(show.begin(), show.end(), [&](const PlanItem* a, const PlanItem* b) {
            return actions[a->action].step < actions[b->action].step;
        });
        constexpr int kOpeningWeight = 2;
        constexpr int kAskWeight = 3;  // the ask is what the demo is for: it keeps two minutes in 15
        if (problem.empty()) brief.agenda.push_back({AgendaPart::problem, kOpeningWeight, std::nullopt});
        for (const auto* list : {&problem, &show, &ask}) {
            for (const PlanItem* item : *list) {
                const AgendaEntry& entry = *actions[item->action].agenda;
                brief.agenda.push_back({entry.part, entry.minutes, item->action});
            }
        }
        brief.agenda.push_back({AgendaPart::ask, kAskWeight, std::nullopt});
        std::vector<int> weights;
        for (const AgendaItem& item : brief.agenda) weights.push_back(item.minutes);
        const std::vector<int> minutes = share_minutes(weights, brief.minutes);
        for (std::size_t i = 0; i < brief.agenda.size(); ++i) brief.agenda[i].minutes = minutes[i];
    }

    // The next phase: each thing to show not in the demo, with the work since the previous one.
    double since_previous = 0.0;
    for (const PlanItem& item : plan.items) {
        if (shown(item)) continue;
        since_previous += item.effort_hours;
        if (!showable(item)) continue;
        brief.next.push_back({item.action, since_previous});
        brief.next_hours += since_previous;
        since_previous = 0.0;
    }

    // The top goals: shown, or what it takes to show them.
    const std::vector<std::string> ranking = answers.list(question_ids::goals);
    for (std::size_t r = 0; r < std::min(kTopGoals, ranking.size()); ++r) {
        const std::optional<std::size_t> showcase = goal_showcase(catalog, plan.answers, ranking[r]);
        // A showcase the user skipped is theirs to show or leave out: nothing to plan for it.
        if (!showcase || std::find(plan.skipped.begin(), plan.skipped.end(), *showcase) != plan.skipped.end()) continue;
        if (in_demo(plan, *showcase)) {
            brief.goals_shown.push_back(ranking[r]);
        } else if (brief.has_demo) {
            brief.to_show_more.push_back({ranking[r], showcase, 0, 0, 0.0});
        }
    }
    if (plan.demo.outlook == DemoOutlook::guided_instead) {
        brief.hands_on = ShowMore{std::string(question_ids::demo_hands_on), std::nullopt, 0, 0, 0.0};
    }
    std::vector<Wanted> wanted;
    // What a showcase needs is counted with the demo this plan prepares and with the one the
    // user chose (more hours may bring that back): the smaller is the bound.
    const auto needed = [&](std::size_t showcase) {
        std::vector<std::size_t> roots{showcase};
        if (plan.demo.preparation) roots.push_back(*plan.demo.preparation);
        return std::min(closure_hours(catalog, plan.answers, roots, plan.edits),
                        closure_hours(catalog, answers, roots, plan.edits));
    };
    for (ShowMore& more : brief.to_show_more) wanted.push_back({&more, false, needed(*more.showcase)});
    if (brief.hands_on) wanted.push_back({&*brief.hands_on, true, plan.demo.chosen_minimum_hours});
    if (search == ShowMoreSearch::run && !wanted.empty()) {
        search_answer(catalog, answers, plan.edits, question_ids::hours_per_week,
                      question_max(questionnaire, question_ids::hours_per_week, kMaxHoursPerWeekAsked), wanted,
                      &ShowMore::hours_per_week);
        search_answer(catalog, answers, plan.edits, question_ids::weeks_to_demo,
                      question_max(questionnaire, question_ids::weeks_to_demo, kMaxWeeksAsked), wanted,
                      &ShowMore::weeks);
        const double hours_per_week = static_cast<double>(plan.summary.hours_per_week);
        const double weeks = static_cast<double>(plan.summary.weeks_to_demo);
        for (Wanted& w : wanted) {
            ShowMore& more = *w.more;
            double extra = 0.0;
            if (more.hours_per_week > 0) extra = (static_cast<double>(more.hours_per_week) - hours_per_week) * weeks;
            if (more.weeks > 0) {
                const double by_weeks = (static_cast<double>(more.weeks) - weeks) * hours_per_week;
                extra = extra > 0.0 ? std::min(extra, by_weeks) : by_weeks;
            }
            more.extra_hours = extra;
        }
    }
    return brief;
}

// [SECTION] In words

// A text with one form per plural category of the language, separated by '|' ("{0} action|{0}
// actions"): the form that goes with `count`. A text without '|' is every form.
std::string_view plural_choice(std::string_view forms, Language language, std::int64_t count) {
    std::size_t form = plural_form(language, count);
    std::size_t start = 0;
    while (form > 0) {
        const std::size_t bar = forms.find('|', start);
        if (bar == std::string_view::npos) break;
        start = bar + 1;
        --form;
    }
    const std::size_t end = forms.find('|', start);
    return forms.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

std::string share_in_words(double share, const Translations& translations, Language language) {
    // The nearest of the fractions people say, with "nearly all" and "a small part" at the ends.
    struct Word {
        double share;
        std::string_view key;
    };
    static constexpr Word kWords[] = {
        {0.0, "demo.share.none"},         {0.12, "demo.share.small"},       {0.25, "demo.share.quarter"},
        {1.0 / 3.0, "demo.share.third"},  {0.5, "demo.share.half"},         {2.0 / 3.0, "demo.share.two_thirds"},
        {0.75, "demo.share.three_quarters"}, {0.9, "demo.share.nearly_all"}, {1.0, "demo.share.all"},
    };
    if (share >= 0.995) return std::string(translations.text(language, "demo.share.all"));
    if (share <= 0.005) return std::string(translations.text(language, "demo.share.none"));
    const Word* best = &kWords[1];
    for (const Word& word : kWords) {
        if (word.share <= 0.0 || word.share >= 1.0) continue;
        if (std::abs(word.share - share) < std::abs(best->share - share)) best = &word;
    }
    return std::string(translations.text(language, best->key));
}

BriefText agenda_item_text(const ExportContext& context, const AgendaItem& item) {
    const auto t = [&](std::string_view key) { return std::string(context.translations.text(context.language, key)); };
    if (!item.action) {
        if (item.part == AgendaPart::problem) return {t("demo.problem_title"), t("demo.problem_open"), t("demo.problem_say")};
        return {t("demo.ask_title"), t("demo.ask_open"), t("demo.ask_say")};
    }
    const Action& action = context.catalog.actions()[*item.action];
    return {action.title.in(context.language), action.agenda->open.in(context.language),
            action.agenda->say.in(context.language)};
}

namespace {

std::string hours_text(double hours, Language language) { return format_number(round_to(hours, 4.0), language); }

std::string goal_label(const Questionnaire& questionnaire, std::string_view goal, Language language) {
    const Question* goals = questionnaire.find(question_ids::goals);
    if (goals == nullptr) return std::string(goal);
    const auto index = goals->option_index(goal);
    return index ? goals->options[*index].label.in(language) : std::string(goal);
}

// A label inside a sentence, its first letter lowered ("finding documentation", "łatwe
// znajdowanie"): ASCII, and the Polish capitals with diacritics.
std::string sentence_case(std::string label, Language language) {
    if (label.empty()) return label;
    const auto first = static_cast<unsigned char>(label[0]);
    if (first < 0x80) {
        label[0] = static_cast<char>(std::tolower(first));
        return label;
    }
    if (language != Language::pl) return label;
    static constexpr std::pair<std::string_view, std::string_view> kPolish[] = {
        {"Ą", "ą"}, {"Ć", "ć"}, {"Ę", "ę"}, {"Ł", "ł"}, {"Ń", "ń"}, {"Ó", "ó"}, {"Ś", "ś"}, {"Ź", "ź"}, {"Ż", "ż"}};
    for (const auto& [upper, lower] : kPolish) {
        if (label.starts_with(upper)) return std::string(lower) + label.substr(upper.size());
    }
    return label;
}

}  // namespace

std::string goal_in_sentence(const Questionnaire& questionnaire, std::string_view goal, Language language) {
    return sentence_case(goal_label(questionnaire, goal, language), language);
}

namespace {

std::string count_text(const ExportContext& context, std::string_view question, std::int64_t count) {
    const Question* q = context.questionnaire.find(question);
    const std::string number = std::to_string(count);
    if (q == nullptr || q->unit.empty()) return number;
    return number + " " + std::string(q->unit.for_count(context.language, count));
}

}  // namespace

std::string show_more_text(const ExportContext& context, const Plan& plan, const ShowMore& more) {
    const auto t = [&](std::string_view key) { return context.translations.text(context.language, key); };
    const std::string subject =
        more.showcase ? fill(t("demo.more_goal"), {goal_in_sentence(context.questionnaire, more.goal, context.language),
                                                   context.catalog.actions()[*more.showcase].title.in(context.language)})
                      : std::string(t("demo.more_hands_on"));
    const std::string hours = std::to_string(more.hours_per_week);
    const std::string hours_now = std::to_string(plan.summary.hours_per_week);
    const std::string weeks = count_text(context, question_ids::weeks_to_demo, more.weeks);
    const std::string weeks_now = std::to_string(plan.summary.weeks_to_demo);
    const std::string extra = hours_text(more.extra_hours, context.language);
    if (more.hours_per_week > 0 && more.weeks > 0) {
        return fill(t("demo.more_both"), {subject, hours, hours_now, weeks, weeks_now, extra});
    }
    if (more.hours_per_week > 0) return fill(t("demo.more_hours"), {subject, hours, hours_now, extra});
    if (more.weeks > 0) return fill(t("demo.more_weeks"), {subject, weeks, weeks_now, extra});
    const Question* hpw = context.questionnaire.find(question_ids::hours_per_week);
    const Question* w = context.questionnaire.find(question_ids::weeks_to_demo);
    return fill(t("demo.more_none"), {subject, std::to_string(hpw != nullptr ? hpw->max : kMaxHoursPerWeekAsked),
                                      std::to_string(w != nullptr ? w->max : kMaxWeeksAsked)});
}

std::vector<SponsorParagraph> sponsor_page(const ExportContext& context, const Answers& answers, const Plan& plan,
                                           const DemoBrief& brief) {
    const auto t = [&](std::string_view key) { return context.translations.text(context.language, key); };
    const Language language = context.language;
    std::vector<SponsorParagraph> page;

    // The problem: what the answers say, and the number only the user knows.
    std::vector<std::string> goals;
    const std::vector<std::string> ranking = answers.list(question_ids::goals);
    for (std::size_t r = 0; r < std::min<std::size_t>(2, ranking.size()); ++r) {
        goals.push_back(goal_in_sentence(context.questionnaire, ranking[r], language));
    }
    const std::string goals_text = goals.empty()    ? std::string()
                                   : goals.size() == 1 ? goals[0]
                                                       : fill(t("demo.sponsor_goals_two"), {goals[0], goals[1]});
    page.push_back({std::string(t("demo.sponsor_problem_h")),
                    fill(t("demo.sponsor_problem"), {count_text(context, "engineers", answers.number("engineers")),
                                                     count_text(context, "repositories", answers.number("repositories")),
                                                     goals_text}) +
                        " " + std::string(t("demo.sponsor_problem_placeholder"))});

    // What will be shown, and when.
    const std::string date = demo_date(context.date, plan.summary.weeks_to_demo);
    const std::string when =
        date.empty() ? fill(t("demo.sponsor_in_weeks"),
                            {count_text(context, question_ids::weeks_to_demo, plan.summary.weeks_to_demo)})
                     : fill(t("demo.sponsor_on_date"), {date});
    std::string shown_text;
    if (brief.has_demo) {
        std::string things;
        for (const AgendaItem& item : brief.agenda) {
            if (!item.action || item.part != AgendaPart::show) continue;
            if (!things.empty()) things += t("export.list_separator");
            things += context.catalog.actions()[*item.action].title.in(language);
        }
        const std::string style(t(brief.style == question_ids::demo_hands_on ? "export.style.hands-on"
                                                                             : "export.style.guided"));
        shown_text = fill(t("demo.sponsor_shown"), {when, style, std::to_string(brief.minutes),
                                                     things.empty() ? std::string(t("demo.sponsor_portal")) : things});
    } else {
        shown_text = fill(t("demo.sponsor_shown_none"), {when});
    }
    page.push_back({std::string(t("demo.sponsor_shown_h")), shown_text});

    // What it takes, and what it delivers.
    page.push_back({std::string(t("demo.sponsor_cost_h")),
                    fill(t("demo.sponsor_cost"), {hours_text(brief.hours_before_demo, language),
                                                  std::to_string(plan.summary.hours_per_week),
                                                  count_text(context, question_ids::weeks_to_demo,
                                                             plan.summary.weeks_to_demo)})});
    page.push_back({std::string(t("demo.sponsor_delivers_h")),
                    fill(t("demo.sponsor_delivers"), {share_in_words(brief.has_demo ? brief.value_share : 0.0,
                                                                     context.translations, language)})});

    // The next phase: the ask.
    std::string next_text;
    if (brief.next.empty()) {
        next_text = std::string(t("demo.sponsor_next_none"));
    } else {
        // The first few by name (the plan's order: the most value first), the rest counted.
        constexpr std::size_t kNamed = 4;
        std::string things;
        for (std::size_t i = 0; i < std::min(kNamed, brief.next.size()); ++i) {
            if (!things.empty()) things += t("export.list_separator");
            things += context.catalog.actions()[brief.next[i].action].title.in(language);
        }
        if (brief.next.size() > kNamed) {
            const auto rest = static_cast<std::int64_t>(brief.next.size() - kNamed);
            things = fill(plural_choice(t("demo.and_more"), language, rest), {things, std::to_string(rest)});
        }
        const auto weeks = static_cast<std::int64_t>(
            std::ceil(brief.next_hours / static_cast<double>(std::max<std::int64_t>(1, plan.summary.hours_per_week)) - 1e-9));
        next_text = fill(t("demo.sponsor_next"), {things, hours_text(brief.next_hours, language),
                                                  count_text(context, question_ids::weeks_to_demo, weeks),
                                                  std::to_string(plan.summary.hours_per_week)});
    }
    page.push_back({std::string(t("demo.sponsor_next_h")), next_text});
    return page;
}

std::string sponsor_page_text(const ExportContext& context, const Answers& answers, const Plan& plan,
                              const DemoBrief& brief) {
    const std::string org = answers.text(question_ids::org_name);
    const auto t = [&](std::string_view key) { return context.translations.text(context.language, key); };
    std::string out = org.empty() ? std::string(t("demo.sponsor_title")) : fill(t("demo.sponsor_title_for"), {org});
    out += "\n";
    for (const SponsorParagraph& paragraph : sponsor_page(context, answers, plan, brief)) {
        out += "\n" + paragraph.heading + "\n" + paragraph.text + "\n";
    }
    return out;
}

}  // namespace kickstart
