#include "kickstart/core/i18n.hpp"

#include <nlohmann/json.hpp>

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

}  // namespace kickstart
