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
        // Every problem has the arguments its text uses, and reads as something.
        for (const auto& problem : answers.error().problems()) {
            if (problem.args.size() != kickstart::error_info(problem.code).arguments) std::abort();
        }
        if (kickstart::error_text(answers.error(), k.translations, kickstart::Language::pl).empty()) std::abort();
        return 0;
    }
    const auto plan = kickstart::make_plan(k.catalog, answers.value());
    if (plan.items.size() + plan.not_applicable.size() != k.catalog.actions().size()) std::abort();
    return 0;
}
