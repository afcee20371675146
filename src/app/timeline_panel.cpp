// The timeline: one bar per action on an hours axis with week lines, coloured by step, and
// the demo line where the hours before the demo run out; under it the value curve (this
// plan against the catalog's step order). Drawn with ImDrawList.
#include "ui.hpp"

#include "kickstart/core/value_curve.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

namespace kickstart::app {
namespace {

ImU32 step_color(std::size_t step, bool done) {
    static const std::array<ImVec4, 6> kColors = {
        ImVec4(0.21f, 0.73f, 0.64f, 1.0f), ImVec4(0.33f, 0.55f, 0.90f, 1.0f), ImVec4(0.85f, 0.60f, 0.25f, 1.0f),
        ImVec4(0.62f, 0.45f, 0.86f, 1.0f), ImVec4(0.88f, 0.42f, 0.52f, 1.0f), ImVec4(0.55f, 0.70f, 0.30f, 1.0f),
    };
    ImVec4 color = kColors[step % kColors.size()];
    if (done) color.w = 0.35f;
    return ImGui::GetColorU32(color);
}

// Which colour is which step: a swatch and the step's name for each of the six.
void draw_legend(Ui& ui) {
    const auto& steps = ui.knowledge->catalog.steps();
    ImGui::AlignTextToFramePadding();
    label_muted(ui, ui.text("plan.legend"));
    const float swatch = ImGui::GetTextLineHeight() * 0.75f;
    for (std::size_t s = 0; s < steps.size(); ++s) {
        const std::string label = std::to_string(s + 1) + " " + ui.text(steps[s].title);
        const float width = swatch + ui.px(6) + ImGui::CalcTextSize(label.c_str()).x;
        same_line_if_fits(width, ui.px(16));
        ImGui::BeginGroup();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float top = at.y + ImGui::GetStyle().FramePadding.y + (ImGui::GetTextLineHeight() - swatch) * 0.5f;
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + swatch, top + swatch),
                                                  step_color(s, false), ui.px(2));
        ImGui::Dummy(ImVec2(swatch, ImGui::GetFrameHeight()));
        ImGui::SameLine(0, ui.px(6));
        ImGui::AlignTextToFramePadding();
        ImGui::PushTextWrapPos(0.0f);  // a name longer than a phone's line wraps under itself
        ImGui::TextUnformatted(label.c_str());
        ImGui::PopTextWrapPos();
        record_last_text(Role::text, label);
        ImGui::EndGroup();
        ui.probe.record_last_item("timeline.legend." + steps[s].id);
    }
    ImGui::Dummy(ImVec2(0, ui.px(4)));
}

