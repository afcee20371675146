#include "json_read.hpp"

#include "utf8.hpp"

#include <algorithm>
#include <cmath>

namespace kickstart::detail {

std::string join(std::string_view path, std::string_view key) {
    if (path.empty()) return std::string(key);
    std::string out(path);
    if (path.back() != ' ') out += '.';  // "file.json: " prefixes take no dot
    out += key;
    return out;
}

std::string index(std::string_view path, std::size_t i) {
    return std::string(path) + "[" + std::to_string(i) + "]";
}

Term describe(const Json& value) {
    switch (value.type()) {
        case Json::value_t::null: return Term::null_value;
        case Json::value_t::boolean: return Term::boolean;
        case Json::value_t::string: return Term::string;
        case Json::value_t::array: return Term::array;
        case Json::value_t::object: return Term::object;
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float: return Term::number;
        default: return Term::other_value;
    }
}

std::string shorten(std::string_view value) {
    constexpr std::size_t kLimit = 40;
    if (value.size() <= kLimit) return std::string(value);
    std::size_t cut = kLimit;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;  // whole characters
    return std::string(value.substr(0, cut)) + "…";
}

std::string comma_list(std::initializer_list<std::string_view> items) {
    std::string out;
    for (const std::string_view item : items) {
        if (!out.empty()) out += ", ";
        out += item;
    }
    return out;
}

namespace {

// Only asked after a failed parse, to say where and why it failed: a SAX pass that keeps
// the first error and builds nothing.
struct ErrorLocator : nlohmann::json_sax<Json> {
    std::size_t position = 0;  // characters read when the error was found, the offending one included
    std::string token;         // the token being read
    bool ended_early = false;
    bool number_out_of_range = false;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { return true; }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t read, const std::string& last_token,
                     const nlohmann::detail::exception& error) override {
        position = read;
        token = last_token;
        constexpr int kNumberOverflow = 406;  // nlohmann's out_of_range.406
        number_out_of_range = error.id == kNumberOverflow;
        ended_early = std::string_view(error.what()).find("end of input") != std::string_view::npos;
        return false;
    }
};

struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 1;  // in characters
};

// Line and column of the byte at `offset` (0-based), as an editor shows them.
TextPosition position_of(std::string_view text, std::size_t offset) {
    TextPosition at;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++at.line;
            at.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++at.column;
        }
    }
    return at;
}

}  // namespace

std::optional<Json> parse(std::string_view text, std::string_view path, Errors& errors, ParseHint hint) {
    Json json = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (!json.is_discarded()) return json;
    const bool plan_file = hint == ParseHint::plan_file;
    const std::string where(path);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        errors.add(where, plan_file ? ErrorCode::plan_file_empty : ErrorCode::json_empty);
        return std::nullopt;
    }
    ErrorLocator locator;
    (void)Json::sax_parse(text.begin(), text.end(), &locator, Json::input_format_t::json, /*strict=*/true);
    if (locator.number_out_of_range && locator.position >= locator.token.size()) {
        const TextPosition at = position_of(text, locator.position - locator.token.size());
        errors.add(where, ErrorCode::json_number_range, {shorten(locator.token), at.line, at.column});
        return std::nullopt;
    }
    // A byte that is not UTF-8 where the parser stopped, or before: the text's encoding is
    // the problem (often a file saved as Windows-1250 or Latin-1), not its syntax.
    if (const auto bad = first_invalid_utf8(text); bad && *bad < std::max<std::size_t>(locator.position, 1)) {
        const TextPosition at = position_of(text, *bad);
        errors.add(where, ErrorCode::json_encoding, {at.line, at.column, *bad + 1});
        return std::nullopt;
    }
    // The position counts the offending character; at the end, the place after the text.
    const std::size_t offset = locator.ended_early ? text.size() : std::max<std::size_t>(locator.position, 1) - 1;
    const TextPosition at = position_of(text, offset);
    const ErrorCode ends_early = plan_file ? ErrorCode::plan_file_ends_early : ErrorCode::json_ends_early;
    const ErrorCode syntax = plan_file ? ErrorCode::plan_file_syntax : ErrorCode::json_syntax;
    const ErrorCode code = locator.ended_early ? ends_early : syntax;
    errors.add(where, code, {at.line, at.column});
    return std::nullopt;
}

const Json* member(const Json& object, std::string_view key) {
    if (!object.is_object()) return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

void reject_unknown_keys(const Json& object, std::string_view path, std::initializer_list<std::string_view> known,
                         Errors& errors) {
    if (!object.is_object()) return;
    for (const auto& entry : object.items()) {
        if (std::find(known.begin(), known.end(), entry.key()) != known.end()) continue;
        errors.add(join(path, entry.key()), ErrorCode::field_unknown, {comma_list(known)});
    }
}

namespace {

const Json* require(const Json& object, std::string_view key, std::string_view path, Errors& errors,
                    bool required) {
    const Json* value = member(object, key);
    if (value == nullptr && required) errors.add(join(path, key), ErrorCode::field_missing);
    return value;
}

}  // namespace

bool read_string(const Json& object, std::string_view key, std::string_view path, Errors& errors,
                 std::string& out, bool required) {
    const Json* value = require(object, key, path, errors, required);
    if (value == nullptr) return false;
    if (!value->is_string()) {
        errors.add(join(path, key), ErrorCode::field_type, {Term::string, describe(*value)});
        return false;
    }
    out = value->get_ref<const std::string&>();
    return true;
}

bool read_int(const Json& object, std::string_view key, std::string_view path, Errors& errors,
              std::int64_t& out, bool required) {
    const Json* value = require(object, key, path, errors, required);
    if (value == nullptr) return false;
    if (value->is_number_integer()) {
        if (value->is_number_unsigned() && value->get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX)) {
            errors.add(join(path, key), ErrorCode::number_too_large);
            return false;
        }
        out = value->get<std::int64_t>();
        return true;
    }
    errors.add(join(path, key), ErrorCode::field_type, {Term::whole_number, describe(*value)});
    return false;
}

