// The share link: answers and progress in a compact, checksummed, URL-safe string.
//
// Index of this file:
// [SECTION] Byte-level helpers
// [SECTION] Encoding
// [SECTION] Decoding
#include "kickstart/core/share_link.hpp"

#include <array>

namespace kickstart {

// [SECTION] Byte-level helpers

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int alphabet_value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

constexpr std::array<std::uint32_t, 256> make_crc_table() {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}
constexpr auto kCrcTable = make_crc_table();

void put_varint(std::string& out, std::uint64_t value) {
    while (value >= 0x80) {
        out += static_cast<char>((value & 0x7F) | 0x80);
        value >>= 7;
    }
    out += static_cast<char>(value);
}

std::uint64_t zigzag(std::int64_t value) {
    return (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63);
}
std::int64_t unzigzag(std::uint64_t value) {
    return static_cast<std::int64_t>(value >> 1) ^ -static_cast<std::int64_t>(value & 1);
}

class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}
    bool varint(std::uint64_t& out) {
        out = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos_ >= bytes_.size()) return false;
            const auto byte = static_cast<unsigned char>(bytes_[pos_++]);
            out |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if ((byte & 0x80) == 0) return true;
        }
        return false;
    }
    bool bytes(std::size_t count, std::string_view& out) {
        if (count > bytes_.size() - pos_) return false;
        out = bytes_.substr(pos_, count);
        pos_ += count;
        return true;
    }
    [[nodiscard]] bool at_end() const { return pos_ == bytes_.size(); }

private:
    std::string_view bytes_;
    std::size_t pos_ = 0;
};

enum Tag : std::uint64_t { single = 0, multi = 1, number = 2, ranking = 3, text = 4 };

Tag tag_of(QuestionKind kind) {
    switch (kind) {
        case QuestionKind::single: return Tag::single;
        case QuestionKind::multi: return Tag::multi;
        case QuestionKind::number: return Tag::number;
        case QuestionKind::ranking: return Tag::ranking;
        case QuestionKind::text: return Tag::text;
    }
    return Tag::single;
}

}  // namespace

std::string base64url_encode(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() * 4 + 2) / 3);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | static_cast<unsigned char>(c);
        bits += 8;
        while (bits >= 6) {
            bits -= 6;
            out += kAlphabet[(buffer >> bits) & 0x3F];
        }
    }
    if (bits > 0) out += kAlphabet[(buffer << (6 - bits)) & 0x3F];
    return out;
}

std::optional<std::string> base64url_decode(std::string_view text, std::size_t* bad_position) {
    std::string out;
    out.reserve(text.size() * 3 / 4);
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const int value = alphabet_value(text[i]);
        if (value < 0) {
            if (bad_position != nullptr) *bad_position = i;
            return std::nullopt;
        }
        buffer = (buffer << 6) | static_cast<std::uint32_t>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((buffer >> bits) & 0xFF);
        }
    }
    if (text.size() % 4 == 1) {  // 6 bits cannot end a byte stream
        if (bad_position != nullptr) *bad_position = text.size();
        return std::nullopt;
    }
    return out;
}

