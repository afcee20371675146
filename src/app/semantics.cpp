#include "semantics.hpp"

#include "imgui_item_hook.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kickstart::app {

std::string_view role_name(Role role) {
    switch (role) {
        case Role::group: return "group";
        case Role::question: return "question";
        case Role::radio_group: return "radiogroup";
        case Role::tab_list: return "tablist";
        case Role::list: return "list";
        case Role::list_item: return "listitem";
        case Role::region: return "region";
        case Role::dialog: return "dialog";
        case Role::alert_dialog: return "alertdialog";
        case Role::button: return "button";
        case Role::checkbox: return "checkbox";
        case Role::radio: return "radio";
        case Role::text_field: return "textbox";
        case Role::number_field: return "number";
        case Role::tab: return "tab";
        case Role::link: return "link";
        case Role::heading: return "heading";
        case Role::text: return "text";
        case Role::code: return "code";
        case Role::status: return "status";
    }
    return "text";
}

bool is_group(Role role) {
    switch (role) {
        case Role::group:
        case Role::question:
        case Role::radio_group:
        case Role::tab_list:
        case Role::list:
        case Role::list_item:
        case Role::region:
        case Role::dialog:
        case Role::alert_dialog: return true;
        default: return false;
    }
}

bool out_of_view(const Rect& rect) {
    const float visible = rect.clip_bottom - rect.clip_top;
    if (visible <= 0) return false;  // no window clips it (recorded outside a frame)
    const float top = rect.y, bottom = rect.y + rect.height;
    if (bottom <= rect.clip_top || top >= rect.clip_bottom) return true;
    const bool partly = top < rect.clip_top - 0.5f || bottom > rect.clip_bottom + 0.5f;
    return partly && rect.height <= visible;  // one taller than its view shows a part at best
}

std::string_view visible_label(std::string_view label) {
    const std::size_t hashes = label.find("##");
    return hashes == std::string_view::npos ? label : label.substr(0, hashes);
}

namespace {

Semantics* g_recording = nullptr;  // the tree the current context's frame records into

Rect united(const Rect& a, const Rect& b) {
    if (a.width <= 0 && a.height <= 0) return b;
    if (b.width <= 0 && b.height <= 0) return a;
    const float left = std::min(a.x, b.x);
    const float top = std::min(a.y, b.y);
    const float right = std::max(a.x + a.width, b.x + b.width);
    const float bottom = std::max(a.y + a.height, b.y + b.height);
    return Rect{left, top, right - left, bottom - top, std::min(a.clip_top, b.clip_top),
                std::max(a.clip_bottom, b.clip_bottom)};
}

std::string hex_id(std::uint32_t id) {
    char text[16];
    std::snprintf(text, sizeof text, "w%08x", id);
    return text;
}

// [SECTION] The ImGui side: the item hook

void on_item_added(ImGuiContext& g, const ImRect& bb, ImGuiID id) {
    if (g_recording == nullptr) return;
    ImGuiWindow* window = g.CurrentWindow;
    if (window == nullptr || window->DC.NavLayerCurrent != ImGuiNavLayer_Main) return;
    if (id == window->MoveId) return;  // a window's title bar, not a widget
    // A scroll bar: the mirror is scrolled through the app, not by dragging it.
    if (id == ImGui::GetWindowScrollbarID(window, ImGuiAxis_X) || id == ImGui::GetWindowScrollbarID(window, ImGuiAxis_Y)) {
        return;
    }
    const ImGuiWindow* root = window->RootWindow;
    if ((root->Flags & ImGuiWindowFlags_Tooltip) != 0) return;  // says again what is under it
    const ImGuiItemFlags flags = g.LastItemData.InFlags;
    const bool disabled = (flags & ImGuiItemFlags_Disabled) != 0;
    const bool focusable = (flags & (ImGuiItemFlags_Disabled | ImGuiItemFlags_NoNav | ImGuiItemFlags_NoTabStop)) == 0;
    const bool modal = (root->Flags & ImGuiWindowFlags_Modal) != 0;
    const ImRect clip = window->ClipRect;
    g_recording->item_added(id, Rect{bb.Min.x, bb.Min.y, bb.GetWidth(), bb.GetHeight(), clip.Min.y, clip.Max.y},
                            focusable, disabled, (flags & ImGuiItemFlags_Inputable) != 0, modal ? root : nullptr,
                            modal ? std::string_view(root->Name) : std::string_view(), window->ID);
}

void on_item_info(ImGuiContext&, ImGuiID id, const char* label, int flags) {
    if (g_recording == nullptr) return;
    g_recording->item_info(id, label != nullptr ? label : "", (flags & ImGuiItemStatusFlags_Checkable) != 0,
                           (flags & ImGuiItemStatusFlags_Checked) != 0);
}

}  // namespace