// The value curve on the timeline's hours axis: the share of value delivered, for this plan
// (accent) and for the catalog's step order (muted, dashed), with both shares at the demo.
void draw_value_curve(Ui& ui, float chart_x, float per_hour) {
    const ValueCurve curve = value_curve(ui.knowledge->catalog, ui.plan);
    ImGui::Dummy(ImVec2(0, ui.px(12)));
    heading(ui.fonts.heading, ui.text("export.value_curve"));
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float height = ui.px(170);
    const float top = origin.y + ImGui::GetTextLineHeight() * 0.5f;
    const float bottom = origin.y + height;
    const float right = chart_x + static_cast<float>(std::max(curve.total_hours, curve.demo_hour)) * per_hour;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Separator);
    const ImU32 muted = ImGui::GetColorU32(ui.colors().muted_text);
    const ImU32 accent = ImGui::GetColorU32(ui.colors().accent);
    const auto x = [&](double hour) { return chart_x + static_cast<float>(hour) * per_hour; };
    const auto y = [&](double share) { return bottom - (bottom - top) * static_cast<float>(share); };
    for (int percent = 0; percent <= 100; percent += 25) {
        const float at = y(percent / 100.0);
        draw->AddLine(ImVec2(chart_x, at), ImVec2(right, at), grid, ui.px(1));
        const std::string label = std::to_string(percent) + "%";
        draw->AddText(ImVec2(chart_x - ui.px(6) - ImGui::CalcTextSize(label.c_str()).x,
                             at - ImGui::GetTextLineHeight() * 0.5f),
                      muted, label.c_str());
    }
    const auto steps = [&](const std::vector<ValuePoint>& points, ImU32 color, bool dashed) {
        for (std::size_t i = 1; i < points.size(); ++i) {
            const ImVec2 from(x(points[i - 1].hour), y(points[i - 1].share));
            const ImVec2 corner(x(points[i].hour), from.y);
            const ImVec2 to(corner.x, y(points[i].share));
            if (dashed) {  // a dash every 8 px along the flat part
                for (float at = from.x; at < corner.x; at += ui.px(8)) {
                    draw->AddLine(ImVec2(at, from.y), ImVec2(std::min(at + ui.px(5), corner.x), from.y), color, ui.px(2));
                }
            } else {
                draw->AddLine(from, corner, color, ui.px(2.5f));
            }
            draw->AddLine(corner, to, color, ui.px(dashed ? 2.0f : 2.5f));
        }
    };
    steps(curve.catalog_order, muted, true);
    steps(curve.plan, accent, false);
    const ImU32 demo_color = ImGui::GetColorU32(ui.colors().error);
    const float demo_x = x(curve.demo_hour);
    draw->AddLine(ImVec2(demo_x, top), ImVec2(demo_x, bottom), demo_color, ui.px(2));
    const float plan_y = y(curve.plan_share_at_demo);
    const float catalog_y = y(curve.catalog_order_share_at_demo);
    draw->AddCircleFilled(ImVec2(demo_x, plan_y), ui.px(4), accent);
    draw->AddCircleFilled(ImVec2(demo_x, catalog_y), ui.px(4), muted);
    // Both shares written at the demo line, on the side with room, never on top of each other.
    const std::string plan_text =
        fill(ui.text("export.curve_plan"), {format_number(curve.plan_share_at_demo * 100.0, ui.state.language, 0) + "%"});
    const std::string catalog_text =
        fill(ui.text("export.curve_catalog_order"),
             {format_number(curve.catalog_order_share_at_demo * 100.0, ui.state.language, 0) + "%"});
    const float line = ImGui::GetTextLineHeight();
    const float plan_label_y = std::max(top, std::min(plan_y - line - ui.px(2), catalog_y - 2 * line - ui.px(4)));
    const float catalog_label_y = std::max(catalog_y + ui.px(2), plan_label_y + line + ui.px(2));
    const bool text_left = demo_x > (chart_x + right) * 0.5f;
    const auto place = [&](const std::string& text) {
        const float width = ImGui::CalcTextSize(text.c_str()).x;
        return text_left ? demo_x - ui.px(8) - width : demo_x + ui.px(8);
    };
    // On a patch of the background, so the curves running behind do not cross the letters.
    const ImU32 background = ImGui::GetColorU32(ImGuiCol_WindowBg);
    const auto label = [&](const std::string& text, float top_y, ImU32 color) {
        const ImVec2 at(place(text), top_y);
        draw->AddRectFilled(ImVec2(at.x - ui.px(3), at.y - ui.px(1)),
                            ImVec2(at.x + ImGui::CalcTextSize(text.c_str()).x + ui.px(3), at.y + line + ui.px(1)),
                            background, ui.px(3));
        draw->AddText(at, color, text.c_str());
    };
    label(plan_text, plan_label_y, accent);
    label(catalog_text, catalog_label_y, muted);
    ImGui::Dummy(ImVec2(right - origin.x, height + ui.px(6)));
    ui.probe.record_last_item("timeline.value_curve");
    if (SemanticNode* node = last_semantic_node()) node->name = plan_text + " " + catalog_text;
    // The legend under the chart, each entry whole on its own line: beside the chart, in the
    // titles' column, the longer Polish entries were cut and ran into the axis labels.
    const auto legend_entry = [&](const char* key, ImU32 color, bool dashed) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float mid = at.y + line * 0.5f;
        if (dashed) {
            for (float dash = at.x; dash < at.x + ui.px(18); dash += ui.px(8)) {
                draw->AddLine(ImVec2(dash, mid), ImVec2(dash + ui.px(5), mid), color, ui.px(2));
            }
        } else {
            draw->AddLine(ImVec2(at.x, mid), ImVec2(at.x + ui.px(18), mid), color, ui.px(2.5f));
        }
        ImGui::SetCursorScreenPos(ImVec2(at.x + ui.px(24), at.y));
        text_wrapped(ui.text(key));
    };
    legend_entry("export.curve_plan_legend", accent, false);
    legend_entry("export.curve_catalog_order_legend", muted, true);
}

