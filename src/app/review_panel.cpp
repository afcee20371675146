// The review screen: every answer on one page, each with a way back to change it.
#include "focus_order.hpp"
#include "ui.hpp"

#include <imgui.h>

#include <string>

namespace kickstart::app {

void draw_review_panel(Ui& ui) {
    draw_stepper(ui);
    mark_content_start();
    const bool tight = ui.layout.narrow && ui.layout.short_height;  // as on the questions' screens
    heading(tight ? ui.fonts.heading : ui.fonts.title, ui.text("review.title"), 1);
    if (!tight) text_muted(ui, ui.text("review.intro"));
    // The way on at the top too: a keyboard reaches it without passing every Edit button.
    // (Short and narrow: only at the bottom, where it always is, so the answers keep the height.)
    if (!tight && primary_button(ui, ui.text("nav.to_plan"), "review.to_plan")) ui.state.screen = Screen::plan;
    if (!tight) ImGui::Dummy(ImVec2(0, ui.px(6)));

    const float nav_height = ImGui::GetFrameHeightWithSpacing() + ui.px(16);
    ImGui::BeginChild("review.list", ImVec2(0, -nav_height), false, ImGuiWindowFlags_NavFlattened);
    const auto& questionnaire = ui.knowledge->questionnaire;
    const auto& sections = questionnaire.sections();
    constexpr ImGuiTableFlags kTable = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    for (std::size_t s = 0; s < sections.size(); ++s) {
        ImGui::PushID(static_cast<int>(s));
        heading(ui.fonts.heading, ui.text(sections[s].title));
        if (ui.layout.narrow) {
            // A phone: each question over its answer, Edit beside the question, as wide as
            // the screen (three columns left a word per line).
            for (const Question& question : questionnaire.questions()) {
                if (question.section != sections[s].id) continue;
                ImGui::PushID(question.id.c_str());
                ImGui::Separator();
                const std::string_view edit = ui.text("review.edit");
                const float edit_width = button_width(edit);
                const float x = ImGui::GetCursorPosX();
                // Wrapped clear of the Edit button (text_muted wraps at the window's edge).
                ImGui::PushTextWrapPos(x + ImGui::GetContentRegionAvail().x - edit_width - ImGui::GetStyle().ItemSpacing.x);
                ImGui::AlignTextToFramePadding();
                const std::string& title = ui.text(question.title);
                ImGui::PushStyleColor(ImGuiCol_Text, ui.colors().muted_text);
                ImGui::TextUnformatted(title.data(), title.data() + title.size());
                ImGui::PopStyleColor();
                ImGui::PopTextWrapPos();
                record_last_text(Role::text, title);
                ui.probe.record_last_item("review.question." + question.id);
                ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - edit_width);
                if (button(ui, edit, "review.edit." + question.id)) {
                    ui.state.screen = Screen::questions;
                    ui.state.section = s;
                }
                text_wrapped(answer_summary(ui, question));
                ImGui::PopID();
            }
        } else if (ImGui::BeginTable("answers", 3, kTable)) {
            ImGui::TableSetupColumn("q", ImGuiTableColumnFlags_WidthStretch, 0.4f);
            ImGui::TableSetupColumn("a", ImGuiTableColumnFlags_WidthStretch, 0.6f);
            ImGui::TableSetupColumn("e", ImGuiTableColumnFlags_WidthFixed);
            for (const Question& question : questionnaire.questions()) {
                if (question.section != sections[s].id) continue;
                ImGui::PushID(question.id.c_str());
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                text_wrapped(ui.text(question.title));
                ImGui::TableNextColumn();
                ImGui::AlignTextToFramePadding();
                text_wrapped(answer_summary(ui, question));
                ImGui::TableNextColumn();
                if (button(ui, ui.text("review.edit"), "review.edit." + question.id)) {
                    ui.state.screen = Screen::questions;
                    ui.state.section = s;
                }
                ImGui::PopID();
            }
            ImGui::EndTable();
        }
        ImGui::Dummy(ImVec2(0, ui.px(8)));
        ImGui::PopID();
    }
    ImGui::EndChild();
    ui.probe.record_last_item("review.list");

    ImGui::Separator();
    if (button(ui, ui.text("nav.back"), "nav.back", ui.px(120)) || back_key_pressed(ui)) {
        ui.state.screen = Screen::questions;
        ui.state.section = sections.size() - 1;
    }
    ImGui::SameLine();
    const bool to_plan = primary_button(ui, ui.text("nav.to_plan"), "nav.next", ui.px(160));
    if (!ui.layout.narrow) {
        ImGui::SameLine(0, ui.px(16));
        primary_key_hint(ui, ui.text("nav.to_plan"));
    }
    if (to_plan || primary_key_pressed(ui)) ui.state.screen = Screen::plan;
}

}  // namespace kickstart::app
