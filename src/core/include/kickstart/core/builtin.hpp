// The knowledge embedded in the binaries at build time (assets/), validated on first use.
#pragma once

#include "kickstart/core/catalog.hpp"
#include "kickstart/core/i18n.hpp"
#include "kickstart/core/questionnaire.hpp"

#include <string_view>

namespace kickstart {

struct Knowledge {
    Questionnaire questionnaire;
    Catalog catalog;
    Translations translations;
};

// The built-in questionnaire, catalog and UI texts. The unit tests validate them, so an
// error here means a broken build; callers still get the message instead of a crash.
[[nodiscard]] const Result<Knowledge>& builtin_knowledge();
[[nodiscard]] const Result<Translations>& builtin_translations();

// The raw embedded documents, for `kickstart questions` and for tests.
[[nodiscard]] std::string_view builtin_questions_json();
[[nodiscard]] std::vector<CatalogSource> builtin_catalog_sources();

// The example organisations (assets/examples/): answers files, by id.
struct Example {
    std::string_view id;
    std::string_view answers_json;
};
[[nodiscard]] std::vector<Example> builtin_examples();

[[nodiscard]] std::string_view version();

}  // namespace kickstart
