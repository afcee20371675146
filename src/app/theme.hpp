// Dark and light themes: calm colours, generous spacing, one accent for the next step.
#pragma once

#include <imgui.h>

namespace kickstart::app {

enum class Theme { dark, light };

struct Palette {
    ImVec4 accent;        // primary buttons, the current step
    ImVec4 accent_hover;
    ImVec4 accent_text;   // text on the accent colour
    ImVec4 muted_text;    // help texts and secondary lines
    ImVec4 panel;         // cards behind grouped content
    ImVec4 error;         // error messages (notices, field messages), the demo line
    ImVec4 dialog;        // a dialog's background
};

// Sets ImGui's style for `theme`, scaled to `scale` device pixels per CSS pixel.
void apply_theme(Theme theme, float scale);
[[nodiscard]] const Palette& palette(Theme theme);

}  // namespace kickstart::app
