// The plan screen: summary figures, downloads and sharing, the ordered actions with their
// details, and the timeline.
//
// Index of this file:
// [SECTION] Header: title, figures, actions on the whole plan
// [SECTION] The list of actions
// [SECTION] The selected action's details
#include "focus_order.hpp"
#include "ui.hpp"

#include "kickstart/core/action_content.hpp"
#include "kickstart/core/demo_brief.hpp"
#include "kickstart/core/export_formats.hpp"
#include "kickstart/core/numbers.hpp"
#include "kickstart/core/plan_io.hpp"
#include "kickstart/core/share_link.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>

namespace kickstart::app {
namespace {

// [SECTION] Header: title, figures, actions on the whole plan

// A short or narrow window shrinks the header to a few short lines, so the list of actions
// keeps most of the window (layout.hpp).
bool compact_header(const Ui& ui) { return ui.layout.compact_header(); }

// Whether the plan's buttons wait in two menus (the downloads, and the rarer actions behind
// More): on a narrow screen, and wherever in rows they would take more than two (a tablet
// with a finger's 44 px targets took three).
bool plan_buttons_in_menus(const Ui& ui) {
    if (ui.layout.narrow) return true;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    float total = 0.0f;
    for (const ExportFormat& format : export_formats()) {
        total += button_width("↓ " + std::string(ui.text(format.label_key))) + spacing;
    }
    const std::string_view leave_out = ui.text("plan.leave_out_done");
    total += ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
             ImGui::CalcTextSize(leave_out.data(), leave_out.data() + leave_out.size()).x + spacing;
    for (const std::string_view key : {"plan.copy_link", "plan.open_file", "plan.edit_answers", "plan.start_over"}) {
        total += button_width(ui.text(key)) + spacing;
    }
    return total > 2.0f * ImGui::GetContentRegionAvail().x;
}

struct Figure {
    std::string value;         // "10 / 27"
    std::string_view caption;  // what the figure is, not its value again
    std::string_view id;
    std::string_view help;     // a tooltip, or empty
};

// Full size: the value large, the caption under it, in one of five columns.
void figure(Ui& ui, const Figure& f, float width) {
    ImGui::BeginGroup();
    ImGui::PushFont(ui.fonts.title);
    ImGui::TextUnformatted(f.value.c_str());
    ImGui::PopFont();
    record_last_text(Role::text, f.value);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - ui.px(12));
    text_muted(ui, f.caption);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

// Compact: value and caption on one line in body type, the value in the text colour and
// the caption muted, figures side by side (wrapping only if they must).
void figure_inline(Ui& ui, const Figure& f, bool first) {
    const float gap = ui.px(5);
    const float width = ImGui::CalcTextSize(f.value.c_str()).x + gap +
                        ImGui::CalcTextSize(f.caption.data(), f.caption.data() + f.caption.size()).x;
    if (!first) same_line_if_fits(width, ui.px(18));
    ImGui::BeginGroup();
    ImGui::TextUnformatted(f.value.c_str());
    record_last_text(Role::text, f.value);
    ImGui::SameLine(0, gap);
    label_muted(ui, f.caption);
    ImGui::EndGroup();
}

// Narrow: two figures a row, the value in the heading face over its caption, both wrapping
// inside their cell (a phone cut "11 / 27" to "11 / 2" on one line).
void figure_cell(Ui& ui, const Figure& f, float width) {
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - ui.px(12));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(f.value.c_str());
    ImGui::PopFont();
    record_last_text(Role::text, f.value);
    text_muted(ui, f.caption);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
}

void export_file(Ui& ui, const ExportFormat& format) {
    const Knowledge& k = *ui.knowledge;
    const std::string date = ui.host.today();
    const ExportContext context{k.questionnaire, k.catalog, k.translations, ui.state.language, date,
                                ui.state.leave_out_done};
    const std::string name = export_file_name(format, date);
    ui.host.download(name, format.mime_type, format.write(context, ui.state.answers, ui.state.edits.done, ui.plan));
    ui.state.notice = Notice{{"notice.downloaded", {name}}, NoticeKind::success};
}

void draw_header(Ui& ui) {
    const bool compact = compact_header(ui);
    const std::string org = ui.state.answers.text(question_ids::org_name);
    heading(compact ? ui.fonts.heading : ui.fonts.title,
            org.empty() ? std::string(ui.text("plan.title")) : fill(ui.text("plan.title_for"), {org}));

    const PlanSummary& s = ui.plan.summary;
    const std::string total = std::to_string(ui.plan.items.size());
    const bool exact = s.method == OrderMethod::exact;
    // The share of value in words; the exact figure and how the order was found in its tooltip.
    const std::string value_help =
        fill(ui.text("demo.value_help"), {format_number(s.value_share_before_demo * 100.0, ui.state.language, 0),
                                          ui.text(exact ? "plan.order_exact_help" : "plan.order_heuristic_help")});
    const Figure figures[] = {
        {format_number(round_to(s.hours_available, 4.0), ui.state.language), ui.text("plan.hours_before_demo"),
         "plan.figure.hours", {}},
        {share_in_words(s.value_share_before_demo, ui.translations, ui.state.language), ui.text("demo.value_caption"),
         "plan.figure.value", value_help},
        {std::to_string(s.actions_before_demo) + " / " + total, ui.text("plan.actions_before_demo"),
         "plan.figure.actions", {}},
        {std::to_string(s.done_count) + " / " + total, ui.text("plan.done_caption"), "plan.figure.done", {}},
    };
    const auto finish = [&](const Figure& f) {
        ui.probe.record_last_item(f.id);
        if (!f.help.empty() && ImGui::IsItemHovered()) tooltip(ui, f.help);
    };
    // Side by side in columns while the widest value fits its column (a phone's narrow window
    // takes them as lines of text instead).
    float widest = 0.0f;
    ImGui::PushFont(ui.fonts.title);
    for (const Figure& f : figures) widest = std::max(widest, ImGui::CalcTextSize(f.value.c_str()).x);
    ImGui::PopFont();
    const bool in_columns =
        !compact && ImGui::GetContentRegionAvail().x / static_cast<float>(std::size(figures)) >= widest + ui.px(24);
    if (ui.layout.narrow && !ui.layout.short_height) {  // short: one line of them, below
        constexpr int kPerRow = 2;
        const float width = ImGui::GetContentRegionAvail().x / static_cast<float>(kPerRow);
        ImGui::Columns(kPerRow, "figures", false);
        for (Figure f : figures) {
            if (f.id != figures[0].id) ImGui::NextColumn();
            if (f.id == "plan.figure.value") f.caption = ui.text("demo.value_caption_short");
            figure_cell(ui, f, width);
            finish(f);
        }
        ImGui::Columns(1);
    } else if (!in_columns) {
        // The figures on one line under the title (wrapping where they must), the value's
        // caption in its short form.
        bool first = true;
        for (Figure f : figures) {
            if (f.id == "plan.figure.value") f.caption = ui.text("demo.value_caption_short");
            figure_inline(ui, f, first);
            finish(f);
            first = false;
        }
    } else {
        const float width = ImGui::GetContentRegionAvail().x / static_cast<float>(std::size(figures));
        ImGui::Columns(static_cast<int>(std::size(figures)), "figures", false);
        for (const Figure& f : figures) {
            if (&f != &figures[0]) ImGui::NextColumn();
            figure(ui, f, width);
            finish(f);
        }
        ImGui::Columns(1);
    }
    if (!compact) {
        text_muted(ui, ui.text("demo.order_note"));
        ui.probe.record_last_item("plan.order_note");
    }
    ImGui::Dummy(ImVec2(0, ui.px(compact ? 0 : 4)));
    // Which demo is ready on the demo date, before anything else: in the error colour when it
    // is not the one the user chose.
    const DemoOutlook outlook = ui.plan.demo.outlook;
    if (outlook != DemoOutlook::no_preparation) {
        const std::string notice = demo_outlook_text(ui.plan.demo, ui.plan, ui.translations, ui.state.language);
        if (outlook == DemoOutlook::ready) {
            text_muted(ui, notice);
        } else {
            text_colored(ui.colors().error, notice);
        }
        ui.probe.record_last_item("plan.demo_outlook");
    } else if (!s.demo_needs_fit) {  // the demo's must-haves do not fit: say so before anything else
        text_colored(ui.colors().error, fill(ui.text("export.demo_does_not_fit"),
                                             {format_number(s.demo_needs_hours, ui.state.language),
                                              format_number(s.hours_available, ui.state.language)}));
        ui.probe.record_last_item("plan.demo_does_not_fit");
    }

    // The actions on the whole plan, in one row as long as they fit: a download per export
    // format (the first one primary), then sharing and the rest.
    const auto next = [&](std::string_view label) { same_line_if_fits(button_width(label)); };
    const std::string date = ui.host.today();
    // A download button; in the page's mirror, a link to the file (save link as...).
    const auto download_button = [&](const ExportFormat& format, const std::string& label, bool primary,
                                      float width) {
        const std::string id = "plan.download_" + std::string(format.name);
        const bool pressed = primary ? primary_button(ui, label, id, width) : button(ui, label, id, width);
        if (SemanticNode* node = last_semantic_node(); node != nullptr && node->id == id) {
            node->role = Role::link;
            node->download = format.name;
            node->value = export_file_name(format, date);
        }
        return pressed;
    };
    const auto downloads = [&] {
        bool first = true;
        for (const ExportFormat& format : export_formats()) {
            const std::string label = "↓ " + std::string(ui.text(format.label_key));
            if (!first) next(label);
            if (download_button(format, label, first, 0.0f)) export_file(ui, format);
            first = false;
        }
        // Only the issue-tracker files read it; beside their buttons.
        const std::string_view leave_out = ui.text("plan.leave_out_done");
        same_line_if_fits(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                          ImGui::CalcTextSize(leave_out.data(), leave_out.data() + leave_out.size()).x);
        ImGui::PushTextWrapPos(0.0f);
        checkbox(ui, leave_out, "plan.leave_out_done", ui.state.leave_out_done);
        ImGui::PopTextWrapPos();
    };
    const auto copy_link = [&] {
        if (button(ui, ui.text("plan.copy_link"), "plan.copy_link")) {
            const Knowledge& k = *ui.knowledge;
            copy_text(ui,
                      ui.host.page_address(encode_share_link(k.questionnaire, k.catalog, ui.state.answers, ui.state.edits)),
                      "notice.copied_link");
        }
    };
    // Opening a plan file, editing the answers and starting over: in the row, or one a line in
    // a menu (`width` set); returns whether one was pressed.
    const auto other_actions = [&](float width) {
        const auto action = [&](std::string_view key) {
            if (width == 0.0f) next(ui.text(key));
            return button(ui, ui.text(key), key, width);
        };
        bool pressed = false;
        if (action("plan.open_file")) {
            ui.host.pick_plan_file();
            pressed = true;
        }
        if (action("plan.edit_answers")) {
            ui.state.screen = Screen::questions;
            ui.state.section = 0;
            pressed = true;
        }
        if (action("plan.start_over")) {
            ui.state.dialog = Dialog::start_over;
            pressed = true;
        }
        return pressed;
    };
    if (!plan_buttons_in_menus(ui)) {
        downloads();
        next(ui.text("plan.copy_link"));
        copy_link();
        other_actions(0.0f);
        return;
    }
    // Three buttons on one line: the downloads and the rarer actions each open a menu, one a
    // line (all of them in rows took a phone's first screen).
    const float menu_width = std::min(ui.px(240), ImGui::GetContentRegionAvail().x);
    // A menu of `lines` buttons opens under its button, or above it where the screen ends
    // below, or else as low as the screen allows; no wider than the window.
    const auto menu_fits = [&](int lines) {
        const ImGuiStyle& style = ImGui::GetStyle();
        const float height = static_cast<float>(lines) * (ImGui::GetFrameHeight() + style.ItemSpacing.y) +
                             2.0f * style.WindowPadding.y;
        const ImVec2 button_min = ImGui::GetItemRectMin();
        const ImVec2 button_max = ImGui::GetItemRectMax();
        const float gap = ui.px(4);
        const ImVec2 screen = ImGui::GetIO().DisplaySize;
        // Its right edge no further right than the content's (the page's margin stays).
        const float content_right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
        const float x =
            std::max(0.0f, std::min(button_min.x, std::min(screen.x - gap, content_right) - menu_width -
                                                      2.0f * style.WindowPadding.x));
        if (button_max.y + gap + height <= screen.y) {
            ImGui::SetNextWindowPos(ImVec2(x, button_max.y + gap));
        } else if (button_min.y - gap - height >= 0.0f) {
            ImGui::SetNextWindowPos(ImVec2(x, button_min.y - gap), ImGuiCond_Always, ImVec2(0.0f, 1.0f));
        } else {  // over the button, down to the screen's end (the top bar stays clear)
            ImGui::SetNextWindowPos(ImVec2(x, std::max(gap, screen.y - gap - height)));
        }
        ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(ImGui::GetContentRegionAvail().x, FLT_MAX));
    };
    const std::string label = "↓ " + std::string(ui.text("plan.downloads"));
    if (primary_button(ui, label, "plan.downloads")) ImGui::OpenPopup("###plan.downloads_menu");
    mark_popup_button(ImGui::IsPopupOpen("###plan.downloads_menu"));
    menu_fits(static_cast<int>(export_formats().size()) + 2);
    if (ImGui::BeginPopup("###plan.downloads_menu")) {
        ui.probe.semantics().begin_group(Role::group, "plan.downloads_menu", ui.text("plan.downloads"));
        for (const ExportFormat& format : export_formats()) {
            const std::string item = "↓ " + std::string(ui.text(format.label_key));
            if (download_button(format, item, false, menu_width)) {
                export_file(ui, format);
                ImGui::CloseCurrentPopup();
            }
        }
        // The box, then its label wrapping beside it (a box's own label does not wrap).
        const std::string_view leave_out = ui.text("plan.leave_out_done");
        checkbox(ui, "", "plan.leave_out_done", ui.state.leave_out_done);
        if (SemanticNode* node = last_semantic_node()) node->name = leave_out;
        ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + menu_width - ImGui::GetFrameHeight());
        ImGui::TextUnformatted(leave_out.data(), leave_out.data() + leave_out.size());
        ImGui::PopTextWrapPos();
        if (ImGui::IsItemClicked()) ui.state.leave_out_done = !ui.state.leave_out_done;
        ui.probe.semantics().end_group();
        ImGui::EndPopup();
    }
    next(ui.text("plan.copy_link"));
    copy_link();
    const std::string_view more = ui.text("plan.more");
    next(more);
    if (button(ui, more, "plan.more")) ImGui::OpenPopup("###plan.more_menu");
    mark_popup_button(ImGui::IsPopupOpen("###plan.more_menu"));
    menu_fits(3);
    if (ImGui::BeginPopup("###plan.more_menu")) {
        ui.probe.semantics().begin_group(Role::group, "plan.more_menu", more);
        if (other_actions(menu_width)) ImGui::CloseCurrentPopup();
        ui.probe.semantics().end_group();
        ImGui::EndPopup();
    }
}

