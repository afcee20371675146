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
    heading(ui.fonts.title, ui.text(section.title), 1);
    ImGui::Dummy(ImVec2(0, ui.px(4)));

    // The questions scroll; the navigation stays at the bottom.
    const float nav_height = ImGui::GetFrameHeightWithSpacing() + ui.px(16);
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
    const bool next = primary_button(ui, ui.text("nav.next"), "nav.next", ui.px(120));
    ImGui::SameLine(0, ui.px(16));
    primary_key_hint(ui, ui.text("nav.next"));
    if (next || primary_key_pressed(ui)) {
        if (last) {
            ui.state.screen = Screen::review;
        } else {
            ++ui.state.section;
        }
    }
    ImGui::SameLine();
    if (button(ui, ui.text("nav.to_plan"), "nav.to_plan")) ui.state.screen = Screen::plan;
}

}  // namespace kickstart::app