SemanticNode* record_last_text(Role role, std::string_view text, int level) {
    if (g_recording == nullptr || ImGui::GetCurrentContext() == nullptr) return nullptr;
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiWindow* window = g.CurrentWindow;
    if (window == nullptr || (window->RootWindow->Flags & ImGuiWindowFlags_Tooltip) != 0) return nullptr;
    const ImRect& bb = g.LastItemData.Rect;
    const std::size_t before = g_recording->nodes().size();
    const bool modal = (window->RootWindow->Flags & ImGuiWindowFlags_Modal) != 0;
    g_recording->add_text(role, text,
                          Rect{bb.Min.x, bb.Min.y, bb.GetWidth(), bb.GetHeight(), window->ClipRect.Min.y,
                               window->ClipRect.Max.y},
                          level, modal ? window->RootWindow : nullptr,
                          modal ? std::string_view(window->RootWindow->Name) : std::string_view(), window->ID);
    return g_recording->nodes().size() > before ? g_recording->last() : nullptr;
}

bool reveal(const SemanticNode& node) {
    if (ImGui::GetCurrentContext() == nullptr || node.window == 0) return false;
    ImGuiWindow* window = ImGui::FindWindowByID(node.window);
    if (window == nullptr || !(window->Active || window->WasActive)) return false;  // drawn in the last frame
    const ImRect rect(node.rect.x, node.rect.y, node.rect.x + node.rect.width, node.rect.y + node.rect.height);
    ImGui::ScrollToRectEx(window, rect, ImGuiScrollFlags_KeepVisibleCenterY);
    return true;
}

SemanticNode* last_semantic_node() { return g_recording != nullptr ? g_recording->last() : nullptr; }

void mark_popup_button(bool open) {
    if (SemanticNode* node = last_semantic_node(); node != nullptr && node->role == Role::button) {
        node->opens_popup = true;
        node->expanded = open;
    }
}

void install_semantics() {
    item_observer_hook = on_item_added;
    item_info_hook = on_item_info;
    ImGui::GetCurrentContext()->TestEngineHookItems = true;
}

// [SECTION] Recording

void Semantics::begin_frame() {
    previous_.swap(nodes_);
    nodes_.clear();
    open_groups_.clear();
    dialog_window_ = nullptr;
    dialog_node_ = -1;
    previous_focus_ = focus_;
    focus_ = 0;
    g_recording = this;
}

void Semantics::push(SemanticNode node) {
    if (node.parent < 0) node.parent = current_parent();
    nodes_.push_back(std::move(node));
    // Groups grow around what they contain.
    const Rect rect = nodes_.back().rect;
    for (int parent = nodes_.back().parent; parent >= 0; parent = nodes_[static_cast<std::size_t>(parent)].parent) {
        SemanticNode& group = nodes_[static_cast<std::size_t>(parent)];
        group.rect = united(group.rect, rect);
    }
}

void Semantics::begin_group(Role role, std::string_view id, std::string_view name) {
    SemanticNode node;
    node.id = id;
    node.role = role;
    node.name = name;
    node.parent = current_parent();
    nodes_.push_back(std::move(node));
    open_groups_.push_back(static_cast<int>(nodes_.size()) - 1);
}

void Semantics::end_group() {
    if (open_groups_.empty()) return;
    const int group = open_groups_.back();
    open_groups_.pop_back();
    // A field with no label of its own (a question's number or text field) is named by its group.
    const std::string& name = nodes_[static_cast<std::size_t>(group)].name;
    for (std::size_t i = static_cast<std::size_t>(group) + 1; i < nodes_.size(); ++i) {
        SemanticNode& node = nodes_[i];
        if (node.parent == group && node.name.empty() &&
            (node.role == Role::text_field || node.role == Role::number_field)) {
            node.name = name;
        }
    }
}

