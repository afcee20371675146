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
    // The six steps' names come with the UI texts, so this screen needs nothing else loaded.
    static constexpr std::array<const char*, 6> kSteps = {"welcome.step1", "welcome.step2", "welcome.step3",
                                                          "welcome.step4", "welcome.step5", "welcome.step6"};
    begin_card(ui);
    heading(ui.fonts.heading, ui.text("welcome.steps_heading"));
    ui.probe.semantics().begin_group(Role::list, "welcome.steps", {});
    for (std::size_t i = 0; i < kSteps.size(); ++i) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui.colors().accent);
        ImGui::Text("%zu", i + 1);
        ImGui::PopStyleColor();
        ImGui::SameLine(ui.px(40));
        const std::string_view step = ui.text(kSteps[i]);
        ImGui::TextUnformatted(step.data(), step.data() + step.size());
        record_last_text(Role::text, step);
    }
    ui.probe.semantics().end_group();
    end_card(ui);

    ImGui::Dummy(ImVec2(0, ui.px(4)));
    text_muted(ui, ui.text("welcome.duration"));
    text_muted(ui, ui.text("welcome.privacy"));
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    if (primary_button(ui, ui.text("welcome.start"), "welcome.start", ui.px(180))) {
        ui.state.screen = Screen::questions;
        ui.state.section = 0;
    }
    // The keyboard starts on Start, but a short screen is not scrolled down to it: what the
    // page is comes first.
    if (ImGui::GetItemRectMax().y <= ImGui::GetWindowPos().y + ImGui::GetWindowHeight()) ImGui::SetItemDefaultFocus();
    // Each on the row while it fits, else on the next (a phone cut them off at the edge).
    same_line_if_fits(button_width(ui.text("welcome.open_file")), ui.px(12));
    if (button(ui, ui.text("welcome.open_file"), "welcome.open_file")) ui.host.pick_plan_file();
    same_line_if_fits(button_width(ui.text("nav.skip_to_plan")), ui.px(12));
    if (button(ui, ui.text("nav.skip_to_plan"), "welcome.skip")) ui.state.screen = Screen::plan;

    // Worked examples: a plan to look at before answering anything.
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    ImGui::AlignTextToFramePadding();
    label_muted(ui, ui.text("welcome.examples"));
    for (const Example& example : builtin_examples()) {
        const std::string id = "welcome.example." + std::string(example.id);
        const std::string_view label = ui.text("example." + std::string(example.id));
        same_line_if_fits(button_width(label));
        if (button(ui, label, id)) {
            ui.state.pending_example = std::string(example.id);
        }
    }
}

}  // namespace kickstart::app
