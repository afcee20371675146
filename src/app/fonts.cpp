#include "fonts.hpp"

#include "kickstart_ui_assets.hpp"

#include <imgui.h>

#include <string_view>

namespace kickstart::app {
namespace {

// Basic Latin, Latin-1, Latin Extended-A (Polish), punctuation, arrows and ⌘: the same set
// the build keeps when it subsets the font files.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x017F, 0x2010, 0x2027, 0x2030, 0x203A,
    0x2190, 0x2193, 0x2212, 0x2212, 0x2248, 0x2248, 0x2318, 0x2318, 0x2713, 0x2713, 0,
};

ImFont* add_face(std::string_view data, float pixels, float scale) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes are static, embedded in the binary
    // Horizontal oversampling sharpens sub-pixel positioning at DPR 1; at DPR 2 and above the
    // pixels are fine enough, and skipping it halves the rasterising before the first frame.
    config.OversampleH = scale < 1.5f ? 2 : 1;
    config.OversampleV = 1;
    // ImGui takes a non-const pointer but never writes to data it does not own.
    void* bytes = const_cast<char*>(data.data());
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(bytes, static_cast<int>(data.size()), pixels, &config,
                                                      kGlyphRanges);
}

}  // namespace

Fonts build_fonts(float scale) {
    ImGui::GetIO().Fonts->Clear();
    Fonts fonts;
    fonts.body = add_face(embedded::font_inter_regular, kBodyFontSize * scale, scale);
    fonts.heading = add_face(embedded::font_inter_semibold, 20.0f * scale, scale);
    fonts.title = add_face(embedded::font_inter_semibold, 30.0f * scale, scale);
    fonts.mono = add_face(embedded::font_mono, 14.0f * scale, scale);
    ImGui::GetIO().FontDefault = fonts.body;
    return fonts;
}

}  // namespace kickstart::app
