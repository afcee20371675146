#include "ui.hpp"

#include <imgui.h>

#include <string>

namespace kickstart::app {
namespace {

// "label###id": ImGui shows the label and hashes only the id, so switching language keeps
// focus and keyboard navigation on the same widget.
std::string labelled_id(std::string_view label, std::string_view id) {
    std::string out;
    out.reserve(label.size() + id.size() + 3);
    out.append(label).append("###").append(id);
    return out;
}

}  // namespace

std::string_view screen_name(Screen screen) {
    switch (screen) {
        case Screen::welcome: return "welcome";
        case Screen::questions: return "questions";
    }
    return "welcome";
}

void text_wrapped(std::string_view text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopTextWrapPos();
}

void text_muted(const Ui& ui, std::string_view text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ui.colors().muted_text);
    text_wrapped(text);
    ImGui::PopStyleColor();
}

void heading(ImFont* font, std::string_view text) {
    ImGui::PushFont(font);
    text_wrapped(text);
    ImGui::PopFont();
}

bool button(Ui& ui, std::string_view label, std::string_view id, float width) {
    const bool pressed = ImGui::Button(labelled_id(label, id).c_str(), ImVec2(width, 0.0f));
    ui.probe.record_last_item(id);
    return pressed;
}

bool primary_button(Ui& ui, std::string_view label, std::string_view id, float width) {
    const Palette& p = ui.colors();
    ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_hover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accent_hover);
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent_text);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ui.px(22), ui.px(10)));
    const bool pressed = button(ui, label, id, width);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(4);
    return pressed;
}

bool segmented(Ui& ui, std::string_view id, std::initializer_list<std::string_view> labels, int& selected) {
    const Palette& p = ui.colors();
    bool changed = false;
    int index = 0;
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
        if (active) ImGui::PopStyleColor(3);
        ++index;
    }
    ImGui::PopStyleVar();
    return changed;
}

}  // namespace kickstart::app
