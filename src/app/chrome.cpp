// The frame around every screen: the top bar (name, language, theme), the notice line and
// the confirmation dialogs.
#include "application.hpp"
#include "focus_order.hpp"

#include "kickstart/core/share_link.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <span>

namespace kickstart::app {

void Application::draw_top_bar(Ui& ui) {
    // "Skip to content", the first Tab stop of every screen after the welcome: shown while it
    // has the keyboard focus, a one-pixel stop otherwise. Enter on it goes to the screen's
    // first answer, past the language and theme switches and the stepper.
    if (state_.screen != Screen::welcome) {
        const ImVec2 start = ImGui::GetCursorPos();
        if (has_keyboard_focus(ImGui::GetID("###top.skip"))) {
            if (primary_button(ui, ui.text("top.skip"), "top.skip")) skip_to_content();
            ui.probe.record_last_item("top.skip");
            ImGui::SameLine();
        } else {
            ImGui::InvisibleButton("###top.skip", ImVec2(1.0f, 1.0f));
            if (SemanticNode* node = last_semantic_node()) node->name = ui.text("top.skip");
            ui.probe.record_last_item("top.skip");
            ImGui::SetCursorPos(start);
        }
    }
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted("Backstage Kickstart");
    ImGui::PopFont();
    record_last_text(Role::text, "Backstage Kickstart");
    ui.probe.record_last_item("top.home");
    if (ImGui::IsItemClicked() && state_.screen != Screen::welcome) state_.screen = Screen::welcome;
    hand_cursor_on_hover();

    // Language and theme, right-aligned, each in its own words.
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto width_of = [&](std::span<const std::string_view> labels) {
        float width = 0;
        for (const auto label : labels) width += ImGui::CalcTextSize(label.data(), label.data() + label.size()).x;
        const auto count = static_cast<float>(labels.size());
        return width + style.FramePadding.x * 2 * count + ui.px(2) * (count - 1);
    };
    // Each language in its own name, in the order of kAllLanguages.
    std::array<std::string_view, kAllLanguages.size()> languages{};
    int language = 0;
    for (std::size_t i = 0; i < kAllLanguages.size(); ++i) {
        languages[i] = language_name(kAllLanguages[i]);
        if (kAllLanguages[i] == state_.language) language = static_cast<int>(i);
    }
    const std::array<std::string_view, 2> themes{ui.text("top.theme_dark"), ui.text("top.theme_light")};
    int theme = state_.theme == Theme::light ? 1 : 0;
    const auto choose = [&] {
        if (segmented(ui, "top.language", languages, language, ui.text("top.language"))) {
            state_.language = kAllLanguages[static_cast<std::size_t>(language)];
        }
    };
    const auto choose_theme = [&] {
        if (segmented(ui, "top.theme", themes, theme, ui.text("top.theme"))) {
            state_.theme = theme == 1 ? Theme::light : Theme::dark;
        }
    };
    if (ui.layout.narrow) {
        // The name keeps the bar; language and theme wait behind one button.
        const std::string_view menu = ui.text("top.menu");
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button_width(menu));
        if (button(ui, menu, "top.menu")) ImGui::OpenPopup("###top.menu_popup");
        mark_popup_button(ImGui::IsPopupOpen("###top.menu_popup"));
        const ImVec2 corner(ImGui::GetItemRectMax().x, ImGui::GetItemRectMax().y + ui.px(4));
        ImGui::SetNextWindowPos(corner, ImGuiCond_Always, ImVec2(1.0f, 0.0f));
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.px(14), ui.px(12)));
        if (ImGui::BeginPopup("###top.menu_popup")) {
            ui.probe.semantics().begin_group(Role::group, "top.menu_popup", menu);
            // One tap chooses and closes the menu (a tap outside only closes it).
            label_muted(ui, ui.text("top.language"));
            const Language before_language = state_.language;
            const Theme before_theme = state_.theme;
            choose();
            ImGui::Dummy(ImVec2(0, ui.px(4)));
            label_muted(ui, ui.text("top.theme"));
            choose_theme();
            if (state_.language != before_language || state_.theme != before_theme) ImGui::CloseCurrentPopup();
            ui.probe.semantics().end_group();
            ImGui::EndPopup();
        }
        ImGui::PopStyleVar();
        ImGui::Separator();
        return;
    }
    const float total = width_of(languages) + width_of(themes) + ui.px(16);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - total);
    choose();
    ImGui::SameLine(0, ui.px(16));
    choose_theme();
    ImGui::Separator();
}