// [SECTION] The list of actions

const PlanItem* selected_item(const Ui& ui) {
    for (const PlanItem& item : ui.plan.items) {
        if (ui.knowledge->catalog.actions()[item.action].id == ui.state.selected_action) return &item;
    }
    return ui.plan.items.empty() ? nullptr : &ui.plan.items.front();
}

void draw_item_row(Ui& ui, const PlanItem& item, const PlanItem* selected) {
    const Action& action = ui.knowledge->catalog.actions()[item.action];
    ImGui::PushID(action.id.c_str());
    ui.probe.semantics().begin_group(Role::list_item, "plan.row." + action.id, {});
    bool done = item.done;
    if (checkbox(ui, "", "plan.done." + action.id, done)) {
        if (done) {
            ui.state.edits.done.insert(action.id);
        } else {
            ui.state.edits.done.erase(action.id);
        }
    }
    if (SemanticNode* node = last_semantic_node()) node->name = std::string(ui.text("plan.done")) + ": " + ui.text(action.title);
    if (ImGui::IsItemHovered()) tooltip(ui, ui.text("plan.done"));
    ImGui::SameLine();
    const std::string effort = fill(ui.text("plan.hours"), {format_number(item.effort_hours, ui.state.language)});
    const float effort_width = ImGui::CalcTextSize(effort.c_str()).x;
    const std::string title = std::to_string(item.order) + ". " + ui.text(action.title);
    const float width = ImGui::GetContentRegionAvail().x - effort_width - ImGui::GetStyle().ItemSpacing.x - ui.px(4);
    // The row is a selectable without a label; the title is drawn over it, ending in "…"
    // where it does not fit (never cut mid-word without a sign), whole in the tooltip.
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImVec2 text_pos(window->DC.CursorPos.x, window->DC.CursorPos.y + window->DC.CurrLineTextBaseOffset);
    // On a coarse pointer the row is a touch target as tall as the box beside it, from the
    // box's top (a Selectable otherwise starts lower, by the line's text offset).
    const bool touch_row = ui.state.coarse_pointer;
    if (touch_row) window->DC.CurrLineTextBaseOffset = 0.0f;
    if (ImGui::Selectable("###row", selected == &item, 0, ImVec2(width, touch_row ? ImGui::GetFrameHeight() : 0.0f))) {
        ui.state.selected_action = action.id;
        ui.state.details_open = ui.layout.narrow;  // one pane at a time: the details replace the list
    }
    if (selected == &item && ui.state.reveal_selected) {
        ImGui::SetScrollHereY(0.5f);
        ui.state.reveal_selected = false;
    }
    hand_cursor_on_hover();
    ui.probe.record_last_item("plan.item." + action.id);
    if (SemanticNode* node = last_semantic_node()) node->selected = selected == &item;
    if (text_ellipsis(ui, title, text_pos, width, item.done ? ui.colors().muted_text : ImGui::GetStyle().Colors[ImGuiCol_Text]) &&
        ImGui::IsItemHovered()) {
        tooltip(ui, title);
    }
    ImGui::SameLine();
    if (touch_row) ImGui::AlignTextToFramePadding();  // the hours on the title's line again
    label_muted(ui, effort);
    ui.probe.semantics().end_group();
    ImGui::PopID();
}

