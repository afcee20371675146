// What every panel draws with: the knowledge, the state it may change, the current plan,
// the fonts and scale, the host (downloads, clipboard), and the probe that publishes widget
// rectangles for browser tests.
//
// Index of this file:
// [SECTION] Shared widgets (widgets.cpp)
// [SECTION] Panels, one file each
#pragma once

#include "fonts.hpp"
#include "host.hpp"
#include "layout.hpp"
#include "state.hpp"
#include "theme.hpp"
#include "widget_probe.hpp"

#include "kickstart/core/builtin.hpp"
#include "kickstart/core/demo_brief.hpp"
#include "kickstart/core/planner.hpp"

#include <initializer_list>
#include <span>
#include <string>
#include <string_view>

namespace kickstart::app {

struct Ui {
    const Translations& translations;
    // The questionnaire and catalog; null only while the welcome screen's first frame is
    // drawn (the knowledge base loads on the next one, so the page appears sooner).
    const Knowledge* knowledge;
    AppState& state;
    const Plan& plan;
    const Fonts& fonts;
    WidgetProbe& probe;
    Host& host;
    float scale;              // device pixels per CSS pixel
    // Set by a panel that asks for a copy, before asking: the message when it succeeded
    // (the browser may answer at once, inside the frame, or later).
    std::string& copy_notice;
    // When a key last went down or up (host clock seconds): a tooltip on keyboard focus waits
    // until the keyboard rests.
    double keys_changed_at = 0.0;
    // What the plan means for the demo, computed with the plan (null before the knowledge loads).
    const DemoBrief* demo_brief = nullptr;
    // How the screens arrange themselves for the canvas's size this frame.
    Layout layout{};

    [[nodiscard]] std::string_view text(std::string_view key) const {
        return translations.text(state.language, key);
    }
    [[nodiscard]] const std::string& text(const LocalizedText& localized) const { return localized.in(state.language); }
    [[nodiscard]] float px(float css_pixels) const { return css_pixels * scale; }
    [[nodiscard]] const Palette& colors() const { return palette(state.theme); }
};

// [SECTION] Shared widgets (widgets.cpp)
// Text wrapped at the window's edge, or at `wrap_pos_x` (window-local) when it is above 0.
void text_wrapped(std::string_view text, float wrap_pos_x = 0.0f);
void text_muted(const Ui& ui, std::string_view text);
void text_colored(const ImVec4& color, std::string_view text);
// A heading (level 1 to 3 for screen readers; the font gives its look).
void heading(ImFont* font, std::string_view text, int level = 0);
// A button whose label follows the language while its ImGui ID and probe name stay fixed.
bool button(Ui& ui, std::string_view label, std::string_view id, float width = 0.0f);
bool primary_button(Ui& ui, std::string_view label, std::string_view id, float width = 0.0f);
// A row of joined buttons, one selected; returns true when the choice changed. For screen
// readers a radio group named `name` (or, with Role::tab, a tab list); without one, by the
// text "group.<id>" of assets/i18n ("group.plan.group": "Group the actions").
bool segmented(Ui& ui, std::string_view id, std::initializer_list<std::string_view> labels, int& selected,
               std::string_view name = {}, Role item_role = Role::radio);
bool segmented(Ui& ui, std::string_view id, std::span<const std::string_view> labels, int& selected,
               std::string_view name = {}, Role item_role = Role::radio);
bool checkbox(Ui& ui, std::string_view label, std::string_view id, bool& value);
// A link-styled text that opens `url` in a new tab (hand cursor, underline on hover).
void link(Ui& ui, std::string_view label, std::string_view url, std::string_view id);
// A tooltip with `text` this frame (the browser tests read which one is shown). Call it while
// the item is hovered. On a coarse pointer a tap on the item shows it instead, until the next
// tap elsewhere (pinned_tooltip() draws it on the frames the item is not hovered).
void tooltip(Ui& ui, std::string_view text);
// Once a frame, after the screen: the tooltip a tap pinned on a coarse pointer.
void pinned_tooltip(Ui& ui);
// A hand cursor over the last item, for anything clickable that is not a text field.
void hand_cursor_on_hover();
// Escape as "go back" on a screen: only when no dialog is open (Escape belongs to it then)
// and no text field is being edited (Escape cancels the edit), once per press.
[[nodiscard]] bool back_key_pressed(const Ui& ui);
// Ctrl+Enter (⌘Enter on a Mac): the screen's primary action (Next, See the plan), from any
// widget, once per press, when no dialog is open.
[[nodiscard]] bool primary_key_pressed(const Ui& ui);
// A muted line naming that shortcut, e.g. "Ctrl+Enter: Next" (published for the tests).
void primary_key_hint(Ui& ui, std::string_view action);
// Starts the copy of `text`; `notice_key` is the message shown when the browser confirms.
void copy_text(Ui& ui, std::string_view text, std::string_view notice_key);
[[nodiscard]] std::string labelled_id(std::string_view label, std::string_view id);
// A card: content on a panel-coloured, rounded background as wide as the region.
void begin_card(const Ui& ui);
void end_card(const Ui& ui);
// Text in the muted colour on one line (no wrapping), for figures beside other items.
void label_muted(const Ui& ui, std::string_view text);
// The width button() gives `label`.
[[nodiscard]] float button_width(std::string_view label);
// Call between two items of a row: the next one (`width` wide) stays on this line when it
// fits in the window, else it starts the next line. spacing < 0: the style's.
void same_line_if_fits(float width, float spacing = -1.0f);
// One line of `text` from `pos`, at most `width` wide: where it does not fit it ends in "…".
// Draws no item (use over a row or a bar). Returns true when the text was shortened.
bool text_ellipsis(const Ui& ui, std::string_view text, ImVec2 pos, float width, const ImVec4& color);

// [SECTION] Panels, one file each
void draw_welcome_panel(Ui& ui);
void draw_questions_panel(Ui& ui);
void draw_review_panel(Ui& ui);
void draw_plan_panel(Ui& ui);
void draw_timeline(Ui& ui);
void draw_demo_panel(Ui& ui);
// The stepper: Context · Tools · Goals · Review · Plan, each a way back.
void draw_stepper(Ui& ui);
// One question's widget; returns true when the answer changed.
bool draw_question(Ui& ui, const Question& question);
// The answer as text in the current language, for the review and the plan.
[[nodiscard]] std::string answer_summary(const Ui& ui, const Question& question);

}  // namespace kickstart::app
