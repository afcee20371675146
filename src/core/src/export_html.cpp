// The HTML report: one page, no script, no request.
//
// Index of this file:
// [SECTION] Text
// [SECTION] Style
// [SECTION] Pictures: the timeline
// [SECTION] Pictures: the value curve
// [SECTION] Actions
// [SECTION] The demo
// [SECTION] The page
#include "kickstart/core/export_html.hpp"

#include "calendar.hpp"
#include "kickstart/core/action_content.hpp"
#include "kickstart/core/builtin.hpp"
#include "kickstart/core/demo_brief.hpp"
#include "kickstart/core/numbers.hpp"
#include "kickstart/core/value_curve.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kickstart {

namespace {

// [SECTION] Text

// Knowledge-base prose: escaped, its `code` spans as <code>.
std::string html_prose(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '`') {
            const std::size_t close = text.find('`', i + 1);
            if (close != std::string_view::npos) {
                out += "<code>" + escape_html(text.substr(i + 1, close - i - 1)) + "</code>";
                i = close;
                continue;
            }
        }
        out += escape_html(text.substr(i, 1));
    }
    return out;
}

// A coordinate in an SVG attribute: at most one decimal, a point whatever the language.
std::string px(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", std::round(value * 10.0) / 10.0);
    std::string text = buffer;
    if (text.size() > 2 && text.substr(text.size() - 2) == ".0") text.resize(text.size() - 2);
    return text == "-0" ? "0" : text;
}

struct Html {
    const ExportContext& context;
    const Answers& answers;
    std::string out;

    [[nodiscard]] std::string_view t(std::string_view key) const {
        return context.translations.text(context.language, key);
    }
    [[nodiscard]] std::string te(std::string_view key) const { return escape_html(t(key)); }
    [[nodiscard]] std::string num(double value, int decimals = 2) const {
        return format_number(value, context.language, decimals);
    }
    void add(std::string_view text) {
        out += text;
        out += '\n';
    }
};

// Six step colours that read on white and in grey print (the legend's .step-N classes in
// the style repeat them: no style attribute, so the page's strict CSP takes the report too).
constexpr const char* kStepColours[] = {"#2f6fb0", "#3a8f5c", "#b7791f", "#8a4fb8", "#c2453d", "#2a8c8c"};
const char* step_colour(std::size_t step_number) {
    return step_number == 0 ? "#666666" : kStepColours[(step_number - 1) % std::size(kStepColours)];
}

// [SECTION] Style