// The actions the user skipped, after the plan's, each with a way back into it.
void draw_skipped_group(Ui& ui) {
    if (ui.plan.skipped.empty()) return;
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    heading(ui.fonts.heading, fill(ui.text("plan.skipped_group"), {std::to_string(ui.plan.skipped.size())}));
    ui.probe.record_last_item("plan.heading.skipped");
    const std::string_view bring_back = ui.text("plan.bring_back");
    for (const std::size_t index : ui.plan.skipped) {
        const Action& action = ui.knowledge->catalog.actions()[index];
        ImGui::PushID(action.id.c_str());
        // The title in the column of the plan's titles (after where their Done box is).
        const float indent = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x;
        ImGui::Indent(indent);
        const float button_space = button_width(bring_back);
        const float width = ImGui::GetContentRegionAvail().x - button_space - ImGui::GetStyle().ItemSpacing.x;
        const ImGuiWindow* window = ImGui::GetCurrentWindow();
        const float row_height = ImGui::GetFrameHeight();
        const ImVec2 text_pos(window->DC.CursorPos.x, window->DC.CursorPos.y + ImGui::GetStyle().FramePadding.y);
        const std::string& title = ui.text(action.title);
        ImGui::Dummy(ImVec2(width, row_height));
        if (text_ellipsis(ui, title, text_pos, width, ui.colors().muted_text) && ImGui::IsItemHovered()) {
            tooltip(ui, title);
        }
        ImGui::SameLine();
        if (button(ui, bring_back, "plan.bring_back." + action.id)) {
            ui.state.edits.skipped.erase(action.id);
            ui.state.selected_action = action.id;
        }
        ImGui::Unindent(indent);
        ImGui::PopID();
    }
}

