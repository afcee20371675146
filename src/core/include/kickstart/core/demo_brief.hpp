// The demo brief: what a plan means for the demo, computed once and read by every export and
// the page. The agenda (what is finished before the demo, in story order, sharing out the
// demo slot), the next phase (what is not ready yet, with its hours: the ask), what it would
// take to show each top goal (found by re-planning, never extrapolated), and the one-page
// summary for sponsors in plain words.
#pragma once

#include "kickstart/core/catalog.hpp"
#include "kickstart/core/plan_io.hpp"
#include "kickstart/core/planner.hpp"
#include "kickstart/core/questionnaire.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kickstart {

// [SECTION] The model

struct AgendaItem {
    AgendaPart part = AgendaPart::show;
    int minutes = 0;
    std::optional<std::size_t> action;  // none: the opening or the ask the demo always has
};

// Something to show that is not ready by the demo; `hours` is the work from the previous
// entry to this one (its own and what it needs), so the hours add up to the next phase's cost.
struct NextItem {
    std::size_t action = 0;
    double hours = 0.0;
};

// What makes a top goal's showcase part of the demo, one answer changed at a time, each
// verified by planning again with it: hours a week keeping the weeks, or weeks keeping the
// hours a week (0: none within the questions' ranges). extra_hours is the fewer extra hours
// of work before the demo of the two (0 when neither exists).
struct ShowMore {
    std::string goal;  // goal option id, or "hands-on" for the demo style
    std::optional<std::size_t> showcase;
    std::int64_t hours_per_week = 0;
    std::int64_t weeks = 0;
    double extra_hours = 0.0;
    [[nodiscard]] bool found() const { return hours_per_week > 0 || weeks > 0; }
};

struct DemoBrief {
    bool has_demo = false;   // a demo is prepared for the demo date
    std::string style;       // the demo prepared
    int minutes = 0;         // the slot
    std::vector<AgendaItem> agenda;  // minutes sum to `minutes`
    std::vector<NextItem> next;
    double next_hours = 0.0;
    std::vector<ShowMore> to_show_more;  // top goals not in the demo, in ranking order
    std::optional<ShowMore> hands_on;    // a hands-on demo was chosen and a guided one is prepared
    std::vector<std::string> goals_shown;  // top goals whose showcase is in the demo
    double hours_before_demo = 0.0;
    double value_share = 0.0;  // of the plan's value, delivered by the demo
};

inline constexpr std::size_t kTopGoals = 3;
inline constexpr std::int64_t kDefaultDemoMinutes = 15;

// The action that shows a goal best: the catalog's showcase for it when that applies to this
// organisation, else the applicable action with something to show and the most value for it.
[[nodiscard]] std::optional<std::size_t> goal_showcase(const Catalog& catalog, const Answers& answers,
                                                       std::string_view goal);

// `answers` are the user's (with the chosen demo style); `plan` is make_plan's for them. The
// search for `to_show_more` and `hands_on` stays within the questionnaire's ranges of the two
// numbers; it plans again up to a hundred times, so a caller that already has them for the
// same answers but the slot's length may skip it (they are left empty) and keep its own.
enum class ShowMoreSearch { run, skip };
[[nodiscard]] DemoBrief make_demo_brief(const Questionnaire& questionnaire, const Catalog& catalog,
                                        const Answers& answers, const Plan& plan,
                                        ShowMoreSearch search = ShowMoreSearch::run);

// Shares `minutes` out over `weights` (each at least 1 minute, in proportion otherwise);
// the result sums to `minutes` when there are at most `minutes` weights. Exposed for tests.
[[nodiscard]] std::vector<int> share_minutes(const std::vector<int>& weights, int minutes);

// [SECTION] In words

// A text with one form per plural category of the language, separated by '|' ("{0} action|{0}
// actions"): the form that goes with `count`. A text without '|' is every form.
[[nodiscard]] std::string_view plural_choice(std::string_view forms, Language language, std::int64_t count);

// A share of the value as people say it: "about half", "nearly all"...
// A goal's name as it reads inside a sentence ("finding documentation"), in `language`.
[[nodiscard]] std::string goal_in_sentence(const Questionnaire& questionnaire, std::string_view goal, Language language);

[[nodiscard]] std::string share_in_words(double share, const Translations& translations, Language language);

struct BriefText {
    std::string title;  // what to show
    std::string open;   // whose page to open
    std::string say;    // what to say
};
[[nodiscard]] BriefText agenda_item_text(const ExportContext& context, const AgendaItem& item);

// "+4 h a week (9 instead of 5), or 2 more weeks, and TechDocs is in the demo" and the like.
[[nodiscard]] std::string show_more_text(const ExportContext& context, const Plan& plan, const ShowMore& more);

// The one-page summary for a sponsor: headed paragraphs, plain words, no planner terms.
struct SponsorParagraph {
    std::string heading;
    std::string text;
};
[[nodiscard]] std::vector<SponsorParagraph> sponsor_page(const ExportContext& context, const Answers& answers,
                                                         const Plan& plan, const DemoBrief& brief);
// The same as plain text (for the clipboard): a title, then each heading and its paragraph.
[[nodiscard]] std::string sponsor_page_text(const ExportContext& context, const Answers& answers, const Plan& plan,
                                            const DemoBrief& brief);

}  // namespace kickstart
