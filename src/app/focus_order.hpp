// Keyboard focus order: Tab and Shift+Tab move through every widget that takes focus, in the
// order the frame draws them, wrapping at either end — as in any web page. Dear ImGui 1.86's
// own Tab visits text fields only, so a keyboard user could not reach a button with it.
// A text field reached this way starts editing (its text selected); Tab leaves it again,
// keeping what was typed. While a modal dialog is open, Tab stays inside it. When the focus
// ring is not shown yet (mouse use, or a fresh screen whose default button holds the focus),
// the first Tab shows it where it is.
#pragma once

#include <imgui.h>

#include <optional>
#include <string_view>

namespace kickstart::app {

// Starts recording the widgets each frame adds (once, after ImGui::CreateContext()).
void install_focus_order();

// Once per frame, between ImGui::NewFrame() and the first widget: `direction` is +1 when
// Tab was pressed this frame, -1 for Shift+Tab, 0 otherwise. The owner of the frame loop
// keeps Tab from ImGui itself (io.KeyMap[ImGuiKey_Tab] = -1) so the two never disagree.
void update_focus_order(int direction);

// Shows the keyboard focus ring now, as if a key had been pressed (a dialog opening by a
// click still shows which answer Enter gives).
void show_keyboard_focus();

// "Skip to content": marks the next widget drawn as where the screen's own content starts
// (after the page's chrome and the stepper) ...
void mark_content_start();
// ... and moves the keyboard focus there in the next frame, as a web page's skip link does.
void skip_to_content();
// A new screen: no widget holds the focus, so the first Tab starts from the first stop.
void reset_keyboard_focus();
// Whether the widget `id` shows the keyboard focus this frame.
[[nodiscard]] bool has_keyboard_focus(ImGuiID id);

// From outside the frame (the page's DOM mirror): in the next frame, the keyboard focus moves
// to widget `id` (drawn in the last frame), and with `press` it is activated as Enter would.
// Returns false when the widget was not drawn in the last frame.
enum class FocusRequest { focus, press };
bool request_focus(ImGuiID id, FocusRequest request);
// The text field `id` gets `text` in place of what it holds (focused and edited first).
bool request_text(ImGuiID id, std::string_view text);

struct ScreenRect {
    ImVec2 min;
    ImVec2 max;
};
// Where the keyboard focus is drawn this frame, when it is shown (after keyboard use).
[[nodiscard]] std::optional<ScreenRect> keyboard_focus_rect();

}  // namespace kickstart::app
