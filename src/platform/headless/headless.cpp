#include "headless.hpp"

#include "application.hpp"

#include <string>

namespace kickstart::platform {

HeadlessPlatform::HeadlessPlatform(app::Application& app, float width, float height, float scale)
    : app_(app),
      runner_(app, app::PlatformKeys{ImGuiKey_Tab, ImGuiKey_Enter, ImGuiKey_KeyPadEnter}),
      width_(width),
      height_(height),
      scale_(scale) {
    IMGUI_CHECKVERSION();
    context_ = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.BackendPlatformName = "kickstart_headless";
    for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;
    runner_.install();
}

HeadlessPlatform::~HeadlessPlatform() { ImGui::DestroyContext(context_); }

void HeadlessPlatform::move_mouse(float x, float y) { ImGui::GetIO().MousePos = ImVec2(x * scale_, y * scale_); }

void HeadlessPlatform::set_mouse_button(int button, bool down) { ImGui::GetIO().MouseDown[button] = down; }

void HeadlessPlatform::wheel(float notches) { ImGui::GetIO().MouseWheel += notches; }

void HeadlessPlatform::set_key(ImGuiKey key, bool down) { ImGui::GetIO().KeysDown[key] = down; }

void HeadlessPlatform::set_modifiers(bool ctrl, bool shift) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeyCtrl = ctrl;
    io.KeyShift = shift;
}

void HeadlessPlatform::type_text(std::string_view utf8) {
    ImGui::GetIO().AddInputCharactersUTF8(std::string(utf8).c_str());
}

void HeadlessPlatform::resize(float width, float height, float scale) {
    width_ = width;
    height_ = height;
    scale_ = scale;
}

void HeadlessPlatform::frame(float seconds) {
    ImGuiIO& io = ImGui::GetIO();
    if (app_.set_scale(scale_)) {
        // What a renderer would upload; here the pixels are only built.
        unsigned char* pixels = nullptr;
        int atlas_width = 0;
        int atlas_height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &atlas_width, &atlas_height);
    }
    io.DisplaySize = ImVec2(width_ * scale_, height_ * scale_);
    io.DeltaTime = seconds;
    // Platforms fill the navigation inputs afresh each frame (FrameRunner sets Enter's).
    for (float& input : io.NavInputs) input = 0.0f;
    runner_.run();
    ++frames_;
}

}  // namespace kickstart::platform