// The notice as a toast over the content, bottom right: it never moves what is under the
// cursor. Information and success fade after a few seconds (a wake-up timer from the page
// draws the fade, so the page is idle in between); errors and choices stay until dismissed.
// Escape dismisses it.
void Application::draw_notice(Ui& ui) {
    if (!state_.notice) return;
    Notice& notice = *state_.notice;
    const bool offer = !other_tab_autosave_.empty() && notice.message.key == "notice.changed_elsewhere";
    const bool fades = notice.kind != NoticeKind::error && !offer;
    const double now = host_.now_seconds();
    if (notice.shown_at < 0) {
        notice.shown_at = now;
        if (fades) {
            host_.wake_after(kNoticeSeconds - kNoticeFadeSeconds);
            host_.wake_after(kNoticeSeconds + 0.05);
        }
    }
    const double age = now - notice.shown_at;
    const bool escape = state_.dialog == Dialog::none && !ImGui::GetIO().WantTextInput &&
                        ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), /*repeat=*/false);
    if ((fades && age >= kNoticeSeconds) || (escape && !offer)) {
        state_.notice.reset();
        return;
    }
    const float alpha = fades ? static_cast<float>(std::clamp((kNoticeSeconds - age) / kNoticeFadeSeconds, 0.0, 1.0))
                              : 1.0f;

    const Palette& p = ui.colors();
    const ImVec4 color = notice.kind == NoticeKind::error     ? p.error
                         : notice.kind == NoticeKind::success ? p.accent
                                                              : ImGui::GetStyle().Colors[ImGuiCol_Text];
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float margin = ui.px(16);
    const float width = std::min(ui.px(460), viewport->WorkSize.x - 2 * margin);
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x - margin,
                                   viewport->WorkPos.y + viewport->WorkSize.y - margin),
                            ImGuiCond_Always, ImVec2(1.0f, 1.0f));
    ImGui::SetNextWindowSize(ImVec2(width, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_Alpha, alpha);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.px(16), ui.px(12)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, ui.px(8));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, std::max(1.0f, ui.px(1)));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, p.dialog);
    ImGui::PushStyleColor(ImGuiCol_Border, color);
    ImGui::Begin("###notice", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextUnformatted(notice_text().c_str());
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ui.probe.record_last_item("notice.text");

    // A plan saved by another tab is a choice, not something to dismiss.
    bool dismiss = false;
    bool load_other = false;
    bool keep_mine = false;
    if (offer) {
        load_other = button(ui, ui.text("notice.load_other"), "notice.load_other");
        ImGui::SameLine();
        keep_mine = button(ui, ui.text("notice.keep_mine"), "notice.keep_mine");
    } else {
        const std::string_view label = ui.text("notice.dismiss");
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowContentRegionMax().x - button_width(label)));
        dismiss = button(ui, label, "notice.dismiss");
    }
    ImGui::End();
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar(4);
    if (dismiss) state_.notice.reset();
    if (load_other) {
        const std::string other = std::move(other_tab_autosave_);
        other_tab_autosave_.clear();
        state_.notice.reset();
        (void)restore_autosave(other);
        published_.clear();
    }
    if (keep_mine) {
        other_tab_autosave_.clear();
        state_.notice.reset();
        published_.clear();  // this tab's plan is saved now; the other tab hears of it
    }
}

