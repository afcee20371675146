// The plan screen: summary figures, downloads and sharing, the ordered actions with their
// details, and the timeline.
#include "ui.hpp"

#include "kickstart/core/plan_io.hpp"
#include "kickstart/core/share_link.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace kickstart::app {
namespace {

// [SECTION] Header: title, figures, actions on the whole plan

void figure(Ui& ui, std::string_view value, std::string_view caption, std::string_view id, float width) {
    ImGui::BeginGroup();
    ImGui::PushFont(ui.fonts.title);
    ImGui::TextUnformatted(value.data(), value.data() + value.size());
    ImGui::PopFont();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - ui.px(12));
    text_muted(ui, caption);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ui.probe.record_last_item(id);
}

void export_file(Ui& ui, bool markdown) {
    const Knowledge& k = *ui.knowledge;
    const std::string date = ui.host.today();
    const ExportContext context{k.questionnaire, k.catalog, k.translations, ui.state.language, date};
    const std::string name = "backstage-kickstart-plan-" + date + (markdown ? ".md" : ".json");
    if (markdown) {
        ui.host.download(name, "text/markdown;charset=utf-8",
                         export_markdown(context, ui.state.answers, ui.state.done, ui.plan));
    } else {
        ui.host.download(name, "application/json", export_json(context, ui.state.answers, ui.state.done, ui.plan));
    }
    ui.state.notice = Notice{fill(ui.text("notice.downloaded"), {name}), NoticeKind::success};
}

void draw_header(Ui& ui) {
    const std::string org = ui.state.answers.text(question_ids::org_name);
    heading(ui.fonts.title, org.empty() ? std::string(ui.text("plan.title")) : fill(ui.text("plan.title_for"), {org}));

    const PlanSummary& s = ui.plan.summary;
    const float width = ImGui::GetContentRegionAvail().x / 5.0f;
    ImGui::Columns(5, "figures", false);
    figure(ui, format_number(s.hours_available), ui.text("plan.hours_before_demo"), "plan.figure.hours", width);
    ImGui::NextColumn();
    figure(ui, format_number(s.value_share_before_demo * 100.0, 0) + " %", ui.text("plan.value_before_demo"),
           "plan.figure.value", width);
    ImGui::NextColumn();
    figure(ui, std::to_string(s.actions_before_demo) + " / " + std::to_string(ui.plan.items.size()),
           fill(ui.text("plan.actions_count"), {std::to_string(s.actions_before_demo), std::to_string(ui.plan.items.size())}),
           "plan.figure.actions", width);
    ImGui::NextColumn();
    const bool exact = s.method == OrderMethod::exact;
    figure(ui, exact ? "✓" : "≈", ui.text(exact ? "plan.order_exact" : "plan.order_heuristic"), "plan.figure.method",
           width);
    if (ImGui::IsItemHovered()) {
        ImGui::SetTooltip("%s", ui.text(exact ? "plan.order_exact_help" : "plan.order_heuristic_help").data());
    }
    ImGui::NextColumn();
    figure(ui, std::to_string(s.done_count) + " / " + std::to_string(ui.plan.items.size()),
           fill(ui.text("plan.done_count"), {std::to_string(s.done_count), std::to_string(ui.plan.items.size())}),
           "plan.figure.done", width);
    ImGui::Columns(1);
    ImGui::Dummy(ImVec2(0, ui.px(4)));

    if (primary_button(ui, "↓ " + std::string(ui.text("plan.download_md")), "plan.download_md")) export_file(ui, true);
    ImGui::SameLine();
    if (button(ui, "↓ " + std::string(ui.text("plan.download_json")), "plan.download_json")) export_file(ui, false);
    ImGui::SameLine();
    if (button(ui, ui.text("plan.copy_link"), "plan.copy_link")) {
        const Knowledge& k = *ui.knowledge;
        copy_text(ui, ui.host.page_address(encode_share_link(k.questionnaire, k.catalog, ui.state.answers, ui.state.done)),
                  "notice.copied_link");
    }
    ImGui::SameLine();
    if (button(ui, ui.text("plan.open_file"), "plan.open_file")) ui.host.pick_plan_file();
    ImGui::SameLine();
    if (button(ui, ui.text("plan.edit_answers"), "plan.edit_answers")) {
        ui.state.screen = Screen::questions;
        ui.state.section = 0;
    }
    ImGui::SameLine();
    if (button(ui, ui.text("plan.start_over"), "plan.start_over")) ui.state.dialog = Dialog::start_over;
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
    bool done = item.done;
    if (checkbox(ui, "", "plan.done." + action.id, done)) {
        if (done) {
            ui.state.done.insert(action.id);
        } else {
            ui.state.done.erase(action.id);
        }
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", ui.text("plan.done").data());
    ImGui::SameLine();
    const std::string effort = fill(ui.text("plan.hours"), {format_number(item.effort_hours)});
    const float effort_width = ImGui::CalcTextSize(effort.c_str()).x;
    const std::string label = std::to_string(item.order) + ". " + ui.text(action.title);
    ImGui::PushStyleColor(ImGuiCol_Text, item.done ? ui.colors().muted_text : ImGui::GetStyle().Colors[ImGuiCol_Text]);
    if (ImGui::Selectable(labelled_id(label, "row").c_str(), selected == &item, 0,
                          ImVec2(ImGui::GetContentRegionAvail().x - effort_width - ImGui::GetStyle().ItemSpacing.x - ui.px(4), 0))) {
        ui.state.selected_action = action.id;
    }
    ImGui::PopStyleColor();
    hand_cursor_on_hover();
    ui.probe.record_last_item("plan.item." + action.id);
    ImGui::SameLine();
    label_muted(ui, effort);
    ImGui::PopID();
}

void draw_list(Ui& ui, const PlanItem* selected) {
    int grouping = ui.state.group_by_step ? 1 : 0;
    if (segmented(ui, "plan.group", {ui.text("plan.group_demo"), ui.text("plan.group_steps")}, grouping)) {
        ui.state.group_by_step = grouping == 1;
    }
    ImGui::BeginChild("plan.list", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
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
                    any = true;
                }
                draw_item_row(ui, item, selected);
            }
        }
    }
    ImGui::EndChild();
}

