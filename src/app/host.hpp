// Host: what the application asks of the platform it runs on (the browser page, or a test
// double). The app never includes Emscripten; the platform layer implements this.
#pragma once

#include <string>
#include <string_view>

namespace kickstart::app {

class Host {
public:
    virtual ~Host() = default;
    // Offers `content` as a file download named `filename`.
    virtual void download(std::string_view filename, std::string_view mime_type, std::string_view content) = 0;
    // Copies text to the system clipboard; the outcome arrives later through
    // Application::on_clipboard_result (browsers answer asynchronously).
    virtual void copy_to_clipboard(std::string_view text) = 0;
    // Opens the file picker for a JSON plan; the file arrives through Application::open_plan_file.
    virtual void pick_plan_file() = 0;
    // Writes the plan's link into the address of the current history entry. `entry` names the
    // screen the entry shows ("questions.1"); the browser gives it back on Back and Forward
    // (Application::on_history_entry).
    virtual void replace_fragment(std::string_view fragment, std::string_view entry) = 0;
    // The same in a new history entry: the user moved to another screen.
    virtual void push_fragment(std::string_view fragment, std::string_view entry) = 0;
    // The full address of the page with `fragment`, as a colleague would open it.
    [[nodiscard]] virtual std::string page_address(std::string_view fragment) const = 0;
    virtual void save_autosave(std::string_view value) = 0;
    virtual void clear_autosave() = 0;
    virtual void open_in_new_tab(std::string_view url) = 0;
    [[nodiscard]] virtual std::string today() const = 0;  // YYYY-MM-DD, local time
    // A steady clock in seconds (frames do not run while the page is idle, so ImGui's own
    // time does not follow the wall clock).
    [[nodiscard]] virtual double now_seconds() const = 0;
    // Draws frames again `seconds` from now, even with no input: a notice that fades by
    // itself is drawn then, and the page stays idle in between.
    virtual void wake_after(double seconds) = 0;
};

}  // namespace kickstart::app