// Before / after the demo | By step.
void draw_grouping(Ui& ui) {
    int grouping = ui.state.group_by_step ? 1 : 0;
    if (segmented(ui, "plan.group", {ui.text("plan.group_demo"), ui.text("plan.group_steps")}, grouping)) {
        ui.state.group_by_step = grouping == 1;
    }
}

float grouping_width(const Ui& ui) {
    return button_width(ui.text("plan.group_demo")) + button_width(ui.text("plan.group_steps")) + ui.px(2);
}

// Narrow: the rows are part of the screen, which scrolls as one (the list is never a strip
// under the header); wide: a region of its own under the header.
void draw_list(Ui& ui, const PlanItem* selected, bool with_grouping) {
    if (with_grouping) draw_grouping(ui);
    ImGui::Dummy(ImVec2(0, ui.px(6)));  // rows scrolled up are cut clear of the toggle above
    const bool own_region = ui.layout.two_panes();
    if (own_region) {
        ImGui::BeginChild("plan.list", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    } else {
        ImGui::BeginGroup();
    }
    ui.probe.semantics().begin_group(Role::list, "plan.list", ui.text("plan.tab_actions"));
    if (ui.plan.items.empty()) text_muted(ui, ui.text("plan.empty"));
    const auto& steps = ui.knowledge->catalog.steps();
    if (ui.state.group_by_step) {
        for (std::size_t s = 0; s < steps.size(); ++s) {
            bool any = false;
            for (const PlanItem& item : ui.plan.items) {
                if (ui.knowledge->catalog.actions()[item.action].step != s) continue;
                if (!any) {
                    ImGui::Dummy(ImVec2(0, ui.px(4)));
                    heading(ui.fonts.heading, fill(ui.text("plan.step"), {std::to_string(s + 1), ui.text(steps[s].title)}));
                    ui.probe.record_last_item("plan.heading.step." + steps[s].id);
                    any = true;
                }
                draw_item_row(ui, item, selected);
            }
        }
    } else {
        for (const bool before : {true, false}) {
            bool any = false;
            for (const PlanItem& item : ui.plan.items) {
                if (item.before_demo != before) continue;
                if (!any) {
                    ImGui::Dummy(ImVec2(0, ui.px(4)));
                    heading(ui.fonts.heading, ui.text(before ? "export.before_demo" : "export.after_demo"));
                    ui.probe.record_last_item(before ? "plan.heading.before_demo" : "plan.heading.after_demo");
                    any = true;
                }
                draw_item_row(ui, item, selected);
            }
        }
    }
    draw_skipped_group(ui);
    ui.probe.semantics().end_group();
    if (own_region) {
        ImGui::EndChild();
    } else {
        ImGui::EndGroup();
    }
    ui.probe.record_last_item("plan.list");
}

// [SECTION] The selected action's details

void section_title(Ui& ui, std::string_view key) {
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(ui.text(key).data(), ui.text(key).data() + ui.text(key).size());
    ImGui::PopFont();
    record_last_text(Role::heading, ui.text(key), 3);
}

void draw_snippet(Ui& ui, const ResolvedSnippet& snippet, std::size_t index) {
    ImGui::PushID(static_cast<int>(index));
    const std::string& code = snippet.code;
    text_wrapped(snippet.title + "  ·  " + snippet.file);
    // Narrow: Copy above the box, in reach however far the code scrolls sideways.
    if (ui.layout.narrow && button(ui, ui.text("plan.copy"), "plan.snippet.copy." + std::to_string(index))) {
        copy_text(ui, code, "notice.copied_snippet");
    }
    const float lines = static_cast<float>(std::count(code.begin(), code.end(), '\n') + 1);
    const float height = std::min(lines, 18.0f) * ui.fonts.mono->FontSize * 1.2f + ImGui::GetStyle().WindowPadding.y * 2;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
    ImGui::BeginChild("code", ImVec2(0, height), true, ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::PushFont(ui.fonts.mono);
    ImGui::TextUnformatted(code.c_str());
    ImGui::PopFont();
    record_last_text(Role::code, code);
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ui.probe.record_last_item("plan.snippet.code." + std::to_string(index));
    if (!ui.layout.narrow && button(ui, ui.text("plan.copy"), "plan.snippet.copy." + std::to_string(index))) {
        copy_text(ui, code, "notice.copied_snippet");
    }
    ImGui::PopID();
}

// What typed text means as hours: a number with either decimal separator, or nothing.
std::optional<double> typed_hours(std::string_view typed) {
    std::string text;
    for (const char c : typed) {
        if (c != ' ') text += c == ',' ? '.' : c;
    }
    if (text.empty() || text.find_first_not_of("0123456789.") != std::string::npos) return std::nullopt;
    char* end = nullptr;
    const double hours = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size()) return std::nullopt;
    return hours;
}

// "My estimate": the hours typed are taken at once when they are a number of hours in range
// (in quarter hours), the plan recomputed; otherwise a message under the field says why.
void draw_estimate(Ui& ui, const PlanItem& item, const Action& action) {
    const Language language = ui.state.language;
    const std::string message_key = "estimate." + action.id;
    const std::string shown = format_number(item.effort_hours, language);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(ui.text("plan.my_estimate").data(),
                           ui.text("plan.my_estimate").data() + ui.text("plan.my_estimate").size());
    ImGui::SameLine();
    std::array<char, 32> buffer{};
    std::copy_n(shown.begin(), std::min(shown.size(), buffer.size() - 1), buffer.begin());
    ImGui::SetNextItemWidth(ui.px(80));
    if (ImGui::InputText(labelled_id("", "plan.details.estimate").c_str(), buffer.data(), buffer.size(),
                         ImGuiInputTextFlags_AutoSelectAll)) {
        const std::string typed(buffer.data());
        const std::optional<double> hours = typed_hours(typed);
        if (typed.find_first_not_of(' ') == std::string::npos) {
            // still typing: the estimate stays as it was
        } else if (!hours) {
            ui.state.field_messages[message_key] = Message{"question.not_a_number", {typed, shown}};
        } else if (const auto estimate = valid_estimate(*hours)) {
            ui.state.edits.hours.insert_or_assign(action.id, *estimate);
            ui.state.field_messages.erase(message_key);
        } else {
            ui.state.field_messages[message_key] =
                Message{"plan.estimate_out_of_range", {format_number(kMaxEstimateHours, language), shown}};
        }
    }
    ui.probe.record_last_item("plan.details.estimate");
    ImGui::SameLine();
    ImGui::TextUnformatted("h");
    if (item.user_estimate) {
        const std::string reset = fill(ui.text("plan.estimate_reset"), {format_number(item.catalog_hours, language)});
        same_line_if_fits(button_width(reset));
        if (button(ui, reset, "plan.details.estimate_reset")) {
            ui.state.edits.hours.erase(action.id);
            ui.state.field_messages.erase(message_key);
        }
    }
    if (const auto message = ui.state.field_messages.find(message_key); message != ui.state.field_messages.end()) {
        text_colored(ui.colors().error, message_text(message->second, ui.translations, language));
        ui.probe.record_last_item("plan.details.estimate.message");
    }
    // With the user's estimate, the reset button already names the catalog's.
    if (!item.user_estimate) {
        ImGui::PushTextWrapPos(0.0f);
        text_muted(ui, fill(ui.text("plan.estimate_hint"), {format_number(item.catalog_hours, language)}));
        ImGui::PopTextWrapPos();
    }
}

// "Skip this action": out of the plan, the next action selected. The demo's preparation is
// the plan's point and cannot be skipped.
void draw_skip(Ui& ui, const PlanItem& item, const Action& action) {
    ImGui::Dummy(ImVec2(0, ui.px(2)));
    ImGui::PushTextWrapPos(0.0f);
    if (ui.plan.demo.preparation == item.action) {
        text_muted(ui, ui.text("plan.skip_preparation"));
        ImGui::PopTextWrapPos();
        return;
    }
    if (button(ui, ui.text("plan.skip"), "plan.details.skip")) {
        ui.state.edits.skipped.insert(action.id);
        const auto& items = ui.plan.items;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (&items[i] != &item) continue;
            const std::size_t next = i + 1 < items.size() ? i + 1 : (i > 0 ? i - 1 : i);
            ui.state.selected_action = next == i ? std::string() : ui.knowledge->catalog.actions()[items[next].action].id;
        }
    }
    text_muted(ui, ui.text("plan.skip_hint"));
    ImGui::PopTextWrapPos();
}

