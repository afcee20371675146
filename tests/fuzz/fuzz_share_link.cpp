// Share-link decoding: any input gives a value or an Error; what decodes re-encodes to a
// link that decodes to the same state.
#include "kickstart/core/builtin.hpp"
#include "kickstart/core/share_link.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto& k = kickstart::builtin_knowledge().value();
    const std::string_view link(reinterpret_cast<const char*>(data), size);
    const auto decoded = kickstart::decode_share_link(link, k.questionnaire, k.catalog);
    if (!decoded) return 0;
    const std::string again =
        kickstart::encode_share_link(k.questionnaire, k.catalog, decoded.value().answers, decoded.value().edits);
    const auto twice = kickstart::decode_share_link(again, k.questionnaire, k.catalog);
    if (!twice || !(twice.value().answers == decoded.value().answers) || twice.value().edits != decoded.value().edits) {
        std::abort();
    }
    return 0;
}
