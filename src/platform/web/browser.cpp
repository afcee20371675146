#include "browser.hpp"

#include <emscripten.h>

#include <cstdlib>

namespace {

// Returns a malloc'ed UTF-8 copy of navigator.language; the caller frees it.
EM_JS(char*, js_browser_language, (), {
    const tag = (navigator.languages && navigator.languages[0]) || navigator.language || "en";
    const size = lengthBytesUTF8(tag) + 1;
    const ptr = _malloc(size);
    stringToUTF8(tag, ptr, size);
    return ptr;
});

EM_JS(int, js_prefers_dark, (), {
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? 1 : 0;
});

// Order follows ImGuiMouseCursor_: Arrow, TextInput, ResizeAll, ResizeNS, ResizeEW,
// ResizeNESW, ResizeNWSE, Hand, NotAllowed; -1 (None) hides it.
EM_JS(void, js_set_cursor, (int cursor), {
    const names = ["default", "text", "move", "ns-resize", "ew-resize", "nesw-resize", "nwse-resize", "pointer",
                   "not-allowed"];
    Module.canvas.style.cursor = cursor < 0 ? "none" : (names[cursor] || "default");
});

EM_JS(void, js_resize_backbuffer, (int width, int height), {
    Browser.setCanvasSize(width, height);  // canvas.width/height; mouse events scale by it
    if (GLFW.active) {
        GLFW.active.width = width;
        GLFW.active.height = height;
    }
});

EM_JS(void, js_signal_ready, (), {
    document.body.classList.add("app-ready");
    window.dispatchEvent(new CustomEvent("kickstart-ready"));
});

}  // namespace

namespace kickstart::platform {

std::string browser_language() {
    char* raw = js_browser_language();
    std::string tag = raw != nullptr ? raw : "en";
    std::free(raw);
    return tag;
}

bool browser_prefers_dark() { return js_prefers_dark() != 0; }

void set_canvas_cursor(int imgui_mouse_cursor) {
    static int current = -2;  // the DOM write is only needed when the shape changes
    if (imgui_mouse_cursor == current) return;
    current = imgui_mouse_cursor;
    js_set_cursor(imgui_mouse_cursor);
}

void signal_ready() { js_signal_ready(); }

void resize_backbuffer(int width, int height) { js_resize_backbuffer(width, height); }

}  // namespace kickstart::platform
