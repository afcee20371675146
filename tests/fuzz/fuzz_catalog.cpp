// Catalog loading: any input gives a catalog or an Error listing problems; a valid catalog
// makes a plan for the default answers.
#include "kickstart/core/builtin.hpp"
#include "kickstart/core/catalog.hpp"
#include "kickstart/core/planner.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto& k = kickstart::builtin_knowledge().value();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto catalog = kickstart::Catalog::load(text, k.questionnaire);
    if (!catalog) {
        // Every problem has the arguments its text uses, and reads as something.
        for (const auto& problem : catalog.error().problems()) {
            if (problem.args.size() != kickstart::error_info(problem.code).arguments) std::abort();
        }
        if (kickstart::error_text(catalog.error(), k.translations, kickstart::Language::pl).empty()) std::abort();
        return 0;
    }
    const auto plan = kickstart::make_plan(catalog.value(), k.questionnaire.defaults());
    if (plan.items.size() + plan.not_applicable.size() != catalog.value().actions().size()) std::abort();
    return 0;
}