// [SECTION] The selected action's details

void section_title(Ui& ui, std::string_view key) {
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(ui.text(key).data(), ui.text(key).data() + ui.text(key).size());
    ImGui::PopFont();
}

std::string action_names(const Ui& ui, const std::vector<std::size_t>& indices) {
    std::string text;
    for (std::size_t i = 0; i < indices.size(); ++i) {
        if (i > 0) text += ", ";
        text += ui.text(ui.knowledge->catalog.actions()[indices[i]].title);
    }
    return text;
}

void draw_snippet(Ui& ui, const Snippet& snippet, const std::string& code, std::size_t index) {
    ImGui::PushID(static_cast<int>(index));
    text_wrapped(ui.text(snippet.title) + "  ·  " + snippet.file);
    const float lines = static_cast<float>(std::count(code.begin(), code.end(), '\n') + 1);
    const float height = std::min(lines, 18.0f) * ui.fonts.mono->FontSize * 1.2f + ImGui::GetStyle().WindowPadding.y * 2;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyle().Colors[ImGuiCol_WindowBg]);
    ImGui::BeginChild("code", ImVec2(0, height), true, ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::PushFont(ui.fonts.mono);
    ImGui::TextUnformatted(code.c_str());
    ImGui::PopFont();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    if (button(ui, ui.text("plan.copy"), "plan.snippet.copy." + std::to_string(index))) {
        copy_text(ui, code, "notice.copied_snippet");
    }
    ImGui::PopID();
}

