// The first screen: what the tool does and for whom, the six steps, Start, the language.
#include "ui.hpp"

#include <imgui.h>

#include <array>
#include <string>

namespace kickstart::app {

void draw_welcome_panel(Ui& ui) {
    // Language choice, top right, in each language's own name.
    const float language_width = ImGui::CalcTextSize("English").x + ImGui::CalcTextSize("Polski").x +
                                 ImGui::GetStyle().FramePadding.x * 4 + ui.px(2);
    ImGui::SetCursorPosX(ImGui::GetContentRegionAvail().x - language_width + ImGui::GetCursorPosX());
    int language = ui.state.language == Language::pl ? 1 : 0;
    if (segmented(ui, "welcome.language", {"English", "Polski"}, language)) {
        ui.state.language = language == 1 ? Language::pl : Language::en;
    }

    ImGui::Dummy(ImVec2(0, ui.px(8)));
    heading(ui.fonts.title, ui.text("app.title"));
    heading(ui.fonts.heading, ui.text("app.tagline"));
    ImGui::Dummy(ImVec2(0, ui.px(6)));
    text_wrapped(ui.text("welcome.what"));
    text_muted(ui, ui.text("welcome.for_whom"));
    ImGui::Dummy(ImVec2(0, ui.px(6)));

    // The six steps in a card: the shape of every plan.
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float card_height = ImGui::GetStyle().WindowPadding.y * 2 + line * 7.6f;
    ImGui::BeginChild("welcome.steps", ImVec2(0, card_height), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
    heading(ui.fonts.heading, ui.text("welcome.steps_heading"));
    static constexpr std::array<const char*, 6> kSteps{"welcome.step1", "welcome.step2", "welcome.step3",
                                                       "welcome.step4", "welcome.step5", "welcome.step6"};
    for (std::size_t i = 0; i < kSteps.size(); ++i) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui.colors().accent);
        ImGui::Text("%zu", i + 1);
        ImGui::PopStyleColor();
        ImGui::SameLine(ui.px(40));
        text_wrapped(ui.text(kSteps[i]));
    }
    ImGui::EndChild();

    ImGui::Dummy(ImVec2(0, ui.px(4)));
    text_muted(ui, ui.text("welcome.duration"));
    text_muted(ui, ui.text("welcome.privacy"));
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    if (primary_button(ui, ui.text("welcome.start"), "welcome.start", ui.px(180))) {
        ui.state.screen = Screen::questions;
    }
}

}  // namespace kickstart::app
