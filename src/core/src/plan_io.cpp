// A plan outside the program: the Markdown and JSON exports, and the import of a JSON plan.
//
// Index of this file:
// [SECTION] Text helpers
// [SECTION] Markdown
// [SECTION] JSON
// [SECTION] Import
#include "kickstart/core/plan_io.hpp"

#include "calendar.hpp"
#include "json_read.hpp"
#include "kickstart/core/action_content.hpp"
#include "kickstart/core/builtin.hpp"
#include "kickstart/core/demo_brief.hpp"
#include "kickstart/core/numbers.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

namespace kickstart {

using detail::civil_from_days;
using detail::Json;
using detail::parse_days;

// [SECTION] Text helpers

namespace {

bool is_control(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7F;
}

// One character of Markdown text: control characters (line breaks too) become spaces, HTML's
// three become entities, and those in `backslashed` are escaped with a backslash.
void append_markdown_char(std::string& out, char c, std::string_view backslashed) {
    if (is_control(c)) {
        out += ' ';
    } else if (c == '<') {
        out += "&lt;";
    } else if (c == '>') {
        out += "&gt;";
    } else if (c == '&') {
        out += "&amp;";
    } else {
        if (backslashed.find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
}

}  // namespace

std::string escape_markdown(std::string_view text) {
    // Everything that could start emphasis, a link, a heading, a list, a table cell, an
    // autolink ("https:", "www."), GitHub's maths ($) or a mention (@).
    constexpr std::string_view kBackslashed = "\\`*_{}[]()#+-.!|~\"':$@";
    std::string out;
    out.reserve(text.size() + 8);
    for (const char c : text) append_markdown_char(out, c, kBackslashed);
    return out;
}

std::string escape_html(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += (is_control(c) && c != '\n' && c != '\t') ? ' ' : c;
        }
    }
    return out;
}

std::string markdown_prose(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '`') {
            // A `code span` shows every character as written: copy it whole when it closes on
            // this line; a lone backtick is shown as one.
            const std::size_t close = text.find('`', i + 1);
            const std::string_view span = close == std::string_view::npos ? std::string_view{} : text.substr(i, close - i + 1);
            if (close != std::string_view::npos && std::none_of(span.begin(), span.end(), is_control)) {
                out += span;
                i = close;
            } else {
                out += "\\`";
            }
            continue;
        }
        append_markdown_char(out, c, "[]\\");
    }
    return out;
}

namespace {

// Latin letters U+00C0–U+017F as the lower-case ASCII a slug keeps: é → e, ü → u, ß → ss,
// æ → ae, ł → l. Null for the two that are not letters (× and ÷).
constexpr const char* kLatinFolds[] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",          // U+00C0
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "ss",     // U+00D0
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",          // U+00E0
    "d", "n", "o", "o", "o", "o", "o", nullptr, "o", "u", "u", "u", "u", "y", "th", "y",      // U+00F0
    "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",           // U+0100
    "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",           // U+0110
    "g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",           // U+0120
    "i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",         // U+0130
    "l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",           // U+0140
    "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",         // U+0150
    "s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",           // U+0160
    "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",           // U+0170
};
constexpr char32_t kFirstFolded = 0xC0;
// An entity name, and so a slug, is at most 63 characters.
constexpr std::size_t kMaxSlug = 63;

// The ASCII letters or digits the character at text[at] stands for in a slug (empty when it
// separates words), and its width in bytes.
std::string slug_letters(std::string_view text, std::size_t at, std::size_t& width) {
    width = 1;
    const char c = text[at];
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return std::string(1, c);
    if (c >= 'A' && c <= 'Z') return std::string(1, static_cast<char>(c - 'A' + 'a'));
    const auto lead = static_cast<unsigned char>(c);
    if ((lead & 0xE0u) != 0xC0u || at + 1 >= text.size()) return {};
    const auto trail = static_cast<unsigned char>(text[at + 1]);
    if ((trail & 0xC0u) != 0x80u) return {};
    width = 2;
    const auto code_point = static_cast<char32_t>(((lead & 0x1Fu) << 6) | (trail & 0x3Fu));
    if (code_point < kFirstFolded || code_point - kFirstFolded >= std::size(kLatinFolds)) return {};
    const char* folded = kLatinFolds[code_point - kFirstFolded];
    return folded == nullptr ? std::string{} : std::string{folded};
}

}  // namespace

std::string slug(std::string_view text) {
    // Latin letters keep their base letters; anything else that is not a-z or 0-9 separates.
    std::string out;
    bool separator = false;
    for (std::size_t i = 0, width = 1; i < text.size(); i += width) {
        const std::string letters = slug_letters(text, i, width);
        if (letters.empty()) {
            separator = true;
            continue;
        }
        const bool hyphen = separator && !out.empty();
        if (out.size() + (hyphen ? 1 : 0) + letters.size() > kMaxSlug) break;
        if (hyphen) out += '-';
        separator = false;
        out += letters;
    }
    return out.empty() ? "my-org" : out;
}