std::uint32_t crc32(std::string_view bytes) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (const char c : bytes) crc = kCrcTable[(crc ^ static_cast<unsigned char>(c)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

// [SECTION] Encoding

std::string encode_share_link(const Questionnaire& questionnaire, const Catalog& catalog, const Answers& answers,
                              const std::set<std::string>& done) {
    return encode_share_link(questionnaire, catalog, answers, PlanEdits{done, {}, {}});
}

std::string encode_share_link(const Questionnaire& questionnaire, const Catalog& catalog, const Answers& answers,
                              const PlanEdits& edits) {
    std::string payload;
    std::size_t count = 0;
    std::string body;
    for (const Question& question : questionnaire.questions()) {
        const AnswerValue* value = answers.find(question.id);
        if (value == nullptr) continue;
        // Answers normally come validated; one of the wrong type is left out (the link then
        // carries the default) rather than read as something it is not.
        const auto* text = std::get_if<std::string>(value);
        const auto* list = std::get_if<std::vector<std::string>>(value);
        const auto* number = std::get_if<std::int64_t>(value);
        const bool fits = ((question.kind == QuestionKind::single || question.kind == QuestionKind::text) && text) ||
                          ((question.kind == QuestionKind::multi || question.kind == QuestionKind::ranking) && list) ||
                          (question.kind == QuestionKind::number && number);
        if (!fits) continue;
        ++count;
        put_varint(body, static_cast<std::uint64_t>(question.code) * 8 + tag_of(question.kind));
        switch (question.kind) {
            case QuestionKind::single: put_varint(body, question.option_index(*text).value_or(0)); break;
            case QuestionKind::multi: {
                std::uint64_t mask = 0;
                for (const std::string& id : *list) {
                    if (const auto i = question.option_index(id)) mask |= std::uint64_t{1} << *i;
                }
                put_varint(body, mask);
                break;
            }
            case QuestionKind::number: put_varint(body, zigzag(*number)); break;
            case QuestionKind::ranking:
                put_varint(body, list->size());
                for (const std::string& id : *list) put_varint(body, question.option_index(id).value_or(0));
                break;
            case QuestionKind::text:
                put_varint(body, text->size());
                body += *text;
                break;
        }
    }
    put_varint(payload, count);
    payload += body;
    // Actions by their codes; ids the catalog does not have mean nothing to a reader.
    const auto put_codes = [&](const std::set<std::string>& ids) {
        std::vector<int> codes;
        for (const std::string& id : ids) {
            if (const Action* action = catalog.find(id)) codes.push_back(action->code);
        }
        put_varint(payload, codes.size());
        for (const int code : codes) put_varint(payload, static_cast<std::uint64_t>(code));
    };
    put_codes(edits.done);
    put_codes(edits.skipped);
    std::vector<std::pair<int, std::uint64_t>> estimates;  // code, quarter hours
    for (const auto& [id, hours] : edits.hours) {
        const Action* action = catalog.find(id);
        const auto estimate = valid_estimate(hours);
        if (action != nullptr && estimate) estimates.emplace_back(action->code, static_cast<std::uint64_t>(*estimate * 4.0));
    }
    put_varint(payload, estimates.size());
    for (const auto& [code, quarters] : estimates) {
        put_varint(payload, static_cast<std::uint64_t>(code));
        put_varint(payload, quarters);
    }
    const std::uint32_t crc = crc32(payload);
    for (int shift = 24; shift >= 0; shift -= 8) payload += static_cast<char>((crc >> shift) & 0xFF);
    return std::string(kShareLinkPrefix) + base64url_encode(payload);
}

// [SECTION] Decoding

Result<SharedState> decode_share_link(std::string_view link, const Questionnaire& questionnaire,
                                      const Catalog& catalog) {
    if (!link.empty() && link.front() == '#') link.remove_prefix(1);
    if (link.empty()) return Error{ErrorCode::link_empty};
    if (link.size() > kMaxShareLinkLength) {
        return Error{ErrorCode::link_too_long, {link.size(), kMaxShareLinkLength}};
    }
    const bool v1 = link.substr(0, kShareLinkPrefixV1.size()) == kShareLinkPrefixV1;
    if (!v1 && link.substr(0, kShareLinkPrefix.size()) != kShareLinkPrefix) {
        const std::size_t dot = link.find('.');
        if (link.size() > 1 && link[0] == 'v' && dot != std::string_view::npos && dot > 1 && dot < 6) {
            return Error{ErrorCode::link_newer_format, {link.substr(0, dot)}};
        }
        return Error{ErrorCode::link_prefix};
    }
    const std::string_view encoded = link.substr(kShareLinkPrefix.size());
    std::size_t bad = 0;
    const auto bytes = base64url_decode(encoded, &bad);
    if (!bytes && bad == encoded.size()) return Error{ErrorCode::link_cut_short};
    if (!bytes) return Error{ErrorCode::link_character, {bad + kShareLinkPrefix.size() + 1}};
    if (bytes->size() < 6) return Error{ErrorCode::link_too_short};
    const std::string_view payload = std::string_view(*bytes).substr(0, bytes->size() - 4);
    std::uint32_t stored = 0;
    for (std::size_t i = bytes->size() - 4; i < bytes->size(); ++i) {
        stored = (stored << 8) | static_cast<unsigned char>((*bytes)[i]);
    }
    if (stored != crc32(payload)) return Error{ErrorCode::link_checksum};

    const Error ends_early{ErrorCode::link_ends_early};
    ByteReader reader(payload);
    SharedState state{questionnaire.defaults(), {}};
    std::uint64_t count = 0;
    if (!reader.varint(count)) return ends_early;
    if (count > payload.size()) return ends_early;
    for (std::uint64_t n = 0; n < count; ++n) {
        std::uint64_t key = 0;
        if (!reader.varint(key)) return ends_early;
        const auto tag = static_cast<Tag>(key % 8);
        const Question* question = key / 8 <= static_cast<std::uint64_t>(kMaxQuestionCode)
                                       ? questionnaire.find_code(static_cast<int>(key / 8))
                                       : nullptr;
        // Read the value by its tag, whether or not the question is known.
        std::uint64_t scalar = 0;
        std::vector<std::uint64_t> indices;
        std::string_view text;
        switch (tag) {
            case Tag::single:
            case Tag::multi:
            case Tag::number:
                if (!reader.varint(scalar)) return ends_early;
                break;
            case Tag::ranking: {
                std::uint64_t size = 0;
                if (!reader.varint(size) || size > 64) return ends_early;
                indices.resize(static_cast<std::size_t>(size));
                for (auto& index : indices) {
                    if (!reader.varint(index)) return ends_early;
                }
                break;
            }
            case Tag::text:
                if (!reader.varint(scalar) || scalar > payload.size() ||
                    !reader.bytes(static_cast<std::size_t>(scalar), text)) {
                    return ends_early;
                }
                break;
            default: return Error{ErrorCode::link_answer_type, {key % 8}};
        }
        if (question == nullptr) continue;  // an answer to a question this version does not ask
        if (tag != tag_of(question->kind)) {
            return Error{ErrorCode::link_wrong_type, {question->id}};
        }
        AnswerValue value;
        const auto option_at = [&](std::uint64_t i) -> std::optional<std::string> {
            if (i >= question->options.size()) return std::nullopt;
            return question->options[static_cast<std::size_t>(i)].id;
        };
        switch (question->kind) {
            case QuestionKind::single: {
                auto id = option_at(scalar);
                if (!id) return Error{ErrorCode::link_unknown_option, {question->id}};
                value = std::move(*id);
                break;
            }
            case QuestionKind::multi: {
                std::vector<std::string> ids;
                for (std::size_t i = 0; i < 64; ++i) {
                    if ((scalar >> i & 1) == 0) continue;
                    auto id = option_at(i);
                    if (!id) return Error{ErrorCode::link_unknown_option, {question->id}};
                    ids.push_back(std::move(*id));
                }
                value = std::move(ids);
                break;
            }
            case QuestionKind::number: value = unzigzag(scalar); break;
            case QuestionKind::ranking: {
                std::vector<std::string> ids;
                for (const std::uint64_t i : indices) {
                    auto id = option_at(i);
                    if (!id) return Error{ErrorCode::link_unknown_option, {question->id}};
                    ids.push_back(std::move(*id));
                }
                value = std::move(ids);
                break;
            }
            case QuestionKind::text: value = std::string(text); break;
        }
        if (auto problem = questionnaire.check(*question, value)) {
            problem->path = "answers." + question->id;
            return Error(std::vector<Problem>{std::move(*problem)}).within(ErrorCode::source_share_link);
        }
        state.answers.values.insert_or_assign(question->id, std::move(value));
    }
    // An action this catalog does not have is dropped: an edit of it means nothing here.
    const auto action_of = [&](std::uint64_t code) {
        return code <= static_cast<std::uint64_t>(kMaxActionCode) ? catalog.find_code(static_cast<int>(code)) : nullptr;
    };
    const auto read_codes = [&](std::set<std::string>& ids) {
        std::uint64_t size = 0;
        if (!reader.varint(size) || size > payload.size()) return false;
        for (std::uint64_t n = 0; n < size; ++n) {
            std::uint64_t code = 0;
            if (!reader.varint(code)) return false;
            if (const Action* action = action_of(code)) ids.insert(action->id);
        }
        return true;
    };
    if (!read_codes(state.edits.done)) return ends_early;
    if (!v1) {
        if (!read_codes(state.edits.skipped)) return ends_early;
        std::uint64_t size = 0;
        if (!reader.varint(size) || size > payload.size()) return ends_early;
        for (std::uint64_t n = 0; n < size; ++n) {
            std::uint64_t code = 0;
            std::uint64_t quarters = 0;
            if (!reader.varint(code) || !reader.varint(quarters)) return ends_early;
            const Action* action = action_of(code);
            if (action == nullptr) continue;
            if (quarters == 0 || quarters > static_cast<std::uint64_t>(kMaxEstimateHours * 4.0)) {
                return Error{ErrorCode::link_estimate, {action->id}};
            }
            state.edits.hours.insert_or_assign(action->id, static_cast<double>(quarters) / 4.0);
        }
    }
    if (!reader.at_end()) return Error{ErrorCode::link_trailing_data};
    return state;
}

}  // namespace kickstart
