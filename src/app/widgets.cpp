#include "ui.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>
#include <vector>

namespace kickstart::app {

std::string labelled_id(std::string_view label, std::string_view id) {
    // "label###id": ImGui shows the label and hashes only the id, so switching language keeps
    // focus and keyboard navigation on the same widget.
    std::string out;
    out.reserve(label.size() + id.size() + 3);
    out.append(label).append("###").append(id);
    return out;
}

std::string_view screen_name(Screen screen) {
    switch (screen) {
        case Screen::welcome: return "welcome";
        case Screen::questions: return "questions";
        case Screen::review: return "review";
        case Screen::plan: return "plan";
    }
    return "welcome";
}

std::optional<Screen> screen_from_name(std::string_view name) {
    for (const Screen screen : {Screen::welcome, Screen::questions, Screen::review, Screen::plan}) {
        if (screen_name(screen) == name) return screen;
    }
    return std::nullopt;
}

std::string message_text(const Message& message, const Translations& translations, Language language) {
    std::vector<std::string> args;
    args.reserve(message.args.size());
    for (const auto& arg : message.args) {
        if (const auto* text = std::get_if<std::string>(&arg)) {
            args.push_back(*text);
        } else if (const auto* ui_text = std::get_if<UiText>(&arg)) {
            args.emplace_back(translations.text(language, ui_text->key));
        } else {
            args.push_back(error_text(*std::get_if<Error>(&arg), translations, language));
        }
    }
    return fill(translations.text(language, message.key), args);
}

namespace {
// Text the frame drew whole or cut (WidgetProbe::check_last_item_fits), named by its start.
void check_text_fits(std::string_view text) {
    if (WidgetProbe* probe = WidgetProbe::recording()) probe->check_last_item_fits(text.substr(0, 80));
}
}  // namespace

void text_wrapped(std::string_view text, float wrap_pos_x) {
    ImGui::PushTextWrapPos(wrap_pos_x);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    record_last_text(Role::text, text);
    check_text_fits(text);
}

void text_colored(const ImVec4& color, std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    text_wrapped(text);
    ImGui::PopStyleColor();
}

void text_muted(const Ui& ui, std::string_view text) { text_colored(ui.colors().muted_text, text); }

void heading(ImFont* font, std::string_view text, int level) {
    // The title face is a screen's first-level heading, the heading face the second.
    if (level == 0) level = font != nullptr && font->FontSize > ImGui::GetFontSize() * 1.4f ? 1 : 2;
    ImGui::PushFont(font);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    record_last_text(Role::heading, text, level);
    check_text_fits(text);
}

namespace {

// On a coarse pointer there is no hover: a tap on an item with a tooltip pins it, shown above
// the item until the next tap elsewhere or another screen.
struct PinnedTooltip {
    std::string text;
    ImRect item;
    std::string screen;  // where it was pinned: another screen or view drops it
};
PinnedTooltip g_pinned;

std::string screen_key(const Ui& ui) {
    return std::string(screen_name(ui.state.screen)) + "." + std::to_string(ui.state.section) + "." +
           std::to_string(static_cast<int>(ui.state.plan_view));
}

void show_tooltip_above(Ui& ui, std::string_view text, const ImRect& item) {
    // Wrapped to the window (a phone is narrower than a long title), above the finger.
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImVec2 padding = ImGui::GetStyle().WindowPadding;
    const float margin = ui.px(8);
    const float wrap = std::max(ui.px(120), viewport->WorkSize.x - 2 * (margin + padding.x));
    const ImVec2 size = ImGui::CalcTextSize(text.data(), text.data() + text.size(), false, wrap);
    const float width = size.x + 2 * padding.x;
    const float x = std::clamp(item.Min.x, viewport->WorkPos.x + margin,
                               std::max(viewport->WorkPos.x + margin, viewport->WorkPos.x + viewport->WorkSize.x - width - margin));
    const bool above = item.Min.y - size.y - 2 * padding.y - ui.px(4) >= viewport->WorkPos.y;
    ImGui::SetNextWindowPos(above ? ImVec2(x, item.Min.y - ui.px(4)) : ImVec2(x, item.Max.y + ui.px(4)), ImGuiCond_Always,
                            ImVec2(0.0f, above ? 1.0f : 0.0f));
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
    const ImVec2 pos = ImGui::GetWindowPos();
    const ImVec2 window_size = ImGui::GetWindowSize();
    ImGui::EndTooltip();
    ui.probe.set_tooltip(text);
    ui.probe.set_tooltip_rect(Rect{pos.x, pos.y, window_size.x, window_size.y, pos.y, pos.y + window_size.y});
}

}  // namespace

void pinned_tooltip(Ui& ui) {
    if (!ui.state.coarse_pointer || g_pinned.text.empty()) {
        g_pinned = {};
        return;
    }
    const ImGuiIO& io = ImGui::GetIO();
    const bool tapped_elsewhere = ImGui::IsMouseClicked(ImGuiMouseButton_Left) && !g_pinned.item.Contains(io.MousePos);
    if (tapped_elsewhere || g_pinned.screen != screen_key(ui)) {
        g_pinned = {};
        return;
    }
    if (ui.probe.tooltip().empty()) show_tooltip_above(ui, g_pinned.text, g_pinned.item);
}

void tooltip(Ui& ui, std::string_view text) {
    if (ui.state.coarse_pointer) {
        // Called while the finger is on the item (a tap's frames): its release pins it.
        const ImRect item = ImGui::GetCurrentContext()->LastItemData.Rect;
        if (ImGui::IsMouseReleased(ImGuiMouseButton_Left) && item.Contains(ImGui::GetIO().MousePos)) {
            g_pinned = {std::string(text), item, screen_key(ui)};
        }
        if (g_pinned.text == text && g_pinned.item.Min.x == item.Min.x && g_pinned.item.Min.y == item.Min.y) {
            show_tooltip_above(ui, text, item);
        }
        return;
    }
    // On keyboard focus a tooltip waits, so Tab through a list does not flash one per stop,
    // and it opens above its widget, never over the next row. The page is woken for it.
    constexpr double kKeyboardDelaySeconds = 1.0;
    static ImGuiID focused_item = 0;  // the widget the keyboard focus reached, and when
    static double focused_since = 0;
    static double woken_for = -1;  // the rest a wake-up was asked for
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiID item = g.LastItemData.ID;
    if (g.NavDisableMouseHover && !g.NavDisableHighlight && g.NavId == item && item != 0) {
        const double now = ui.host.now_seconds();
        if (focused_item != item) {
            focused_item = item;
            focused_since = now;
        }
        const double resting_since = std::max(focused_since, ui.keys_changed_at);
        if (resting_since != woken_for) {
            woken_for = resting_since;
            ui.host.wake_after(resting_since + kKeyboardDelaySeconds + 0.02 - now);
        }
        if (now - resting_since < kKeyboardDelaySeconds) return;
        const ImRect& rect = g.LastItemData.Rect;
        ImGui::SetNextWindowPos(ImVec2(rect.Min.x, rect.Min.y - ui.px(4)), ImGuiCond_Always, ImVec2(0.0f, 1.0f));
    } else {
        focused_item = 0;
    }
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    const ImVec2 pos = ImGui::GetWindowPos();
    const ImVec2 size = ImGui::GetWindowSize();
    ImGui::EndTooltip();
    ui.probe.set_tooltip(text);
    ui.probe.set_tooltip_rect(Rect{pos.x, pos.y, size.x, size.y, pos.y, pos.y + size.y});
}

void hand_cursor_on_hover() {
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
}

bool back_key_pressed(const Ui& ui) {
    // Escape dismisses a notice first (Application::draw_notice).
    return ui.state.dialog == Dialog::none && !ui.state.notice && !ImGui::GetIO().WantTextInput &&
           ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), /*repeat=*/false);
}