void draw_details(Ui& ui, const PlanItem& item) {
    const Language language = ui.state.language;
    const ActionContent a = resolve_action(ui.knowledge->catalog, ui.state.answers, item, language);
    heading(ui.fonts.heading, std::to_string(a.order) + ". " + a.title);
    const std::string hours = fill(ui.text("plan.hours"), {format_number(a.effort_hours, language)}) +
                              (item.user_estimate ? " (" + std::string(ui.text("plan.estimate_yours")) + ")" : "");
    text_muted(ui, fill(ui.text("plan.step"), {std::to_string(a.step_number), a.step_title}) + "  ·  " + hours +
                       "  ·  " + fill(ui.text("plan.week"), {std::to_string(a.week)}));
    bool done = a.done;
    if (checkbox(ui, ui.text("plan.done"), "plan.details.done", done)) {
        if (done) {
            ui.state.edits.done.insert(a.id);
        } else {
            ui.state.edits.done.erase(a.id);
        }
    }
    const Action& action = ui.knowledge->catalog.actions()[item.action];
    draw_estimate(ui, item, action);
    draw_skip(ui, item, action);
    section_title(ui, "export.outcome");
    text_wrapped(a.outcome);

    section_title(ui, "export.why");
    text_wrapped(why_here(a, ui.knowledge->questionnaire, ui.translations, language, [](const ActionRef& other) { return other.title; }));

    section_title(ui, "export.how");
    const float number_width = ImGui::CalcTextSize("00.").x;
    ui.probe.semantics().begin_group(Role::list, "plan.details.how", {});
    for (std::size_t i = 0; i < a.steps.size(); ++i) {
        const float x = ImGui::GetCursorPosX();
        ImGui::Text("%zu.", i + 1);
        ImGui::SameLine(x + number_width + ui.px(6));
        text_wrapped(a.steps[i]);
    }
    ui.probe.semantics().end_group();
    if (!a.snippets.empty()) {
        section_title(ui, "export.snippets");
        for (std::size_t i = 0; i < a.snippets.size(); ++i) draw_snippet(ui, a.snippets[i], i);
    }
    section_title(ui, "export.demo");
    text_wrapped(a.demo);
    if (!a.pitfalls.empty()) {
        section_title(ui, "export.pitfalls");
        ui.probe.semantics().begin_group(Role::list, "plan.details.pitfalls", {});
        for (const std::string& pitfall : a.pitfalls) {
            ImGui::Bullet();
            text_wrapped(pitfall);
        }
        ui.probe.semantics().end_group();
    }
    if (!a.docs.empty()) {
        section_title(ui, "export.docs");
        ImGui::PushTextWrapPos(0.0f);  // a long title wraps (ImGui cuts a word longer than a line)
        for (std::size_t i = 0; i < a.docs.size(); ++i) {
            ImGui::Bullet();
            link(ui, a.docs[i].title, a.docs[i].url, "plan.doc." + std::to_string(i));
        }
        ImGui::PopTextWrapPos();
    }
}

}  // namespace

