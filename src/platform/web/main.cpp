// The browser entry point. The application owns its loop: Emscripten calls frame() once per
// animation frame while something may have changed (input, a resize, an answer from the
// page) and a short settle time after; then the loop pauses, so an idle page runs no code
// at all, and the next event resumes it. Mouse and key events also draw one frame at once,
// inside the browser's event handler (see kickstart_input_frame).
//
// Index of this file:
// [SECTION] The Host the application talks to
// [SECTION] Canvas size and devicePixelRatio
// [SECTION] Touch: taps, drags and flicks as ImGui's pointer and scrolling
// [SECTION] Frame
// [SECTION] Calls from the page (EMSCRIPTEN_KEEPALIVE: exported to JavaScript)
#include "application.hpp"
#include "browser.hpp"
#include "frame.hpp"
#include "touch_gesture.hpp"

#include "kickstart/core/builtin.hpp"

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_internal.h>
#include <imgui_impl_opengl3.h>

#include <malloc.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>

namespace {

namespace browser = kickstart::platform;

// [SECTION] The Host the application talks to

class WebHost final : public kickstart::app::Host {
public:
    void download(std::string_view filename, std::string_view mime_type, std::string_view content) override {
        browser::download(filename, mime_type, content);
    }
    void copy_to_clipboard(std::string_view text) override { browser::copy_to_clipboard(text, true); }
    void pick_plan_file() override { browser::pick_file(); }
    void replace_fragment(std::string_view fragment, std::string_view entry) override {
        browser::set_fragment(fragment, entry, false);
    }
    void push_fragment(std::string_view fragment, std::string_view entry) override {
        browser::set_fragment(fragment, entry, true);
    }
    [[nodiscard]] std::string page_address(std::string_view fragment) const override {
        return browser::page_address(fragment);
    }
    void save_autosave(std::string_view value) override { browser::save_autosave(value); }
    void clear_autosave() override { browser::clear_autosave(); }
    void open_in_new_tab(std::string_view url) override { browser::open_in_new_tab(url); }
    [[nodiscard]] std::string today() const override { return browser::today(); }
    [[nodiscard]] double now_seconds() const override { return browser::now_ms() / 1000.0; }
    void wake_after(double seconds) override { browser::wake_after_ms(seconds * 1000.0); }
};

struct Platform {
    GLFWwindow* window = nullptr;
    WebHost host;
    std::unique_ptr<kickstart::app::Application> app;
    std::unique_ptr<kickstart::app::FrameRunner> runner;  // the frame every platform runs
    int width = 0;   // backbuffer, device pixels
    int height = 0;
    bool ready_signalled = false;
    bool loop_paused = false;
    bool in_frame = false;
    std::uint32_t seen_serial = 0;
    double draw_until_ms = 0;   // keep drawing until then (ImGui settles over a few frames)
    int settle_frames = 0;      // ... and for at least this many more frames
    std::uint64_t frames_drawn = 0;
    bool paste_pending = false;  // pasted text waits in ImGui's character queue
    std::string state_json;     // kept alive for the JS caller of kickstart_state_json()
    std::string report_html;    // kept alive for the JS caller of kickstart_report_html()
    std::string semantics_sent;  // the tree the DOM mirror shows
    kickstart::app::TouchGesture touch;
    ImGuiID touch_scroll_x = 0;  // the windows a drag scrolls (0: none that way)
    ImGuiID touch_scroll_y = 0;
    ImVec2 touch_carry;  // the fractions of a device pixel the drag's scroll still owes
};

Platform& platform() {
    static Platform instance;
    return instance;
}

// How long to keep drawing after the last event: hover highlights, modal fades and
// keyboard navigation settle well within it. And at least that many frames, however slow
// each frame is (a software-rendered 4K canvas): ImGui needs a few to lay out a new screen.
constexpr double kSettleMs = 300.0;
constexpr int kSettleFrames = 6;

// [SECTION] Canvas size and devicePixelRatio

// Emscripten 3.1.6's GLFW neither follows window resizes nor knows devicePixelRatio: the
// canvas is sized by CSS (100vw x 100vh) and the backbuffer set here to CSS size x DPR, so
// text is rasterised at device resolution (crisp at DPR 1, 2, 3 and under browser zoom).
// Returns true when the scale changed and the font atlas was rebuilt (needs re-uploading).
bool follow_canvas_size(Platform& p, bool& resized) {
    double css_width = 0;
    double css_height = 0;
    emscripten_get_element_css_size("#canvas", &css_width, &css_height);
    const double ratio = emscripten_get_device_pixel_ratio();
    const int width = static_cast<int>(std::lround(css_width * ratio));
    const int height = static_cast<int>(std::lround(css_height * ratio));
    resized = false;
    if (width > 0 && height > 0 && (width != p.width || height != p.height)) {
        p.width = width;
        p.height = height;
        browser::resize_backbuffer(width, height);
        resized = true;
    }
    return p.app->set_scale(static_cast<float>(ratio));
}

// [SECTION] Touch: taps, drags and flicks as ImGui's pointer and scrolling

// Emscripten 3.1.6's GLFW turns touchstart/touchend into a press and release of the left
// button at the last *mouse* position (its position code reads only SDL's event.touch, so a
// finger never moves the cursor), and touchmove into nothing. The page keeps touches on the
// canvas from GLFW (library_kickstart.js, "Touch") and hands them to TouchGesture here.

// The window a drag scrolls that way, as ImGui's wheel chooses it: the window under the
// finger, or the nearest parent a child window without that scrolling passes the wheel to.
ImGuiWindow* scrolled_by_drag(ImGuiWindow* window, bool vertical) {
    for (; window != nullptr; window = window->ParentWindow) {
        const float range = vertical ? window->ScrollMax.y : window->ScrollMax.x;
        const bool scrolls = range > 0.0f && (window->Flags & ImGuiWindowFlags_NoScrollWithMouse) == 0;
        if (scrolls) return window;
        if ((window->Flags & ImGuiWindowFlags_ChildWindow) == 0) return nullptr;
    }
    return nullptr;
}

// Scrolls `window_id` by `css_pixels` (one finger pixel is one content pixel at any ratio);
// returns false when the content can go no further that way. ImGui keeps whole-pixel scroll positions: the fraction a frame
// leaves is carried into the next, so a long drag does not fall behind the finger.
bool scroll_window(ImGuiID window_id, float css_pixels, float ratio, bool vertical, float& carry) {
    ImGuiWindow* window = window_id != 0 ? ImGui::FindWindowByID(window_id) : nullptr;
    if (window == nullptr || css_pixels == 0.0f) return false;
    // The target set by an earlier frame's scroll, if ImGui has not reached it yet.
    const float from = vertical ? (window->ScrollTarget.y < FLT_MAX ? window->ScrollTarget.y : window->Scroll.y)
                                : (window->ScrollTarget.x < FLT_MAX ? window->ScrollTarget.x : window->Scroll.x);
    const float range = vertical ? window->ScrollMax.y : window->ScrollMax.x;
    const float wanted = from + css_pixels * ratio + carry;
    const float to = std::clamp(std::floor(wanted), 0.0f, range);
    const bool at_end = to != std::floor(wanted);
    carry = at_end ? 0.0f : wanted - to;
    if (to != from) {
        if (vertical) ImGui::SetScrollY(window, to); else ImGui::SetScrollX(window, to);
    }
    return !at_end;
}

// After GLFW's NewFrame: while touch drives the pointer, ImGui's mouse is the finger's.
void apply_touch(Platform& p, ImGuiIO& io) {
    if (!p.touch.owns_pointer()) return;
    const auto ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    const kickstart::app::TouchFrame frame = p.touch.next_frame(browser::now_ms() / 1000.0);
    io.MousePos = frame.pointer_on ? ImVec2(frame.x * ratio, frame.y * ratio) : ImVec2(-FLT_MAX, -FLT_MAX);
    for (bool& down : io.MouseDown) down = false;
    io.MouseDown[0] = frame.pressed;
    if (frame.drag_started) {
        // The last frame's pointer was where the finger went down.
        ImGuiWindow* under = ImGui::GetCurrentContext()->HoveredWindow;
        ImGuiWindow* horizontal = scrolled_by_drag(under, false);
        ImGuiWindow* vertical = scrolled_by_drag(under, true);
        p.touch_scroll_x = horizontal != nullptr ? horizontal->ID : 0;
        p.touch_scroll_y = vertical != nullptr ? vertical->ID : 0;
        p.touch_carry = ImVec2(0.0f, 0.0f);
    }
    const bool moved_x = scroll_window(p.touch_scroll_x, frame.scroll_x, ratio, false, p.touch_carry.x);
    const bool moved_y = scroll_window(p.touch_scroll_y, frame.scroll_y, ratio, true, p.touch_carry.y);
    // A flick that reached the end of its content stops there.
    if (!p.touch.dragging() && !moved_x && !moved_y && (frame.scroll_x != 0.0f || frame.scroll_y != 0.0f)) {
        p.touch.stop_momentum();
    }
}

// [SECTION] Frame

// Pasted text reaches ImGui as typed characters (Emscripten's GLFW has no clipboard), while
// Ctrl (or Cmd) is usually still held for Ctrl+V — and ImGui drops characters typed with it
// held, as shortcuts. The frame that takes a paste therefore sees the modifiers released;
// the frame after sees the keys as they are.
void release_modifiers_for_paste(const Platform& p, ImGuiIO& io) {
    if (!p.paste_pending) return;
    io.KeyCtrl = false;
    io.KeySuper = false;
}
void restore_modifiers(ImGuiIO& io) {
    io.KeyCtrl = io.KeysDown[GLFW_KEY_LEFT_CONTROL] || io.KeysDown[GLFW_KEY_RIGHT_CONTROL];
    io.KeySuper = io.KeysDown[GLFW_KEY_LEFT_SUPER] || io.KeysDown[GLFW_KEY_RIGHT_SUPER];
}

void draw_frame(Platform& p, bool rescaled) {
    p.in_frame = true;
    if (rescaled) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    apply_touch(p, io);
    release_modifiers_for_paste(p, io);
    p.runner->run();
    if (p.paste_pending) {
        p.paste_pending = false;
        restore_modifiers(io);
    }

    glViewport(0, 0, p.width, p.height);
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++p.frames_drawn;
    if (p.settle_frames > 0) --p.settle_frames;

    browser::set_canvas_cursor(ImGui::GetMouseCursor());
    // The DOM mirror follows the frame, and only when what it shows changed.
    if (std::string tree = p.app->semantics_json(); tree != p.semantics_sent) {
        browser::update_semantics(tree);
        p.semantics_sent = std::move(tree);
    }
    p.in_frame = false;
    if (!p.ready_signalled) {
        p.ready_signalled = true;
        browser::signal_ready();
    }
}

// Whether anything may have changed since the last frame; starts the settle time if so.
bool wants_drawing(Platform& p, bool resized, bool rescaled) {
    const double now = browser::now_ms();
    const std::uint32_t serial = browser::input_serial();
    // A flick's momentum draws on by itself, and lets the loop pause when it stops.
    if (serial != p.seen_serial || resized || rescaled || !p.ready_signalled || p.touch.animating()) {
        p.seen_serial = serial;
        p.draw_until_ms = now + kSettleMs;
        p.settle_frames = kSettleFrames;
    }
    return now <= p.draw_until_ms || p.settle_frames > 0;
}

// Called by Emscripten once per animation frame while the loop runs.
void frame() {
    Platform& p = platform();
    bool resized = false;
    const bool rescaled = follow_canvas_size(p, resized);
    if (!wants_drawing(p, resized, rescaled)) {
        // Idle: the canvas keeps the last frame and no more animation frames are asked for
        // until an event, a resize, a DPR change or an answer from the page (the bridge's
        // bump() calls kickstart_wake).
        emscripten_pause_main_loop();
        p.loop_paused = true;
        return;
    }
    draw_frame(p, rescaled);
}

// ImGui's text fields copy through this (Ctrl+C, Ctrl+X); the GLFW clipboard is a no-op here.
void set_clipboard_text(void*, const char* text) { browser::copy_to_clipboard(text, false); }
const char* get_clipboard_text(void*) { return ""; }  // pasting arrives as a paste event

}  // namespace