namespace {

// The organisation's name where nothing quotes it: letters, digits, spaces and . - _ only, so
// it cannot end a scalar, a string literal or a Markdown fence.
std::string code_safe_name(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool keep = byte >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                          c == ' ' || c == '.' || c == '-' || c == '_';
        if (keep) out += c;
    }
    const auto first = out.find_first_not_of(' ');
    if (first == std::string::npos) return "My Company";
    out = out.substr(first, out.find_last_not_of(' ') - first + 1);
    return out;
}

// The organisation's name inside a quoted YAML scalar: also the punctuation names carry
// (O'Reilly, AT&T, Smith + Sons), the apostrophe escaped the YAML way in single quotes
// ('O''Reilly Ops'). Still no quote, backslash, brackets, backtick or $, so nothing can end
// the scalar, become a placeholder or HTML, or be substituted (${VAR}) by Backstage.
std::string yaml_quoted_name(std::string_view text, char quote) {
    static constexpr std::string_view kPunctuation = "'&,()+!/@";
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        const bool keep = byte >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                          c == ' ' || c == '.' || c == '-' || c == '_' || kPunctuation.find(c) != std::string_view::npos;
        if (!keep) continue;
        if (c == '\'' && quote == '\'') out += '\'';
        out += c;
    }
    const auto first = out.find_first_not_of(' ');
    if (first == std::string::npos) return "My Company";
    return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

// The quote a YAML line has left open at its end (' or "), or 0 outside a quoted scalar and
// in a comment. A quote opens a scalar only where a scalar starts, so "it's" stays plain.
char open_yaml_quote(std::string_view line) {
    char quote = 0;
    char previous = ' ';  // the last character outside a quoted scalar
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quote == '\'') {
            if (c == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
                ++i;
            } else if (c == '\'') {
                quote = 0;
            }
        } else if (quote == '"') {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                quote = 0;
            }
        } else if (c == '#' && (previous == ' ' || i == 0)) {
            return 0;
        } else if ((c == '\'' || c == '"') && std::string_view(" :-[{,?").find(previous) != std::string_view::npos) {
            quote = c;
        } else {
            previous = c;
        }
    }
    return quote;
}

// The text of a {{en:…}} or {{pl:…}} placeholder at code[at], its full length, and whether it
// is in `language`; nullopt when code[at] starts no complete one (the rest of the line).
struct Translated {
    std::string_view text;
    std::size_t length = 0;
    bool in_language = false;
};

std::optional<Translated> translated_at(std::string_view code, std::size_t at, Language language) {
    for (const auto& [tag, tag_language] : {std::pair{std::string_view("{{en:"), Language::en},
                                           std::pair{std::string_view("{{pl:"), Language::pl}}) {
        if (code.substr(at, tag.size()) != tag) continue;
        const std::size_t close = code.find("}}", at + tag.size());
        const std::size_t line_end = code.find('\n', at);
        if (close == std::string_view::npos || close > line_end) return std::nullopt;
        return Translated{code.substr(at + tag.size(), close - at - tag.size()), close + 2 - at, tag_language == language};
    }
    return std::nullopt;
}

}  // namespace

bool valid_date(std::string_view date) {
    if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
    for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
        if (date[i] < '0' || date[i] > '9') return false;
    }
    return civil_from_days(parse_days(date)) == date;  // rejects 2026-02-30
}

std::string render_snippet_code(const Snippet& snippet, const Answers& answers, Language language) {
    static constexpr std::string_view kName = "{{org_name}}";
    static constexpr std::string_view kSlug = "{{org_slug}}";
    const std::string_view code = snippet.code;
    const std::string name = answers.text(question_ids::org_name);
    const bool yaml = snippet.language == "yaml";
    // One pass, so nothing that was filled in is read again as a placeholder.
    std::string out;
    out.reserve(code.size() + 32);
    for (std::size_t i = 0; i < code.size();) {
        if (code.substr(i, kName.size()) == kName) {
            const std::size_t line_start = out.rfind('\n') == std::string::npos ? 0 : out.rfind('\n') + 1;
            const char quote = yaml ? open_yaml_quote(std::string_view(out).substr(line_start)) : 0;
            out += quote == 0 ? code_safe_name(name) : yaml_quoted_name(name, quote);
            i += kName.size();
        } else if (code.substr(i, kSlug.size()) == kSlug) {
            out += slug(name);
            i += kSlug.size();
        } else if (const auto translated = translated_at(code, i, language)) {
            if (translated->in_language) out += translated->text;
            i += translated->length;
        } else {
            out += code[i++];
        }
    }
    return out;
}

