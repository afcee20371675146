// What a plan becomes outside the program: Markdown for wikis, issues and TechDocs; JSON
// with a versioned schema for tools; and the import of that JSON (answers and progress).
#pragma once

#include "kickstart/core/catalog.hpp"
#include "kickstart/core/i18n.hpp"
#include "kickstart/core/limits.hpp"
#include "kickstart/core/planner.hpp"
#include "kickstart/core/questionnaire.hpp"
#include "kickstart/core/share_link.hpp"

#include <string>
#include <vector>
#include <string_view>

namespace kickstart {

inline constexpr std::string_view kPlanSchema = "backstage-kickstart/plan";
inline constexpr int kPlanVersion = 1;

// Everything an export needs; the date is given, not read from a clock, so the same input
// gives byte-identical output.
struct ExportContext {
    const Questionnaire& questionnaire;
    const Catalog& catalog;
    const Translations& translations;
    Language language = Language::en;
    std::string date;  // YYYY-MM-DD
    // Issue-tracker files only: done actions left out instead of marked done.
    bool leave_out_done = false;
};

// A plan's summary, worded in the context's language, as plain text (each format escapes it
// its own way): the rows of the summary table, and the warning under it when the demo is not
// the one chosen or cannot be ready ("" otherwise). Markdown and the HTML report print it.
struct SummaryRow {
    std::string_view label_key;
    std::string value;
};
struct SummaryText {
    std::vector<SummaryRow> rows;
    std::string warning;
};
[[nodiscard]] SummaryText summary_text(const ExportContext& context, const Answers& answers, const Plan& plan);
// How many actions come before (or after) the demo, and their hours: the sections' counts.
struct SectionTotals {
    std::size_t count = 0;
    double hours = 0.0;
};
[[nodiscard]] SectionTotals section_totals(const Plan& plan, bool before_demo);

// The edits an export's share link and progress carry: the ticks given, and the skips and
// estimates the plan was made with.
[[nodiscard]] PlanEdits shared_edits(const std::set<std::string>& done, const Plan& plan);
// An action's hours as a person reads them: "4 h", or "4 h (your estimate; the catalog says
// 2 h)" when the user gave their own.
[[nodiscard]] std::string hours_text(const ExportContext& context, const PlanItem& item);

[[nodiscard]] std::string export_markdown(const ExportContext& context, const Answers& answers,
                                          const std::set<std::string>& done, const Plan& plan);
[[nodiscard]] std::string export_json(const ExportContext& context, const Answers& answers,
                                      const std::set<std::string>& done, const Plan& plan);
// Reads a JSON plan back: answers (unknown questions ignored, missing ones defaulted) and
// progress (unknown actions ignored). Newer fields are ignored; a newer version is refused.
[[nodiscard]] Result<SharedState> import_plan_json(std::string_view text, const Questionnaire& questionnaire,
                                                   const Catalog& catalog);

// What the plan promises for the demo, in `language`: which demo is ready on the demo date,
// the guided demo prepared instead of a hands-on one that does not fit, or that no demo can
// be ready and the smallest change that makes it fit. Empty without a demo preparation.
[[nodiscard]] std::string demo_outlook_text(const DemoPlan& demo, const Plan& plan, const Translations& translations,
                                            Language language);
// The demo's date: `date` (YYYY-MM-DD) plus the weeks to the demo; "" for an invalid date.
[[nodiscard]] std::string demo_date(std::string_view date, std::int64_t weeks);

// The message for a plan file of `size` bytes, over kMaxPlanFileBytes.
[[nodiscard]] Error plan_file_too_large(std::size_t size);

// A snippet's code for this organisation, in this language: {{org_name}} and {{org_slug}}
// filled in, safely (in a quoted YAML scalar the name keeps its punctuation ' & , ( ) + ! / @,
// the apostrophe escaped the YAML way; elsewhere only letters, digits, spaces and . - _), and
// of each {{en:…}}{{pl:…}} pair only the language's text.
[[nodiscard]] std::string render_snippet_code(const Snippet& snippet, const Answers& answers, Language language);

// Text helpers, exposed for tests.
// Escapes user-entered text for Markdown prose and table cells: no HTML, links, emphasis,
// headings or line breaks can come out of it.
[[nodiscard]] std::string escape_markdown(std::string_view text);
// Escapes text for HTML content and attribute values: & < > " ' as entities, control
// characters other than tab and line feed as spaces (HTML does not allow them).
[[nodiscard]] std::string escape_html(std::string_view text);
// Knowledge-base prose for Markdown: inline `code` kept, everything else shown as written —
// HTML, links and line breaks cannot come through (a user catalog is untrusted too).
[[nodiscard]] std::string markdown_prose(std::string_view text);
// A Markdown code fence longer than any run of backticks in `code`, so the code cannot close it.
[[nodiscard]] std::string fence_for(std::string_view code);
// Lower-case, hyphenated form of an organisation's name, safe in any identifier or YAML:
// Latin letters lose their diacritics (Straße → strasse), at most 63 characters.
[[nodiscard]] std::string slug(std::string_view text);
[[nodiscard]] bool valid_date(std::string_view date);

}  // namespace kickstart