// Narrow: the weeks as a list, each week's actions under it with their step's colour and
// whole titles, the demo line between the last week before it and the first after. Bars on
// a phone-wide axis were a few pixels per hour with titles cut to a word, and a chart that
// scrolls sideways inside a screen that scrolls down fights the finger; a list reads in the
// direction the screen scrolls. A tap on an action opens its details.
void draw_weeks(Ui& ui) {
    const Plan& plan = ui.plan;
    const auto& actions = ui.knowledge->catalog.actions();
    draw_legend(ui);
    ImGui::BeginGroup();
    int week = 0;
    bool demo_drawn = false;
    const float swatch = ImGui::GetTextLineHeight() * 0.75f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const PlanItem& item : plan.items) {
        const Action& action = actions[item.action];
        if (!demo_drawn && !item.before_demo) {
            demo_drawn = true;
            ImGui::Dummy(ImVec2(0, ui.px(4)));
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const float mid = at.y + ImGui::GetTextLineHeight() * 0.5f;
            draw->AddLine(ImVec2(at.x, mid), ImVec2(at.x + ui.px(18), mid), ImGui::GetColorU32(ui.colors().error), ui.px(2));
            ImGui::SetCursorScreenPos(ImVec2(at.x + ui.px(24), at.y));
            text_colored(ui.colors().error, ui.text("plan.demo_line"));
            ui.probe.record_last_item("timeline.demo");
        }
        if (item.week != week) {
            week = item.week;
            ImGui::Dummy(ImVec2(0, ui.px(4)));
            heading(ui.fonts.heading, fill(ui.text("plan.week_heading"), {std::to_string(week)}), 3);
            ui.probe.record_last_item("timeline.week." + std::to_string(week));
        }
        ImGui::PushID(action.id.c_str());
        ImGui::BeginGroup();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float top = at.y + (ImGui::GetTextLineHeight() - swatch) * 0.5f;
        draw->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + swatch, top + swatch), step_color(action.step, item.done),
                            ui.px(2));
        ImGui::Dummy(ImVec2(swatch, ImGui::GetTextLineHeight()));
        ImGui::SameLine(0, ui.px(8));
        const std::string label = std::to_string(item.order) + ". " + ui.text(action.title);
        if (item.done) {
            text_muted(ui, label);
        } else {
            text_wrapped(label);
        }
        // The hours after the title, whole ("0,5 h" broke at its comma inside wrapped text).
        const std::string hours = fill(ui.text("plan.hours"), {format_number(item.effort_hours, ui.state.language)});
        same_line_if_fits(ImGui::CalcTextSize(hours.c_str()).x, ui.px(8));
        if (ImGui::GetCursorPosX() < ImGui::GetItemRectMin().x - ImGui::GetWindowPos().x) {
            ImGui::SetCursorPosX(ImGui::GetItemRectMin().x - ImGui::GetWindowPos().x + ImGui::GetScrollX());
        }
        label_muted(ui, hours);
        ImGui::EndGroup();
        ui.probe.record_last_item("timeline.item." + action.id);
        hand_cursor_on_hover();
        if (ImGui::IsItemClicked()) {
            ui.state.selected_action = action.id;
            ui.state.plan_view = PlanView::actions;
            ui.state.details_open = true;
        }
        ImGui::PopID();
    }
    ImGui::EndGroup();
    ui.probe.record_last_item("timeline.area");
    const float axis_labels = ImGui::CalcTextSize("100%").x + ui.px(8);
    const ValueCurve curve = value_curve(ui.knowledge->catalog, ui.plan);
    const double hours = std::max({curve.total_hours, curve.demo_hour, 1.0});
    const float chart_x = ImGui::GetCursorScreenPos().x + axis_labels;
    const float width = ImGui::GetContentRegionAvail().x - axis_labels - ui.px(8);
    draw_value_curve(ui, chart_x, width / static_cast<float>(hours));
}

}  // namespace