PlanEdits shared_edits(const std::set<std::string>& done, const Plan& plan) {
    return PlanEdits{done, plan.edits.skipped, plan.edits.hours};
}

std::string hours_text(const ExportContext& context, const PlanItem& item) {
    const Translations& t = context.translations;
    const auto num = [&](double value) { return format_number(value, context.language); };
    if (!item.user_estimate) return fill(t.text(context.language, "export.hours"), {num(item.effort_hours)});
    return fill(t.text(context.language, "export.hours_estimated"), {num(item.effort_hours), num(item.catalog_hours)});
}

// [SECTION] Markdown

namespace {

struct Writer {
    const ExportContext& context;
    const Answers& answers;
    std::string out;

    [[nodiscard]] std::string_view t(std::string_view key) const {
        return context.translations.text(context.language, key);
    }
    // Knowledge-base texts, ready for Markdown (see markdown_prose); raw() for other formats.
    [[nodiscard]] std::string in(const LocalizedText& text) const { return markdown_prose(raw(text)); }
    [[nodiscard]] const std::string& raw(const LocalizedText& text) const { return text.in(context.language); }
    // Built-in text that is not user input, in a table cell too (| would end the cell).
    [[nodiscard]] static std::string prose(std::string_view text) {
        std::string out = markdown_prose(text);
        for (std::size_t at = out.find('|'); at != std::string::npos; at = out.find('|', at + 2)) out.insert(at, "\\");
        return out;
    }
    // Numbers as the language writes them: 2.5 in English, 2,5 in Polish.
    [[nodiscard]] std::string num(double value, int decimals = 2) const {
        return format_number(value, context.language, decimals);
    }
    void line(std::string_view text = {}) {
        out += text;
        out += '\n';
    }
};

// Mermaid task names may not contain ':' ';' or '#', and a line break would end the task;
// "golden path: a template" reads "golden path – a template".
std::string gantt_name(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == ':') {
            out += " \u2013";
        } else {
            out += (c == ';' || c == '#' || c == '`' || byte < 0x20 || byte == 0x7F) ? ' ' : c;
        }
    }
    return out;
}

void write_gantt(Writer& w, const Plan& plan) {
    const long start = valid_date(w.context.date) ? parse_days(w.context.date) : 0;  // never reads past a bad date
    w.line("```mermaid");
    w.line("gantt");
    w.line("  dateFormat YYYY-MM-DD");
    w.line("  axisFormat " + std::string(w.t("export.gantt_axis_format")));  // day and month, as the language writes them
    bool after_section = false;
    w.line("  section " + gantt_name(w.t("export.before_demo")));
    for (const PlanItem& item : plan.items) {
        if (!item.before_demo && !after_section) {
            w.line("  section " + gantt_name(w.t("export.after_demo")));
            after_section = true;
        }
        const Action& action = w.context.catalog.actions()[item.action];
        const detail::ItemDays days = detail::item_days(plan, item, start);
        const long begin = days.begin;
        const long length = days.end - days.begin;
        w.line("  " + std::to_string(item.order) + ". " + gantt_name(w.raw(action.title)) + " :" +
               (item.done ? "done, " : "") + "a" + std::to_string(item.order) + ", " + civil_from_days(begin) + ", " +
               std::to_string(length) + "d");
    }
    w.line("  " + gantt_name(w.t("export.demo_milestone")) + " :milestone, demo, " +
           civil_from_days(start + static_cast<long>(plan.summary.weeks_to_demo) * 7) + ", 0d");
    w.line("```");
}

