// Answers validation: any input gives answers or an Error; valid answers make a plan.
#include "kickstart/core/builtin.hpp"
#include "kickstart/core/planner.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto& k = kickstart::builtin_knowledge().value();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto answers = k.questionnaire.validate_text(text);
    if (!answers) {
        if (answers.error().message.empty()) std::abort();
        return 0;
    }
    const auto plan = kickstart::make_plan(k.catalog, answers.value());
    if (plan.items.size() + plan.not_applicable.size() != k.catalog.actions().size()) std::abort();
    return 0;
}
