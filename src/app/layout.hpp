// Layout: how the screens arrange themselves for the space the canvas has, chosen every frame
// from its size in CSS pixels (a rotated phone or a zoomed page changes it without a reload).
//
// Wide: the plan's list and the selected action's details side by side, the full stepper,
// language and theme in the top bar. Narrow (a phone, a small tablet, a laptop at 200 %): one
// pane at a time (the list, then an action's details as a view of its own with Back), the
// screen scrolls as one, the stepper as "Step 2 of 5 · Your tools" with previous and next,
// language and theme in a menu. Short (a laptop at 200 %, a phone held sideways): the plan's
// header in its compact form.
#pragma once

namespace kickstart::app {

// Below this width (CSS pixels) the screens are narrow: two panes of the plan do not leave
// either one a readable line (the details pane was 20 px wide on a phone).
inline constexpr float kNarrowBelowWidth = 720.0f;
// Below this height the plan's header is compact, so the actions keep most of the window.
inline constexpr float kShortBelowHeight = 720.0f;

struct Layout {
    bool narrow = false;  // one pane at a time, menu in the top bar, compact stepper
    bool short_height = false;

    // The plan's list and details side by side.
    [[nodiscard]] bool two_panes() const { return !narrow; }
    // The plan's header in a few short lines.
    [[nodiscard]] bool compact_header() const { return narrow || short_height; }

    bool operator==(const Layout&) const = default;
};

[[nodiscard]] Layout choose_layout(float css_width, float css_height);

}  // namespace kickstart::app