constexpr std::string_view kStyle = R"css(
:root { color-scheme: light; }
.report { margin: 0 auto; max-width: 60rem; padding: 1.5rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1d2330; background: #ffffff; }
.report h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .4rem; }
.report h2 { font-size: 1.35rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #d9dee7; }
.report h3 { font-size: 1.1rem; margin: 1.6rem 0 .3rem; }
.report h4 { font-size: .95rem; margin: .9rem 0 .2rem; }
.report p, .report ul, .report ol { margin: .3rem 0 .6rem; }
.report a { color: #1f5fa8; }
.report .meta { color: #535b6b; margin: 0 0 .3rem; }
.report table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
.report th, .report td { text-align: left; vertical-align: top; padding: .35rem .6rem; border-bottom: 1px solid #e3e7ee; }
.report th { font-weight: 600; width: 40%; }
.report thead th { border-bottom: 2px solid #c9d0dc; }
.report table.agenda th { width: auto; }
.report table.agenda td.num { text-align: right; white-space: nowrap; width: 3rem; }
.report code { font: .88em/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; background: #f1f3f7; padding: .05em .25em; border-radius: 3px; overflow-wrap: anywhere; }
.report figure { margin: .6rem 0 1rem; }
.report figcaption { font-size: .9rem; color: #535b6b; margin-bottom: .25rem; }
.report pre { margin: 0; padding: .6rem .8rem; background: #f6f8fa; border: 1px solid #e1e5eb; border-radius: 4px; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
.report pre code { background: none; padding: 0; font-size: .82rem; }
.report svg { display: block; width: 100%; height: auto; }
.report .picture { margin: .6rem 0 1.2rem; }
.report .legend { display: flex; flex-wrap: wrap; gap: .3rem 1rem; list-style: none; padding: 0; font-size: .85rem; color: #3b4252; }
.report .swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .35rem; vertical-align: -.08rem; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.report .step-1 { background: #2f6fb0; } .report .step-2 { background: #3a8f5c; } .report .step-3 { background: #b7791f; }
.report .step-4 { background: #8a4fb8; } .report .step-5 { background: #c2453d; } .report .step-6 { background: #2a8c8c; }
.report .swatch.line-plan { height: .2rem; width: 1.2rem; vertical-align: .2rem; background: #2f6fb0; }
.report .swatch.line-catalog-order { height: 0; width: 1.2rem; vertical-align: .25rem; border-top: .18rem dashed #8a93a6; border-radius: 0; }
.report .action { border-top: 1px solid #e3e7ee; margin-top: 1.2rem; }
.report .facts { color: #3b4252; }
.report .facts label { font-weight: 600; }
.report .facts input { margin: 0 .3rem 0 0; vertical-align: -.1rem; }
.report .warning { border-left: 4px solid #c2453d; padding: .4rem .8rem; background: #fbeeed; }
.report .share { font-size: .9rem; color: #535b6b; }
@media print {
  @page { margin: 16mm 14mm; }
  .report { max-width: none; padding: 0; font-size: 10.5pt; }
  .report h2 { break-after: avoid; }
  .report h3, .report h4, .report figcaption { break-after: avoid; }
  .report section.actions { break-before: page; }
  .report figure, .report pre, .report .picture, .report tr { break-inside: avoid; }
  .report a { color: inherit; text-decoration: none; }
  .report a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; color: #535b6b; overflow-wrap: anywhere; }
  .report pre { white-space: pre-wrap; }
}
)css";

// [SECTION] Pictures: the timeline

constexpr double kChartWidth = 760.0;
// A white outline under a label, so a line crossing it does not cross out its letters.
constexpr const char* kHalo = " stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\"";

// At most `limit` characters (code points), "…" at the end when cut.
std::string shortened(const std::string& text, std::size_t limit) {
    const auto is_lead = [](char c) { return (static_cast<unsigned char>(c) & 0xC0u) != 0x80u; };
    if (static_cast<std::size_t>(std::count_if(text.begin(), text.end(), is_lead)) <= limit) return text;
    std::size_t characters = 0;
    std::size_t cut = 0;
    while (cut < text.size() && (!is_lead(text[cut]) || characters++ < limit - 1)) ++cut;
    return text.substr(0, cut) + "\u2026";
}

void write_timeline(Html& h, const Plan& plan) {
    const std::vector<PlanItem>& items = plan.items;
    const double total = std::max(1.0, plan.items.empty() ? 0.0 : plan.items.back().finish_hour);
    const double demo = plan.summary.hours_available;
    const double span = std::max(total, demo);
    const double label_width = 250.0;
    const double left = label_width + 10.0;
    const double right = kChartWidth - 16.0;
    const double top = 40.0;
    const double row = 20.0;
    const double height = top + row * static_cast<double>(items.size()) + 10.0;
    const auto x = [&](double hour) { return left + (right - left) * hour / span; };

    h.add("<figure class=\"picture\">");
    h.add("<figcaption>" + h.te("export.timeline_caption") + "</figcaption>");
    h.add("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + px(kChartWidth) + " " + px(height) +
          "\" role=\"img\" aria-label=\"" + h.te("export.timeline") + "\" font-family=\"system-ui, sans-serif\" font-size=\"11\">");
    // Week lines, labelled at the top.
    const auto per_week = static_cast<double>(std::max<std::int64_t>(1, plan.summary.hours_per_week));
    const int weeks = static_cast<int>(std::ceil(span / per_week - kHoursTolerance));
    const double week_width = (right - left) * per_week / span;
    const int label_every = std::max(1, static_cast<int>(std::ceil(52.0 / week_width)));
    for (int week = 0; week <= weeks; ++week) {
        const double at = x(std::min(span, week * per_week));
        h.add("<line x1=\"" + px(at) + "\" y1=\"" + px(top - 6) + "\" x2=\"" + px(at) + "\" y2=\"" + px(height - 6) +
              "\" stroke=\"#e1e5eb\"/>");
        if (week < weeks && week % label_every == 0 && at + 48.0 <= kChartWidth) {  // room for the label
            h.add("<text x=\"" + px(at + 3) + "\" y=\"" + px(top - 10) + "\" fill=\"#6b7385\">" +
                  escape_html(fill(h.t("export.week_short"), {std::to_string(week + 1)})) + "</text>");
        }
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        const PlanItem& item = items[i];
        const Action& action = h.context.catalog.actions()[item.action];
        const double y = top + row * static_cast<double>(i);
        const std::string title = std::to_string(item.order) + ". " + action.title.in(h.context.language);
        // The label column holds about 40 characters; the bar's tooltip has the whole title.
        h.add("<text x=\"" + px(label_width) + "\" y=\"" + px(y + 13) + "\" text-anchor=\"end\" fill=\"#1d2330\">" +
              escape_html(shortened(title, 40)) + "</text>");
        const double x0 = x(item.start_hour);
        const double width = std::max(2.0, x(item.finish_hour) - x0);
        h.add("<rect x=\"" + px(x0) + "\" y=\"" + px(y + 3) + "\" width=\"" + px(width) + "\" height=\"13\" rx=\"2\" fill=\"" +
              step_colour(action.step + 1) + "\"" + (item.done ? " fill-opacity=\"0.45\"" : "") + "><title>" +
              escape_html(title) + "</title></rect>");
    }
    // The demo line.
    const double demo_x = x(std::min(demo, span));
    h.add("<line x1=\"" + px(demo_x) + "\" y1=\"" + px(8) + "\" x2=\"" + px(demo_x) + "\" y2=\"" + px(height - 4) +
          "\" stroke=\"#c2453d\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>");
    // Above the week labels, on the side of the line with room.
    const bool demo_text_left = demo_x > (left + right) / 2;
    h.add("<text x=\"" + px(demo_x + (demo_text_left ? -5 : 5)) + "\" y=\"" + px(14) + "\" text-anchor=\"" +
          (demo_text_left ? "end" : "start") + "\" fill=\"#c2453d\" font-weight=\"600\">" +
          h.te("export.demo_milestone") + "</text>");
    h.add("</svg>");
    h.add("<ul class=\"legend\">");
    for (std::size_t s = 0; s < h.context.catalog.steps().size(); ++s) {
        h.add("<li><span class=\"swatch step-" + std::to_string((s % std::size(kStepColours)) + 1) + "\"></span>" +
              escape_html(fill(h.t("export.step"), {std::to_string(s + 1),
                                                    h.context.catalog.steps()[s].title.in(h.context.language)})) +
              "</li>");
    }
    h.add("</ul>");
    h.add("</figure>");
}

// [SECTION] Pictures: the value curve

std::string polyline(const std::vector<ValuePoint>& points, const auto& x, const auto& y) {
    // A step function: value arrives when an action finishes.
    std::string out;
    double previous_share = 0.0;
    for (const ValuePoint& point : points) {
        if (!out.empty()) out += " " + px(x(point.hour)) + "," + px(y(previous_share));
        out += (out.empty() ? "" : " ") + px(x(point.hour)) + "," + px(y(point.share));
        previous_share = point.share;
    }
    return out;
}

void write_value_curve(Html& h, const Plan& plan) {
    const ValueCurve curve = value_curve(h.context.catalog, plan);
    const double span = std::max({1.0, curve.total_hours, curve.demo_hour});
    const double left = 48.0;
    const double right = kChartWidth - 20.0;
    const double top = 20.0;
    const double bottom = 250.0;
    const double height = 290.0;
    const auto x = [&](double hour) { return left + (right - left) * hour / span; };
    const auto y = [&](double share) { return bottom - (bottom - top) * share; };
    const std::string plan_text = fill(h.t("export.curve_plan"), {h.num(curve.plan_share_at_demo * 100.0, 0) + "%"});
    const std::string catalog_text =
        fill(h.t("export.curve_catalog_order"), {h.num(curve.catalog_order_share_at_demo * 100.0, 0) + "%"});

    h.add("<figure class=\"picture\">");
    h.add("<figcaption>" + h.te("export.curve_caption") + "</figcaption>");
    h.add("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + px(kChartWidth) + " " + px(height) +
          "\" role=\"img\" aria-label=\"" + h.te("export.value_curve") + "\" font-family=\"system-ui, sans-serif\" font-size=\"11\">");
    for (int percent = 0; percent <= 100; percent += 25) {
        const double at = y(percent / 100.0);
        h.add("<line x1=\"" + px(left) + "\" y1=\"" + px(at) + "\" x2=\"" + px(right) + "\" y2=\"" + px(at) +
              "\" stroke=\"#e1e5eb\"/>");
        h.add("<text x=\"" + px(left - 6) + "\" y=\"" + px(at + 4) + "\" text-anchor=\"end\" fill=\"#6b7385\">" +
              std::to_string(percent) + "%</text>");
    }
    const double step = span <= 12 ? 1 : span <= 60 ? 5 : span <= 120 ? 10 : span <= 300 ? 25 : 50;
    for (double hour = 0; hour <= span + kHoursTolerance; hour += step) {
        h.add("<text x=\"" + px(x(hour)) + "\" y=\"" + px(bottom + 16) + "\" text-anchor=\"middle\" fill=\"#6b7385\">" +
              h.num(hour, 0) + "</text>");
    }
    h.add("<text x=\"" + px(right) + "\" y=\"" + px(bottom + 34) + "\" text-anchor=\"end\" fill=\"#535b6b\">" +
          h.te("export.curve_hours_axis") + "</text>");
    h.add("<polyline points=\"" + polyline(curve.catalog_order, x, y) +
          "\" fill=\"none\" stroke=\"#8a93a6\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
    h.add("<polyline points=\"" + polyline(curve.plan, x, y) + "\" fill=\"none\" stroke=\"#2f6fb0\" stroke-width=\"2.5\"/>");
    const double demo_x = x(curve.demo_hour);
    h.add("<line x1=\"" + px(demo_x) + "\" y1=\"" + px(top - 8) + "\" x2=\"" + px(demo_x) + "\" y2=\"" + px(bottom) +
          "\" stroke=\"#c2453d\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>");
    // The two shares at the demo, written beside the line on the side with room.
    const bool text_left = demo_x > (left + right) / 2;
    const std::string anchor = text_left ? "end" : "start";
    const double text_x = demo_x + (text_left ? -8 : 8);
    const double plan_y = y(curve.plan_share_at_demo);
    const double catalog_y = y(curve.catalog_order_share_at_demo);
    h.add("<circle cx=\"" + px(demo_x) + "\" cy=\"" + px(plan_y) + "\" r=\"4\" fill=\"#2f6fb0\"/>");
    h.add("<circle cx=\"" + px(demo_x) + "\" cy=\"" + px(catalog_y) + "\" r=\"4\" fill=\"#8a93a6\"/>");
    // Keep the two labels apart when the shares are close.
    double plan_label_y = std::min(plan_y - 6, catalog_y - 20);
    plan_label_y = std::max(plan_label_y, top + 8);
    const double catalog_label_y = std::max(catalog_y + 16, plan_label_y + 16);
    h.add("<text x=\"" + px(text_x) + "\" y=\"" + px(plan_label_y) + "\" text-anchor=\"" + anchor +
          "\" fill=\"#1f5fa8\" font-weight=\"700\" font-size=\"12\"" + kHalo + ">" + escape_html(plan_text) + "</text>");
    h.add("<text x=\"" + px(text_x) + "\" y=\"" + px(catalog_label_y) + "\" text-anchor=\"" + anchor +
          "\" fill=\"#535b6b\" font-weight=\"600\" font-size=\"12\"" + kHalo + ">" + escape_html(catalog_text) + "</text>");
    h.add("<text x=\"" + px(demo_x + (text_left ? 4 : -4)) + "\" y=\"" + px(top - 10) + "\" text-anchor=\"" +
          (text_left ? "start" : "end") + "\" fill=\"#c2453d\" font-weight=\"600\">" + h.te("export.demo_milestone") +
          "</text>");
    h.add("</svg>");
    h.add("<ul class=\"legend\"><li><span class=\"swatch line-plan\"></span>" + h.te("export.curve_plan_legend") +
          "</li><li><span class=\"swatch line-catalog-order\"></span>" +
          h.te("export.curve_catalog_order_legend") + "</li></ul>");
    h.add("</figure>");
}

// [SECTION] Actions

void write_action(Html& h, const PlanItem& item) {
    const ActionContent a = resolve_action(h.context.catalog, h.answers, item, h.context.language);
    h.add("<article class=\"action\" id=\"action-" + escape_html(a.id) + "\">");
    h.add("<h3>" + std::to_string(a.order) + ". " + html_prose(a.title) + "</h3>");
    h.add("<p class=\"facts\"><label><input type=\"checkbox\" disabled" + std::string(a.done ? " checked" : "") + "> " +
          h.te("export.done") + "</label> · " + escape_html(hours_text(h.context, item)) + " · " +
          escape_html(fill(h.t("export.week"), {std::to_string(a.week)})) + " · " +
          escape_html(fill(h.t("export.step"), {std::to_string(a.step_number), a.step_title})) + "</p>");
    h.add("<p><strong>" + h.te("export.outcome") + ":</strong> " + html_prose(a.outcome) + "</p>");
    // The sentence's own words are built-in texts; each action it names is a link here.
    const std::string why = why_here(a, h.context.questionnaire, h.context.translations, h.context.language, [](const ActionRef& other) {
        return "\x01" + other.id + "\x02" + other.title + "\x03";
    });
    std::string why_html;
    for (std::size_t i = 0; i < why.size();) {
        if (why[i] == '\x01') {
            const std::size_t mid = why.find('\x02', i);
            const std::size_t end = why.find('\x03', mid);
            why_html += "<a href=\"#action-" + escape_html(why.substr(i + 1, mid - i - 1)) + "\">" +
                        html_prose(why.substr(mid + 1, end - mid - 1)) + "</a>";
            i = end + 1;
        } else {
            const std::size_t next = std::min(why.find('\x01', i), why.size());
            why_html += html_prose(why.substr(i, next - i));
            i = next;
        }
    }
    h.add("<p><strong>" + h.te("export.why") + ":</strong> " + why_html + "</p>");
    h.add("<h4>" + h.te("export.how") + "</h4>");
    h.add("<ol>");
    for (const std::string& step : a.steps) h.add("<li>" + html_prose(step) + "</li>");
    h.add("</ol>");
    for (const ResolvedSnippet& snippet : a.snippets) {
        std::string code = snippet.code;
        while (!code.empty() && code.back() == '\n') code.pop_back();
        h.add("<figure class=\"snippet\"><figcaption>" + html_prose(snippet.title) + " — <code>" +
              escape_html(snippet.file) + "</code></figcaption><pre><code class=\"language-" +
              escape_html(snippet.language) + "\">" + escape_html(code) + "</code></pre></figure>");
    }
    h.add("<p><strong>" + h.te("export.demo") + ":</strong> " + html_prose(a.demo) + "</p>");
    if (!a.pitfalls.empty()) {
        h.add("<h4>" + h.te("export.pitfalls") + "</h4>");
        h.add("<ul>");
        for (const std::string& pitfall : a.pitfalls) h.add("<li>" + html_prose(pitfall) + "</li>");
        h.add("</ul>");
    }
    if (!a.docs.empty()) {
        h.add("<h4>" + h.te("export.docs") + "</h4>");
        h.add("<ul>");
        for (const ResolvedDoc& doc : a.docs) {
            h.add("<li><a href=\"" + escape_html(doc.url) + "\">" + html_prose(doc.title) + "</a></li>");
        }
        h.add("</ul>");
    }
    h.add("</article>");
}


// [SECTION] The demo

// The agenda, what it takes to show more, the next phase and the page for a sponsor.
void write_demo_brief(Html& h, const Plan& plan, const DemoBrief& brief) {
    const ExportContext& context = h.context;
    h.add("<section class=\"demo-brief\" aria-labelledby=\"demo-agenda\">");
    h.add("<h2 id=\"demo-agenda\">" + h.te("demo.agenda") + "</h2>");
    if (!brief.has_demo) {
        h.add("<p>" + h.te("demo.no_agenda") + "</p>");
    } else {
        const std::string date = demo_date(context.date, plan.summary.weeks_to_demo);
        const std::string when = !date.empty() ? fill(h.t("demo.on_date"), {date})
                                               : fill(h.t("demo.in_weeks"), {std::to_string(plan.summary.weeks_to_demo)});
        const std::string style(h.t(brief.style == question_ids::demo_hands_on ? "export.style.hands-on"
                                                                               : "export.style.guided"));
        h.add("<p>" + escape_html(fill(h.t("demo.agenda_intro"), {style, std::to_string(brief.minutes), when})) + "</p>");
        h.add("<table class=\"agenda\">");
        h.add("<thead><tr><th scope=\"col\">" + h.te("demo.col_minutes") + "</th><th scope=\"col\">" +
              h.te("demo.col_what") + "</th><th scope=\"col\">" + h.te("demo.col_open") + "</th><th scope=\"col\">" +
              h.te("demo.col_say") + "</th></tr></thead>");
        h.add("<tbody>");
        for (const AgendaItem& item : brief.agenda) {
            const BriefText text = agenda_item_text(context, item);
            h.add("<tr><td class=\"num\">" + std::to_string(item.minutes) + "</td><th scope=\"row\">" +
                  html_prose(text.title) + "</th><td>" + html_prose(text.open) + "</td><td>" + html_prose(text.say) +
                  "</td></tr>");
        }
        h.add("</tbody>");
        h.add("</table>");
    }
    if (brief.hands_on || !brief.to_show_more.empty()) {
        h.add("<h3>" + h.te("demo.to_show_more") + "</h3>");
        h.add("<p>" + h.te("demo.more_intro") + "</p>");
        h.add("<ul>");
        if (brief.hands_on) h.add("<li>" + escape_html(show_more_text(context, plan, *brief.hands_on)) + "</li>");
        for (const ShowMore& more : brief.to_show_more) h.add("<li>" + escape_html(show_more_text(context, plan, more)) + "</li>");
        h.add("</ul>");
    } else if (!brief.goals_shown.empty()) {
        h.add("<h3>" + h.te("demo.to_show_more") + "</h3>");
        h.add("<p>" + h.te("demo.all_shown") + "</p>");
    }
    h.add("<h3>" + h.te("demo.next") + "</h3>");
    if (brief.next.empty()) {
        h.add("<p>" + h.te("demo.nothing_next") + "</p>");
    } else {
        h.add("<p>" + escape_html(fill(h.t("demo.next_intro"), {h.num(round_to(brief.next_hours, 4.0))})) + "</p>");
        h.add("<ul>");
        for (const NextItem& item : brief.next) {
            h.add("<li>" + escape_html(fill(h.t("demo.next_item"),
                                            {context.catalog.actions()[item.action].title.in(context.language),
                                             h.num(round_to(item.hours, 4.0))})) +
                  "</li>");
        }
        h.add("</ul>");
    }
    h.add("<h3>" + h.te("demo.sponsor") + "</h3>");
    h.add("<p class=\"meta\">" + h.te("demo.sponsor_intro") + "</p>");
    for (const SponsorParagraph& paragraph : sponsor_page(context, h.answers, plan, brief)) {
        h.add("<p><strong>" + escape_html(paragraph.heading) + "</strong><br>" + escape_html(paragraph.text) + "</p>");
    }
    h.add("</section>");
}

}  // namespace

// [SECTION] The page

std::string export_html(const ExportContext& context, const Answers& answers, const std::set<std::string>& done,
                        const Plan& plan) {
    Html h{context, answers, {}};
    const std::string org = answers.text(question_ids::org_name);
    const std::string title = org.empty() ? std::string(h.t("export.title")) : fill(h.t("export.title_for"), {org});
    h.add("<!DOCTYPE html>");
    h.add("<html lang=\"" + std::string(language_code(context.language)) + "\">");
    h.add("<head>");
    h.add("<meta charset=\"utf-8\">");
    h.add("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    // Nothing may be fetched or run: the page carries everything it shows.
    h.add("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
    h.add("<title>" + escape_html(title) + "</title>");
    h.add("<style>" + std::string(kStyle) + "</style>");
    h.add("</head>");
    h.add("<body class=\"report\">");
    h.add("<header>");
    h.add("<h1>" + escape_html(title) + "</h1>");
    h.add("<p class=\"meta\">" + html_prose(fill(h.t("export.generated"), {context.date, version()})) + "</p>");
    h.add("<p class=\"share\">" +
          html_prose(fill(h.t("export.share_code"),
                          {encode_share_link(context.questionnaire, context.catalog, answers, shared_edits(done, plan))})) +
          "</p>");
    h.add("</header>");
    h.add("<main>");

    h.add("<section aria-labelledby=\"summary\">");
    h.add("<h2 id=\"summary\">" + h.te("export.summary") + "</h2>");
    h.add("<table>");
    h.add("<tbody>");
    const SummaryText summary = summary_text(context, answers, plan);
    for (const SummaryRow& row : summary.rows) {
        h.add("<tr><th scope=\"row\">" + h.te(row.label_key) + "</th><td>" + escape_html(row.value) + "</td></tr>");
    }
    h.add("</tbody>");
    h.add("</table>");
    if (!summary.warning.empty()) h.add("<p class=\"warning\"><strong>" + escape_html(summary.warning) + "</strong></p>");
    h.add("</section>");

    if (plan.demo.outlook != DemoOutlook::no_preparation) {
        write_demo_brief(h, plan, make_demo_brief(context.questionnaire, context.catalog, answers, plan));
    }

    h.add("<section aria-labelledby=\"value-curve\">");
    h.add("<h2 id=\"value-curve\">" + h.te("export.value_curve") + "</h2>");
    if (!plan.items.empty()) write_value_curve(h, plan);
    h.add("</section>");

    h.add("<section aria-labelledby=\"timeline\">");
    h.add("<h2 id=\"timeline\">" + h.te("export.timeline") + "</h2>");
    if (!plan.items.empty()) write_timeline(h, plan);
    h.add("</section>");

    h.add("<section aria-labelledby=\"answers\">");
    h.add("<h2 id=\"answers\">" + h.te("export.answers") + "</h2>");
    h.add("<table>");
    h.add("<thead><tr><th scope=\"col\">" + h.te("export.question") + "</th><th scope=\"col\">" + h.te("export.answer") +
          "</th></tr></thead>");
    h.add("<tbody>");
    for (const Question& question : context.questionnaire.questions()) {
        h.add("<tr><th scope=\"row\">" + html_prose(question.title.in(context.language)) + "</th><td>" +
              escape_html(answer_text(question, answers, context.language, h.t("export.none"))) + "</td></tr>");
    }
    h.add("</tbody>");
    h.add("</table>");
    h.add("</section>");

    for (const bool before : {true, false}) {
        const std::string id = before ? "before-demo" : "after-demo";
        h.add("<section class=\"actions\" aria-labelledby=\"" + id + "\">");
        h.add("<h2 id=\"" + id + "\">" + h.te(before ? "export.before_demo" : "export.after_demo") + "</h2>");
        const auto [count, hours] = section_totals(plan, before);
        if (count == 0) {
            h.add("<p>" + h.te(before ? "export.nothing_before" : "export.nothing_after") + "</p>");
        } else {
            h.add("<p>" + escape_html(fill(h.t("export.section_summary"), {std::to_string(count), h.num(hours)})) + "</p>");
            for (const PlanItem& item : plan.items) {
                if (item.before_demo == before) write_action(h, item);
            }
        }
        h.add("</section>");
    }

    if (!plan.not_applicable.empty()) {
        h.add("<section aria-labelledby=\"not-applicable\">");
        h.add("<h2 id=\"not-applicable\">" + h.te("export.not_applicable") + "</h2>");
        h.add("<ul>");
        for (const std::size_t a : plan.not_applicable) {
            h.add("<li>" + html_prose(context.catalog.actions()[a].title.in(context.language)) + "</li>");
        }
        h.add("</ul>");
        h.add("</section>");
    }
    if (!plan.skipped.empty()) {
        h.add("<section aria-labelledby=\"skipped\">");
        h.add("<h2 id=\"skipped\">" + h.te("export.skipped") + "</h2>");
        h.add("<ul>");
        for (const std::size_t a : plan.skipped) {
            h.add("<li>" + html_prose(context.catalog.actions()[a].title.in(context.language)) + "</li>");
        }
        h.add("</ul>");
        h.add("</section>");
    }
    h.add("</main>");
    h.add("</body>");
    h.add("</html>");
    return h.out;
}

}  // namespace kickstart