bool primary_key_pressed(const Ui& ui) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool modifier = ui.state.mac ? (io.KeySuper && !io.KeyCtrl) : (io.KeyCtrl && !io.KeySuper);
    return ui.state.dialog == Dialog::none && modifier &&
           (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter), /*repeat=*/false) ||
            ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter), /*repeat=*/false));
}

void primary_key_hint(Ui& ui, std::string_view action) {
    const std::string hint = fill(ui.text("nav.shortcut_hint"), {ui.state.mac ? "⌘Enter" : "Ctrl+Enter", action});
    ImGui::AlignTextToFramePadding();
    label_muted(ui, hint);
    ui.probe.set_hint(hint);
}

bool button(Ui& ui, std::string_view label, std::string_view id, float width) {
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);  // fields have edges, buttons fills
    // A finger's target is as wide as it is tall, however short the label ("+", "1").
    if (ui.state.coarse_pointer && width == 0.0f) width = std::max(button_width(label), ui.px(kTouchTarget));
    const bool pressed = ImGui::Button(labelled_id(label, id).c_str(), ImVec2(width, 0.0f));
    ImGui::PopStyleVar();
    // Named also when scrolled away: ImGui reports no label for an item it does not draw.
    if (SemanticNode* node = last_semantic_node(); node != nullptr && node->name.empty()) node->name = label;
    hand_cursor_on_hover();
    ui.probe.record_last_item(id);
    if (width > 0.0f) ui.probe.check_last_item_fits(id, label);  // a set width may be narrower than the label
    return pressed;
}