// [SECTION] Calls from the page (EMSCRIPTEN_KEEPALIVE: exported to JavaScript)

extern "C" {

// Read by the page's tests (window.kickstart.state()): screen, answers, widget rectangles.
EMSCRIPTEN_KEEPALIVE const char* kickstart_state_json() {
    Platform& p = platform();
    p.state_json = p.app ? p.app->state_json() : "{}";
    return p.state_json.c_str();
}

// The plan's HTML report, for printing: the page shows it in place of the canvas on paper.
EMSCRIPTEN_KEEPALIVE const char* kickstart_report_html() {
    Platform& p = platform();
    p.report_html = p.app ? p.app->print_report() : "";
    return p.report_html.c_str();
}

EMSCRIPTEN_KEEPALIVE double kickstart_frames_drawn() { return static_cast<double>(platform().frames_drawn); }

// The malloc heap's high-water mark (dlmalloc never gives memory back, so its arena is the
// peak) and what is in use now, in bytes; for the benchmark.
EMSCRIPTEN_KEEPALIVE double kickstart_heap_peak() { return static_cast<double>(mallinfo().arena); }
EMSCRIPTEN_KEEPALIVE double kickstart_heap_in_use() { return static_cast<double>(mallinfo().uordblks); }

EMSCRIPTEN_KEEPALIVE void kickstart_on_fragment(const char* fragment) {
    if (platform().app) platform().app->on_fragment_changed(fragment);
}

// Back or Forward reached one of the page's history entries (popstate).
EMSCRIPTEN_KEEPALIVE void kickstart_on_history(const char* entry) {
    if (platform().app) platform().app->on_history_entry(entry);
}

// Another tab of the page saved its plan (the storage event).
EMSCRIPTEN_KEEPALIVE void kickstart_on_autosave_elsewhere(const char* autosave) {
    if (platform().app) platform().app->on_autosave_changed_elsewhere(autosave);
}

// A picked file: its name, its first `length` bytes as they are on disk, and its real size.
EMSCRIPTEN_KEEPALIVE void kickstart_on_file(const char* name, const char* data, double length, double size) {
    if (!platform().app) return;
    platform().app->open_plan_file(name, std::string_view(data, static_cast<std::size_t>(length)),
                                   static_cast<std::size_t>(size));
}

// An assistive technology or the keyboard acted on an element of the DOM mirror: `action` is
// "press", "focus" or "value" (the field's whole text); `id` is the widget's node id.
EMSCRIPTEN_KEEPALIVE void kickstart_semantic_action(const char* id, const char* action, const char* value) {
    if (platform().app) platform().app->on_semantic_action(id, action, value);
}

// The DOM mirror's download links: the file of export format `format` as the app's button
// would give it now, as "<mime type>\n<content>" (valid until the next call; "" for none).
EMSCRIPTEN_KEEPALIVE const char* kickstart_export_file(const char* format) {
    static std::string file;
    file.clear();
    if (platform().app) {
        if (auto exported = platform().app->export_file(format)) file = exported->mime_type + "\n" + exported->content;
    }
    return file.c_str();
}

EMSCRIPTEN_KEEPALIVE void kickstart_on_clipboard(int copied) {
    if (platform().app) platform().app->on_clipboard_result(copied != 0);
}

EMSCRIPTEN_KEEPALIVE int kickstart_wants_text() { return ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput; }

EMSCRIPTEN_KEEPALIVE void kickstart_on_paste(const char* text) {
    ImGui::GetIO().AddInputCharactersUTF8(text);
    platform().paste_pending = true;
}

// Something happened that may change what is drawn: runs the loop again if it was paused.
EMSCRIPTEN_KEEPALIVE void kickstart_wake() {
    Platform& p = platform();
    if (!p.loop_paused) return;
    p.loop_paused = false;
    emscripten_resume_main_loop();
}

// Draws one frame now, from inside the page's mousedown/mouseup/keydown/keyup handler (after
// GLFW's own listeners have updated the input state). A click on Copy or Open then reaches
// the clipboard or the file picker inside the user's gesture, which Firefox and Safari
// require (Chromium also accepts it a frame later); and a key pressed and released between
// two animation frames is still seen by ImGui 1.86, which samples keys once per frame.
EMSCRIPTEN_KEEPALIVE int kickstart_input_frame() {
    Platform& p = platform();
    if (!p.ready_signalled || p.in_frame || !p.app) return 0;
    bool resized = false;
    const bool rescaled = follow_canvas_size(p, resized);
    (void)wants_drawing(p, resized, rescaled);
    draw_frame(p, rescaled);
    kickstart_wake();  // and let the loop settle after it
    return 1;
}

// A touch on the canvas (library_kickstart.js keeps it from GLFW): kind 0 start, 1 move,
// 2 end, 3 cancel; (x, y) in CSS pixels from the canvas's corner; touches: the fingers still
// on the screen; event_ms: the event's timeStamp (when the finger moved, which a slow frame
// does not delay, so a flick's speed is measured right). A finger going down is drawn at once (what it is over shows hovered, and the
// window a drag will scroll is known); a tap's press and release are drawn inside the
// touchend, within the user's gesture (Copy, Open).
EMSCRIPTEN_KEEPALIVE void kickstart_on_touch(int kind, double x, double y, int touches, double event_ms) {
    Platform& p = platform();
    const double now = event_ms / 1000.0;
    const auto fx = static_cast<float>(x);
    const auto fy = static_cast<float>(y);
    switch (kind) {
        case 0: p.touch.touch_start(fx, fy, now, touches); break;
        case 1: p.touch.touch_move(fx, fy, now); break;
        case 2: p.touch.touch_end(fx, fy, now, touches); break;
        default: p.touch.touch_cancel(); break;
    }
    if (kind == 1) return;  // the loop draws the drag at the display's pace
    if (kickstart_input_frame() == 0) return;
    while (p.touch.has_queued_frame() && kickstart_input_frame() != 0) {
    }
}

// The primary pointer became coarse (a finger) or fine.
EMSCRIPTEN_KEEPALIVE void kickstart_on_coarse_pointer(int coarse) {
    if (platform().app) platform().app->set_coarse_pointer(coarse != 0);
}

// A real mouse moved or pressed: it drives the pointer again (a laptop with a touch screen).
EMSCRIPTEN_KEEPALIVE void kickstart_on_mouse_used() { platform().touch.mouse_used(); }

// Read by the page's tests: whether touch drives the pointer, the widget ImGui shows hovered
// (its probe name, "?" for an unnamed one, "" for none) and the momentum's speed.
EMSCRIPTEN_KEEPALIVE const char* kickstart_pointer_json() {
    Platform& p = platform();
    std::string hovered;
    if (ImGui::GetCurrentContext() != nullptr && ImGui::GetCurrentContext()->HoveredId != 0 && p.app) {
        const ImVec2 pos = ImGui::GetIO().MousePos;
        hovered = p.app->widgets().name_at(pos.x, pos.y);
        if (hovered.empty()) hovered = "?";
    }
    p.state_json = "{\"touch\":" + std::string(p.touch.owns_pointer() ? "true" : "false") + ",\"hovered\":\"" +
                   hovered + "\",\"momentum\":" + std::to_string(p.touch.momentum_speed()) + "}";
    return p.state_json.c_str();
}

// Wheel notches (positive: up/left), already normalised by the page.
EMSCRIPTEN_KEEPALIVE void kickstart_on_wheel(double x, double y) {
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheelH += static_cast<float>(x);
    io.MouseWheel += static_cast<float>(y);
}

}  // extern "C"