void write_action(Writer& w, const PlanItem& item) {
    const ActionContent a = resolve_action(w.context.catalog, w.answers, item, w.context.language);
    w.line("### " + std::to_string(a.order) + ". " + markdown_prose(a.title));
    w.line();
    w.line(std::string(a.done ? "- [x] " : "- [ ] ") + "**" + std::string(w.t("export.done")) + "** · " +
           hours_text(w.context, item) + " · " +
           fill(w.t("export.week"), {std::to_string(a.week)}) + " · " +
           fill(w.t("export.step"), {std::to_string(a.step_number), markdown_prose(a.step_title)}));
    w.line();
    w.line("**" + std::string(w.t("export.outcome")) + ":** " + markdown_prose(a.outcome));
    w.line();
    const std::string why = why_here(a, w.context.questionnaire, w.context.translations, w.context.language,
                                     [](const ActionRef& other) { return "*" + markdown_prose(other.title) + "*"; });
    w.line("**" + std::string(w.t("export.why")) + ":** " + why);
    w.line();
    w.line("**" + std::string(w.t("export.how")) + ":**");
    w.line();
    for (std::size_t i = 0; i < a.steps.size(); ++i) w.line(std::to_string(i + 1) + ". " + markdown_prose(a.steps[i]));
    w.line();
    for (const ResolvedSnippet& snippet : a.snippets) {
        w.line("*" + markdown_prose(snippet.title) + "* (`" + snippet.file + "`):");
        w.line();
        std::string code = snippet.code;
        if (!code.empty() && code.back() == '\n') code.pop_back();
        const std::string fence = fence_for(code);
        w.line(fence + snippet.language);
        w.line(code);
        w.line(fence);
        w.line();
    }
    w.line("**" + std::string(w.t("export.demo")) + ":** " + markdown_prose(a.demo));
    w.line();
    if (!a.pitfalls.empty()) {
        w.line("**" + std::string(w.t("export.pitfalls")) + ":**");
        w.line();
        for (const std::string& pitfall : a.pitfalls) w.line("- " + markdown_prose(pitfall));
        w.line();
    }
    if (!a.docs.empty()) {
        w.line("**" + std::string(w.t("export.docs")) + ":**");
        w.line();
        for (const ResolvedDoc& link : a.docs) w.line("- [" + markdown_prose(link.title) + "](" + link.url + ")");
        w.line();
    }
}

// The demo agenda, what it takes to show more, the next phase and the sponsor's page.
void write_demo_brief(Writer& w, const Plan& plan, const DemoBrief& brief) {
    const ExportContext& context = w.context;
    w.line("## " + std::string(w.t("demo.agenda")));
    w.line();
    if (!brief.has_demo) {
        w.line(Writer::prose(w.t("demo.no_agenda")));
        w.line();
    } else {
        const std::string date = demo_date(context.date, plan.summary.weeks_to_demo);
        const Question* weeks = context.questionnaire.find(question_ids::weeks_to_demo);
        const std::string when =
            !date.empty() ? fill(w.t("demo.on_date"), {date})
                          : fill(w.t("demo.in_weeks"), {weeks == nullptr ? std::to_string(plan.summary.weeks_to_demo)
                                                                         : answer_text(*weeks, plan.answers,
                                                                                       context.language, "")});
        const std::string style(w.t(brief.style == question_ids::demo_hands_on ? "export.style.hands-on"
                                                                               : "export.style.guided"));
        w.line(Writer::prose(fill(w.t("demo.agenda_intro"), {style, std::to_string(brief.minutes), when})));
        w.line();
        w.line("| " + std::string(w.t("demo.col_minutes")) + " | " + std::string(w.t("demo.col_what")) + " | " +
               std::string(w.t("demo.col_open")) + " | " + std::string(w.t("demo.col_say")) + " |");
        w.line("|--:|---|---|---|");
        for (const AgendaItem& item : brief.agenda) {
            const BriefText text = agenda_item_text(context, item);
            w.line("| " + std::to_string(item.minutes) + " | " + Writer::prose(text.title) + " | " +
                   Writer::prose(text.open) + " | " + Writer::prose(text.say) + " |");
        }
        w.line();
    }
    if (brief.hands_on || !brief.to_show_more.empty() || !brief.goals_shown.empty()) {
        w.line("### " + std::string(w.t("demo.to_show_more")));
        w.line();
        if (!brief.hands_on && brief.to_show_more.empty()) {
            w.line(Writer::prose(w.t("demo.all_shown")));
        } else {
            w.line(Writer::prose(w.t("demo.more_intro")));
            w.line();
            if (brief.hands_on) w.line("- " + Writer::prose(show_more_text(context, plan, *brief.hands_on)));
            for (const ShowMore& more : brief.to_show_more) w.line("- " + Writer::prose(show_more_text(context, plan, more)));
        }
        w.line();
    }

    w.line("## " + std::string(w.t("demo.next")));
    w.line();
    if (brief.next.empty()) {
        w.line(Writer::prose(w.t("demo.nothing_next")));
    } else {
        w.line(Writer::prose(fill(w.t("demo.next_intro"), {w.num(round_to(brief.next_hours, 4.0))})));
        w.line();
        for (const NextItem& item : brief.next) {
            w.line("- " + Writer::prose(fill(w.t("demo.next_item"),
                                             {context.catalog.actions()[item.action].title.in(context.language),
                                              w.num(round_to(item.hours, 4.0))})));
        }
    }
    w.line();

    w.line("## " + std::string(w.t("demo.sponsor")));
    w.line();
    w.line("_" + Writer::prose(w.t("demo.sponsor_intro")) + "_");
    w.line();
    for (const SponsorParagraph& paragraph : sponsor_page(context, w.answers, plan, brief)) {
        w.line("**" + Writer::prose(paragraph.heading) + "**  ");
        w.line(Writer::prose(paragraph.text));
        w.line();
    }
}

}  // namespace