bool primary_button(Ui& ui, std::string_view label, std::string_view id, float width) {
    const Palette& p = ui.colors();
    ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_hover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accent_hover);
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent_text);
    const bool pressed = button(ui, label, id, width);
    ImGui::PopStyleColor(4);
    return pressed;
}

bool segmented(Ui& ui, std::string_view id, std::initializer_list<std::string_view> labels, int& selected,
               std::string_view name, Role item_role) {
    return segmented(ui, id, std::span<const std::string_view>(labels.begin(), labels.size()), selected, name,
                     item_role);
}

bool segmented(Ui& ui, std::string_view id, std::span<const std::string_view> labels, int& selected,
               std::string_view name, Role item_role) {
    const Palette& p = ui.colors();
    bool changed = false;
    int index = 0;
    if (name.empty()) {
        if (const std::string* text = ui.translations.find(ui.state.language, "group." + std::string(id))) name = *text;
    }
    ui.probe.semantics().begin_group(item_role == Role::tab ? Role::tab_list : Role::radio_group, id, name);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ui.px(2), ui.px(2)));
    for (const std::string_view label : labels) {
        if (index > 0) ImGui::SameLine();
        const bool active = index == selected;
        if (active) {
            ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
            ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_hover);
            ImGui::PushStyleColor(ImGuiCol_Text, p.accent_text);
        }
        const std::string item_id = std::string(id) + "." + std::to_string(index);
        if (button(ui, label, item_id) && !active) {
            selected = index;
            changed = true;
        }
        if (SemanticNode* node = last_semantic_node(); node != nullptr && node->id == item_id) {
            node->role = item_role;
            node->checkable = true;
            node->checked = active;
        }
        if (active) ImGui::PopStyleColor(3);
        ++index;
    }
    ImGui::PopStyleVar();
    ui.probe.semantics().end_group();
    return changed;
}

bool checkbox(Ui& ui, std::string_view label, std::string_view id, bool& value) {
    const bool changed = ImGui::Checkbox(labelled_id(label, id).c_str(), &value);
    if (SemanticNode* node = last_semantic_node()) {
        if (node->name.empty()) node->name = label;
        node->role = Role::checkbox;
        node->checkable = true;
        node->checked = value;
    }
    hand_cursor_on_hover();
    ui.probe.record_last_item(id);
    return changed;
}

