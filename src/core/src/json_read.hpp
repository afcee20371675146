// Checked reading of JSON documents for the loaders: each helper either stores a value or
// adds one problem (its path, a code saying what was wrong and what was expected) and
// leaves the output alone. Nothing here throws: types are checked before every access.
#pragma once

#include "kickstart/core/result.hpp"
#include "kickstart/core/text.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kickstart::detail {

using Json = nlohmann::json;

[[nodiscard]] std::string join(std::string_view path, std::string_view key);
[[nodiscard]] std::string index(std::string_view path, std::size_t i);
// The value's JSON type ("a string", "a number"...), for "expected X, got Y" messages.
[[nodiscard]] Term describe(const Json& value);
// A user-supplied value for a message, shortened so a huge input makes a short message.
[[nodiscard]] std::string shorten(std::string_view value);
// Option ids, field names...: "a, b, c".
[[nodiscard]] std::string comma_list(std::initializer_list<std::string_view> items);

// What a failed parse reports: the plan file's syntax errors add "expected the JSON
// downloaded from Backstage Kickstart" (its own codes), any other document's do not.
enum class ParseHint { none, plan_file };

// Parses text as JSON, or adds a problem at `path` (not valid JSON, where; a number out of
// range; an encoding that is not UTF-8) and returns nullopt.
std::optional<Json> parse(std::string_view text, std::string_view path, Errors& errors,
                          ParseHint hint = ParseHint::none);

const Json* member(const Json& object, std::string_view key);

// Reports every member of `object` not in `known` ("<path>.<key>: unknown field, expected
// one of ..."), so a misspelt key is an error rather than a silently ignored rule.
void reject_unknown_keys(const Json& object, std::string_view path, std::initializer_list<std::string_view> known,
                         Errors& errors);

bool read_string(const Json& object, std::string_view key, std::string_view path, Errors& errors,
                 std::string& out, bool required = true);
bool read_int(const Json& object, std::string_view key, std::string_view path, Errors& errors,
              std::int64_t& out, bool required = true);
bool read_number(const Json& object, std::string_view key, std::string_view path, Errors& errors, double& out,
                 bool required = true);
bool read_text(const Json& object, std::string_view key, std::string_view path, Errors& errors,
               LocalizedText& out, bool required = true);
bool read_text_list(const Json& object, std::string_view key, std::string_view path, Errors& errors,
                    LocalizedList& out, bool required = true);
// An array member (absent is fine unless required); returns nullptr and reports otherwise.
const Json* read_array(const Json& object, std::string_view key, std::string_view path, Errors& errors,
                       bool required = false);

// Checks a "schema"/"version" header: the schema name must match and the version be at most
// `supported` ("made by a newer version" otherwise).
bool check_header(const Json& document, std::string_view schema, std::int64_t supported, std::string_view path,
                  Errors& errors);

[[nodiscard]] bool is_identifier(std::string_view id, bool allow_hyphen, bool allow_underscore);

}  // namespace kickstart::detail
