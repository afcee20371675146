// The embedded faces, rebuilt whenever the pixel scale changes so text stays crisp at any
// devicePixelRatio or browser zoom (scaling a rasterised font would blur it).
#pragma once

struct ImFont;

namespace kickstart::app {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* heading = nullptr;
    ImFont* title = nullptr;
    ImFont* mono = nullptr;  // snippets
};

inline constexpr float kBodyFontSize = 16.0f;  // CSS pixels

// Clears ImGui's font atlas and adds the faces at `scale` device pixels per CSS pixel.
// The caller re-uploads the atlas texture (a renderer concern).
Fonts build_fonts(float scale);

}  // namespace kickstart::app
