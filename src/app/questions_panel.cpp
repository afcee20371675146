// The question steps. The questionnaire itself comes from the knowledge base (assets/).
#include "ui.hpp"

#include <imgui.h>

namespace kickstart::app {

void draw_questions_panel(Ui& ui) {
    heading(ui.fonts.title, ui.text("questions.title"));
    ImGui::Dummy(ImVec2(0, ui.px(12)));
    if (button(ui, ui.text("nav.back"), "nav.back", ui.px(120))) ui.state.screen = Screen::welcome;
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) ui.state.screen = Screen::welcome;
}

}  // namespace kickstart::app
