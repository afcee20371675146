#include "browser.hpp"

#include <emscripten.h>

#include <cstdlib>

// [SECTION] JavaScript side
// Strings cross as (pointer, length) into JS and as malloc'ed UTF-8 out of it (freed here).

namespace {

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

EM_JS(void, js_signal_ready, (), {
    window.kickstartReadyAt = performance.now();  // the startup benchmark reads it
    document.body.classList.add("app-ready");
    window.dispatchEvent(new CustomEvent("kickstart-ready"));
});

EM_JS(void, js_report_no_webgl, (), {
    window.dispatchEvent(new CustomEvent("kickstart-no-webgl"));  // boot.js explains it
});

EM_JS(void, js_resize_backbuffer, (int width, int height), {
    Browser.setCanvasSize(width, height);  // canvas.width/height; mouse events scale by it
    if (GLFW.active) {
        GLFW.active.width = width;
        GLFW.active.height = height;
    }
});

EM_JS(void, js_install_bridge, (), {
    const K = Module.kickstartBridge = { serial: 1 };
    // Anything that may change what is drawn: count it, and run the frame loop again if it
    // paused while the page was idle.
    const bump = () => {
        K.serial = (K.serial + 1) >>> 0;
        Module._kickstart_wake();
    };
    K.bump = bump;
    for (const type of ["mousemove", "mousedown", "mouseup", "wheel", "keydown", "keyup", "touchstart", "touchmove",
                        "touchend", "resize", "focus", "blur"]) {
        window.addEventListener(type, bump, { passive: true, capture: true });
    }
    document.addEventListener("visibilitychange", bump);
    // Presses and releases are drawn at once, inside the event (bubbling phase: GLFW's
    // capturing listeners have updated the input state by then), so what they trigger —
    // copying, the file picker — runs within the user's gesture.
    for (const type of ["mousedown", "mouseup", "keydown", "keyup", "touchstart", "touchend"]) {
        window.addEventListener(type, () => Module._kickstart_input_frame(), { passive: true });
    }
    // The canvas can change size without a window resize, and the device-pixel ratio can
    // change without either (another screen): both wake the loop.
    if (typeof ResizeObserver === "function") new ResizeObserver(bump).observe(Module.canvas);
    const watchRatio = () => {
        if (!window.matchMedia) return;
        const query = window.matchMedia("(resolution: " + window.devicePixelRatio + "dppx)");
        const changed = () => {
            query.removeEventListener("change", changed);
            bump();
            watchRatio();
        };
        query.addEventListener("change", changed);
    };
    watchRatio();
    const passString = (text, fn) => {
        const size = lengthBytesUTF8(text) + 1;
        const ptr = _malloc(size);
        stringToUTF8(text, ptr, size);
        fn(ptr);
        _free(ptr);
    };
    // Emscripten 3.1.6's GLFW hands ImGui the raw deltaY in pixels with the sign flipped
    // (a wheel notch scrolled ~100 lines the wrong way). Normalise to notches here and keep
    // the event from reaching GLFW's own listener on the canvas.
    window.addEventListener("wheel", (event) => {
        if (event.target !== Module.canvas) return;
        event.preventDefault();
        event.stopPropagation();
        const scale = event.deltaMode === 1 ? 1 / 3 : event.deltaMode === 2 ? 10 : 1 / 100;
        Module._kickstart_on_wheel(-event.deltaX * scale, -event.deltaY * scale);
        bump();
    }, { capture: true, passive: false });
    window.addEventListener("hashchange", () => {
        passString(window.location.hash.substring(1), (ptr) => Module._kickstart_on_fragment(ptr));
        bump();
    });
    // Paste goes straight into the focused text field (Emscripten's GLFW has no clipboard).
    window.addEventListener("paste", (event) => {
        if (!Module._kickstart_wants_text()) return;
        const text = (event.clipboardData || window.clipboardData).getData("text");
        event.preventDefault();
        passString(text, (ptr) => Module._kickstart_on_paste(ptr));
        bump();
        Module._kickstart_input_frame();
    });
    const input = document.createElement("input");
    input.type = "file";
    input.accept = ".json,application/json";
    input.hidden = true;
    input.id = "kickstart-file";
    document.body.appendChild(input);
    input.addEventListener("change", async () => {
        const file = input.files && input.files[0];
        input.value = "";
        if (!file) return;
        // Read no more than the core accepts; the real size still reaches the message.
        const limit = 4 * 1024 * 1024 + 1;
        let text = "";
        try {
            text = await file.slice(0, limit).text();
        } catch (error) {
            text = "";
        }
        passString(file.name, (name) => passString(text, (content) => Module._kickstart_on_file(name, content, file.size)));
        bump();
    });
});

EM_JS(unsigned, js_input_serial, (), { return Module.kickstartBridge ? Module.kickstartBridge.serial : 0; });

EM_JS(char*, js_url_fragment, (), {
    const text = window.location.hash.substring(1);
    const size = lengthBytesUTF8(text) + 1;
    const ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
});

EM_JS(void, js_replace_fragment, (const char* data, int length), {
    const text = UTF8ToString(data, length);
    if (window.location.hash.substring(1) === text) return;
    // replaceState: no history entry per change, and no hashchange event back to us.
    history.replaceState(history.state, "", "#" + text);
});

EM_JS(char*, js_page_address, (const char* data, int length), {
    const text = window.location.href.split("#")[0] + "#" + UTF8ToString(data, length);
    const size = lengthBytesUTF8(text) + 1;
    const ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
});

EM_JS(char*, js_load_autosave, (), {
    let text = "";
    try {
        text = window.localStorage.getItem("backstage-kickstart/autosave") || "";
    } catch (error) {
        text = "";  // storage blocked by policy or private mode: run without autosave
    }
    const size = lengthBytesUTF8(text) + 1;
    const ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
});

EM_JS(void, js_save_autosave, (const char* data, int length), {
    try {
        window.localStorage.setItem("backstage-kickstart/autosave", UTF8ToString(data, length));
    } catch (error) {
        // Full or blocked storage: the plan still lives in the address.
    }
});

EM_JS(void, js_clear_autosave, (), {
    try {
        window.localStorage.removeItem("backstage-kickstart/autosave");
    } catch (error) {
    }
});

EM_JS(void, js_download, (const char* name, int name_length, const char* mime, int mime_length, const char* data,
                          int length), {
    const blob = new Blob([HEAPU8.slice(data, data + length)], { type: UTF8ToString(mime, mime_length) });
    const url = URL.createObjectURL(blob);
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = UTF8ToString(name, name_length);
    anchor.rel = "noopener";
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
});

// navigator.clipboard where the page is a secure context; otherwise (plain-http intranet)
// the selection + execCommand fallback, which browsers still honour after a user gesture.
EM_JS(void, js_copy, (const char* data, int length, int report), {
    const text = UTF8ToString(data, length);
    const done = (ok) => {
        if (report) Module._kickstart_on_clipboard(ok ? 1 : 0);
        if (Module.kickstartBridge) Module.kickstartBridge.bump();
    };
    const fallback = () => {
        const area = document.createElement("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.style.position = "fixed";
        area.style.opacity = "0";
        document.body.appendChild(area);
        area.select();
        let ok = false;
        try {
            ok = document.execCommand("copy");
        } catch (error) {
            ok = false;
        }
        area.remove();
        Module.canvas.focus();
        done(ok);
    };
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(() => done(true), fallback);
    } else {
        fallback();
    }
});

EM_JS(void, js_pick_file, (), { document.getElementById("kickstart-file").click(); });

EM_JS(void, js_open_in_new_tab, (const char* data, int length), {
    window.open(UTF8ToString(data, length), "_blank", "noopener,noreferrer");
});

EM_JS(char*, js_today, (), {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, "0");
    const text = now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
    const size = lengthBytesUTF8(text) + 1;
    const ptr = _malloc(size);
    stringToUTF8(text, ptr, size);
    return ptr;
});

