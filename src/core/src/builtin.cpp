#include "kickstart/core/builtin.hpp"

#include "kickstart_embedded_assets.hpp"

namespace kickstart {

const Result<Translations>& builtin_translations() {
    static const Result<Translations> translations =
        Translations::load({embedded::ui_strings_en, embedded::ui_strings_pl});  // kAllLanguages' order
    return translations;
}

std::string_view builtin_questions_json() { return embedded::questions; }

std::vector<CatalogSource> builtin_catalog_sources() {
    return {
        {"steps.json", embedded::catalog_steps},         {"1-stand-up.json", embedded::catalog_stand_up},
        {"2-fill-catalog.json", embedded::catalog_fill},  {"3-owners.json", embedded::catalog_owners},
        {"4-docs.json", embedded::catalog_docs},          {"5-tools.json", embedded::catalog_tools},
        {"6-golden-path.json", embedded::catalog_golden_path},
    };
}

const Result<Knowledge>& builtin_knowledge() {
    static const Result<Knowledge> knowledge = []() -> Result<Knowledge> {
        auto questionnaire = Questionnaire::load(embedded::questions);
        if (!questionnaire) return Error(questionnaire.error()).within(ErrorCode::source_builtin_questions);
        auto catalog = Catalog::load(builtin_catalog_sources(), questionnaire.value());
        if (!catalog) return Error(catalog.error()).within(ErrorCode::source_builtin_catalog);
        const auto& translations = builtin_translations();
        if (!translations) return Error(translations.error()).within(ErrorCode::source_builtin_texts);
        return Knowledge{std::move(questionnaire).value(), std::move(catalog).value(), translations.value()};
    }();
    return knowledge;
}

std::vector<Example> builtin_examples() {
    return {{"startup", embedded::example_startup},
            {"scaleup", embedded::example_scaleup},
            {"enterprise", embedded::example_enterprise}};
}

std::string_view version() { return KICKSTART_VERSION; }

}  // namespace kickstart
