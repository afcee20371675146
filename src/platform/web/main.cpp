// The browser entry point. The application owns its loop: Emscripten calls frame() once per
// animation frame; a frame is drawn only when something may have changed (input, a resize,
// an answer from the page), so an idle page costs next to nothing.
#include "application.hpp"
#include "browser.hpp"

#include "kickstart/core/builtin.hpp"

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <malloc.h>

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
    void replace_fragment(std::string_view fragment) override { browser::replace_fragment(fragment); }
    [[nodiscard]] std::string page_address(std::string_view fragment) const override {
        return browser::page_address(fragment);
    }
    void save_autosave(std::string_view value) override { browser::save_autosave(value); }
    void clear_autosave() override { browser::clear_autosave(); }
    void open_in_new_tab(std::string_view url) override { browser::open_in_new_tab(url); }
    [[nodiscard]] std::string today() const override { return browser::today(); }
};

struct Platform {
    GLFWwindow* window = nullptr;
    WebHost host;
    std::unique_ptr<kickstart::app::Application> app;
    int width = 0;   // backbuffer, device pixels
    int height = 0;
    bool ready_signalled = false;
    std::uint32_t seen_serial = 0;
    double draw_until_ms = 0;   // keep drawing until then (ImGui settles over a few frames)
    std::uint64_t frames_drawn = 0;
    std::string state_json;     // kept alive for the JS caller of kickstart_state_json()
};

Platform& platform() {
    static Platform instance;
    return instance;
}

// How long to keep drawing after the last event: hover highlights, modal fades and
// keyboard navigation settle well within it.
constexpr double kSettleMs = 300.0;

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

// [SECTION] Frame

void frame() {
    Platform& p = platform();
    bool resized = false;
    const bool rescaled = follow_canvas_size(p, resized);
    const double now = browser::now_ms();
    const std::uint32_t serial = browser::input_serial();
    if (serial != p.seen_serial || resized || rescaled || !p.ready_signalled) {
        p.seen_serial = serial;
        p.draw_until_ms = now + kSettleMs;
    }
    if (now > p.draw_until_ms) return;  // idle: the canvas keeps the last frame

    if (rescaled) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // ImGui 1.86 asserts on a zero delta, which Chromium produces when two frames share a
    // timer value (fixed upstream in 1.89.3).
    ImGuiIO& io = ImGui::GetIO();
    if (io.DeltaTime <= 0.0f) io.DeltaTime = 1e-5f;

    // Enter presses the focused button too (ImGui 1.86 maps it to text input only); a text
    // field keeps Enter for itself.
    if (io.KeysDown[GLFW_KEY_ENTER] && !io.WantTextInput) io.NavInputs[ImGuiNavInput_Activate] = 1.0f;

    ImGui::NewFrame();
    p.app->draw();
    ImGui::Render();

    glViewport(0, 0, p.width, p.height);
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++p.frames_drawn;

    browser::set_canvas_cursor(ImGui::GetMouseCursor());
    if (!p.ready_signalled) {
        p.ready_signalled = true;
        browser::signal_ready();
    }
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

EMSCRIPTEN_KEEPALIVE double kickstart_frames_drawn() { return static_cast<double>(platform().frames_drawn); }

// The malloc heap's high-water mark (dlmalloc never gives memory back, so its arena is the
// peak) and what is in use now, in bytes; for the benchmark.
EMSCRIPTEN_KEEPALIVE double kickstart_heap_peak() { return static_cast<double>(mallinfo().arena); }
EMSCRIPTEN_KEEPALIVE double kickstart_heap_in_use() { return static_cast<double>(mallinfo().uordblks); }

EMSCRIPTEN_KEEPALIVE void kickstart_on_fragment(const char* fragment) {
    if (platform().app) platform().app->on_fragment_changed(fragment);
}

EMSCRIPTEN_KEEPALIVE void kickstart_on_file(const char* name, const char* text, double size) {
    if (platform().app) platform().app->open_plan_file(name, text, static_cast<std::size_t>(size));
}

EMSCRIPTEN_KEEPALIVE void kickstart_on_clipboard(int copied) {
    if (platform().app) platform().app->on_clipboard_result(copied != 0);
}

EMSCRIPTEN_KEEPALIVE int kickstart_wants_text() { return ImGui::GetCurrentContext() && ImGui::GetIO().WantTextInput; }

EMSCRIPTEN_KEEPALIVE void kickstart_on_paste(const char* text) { ImGui::GetIO().AddInputCharactersUTF8(text); }

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
    if (p.window == nullptr) {
        std::fprintf(stderr, "WebGL 2 context could not be created\n");
        return 1;
    }
    glfwMakeContextCurrent(p.window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing is written anywhere; state lives in the URL and localStorage
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep an idle page drawing
    io.SetClipboardTextFn = set_clipboard_text;
    io.GetClipboardTextFn = get_clipboard_text;

    kickstart::app::AppState initial;
    initial.language = kickstart::language_from_tag(browser::browser_language());
    initial.theme = browser::browser_prefers_dark() ? kickstart::app::Theme::dark : kickstart::app::Theme::light;
    p.app = std::make_unique<kickstart::app::Application>(&kickstart::builtin_knowledge,
                                                          kickstart::builtin_translations(), p.host, initial);

    ImGui_ImplGlfw_InitForOpenGL(p.window, /*install_callbacks=*/true);
    io.SetClipboardTextFn = set_clipboard_text;  // the backend installs GLFW's no-op ones
    io.GetClipboardTextFn = get_clipboard_text;
    ImGui_ImplOpenGL3_Init("#version 300 es");
    bool resized = false;
    (void)follow_canvas_size(p, resized);  // fonts at the right scale before the first atlas upload
    ImGui_ImplOpenGL3_CreateDeviceObjects();

    browser::install_bridge();
    p.app->start(browser::url_fragment(), browser::load_autosave());

    emscripten_set_main_loop(frame, 0, /*simulate_infinite_loop=*/true);
    return 0;
}
