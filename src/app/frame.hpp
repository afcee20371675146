// FrameRunner: one frame of the application, the same on every platform. The platform owns
// the loop, its input and its rendering; between its NewFrame and its draw-data rendering it
// calls run(), which translates the keys Dear ImGui 1.86 does not handle the way a web page
// does, and runs ImGui::NewFrame(), the application and ImGui::Render(). The page
// (src/platform/web) and the native tests (src/platform/headless) run exactly this.
#pragma once

namespace kickstart::app {

class Application;

// The platform's own indices of the keys the app handles itself, in io.KeysDown.
struct PlatformKeys {
    int tab = 0;
    int enter = 0;
    int keypad_enter = 0;
};

class FrameRunner {
public:
    FrameRunner(Application& app, PlatformKeys keys) : app_(app), keys_(keys) {}

    // Once, after ImGui's context exists and the platform has filled io.KeyMap: no ini file
    // (state lives in the URL and the autosave), keyboard navigation, no blinking caret (it
    // would keep an idle page drawing), Tab taken from ImGui for the app's own focus order
    // (focus_order.hpp).
    void install();

    // Everything from ImGui::NewFrame() to ImGui::Render(), with the platform's input for
    // this frame already in ImGuiIO. Enter presses the focused widget (ImGui maps it to text
    // input only) on the frame it goes down, never while held and never when it was a text
    // field's Enter (the field closes and must not reopen); Tab and Shift+Tab move the focus
    // through every widget; a slow frame does not turn a key press into a repeat.
    void run();

private:
    Application& app_;
    PlatformKeys keys_;
    bool enter_was_down_ = false;        // in the last frame run
    bool text_field_was_active_ = false;  // a text field was being edited at the end of it
};

}  // namespace kickstart::app
