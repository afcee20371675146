#include "kickstart/core/i18n.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace kickstart {
namespace {

using Json = nlohmann::json;

std::size_t index_of(Language language) { return static_cast<std::size_t>(language); }

// Parses one language's table, adding "<code>: ..." problems to `errors`.
std::map<std::string, std::string, std::less<>> parse_table(Language language, std::string_view text,
                                                            Errors& errors) {
    const std::string code{language_code(language)};
    std::map<std::string, std::string, std::less<>> table;
    const Json json = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (json.is_discarded()) {
        errors.add(code + ": not valid JSON (expected an object of \"key\": \"text\")");
        return table;
    }
    if (!json.is_object()) {
        errors.add(code + ": expected an object of \"key\": \"text\", got " + json.type_name());
        return table;
    }
    for (const auto& [key, value] : json.items()) {
        if (!value.is_string()) {
            errors.add(code + "." + key + ": expected a string, got " + value.type_name());
        } else if (value.get_ref<const std::string&>().empty()) {
            errors.add(code + "." + key + ": empty text");
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

Result<Translations> Translations::load(std::string_view english_json, std::string_view polish_json) {
    Errors errors;
    Translations translations;
    translations.tables_[index_of(Language::en)] = parse_table(Language::en, english_json, errors);
    translations.tables_[index_of(Language::pl)] = parse_table(Language::pl, polish_json, errors);

    const Table& reference = translations.tables_[index_of(Language::en)];
    for (const Language language : kAllLanguages) {
        if (language == Language::en) continue;
        const std::string code{language_code(language)};
        const Table& table = translations.tables_[index_of(language)];
        for (const auto& [key, text] : reference) {
            if (!table.contains(key)) errors.add(code + "." + key + ": missing translation");
        }
        for (const auto& [key, text] : table) {
            if (!reference.contains(key)) errors.add(code + "." + key + ": not a key of the English table");
        }
    }
    if (!errors.empty()) return Error{errors.joined()};
    return translations;
}

std::string_view Translations::text(Language language, std::string_view key) const {
    const Table& table = tables_[index_of(language)];
    if (const auto it = table.find(key); it != table.end()) return it->second;
    return key;
}

std::string fill(std::string_view pattern, std::initializer_list<std::string_view> args) {
    std::string out;
    out.reserve(pattern.size() + 32);
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        if (pattern[i] == '{' && i + 2 < pattern.size() && pattern[i + 2] == '}' && pattern[i + 1] >= '0' &&
            pattern[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(pattern[i + 1] - '0');
            if (index < args.size()) {
                out += *(args.begin() + index);
                i += 2;
                continue;
            }
        }
        out += pattern[i];
    }
    return out;
}

std::size_t plural_form_count(Language language) { return language == Language::pl ? 3 : 2; }

std::size_t plural_form(Language language, std::int64_t count) {
    const std::int64_t n = count < 0 ? -count : count;
    if (language == Language::en) return n == 1 ? 0 : 1;
    if (n == 1) return 0;
    const std::int64_t units = n % 10;
    const std::int64_t tens = n % 100;
    return units >= 2 && units <= 4 && (tens < 12 || tens > 14) ? 1 : 2;
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
    if (language == Language::pl) std::replace(text.begin(), text.end(), '.', ',');
    return text;
}

}  // namespace kickstart
