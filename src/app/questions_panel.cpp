// The question steps: a stepper, the questions of one section, Back / Next.
#include "focus_order.hpp"
#include "ui.hpp"

#include <imgui.h>

#include <string>

namespace kickstart::app {

void draw_stepper(Ui& ui) {
    const auto& sections = ui.knowledge->questionnaire.sections();
    const std::size_t count = sections.size() + 2;  // + Review + Plan
    const auto current = [&]() -> std::size_t {
        switch (ui.state.screen) {
            case Screen::questions: return ui.state.section;
            case Screen::review: return sections.size();
            case Screen::plan: return sections.size() + 1;
            case Screen::welcome: break;
        }
        return 0;
    }();
    const auto go_to = [&](std::size_t i) {
        if (i < sections.size()) {
            ui.state.screen = Screen::questions;
            ui.state.section = i;
        } else {
            ui.state.screen = i == sections.size() ? Screen::review : Screen::plan;
        }
    };
    const auto title = [&](std::size_t i) -> std::string {
        return i < sections.size() ? std::string(ui.text(sections[i].title))
               : i == sections.size() ? std::string(ui.text("stepper.review"))
                                      : std::string(ui.text("stepper.plan"));
    };
    if (ui.layout.narrow) {
        // "Step 2 of 5 · Your tools" between previous and next: the five steps cut after
        // "3. What" on a phone.
        ui.probe.semantics().begin_group(Role::group, "stepper", ui.text("stepper.name"));
        const auto arrow = [&](std::string_view glyph, std::string_view id, std::string_view name, bool enabled) {
            ImGui::BeginDisabled(!enabled);
            const bool pressed = button(ui, glyph, id, ImGui::GetFrameHeight() * 1.25f);
            if (SemanticNode* node = last_semantic_node()) node->name = name;
            ImGui::EndDisabled();
            return pressed && enabled;
        };
        if (arrow("‹", "stepper.previous", ui.text("stepper.previous"), current > 0)) go_to(current - 1);
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        const std::string where = fill(ui.text("stepper.compact"),
                                       {std::to_string(current + 1), std::to_string(count), title(current)});
        const float next_width = ImGui::GetFrameHeight() * 1.25f;
        const float text_width = ImGui::GetContentRegionAvail().x - next_width - 2 * ImGui::GetStyle().ItemSpacing.x;
        text_wrapped(where, ImGui::GetCursorPosX() + text_width);
        ui.probe.record_last_item("stepper.current");
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - next_width);
        if (arrow("›", "stepper.next", ui.text("stepper.next"), current + 1 < count)) go_to(current + 1);
        ui.probe.semantics().end_group();
        ImGui::Dummy(ImVec2(0, ui.px(2)));
        return;
    }
    const Palette& p = ui.colors();
    ui.probe.semantics().begin_group(Role::group, "stepper", ui.text("stepper.name"));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ui.px(4), ui.px(4)));
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) {
            ImGui::SameLine();
            ImGui::TextDisabled("›");
            ImGui::SameLine();
        }
        const std::string label = i < sections.size() ? std::to_string(i + 1) + ". " + ui.text(sections[i].title)
                                  : i == sections.size() ? std::string(ui.text("stepper.review"))
                                                         : std::string(ui.text("stepper.plan"));
        const bool active = i == current;
        // The current step keeps its accent fill hovered and pressed, so its light label stays
        // readable (on the theme's grey hover fill it was 1.38:1).
        const ImGuiStyle& style = ImGui::GetStyle();
        ImGui::PushStyleColor(ImGuiCol_Button, active ? p.accent : ImVec4(0, 0, 0, 0));
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, active ? p.accent_hover : style.Colors[ImGuiCol_ButtonHovered]);
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, active ? p.accent_hover : style.Colors[ImGuiCol_ButtonActive]);
        ImGui::PushStyleColor(ImGuiCol_Text, active ? p.accent_text : style.Colors[ImGuiCol_Text]);
        const bool pressed = button(ui, label, "stepper." + std::to_string(i));
        if (SemanticNode* node = last_semantic_node()) node->selected = active;  // aria-current="step"
        if (pressed) {
            if (i < sections.size()) {
                ui.state.screen = Screen::questions;
                ui.state.section = i;
            } else {
                ui.state.screen = i == sections.size() ? Screen::review : Screen::plan;
            }
        }
        ImGui::PopStyleColor(4);
    }
    ImGui::PopStyleVar();
    ui.probe.semantics().end_group();
    ImGui::Dummy(ImVec2(0, ui.px(4)));
}