void draw_details(Ui& ui, const PlanItem& item) {
    const Knowledge& k = *ui.knowledge;
    const Action& action = k.catalog.actions()[item.action];
    const Step& step = k.catalog.steps()[action.step];
    heading(ui.fonts.heading, std::to_string(item.order) + ". " + ui.text(action.title));
    text_muted(ui, fill(ui.text("plan.step"), {std::to_string(action.step + 1), ui.text(step.title)}) + "  ·  " +
                       fill(ui.text("plan.hours"), {format_number(item.effort_hours)}) + "  ·  " +
                       fill(ui.text("plan.week"), {std::to_string(item.week)}));
    bool done = item.done;
    if (checkbox(ui, ui.text("plan.done"), "plan.details.done", done)) {
        if (done) {
            ui.state.done.insert(action.id);
        } else {
            ui.state.done.erase(action.id);
        }
    }
    section_title(ui, "export.outcome");
    text_wrapped(ui.text(action.outcome));

    section_title(ui, "export.why");
    std::string why = item.needs.empty() ? std::string(ui.text("export.needs_nothing"))
                                         : fill(ui.text("export.needs"), {action_names(ui, item.needs)});
    if (!item.unlocks.empty()) why += " " + fill(ui.text("export.unlocks"), {action_names(ui, item.unlocks)});
    why += " " + fill(ui.text("export.value_per_hour"), {format_number(item.value_per_hour()), format_number(item.weight),
                                                         format_number(item.effort_hours)});
    text_wrapped(why);

    section_title(ui, "export.how");
    std::size_t number = 1;
    const float number_width = ImGui::CalcTextSize("00.").x;
    const auto numbered = [&](const std::string& text) {
        const float x = ImGui::GetCursorPosX();
        ImGui::Text("%zu.", number++);
        ImGui::SameLine(x + number_width + ui.px(6));
        text_wrapped(text);
    };
    for (const std::string& text : ui.text(action.steps)) numbered(text);
    std::vector<const Snippet*> snippets;
    for (const Snippet& snippet : action.snippets) snippets.push_back(&snippet);
    for (const std::size_t v : item.variants) {
        for (const std::string& text : ui.text(action.variants[v].steps)) numbered(text);
        for (const Snippet& snippet : action.variants[v].snippets) snippets.push_back(&snippet);
    }
    if (!snippets.empty()) {
        section_title(ui, "export.snippets");
        for (std::size_t i = 0; i < snippets.size(); ++i) {
            draw_snippet(ui, *snippets[i], render_snippet_code(snippets[i]->code, ui.state.answers), i);
        }
    }
    section_title(ui, "export.demo");
    text_wrapped(ui.text(action.demo));
    if (!ui.text(action.pitfalls).empty()) {
        section_title(ui, "export.pitfalls");
        for (const std::string& pitfall : ui.text(action.pitfalls)) {
            ImGui::Bullet();
            text_wrapped(pitfall);
        }
    }
    if (!action.docs.empty()) {
        section_title(ui, "export.docs");
        for (std::size_t i = 0; i < action.docs.size(); ++i) {
            ImGui::Bullet();
            link(ui, ui.text(action.docs[i].title), action.docs[i].url, "plan.doc." + std::to_string(i));
        }
    }
}

}  // namespace

void draw_plan_panel(Ui& ui) {
    draw_stepper(ui);
    draw_header(ui);
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    int tab = ui.state.show_timeline ? 1 : 0;
    if (segmented(ui, "plan.tab", {ui.text("plan.tab_actions"), ui.text("plan.tab_timeline")}, tab)) {
        ui.state.show_timeline = tab == 1;
    }
    ImGui::Separator();
    if (ui.state.show_timeline) {
        draw_timeline(ui);
        return;
    }
    const PlanItem* selected = selected_item(ui);
    const float list_width = std::max(ui.px(300), ImGui::GetContentRegionAvail().x * 0.42f);
    ImGui::BeginChild("plan.left", ImVec2(list_width, 0), false, ImGuiWindowFlags_NavFlattened);
    draw_list(ui, selected);
    ImGui::EndChild();
    ImGui::SameLine(0, ui.px(16));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui.colors().panel);
    ImGui::BeginChild("plan.details", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NavFlattened);
    if (selected != nullptr) draw_details(ui, *selected);
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace kickstart::app
