// Application: what the page shows first, links, plan files and the clipboard; the derived
// plan, address and autosave; one frame of the whole UI.
//
// Index of this file:
// [SECTION] Lifecycle: start, links, files, clipboard
// [SECTION] Derived state: the plan, the address and the autosave
// [SECTION] Frame
#include "application.hpp"

#include "focus_order.hpp"

#include "kickstart/core/export_formats.hpp"
#include "kickstart/core/export_html.hpp"
#include "kickstart/core/plan_io.hpp"
#include "kickstart/core/share_link.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace kickstart::app {

// [SECTION] Lifecycle: start, links, files, clipboard

Application::Application(KnowledgeLoader load_knowledge, const Result<Translations>& translations, Host& host,
                         AppState initial_state)
    : load_knowledge_(load_knowledge),
      translations_(translations),
      host_(host),
      state_(std::move(initial_state)),
      applied_theme_(state_.theme) {}

const Result<Knowledge>& Application::knowledge() {
    if (knowledge_ == nullptr) {
        knowledge_ = &load_knowledge_();
        if (*knowledge_) state_.answers = knowledge_->value().questionnaire.defaults();
    }
    return *knowledge_;
}

void Application::apply_pending_example() {
    if (state_.pending_example.empty() || !knowledge()) return;
    for (const Example& example : builtin_examples()) {
        if (example.id != state_.pending_example) continue;
        if (auto answers = knowledge().value().questionnaire.validate_text(example.answers_json)) {
            state_.answers = std::move(answers).value();
            state_.edits = {};
            state_.selected_action.clear();
            state_.screen = Screen::plan;
        }
    }
    state_.pending_example.clear();
}

std::string Application::history_entry() const {
    std::string entry(screen_name(state_.screen));
    if (state_.screen == Screen::questions) entry += "." + std::to_string(state_.section);
    // The details as a view of their own are a step a phone's Back button returns from.
    if (state_.screen == Screen::plan && state_.details_open && layout_.narrow) entry += ".details";
    return entry;
}

std::string Application::autosave_json() const {
    const Knowledge& k = knowledge_->value();
    const nlohmann::json saved = {
        {"link", encode_share_link(k.questionnaire, k.catalog, state_.answers, state_.edits)},
        {"screen", screen_name(state_.screen)},
        {"section", state_.section},
        {"language", language_code(state_.language)},
        {"theme", state_.theme == Theme::dark ? "dark" : "light"},
    };
    return saved.dump();
}

bool Application::restore_autosave(std::string_view autosave) {
    const Knowledge& k = knowledge_->value();
    const auto saved = nlohmann::json::parse(autosave.begin(), autosave.end(), nullptr, false);
    if (!saved.is_object() || !saved.contains("link") || !saved["link"].is_string()) return false;
    const auto shared = decode_share_link(saved["link"].get<std::string>(), k.questionnaire, k.catalog);
    if (!shared) return false;  // an autosave from an incompatible version: start afresh
    apply_link(shared.value());
    if (const auto it = saved.find("screen"); it != saved.end() && it->is_string()) {
        state_.screen = screen_from_name(it->get<std::string>()).value_or(Screen::welcome);
    }
    if (const auto it = saved.find("section"); it != saved.end() && it->is_number_unsigned()) {
        state_.section = std::min<std::size_t>(it->get<std::size_t>(), k.questionnaire.sections().size() - 1);
    }
    if (const auto it = saved.find("language"); it != saved.end() && it->is_string()) {
        state_.language = language_from_code(it->get<std::string>()).value_or(state_.language);
    }
    if (const auto it = saved.find("theme"); it != saved.end() && it->is_string()) {
        state_.theme = it->get<std::string>() == "light" ? Theme::light : Theme::dark;
    }
    return true;
}

void Application::apply_link(const SharedState& shared) {
    state_.answers = shared.answers;
    state_.edits = shared.edits;
    state_.selected_action.clear();
    // Skips and estimates of actions this plan does not have are dropped, and said so.
    const Plan plan = make_plan(knowledge_->value().catalog, state_.answers, state_.edits);
    if (plan.dropped_edits.empty()) return;
    std::string ids;
    for (const std::string& id : plan.dropped_edits) {
        state_.edits.skipped.erase(id);
        state_.edits.hours.erase(id);
        ids += (ids.empty() ? "" : ", ") + id;
    }
    state_.notice = Notice{{"notice.dropped_edits", {ids}}, NoticeKind::info};
}