void link(Ui& ui, std::string_view label, std::string_view url, std::string_view id) {
    const ImVec4 color = ui.colors().accent;
    // A finger's target: the line is a frame tall, the text centred in it, and the item (what
    // a tap hits, what the probe and the mirror are told) is the line, at least as wide.
    if (ui.state.coarse_pointer) ImGui::AlignTextToFramePadding();
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(label.data(), label.data() + label.size());
    ImGui::PopStyleColor();
    if (ui.state.coarse_pointer) {
        ImRect& item = ImGui::GetCurrentContext()->LastItemData.Rect;
        const float padding = ImGui::GetStyle().FramePadding.y;
        item.Min.y -= padding;
        item.Max.y += padding;
        item.Max.x = std::max(item.Max.x, item.Min.x + ui.px(kTouchTarget));
    }
    if (SemanticNode* node = record_last_text(Role::link, label)) node->href = url;
    ui.probe.record_last_item(id);
    if (ImGui::IsItemHovered()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        const ImVec2 min = ImGui::GetItemRectMin();
        const float text_right = min.x + ImGui::CalcTextSize(label.data(), label.data() + label.size()).x;
        const float baseline = ImGui::GetItemRectMax().y - (ui.state.coarse_pointer ? ImGui::GetStyle().FramePadding.y : 0.0f);
        ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, baseline), ImVec2(text_right, baseline), ImGui::GetColorU32(color),
                                            ui.px(1));
        tooltip(ui, url);
    }
    if (ImGui::IsItemClicked()) ui.host.open_in_new_tab(url);
}

namespace {
struct CardFrame {
    ImVec2 start;
    float width;
};
std::vector<CardFrame> g_cards;  // open cards; one at a time (draw-list channels do not nest)
}  // namespace

void begin_card(const Ui& ui) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);  // content above, background drawn under it at the end
    g_cards.push_back({ImGui::GetCursorScreenPos(), ImGui::GetContentRegionAvail().x});
    const float pad = ui.px(16);
    ImGui::Dummy(ImVec2(0, pad - ImGui::GetStyle().ItemSpacing.y));
    ImGui::Indent(pad);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + g_cards.back().width - 2 * pad);
}

void end_card(const Ui& ui) {
    const float pad = ui.px(16);
    ImGui::PopTextWrapPos();
    ImGui::Unindent(pad);
    ImGui::Dummy(ImVec2(0, pad - ImGui::GetStyle().ItemSpacing.y));
    KICKSTART_ASSERT(!g_cards.empty(), "end_card() closes a begin_card()");
    const CardFrame frame = g_cards.back();
    g_cards.pop_back();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSetCurrent(0);
    const ImVec2 end(frame.start.x + frame.width, ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y);
    draw->AddRectFilled(frame.start, end, ImGui::GetColorU32(ui.colors().panel), ImGui::GetStyle().ChildRounding);
    draw->ChannelsMerge();
}

void label_muted(const Ui& ui, std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ui.colors().muted_text);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopStyleColor();
    record_last_text(Role::text, text);
    check_text_fits(text);
}

float button_width(std::string_view label) {
    return ImGui::CalcTextSize(label.data(), label.data() + label.size(), true).x + ImGui::GetStyle().FramePadding.x * 2;
}

void same_line_if_fits(float width, float spacing) {
    const float gap = spacing < 0 ? ImGui::GetStyle().ItemSpacing.x : spacing;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + gap + width <= right) ImGui::SameLine(0, gap);
}

bool text_ellipsis(const Ui& ui, std::string_view text, ImVec2 pos, float width, const ImVec4& color) {
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    const ImVec2 size = ImGui::CalcTextSize(begin, end);
    const float right = pos.x + width;
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), pos, ImVec2(right, pos.y + size.y), right, right, begin, end,
                              &size);
    ImGui::PopStyleColor();
    // Drawn over the last item (a row): its name, whole, when it has none of its own.
    if (SemanticNode* node = last_semantic_node(); node != nullptr && node->name.empty()) node->name = text;
    if (size.x > width) ui.probe.note_shortened(text);
    return size.x > width;
}

void copy_text(Ui& ui, std::string_view text, std::string_view notice_key) {
    ui.copy_notice = std::string(notice_key);
    ui.host.copy_to_clipboard(text);
}

}  // namespace kickstart::app
