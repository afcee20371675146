#include "kickstart/core/i18n.hpp"

#include "json_read.hpp"

#include <algorithm>
#include <cmath>
#include <set>

namespace kickstart {
namespace {

using detail::Json;

std::size_t index_of(Language language) { return static_cast<std::size_t>(language); }

// Parses one language's table; problems go to `errors` under the language code.
std::map<std::string, std::string, std::less<>> parse_table(Language language, std::string_view text,
                                                            Errors& errors) {
    const std::string code{language_code(language)};
    std::map<std::string, std::string, std::less<>> table;
    const auto json = detail::parse(text, code, errors);
    if (!json) return table;
    if (!json->is_object()) {
        errors.add(code, ErrorCode::texts_table_type, {detail::describe(*json)});
        return table;
    }
    // JSON lets a key repeat and the parser keeps the last text: a table is read once more for
    // its keys, so a key added twice by mistake is reported, not silently overwritten.
    std::set<std::string, std::less<>> seen;
    std::set<std::string, std::less<>> repeated;
    const auto note_keys = [&](int depth, Json::parse_event_t event, Json& parsed) {
        if (event == Json::parse_event_t::key && depth == 1 && parsed.is_string()) {
            const auto& key = parsed.get_ref<const std::string&>();
            if (!seen.insert(key).second) repeated.insert(key);
        }
        return false;  // keep nothing: only the keys are wanted
    };
    [[maybe_unused]] const Json discarded = Json::parse(text, note_keys, /*allow_exceptions=*/false);
    for (const std::string& key : repeated) errors.add(code + "." + key, ErrorCode::texts_duplicate_key);
    for (const auto& [key, value] : json->items()) {
        if (!value.is_string()) {
            errors.add(code + "." + key, ErrorCode::field_type, {Term::string, detail::describe(value)});
        } else if (value.get_ref<const std::string&>().empty()) {
            errors.add(code + "." + key, ErrorCode::texts_empty_text);
        } else {
            table.emplace(key, value.get<std::string>());
        }
    }
    return table;
}

}  // namespace

std::string_view language_code(Language language) {
    switch (language) {
        case Language::en: return "en";
        case Language::pl: return "pl";
    }
    return "en";
}

std::string_view language_name(Language language) {
    switch (language) {
        case Language::en: return "English";
        case Language::pl: return "Polski";
    }
    return "English";
}

std::optional<Language> language_from_code(std::string_view code) {
    for (const Language language : kAllLanguages) {
        if (language_code(language) == code) return language;
    }
    return std::nullopt;
}

Language language_from_tag(std::string_view tag) {
    const std::string_view primary = tag.substr(0, tag.find_first_of("-_"));
    std::string lower;
    for (const char c : primary) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return language_from_code(lower).value_or(Language::en);
}

Result<Translations> Translations::load(const std::array<std::string_view, kAllLanguages.size()>& tables) {
    Errors errors;
    Translations translations;
    for (const Language language : kAllLanguages) {
        translations.tables_[index_of(language)] = parse_table(language, tables[index_of(language)], errors);
    }
    const Table& reference = translations.tables_[index_of(Language::en)];
    for (const Language language : kAllLanguages) {
        if (language == Language::en) continue;
        const std::string code{language_code(language)};
        const Table& table = translations.tables_[index_of(language)];
        for (const auto& [key, text] : reference) {
            if (!table.contains(key)) errors.add(code + "." + key, ErrorCode::texts_missing_translation);
        }
        for (const auto& [key, text] : table) {
            if (!reference.contains(key)) errors.add(code + "." + key, ErrorCode::texts_unknown_key);
        }
    }
    if (!errors.empty()) return errors.error();
    return translations;
}

std::string_view Translations::text(Language language, std::string_view key) const {
    const std::string* text = find(language, key);
    return text != nullptr ? std::string_view(*text) : key;
}

const std::string* Translations::find(Language language, std::string_view key) const {
    const Table& table = tables_[index_of(language)];
    const auto it = table.find(key);
    return it != table.end() ? &it->second : nullptr;
}

std::vector<std::string_view> Translations::keys() const {
    std::vector<std::string_view> keys;
    for (const auto& [key, text] : tables_[index_of(Language::en)]) keys.push_back(key);
    return keys;
}

namespace {

template <typename Args>
std::string fill_pattern(std::string_view pattern, const Args& args) {
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' &&
            pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '0');
            if (index < args.size()) {
                out += *(args.begin() + static_cast<std::ptrdiff_t>(index));
                i += 2;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

}  // namespace

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) {
    return fill_pattern(pattern, args);
}

std::string fill(std::string_view pattern, std::span<const std::string> args) { return fill_pattern(pattern, args); }

std::size_t plural_form_count(Language language) {
    switch (language) {
        case Language::en: return 2;  // one, other
        case Language::pl: return 3;  // one, few, many
    }
    return 2;
}

std::size_t plural_form(Language language, std::int64_t count) {
    const std::int64_t n = count < 0 ? -count : count;
    switch (language) {
        case Language::en: return n == 1 ? 0 : 1;
        case Language::pl: {
            if (n == 1) return 0;
            const std::int64_t units = n % 10;
            const std::int64_t tens = n % 100;
            return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? 1 : 2;
        }
    }
    return 0;
}

std::string format_number(double value, int decimals) {
    // Integer arithmetic on the scaled value: no locale, no platform differences.
    const bool negative = value < 0;
    double scale = 1.0;
    for (int i = 0; i < decimals; ++i) scale *= 10.0;
    const auto scaled = static_cast<long long>(std::llround(std::abs(value) * scale));
    const auto whole_scale = static_cast<long long>(scale);
    std::string out = (negative && scaled != 0) ? "-" : "";
    out += std::to_string(scaled / whole_scale);
    std::string fraction = std::to_string(scaled % whole_scale);
    if (decimals > 0) {
        fraction.insert(0, static_cast<std::size_t>(decimals) - fraction.size(), '0');
        while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
        if (!fraction.empty()) out += "." + fraction;
    }
    return out;
}

std::string format_number(double value, Language language, int decimals) {
    std::string text = format_number(value, decimals);
    const char separator = [&] {
        switch (language) {
            case Language::en: return '.';
            case Language::pl: return ',';
        }
        return '.';
    }();
    std::replace(text.begin(), text.end(), '.', separator);
    return text;
}

}  // namespace kickstart