void draw_timeline(Ui& ui) {
    const Plan& plan = ui.plan;
    if (plan.items.empty()) {
        text_muted(ui, ui.text("plan.empty"));
        return;
    }
    if (ui.layout.narrow) {
        draw_weeks(ui);
        return;
    }
    const auto& actions = ui.knowledge->catalog.actions();
    const double per_week = static_cast<double>(plan.summary.hours_per_week);
    const double horizon = std::max(plan.summary.total_hours, plan.summary.hours_available);

    ImGui::BeginChild("timeline", ImVec2(0, 0), false, ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NavFlattened);
    draw_legend(ui);
    const float row = ImGui::GetTextLineHeight() + ui.px(10);
    const float axis = ImGui::GetTextLineHeightWithSpacing() + ui.px(6);
    const float label_width = std::min(ui.px(340), ImGui::GetContentRegionAvail().x * 0.35f);
    const float chart_width = std::max(ui.px(300), ImGui::GetContentRegionAvail().x - label_width - ui.px(16));
    const float per_hour = chart_width / static_cast<float>(horizon);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float chart_x = origin.x + label_width;
    const float height = axis + row * static_cast<float>(plan.items.size());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 grid = ImGui::GetColorU32(ImGuiCol_Separator);
    const ImU32 muted = ImGui::GetColorU32(ui.colors().muted_text);

    // Week lines, labelled; labels thinned out when weeks are narrow.
    const float week_width = static_cast<float>(per_week) * per_hour;
    const int label_every = std::max(1, static_cast<int>(std::ceil(ui.px(70) / std::max(week_width, 1.0f))));
    // A label that would run past the chart's right edge (cut off there) ends at the edge.
    const float chart_right = chart_x + chart_width;
    float labelled_to = -1e9f;  // where the last label drawn ends
    for (int week = 0; static_cast<double>(week) * per_week <= horizon + 1e-9; ++week) {
        const float x = chart_x + static_cast<float>(static_cast<double>(week) * per_week) * per_hour;
        draw->AddLine(ImVec2(x, origin.y + axis - ui.px(4)), ImVec2(x, origin.y + height), grid, ui.px(1));
        if (week % label_every == 0 && static_cast<double>(week) * per_week < horizon) {
            const std::string label = fill(ui.text("plan.weeks_axis"), {std::to_string(week + 1)});
            const float width = ImGui::CalcTextSize(label.c_str()).x;
            const float left = std::min(x + ui.px(4), chart_right - width);
            if (left < labelled_to + ui.px(6)) continue;  // no room left for it
            draw->AddText(ImVec2(left, origin.y), muted, label.c_str());
            labelled_to = left + width;
        }
    }

    const PlanItem* hovered = nullptr;
    for (std::size_t i = 0; i < plan.items.size(); ++i) {
        const PlanItem& item = plan.items[i];
        const Action& action = actions[item.action];
        const float y = origin.y + axis + row * static_cast<float>(i);
        const std::string label = std::to_string(item.order) + ". " + ui.text(action.title);
        // Cut with "…" where it does not fit; the tooltip below has the whole title.
        text_ellipsis(ui, label, ImVec2(origin.x, y + ui.px(5)), label_width - ui.px(8),
                      item.done ? ui.colors().muted_text : ImGui::GetStyle().Colors[ImGuiCol_Text]);
        const ImVec2 bar_min(chart_x + static_cast<float>(item.start_hour) * per_hour, y + ui.px(3));
        const ImVec2 bar_max(std::max(bar_min.x + ui.px(3), chart_x + static_cast<float>(item.finish_hour) * per_hour),
                             y + row - ui.px(3));
        draw->AddRectFilled(bar_min, bar_max, step_color(action.step, item.done), ui.px(3));
        if (ImGui::IsMouseHoveringRect(ImVec2(origin.x, y), ImVec2(chart_x + chart_width, y + row))) hovered = &item;
    }

    // The demo line.
    const float demo_x = chart_x + static_cast<float>(plan.summary.hours_available) * per_hour;
    const ImU32 accent = ImGui::GetColorU32(ui.colors().error);
    draw->AddLine(ImVec2(demo_x, origin.y + axis - ui.px(6)), ImVec2(demo_x, origin.y + height), accent, ui.px(2));
    const std::string demo = std::string(ui.text("plan.demo_line"));
    const float demo_width = ImGui::CalcTextSize(demo.c_str()).x;
    draw->AddText(ImVec2(std::max(chart_x, demo_x - demo_width - ui.px(4)), origin.y + axis - ui.px(2) - ImGui::GetTextLineHeight()),
                  accent, demo.c_str());

    ImGui::InvisibleButton("timeline.area", ImVec2(label_width + chart_width, height));
    ui.probe.record_last_item("timeline.area");
    if (SemanticNode* node = last_semantic_node()) node->name = ui.text("plan.tab_timeline");
    if (hovered != nullptr) {
        const Action& action = actions[hovered->action];
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        tooltip(ui, std::to_string(hovered->order) + ". " + ui.text(action.title) + "\n" +
                        fill(ui.text("plan.hours"), {format_number(hovered->effort_hours, ui.state.language)}) + " · " +
                        fill(ui.text("plan.week"), {std::to_string(hovered->week)}));
        if (ImGui::IsItemClicked()) {
            ui.state.selected_action = action.id;
            ui.state.plan_view = PlanView::actions;
        }
    }
    draw_value_curve(ui, chart_x, per_hour);
    ImGui::EndChild();
}

}  // namespace kickstart::app