void Application::start(std::string_view fragment, std::string_view autosave) {
    started_ = true;
    if ((fragment.empty() || fragment == "#") && autosave.empty() && state_.screen == Screen::welcome) {
        defer_knowledge_ = true;
        return;
    }
    if (!knowledge()) return;
    const Knowledge& k = knowledge_->value();
    const bool has_autosave = !autosave.empty() && restore_autosave(autosave);
    if (!fragment.empty() && fragment != "#") {
        const auto shared = decode_share_link(fragment, k.questionnaire, k.catalog);
        if (!shared) {
            const UiText kept{has_autosave ? "notice.kept_autosave" : "notice.kept_defaults"};
            state_.notice = Notice{{"notice.bad_link", {shared.error(), kept}}, NoticeKind::error};
        } else {
            const std::string current = encode_share_link(k.questionnaire, k.catalog, state_.answers, state_.edits);
            const std::string incoming = encode_share_link(k.questionnaire, k.catalog, shared.value().answers,
                                                           shared.value().edits);
            if (!has_autosave) {
                apply_link(shared.value());
                state_.screen = Screen::plan;
            } else if (incoming != current) {
                // Never overwrite a saved session without asking.
                state_.dialog = Dialog::replace_with_link;
                state_.pending_link = incoming;
            }
            // The same plan as the saved one (a reload): back on the screen the user was on.
        }
    } else if (has_autosave) {
        state_.notice = Notice{{"notice.restored", {}}, NoticeKind::info};
    }
    if (state_.dialog == Dialog::none) publish();
}

void Application::on_fragment_changed(std::string_view fragment) {
    if (!knowledge()) return;
    const Knowledge& k = knowledge_->value();
    const std::string current = encode_share_link(k.questionnaire, k.catalog, state_.answers, state_.edits);
    std::string_view code = fragment;
    if (!code.empty() && code.front() == '#') code.remove_prefix(1);
    if (code.empty() || code == current) return;
    const auto shared = decode_share_link(code, k.questionnaire, k.catalog);
    if (!shared) {
        state_.notice = Notice{{"notice.bad_link", {shared.error(), UiText{"notice.kept_autosave"}}}, NoticeKind::error};
        published_.clear();  // put the current plan's link back in the address
        publish();
        return;
    }
    state_.dialog = Dialog::replace_with_link;
    state_.pending_link = std::string(code);
}

void Application::on_history_entry(std::string_view entry) {
    if (!knowledge()) return;
    const std::size_t dot = entry.find('.');
    const auto screen = screen_from_name(entry.substr(0, dot));
    if (!screen) return;
    std::size_t section = 0;
    const bool details = *screen == Screen::plan && dot != std::string_view::npos && entry.substr(dot + 1) == "details";
    if (dot != std::string_view::npos && !details) {
        for (const char c : entry.substr(dot + 1)) {
            if (c < '0' || c > '9') return;
            section = section * 10 + static_cast<std::size_t>(c - '0');
        }
    }
    state_.screen = *screen;
    state_.section = std::min(section, knowledge_->value().questionnaire.sections().size() - 1);
    if (*screen == Screen::plan) {
        if (state_.details_open && !details) state_.reveal_selected = true;  // back at the list, where it was
        state_.details_open = details;
        if (details) state_.plan_view = PlanView::actions;
    }
    // The entry is where the browser is now: the current plan's link goes into it, no new one.
    published_entry_ = history_entry();
    published_.clear();
    publish();
}

void Application::on_autosave_changed_elsewhere(std::string_view autosave) {
    if (autosave.empty() || !knowledge()) return;  // cleared elsewhere: nothing to offer
    const Knowledge& k = knowledge_->value();
    const auto saved = nlohmann::json::parse(autosave.begin(), autosave.end(), nullptr, false);
    if (!saved.is_object() || !saved.contains("link") || !saved["link"].is_string()) return;
    const std::string current = encode_share_link(k.questionnaire, k.catalog, state_.answers, state_.edits);
    const bool offered = state_.notice && state_.notice->message.key == "notice.changed_elsewhere";
    if (saved["link"].get<std::string>() == current) {  // the same plan: nothing to choose
        other_tab_autosave_.clear();
        if (offered) state_.notice.reset();
        return;
    }
    other_tab_autosave_ = std::string(autosave);
    state_.notice = Notice{{"notice.changed_elsewhere", {}}, NoticeKind::info};
}

