// The one extension point of Dear ImGui 1.86 that sees every widget as it is added: the
// "test engine" item hook, compiled in with IMGUI_ENABLE_TEST_ENGINE (src/app/CMakeLists.txt)
// and called while a context has TestEngineHookItems set. The app's Tab order uses it.
#pragma once

#include <imgui.h>

struct ImGuiContext;
struct ImRect;

namespace kickstart::app {

// Called by ImGui for each item with an ID, visible or clipped, in the order drawn; the item's
// flags and window are ImGui's current ones (g.LastItemData, g.CurrentWindow). Null: no-op.
using ItemAddHook = void (*)(ImGuiContext& context, const ImRect& rect, ImGuiID id);
extern ItemAddHook item_add_hook;

}  // namespace kickstart::app
