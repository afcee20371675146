// The plan as issue-tracker CSV: Jira, GitLab and Azure Boards.
//
// Index of this file:
// [SECTION] CSV fields
// [SECTION] Rows
// [SECTION] Jira
// [SECTION] GitLab
// [SECTION] Azure Boards
#include "kickstart/core/export_tracker_csv.hpp"

#include "calendar.hpp"
#include "kickstart/core/action_content.hpp"
#include "kickstart/core/i18n.hpp"
#include "kickstart/core/numbers.hpp"

#include <cmath>
#include <vector>

namespace kickstart {

// [SECTION] CSV fields

std::string csv_field(std::string_view text) {
    std::string cell;
    // OWASP's list of what starts a formula (a tab or carriage return too, which some
    // spreadsheets strip before looking).
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) cell += '\'';
    cell += text;
    if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
    std::string quoted = "\"";
    for (const char c : cell) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

namespace {

void append_record(std::string& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) out += ',';
        out += csv_field(cells[i]);
    }
    out += "\r\n";
}

// [SECTION] Rows

// What every tracker gets of an action: its content and its due date.
struct Row {
    ActionContent content;
    std::string due_date;  // YYYY-MM-DD: the day its timeline bar ends
};

std::vector<Row> rows(const ExportContext& context, const Answers& answers, const Plan& plan) {
    const long start = valid_date(context.date) ? detail::parse_days(context.date) : 0;
    std::vector<Row> out;
    for (const PlanItem& item : plan.items) {
        if (item.done && context.leave_out_done) continue;
        // Skipped actions will be left out here too, once a plan can skip them.
        const detail::ItemDays days = detail::item_days(plan, item, start);
        out.push_back({resolve_action(context.catalog, answers, item, context.language),
                       detail::civil_from_days(days.end - 1)});
    }
    return out;
}

std::string_view t(const ExportContext& context, std::string_view key) {
    return context.translations.text(context.language, key);
}

// Hours as a plain decimal with a point, whatever the language: 2, 2.5, 0.25.
std::string decimal_hours(double hours) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", round_to(hours, 100.0));
    std::string text = buffer;
    while (text.back() == '0') text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text;
}

const std::string& code_of(const ResolvedSnippet& snippet) { return snippet.code; }

std::string without_final_newline(std::string code) {
    while (!code.empty() && code.back() == '\n') code.pop_back();
    return code;
}

// [SECTION] Jira

// Knowledge-base prose in Jira wiki markup: the characters that start a macro, a link, a
// table cell or an image are escaped, so the text shows as written.
std::string jira_prose(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (std::string_view("{}[]|!\\").find(c) != std::string_view::npos) out += '\\';
        out += c == '\n' ? ' ' : c;
    }
    return out;
}

std::string jira_description(const ExportContext& context, const ActionContent& a) {
    std::string out = jira_prose(a.outcome) + "\n";
    const auto heading = [&](std::string_view key) { out += "\nh4. " + std::string(t(context, key)) + "\n"; };
    heading("export.how");
    for (const std::string& step : a.steps) out += "# " + jira_prose(step) + "\n";
    if (!a.snippets.empty()) {
        heading("export.snippets");
        for (const ResolvedSnippet& snippet : a.snippets) {
            std::string code = without_final_newline(code_of(snippet));
            // {noformat} shows everything as written until the next {noformat}.
            for (std::size_t at = code.find("{noformat}"); at != std::string::npos; at = code.find("{noformat}", at)) {
                code.replace(at, 10, "{ noformat}");
            }
            out += jira_prose(snippet.title) + " (" + jira_prose(snippet.file) + "):\n{noformat}\n" + code +
                   "\n{noformat}\n";
        }
    }
    heading("export.demo");
    out += jira_prose(a.demo) + "\n";
    if (!a.pitfalls.empty()) {
        heading("export.pitfalls");
        for (const std::string& pitfall : a.pitfalls) out += "* " + jira_prose(pitfall) + "\n";
    }
    if (!a.docs.empty()) {
        heading("export.docs");
        for (const ResolvedDoc& doc : a.docs) out += "* [" + jira_prose(doc.title) + "|" + doc.url + "]\n";
    }
    return without_final_newline(out);
}

}  // namespace

std::string export_csv_jira(const ExportContext& context, const Answers& answers, const std::set<std::string>&,
                            const Plan& plan) {
    std::string out(kUtf8ByteOrderMark);
    // Labels twice: Jira's importer takes every column named Labels as one more label.
    append_record(out, {"Summary", "Issue Type", "Description", "Labels", "Labels", "Original Estimate", "Due Date",
                        "Status"});
    for (const Row& row : rows(context, answers, plan)) {
        const ActionContent& a = row.content;
        const auto seconds = static_cast<long>(std::lround(a.effort_hours * 3600.0));
        append_record(out, {a.title, "Task", jira_description(context, a), "backstage-kickstart", a.step_id,
                            std::to_string(seconds), row.due_date, a.done ? "Done" : "To Do"});
    }
    return out;
}

