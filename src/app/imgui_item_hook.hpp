// The one extension point of Dear ImGui 1.86 that sees every widget as it is added: the
// "test engine" item hooks, compiled in with IMGUI_ENABLE_TEST_ENGINE (src/app/CMakeLists.txt)
// and called while a context has TestEngineHookItems set. The app's Tab order and its
// semantics tree (what screen readers see) use them.
#pragma once

#include <imgui.h>

struct ImGuiContext;
struct ImRect;

namespace kickstart::app {

// Called by ImGui for each item with an ID, visible or clipped, in the order drawn; the item's
// flags and window are ImGui's current ones (g.LastItemData, g.CurrentWindow). Null: no-op.
using ItemAddHook = void (*)(ImGuiContext& context, const ImRect& rect, ImGuiID id);
extern ItemAddHook item_add_hook;      // the Tab order (focus_order.cpp)
extern ItemAddHook item_observer_hook;  // the semantics tree (semantics.cpp)

// Called by ImGui once a widget is drawn, with its label ("Start###welcome.start") and status
// (a checked box: ImGuiItemStatusFlags_Checkable | _Checked). Null: no-op.
using ItemInfoHook = void (*)(ImGuiContext& context, ImGuiID id, const char* label, int flags);
extern ItemInfoHook item_info_hook;

}  // namespace kickstart::app