void Application::open_plan_file(std::string_view name, std::string_view text, std::size_t size) {
    if (!knowledge()) return;
    const Knowledge& k = knowledge_->value();
    const auto imported = size > kMaxPlanFileBytes ? Result<SharedState>(plan_file_too_large(size))
                                                   : import_plan_json(text, k.questionnaire, k.catalog);
    if (!imported) {
        state_.notice = Notice{{"notice.bad_file", {std::string(name), imported.error()}}, NoticeKind::error};
        return;
    }
    state_.notice.reset();
    apply_link(imported.value());
    state_.screen = Screen::plan;
    if (!state_.notice) state_.notice = Notice{{"notice.opened_file", {std::string(name)}}, NoticeKind::success};
}

void Application::on_clipboard_result(bool copied) {
    if (copied) {
        state_.notice = Notice{{pending_copy_notice_.empty() ? "notice.copied_snippet" : pending_copy_notice_, {}},
                               NoticeKind::success};
    } else {
        state_.notice = Notice{{"notice.copy_failed", {}}, NoticeKind::error};
    }
}

// [SECTION] Derived state: the plan, the address and the autosave

void Application::refresh_plan() {
    if (knowledge_ == nullptr || !*knowledge_) return;
    if (plan_valid_ && planned_answers_ == state_.answers && planned_edits_ == state_.edits) {
        refresh_demo_brief();
        return;
    }
    const Knowledge& k = knowledge_->value();
    plan_ = make_plan(k.catalog, state_.answers, state_.edits);
    planned_answers_ = state_.answers;
    planned_edits_ = state_.edits;
    plan_valid_ = true;
    demo_brief_valid_ = false;
    refresh_demo_brief();
}

void Application::refresh_demo_brief() {
    if (demo_brief_valid_ || !plan_valid_ || state_.plan_view != PlanView::demo) return;
    const Knowledge& k = knowledge_->value();
    Answers without_slot = state_.answers;
    without_slot.values.erase(std::string(question_ids::demo_minutes));
    if (show_more_answers_ == without_slot) {
        DemoBrief brief = make_demo_brief(k.questionnaire, k.catalog, state_.answers, plan_, ShowMoreSearch::skip);
        brief.to_show_more = std::move(demo_brief_.to_show_more);
        brief.hands_on = std::move(demo_brief_.hands_on);
        demo_brief_ = std::move(brief);
    } else {
        demo_brief_ = make_demo_brief(k.questionnaire, k.catalog, state_.answers, plan_);
        show_more_answers_ = std::move(without_slot);
    }
    demo_brief_valid_ = true;
}

std::string Application::print_report() {
    const Result<Knowledge>& k = knowledge();
    if (!k || !translations_) return {};
    refresh_plan();
    const ExportContext context{k.value().questionnaire, k.value().catalog, translations_.value(), state_.language,
                                host_.today()};
    return export_html(context, state_.answers, state_.edits.done, plan_);
}

std::optional<Application::ExportedFile> Application::export_file(std::string_view format_name) {
    const ExportFormat* format = find_export_format(format_name);
    if (format == nullptr || knowledge_ == nullptr || !*knowledge_ || !translations_) return std::nullopt;
    refresh_plan();
    const Knowledge& k = knowledge_->value();
    const std::string date = host_.today();
    const ExportContext context{k.questionnaire, k.catalog, translations_.value(), state_.language, date,
                                state_.leave_out_done};
    return ExportedFile{export_file_name(*format, date), std::string(format->mime_type),
                        format->write(context, state_.answers, state_.edits.done, plan_)};
}