// A question before something that cannot be undone. The safe answer (Cancel, Keep) has
// the keyboard focus when the dialog opens, so Enter or Escape never loses anything; the
// other one has to be chosen on purpose.
void Application::draw_dialogs(Ui& ui) {
    if (state_.dialog == Dialog::none) return;
    const bool start_over = state_.dialog == Dialog::start_over;
    const char* id = start_over ? "###dialog.start_over" : "###dialog.link";
    if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(std::min(ui.px(520), viewport->WorkSize.x * 0.9f), 0));

    // The product's card look, not ImGui's grey title bar: a panel with a border and
    // rounded corners, the title inside in the heading face.
    const Palette& p = ui.colors();
    const float padding = ui.layout.narrow ? 18.0f : 28.0f;  // a phone keeps its width for the words
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui.px(padding), ui.px(24)));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, ui.px(10));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, std::max(1.0f, ui.px(1)));
    ImGui::PushStyleColor(ImGuiCol_PopupBg, p.dialog);
    const bool open = ImGui::BeginPopupModal(id, nullptr,
                                             ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar(3);
    if (!open) return;
    if (ImGui::IsWindowAppearing()) show_keyboard_focus();  // the focus ring on the safe choice
    heading(ui.fonts.heading, ui.text(start_over ? "dialog.start_over_title" : "dialog.link_title"));
    ui.probe.record_last_item("dialog.title");
    ImGui::Dummy(ImVec2(0, ui.px(2)));
    text_wrapped(ui.text(start_over ? "dialog.start_over_text" : "dialog.link_text"));
    ImGui::Dummy(ImVec2(0, ui.px(12)));

    // Buttons right-aligned, the safe one first (it gets the focus), the change last.
    const std::string_view safe_label = ui.text(start_over ? "dialog.cancel" : "dialog.link_keep");
    const std::string_view change_label = ui.text(start_over ? "dialog.start_over_yes" : "dialog.link_open");
    const ImGuiStyle& style = ImGui::GetStyle();
    const auto width_of = [&](std::string_view label) {
        return ImGui::CalcTextSize(label.data(), label.data() + label.size()).x + style.FramePadding.x * 2;
    };
    const float row = width_of(safe_label) + style.ItemSpacing.x + width_of(change_label);
    // Too narrow for both side by side: one above the other, each right-aligned.
    const bool one_row = row <= ImGui::GetContentRegionAvail().x;
    const float right = ImGui::GetWindowContentRegionMax().x;
    ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right - (one_row ? row : width_of(safe_label))));
    const bool escape = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), /*repeat=*/false);
    const bool keep = button(ui, safe_label, "dialog.cancel") || escape;
    ImGui::SetItemDefaultFocus();
    if (one_row) {
        ImGui::SameLine();
    } else {
        ImGui::SetCursorPosX(std::max(ImGui::GetCursorPosX(), right - width_of(change_label)));
    }
    const bool change = primary_button(ui, change_label, "dialog.confirm") && !keep;

    const Knowledge& k = knowledge_->value();  // dialogs only open once it is loaded
    if (start_over && change) {
        const Language language = state_.language;
        const Theme theme = state_.theme;
        state_ = AppState{};
        state_.language = language;
        state_.theme = theme;
        state_.answers = k.questionnaire.defaults();
        host_.clear_autosave();
        published_.clear();
    } else if (!start_over && change) {
        if (const auto shared = decode_share_link(state_.pending_link, k.questionnaire, k.catalog)) {
            state_.notice.reset();
            apply_link(shared.value());
            state_.screen = Screen::plan;
            if (!state_.notice) state_.notice = Notice{{"notice.opened_link", {}}, NoticeKind::success};
        }
    } else if (!start_over && keep) {
        state_.notice = Notice{{"notice.kept_autosave", {}}, NoticeKind::info};
        published_.clear();  // the address gets the saved plan's link back
    }
    if (keep || change) {
        state_.dialog = Dialog::none;
        state_.pending_link.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace kickstart::app
