#include "theme.hpp"

#include "fonts.hpp"

#include <algorithm>
#include <cmath>

namespace kickstart::app {
namespace {

ImVec4 rgb(int r, int g, int b, float a = 1.0f) {
    return ImVec4(static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f, static_cast<float>(b) / 255.0f,
                  a);
}

// Teal accent in the spirit of Backstage's own colours. WCAG 2.1 contrast ratios, computed
// from these values (text needs 4.5:1, the edges of controls 3:1):
//                         dark: on window  on panel      light: on window  on panel
//   body text                     14.2      12.6                  16.0      14.8
//   muted text                     7.2       6.4                   6.6       6.1
//   accent text (links, notices)   7.2       6.4                   5.1       4.7
//   error text                     6.6       5.8                   5.8       5.4
//   control edge (kBorder*)        3.9       3.5                   3.5       3.3   (3.1 on a field)
//   label on an accent button      7.5                             5.2
//   tick on an unticked box        5.7                             4.5
// Field backgrounds alone are close to the window's (1.1-1.3:1), so checkboxes, radio
// buttons and text fields carry a 1-pixel border in the control-edge colour.
const Palette kDark{rgb(54, 186, 162), rgb(77, 208, 184), rgb(10, 24, 22), rgb(160, 168, 178), rgb(33, 37, 43),
                    rgb(250, 120, 108), rgb(36, 41, 48)};
const Palette kLight{rgb(22, 122, 106), rgb(16, 100, 86), rgb(255, 255, 255), rgb(84, 92, 102),
                     rgb(242, 244, 246), rgb(190, 40, 30), rgb(255, 255, 255)};
const ImVec4 kBorderDark = rgb(112, 120, 132);
const ImVec4 kBorderLight = rgb(128, 136, 146);

}  // namespace

const Palette& palette(Theme theme) { return theme == Theme::dark ? kDark : kLight; }

void apply_theme(Theme theme, float scale, bool coarse_pointer) {
    ImGuiStyle style;
    const Palette& p = palette(theme);
    if (theme == Theme::dark) {
        ImGui::StyleColorsDark(&style);
        style.Colors[ImGuiCol_WindowBg] = rgb(24, 27, 32);
        style.Colors[ImGuiCol_ChildBg] = p.panel;
        style.Colors[ImGuiCol_Text] = rgb(230, 233, 237);
        style.Colors[ImGuiCol_FrameBg] = rgb(40, 45, 52);
        style.Colors[ImGuiCol_FrameBgHovered] = rgb(50, 56, 64);
        style.Colors[ImGuiCol_Button] = rgb(44, 50, 58);
        style.Colors[ImGuiCol_ButtonHovered] = rgb(58, 66, 76);
        style.Colors[ImGuiCol_ButtonActive] = rgb(70, 80, 92);
        style.Colors[ImGuiCol_Border] = kBorderDark;
        style.Colors[ImGuiCol_Separator] = rgb(58, 64, 72);
        style.Colors[ImGuiCol_ModalWindowDimBg] = ImVec4(0.0f, 0.0f, 0.0f, 0.55f);
        // Menus and tooltips opaque, a step lighter than the window (ImGui's own shows the
        // screen's text through them).
        style.Colors[ImGuiCol_PopupBg] = rgb(34, 38, 45);
    } else {
        ImGui::StyleColorsLight(&style);
        style.Colors[ImGuiCol_WindowBg] = rgb(252, 252, 253);
        style.Colors[ImGuiCol_ChildBg] = p.panel;
        style.Colors[ImGuiCol_Text] = rgb(28, 32, 38);
        style.Colors[ImGuiCol_FrameBg] = rgb(236, 239, 242);
        style.Colors[ImGuiCol_FrameBgHovered] = rgb(226, 230, 234);
        style.Colors[ImGuiCol_Button] = rgb(228, 232, 236);
        style.Colors[ImGuiCol_ButtonHovered] = rgb(214, 220, 226);
        style.Colors[ImGuiCol_ButtonActive] = rgb(200, 208, 216);
        style.Colors[ImGuiCol_Border] = kBorderLight;
        style.Colors[ImGuiCol_Separator] = rgb(208, 214, 220);
        style.Colors[ImGuiCol_ModalWindowDimBg] = ImVec4(0.08f, 0.10f, 0.12f, 0.40f);
        style.Colors[ImGuiCol_PopupBg] = rgb(255, 255, 255);
    }
    style.Colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);  // layout regions; cards draw their own
    style.Colors[ImGuiCol_CheckMark] = p.accent;
    ImVec4 tint = p.accent;
    tint.w = 0.22f;
    style.Colors[ImGuiCol_Header] = tint;  // the selected row
    tint.w = 0.14f;
    style.Colors[ImGuiCol_HeaderHovered] = tint;
    tint.w = 0.30f;
    style.Colors[ImGuiCol_HeaderActive] = tint;
    style.Colors[ImGuiCol_TextSelectedBg] = ImVec4(p.accent.x, p.accent.y, p.accent.z, 0.35f);
    style.Colors[ImGuiCol_SliderGrab] = p.accent;
    style.Colors[ImGuiCol_NavHighlight] = p.accent;
    style.Colors[ImGuiCol_TextDisabled] = p.muted_text;

    style.WindowPadding = ImVec2(24, 24);
    style.FramePadding = ImVec2(12, 7);
    style.ItemSpacing = ImVec2(10, 10);
    style.ItemInnerSpacing = ImVec2(8, 6);
    style.WindowBorderSize = 0;
    style.PopupBorderSize = 1;
    // Every frame (checkbox, radio button, text and number field) has a visible edge;
    // buttons are drawn without one (widgets.cpp), their fill and label are the cue.
    style.FrameBorderSize = 1;
    style.ChildRounding = 8;
    style.FrameRounding = 6;
    style.GrabRounding = 6;
    style.PopupRounding = 6;
    style.WindowRounding = 0;
    style.ScrollbarSize = 12;
    if (coarse_pointer) {
        // A frame is the font plus twice its vertical padding: a checkbox's box and a radio
        // button's circle are a frame tall. Rows further apart, so a finger finds its own.
        style.FramePadding.y = (kTouchTarget - kBodyFontSize) * 0.5f;
        style.ItemSpacing = ImVec2(12, 12);
        style.ItemInnerSpacing.x = 12;
        // Scrolling is a finger's drag: a thin bar shows where the content is.
        style.ScrollbarSize = 6;
    }
    style.ScaleAllSizes(scale);
    // Border widths are not scaled by ImGui: one CSS pixel, in whole device pixels.
    style.FrameBorderSize = std::max(1.0f, std::round(scale));
    style.PopupBorderSize = style.FrameBorderSize;
    ImGui::GetStyle() = style;
}

}  // namespace kickstart::app
