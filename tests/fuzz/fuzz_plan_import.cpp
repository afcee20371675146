// JSON plan import: any input gives a value or an Error; an imported state exports and
// imports back to itself.
#include "kickstart/core/builtin.hpp"
#include "kickstart/core/plan_io.hpp"

#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto& k = kickstart::builtin_knowledge().value();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto imported = kickstart::import_plan_json(text, k.questionnaire, k.catalog);
    if (!imported) return 0;
    const auto& state = imported.value();
    const auto plan = kickstart::make_plan(k.catalog, state.answers, state.edits);
    const kickstart::ExportContext context{k.questionnaire, k.catalog, k.translations, kickstart::Language::en,
                                           "2026-11-24"};
    const std::string json = kickstart::export_json(context, state.answers, state.edits.done, plan);
    (void)kickstart::export_markdown(context, state.answers, state.edits.done, plan);
    const auto again = kickstart::import_plan_json(json, k.questionnaire, k.catalog);
    if (!again || !(again.value().answers == state.answers) || again.value().edits != kickstart::shared_edits(state.edits.done, plan)) {
        std::abort();
    }
    return 0;
}
