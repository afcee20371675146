#include "widget_probe.hpp"

#include <imgui.h>

namespace kickstart::app {

void WidgetProbe::record_last_item(std::string_view name) {
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
