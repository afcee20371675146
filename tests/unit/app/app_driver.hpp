// Drives the Application through real frames on the headless platform, as a person drives
// the page: the mouse moved to the centre of a widget the probe recorded (scrolled into
// view with the wheel first when needed), pressed and released on frames of their own, keys
// held across frames. FakeHost records everything the app asked of the platform.
#pragma once

#include "application.hpp"
#include "headless.hpp"
#include "host.hpp"

#include "kickstart/core/builtin.hpp"
#include "kickstart/core/plan_io.hpp"

#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace app_test {

struct Download {
    std::string filename;
    std::string mime_type;
    std::string content;
};

class FakeHost final : public kickstart::app::Host {
public:
    std::vector<Download> downloads;
    std::vector<std::string> clipboard;     // every text copied, in order
    int file_pickers = 0;                   // how often the file picker was opened
    std::vector<std::string> fragments;     // every URL fragment written, in order
    std::vector<std::string> history;       // the history entries: one per screen moved to
    std::vector<std::string> autosaves;     // every autosave written, in order
    int autosave_clears = 0;
    std::vector<std::string> opened_tabs;
    std::string date = "2026-11-24";

    void download(std::string_view filename, std::string_view mime_type, std::string_view content) override {
        downloads.push_back({std::string(filename), std::string(mime_type), std::string(content)});
    }
    void copy_to_clipboard(std::string_view text) override { clipboard.emplace_back(text); }
    void pick_plan_file() override { ++file_pickers; }
    void replace_fragment(std::string_view fragment, std::string_view entry) override {
        fragments.emplace_back(fragment);
        if (history.empty()) history.emplace_back(entry);
        history.back() = entry;
    }
    void push_fragment(std::string_view fragment, std::string_view entry) override {
        fragments.emplace_back(fragment);
        history.emplace_back(entry);
    }
    [[nodiscard]] std::string page_address(std::string_view fragment) const override {
        return "https://intranet.example/kickstart/#" + std::string(fragment);
    }
    void save_autosave(std::string_view value) override { autosaves.emplace_back(value); }
    void clear_autosave() override { ++autosave_clears; }
    void open_in_new_tab(std::string_view url) override { opened_tabs.emplace_back(url); }
    [[nodiscard]] std::string today() const override { return date; }
    double clock = 100.0;            // seconds; a test moves it on
    std::vector<double> wake_ups;    // when the app asked to be drawn again (clock seconds)
    [[nodiscard]] double now_seconds() const override { return clock; }
    void wake_after(double seconds) override { wake_ups.push_back(clock + seconds); }
};

struct Visit {
    std::string fragment{};  // the address's link, without '#' (or empty)
    std::string autosave{};  // what the browser saved before (or empty)
    kickstart::Language language = kickstart::Language::en;
    kickstart::app::Theme theme = kickstart::app::Theme::dark;
    float width = 1280.0f;  // CSS pixels
    float height = 800.0f;
    float scale = 1.0f;
    bool mac = false;  // the browser says macOS
    bool coarse_pointer = false;  // the primary pointer is a finger
};

class AppDriver {
public:
    // Opens the page: the app is created, started with the visit's link and autosave, and
    // drawn for a few frames (the first visit's knowledge base loads on the second).
    explicit AppDriver(const Visit& visit = {});

    FakeHost host;
    [[nodiscard]] kickstart::app::Application& app() { return *app_; }
    [[nodiscard]] const kickstart::app::AppState& state() const { return app_->state(); }
    [[nodiscard]] kickstart::platform::HeadlessPlatform& platform() { return *platform_; }

    void frames(int count = 1);
    // Whether the probe recorded `name` in the last frame.
    [[nodiscard]] bool drawn(std::string_view name) const;
    // The widget's rectangle in CSS pixels; fails the test when it was not drawn.
    [[nodiscard]] kickstart::app::Rect rect(std::string_view name) const;
    // Scrolls `name` into view with the wheel, moves the mouse to its centre, presses and
    // releases the left button.
    void click(std::string_view name);
    // A key held across two frames, as people press keys (ImGui samples keys per frame).
    void press(ImGuiKey key, bool shift = false);
    void type(std::string_view text);
    // The state JSON the browser tests read (window.kickstart.state()).
    [[nodiscard]] nlohmann::json json() const;
    [[nodiscard]] std::string notice() const;   // the notice on screen, as worded now
    [[nodiscard]] std::string focused() const;  // the widget showing the keyboard focus

private:
    void scroll_into_view(std::string_view name);
    std::unique_ptr<kickstart::app::Application> app_;
    std::unique_ptr<kickstart::platform::HeadlessPlatform> platform_;
    float width_;
    float height_;
};

// Knowledge the tests compare against.
[[nodiscard]] const kickstart::Knowledge& knowledge();
// What the app exports with, on FakeHost's default date: to compare downloads and copies.
[[nodiscard]] kickstart::ExportContext export_context(kickstart::Language language);
[[nodiscard]] kickstart::Answers example_answers(std::string_view id);
[[nodiscard]] std::string link_for(const kickstart::Answers& answers, const std::set<std::string>& done = {});
// The link with skips and estimates too.
[[nodiscard]] std::string link_with(const kickstart::Answers& answers, const kickstart::PlanEdits& edits);
// The autosave the page writes for a session with these answers on `screen`.
[[nodiscard]] std::string autosave_for(const kickstart::Answers& answers, std::string_view screen = "plan",
                                       std::string_view language = "en");

}  // namespace app_test
