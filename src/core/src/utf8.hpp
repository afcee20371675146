// Minimal UTF-8 checks for user-entered text and documents (no allocation, no exceptions).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace kickstart::detail {

// The length in bytes of the UTF-8 character starting at text[at], or 0 when the bytes
// there are not one (a stray continuation byte, a cut sequence, an overlong form, a
// surrogate, a value past U+10FFFF).
[[nodiscard]] inline std::size_t utf8_character_size(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    std::size_t extra = 0;
    char32_t code = 0;
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) {
        extra = 1;
        code = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        extra = 2;
        code = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        extra = 3;
        code = lead & 0x07;
    } else {
        return 0;
    }
    for (std::size_t k = 1; k <= extra; ++k) {
        if (at + k >= text.size()) return 0;
        const auto next = static_cast<unsigned char>(text[at + k]);
        if ((next & 0xC0) != 0x80) return 0;
        code = (code << 6) | (next & 0x3F);
    }
    constexpr char32_t kMinimum[] = {0, 0x80, 0x800, 0x10000};
    if (code < kMinimum[extra] || (code >= 0xD800 && code <= 0xDFFF) || code > 0x10FFFF) return 0;
    return extra + 1;
}

// The offset of the first byte that is not part of a valid UTF-8 character, if any.
[[nodiscard]] inline std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t size = utf8_character_size(text, i);
        if (size == 0) return i;
        i += size;
    }
    return std::nullopt;
}

// The number of code points, or nullopt when `text` is not valid UTF-8.
[[nodiscard]] inline std::optional<std::size_t> utf8_length(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++count) {
        const std::size_t size = utf8_character_size(text, i);
        if (size == 0) return std::nullopt;
        i += size;
    }
    return count;
}

}  // namespace kickstart::detail
