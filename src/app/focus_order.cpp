#include "focus_order.hpp"

#include "imgui_item_hook.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <string>
#include <vector>

namespace kickstart::app {
namespace {

struct Stop {
    ImGuiID id = 0;
    ImGuiWindow* window = nullptr;  // ImGui keeps windows alive across frames
    ImRect rect;
    ImGuiID focus_scope = 0;
    bool text_input = false;  // a text or number field: focusing it starts editing
};

std::vector<Stop> g_drawn;     // this frame's, in the order drawn
std::vector<Stop> g_previous;  // the last complete frame's: what Tab moves through
std::optional<ScreenRect> g_focus_rect;
bool g_mark_pending = false;       // the next widget recorded starts the content
ImGuiID g_content_start = 0;       // this frame's
ImGuiID g_previous_content_start = 0;
bool g_skip_requested = false;
ImGuiID g_requested = 0;  // a widget the page's mirror asked for
bool g_requested_press = false;
ImGuiID g_text_target = 0;  // a text field whose text the mirror replaces
std::string g_text;
int g_text_frames = 0;  // frames left to wait for the field to start editing

void record_item(ImGuiContext& g, const ImRect& rect, ImGuiID id) {
    ImGuiWindow* window = g.CurrentWindow;
    if (window == nullptr || window->DC.NavLayerCurrent != ImGuiNavLayer_Main) return;
    if (id == window->MoveId) return;  // a window's title bar, not a widget
    if (id == g.NavId && !g.NavDisableHighlight) g_focus_rect = ScreenRect{rect.Min, rect.Max};
    const ImGuiItemFlags flags = g.LastItemData.InFlags;
    // What ImGui's arrow navigation skips, Tab skips too; disabled widgets take no focus.
    if ((flags & (ImGuiItemFlags_Disabled | ImGuiItemFlags_NoNav | ImGuiItemFlags_NoTabStop)) != 0) return;
    if (g_mark_pending) {
        g_content_start = id;
        g_mark_pending = false;
    }
    g_drawn.push_back(Stop{id, window, rect, window->DC.NavFocusScopeIdCurrent,
                           (flags & ImGuiItemFlags_Inputable) != 0});
}

// The widgets Tab may reach now: a modal dialog's while one is open, otherwise the page's
// (never a tooltip's or a popup's).
bool reachable(const Stop& stop, const ImGuiWindow* modal) {
    const ImGuiWindow* root = stop.window->RootWindow;
    if (modal != nullptr) return root == modal;
    return (root->Flags & (ImGuiWindowFlags_Popup | ImGuiWindowFlags_Tooltip)) == 0;
}

}  // namespace

void install_focus_order() {
    // Another context may have come before (tests run several): nothing of its windows stays.
    g_drawn.clear();
    g_previous.clear();
    g_focus_rect.reset();
    g_mark_pending = g_skip_requested = false;
    g_requested = g_text_target = 0;
    g_content_start = g_previous_content_start = 0;
    item_add_hook = record_item;
    ImGui::GetCurrentContext()->TestEngineHookItems = true;
}

std::optional<ScreenRect> keyboard_focus_rect() { return g_focus_rect; }

void show_keyboard_focus() { ImGui::GetCurrentContext()->NavDisableHighlight = false; }

void mark_content_start() { g_mark_pending = true; }

void skip_to_content() { g_skip_requested = true; }

void reset_keyboard_focus() {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId) return;  // a field being edited keeps it
    g.NavId = 0;
    g.NavDisableHighlight = true;
}

bool has_keyboard_focus(ImGuiID id) {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    return id != 0 && g.NavId == id && !g.NavDisableHighlight;
}

namespace {

void move_focus_to(ImGuiContext& g, const Stop& target) {
    if (g.ActiveId != 0 && g.ActiveId != target.id) ImGui::ClearActiveID();  // the text stays as typed
    ImGui::NavMoveRequestCancel();
    g.NavInitRequest = false;
    g.NavInitResultId = 0;
    g.NavWindow = target.window;
    ImGui::SetNavID(target.id, ImGuiNavLayer_Main, target.focus_scope, ImGui::WindowRectAbsToRel(target.window, target.rect));
    ImGui::ScrollToRectEx(target.window, target.rect, ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_KeepVisibleEdgeY);
    if (target.text_input) {
        g.NavNextActivateId = target.id;  // ImGui activates it next frame, text selected
        g.NavNextActivateFlags = ImGuiActivateFlags_PreferInput | ImGuiActivateFlags_TryToPreserveState;
    }
    g.NavDisableHighlight = false;   // show where the focus went
    g.NavDisableMouseHover = true;   // until the mouse moves again
}

}  // namespace

