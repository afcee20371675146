// Texts given per language, as the knowledge base stores them.
#pragma once

#include "kickstart/core/i18n.hpp"

#include <array>
#include <string>
#include <vector>

namespace kickstart {

struct LocalizedText {
    std::array<std::string, kAllLanguages.size()> by_language;
    [[nodiscard]] const std::string& in(Language language) const {
        return by_language[static_cast<std::size_t>(language)];
    }
};

struct LocalizedList {
    std::array<std::vector<std::string>, kAllLanguages.size()> by_language;
    [[nodiscard]] const std::vector<std::string>& in(Language language) const {
        return by_language[static_cast<std::size_t>(language)];
    }
};

}  // namespace kickstart
