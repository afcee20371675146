// The first screen: what the tool does and for whom, the six steps, Start, Open a plan file.
#include "ui.hpp"

#include <imgui.h>

#include <array>
#include <string>

namespace kickstart::app {

void draw_welcome_panel(Ui& ui) {
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    heading(ui.fonts.title, ui.text("app.title"));
    heading(ui.fonts.heading, ui.text("app.tagline"));
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    text_wrapped(ui.text("welcome.what"));
    text_muted(ui, ui.text("welcome.for_whom"));
    ImGui::Dummy(ImVec2(0, ui.px(6)));

    // The six steps in a card: the shape of every plan.
    const auto& steps = ui.knowledge.catalog.steps();
    begin_card(ui);
    heading(ui.fonts.heading, ui.text("welcome.steps_heading"));
    for (std::size_t i = 0; i < steps.size(); ++i) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui.colors().accent);
        ImGui::Text("%zu", i + 1);
        ImGui::PopStyleColor();
        ImGui::SameLine(ui.px(40));
        ImGui::TextUnformatted(ui.text(steps[i].title).c_str());
    }
    end_card(ui);

    ImGui::Dummy(ImVec2(0, ui.px(4)));
    text_muted(ui, ui.text("welcome.duration"));
    text_muted(ui, ui.text("welcome.privacy"));
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    if (primary_button(ui, ui.text("welcome.start"), "welcome.start", ui.px(180))) {
        ui.state.screen = Screen::questions;
        ui.state.section = 0;
    }
    ImGui::SetItemDefaultFocus();
    ImGui::SameLine(0, ui.px(12));
    if (button(ui, ui.text("welcome.open_file"), "welcome.open_file")) ui.host.pick_plan_file();
    ImGui::SameLine(0, ui.px(12));
    if (button(ui, ui.text("nav.skip_to_plan"), "welcome.skip")) ui.state.screen = Screen::plan;

    // Worked examples: a plan to look at before answering anything.
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    ImGui::AlignTextToFramePadding();
    label_muted(ui, ui.text("welcome.examples"));
    for (const Example& example : builtin_examples()) {
        ImGui::SameLine();
        const std::string id = "welcome.example." + std::string(example.id);
        if (button(ui, ui.text("example." + std::string(example.id)), id)) {
            if (auto answers = ui.knowledge.questionnaire.validate_text(example.answers_json)) {
                ui.state.answers = std::move(answers).value();
                ui.state.done.clear();
                ui.state.selected_action.clear();
                ui.state.screen = Screen::plan;
            }
        }
    }
}

}  // namespace kickstart::app