void Application::publish() {
    if (!started_ || state_.dialog == Dialog::replace_with_link) return;  // nothing saved until answered
    if (knowledge_ == nullptr || !*knowledge_) return;
    std::string saved = autosave_json();
    std::string entry = history_entry();
    if (saved == published_ && entry == published_entry_) return;
    const Knowledge& k = knowledge_->value();
    const std::string link = encode_share_link(k.questionnaire, k.catalog, state_.answers, state_.edits);
    // One history entry per screen moved to; answers change the current entry's link.
    if (!published_entry_.empty() && entry != published_entry_) {
        host_.push_fragment(link, entry);
    } else {
        host_.replace_fragment(link, entry);
    }
    published_entry_ = std::move(entry);
    // Another tab's plan waits for the user's choice: this tab does not overwrite it.
    if (other_tab_autosave_.empty()) host_.save_autosave(saved);
    published_ = std::move(saved);
}

// [SECTION] Frame

bool Application::set_scale(float scale) {
    if (scale == scale_) return false;
    scale_ = scale;
    fonts_ = build_fonts(scale);
    apply_theme(state_.theme, scale, state_.coarse_pointer);
    applied_theme_ = state_.theme;
    return true;
}

void Application::set_coarse_pointer(bool coarse) {
    if (coarse == state_.coarse_pointer) return;
    state_.coarse_pointer = coarse;
    if (scale_ > 0.0f) apply_theme(state_.theme, scale_, coarse);
}

void Application::draw() {
    ++frames_;
    probe_.begin_frame();
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    layout_ = scale_ > 0 ? choose_layout(display.x / scale_, display.y / scale_) : Layout{};
    if (state_.screen != Screen::plan) state_.details_open = false;
    // A new screen starts the keyboard over: the first Tab reaches "Skip to content".
    if (std::string entry = history_entry(); entry != drawn_entry_) {
        if (!drawn_entry_.empty() && state_.screen != Screen::welcome) reset_keyboard_focus();
        drawn_entry_ = std::move(entry);
    }
    if (state_.theme != applied_theme_) {
        apply_theme(state_.theme, scale_, state_.coarse_pointer);
        applied_theme_ = state_.theme;
    }

    // One full-window surface, not floating debug windows.
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    constexpr ImGuiWindowFlags kSurface = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Backstage Kickstart", nullptr, kSurface);
    // A first visit draws the welcome screen before the knowledge base is parsed.
    const bool first_welcome = defer_knowledge_ && frames_ == 1 && state_.screen == Screen::welcome;
    if (!translations_ || (!first_welcome && !knowledge())) {
        draw_load_error();
        ImGui::End();
        return;
    }
    refresh_plan();
    const Knowledge* k = knowledge_ != nullptr ? &knowledge_->value() : nullptr;
    const ImGuiIO& io = ImGui::GetIO();
    for (std::size_t i = 0; i < keys_down_.size(); ++i) {
        if (io.KeysDown[i] == keys_down_[i]) continue;
        keys_down_[i] = io.KeysDown[i];
        keys_changed_at_ = host_.now_seconds();
    }
    Ui ui{translations_.value(), k,      state_,          plan_, fonts_, probe_, host_, scale_, pending_copy_notice_,
          keys_changed_at_, demo_brief_valid_ ? &demo_brief_ : nullptr, layout_};
    draw_top_bar(ui);

    // The reading column: wide enough for the plan's two panes, centred on big screens.
    const float max_width = (state_.screen == Screen::plan ? 1400.0f : 820.0f) * scale_;
    const float column = std::min(ImGui::GetContentRegionAvail().x, max_width);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - column) * 0.5f);
    ImGui::BeginChild("column", ImVec2(column, 0), false, ImGuiWindowFlags_NoBackground | ImGuiWindowFlags_NavFlattened);
    switch (state_.screen) {
        case Screen::welcome: draw_welcome_panel(ui); break;
        case Screen::questions: draw_questions_panel(ui); break;
        case Screen::review: draw_review_panel(ui); break;
        case Screen::plan: draw_plan_panel(ui); break;
    }
    ImGui::EndChild();
    draw_notice(ui);  // over the content, and after it: Escape dismisses it before going back
    draw_dialogs(ui);
    pinned_tooltip(ui);
    ImGui::End();
    notice_keys_not_taken();
    // Where the keyboard is for a screen reader: the field being edited, else the focus ring.
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId) {
        probe_.semantics().set_focus(g.ActiveId);
    } else if (!g.NavDisableHighlight) {
        probe_.semantics().set_focus(g.NavId);
    }

    apply_pending_example();
    refresh_plan();  // answers may have changed this frame
    publish();
}

