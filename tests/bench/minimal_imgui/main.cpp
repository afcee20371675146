// The reference for the startup benchmark: the smallest Dear ImGui page this toolchain
// makes (one window, one button), built with the same flags as the app.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

namespace {

GLFWwindow* window = nullptr;
bool ready = false;
int clicks = 0;

EM_JS(void, signal_ready, (), {
    window.kickstartReadyAt = performance.now();
    document.body.classList.add("app-ready");
});

void frame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    if (ImGui::GetIO().DeltaTime <= 0.0f) ImGui::GetIO().DeltaTime = 1e-5f;
    ImGui::NewFrame();
    ImGui::Begin("Minimal");
    if (ImGui::Button("Button")) ++clicks;
    ImGui::End();
    ImGui::Render();
    int width = 0;
    int height = 0;
    glfwGetFramebufferSize(window, &width, &height);
    glViewport(0, 0, width, height);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!ready) {
        ready = true;
        signal_ready();
    }
}

}  // namespace

int main() {
    glfwInit();
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    window = glfwCreateWindow(1280, 800, "Minimal", nullptr, nullptr);
    glfwMakeContextCurrent(window);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    emscripten_set_main_loop(frame, 0, true);
    return 0;
}