std::string demo_outlook_text(const DemoPlan& demo, const Plan& plan, const Translations& translations,
                              Language language) {
    const auto t = [&](std::string_view key) { return translations.text(language, key); };
    const auto num = [&](double value) { return format_number(value, language); };
    switch (demo.outlook) {
        case DemoOutlook::no_preparation: return {};
        case DemoOutlook::ready: {
            double ends = 0.0;
            for (const PlanItem& item : plan.items) {
                if (item.action == demo.preparation) ends = item.finish_hour;
            }
            const std::string_view style =
                t(demo.style == question_ids::demo_hands_on ? "export.style.hands-on" : "export.style.guided");
            return fill(t("export.demo_ready"), {style, num(ends), num(demo.hours_available)});
        }
        case DemoOutlook::guided_instead:
            return fill(t("export.demo_guided_instead"), {num(demo.chosen_minimum_hours), num(demo.hours_available)});
        case DemoOutlook::cannot_be_ready: {
            std::string text =
                fill(t("export.demo_cannot_be_ready"), {num(demo.minimum_hours), num(demo.hours_available)});
            const std::string hours = std::to_string(demo.hours_per_week_needed);
            const std::string weeks = std::to_string(demo.weeks_needed);
            if (demo.hours_per_week_needed > 0 && demo.weeks_needed > 0) {
                text += " " + fill(t("export.demo_fits_with_both"), {hours, weeks});
            } else if (demo.hours_per_week_needed > 0) {
                text += " " + fill(t("export.demo_fits_with_hours"), {hours});
            } else if (demo.weeks_needed > 0) {
                text += " " + fill(t("export.demo_fits_with_weeks"), {weeks});
            }
            return text;
        }
    }
    return {};
}

std::string demo_date(std::string_view date, std::int64_t weeks) {
    if (!valid_date(date)) return {};
    return civil_from_days(parse_days(date) + static_cast<long>(weeks) * 7);
}

SummaryText summary_text(const ExportContext& context, const Answers& answers, const Plan& plan) {
    const PlanSummary& s = plan.summary;
    const auto t = [&](std::string_view key) { return context.translations.text(context.language, key); };
    const auto num = [&](double value, int decimals = 2) { return format_number(value, context.language, decimals); };
    SummaryText summary;
    const auto row = [&](std::string_view key, std::string value) { summary.rows.push_back({key, std::move(value)}); };
    const Question* weeks = context.questionnaire.find(question_ids::weeks_to_demo);
    const std::string weeks_text = weeks == nullptr ? std::to_string(s.weeks_to_demo)
                                                    : answer_text(*weeks, answers, context.language, "");
    row("export.hours_available",
        fill(t("export.hours_available_value"), {num(s.hours_available), std::to_string(s.hours_per_week), weeks_text}));
    row("export.actions",
        fill(t("export.actions_value"), {std::to_string(plan.items.size()), std::to_string(s.actions_before_demo)}));
    row("export.total_effort", fill(t("export.hours"), {num(s.total_hours)}));
    row("export.value_before_demo",
        fill(t("demo.share_of_asked"), {share_in_words(s.value_share_before_demo, context.translations, context.language)}));
    const std::string order_text(t(s.method == OrderMethod::exact ? "export.order_exact" : "export.order_heuristic"));
    row("export.order", s.moved_for_demo == 0
                            ? order_text
                            : fill(plural_choice(t("export.order_moved"), context.language,
                                                 static_cast<std::int64_t>(s.moved_for_demo)),
                                   {order_text, std::to_string(s.moved_for_demo)}));
    row("export.progress", fill(t("export.progress_value"), {std::to_string(s.done_count),
                                                             std::to_string(plan.items.size()), num(s.done_hours)}));
    const std::string outlook = demo_outlook_text(plan.demo, plan, context.translations, context.language);
    if (plan.demo.outlook == DemoOutlook::ready) row("export.demo_row", outlook);
    if (plan.demo.outlook == DemoOutlook::guided_instead || plan.demo.outlook == DemoOutlook::cannot_be_ready) {
        summary.warning = outlook;
    } else if (!s.demo_needs_fit) {
        summary.warning = fill(t("export.demo_does_not_fit"), {num(s.demo_needs_hours), num(s.hours_available)});
    }
    return summary;
}

SectionTotals section_totals(const Plan& plan, bool before_demo) {
    SectionTotals totals;
    for (const PlanItem& item : plan.items) {
        if (item.before_demo != before_demo) continue;
        ++totals.count;
        totals.hours += item.effort_hours;
    }
    return totals;
}

