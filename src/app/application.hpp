// Application: the whole UI over the core, independent of the window system. The platform
// layer owns the loop and calls, each frame: set_scale() (when it changed), then between
// ImGui::NewFrame() and ImGui::Render(), draw().
#pragma once

#include "fonts.hpp"
#include "ui.hpp"
#include "widget_probe.hpp"

#include "kickstart/core/i18n.hpp"
#include "kickstart/core/result.hpp"

#include <cstdint>
#include <string>

namespace kickstart::app {

class Application {
public:
    Application(const Result<Translations>& translations, AppState initial_state);

    // Rebuilds fonts and style for a new device-pixel ratio. Returns true when it did, so
    // the renderer re-uploads the font atlas.
    bool set_scale(float scale);
    void draw();

    [[nodiscard]] const AppState& state() const { return state_; }
    // The state browser tests read: screen, language, frame count, and widget rectangles in
    // CSS pixels (what a test clicks).
    [[nodiscard]] std::string state_json() const;

private:
    void draw_load_error() const;

    const Result<Translations>& translations_;
    AppState state_;
    Theme applied_theme_;
    Fonts fonts_;
    WidgetProbe probe_;
    float scale_ = 0.0f;
    std::uint64_t frames_ = 0;
};

}  // namespace kickstart::app
