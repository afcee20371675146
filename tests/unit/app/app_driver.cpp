#include "app_driver.hpp"

#include "kickstart/core/share_link.hpp"

#include <doctest/doctest.h>

namespace app_test {
namespace {

// After input the page draws at least this many frames (src/platform/web/main.cpp): ImGui
// lays a new screen out over a few (a table fits its columns over three).
constexpr int kSettleFrames = 6;

}  // namespace

const kickstart::Knowledge& knowledge() {
    const auto& loaded = kickstart::builtin_knowledge();
    REQUIRE(loaded.ok());
    return loaded.value();
}

kickstart::ExportContext export_context(kickstart::Language language) {
    const kickstart::Knowledge& k = knowledge();
    return {k.questionnaire, k.catalog, k.translations, language, FakeHost{}.date};
}

kickstart::Answers example_answers(std::string_view id) {
    for (const auto& example : kickstart::builtin_examples()) {
        if (example.id != id) continue;
        auto answers = knowledge().questionnaire.validate_text(example.answers_json);
        REQUIRE(answers.ok());
        return answers.value();
    }
    FAIL("no example " << std::string(id));
    return {};
}

std::string link_for(const kickstart::Answers& answers, const std::set<std::string>& done) {
    return kickstart::encode_share_link(knowledge().questionnaire, knowledge().catalog, answers, done);
}

std::string link_with(const kickstart::Answers& answers, const kickstart::PlanEdits& edits) {
    return kickstart::encode_share_link(knowledge().questionnaire, knowledge().catalog, answers, edits);
}

std::string autosave_for(const kickstart::Answers& answers, std::string_view screen, std::string_view language) {
    return nlohmann::json{{"link", link_for(answers)}, {"screen", screen}, {"section", 0}, {"language", language},
                          {"theme", "dark"}}
        .dump();
}

AppDriver::AppDriver(const Visit& visit) : width_(visit.width), height_(visit.height) {
    kickstart::app::AppState initial;
    initial.language = visit.language;
    initial.theme = visit.theme;
    initial.mac = visit.mac;
    initial.coarse_pointer = visit.coarse_pointer;
    app_ = std::make_unique<kickstart::app::Application>(&kickstart::builtin_knowledge,
                                                         kickstart::builtin_translations(), host, initial);
    platform_ = std::make_unique<kickstart::platform::HeadlessPlatform>(*app_, visit.width, visit.height, visit.scale);
    app_->start(visit.fragment, visit.autosave);
    frames(kSettleFrames);
}

void AppDriver::frames(int count) {
    for (int i = 0; i < count; ++i) platform_->frame();
}

bool AppDriver::drawn(std::string_view name) const { return app_->widgets().rects().contains(name); }

kickstart::app::Rect AppDriver::rect(std::string_view name) const {
    const auto& rects = app_->widgets().rects();
    const auto it = rects.find(name);
    if (it == rects.end()) {
        std::string names;
        for (const auto& [drawn_name, drawn_rect] : rects) names += " " + drawn_name;
        FAIL("widget '" << std::string(name) << "' is not on screen; drawn:" << names);
    }
    const float to_css = 1.0f / platform_->scale();
    const kickstart::app::Rect& r = it->second;
    return {r.x * to_css,         r.y * to_css,        r.width * to_css,
            r.height * to_css,    r.clip_top * to_css, r.clip_bottom * to_css};
}

void AppDriver::scroll_into_view(std::string_view name) {
    for (int attempt = 0; attempt < 40; ++attempt) {
        const kickstart::app::Rect r = rect(name);
        const bool below = r.y + r.height > std::min(height_, r.clip_bottom) + 0.5f;
        const bool above = r.y < std::max(0.0f, r.clip_top) - 0.5f;
        if (!below && !above) return;
        // Mid-window, unless that is outside the region that scrolls (the plan's list, under
        // its header, can start below mid-window): then mid-region.
        const float top = std::max(0.0f, r.clip_top);
        const float bottom = std::min(height_, r.clip_bottom);
        const float y = height_ / 2 >= top && height_ / 2 <= bottom ? height_ / 2 : (top + bottom) / 2;
        platform_->move_mouse(std::min(r.x + 10.0f, width_ - 10.0f), y);
        platform_->wheel(below ? -1.0f : 1.0f);
        frames(2);
    }
    const kickstart::app::Rect r = rect(name);
    FAIL("widget '" << std::string(name) << "' could not be scrolled into view: y " << r.y << ", height " << r.height
                    << ", clip " << r.clip_top << " to " << r.clip_bottom << ", window height " << height_);
}

void AppDriver::click(std::string_view name) {
    scroll_into_view(name);
    const kickstart::app::Rect r = rect(name);
    platform_->move_mouse(r.x + r.width / 2, r.y + r.height / 2);
    frames(1);
    platform_->set_mouse_button(0, true);
    frames(1);
    platform_->set_mouse_button(0, false);
    frames(kSettleFrames);
}

void AppDriver::press(ImGuiKey key, bool shift) {
    platform_->set_modifiers(false, shift);
    platform_->set_key(key, true);
    frames(1);
    platform_->set_key(key, false);
    platform_->set_modifiers(false, false);
    frames(kSettleFrames);
}

void AppDriver::type(std::string_view text) {
    platform_->type_text(text);
    frames(kSettleFrames);
}

nlohmann::json AppDriver::json() const { return nlohmann::json::parse(app_->state_json()); }

std::string AppDriver::notice() const { return json()["notice"].get<std::string>(); }

std::string AppDriver::focused() const { return json()["focused"].get<std::string>(); }

}  // namespace app_test