std::string fence_for(std::string_view code) {
    std::size_t longest = 0;
    std::size_t run = 0;
    for (const char c : code) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return std::string(std::max<std::size_t>(3, longest + 1), '`');
}

std::string export_markdown(const ExportContext& context, const Answers& answers, const std::set<std::string>& done,
                            const Plan& plan) {
    Writer w{context, answers, {}};
    const std::string org = answers.text(question_ids::org_name);
    w.line("# " + (org.empty() ? std::string(w.t("export.title"))
                                : fill(w.t("export.title_for"), {escape_markdown(org)})));
    w.line();
    w.line("_" + fill(w.t("export.generated"), {context.date, version()}) + "_");
    w.line();
    w.line(fill(w.t("export.share_code"),
                {encode_share_link(context.questionnaire, context.catalog, answers, shared_edits(done, plan))}));
    w.line();

    w.line("## " + std::string(w.t("export.summary")));
    w.line();
    w.line("| | |");
    w.line("|---|---|");
    const SummaryText summary = summary_text(context, answers, plan);
    for (const SummaryRow& row : summary.rows) {
        w.line("| " + std::string(w.t(row.label_key)) + " | " + Writer::prose(row.value) + " |");
    }
    w.line();
    if (!summary.warning.empty()) {
        w.line("> **" + markdown_prose(summary.warning) + "**");
        w.line();
    }

    w.line("## " + std::string(w.t("export.answers")));
    w.line();
    w.line("| " + std::string(w.t("export.question")) + " | " + std::string(w.t("export.answer")) + " |");
    w.line("|---|---|");
    for (const Question& question : context.questionnaire.questions()) {
        // Free text is the user's and is fully escaped; the rest are the questionnaire's labels.
        const std::string answer = answer_text(question, answers, context.language, w.t("export.none"));
        w.line("| " + w.in(question.title) + " | " +
               (question.kind == QuestionKind::text ? escape_markdown(answer) : w.prose(answer)) + " |");
    }
    w.line();

    w.line("## " + std::string(w.t("export.timeline")));
    w.line();
    write_gantt(w, plan);
    w.line();

    if (plan.demo.outlook != DemoOutlook::no_preparation) {
        write_demo_brief(w, plan, make_demo_brief(context.questionnaire, context.catalog, answers, plan));
    }

    const auto write_section = [&](bool before) {
        w.line("## " + std::string(w.t(before ? "export.before_demo" : "export.after_demo")));
        w.line();
        const auto [count, hours] = section_totals(plan, before);
        if (count == 0) {
            w.line(std::string(w.t(before ? "export.nothing_before" : "export.nothing_after")));
            w.line();
            return;
        }
        w.line(fill(w.t("export.section_summary"), {std::to_string(count), w.num(hours)}));
        w.line();
        for (const PlanItem& item : plan.items) {
            if (item.before_demo == before) write_action(w, item);
        }
    };
    write_section(true);
    write_section(false);

    if (!plan.not_applicable.empty()) {
        w.line("## " + std::string(w.t("export.not_applicable")));
        w.line();
        for (const std::size_t a : plan.not_applicable) w.line("- " + w.in(context.catalog.actions()[a].title));
        w.line();
    }
    if (!plan.skipped.empty()) {
        w.line("## " + std::string(w.t("export.skipped")));
        w.line();
        for (const std::size_t a : plan.skipped) w.line("- " + w.in(context.catalog.actions()[a].title));
        w.line();
    }
    while (w.out.size() > 1 && w.out[w.out.size() - 2] == '\n') w.out.pop_back();  // one final newline
    return w.out;
}

// [SECTION] JSON

namespace {

Json ids_of(const Catalog& catalog, const std::vector<std::size_t>& indices) {
    Json out = Json::array();
    for (const std::size_t i : indices) out.push_back(catalog.actions()[i].id);
    return out;
}

}  // namespace

