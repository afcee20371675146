#include "json_read.hpp"

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

std::string describe(const Json& value) {
    switch (value.type()) {
        case Json::value_t::null: return "null";
        case Json::value_t::boolean: return "a boolean";
        case Json::value_t::string: return "a string";
        case Json::value_t::array: return "an array";
        case Json::value_t::object: return "an object";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float: return "a number";
        default: return "an unsupported value";
    }
}

std::string quote(std::string_view value) {
    constexpr std::size_t kLimit = 40;
    std::string out = "'";
    if (value.size() <= kLimit) {
        out += value;
    } else {
        std::size_t cut = kLimit;
        while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) --cut;  // whole characters
        out += value.substr(0, cut);
        out += "…";
    }
    out += "'";
    return out;
}

namespace {

// Only asked after a failed parse, to say where it failed: a SAX pass that keeps the
// position of the first error and builds nothing.
struct ErrorLocator : nlohmann::json_sax<Json> {
    std::size_t position = 0;  // characters read when the error was found
    bool ended_early = false;
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
    bool parse_error(std::size_t read, const std::string&, const nlohmann::detail::exception& error) override {
        position = read;
        ended_early = std::string_view(error.what()).find("end of input") != std::string_view::npos;
        return false;
    }
};

}  // namespace

std::optional<Json> parse(std::string_view text, std::string_view what, Errors& errors) {
    Json json = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
    if (!json.is_discarded()) return json;
    ErrorLocator locator;
    (void)Json::sax_parse(text.begin(), text.end(), &locator, Json::input_format_t::json, /*strict=*/true);
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        errors.add(std::string(what) + ": not valid JSON (the text is empty)");
        return std::nullopt;
    }
    // The position counts the offending character; at the end, the place after the text.
    const std::size_t at = locator.ended_early ? text.size() + 1 : std::min(locator.position, text.size());
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i + 1 < at; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    errors.add(std::string(what) + ": not valid JSON (" + (locator.ended_early ? "it ends early, " : "") + "line " +
               std::to_string(line) + ", column " + std::to_string(column) + ")");
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
        std::string expected;
        for (const std::string_view key : known) expected += (expected.empty() ? "" : ", ") + std::string(key);
        errors.add(join(path, entry.key()) + ": unknown field, expected one of " + expected);
    }
}

namespace {

const Json* require(const Json& object, std::string_view key, std::string_view path, Errors& errors,
                    bool required) {
    const Json* value = member(object, key);
    if (value == nullptr && required) errors.add(join(path, key) + ": missing");
    return value;
}

}  // namespace

bool read_string(const Json& object, std::string_view key, std::string_view path, Errors& errors,
                 std::string& out, bool required) {
    const Json* value = require(object, key, path, errors, required);
    if (value == nullptr) return false;
    if (!value->is_string()) {
        errors.add(join(path, key) + ": expected a string, got " + describe(*value));
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
            errors.add(join(path, key) + ": number too large");
            return false;
        }
        out = value->get<std::int64_t>();
        return true;
    }
    errors.add(join(path, key) + ": expected a whole number, got " + describe(*value));
    return false;
}

bool read_number(const Json& object, std::string_view key, std::string_view path, Errors& errors, double& out,
                 bool required) {
    const Json* value = require(object, key, path, errors, required);
    if (value == nullptr) return false;
    if (!value->is_number() || !std::isfinite(value->get<double>())) {
        errors.add(join(path, key) + ": expected a number, got " + describe(*value));
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
        errors.add(where + ": expected texts per language ({\"en\": ..., \"pl\": ...}), got " + describe(*value));
        return false;
    }
    bool ok = true;
    for (const Language language : kAllLanguages) {
        const std::string code{language_code(language)};
        const Json* text = member(*value, code);
        if (text == nullptr) {
            errors.add(where + ": missing '" + code + "' text");
            ok = false;
        } else if (!text->is_string() || text->get_ref<const std::string&>().empty()) {
            errors.add(where + "." + code + ": expected a non-empty string");
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
        errors.add(where + ": expected lists per language ({\"en\": [...], \"pl\": [...]}), got " +
                   describe(*value));
        return false;
    }
    bool ok = true;
    for (const Language language : kAllLanguages) {
        const std::string code{language_code(language)};
        const Json* list = member(*value, code);
        auto& target = out.by_language[static_cast<std::size_t>(language)];
        if (list == nullptr) {
            errors.add(where + ": missing '" + code + "' list");
            ok = false;
            continue;
        }
        if (!list->is_array()) {
            errors.add(where + "." + code + ": expected a list of strings, got " + describe(*list));
            ok = false;
            continue;
        }
        target.clear();
        for (std::size_t i = 0; i < list->size(); ++i) {
            const Json& item = (*list)[i];
            if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
                errors.add(index(where + "." + code, i) + ": expected a non-empty string");
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
                errors.add(where + ": '" + std::string(language_code(language)) + "' has " +
                           std::to_string(out.in(language).size()) + " items, 'en' has " +
                           std::to_string(reference));
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
        errors.add(join(path, key) + ": expected an array, got " + describe(*value));
        return nullptr;
    }
    return value;
}

bool check_header(const Json& document, std::string_view schema, std::int64_t supported, std::string_view path,
                  Errors& errors) {
    if (!document.is_object()) {
        errors.add(std::string(path.empty() ? "document" : path) + ": expected an object, got " +
                   describe(document));
        return false;
    }
    std::string name;
    std::int64_t version = 0;
    const std::string where = path.empty() ? std::string() : std::string(path);
    if (!read_string(document, "schema", where, errors, name) || !read_int(document, "version", where, errors, version)) {
        return false;
    }
    if (name != schema) {
        errors.add(join(where, "schema") + ": expected '" + std::string(schema) + "', got " + quote(name));
        return false;
    }
    if (version < 1) {
        errors.add(join(where, "version") + ": expected a version from 1, got " + std::to_string(version));
        return false;
    }
    if (version > supported) {
        errors.add(join(where, "version") + ": version " + std::to_string(version) +
                   " was made by a newer Backstage Kickstart; this one reads up to version " +
                   std::to_string(supported));
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