std::string take(char* raw) {
    std::string text = raw != nullptr ? raw : "";
    std::free(raw);
    return text;
}

int length_of(std::string_view text) { return static_cast<int>(text.size()); }

}  // namespace

// [SECTION] C++ side

namespace kickstart::platform {

std::string browser_language() {
    std::string tag = take(js_browser_language());
    return tag.empty() ? "en" : tag;
}

bool browser_prefers_dark() { return js_prefers_dark() != 0; }

void set_canvas_cursor(int imgui_mouse_cursor) {
    static int current = -2;  // the DOM write is only needed when the shape changes
    if (imgui_mouse_cursor == current) return;
    current = imgui_mouse_cursor;
    js_set_cursor(imgui_mouse_cursor);
}

void signal_ready() { js_signal_ready(); }
void report_no_webgl() { js_report_no_webgl(); }
void resize_backbuffer(int width, int height) { js_resize_backbuffer(width, height); }
void install_bridge() { js_install_bridge(); }
std::uint32_t input_serial() { return js_input_serial(); }
double now_ms() { return emscripten_get_now(); }
std::string url_fragment() { return take(js_url_fragment()); }
void replace_fragment(std::string_view fragment) { js_replace_fragment(fragment.data(), length_of(fragment)); }
std::string page_address(std::string_view fragment) {
    return take(js_page_address(fragment.data(), length_of(fragment)));
}
std::string load_autosave() { return take(js_load_autosave()); }
void save_autosave(std::string_view value) { js_save_autosave(value.data(), length_of(value)); }
void clear_autosave() { js_clear_autosave(); }
void download(std::string_view filename, std::string_view mime_type, std::string_view content) {
    js_download(filename.data(), length_of(filename), mime_type.data(), length_of(mime_type), content.data(),
                length_of(content));
}
void copy_to_clipboard(std::string_view text, bool report) { js_copy(text.data(), length_of(text), report ? 1 : 0); }
void pick_file() { js_pick_file(); }
void open_in_new_tab(std::string_view url) { js_open_in_new_tab(url.data(), length_of(url)); }
std::string today() { return take(js_today()); }

}  // namespace kickstart::platform