// Text input no field took this frame (ImGui hands typed characters to the field being
// edited and drops the rest): say so, so that nothing typed disappears without a sign.
// Spaces and control characters press buttons and ticks, they are not typing.
void Application::notice_keys_not_taken() {
    const ImVector<ImWchar>& typed = ImGui::GetIO().InputQueueCharacters;
    std::string text;
    for (const ImWchar c : typed) {
        if (c <= ' ' || c == 0x7f) continue;
        char utf8[5] = {};
        text += ImTextCharToUtf8(utf8, c);
    }
    if (text.empty()) return;
    state_.notice = Notice{{"notice.key_not_taken", {std::move(text)}}, NoticeKind::info};
}

void Application::draw_load_error() const {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("The built-in knowledge base could not be loaded:");
    std::string message;
    if (translations_) {
        message = error_text(knowledge_->error(), translations_.value(), state_.language);
    } else {  // no texts to word it with: where, and which problem
        for (const Problem& problem : translations_.error().problems()) {
            message += problem.path + ": " + std::string(error_info(problem.code).id) + "\n";
        }
    }
    ImGui::TextUnformatted(message.c_str());
    ImGui::PopTextWrapPos();
}

std::string Application::focused_widget() const {
    const auto focus = keyboard_focus_rect();
    if (!focus) return "";
    return probe_.name_at((focus->min.x + focus->max.x) * 0.5f, (focus->min.y + focus->max.y) * 0.5f);
}

std::string Application::notice_text() const {
    if (!state_.notice || !translations_) return "";
    return message_text(state_.notice->message, translations_.value(), state_.language);
}

bool Application::on_semantic_action(std::string_view id, std::string_view action, std::string_view value) {
    const SemanticNode* node = probe_.semantics().by_id(id);
    if (node != nullptr && action == "reveal") return reveal(*node);  // text too, and disabled widgets
    if (node == nullptr || node->imgui_id == 0 || node->disabled) return false;
    if (action == "press") return request_focus(node->imgui_id, FocusRequest::press);
    if (action == "focus") return request_focus(node->imgui_id, FocusRequest::focus);
    if (action == "value") return request_text(node->imgui_id, value);
    return false;
}

std::string Application::semantics_json() const {
    std::string title = "Backstage Kickstart";
    if (translations_) {
        const Translations& t = translations_.value();
        std::string screen;
        switch (state_.screen) {
            case Screen::welcome: break;
            case Screen::questions:
                if (knowledge_ != nullptr && *knowledge_) {
                    const auto& sections = knowledge_->value().questionnaire.sections();
                    if (state_.section < sections.size()) screen = sections[state_.section].title.in(state_.language);
                }
                break;
            case Screen::review: screen = t.text(state_.language, "stepper.review"); break;
            case Screen::plan: screen = t.text(state_.language, "stepper.plan"); break;
        }
        if (!screen.empty()) title = fill(t.text(state_.language, "a11y.page_title"), {screen});
    }
    // Errors and choices are alerts; information is a status.
    const bool alert = state_.notice && state_.notice->kind == NoticeKind::error;
    std::string tree = probe_.semantics().to_json(scale_);
    nlohmann::json head = {{"lang", language_code(state_.language)}, {"title", title}, {"status", notice_text()},
                           {"alert", alert}};
    std::string out = head.dump();
    out.pop_back();  // "}": the tree's members follow
    out.append(",").append(tree.substr(1));
    return out;
}