// Narrow: the selected action's details as the whole view, under a Back to the list (the
// browser's Back does the same: the view is a history entry of its own).
void draw_details_view(Ui& ui, const PlanItem& item) {
    const std::string& id = ui.knowledge->catalog.actions()[item.action].id;
    if (ui.state.details_shown_for != id) {
        ImGui::SetScrollY(0.0f);
        ui.state.details_shown_for = id;
    }
    mark_content_start();
    if (button(ui, ui.text("plan.details_back"), "plan.details.back") || back_key_pressed(ui)) {
        ui.state.details_open = false;
        ui.state.reveal_selected = true;
        return;
    }
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    ui.probe.semantics().begin_group(Role::region, "plan.details", ui.text(ui.knowledge->catalog.actions()[item.action].title));
    ImGui::BeginGroup();
    draw_details(ui, item);
    ImGui::EndGroup();
    ui.probe.record_last_item("plan.details");
    ui.probe.semantics().end_group();
}

void draw_plan_panel(Ui& ui) {
    draw_stepper(ui);
    if (ui.layout.narrow && ui.state.details_open && ui.state.plan_view == PlanView::actions) {
        if (const PlanItem* selected = selected_item(ui)) {
            draw_details_view(ui, *selected);
            return;
        }
        ui.state.details_open = false;
    }
    mark_content_start();
    draw_header(ui);
    // Actions | Timeline | Demo: on a row of its own, or right-aligned after the buttons when
    // the header is compact and there is room.
    const std::string_view tabs[] = {ui.text("plan.tab_actions"), ui.text("plan.tab_timeline"), ui.text("demo.tab")};
    const float tabs_width = button_width(tabs[0]) + button_width(tabs[1]) + button_width(tabs[2]) + ui.px(4);
    const float right = ImGui::GetWindowContentRegionMax().x;
    if (compact_header(ui) && ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ui.px(24) + tabs_width <= right) {
        ImGui::SameLine(right - tabs_width);
    } else {
        ImGui::Dummy(ImVec2(0, ui.px(4)));
    }
    int tab = static_cast<int>(ui.state.plan_view);
    if (segmented(ui, "plan.tab", {tabs[0], tabs[1], tabs[2]}, tab, {}, Role::tab)) ui.state.plan_view = static_cast<PlanView>(tab);
    // Compact: the list's grouping sits on this row too, right-aligned, instead of above the list.
    bool grouping_here = false;
    if (compact_header(ui) && ui.state.plan_view == PlanView::actions &&
        ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ui.px(24) + grouping_width(ui) <= right) {
        ImGui::SameLine(right - grouping_width(ui));
        draw_grouping(ui);
        grouping_here = true;
    }
    ImGui::Separator();
    if (ui.state.plan_view == PlanView::timeline) {
        draw_timeline(ui);
        return;
    }
    if (ui.state.plan_view == PlanView::demo) {
        draw_demo_panel(ui);
        return;
    }
    const PlanItem* selected = selected_item(ui);
    if (!ui.layout.two_panes()) {
        ui.state.details_shown_for.clear();  // the details open at their top next time
        draw_list(ui, selected, !grouping_here);
        return;
    }
    const float list_width = std::max(ui.px(300), ImGui::GetContentRegionAvail().x * 0.42f);
    ImGui::BeginChild("plan.left", ImVec2(list_width, 0), false, ImGuiWindowFlags_NavFlattened);
    draw_list(ui, selected, !grouping_here);
    ImGui::EndChild();
    ImGui::SameLine(0, ui.px(16));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui.colors().panel);
    ImGui::BeginChild("plan.details", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NavFlattened);
    if (selected != nullptr) {
        // Another action's details start at the top, not where the last one was scrolled to.
        const std::string& id = ui.knowledge->catalog.actions()[selected->action].id;
        if (ui.state.details_shown_for != id) {
            ImGui::SetScrollY(0.0f);
            ui.state.details_shown_for = id;
        }
        ui.probe.semantics().begin_group(Role::region, "plan.details", ui.text(ui.knowledge->catalog.actions()[selected->action].title));
        draw_details(ui, *selected);
        ui.probe.semantics().end_group();
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace kickstart::app
