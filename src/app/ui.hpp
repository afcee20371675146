// What every panel draws with: the state it may change, the texts, the fonts, the scale,
// and the probe that publishes widget rectangles for browser tests.
#pragma once

#include "fonts.hpp"
#include "theme.hpp"
#include "widget_probe.hpp"

#include "kickstart/core/i18n.hpp"

#include <string_view>

namespace kickstart::app {

enum class Screen { welcome, questions };
[[nodiscard]] std::string_view screen_name(Screen screen);

struct AppState {
    Screen screen = Screen::welcome;
    Language language = Language::en;
    Theme theme = Theme::dark;
};

struct Ui {
    const Translations& translations;
    AppState& state;
    const Fonts& fonts;
    WidgetProbe& probe;
    float scale;  // device pixels per CSS pixel

    [[nodiscard]] std::string_view text(std::string_view key) const {
        return translations.text(state.language, key);
    }
    [[nodiscard]] float px(float css_pixels) const { return css_pixels * scale; }
    [[nodiscard]] const Palette& colors() const { return palette(state.theme); }
};

// [SECTION] Shared widgets (widgets.cpp)
void text_wrapped(std::string_view text);
void text_muted(const Ui& ui, std::string_view text);
void heading(ImFont* font, std::string_view text);
// A button whose label follows the language while its ImGui ID and probe name stay fixed.
bool button(Ui& ui, std::string_view label, std::string_view id, float width = 0.0f);
bool primary_button(Ui& ui, std::string_view label, std::string_view id, float width = 0.0f);
// A two-or-more-way toggle drawn as joined buttons; returns true when the choice changed.
bool segmented(Ui& ui, std::string_view id, std::initializer_list<std::string_view> labels, int& selected);

// [SECTION] Panels, one file each
void draw_welcome_panel(Ui& ui);
void draw_questions_panel(Ui& ui);

}  // namespace kickstart::app
