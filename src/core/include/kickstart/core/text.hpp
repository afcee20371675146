// Texts given per language, as the knowledge base stores them.
#pragma once

#include "kickstart/core/i18n.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kickstart {

struct LocalizedText {
    std::array<std::string, kAllLanguages.size()> by_language;
    [[nodiscard]] const std::string& in(Language language) const {
        return by_language[static_cast<std::size_t>(language)];
    }
};

// A word that agrees with a number: per language, one form per plural category of that
// language (see plural_form_count), e.g. {"en": ["week", "weeks"], "pl": ["tydzień",
// "tygodnie", "tygodni"]}.
struct PluralText {
    std::array<std::vector<std::string>, kAllLanguages.size()> by_language;
    [[nodiscard]] std::string_view for_count(Language language, std::int64_t count) const {
        const auto& forms = by_language[static_cast<std::size_t>(language)];
        const std::size_t form = plural_form(language, count);
        return form < forms.size() ? std::string_view(forms[form]) : std::string_view();
    }
    [[nodiscard]] bool empty() const { return by_language[0].empty(); }
};

struct LocalizedList {
    std::array<std::vector<std::string>, kAllLanguages.size()> by_language;
    [[nodiscard]] const std::vector<std::string>& in(Language language) const {
        return by_language[static_cast<std::size_t>(language)];
    }
};

}  // namespace kickstart