int main() {
    Platform& p = platform();
    if (glfwInit() != GLFW_TRUE) {
        std::fprintf(stderr, "GLFW could not start\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    p.window = glfwCreateWindow(1280, 720, "Backstage Kickstart", nullptr, nullptr);

    kickstart::app::AppState initial;
    initial.language = kickstart::language_from_tag(browser::browser_language());
    initial.theme = browser::browser_prefers_dark() ? kickstart::app::Theme::dark : kickstart::app::Theme::light;
    initial.mac = browser::browser_is_mac();
    initial.coarse_pointer = browser::browser_coarse_pointer();
    p.app = std::make_unique<kickstart::app::Application>(&kickstart::builtin_knowledge,
                                                          kickstart::builtin_translations(), p.host, initial);
    if (p.window == nullptr) {
        // No WebGL 2: nothing can be drawn, but the core still plans. A shared link's plan (or
        // the one saved here) is offered as the HTML report; the runtime stays up to make it.
        const std::string fragment = browser::url_fragment();
        const std::string autosave = fragment.empty() ? browser::load_autosave() : std::string();
        p.app->start(fragment, autosave);
        browser::report_no_webgl(!fragment.empty() || !autosave.empty());
        return 0;
    }
    glfwMakeContextCurrent(p.window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.ConfigMacOSXBehaviors = initial.mac;  // ⌘A/C/X/V/Z in text fields, ⌥ to move by words

    ImGui_ImplGlfw_InitForOpenGL(p.window, /*install_callbacks=*/true);
    io.SetClipboardTextFn = set_clipboard_text;  // not GLFW's: a no-op in Emscripten
    io.GetClipboardTextFn = get_clipboard_text;
    p.runner = std::make_unique<kickstart::app::FrameRunner>(
        *p.app, kickstart::app::PlatformKeys{GLFW_KEY_TAB, GLFW_KEY_ENTER, GLFW_KEY_KP_ENTER});
    p.runner->install();
    ImGui_ImplOpenGL3_Init("#version 300 es");
    bool resized = false;
    (void)follow_canvas_size(p, resized);  // fonts at the right scale before the first atlas upload
    ImGui_ImplOpenGL3_CreateDeviceObjects();

    browser::install_bridge();
    p.app->start(browser::url_fragment(), browser::load_autosave());

    emscripten_set_main_loop(frame, 0, /*simulate_infinite_loop=*/true);
    return 0;
}
