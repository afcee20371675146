// A strict RFC 4180 reader for the tests: records end with CRLF, a field is quoted or holds
// no quote, comma or line break, a quote inside a quoted field is doubled. Anything else is
// refused (nullopt), so a test reading a file back also checks that it is well formed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace test_support {

using CsvRecords = std::vector<std::vector<std::string>>;

inline std::optional<CsvRecords> read_csv(std::string_view text) {
    CsvRecords records;
    std::vector<std::string> record;
    std::size_t i = 0;
    while (i < text.size()) {
        std::string field;
        if (text[i] == '"') {
            ++i;
            for (;;) {
                if (i >= text.size()) return std::nullopt;  // unterminated quote
                if (text[i] == '"') {
                    if (i + 1 < text.size() && text[i + 1] == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
        } else {
            while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
                if (text[i] == '"') return std::nullopt;  // a quote in an unquoted field
                field += text[i++];
            }
        }
        record.push_back(std::move(field));
        if (i < text.size() && text[i] == ',') {
            ++i;
            if (i == text.size()) return std::nullopt;
            continue;
        }
        if (text.substr(i, 2) != "\r\n") return std::nullopt;  // a bare CR or LF, or text after a quote
        i += 2;
        records.push_back(std::move(record));
        record.clear();
    }
    return records;
}

}  // namespace test_support
