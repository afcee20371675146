// The browser side of the platform layer as plain C++ calls. The JavaScript lives in
// library_kickstart.js, linked with --js-library.
//
// Index of this file:
// [SECTION] JavaScript side
// [SECTION] C++ side
#include "browser.hpp"

#include "kickstart/core/limits.hpp"

#include <emscripten.h>

#include <cstdlib>

// [SECTION] JavaScript side
// Implemented in library_kickstart.js. Strings go in as (pointer, length) and come back as
// malloc'ed UTF-8, freed by take().

extern "C" {
char* kickstart_js_browser_language();
int kickstart_js_prefers_dark();
char* kickstart_js_today();
void kickstart_js_set_cursor(int cursor);
void kickstart_js_signal_ready();
void kickstart_js_report_no_webgl(int with_plan);
void kickstart_js_resize_backbuffer(int width, int height);
void kickstart_js_install_bridge(int max_file_bytes);
unsigned kickstart_js_input_serial();
char* kickstart_js_url_fragment();
void kickstart_js_set_fragment(const char* data, int length, const char* entry, int entry_length, int push);
char* kickstart_js_page_address(const char* data, int length);
char* kickstart_js_load_autosave();
void kickstart_js_save_autosave(const char* data, int length);
void kickstart_js_clear_autosave();
void kickstart_js_download(const char* name, int name_length, const char* mime, int mime_length, const char* data,
                           int length);
void kickstart_js_copy(const char* data, int length, int report);
void kickstart_js_pick_file();
int kickstart_js_is_mac();
int kickstart_js_coarse_pointer();
void kickstart_js_wake_after(double milliseconds);
void kickstart_js_open_in_new_tab(const char* data, int length);
void kickstart_js_update_semantics(const char* data, int length);
}

namespace {

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
    std::string tag = take(kickstart_js_browser_language());
    return tag.empty() ? "en" : tag;
}

bool browser_prefers_dark() { return kickstart_js_prefers_dark() != 0; }

void set_canvas_cursor(int imgui_mouse_cursor) {
    static int current = -2;  // the DOM write is only needed when the shape changes
    if (imgui_mouse_cursor == current) return;
    current = imgui_mouse_cursor;
    kickstart_js_set_cursor(imgui_mouse_cursor);
}

void signal_ready() { kickstart_js_signal_ready(); }
void report_no_webgl(bool with_plan) { kickstart_js_report_no_webgl(with_plan ? 1 : 0); }
void resize_backbuffer(int width, int height) { kickstart_js_resize_backbuffer(width, height); }
void install_bridge() { kickstart_js_install_bridge(static_cast<int>(kMaxPlanFileBytes)); }
std::uint32_t input_serial() { return kickstart_js_input_serial(); }
double now_ms() { return emscripten_get_now(); }
bool browser_is_mac() { return kickstart_js_is_mac() != 0; }
bool browser_coarse_pointer() { return kickstart_js_coarse_pointer() != 0; }
void wake_after_ms(double milliseconds) { kickstart_js_wake_after(milliseconds); }
std::string url_fragment() { return take(kickstart_js_url_fragment()); }
void set_fragment(std::string_view fragment, std::string_view entry, bool push) {
    kickstart_js_set_fragment(fragment.data(), length_of(fragment), entry.data(), length_of(entry), push ? 1 : 0);
}
std::string page_address(std::string_view fragment) {
    return take(kickstart_js_page_address(fragment.data(), length_of(fragment)));
}
std::string load_autosave() { return take(kickstart_js_load_autosave()); }
void save_autosave(std::string_view value) { kickstart_js_save_autosave(value.data(), length_of(value)); }
void clear_autosave() { kickstart_js_clear_autosave(); }
void download(std::string_view filename, std::string_view mime_type, std::string_view content) {
    kickstart_js_download(filename.data(), length_of(filename), mime_type.data(), length_of(mime_type),
                          content.data(), length_of(content));
}
void copy_to_clipboard(std::string_view text, bool report) {
    kickstart_js_copy(text.data(), length_of(text), report ? 1 : 0);
}
void pick_file() { kickstart_js_pick_file(); }
void open_in_new_tab(std::string_view url) { kickstart_js_open_in_new_tab(url.data(), length_of(url)); }
std::string today() { return take(kickstart_js_today()); }
void update_semantics(std::string_view tree_json) { kickstart_js_update_semantics(tree_json.data(), length_of(tree_json)); }

}  // namespace kickstart::platform
