// The browser entry point. The application owns its loop: Emscripten calls frame() once per
// animation frame; each frame follows the canvas's CSS size and devicePixelRatio, draws the
// UI, and renders it with WebGL2.
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

#include <cmath>
#include <cstdio>
#include <memory>
#include <string>

namespace {

struct Platform {
    GLFWwindow* window = nullptr;
    std::unique_ptr<kickstart::app::Application> app;
    int width = 0;   // backbuffer, device pixels
    int height = 0;
    bool ready_signalled = false;
    std::string state_json;  // kept alive for the JS caller of kickstart_state_json()
};

Platform& platform() {
    static Platform instance;
    return instance;
}

// Emscripten 3.1.6's GLFW neither follows window resizes nor knows devicePixelRatio: the
// canvas is sized by CSS (100vw x 100vh) and the backbuffer set here to CSS size x DPR, so
// text is rasterised at device resolution (crisp at DPR 1, 2, 3 and under browser zoom).
// Returns true when the scale changed and the font atlas was rebuilt (needs re-uploading).
bool follow_canvas_size(Platform& p) {
    double css_width = 0;
    double css_height = 0;
    emscripten_get_element_css_size("#canvas", &css_width, &css_height);
    const double ratio = emscripten_get_device_pixel_ratio();
    const int width = static_cast<int>(std::lround(css_width * ratio));
    const int height = static_cast<int>(std::lround(css_height * ratio));
    if (width > 0 && height > 0 && (width != p.width || height != p.height)) {
        p.width = width;
        p.height = height;
        kickstart::platform::resize_backbuffer(width, height);
    }
    return p.app->set_scale(static_cast<float>(ratio));
}

void frame() {
    Platform& p = platform();
    if (follow_canvas_size(p)) {
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
    }

    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    // ImGui 1.86 asserts on a zero delta, which Chromium produces when two frames share a
    // timer value (fixed upstream in 1.89.3).
    ImGuiIO& io = ImGui::GetIO();
    if (io.DeltaTime <= 0.0f) io.DeltaTime = 1e-5f;

    ImGui::NewFrame();
    p.app->draw();
    ImGui::Render();

    int framebuffer_width = 0;
    int framebuffer_height = 0;
    glfwGetFramebufferSize(p.window, &framebuffer_width, &framebuffer_height);
    glViewport(0, 0, framebuffer_width, framebuffer_height);
    const ImVec4 background = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(background.x, background.y, background.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    kickstart::platform::set_canvas_cursor(ImGui::GetMouseCursor());
    if (!p.ready_signalled) {
        p.ready_signalled = true;
        kickstart::platform::signal_ready();
    }
}

}  // namespace

// Read by the page's tests (window.kickstart.state()): screen, language, widget rectangles.
extern "C" EMSCRIPTEN_KEEPALIVE const char* kickstart_state_json() {
    Platform& p = platform();
    p.state_json = p.app ? p.app->state_json() : "{}";
    return p.state_json.c_str();
}

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

    kickstart::app::AppState initial;
    initial.language = kickstart::language_from_tag(kickstart::platform::browser_language());
    initial.theme = kickstart::platform::browser_prefers_dark() ? kickstart::app::Theme::dark
                                                                 : kickstart::app::Theme::light;
    p.app = std::make_unique<kickstart::app::Application>(kickstart::builtin_translations(), initial);

    ImGui_ImplGlfw_InitForOpenGL(p.window, /*install_callbacks=*/true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    (void)follow_canvas_size(p);  // fonts at the right scale before the first atlas upload
    ImGui_ImplOpenGL3_CreateDeviceObjects();

    emscripten_set_main_loop(frame, 0, /*simulate_infinite_loop=*/true);
    return 0;
}