std::string export_json(const ExportContext& context, const Answers& answers, const std::set<std::string>& done,
                        const Plan& plan) {
    const Language lang = context.language;
    const Catalog& catalog = context.catalog;
    const PlanSummary& s = plan.summary;
    Json document = Json::object();
    document["schema"] = kPlanSchema;
    document["version"] = kPlanVersion;
    document["generator"] = "Backstage Kickstart " + std::string(version());
    document["generated_on"] = context.date;
    document["language"] = language_code(lang);
    const PlanEdits edits = shared_edits(done, plan);
    document["share_link"] = encode_share_link(context.questionnaire, catalog, answers, edits);
    document["answers"] = context.questionnaire.to_json(answers);
    // Progress on every known action, applicable or not: changing an answer back keeps it.
    Json done_ids = Json::array();
    for (const std::string& id : done) {
        if (catalog.find(id) != nullptr) done_ids.push_back(id);
    }
    // Skips and estimates as planned with: of the actions that apply.
    Json hours = Json::object();
    for (const auto& [id, estimate] : edits.hours) hours[id] = estimate;
    document["progress"] = {{"done", std::move(done_ids)}, {"skipped", edits.skipped}, {"hours", std::move(hours)}};
    document["summary"] = {
        {"hours_per_week", s.hours_per_week},
        {"weeks_to_demo", s.weeks_to_demo},
        {"hours_available", s.hours_available},
        {"total_hours", s.total_hours},
        {"total_value", round_to(s.total_value, 100.0)},
        {"value_before_demo", round_to(s.value_before_demo, 100.0)},
        {"value_share_before_demo", round_to(s.value_share_before_demo, 10000.0)},
        {"actions", plan.items.size()},
        {"actions_before_demo", s.actions_before_demo},
        {"weighted_completion", round_to(s.weighted_completion, 100.0)},
        {"order_method", method_name(s.method)},
        {"moved_for_demo", s.moved_for_demo},
        {"demo_needs_hours", s.demo_needs_hours},
        {"demo_needs_fit", s.demo_needs_fit},
        {"done_count", s.done_count},
        {"done_hours", s.done_hours},
    };
    if (plan.demo.outlook != DemoOutlook::no_preparation) {
        const DemoPlan& demo = plan.demo;
        document["demo"] = {
            {"date", demo_date(context.date, s.weeks_to_demo)},
            {"style", demo.outlook == DemoOutlook::cannot_be_ready ? Json(nullptr) : Json(demo.style)},
            {"chosen_style", demo.chosen_style},
            {"outlook", outlook_name(demo.outlook)},
            {"preparation", catalog.actions()[*demo.preparation].id},
            {"hours_available", demo.hours_available},
            {"minimum_hours", demo.minimum_hours},
            {"chosen_minimum_hours", demo.chosen_minimum_hours},
            {"hours_per_week_needed", demo.hours_per_week_needed},
            {"weeks_needed", demo.weeks_needed},
            {"notice", demo_outlook_text(demo, plan, context.translations, lang)},
        };
        const DemoBrief brief = make_demo_brief(context.questionnaire, catalog, answers, plan);
        Json& out = document["demo"];
        out["minutes"] = brief.minutes;
        Json agenda = Json::array();
        for (const AgendaItem& item : brief.agenda) {
            const BriefText text = agenda_item_text(context, item);
            agenda.push_back({{"minutes", item.minutes},
                              {"title", text.title},
                              {"action", item.action ? Json(catalog.actions()[*item.action].id) : Json(nullptr)},
                              {"show", text.open},
                              {"say", text.say}});
        }
        out["agenda"] = std::move(agenda);
        Json next = Json::array();
        for (const NextItem& item : brief.next) {
            next.push_back({{"action", catalog.actions()[item.action].id}, {"hours", round_to(item.hours, 4.0)}});
        }
        out["next"] = std::move(next);
        const auto more_json = [&](const ShowMore& more) {
            return Json{{"goal", more.goal},
                        {"action", more.showcase ? Json(catalog.actions()[*more.showcase].id) : Json(nullptr)},
                        {"extra_hours", more.found() ? Json(round_to(more.extra_hours, 4.0)) : Json(nullptr)},
                        {"hours_per_week", more.hours_per_week > 0 ? Json(more.hours_per_week) : Json(nullptr)},
                        {"weeks", more.weeks > 0 ? Json(more.weeks) : Json(nullptr)}};
        };
        Json to_show_more = Json::array();
        for (const ShowMore& more : brief.to_show_more) to_show_more.push_back(more_json(more));
        out["to_show_more"] = std::move(to_show_more);
        out["hands_on"] = brief.hands_on ? more_json(*brief.hands_on) : Json(nullptr);
        out["goals_shown"] = brief.goals_shown;
    }
    Json steps = Json::array();
    for (std::size_t i = 0; i < catalog.steps().size(); ++i) {
        const Step& step = catalog.steps()[i];
        steps.push_back({{"number", i + 1}, {"id", step.id}, {"title", step.title.in(lang)},
                         {"summary", step.summary.in(lang)}});
    }
    document["steps"] = std::move(steps);
    Json items = Json::array();
    for (const PlanItem& item : plan.items) {
        const ActionContent a = resolve_action(catalog, answers, item, lang);
        Json snippets = Json::array();
        for (const ResolvedSnippet& snippet : a.snippets) {
            snippets.push_back({{"title", snippet.title}, {"file", snippet.file}, {"language", snippet.language},
                                {"code", snippet.code}});
        }
        Json docs = Json::array();
        for (const ResolvedDoc& link : a.docs) docs.push_back({{"title", link.title}, {"url", link.url}});
        Json needs = Json::array();
        for (const ActionRef& other : a.needs) needs.push_back(other.id);
        Json unlocks = Json::array();
        for (const ActionRef& other : a.unlocks) unlocks.push_back(other.id);
        items.push_back({
            {"order", a.order},
            {"id", a.id},
            {"step", a.step_id},
            {"step_number", a.step_number},
            {"title", a.title},
            {"effort_hours", a.effort_hours},
            {"catalog_hours", item.catalog_hours},
            {"user_estimate", item.user_estimate},
            {"weight", a.weight},
            {"value_per_hour", round_to(a.value_per_hour, 100.0)},
            {"start_hour", item.start_hour},
            {"finish_hour", item.finish_hour},
            {"week", a.week},
            {"before_demo", a.before_demo},
            {"done", a.done},
            {"outcome", a.outcome},
            {"needs", std::move(needs)},
            {"unlocks", std::move(unlocks)},
            {"how", a.steps},
            {"snippets", std::move(snippets)},
            {"demo", a.demo},
            {"pitfalls", a.pitfalls},
            {"docs", std::move(docs)},
        });
    }
    document["items"] = std::move(items);
    document["not_applicable"] = ids_of(catalog, plan.not_applicable);
    document["skipped"] = ids_of(catalog, plan.skipped);
    return document.dump(2) + "\n";
}