void draw_questions_panel(Ui& ui) {
    const auto& questionnaire = ui.knowledge->questionnaire;
    const auto& sections = questionnaire.sections();
    ui.state.section = std::min(ui.state.section, sections.size() - 1);
    draw_stepper(ui);
    const Section& section = sections[ui.state.section];
    // Short and narrow (a laptop at 200 %): the stepper above already names the section, so
    // its heading takes the body's heading face and leaves the questions their height.
    const bool tight = ui.layout.narrow && ui.layout.short_height;
    heading(tight ? ui.fonts.heading : ui.fonts.title, ui.text(section.title), 1);
    if (!tight) ImGui::Dummy(ImVec2(0, ui.px(4)));

    // The questions scroll; the navigation stays at the bottom: Back, Next, the shortcut's
    // hint and See the plan on one row where they fit, else See the plan on a second row
    // (and no hint: a narrow screen is mostly a phone's, without the keys).
    const float back_width = ui.px(120);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float to_plan_width = button_width(ui.text("nav.to_plan"));
    const bool one_row = !ui.layout.narrow || 2 * back_width + 2 * spacing + to_plan_width <= ImGui::GetContentRegionAvail().x;
    const float nav_height = ImGui::GetFrameHeightWithSpacing() * (one_row ? 1.0f : 2.0f) + ui.px(16);
    ImGui::BeginChild("questions.list", ImVec2(0, -nav_height), false, ImGuiWindowFlags_NavFlattened);
    bool first = true;
    for (const Question& question : questionnaire.questions()) {
        if (question.section != section.id) continue;
        ImGui::PushID(question.id.c_str());
        if (first) mark_content_start();  // where "Skip to content" leads: the first answer
        first = false;
        ui.probe.semantics().begin_group(Role::question, "q." + question.id + ".group", ui.text(question.title));
        ImGui::PushFont(ui.fonts.heading);
        text_wrapped(ui.text(question.title));
        ImGui::PopFont();
        text_muted(ui, ui.text(question.help));
        draw_question(ui, question);
        ui.probe.semantics().end_group();
        ImGui::Dummy(ImVec2(0, ui.px(12)));
        ImGui::PopID();
    }
    ImGui::EndChild();
    ui.probe.record_last_item("questions.list");

    ImGui::Separator();
    if (button(ui, ui.text("nav.back"), "nav.back", ui.px(120)) || back_key_pressed(ui)) {
        if (ui.state.section == 0) {
            ui.state.screen = Screen::welcome;
        } else {
            --ui.state.section;
        }
    }
    ImGui::SameLine();
    const bool last = ui.state.section + 1 >= sections.size();
    const bool next = primary_button(ui, ui.text("nav.next"), "nav.next", back_width);
    if (!ui.layout.narrow) {
        ImGui::SameLine(0, ui.px(16));
        primary_key_hint(ui, ui.text("nav.next"));
    }
    if (next || primary_key_pressed(ui)) {
        if (last) {
            ui.state.screen = Screen::review;
        } else {
            ++ui.state.section;
        }
    }
    if (one_row) ImGui::SameLine();
    if (button(ui, ui.text("nav.to_plan"), "nav.to_plan")) ui.state.screen = Screen::plan;
}

}  // namespace kickstart::app