// [SECTION] GitLab

namespace {

// GitLab's /estimate: 2h30m.
std::string gitlab_duration(double hours) {
    const auto minutes = static_cast<long>(std::lround(hours * 60.0));
    std::string out;
    if (minutes / 60 > 0) out += std::to_string(minutes / 60) + "h";
    if (minutes % 60 > 0 || out.empty()) out += std::to_string(minutes % 60) + "m";
    return out;
}

std::string gitlab_description(const ExportContext& context, const ActionContent& a) {
    std::string out = markdown_prose(a.outcome) + "\n";
    const auto heading = [&](std::string_view key) { out += "\n### " + std::string(t(context, key)) + "\n\n"; };
    heading("export.how");
    for (const std::string& step : a.steps) out += "- [ ] " + markdown_prose(step) + "\n";
    if (!a.snippets.empty()) {
        heading("export.snippets");
        for (const ResolvedSnippet& snippet : a.snippets) {
            const std::string code = without_final_newline(code_of(snippet));
            const std::string fence = fence_for(code);
            out += "*" + markdown_prose(snippet.title) + "* (`" + snippet.file + "`):\n\n" + fence + snippet.language +
                   "\n" + code + "\n" + fence + "\n\n";
        }
        out.pop_back();
    }
    heading("export.demo");
    out += markdown_prose(a.demo) + "\n";
    if (!a.pitfalls.empty()) {
        heading("export.pitfalls");
        for (const std::string& pitfall : a.pitfalls) out += "- " + markdown_prose(pitfall) + "\n";
    }
    if (!a.docs.empty()) {
        heading("export.docs");
        for (const ResolvedDoc& doc : a.docs) out += "- [" + markdown_prose(doc.title) + "](" + doc.url + ")\n";
    }
    // Quick actions: GitLab runs them when it creates the issue from the file.
    out += "\n/estimate " + gitlab_duration(a.effort_hours) + "\n/label ~backstage-kickstart ~" + a.step_id;
    if (a.done) out += " ~done";
    return out;
}

}  // namespace

std::string export_csv_gitlab(const ExportContext& context, const Answers& answers, const std::set<std::string>&,
                              const Plan& plan) {
    std::string out;
    append_record(out, {"title", "description", "due_date"});
    for (const Row& row : rows(context, answers, plan)) {
        append_record(out, {row.content.title, gitlab_description(context, row.content), row.due_date});
    }
    return out;
}

// [SECTION] Azure Boards

namespace {

std::string azure_description(const ExportContext& context, const ActionContent& a) {
    std::string out = "<p>" + escape_html(a.outcome) + "</p>";
    const auto heading = [&](std::string_view key) { out += "<h3>" + escape_html(t(context, key)) + "</h3>"; };
    heading("export.how");
    out += "<ol>";
    for (const std::string& step : a.steps) out += "<li>" + escape_html(step) + "</li>";
    out += "</ol>";
    if (!a.snippets.empty()) {
        heading("export.snippets");
        for (const ResolvedSnippet& snippet : a.snippets) {
            out += "<p>" + escape_html(snippet.title) + " (<code>" + escape_html(snippet.file) + "</code>):</p><pre><code>" +
                   escape_html(without_final_newline(code_of(snippet))) + "</code></pre>";
        }
    }
    heading("export.demo");
    out += "<p>" + escape_html(a.demo) + "</p>";
    if (!a.pitfalls.empty()) {
        heading("export.pitfalls");
        out += "<ul>";
        for (const std::string& pitfall : a.pitfalls) out += "<li>" + escape_html(pitfall) + "</li>";
        out += "</ul>";
    }
    if (!a.docs.empty()) {
        heading("export.docs");
        out += "<ul>";
        for (const ResolvedDoc& doc : a.docs) {
            out += "<li><a href=\"" + escape_html(doc.url) + "\">" + escape_html(doc.title) + "</a></li>";
        }
        out += "</ul>";
    }
    return out;
}

}  // namespace

std::string export_csv_azure_boards(const ExportContext& context, const Answers& answers, const std::set<std::string>&,
                                    const Plan& plan) {
    std::string out(kUtf8ByteOrderMark);
    append_record(out, {"Work Item Type", "Title", "Description", "Tags", "Original Estimate"});
    for (const Row& row : rows(context, answers, plan)) {
        const ActionContent& a = row.content;
        // Imported work items always start in the New state: done ones carry a tag instead.
        std::string tags = "backstage-kickstart; " + a.step_id;
        if (a.done) tags += "; done";
        append_record(out, {"Task", a.title, azure_description(context, a), tags, decimal_hours(a.effort_hours)});
    }
    return out;
}

}  // namespace kickstart
