#include "widget_probe.hpp"

#include <imgui.h>
#include <imgui_internal.h>

namespace kickstart::app {

void WidgetProbe::check_last_item_fits(std::string_view what, std::string_view label) {
    const ImGuiContext* context = ImGui::GetCurrentContext();
    if (context == nullptr || context->CurrentWindow == nullptr) return;
    const ImGuiWindow& window = *context->CurrentWindow;
    if (window.SkipItems || (window.RootWindow->Flags & ImGuiWindowFlags_Tooltip) != 0) return;
    const ImRect& item = context->LastItemData.Rect;
    if (item.GetWidth() <= 0.0f) return;
    constexpr float kSlack = 1.0f;  // rounding of positions, in device pixels
    // A region that scrolls sideways (a snippet, a wide chart) shows the rest on a scroll.
    const bool scrolls_sideways = window.ScrollbarX || (window.Flags & ImGuiWindowFlags_HorizontalScrollbar) != 0;
    const ImRect& clip = window.ClipRect;  // the region's, a column's or a table cell's
    const bool cut_at_side = !scrolls_sideways && (item.Max.x > clip.Max.x + kSlack || item.Min.x < clip.Min.x - kSlack);
    const bool cut_label = !label.empty() && ImGui::CalcTextSize(label.data(), label.data() + label.size(), true).x >
                                                 item.GetWidth() - 2.0f * ImGui::GetStyle().FramePadding.x + kSlack;
    if (cut_at_side || cut_label) clipped_.emplace_back(what);
}

void WidgetProbe::record_last_item(std::string_view name) {
    check_last_item_fits(name);
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    const ImDrawList* draw = ImGui::GetWindowDrawList();
    const Rect rect{min.x, min.y, max.x - min.x, max.y - min.y, draw->GetClipRectMin().y, draw->GetClipRectMax().y};
    rects_.insert_or_assign(std::string(name), rect);
    semantics_.name_last(name, rect);
}

}  // namespace kickstart::app

namespace kickstart::app {

std::string WidgetProbe::name_at(float x, float y) const {
    std::string found;
    float smallest = 0;
    for (const auto& [name, rect] : rects_) {
        if (x < rect.x || y < rect.y || x > rect.x + rect.width || y > rect.y + rect.height) continue;
        const float area = rect.width * rect.height;
        if (found.empty() || area < smallest) {
            found = name;
            smallest = area;
        }
    }
    return found;
}

}  // namespace kickstart::app