bool request_focus(ImGuiID id, FocusRequest request) {
    const bool drawn = std::any_of(g_drawn.begin(), g_drawn.end(), [&](const Stop& stop) { return stop.id == id; });
    if (!drawn) return false;
    g_requested = id;
    g_requested_press = request == FocusRequest::press;
    return true;
}

bool request_text(ImGuiID id, std::string_view text) {
    const auto stop = std::find_if(g_drawn.begin(), g_drawn.end(), [&](const Stop& s) { return s.id == id; });
    if (stop == g_drawn.end() || !stop->text_input) return false;
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.ActiveId != id) request_focus(id, FocusRequest::focus);
    g_text_target = id;
    g_text.assign(text);
    g_text_frames = 4;
    return true;
}

void update_focus_order(int direction) {
    g_previous.swap(g_drawn);
    g_drawn.clear();
    g_focus_rect.reset();
    g_previous_content_start = g_content_start;
    g_content_start = 0;
    g_mark_pending = false;
    ImGuiContext& g = *ImGui::GetCurrentContext();
    // Once Enter is up again: a text field focused while it is held would take its repeat as
    // the end of the edit.
    const auto held = [&](ImGuiKey key) {
        const int index = g.IO.KeyMap[key];
        return index >= 0 && index < IM_ARRAYSIZE(g.IO.KeysDown) && g.IO.KeysDown[index];
    };
    if (g_skip_requested && !held(ImGuiKey_Enter) && !held(ImGuiKey_KeyPadEnter)) {
        g_skip_requested = false;
        for (const Stop& stop : g_previous) {
            if (stop.id != g_previous_content_start) continue;
            move_focus_to(g, stop);
            return;
        }
    }
    if (g_requested != 0) {
        const ImGuiID target = g_requested;
        const bool press = g_requested_press;
        g_requested = 0;
        for (const Stop& stop : g_previous) {
            if (stop.id != target) continue;
            move_focus_to(g, stop);
            if (press && !stop.text_input) {
                g.NavNextActivateId = stop.id;  // pressed next frame, as Enter does
                g.NavNextActivateFlags = ImGuiActivateFlags_None;
            }
            return;
        }
    }
    if (g_text_target != 0) {
        if (g.ActiveId == g_text_target && g.InputTextState.ID == g_text_target) {
            g.InputTextState.ClearText();
            ImGui::GetIO().AddInputCharactersUTF8(g_text.c_str());
            g_text_target = 0;
        } else if (--g_text_frames <= 0) {
            g_text_target = 0;
        }
    }
    if (direction == 0) return;

    const ImGuiWindow* modal = ImGui::GetTopMostPopupModal();
    std::vector<const Stop*> stops;
    for (const Stop& stop : g_previous) {
        if (reachable(stop, modal)) stops.push_back(&stop);
    }
    if (stops.empty()) return;
    const auto index_of = [&](ImGuiID id) -> int {
        if (id == 0) return -1;
        for (std::size_t i = 0; i < stops.size(); ++i) {
            if (stops[i]->id == id) return static_cast<int>(i);
        }
        return -1;
    };
    // From the field being edited, else from the focused widget, else from either end.
    int index = index_of(g.ActiveId);
    if (index < 0) index = index_of(g.NavId);
    const int count = static_cast<int>(stops.size());
    // The first Tab after mouse use (or on a fresh screen, where the default button holds
    // the focus unseen) shows where the focus is; the next ones move it.
    const bool hidden = g.NavDisableHighlight && g.ActiveId == 0 && index >= 0;
    const int next = hidden ? index : index < 0 ? (direction > 0 ? 0 : count - 1) : (index + direction + count) % count;
    move_focus_to(g, *stops[static_cast<std::size_t>(next)]);
}

}  // namespace kickstart::app