// [SECTION] Import

Error plan_file_too_large(std::size_t size) {
    return Error{ErrorCode::plan_file_too_large,
                 {round_to(static_cast<double>(size) / (1024.0 * 1024.0), 10.0), kMaxPlanFileBytes / (1024 * 1024)}};
}

Result<SharedState> import_plan_json(std::string_view text, const Questionnaire& questionnaire,
                                     const Catalog& catalog) {
    if (text.size() > kMaxPlanFileBytes) return plan_file_too_large(text.size());
    Errors errors;
    // "not valid JSON (line 3, column 7; expected the JSON downloaded from Backstage Kickstart)"
    const auto document = detail::parse(text, "", errors, detail::ParseHint::plan_file);
    if (!document || !detail::check_header(*document, kPlanSchema, kPlanVersion, "", errors)) {
        return errors.error().within(ErrorCode::source_plan_file);
    }
    SharedState state{questionnaire.defaults(), {}};
    if (const Json* answers = detail::member(*document, "answers")) {
        auto validated = questionnaire.validate(*answers, UnknownAnswers::ignore);
        if (!validated) return Error(validated.error()).within(ErrorCode::source_plan_file);
        state.answers = std::move(validated).value();
    }
    if (const Json* progress = detail::member(*document, "progress")) {
        const Json* done = detail::member(*progress, "done");
        if (done != nullptr && !done->is_array()) {
            return Error{ErrorCode::plan_file_done_type, {detail::describe(*done)}, "progress.done"}.within(
                ErrorCode::source_plan_file);
        }
        const Json* skipped = detail::member(*progress, "skipped");
        if (skipped != nullptr && !skipped->is_array()) {
            return Error{ErrorCode::plan_file_done_type, {detail::describe(*skipped)}, "progress.skipped"}.within(
                ErrorCode::source_plan_file);
        }
        const Json* hours = detail::member(*progress, "hours");
        if (hours != nullptr && !hours->is_object()) {
            return Error{ErrorCode::plan_file_hours_type, {detail::describe(*hours)}, "progress.hours"}.within(
                ErrorCode::source_plan_file);
        }
        // Ids this catalog does not have are dropped: an edit of them means nothing here.
        const auto read_ids = [&](const Json* list, std::set<std::string>& ids) {
            if (list == nullptr) return;
            for (const Json& id : *list) {
                if (id.is_string() && catalog.find(id.get_ref<const std::string&>()) != nullptr) {
                    ids.insert(id.get<std::string>());
                }
            }
        };
        read_ids(done, state.edits.done);
        read_ids(skipped, state.edits.skipped);
        if (hours != nullptr) {
            for (const auto& [id, value] : hours->items()) {
                const std::string where = "progress.hours." + id;
                if (!value.is_number()) {
                    return Error{ErrorCode::field_type, {Term::number, detail::describe(value)}, where}.within(
                        ErrorCode::source_plan_file);
                }
                const double given = value.get<double>();
                const auto estimate = valid_estimate(given);
                if (!estimate) {
                    return Error{ErrorCode::estimate_range, {kMaxEstimateHours, given}, where}.within(
                        ErrorCode::source_plan_file);
                }
                if (catalog.find(id) != nullptr) state.edits.hours.insert_or_assign(id, *estimate);
            }
        }
    }
    return state;
}

}  // namespace kickstart
