// User-interface strings per language, loaded from JSON tables in assets/i18n/.
// English is the reference: every other language must translate exactly its keys.
#pragma once

#include "kickstart/core/result.hpp"

#include <array>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kickstart {

// Every language of the page, the CLI and the knowledge base; English is the reference. A new
// language adds itself here, to the per-language switches in i18n.cpp (code, name, plural
// rule, decimal separator) and its table in assets/i18n (README, "Where a change goes").
enum class Language { en, pl };
inline constexpr std::array<Language, 2> kAllLanguages{Language::en, Language::pl};

[[nodiscard]] std::string_view language_code(Language language);
// The language's name in itself, for the language switch: "English", "Polski".
[[nodiscard]] std::string_view language_name(Language language);
[[nodiscard]] std::optional<Language> language_from_code(std::string_view code);
// Picks a supported language from a BCP 47 tag such as the browser's "pl-PL"; English otherwise.
[[nodiscard]] Language language_from_tag(std::string_view tag);

class Translations {
public:
    // Parses one JSON object of "key": "text" per language, in the order of kAllLanguages.
    // Reports every problem found, each with its path: the language code ("pl: not valid
    // JSON (line 3, column 7)") and the key ("pl.plan.title: missing translation").
    static Result<Translations> load(const std::array<std::string_view, kAllLanguages.size()>& tables);

    // The text for a key; a missing key returns the key itself so a gap is visible, not blank.
    [[nodiscard]] std::string_view text(Language language, std::string_view key) const;
    // The text for a key, or null when the table has none.
    [[nodiscard]] const std::string* find(Language language, std::string_view key) const;
    // Every key (the English table's; the others have exactly the same).
    [[nodiscard]] std::vector<std::string_view> keys() const;
    [[nodiscard]] std::size_t size() const { return tables_[0].size(); }

private:
    using Table = std::map<std::string, std::string, std::less<>>;
    std::array<Table, kAllLanguages.size()> tables_;
};

// Replaces {0}, {1}... in a translated pattern with `args` (missing ones stay as written).
[[nodiscard]] std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args);
[[nodiscard]] std::string fill(std::string_view pattern, std::span<const std::string> args);

// Plural categories: how many forms a counted word has in `language` (English: one, other;
// Polish: one, few, many), and which of them goes with `count` (1 tydzień, 2 tygodnie,
// 5 tygodni, 22 tygodnie, 112 tygodni).
[[nodiscard]] std::size_t plural_form_count(Language language);
[[nodiscard]] std::size_t plural_form(Language language, std::int64_t count);

// A number as people write it in a plan: at most `decimals` decimals, no trailing zeros,
// a dot as separator whatever the process locale ("2.5", "12", "0.75").
[[nodiscard]] std::string format_number(double value, int decimals = 2);
// The same as `language` writes it: "2.5" in English, "2,5" in Polish.
[[nodiscard]] std::string format_number(double value, Language language, int decimals = 2);

}  // namespace kickstart
