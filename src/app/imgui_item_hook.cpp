// Definitions of the hooks Dear ImGui calls when built with IMGUI_ENABLE_TEST_ENGINE. Part of
// the imgui library target, so every program linking ImGui has them; ItemAdd and ItemInfo
// do anything, and only once the app installs its hooks (focus_order.cpp, semantics.cpp).
#include "imgui_item_hook.hpp"

#include <imgui_internal.h>

namespace kickstart::app {
ItemAddHook item_add_hook = nullptr;
ItemAddHook item_observer_hook = nullptr;
ItemInfoHook item_info_hook = nullptr;
}

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    if (kickstart::app::item_add_hook != nullptr) kickstart::app::item_add_hook(*ctx, bb, id);
    if (kickstart::app::item_observer_hook != nullptr) kickstart::app::item_observer_hook(*ctx, bb, id);
}
void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
    if (kickstart::app::item_info_hook != nullptr) kickstart::app::item_info_hook(*ctx, id, label, flags);
}
void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