int Semantics::dialog_for(const void* modal_window, std::string_view modal_id) {
    if (modal_window == dialog_window_ && dialog_node_ >= 0) return dialog_node_;
    SemanticNode node;
    node.id = "dialog." + std::string(visible_label(modal_id.substr(modal_id.rfind("###") == std::string_view::npos
                                                                         ? 0
                                                                         : modal_id.rfind("###") + 3)));
    node.role = Role::alert_dialog;
    nodes_.push_back(std::move(node));
    dialog_window_ = modal_window;
    dialog_node_ = static_cast<int>(nodes_.size()) - 1;
    return dialog_node_;
}

void Semantics::item_added(std::uint32_t imgui_id, const Rect& rect, bool focusable, bool disabled, bool text_input,
                           const void* modal_window, std::string_view modal_id, std::uint32_t window) {
    SemanticNode node;
    node.id = hex_id(imgui_id);
    node.imgui_id = imgui_id;
    node.window = window;
    node.role = text_input ? Role::text_field : Role::button;
    node.rect = rect;
    node.focusable = focusable;
    node.disabled = disabled;
    if (modal_window != nullptr) node.parent = dialog_for(modal_window, modal_id);
    push(std::move(node));
}

void Semantics::item_info(std::uint32_t imgui_id, std::string_view label, bool checkable, bool checked) {
    SemanticNode* node = find(imgui_id);
    if (node == nullptr) return;
    if (node->name.empty()) node->name = visible_label(label);
    if (checkable && node->role == Role::button) {
        node->role = Role::checkbox;
        node->checkable = true;
        node->checked = checked;
    }
}

void Semantics::add_text(Role role, std::string_view text, const Rect& rect, int level, const void* modal_window,
                         std::string_view modal_id, std::uint32_t window) {
    if (text.empty()) return;
    const int parent = modal_window != nullptr ? dialog_for(modal_window, modal_id) : current_parent();
    // A question's title is its legend already.
    if (parent >= 0 && nodes_[static_cast<std::size_t>(parent)].role == Role::question &&
        nodes_[static_cast<std::size_t>(parent)].name == text) {
        return;
    }
    SemanticNode node;
    node.parent = parent;
    node.id = "t" + std::to_string(nodes_.size());
    node.role = role;
    node.name = text;
    node.level = level;
    node.rect = rect;
    node.window = window;
    push(std::move(node));
    // A dialog is named by its first heading.
    if (role == Role::heading) {
        for (int up = nodes_.back().parent; up >= 0; up = nodes_[static_cast<std::size_t>(up)].parent) {
            SemanticNode& group = nodes_[static_cast<std::size_t>(up)];
            if ((group.role == Role::dialog || group.role == Role::alert_dialog) && group.name.empty()) group.name = text;
        }
    }
}

void Semantics::name_last(std::string_view stable_id, const Rect& rect) {
    const auto near = [](float a, float b) { return std::fabs(a - b) < 0.5f; };
    if (SemanticNode* node = last(); node != nullptr && near(node->rect.x, rect.x) && near(node->rect.y, rect.y) &&
                                     near(node->rect.width, rect.width)) {
        node->id = stable_id;
        return;
    }
    // A named group of text (a figure: its value and caption) reads as one line.
    const auto inside = [&](const Rect& r) {
        return r.x >= rect.x - 0.5f && r.y >= rect.y - 0.5f && r.x + r.width <= rect.x + rect.width + 0.5f &&
               r.y + r.height <= rect.y + rect.height + 0.5f;
    };
    std::size_t first = nodes_.size();
    while (first > 0 && nodes_[first - 1].role == Role::text && nodes_[first - 1].parent == current_parent() &&
           inside(nodes_[first - 1].rect)) {
        --first;
    }
    SemanticNode merged;
    merged.id = stable_id;
    merged.role = Role::text;
    merged.rect = rect;
    merged.window = first < nodes_.size() ? nodes_[first].window : 0;
    for (std::size_t i = first; i < nodes_.size(); ++i) {
        if (!merged.name.empty()) merged.name.push_back(' ');
        merged.name += nodes_[i].name;
    }
    nodes_.resize(first);
    push(std::move(merged));
}

SemanticNode* Semantics::last() {
    for (auto it = nodes_.rbegin(); it != nodes_.rend(); ++it) {
        if (!is_group(it->role)) return &*it;
    }
    return nullptr;
}

