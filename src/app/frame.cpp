#include "frame.hpp"

#include "application.hpp"
#include "focus_order.hpp"
#include "semantics.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace kickstart::app {
namespace {

// A key held for five frames stays under ImGui's key-repeat delay (0.275 s), however slow
// the frames: a press is one press. At 60 frames a second this changes nothing.
constexpr float kLongestFrameSeconds = 0.05f;

}  // namespace

void FrameRunner::install() {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;
    // A held key repeats after half a second, as browsers and desktops do (ImGui's 0.275 s
    // turned a ⌘Z held a little long into three undos).
    io.KeyRepeatDelay = 0.5f;
    io.KeyMap[ImGuiKey_Tab] = -1;  // Tab moves through every widget: focus_order.hpp
    install_focus_order();
    install_semantics();
}

void FrameRunner::run() {
    ImGuiIO& io = ImGui::GetIO();
    // ImGui 1.86 asserts on a zero delta, which a browser produces when two frames share a
    // timer value (fixed upstream in 1.89.3). And it counts how long a key is held in frame
    // times: on a slow machine (or a busy one, software-rendered) one Tab held across two
    // half-second frames would repeat. A frame counts as at most a twentieth of a second.
    io.DeltaTime = std::clamp(io.DeltaTime, 1e-5f, kLongestFrameSeconds);

    const bool enter_down = io.KeysDown[keys_.enter] || io.KeysDown[keys_.keypad_enter];
    // Ctrl+Enter (⌘Enter) is the screen's primary action, not a press of the focused widget.
    const bool shortcut = io.KeyCtrl || io.KeySuper;
    if (enter_down && !enter_was_down_ && !text_field_was_active_ && !shortcut) {
        io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
    }
    enter_was_down_ = enter_down;

    ImGui::NewFrame();
    // One move per press, as the browser moves focus once per keydown: ImGui's own repeat
    // is measured in frames and would move on by itself while a slow frame is drawn.
    int tab = 0;
    if (ImGui::IsKeyPressed(keys_.tab, /*repeat=*/false) && !io.KeyCtrl && !io.KeyAlt && !io.KeySuper) {
        tab = io.KeyShift ? -1 : 1;
    }
    update_focus_order(tab);
    app_.draw();
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    text_field_was_active_ = g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId;
    ImGui::Render();
}

}  // namespace kickstart::app
