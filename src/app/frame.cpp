#include "frame.hpp"

#include "application.hpp"
#include "focus_order.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace kickstart::app {

void FrameRunner::install() {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;
    io.KeyMap[ImGuiKey_Tab] = -1;  // Tab moves through every widget: focus_order.hpp
    install_focus_order();
}

void FrameRunner::run() {
    ImGuiIO& io = ImGui::GetIO();
    // ImGui 1.86 asserts on a zero delta, which a browser produces when two frames share a
    // timer value (fixed upstream in 1.89.3).
    if (io.DeltaTime <= 0.0f) io.DeltaTime = 1e-5f;

    const bool enter_down = io.KeysDown[keys_.enter] || io.KeysDown[keys_.keypad_enter];
    if (enter_down && !enter_was_down_ && !text_field_was_active_) io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
    enter_was_down_ = enter_down;

    ImGui::NewFrame();
    int tab = 0;
    if (ImGui::IsKeyPressed(keys_.tab, /*repeat=*/true) && !io.KeyCtrl && !io.KeyAlt && !io.KeySuper) {
        tab = io.KeyShift ? -1 : 1;
    }
    update_focus_order(tab);
    app_.draw();
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    text_field_was_active_ = g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId;
    ImGui::Render();
}

}  // namespace kickstart::app
