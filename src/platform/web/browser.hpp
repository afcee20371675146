// The few things the app needs from the page's JavaScript, as plain C++ calls.
#pragma once

#include <string>

namespace kickstart::platform {

[[nodiscard]] std::string browser_language();  // navigator.language, e.g. "pl-PL"
[[nodiscard]] bool browser_prefers_dark();      // prefers-color-scheme
void set_canvas_cursor(int imgui_mouse_cursor);  // Emscripten's GLFW cursors are no-ops
void signal_ready();                             // first frame drawn: hide the loader
// Sets the canvas backbuffer and GLFW's window size to `width` x `height` device pixels.
// glfwSetWindowSize is not used: Emscripten 3.1.6 calls requestFullscreen() when the size
// equals the screen's (a maximised window at DPR 1) and then leaves the size unchanged.
void resize_backbuffer(int width, int height);

}  // namespace kickstart::platform
