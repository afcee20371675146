// The application's state: what the user answered, ticked, skipped and estimated (saved and shared), and where
// they are in the UI (saved, not shared). The plan itself is derived, never stored.
#pragma once

#include "theme.hpp"

#include "kickstart/core/i18n.hpp"
#include "kickstart/core/planner.hpp"
#include "kickstart/core/questionnaire.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace kickstart::app {

enum class Screen { welcome, questions, review, plan };
[[nodiscard]] std::string_view screen_name(Screen screen);
[[nodiscard]] std::optional<Screen> screen_from_name(std::string_view name);

// A UI text named by its key (assets/i18n), for a message argument that is itself a text.
struct UiText {
    std::string key;
    bool operator==(const UiText&) const = default;
};

// A message in the user's language: a UI text with {0}, {1}... filled by arguments given as
// written (a file name), as another UI text, or as an error. Worded when drawn, so switching
// the language re-words a message already on screen.
struct Message {
    std::string key;
    std::vector<std::variant<std::string, UiText, Error>> args;
    bool operator==(const Message&) const = default;
};
[[nodiscard]] std::string message_text(const Message& message, const Translations& translations, Language language);

enum class NoticeKind { info, success, error };

// What the plan screen shows under its header.
enum class PlanView { actions, timeline, demo };

// A short message in a toast over the content. Information and success fade by themselves
// a few seconds after they first show; errors (and choices) stay until dismissed.
struct Notice {
    Message message;
    NoticeKind kind = NoticeKind::info;
    double shown_at = -1.0;  // host clock seconds when first drawn; < 0 until then
};

// A question that must be answered before anything else happens.
enum class Dialog { none, start_over, replace_with_link };

struct AppState {
    Screen screen = Screen::welcome;
    std::size_t section = 0;  // index into the questionnaire's sections
    Language language = Language::en;
    Theme theme = Theme::dark;
    bool mac = false;  // macOS: ⌘ instead of Ctrl in shortcuts and their hints (a platform fact, not saved)
    // The primary pointer is a finger (pointer: coarse): touch-sized targets, tooltips on tap
    // (a platform fact, not saved).
    bool coarse_pointer = false;

    Answers answers;
    PlanEdits edits;  // ticked off, skipped, the user's estimates

    bool group_by_step = false;
    PlanView plan_view = PlanView::actions;
    bool leave_out_done = false;  // issue-tracker downloads: done actions left out, not marked done
    std::string selected_action;  // id; empty: the first of the plan
    // Narrow layout: the selected action's details shown as a view of their own, instead of
    // the list (a history entry of its own, so the browser's Back returns to the list).
    bool details_open = false;
    bool reveal_selected = false;  // the list scrolls to the selected row once (back from its details)
    std::string details_shown_for;  // the action the details pane showed last (its scroll is its own)
    std::optional<Notice> notice;
    // Inline messages under fields whose last input was rejected or adjusted, by question id.
    std::map<std::string, Message, std::less<>> field_messages;
    Dialog dialog = Dialog::none;
    std::string pending_link;  // the link waiting for the user's yes in replace_with_link
    std::string pending_example;  // an example chosen on the welcome screen, applied after the frame
};

}  // namespace kickstart::app
