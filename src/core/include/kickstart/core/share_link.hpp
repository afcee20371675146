// The share link: answers and the user's edits in a compact, URL-safe, versioned string
// carried in the URL fragment (never sent to a server):
//
//   v2.<base64url( varint count, { varint key, value }*,              answers
//                  varint count, { varint action code }*,              done
//                  varint count, { varint action code }*,              skipped
//                  varint count, { varint action code, varint quarter hours }*,  estimates
//                  CRC-32 of all that, 4 bytes big-endian )>
//
// v1 links (answers and done only, then the CRC) still open; links are always written as v2.
//
// key = question code × 8 + kind tag (0 single: option index; 1 multi: option bit mask;
// 2 number: zigzag varint; 3 ranking: count + option indices; 4 text: byte length + UTF-8),
// so a reader can skip answers to questions it does not know. Decoding anything —
// truncated, tampered, another version, random bytes, megabytes — returns an Error.
#pragma once

#include "kickstart/core/catalog.hpp"
#include "kickstart/core/limits.hpp"
#include "kickstart/core/planner.hpp"
#include "kickstart/core/questionnaire.hpp"
#include "kickstart/core/result.hpp"

#include <set>
#include <string>
#include <string_view>

namespace kickstart {

struct SharedState {
    Answers answers;
    PlanEdits edits;  // action ids the catalog has (applicable or not)
};

inline constexpr std::string_view kShareLinkPrefix = "v2.";
inline constexpr std::string_view kShareLinkPrefixV1 = "v1.";

[[nodiscard]] std::string encode_share_link(const Questionnaire& questionnaire, const Catalog& catalog,
                                            const Answers& answers, const PlanEdits& edits);
// Only ticks, no skips or estimates.
[[nodiscard]] std::string encode_share_link(const Questionnaire& questionnaire, const Catalog& catalog,
                                            const Answers& answers, const std::set<std::string>& done);
// Accepts the bare link or a URL fragment ("#v2...." or "#v1....").
[[nodiscard]] Result<SharedState> decode_share_link(std::string_view link, const Questionnaire& questionnaire,
                                                    const Catalog& catalog);

// Exposed for tests.
[[nodiscard]] std::string base64url_encode(std::string_view bytes);
[[nodiscard]] std::optional<std::string> base64url_decode(std::string_view text, std::size_t* bad_position = nullptr);
[[nodiscard]] std::uint32_t crc32(std::string_view bytes);

}  // namespace kickstart
