// The headless platform: Dear ImGui with no window and no GPU, the way ImGui's own test
// engine runs it. The font atlas is built to RGBA32 in memory and never uploaded, input is
// set directly on ImGuiIO, and each frame runs the app's FrameRunner exactly as the page
// does. The native tests drive the application through it (tests/unit/app/).
#pragma once

#include "frame.hpp"

#include <imgui.h>

#include <cstdint>
#include <string_view>

namespace kickstart::app {
class Application;
}

namespace kickstart::platform {

class HeadlessPlatform {
public:
    // A window of `width` x `height` CSS pixels, at `scale` device pixels per CSS pixel.
    explicit HeadlessPlatform(app::Application& app, float width = 1280.0f, float height = 800.0f,
                              float scale = 1.0f);
    ~HeadlessPlatform();
    HeadlessPlatform(const HeadlessPlatform&) = delete;
    HeadlessPlatform& operator=(const HeadlessPlatform&) = delete;

    // Input for the frames that follow; positions in CSS pixels, as the page passes them.
    void move_mouse(float x, float y);
    void set_mouse_button(int button, bool down);
    void wheel(float notches);  // positive: up
    // Keys by ImGui's own index (ImGuiKey_Tab, ImGuiKey_Enter...): this platform's key
    // numbers are ImGuiKey values, so io.KeyMap maps each key to itself.
    void set_key(ImGuiKey key, bool down);
    void set_modifiers(bool ctrl, bool shift);
    void type_text(std::string_view utf8);
    // A new window size or device-pixel ratio, as a resize or browser zoom gives.
    void resize(float width, float height, float scale);

    // One frame: the fonts rebuilt when the scale changed, then FrameRunner::run().
    void frame(float seconds = 1.0f / 60.0f);
    [[nodiscard]] std::uint64_t frames() const { return frames_; }
    [[nodiscard]] float scale() const { return scale_; }

private:
    app::Application& app_;
    app::FrameRunner runner_;
    ImGuiContext* context_ = nullptr;
    float width_;
    float height_;
    float scale_;
    std::uint64_t frames_ = 0;
};

}  // namespace kickstart::platform