bool read_number(const Json& object, std::string_view key, std::string_view path, Errors& errors, double& out,
                 bool required) {
    const Json* value = require(object, key, path, errors, required);
    if (value == nullptr) return false;
    if (!value->is_number() || !std::isfinite(value->get<double>())) {
        errors.add(join(path, key), ErrorCode::field_type, {Term::number, describe(*value)});
        return false;
    }
    out = value->get<double>();
    return true;
}

bool read_text(const Json& object, std::string_view key, std::string_view path, Errors& errors,
               LocalizedText& out, bool required) {
    const Json* value = require(object, key, path, errors, required);
    if (value == nullptr) return false;
    const std::string where = join(path, key);
    if (!value->is_object()) {
        errors.add(where, ErrorCode::texts_type, {describe(*value)});
        return false;
    }
    bool ok = true;
    for (const Language language : kAllLanguages) {
        const std::string code{language_code(language)};
        const Json* text = member(*value, code);
        if (text == nullptr) {
            errors.add(where, ErrorCode::texts_missing_language, {code});
            ok = false;
        } else if (!text->is_string() || text->get_ref<const std::string&>().empty()) {
            errors.add(where + "." + code, ErrorCode::texts_empty);
            ok = false;
        } else {
            out.by_language[static_cast<std::size_t>(language)] = text->get<std::string>();
        }
    }
    return ok;
}

bool read_text_list(const Json& object, std::string_view key, std::string_view path, Errors& errors,
                    LocalizedList& out, bool required) {
    const Json* value = require(object, key, path, errors, required);
    if (value == nullptr) return false;
    const std::string where = join(path, key);
    if (!value->is_object()) {
        errors.add(where, ErrorCode::lists_type, {describe(*value)});
        return false;
    }
    bool ok = true;
    for (const Language language : kAllLanguages) {
        const std::string code{language_code(language)};
        const Json* list = member(*value, code);
        auto& target = out.by_language[static_cast<std::size_t>(language)];
        if (list == nullptr) {
            errors.add(where, ErrorCode::lists_missing_language, {code});
            ok = false;
            continue;
        }
        if (!list->is_array()) {
            errors.add(where + "." + code, ErrorCode::lists_not_list, {describe(*list)});
            ok = false;
            continue;
        }
        target.clear();
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Json& item = (*list)[i];
            if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
                errors.add(index(where + "." + code, i), ErrorCode::texts_empty);
                ok = false;
            } else {
                target.push_back(item.get<std::string>());
            }
        }
    }
    if (ok) {
        const std::size_t reference = out.by_language[0].size();
        for (const Language language : kAllLanguages) {
            if (out.in(language).size() != reference) {
                errors.add(where, ErrorCode::lists_length,
                           {language_code(language), out.in(language).size(), reference});
                ok = false;
            }
        }
    }
    return ok;
}

const Json* read_array(const Json& object, std::string_view key, std::string_view path, Errors& errors,
                       bool required) {
    const Json* value = require(object, key, path, errors, required);
    if (value == nullptr) return nullptr;
    if (!value->is_array()) {
        errors.add(join(path, key), ErrorCode::field_type, {Term::array, describe(*value)});
        return nullptr;
    }
    return value;
}

bool check_header(const Json& document, std::string_view schema, std::int64_t supported, std::string_view path,
                  Errors& errors) {
    if (!document.is_object()) {
        errors.add(std::string(path), ErrorCode::document_not_object, {describe(document)});
        return false;
    }
    std::string name;
    std::int64_t version = 0;
    const std::string where = path.empty() ? std::string() : std::string(path);
    if (!read_string(document, "schema", where, errors, name) || !read_int(document, "version", where, errors, version)) {
        return false;
    }
    if (name != schema) {
        errors.add(join(where, "schema"), ErrorCode::header_schema, {schema, shorten(name)});
        return false;
    }
    if (version < 1) {
        errors.add(join(where, "version"), ErrorCode::header_version_low, {version});
        return false;
    }
    if (version > supported) {
        errors.add(join(where, "version"), ErrorCode::header_version_newer, {version, supported});
        return false;
    }
    return true;
}

bool is_identifier(std::string_view id, bool allow_hyphen, bool allow_underscore) {
    if (id.empty() || id.size() > 64) return false;
    for (const char c : id) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (allow_hyphen && c == '-') ||
                        (allow_underscore && c == '_');
        if (!ok) return false;
    }
    return true;
}

}  // namespace kickstart::detail
