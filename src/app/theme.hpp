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

// A finger's target: every clickable widget is at least this tall and wide on a coarse
// pointer (CSS pixels; WCAG 2.5.5, Apple's 44 pt).
inline constexpr float kTouchTarget = 44.0f;

// Sets ImGui's style for `theme`, scaled to `scale` device pixels per CSS pixel. On a coarse
// pointer frames (buttons, fields, checkboxes, radio buttons) are kTouchTarget tall and items
// further apart.
void apply_theme(Theme theme, float scale, bool coarse_pointer = false);
[[nodiscard]] const Palette& palette(Theme theme);

}  // namespace kickstart::app
