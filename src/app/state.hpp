// The application's state: what the user answered and ticked (saved and shared), and where
// they are in the UI (saved, not shared). The plan itself is derived, never stored.
#pragma once

#include "theme.hpp"

#include "kickstart/core/i18n.hpp"
#include "kickstart/core/questionnaire.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace kickstart::app {

enum class Screen { welcome, questions, review, plan };
[[nodiscard]] std::string_view screen_name(Screen screen);
[[nodiscard]] std::optional<Screen> screen_from_name(std::string_view name);

enum class NoticeKind { info, success, error };

// A short message under the top bar; it stays until dismissed or replaced, errors too.
struct Notice {
    std::string text;
    NoticeKind kind = NoticeKind::info;
};

// A question that must be answered before anything else happens.
enum class Dialog { none, start_over, replace_with_link };

struct AppState {
    Screen screen = Screen::welcome;
    std::size_t section = 0;  // index into the questionnaire's sections
    Language language = Language::en;
    Theme theme = Theme::dark;

    Answers answers;
    std::set<std::string> done;

    bool group_by_step = false;
    bool show_timeline = false;
    std::string selected_action;  // id; empty: the first of the plan
    std::optional<Notice> notice;
    // Inline messages under fields whose last input was rejected or adjusted, by question id.
    std::map<std::string, std::string, std::less<>> field_messages;
    Dialog dialog = Dialog::none;
    std::string pending_link;  // the link waiting for the user's yes in replace_with_link
    std::string pending_example;  // an example chosen on the welcome screen, applied after the frame
};

}  // namespace kickstart::app
