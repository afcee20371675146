// The frame around every screen: the top bar (name, language, theme), the notice line and
// the confirmation dialogs.
#include "application.hpp"

#include "kickstart/core/share_link.hpp"

#include <imgui.h>

namespace kickstart::app {

void Application::draw_top_bar(Ui& ui) {
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted("Backstage Kickstart");
    ImGui::PopFont();
    ui.probe.record_last_item("top.home");
    if (ImGui::IsItemClicked() && state_.screen != Screen::welcome) state_.screen = Screen::welcome;
    hand_cursor_on_hover();

    // Language and theme, right-aligned, each in its own words.
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto width_of = [&](std::initializer_list<std::string_view> labels) {
        float width = 0;
        for (const auto label : labels) width += ImGui::CalcTextSize(label.data(), label.data() + label.size()).x;
        return width + style.FramePadding.x * 2 * static_cast<float>(labels.size()) + ui.px(2) * static_cast<float>(labels.size() - 1);
    };
    const std::string_view dark = ui.text("top.theme_dark");
    const std::string_view light = ui.text("top.theme_light");
    const float total = width_of({"English", "Polski"}) + width_of({dark, light}) + ui.px(16);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - total);
    int language = state_.language == Language::pl ? 1 : 0;
    if (segmented(ui, "top.language", {"English", "Polski"}, language)) {
        state_.language = language == 1 ? Language::pl : Language::en;
    }
    ImGui::SameLine(0, ui.px(16));
    int theme = state_.theme == Theme::light ? 1 : 0;
    if (segmented(ui, "top.theme", {dark, light}, theme)) state_.theme = theme == 1 ? Theme::light : Theme::dark;
    ImGui::Separator();
}

void Application::draw_notice(Ui& ui) {
    if (!state_.notice) return;
    const Palette& p = ui.colors();
    const ImVec4 color = state_.notice->kind == NoticeKind::error     ? ImVec4(0.90f, 0.35f, 0.30f, 1.0f)
                         : state_.notice->kind == NoticeKind::success ? p.accent
                                                                      : p.muted_text;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, p.panel);
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float wrap = ImGui::GetContentRegionAvail().x - ui.px(140);
    const ImVec2 size = ImGui::CalcTextSize(state_.notice->text.c_str(), nullptr, false, wrap);
    ImGui::BeginChild("notice", ImVec2(0, size.y + line), false, ImGuiWindowFlags_NoScrollbar);
    ImGui::SetCursorPos(ImVec2(ui.px(10), line * 0.5f - ImGui::GetStyle().ItemSpacing.y * 0.5f + ui.px(2)));
    ImGui::PushTextWrapPos(wrap);
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(state_.notice->text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ui.probe.record_last_item("notice.text");
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ui.px(110));
    ImGui::SetCursorPosY(ui.px(4));
    const bool dismiss = button(ui, ui.text("notice.dismiss"), "notice.dismiss", ui.px(100));
    ImGui::EndChild();
    ImGui::PopStyleColor();
    if (dismiss) state_.notice.reset();
}

void Application::draw_dialogs(Ui& ui) {
    if (state_.dialog == Dialog::none) return;
    const char* id = state_.dialog == Dialog::start_over ? "###dialog.start_over" : "###dialog.link";
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(ui.px(520), viewport->WorkSize.x * 0.9f), 0));
    const bool start_over = state_.dialog == Dialog::start_over;
    const std::string title =
        std::string(ui.text(start_over ? "dialog.start_over_title" : "dialog.link_title")) + id;
    if (!ImGui::BeginPopupModal(title.c_str(), nullptr,
                                ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings)) {
        return;
    }
    text_wrapped(ui.text(start_over ? "dialog.start_over_text" : "dialog.link_text"));
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    const Knowledge& k = knowledge_->value();  // dialogs only open once it is loaded
    bool close = false;
    if (start_over) {
        if (primary_button(ui, ui.text("dialog.start_over_yes"), "dialog.confirm")) {
            const Language language = state_.language;
            const Theme theme = state_.theme;
            state_ = AppState{};
            state_.language = language;
            state_.theme = theme;
            state_.answers = k.questionnaire.defaults();
            host_.clear_autosave();
            published_.clear();
            close = true;
        }
        ImGui::SameLine();
        if (button(ui, ui.text("dialog.cancel"), "dialog.cancel") ||
            ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
            state_.dialog = Dialog::none;
            close = true;
        }
    } else {
        if (primary_button(ui, ui.text("dialog.link_open"), "dialog.confirm")) {
            if (const auto shared = decode_share_link(state_.pending_link, k.questionnaire, k.catalog)) {
                apply_link(shared.value());
                state_.screen = Screen::plan;
                state_.notice = Notice{std::string(ui.text("notice.opened_link")), NoticeKind::success};
            }
            close = true;
        }
        ImGui::SameLine();
        if (button(ui, ui.text("dialog.link_keep"), "dialog.cancel") ||
            ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
            state_.notice = Notice{std::string(ui.text("notice.kept_autosave")), NoticeKind::info};
            published_.clear();  // the address gets the saved plan's link back
            close = true;
        }
    }
    if (close) {
        state_.dialog = Dialog::none;
        state_.pending_link.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace kickstart::app