std::string Application::state_json() const {
    nlohmann::json field_messages = nlohmann::json::object();
    if (translations_) {
        for (const auto& [question, message] : state_.field_messages) {
            field_messages[question] = message_text(message, translations_.value(), state_.language);
        }
    }
    nlohmann::json widgets = nlohmann::json::object();
    const float to_css = scale_ > 0 ? 1.0f / scale_ : 1.0f;
    for (const auto& [name, rect] : probe_.rects()) {
        widgets[name] = {{"x", rect.x * to_css},
                         {"y", rect.y * to_css},
                         {"width", rect.width * to_css},
                         {"height", rect.height * to_css},
                         {"clip_top", rect.clip_top * to_css},
                         {"clip_bottom", rect.clip_bottom * to_css}};
    }
    nlohmann::json state = {
        {"screen", screen_name(state_.screen)},
        {"section", state_.section},
        {"language", language_code(state_.language)},
        {"theme", state_.theme == Theme::dark ? "dark" : "light"},
        {"scale", scale_},
        {"frames", frames_},
        {"widgets", std::move(widgets)},
        {"notice", notice_text()},
        {"dialog", state_.dialog == Dialog::none ? "" : state_.dialog == Dialog::start_over ? "start_over"
                                                                                               : "replace_with_link"},
        {"selected", state_.selected_action},
        {"field_messages", std::move(field_messages)},
        // The widget showing the keyboard focus ("" until keys are used), and whether a text
        // field is being edited (the keyboard goes to it).
        {"focused", focused_widget()},
        {"tooltip", probe_.tooltip()},
        {"tooltip_rect", probe_.tooltip().empty() ? nlohmann::json(nullptr)
                                                  : nlohmann::json{{"x", probe_.tooltip_rect().x * to_css},
                                                                   {"y", probe_.tooltip_rect().y * to_css},
                                                                   {"width", probe_.tooltip_rect().width * to_css},
                                                                   {"height", probe_.tooltip_rect().height * to_css}}},
        {"hint", probe_.hint()},
        // How the screens are arranged for the canvas's size, and text the frame cut (a test
        // asserts there is none) or shortened on purpose with "…" (whole in a tooltip).
        {"layout", {{"narrow", layout_.narrow}, {"short", layout_.short_height}}},
        {"details_open", state_.details_open && layout_.narrow && state_.screen == Screen::plan},
        {"clipped", probe_.clipped()},
        {"shortened", probe_.shortened()},
        {"editing_text", ImGui::GetCurrentContext() != nullptr && ImGui::GetIO().WantTextInput},
    };
    if (knowledge_ != nullptr && *knowledge_) {
        const Knowledge& k = knowledge_->value();
        state["answers"] = k.questionnaire.to_json(state_.answers);
        state["done"] = state_.edits.done;
        state["skipped"] = state_.edits.skipped;
        state["hours"] = state_.edits.hours;
        state["link"] = encode_share_link(k.questionnaire, k.catalog, state_.answers, state_.edits);
        if (plan_valid_) {
            nlohmann::json order = nlohmann::json::array();
            for (const PlanItem& item : plan_.items) order.push_back(k.catalog.actions()[item.action].id);
            state["plan"] = {{"order", std::move(order)},
                             {"hours_available", plan_.summary.hours_available},
                             {"value_share_before_demo", plan_.summary.value_share_before_demo},
                             {"method", method_name(plan_.summary.method)},
                             {"skipped", [&] {
                                  nlohmann::json ids = nlohmann::json::array();
                                  for (const std::size_t a : plan_.skipped) ids.push_back(k.catalog.actions()[a].id);
                                  return ids;
                              }()},
                             {"demo_outlook", outlook_name(plan_.demo.outlook)},
                             {"demo_notice", demo_outlook_text(plan_.demo, plan_, k.translations, state_.language)}};
        }
        if (plan_valid_ && demo_brief_valid_) {
            const ExportContext context{k.questionnaire, k.catalog, k.translations, state_.language, host_.today()};
            nlohmann::json agenda = nlohmann::json::array();
            for (const AgendaItem& item : demo_brief_.agenda) {
                agenda.push_back({{"minutes", item.minutes},
                                  {"title", agenda_item_text(context, item).title},
                                  {"action", item.action ? nlohmann::json(k.catalog.actions()[*item.action].id)
                                                         : nlohmann::json(nullptr)}});
            }
            nlohmann::json next = nlohmann::json::array();
            for (const NextItem& item : demo_brief_.next) {
                next.push_back({{"action", k.catalog.actions()[item.action].id}, {"hours", item.hours}});
            }
            nlohmann::json more = nlohmann::json::array();
            for (const ShowMore& item : demo_brief_.to_show_more) more.push_back(show_more_text(context, plan_, item));
            state["demo"] = {{"view", state_.plan_view == PlanView::demo},
                             {"minutes", demo_brief_.minutes},
                             {"agenda", std::move(agenda)},
                             {"next", std::move(next)},
                             {"to_show_more", std::move(more)},
                             {"sponsor", sponsor_page_text(context, state_.answers, plan_, demo_brief_)}};
        }
    }
    return state.dump();
}

}  // namespace kickstart::app
