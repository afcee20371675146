#include "kickstart/core/builtin.hpp"

#include <doctest/doctest.h>

TEST_CASE("the built-in UI strings are complete in every language") {
    const auto& translations = kickstart::builtin_translations();
    REQUIRE_MESSAGE(translations.ok(), translations.error().message);
    CHECK(translations.value().size() > 10);
    CHECK(translations.value().text(kickstart::Language::pl, "welcome.start") == "Zaczynamy");
}
