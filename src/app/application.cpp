#include "application.hpp"

#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace kickstart::app {

Application::Application(const Result<Translations>& translations, AppState initial_state)
    : translations_(translations), state_(initial_state), applied_theme_(initial_state.theme) {}

bool Application::set_scale(float scale) {
    if (scale == scale_) return false;
    scale_ = scale;
    fonts_ = build_fonts(scale);
    apply_theme(state_.theme, scale);
    applied_theme_ = state_.theme;
    return true;
}

void Application::draw() {
    ++frames_;
    probe_.begin_frame();
    if (state_.theme != applied_theme_) {
        apply_theme(state_.theme, scale_);
        applied_theme_ = state_.theme;
    }

    // One full-window surface, not floating debug windows.
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    constexpr ImGuiWindowFlags kSurface = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Backstage Kickstart", nullptr, kSurface);
    if (!translations_) {
        draw_load_error();
        ImGui::End();
        return;
    }

    // A readable column: at most ~46 em wide, centred, the rest is margin.
    const float column = std::min(ImGui::GetContentRegionAvail().x, 760.0f * scale_);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - column) * 0.5f);
    ImGui::BeginChild("column", ImVec2(column, 0), false, ImGuiWindowFlags_NoBackground);
    Ui ui{translations_.value(), state_, fonts_, probe_, scale_};
    switch (state_.screen) {
        case Screen::welcome: draw_welcome_panel(ui); break;
        case Screen::questions: draw_questions_panel(ui); break;
    }
    ImGui::EndChild();
    ImGui::End();
}

void Application::draw_load_error() const {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("The built-in texts could not be loaded:");
    ImGui::TextUnformatted(translations_.error().message.c_str());
    ImGui::PopTextWrapPos();
}

std::string Application::state_json() const {
    nlohmann::json widgets = nlohmann::json::object();
    const float to_css = scale_ > 0 ? 1.0f / scale_ : 1.0f;
    for (const auto& [name, rect] : probe_.rects()) {
        widgets[name] = {{"x", rect.x * to_css},
                         {"y", rect.y * to_css},
                         {"width", rect.width * to_css},
                         {"height", rect.height * to_css}};
    }
    const nlohmann::json state = {
        {"screen", screen_name(state_.screen)},
        {"language", language_code(state_.language)},
        {"theme", state_.theme == Theme::dark ? "dark" : "light"},
        {"scale", scale_},
        {"frames", frames_},
        {"widgets", std::move(widgets)},
    };
    return state.dump();
}

}  // namespace kickstart::app