SemanticNode* Semantics::find(std::uint32_t imgui_id) {
    if (imgui_id == 0) return nullptr;
    for (auto it = nodes_.rbegin(); it != nodes_.rend(); ++it) {
        if (it->imgui_id == imgui_id) return &*it;
    }
    return nullptr;
}

// [SECTION] Reading and serialising

const SemanticNode* Semantics::by_id(std::string_view id) const {
    for (const SemanticNode& node : nodes_) {
        if (node.id == id) return &node;
    }
    return nullptr;
}

std::string Semantics::focus_id() const {
    for (const SemanticNode& node : nodes_) {
        if (focus_ != 0 && node.imgui_id == focus_) return node.id;
    }
    return {};
}

namespace {

void append_string(std::string& out, std::string_view text) {
    out.push_back('"');
    for (const char c : text) {
        switch (c) {
            case '"': out.append("\\\""); break;
            case '\\': out.append("\\\\"); break;
            case '\n': out.append("\\n"); break;
            case '\r': out.append("\\r"); break;
            case '\t': out.append("\\t"); break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escaped[8];
                    std::snprintf(escaped, sizeof escaped, "\\u%04x", static_cast<unsigned>(c));
                    out.append(escaped);
                } else {
                    out.push_back(c);
                }
        }
    }
    out.push_back('"');
}

void append_number(std::string& out, float value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", static_cast<double>(value));
    out.append(text);
}

}  // namespace

std::string Semantics::to_json(float scale) const {
    const float css = scale > 0 ? 1.0f / scale : 1.0f;
    std::string out;
    out.reserve(nodes_.size() * 120 + 32);
    out.append("{\"focus\":");
    append_string(out, focus_id());
    out.append(",\"nodes\":[");
    // Ids are unique within a frame: a repeated one gets a suffix.
    std::vector<std::string> ids;
    ids.reserve(nodes_.size());
    for (const SemanticNode& node : nodes_) {
        std::string id = node.id;
        for (int n = 2; std::find(ids.begin(), ids.end(), id) != ids.end(); ++n) id = node.id + "~" + std::to_string(n);
        ids.push_back(std::move(id));
    }
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
        const SemanticNode& node = nodes_[i];
        if (i > 0) out.push_back(',');
        out.append("{\"id\":");
        append_string(out, ids[i]);
        out.append(",\"role\":");
        append_string(out, role_name(node.role));
        out.append(",\"name\":");
        append_string(out, node.name);
        if (node.parent >= 0) {
            out.append(",\"parent\":");
            append_string(out, ids[static_cast<std::size_t>(node.parent)]);
        }
        out.append(",\"x\":");
        append_number(out, node.rect.x * css);
        out.append(",\"y\":");
        append_number(out, node.rect.y * css);
        out.append(",\"w\":");
        append_number(out, node.rect.width * css);
        out.append(",\"h\":");
        append_number(out, node.rect.height * css);
        if (!is_group(node.role) && node.rect.clip_bottom > node.rect.clip_top) {
            out.append(",\"clip\":[");
            append_number(out, node.rect.clip_top * css);
            out.push_back(',');
            append_number(out, node.rect.clip_bottom * css);
            out.push_back(']');
            if (out_of_view(node.rect)) out.append(",\"clipped\":true");
        }
        if (!node.value.empty() || node.role == Role::text_field || node.role == Role::number_field) {
            out.append(",\"value\":");
            append_string(out, node.value);
        }
        if (!node.error.empty()) {
            out.append(",\"error\":");
            append_string(out, node.error);
        }
        if (!node.href.empty()) {
            out.append(",\"href\":");
            append_string(out, node.href);
        }
        if (!node.download.empty()) {
            out.append(",\"download\":");
            append_string(out, node.download);
        }
        if (node.level > 0) out.append(",\"level\":").append(std::to_string(node.level));
        if (node.checkable) out.append(node.checked ? ",\"checked\":true" : ",\"checked\":false");
        if (node.selected) out.append(",\"selected\":true");
        if (node.opens_popup) out.append(node.expanded ? ",\"expanded\":true" : ",\"expanded\":false");
        if (node.disabled) out.append(",\"disabled\":true");
        if (node.focusable) out.append(",\"focusable\":true");
        out.push_back('}');
    }
    out.append("]}");
    return out;
}

}  // namespace kickstart::app
