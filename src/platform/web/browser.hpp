// The page's JavaScript as plain C++ calls: everything the app needs from the browser.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kickstart::platform {

[[nodiscard]] std::string browser_language();  // navigator.language, e.g. "pl-PL"
[[nodiscard]] bool browser_prefers_dark();      // prefers-color-scheme
[[nodiscard]] bool browser_is_mac();            // navigator.userAgentData / navigator.platform
[[nodiscard]] bool browser_coarse_pointer();    // (pointer: coarse): a finger
void set_canvas_cursor(int imgui_mouse_cursor);  // Emscripten's GLFW cursors are no-ops
void signal_ready();                             // first frame drawn: hide the loader
// No WebGL 2 context: the page says why, and shows the plan's report when there is one.
void report_no_webgl(bool with_plan);
// Sets the canvas backbuffer and GLFW's window size to `width` x `height` device pixels.
// glfwSetWindowSize is not used: Emscripten 3.1.6 calls requestFullscreen() when the size
// equals the screen's (a maximised window at DPR 1) and then leaves the size unchanged.
void resize_backbuffer(int width, int height);

// Installs the page-side listeners: hashchange, paste, the file input, the counter of input
// events the frame loop uses to stay idle when nothing happens (each one also wakes a paused
// loop: kickstart_wake), the frame drawn inside each press and release
// (kickstart_input_frame), and the canvas-size and device-pixel-ratio watchers.
void install_bridge();
[[nodiscard]] std::uint32_t input_serial();  // changes whenever an input event arrived
[[nodiscard]] double now_ms();
void wake_after_ms(double milliseconds);  // counts as input then: the loop draws again

[[nodiscard]] std::string url_fragment();  // without '#'
// The plan's link in the address: in a new history entry (push) or the current one. `entry`
// is kept in the entry's history.state and comes back through kickstart_on_history.
void set_fragment(std::string_view fragment, std::string_view entry, bool push);
[[nodiscard]] std::string page_address(std::string_view fragment);
[[nodiscard]] std::string load_autosave();
void save_autosave(std::string_view value);
void clear_autosave();
void download(std::string_view filename, std::string_view mime_type, std::string_view content);
// report: whether the outcome goes back to the app (kickstart_on_clipboard).
void copy_to_clipboard(std::string_view text, bool report);
void pick_file();
void open_in_new_tab(std::string_view url);
[[nodiscard]] std::string today();
// The DOM mirror of the canvas (Application::semantics_json()): the page updates only the
// elements that changed. Events on them come back through kickstart_semantic_action.
void update_semantics(std::string_view tree_json);

}  // namespace kickstart::platform
