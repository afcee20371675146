#include "kickstart/core/i18n.hpp"

#include "support.hpp"

#include <doctest/doctest.h>

using kickstart::Language;
using kickstart::Translations;

TEST_SUITE("i18n") {

TEST_CASE("a complete pair of tables loads and answers per language") {
    const auto loaded = Translations::load({R"({"a": "A", "b": "B"})", R"({"a": "Ą", "b": "Ę"})"});
    REQUIRE(loaded.ok());
    CHECK(loaded.value().size() == 2);
    CHECK(loaded.value().text(Language::en, "a") == "A");
    CHECK(loaded.value().text(Language::pl, "b") == "Ę");
}

TEST_CASE("an unknown key shows itself rather than a blank") {
    const auto loaded = Translations::load({R"({"a": "A"})", R"({"a": "Ą"})"});
    REQUIRE(loaded.ok());
    CHECK(loaded.value().text(Language::pl, "nope.key") == "nope.key");
}

TEST_CASE("every problem is reported with its language and key") {
    const auto loaded =
        Translations::load({R"({"a": "A", "b": "B", "c": 3, "d": ""})", R"({"a": "Ą", "x": "X"})"});
    REQUIRE_FALSE(loaded.ok());
    CHECK(test_support::message(loaded.error()) ==
          "en.c: expected a string, got a number\n"
          "en.d: empty text\n"
          "pl.b: missing translation\n"
          "pl.x: not a key of the English table");
    CHECK(test_support::message(loaded.error(), Language::pl) ==
          "en.c: oczekiwany typ: tekst, podano: liczba\n"
          "en.d: pusty tekst\n"
          "pl.b: brak tłumaczenia\n"
          "pl.x: nie jest kluczem tabeli angielskiej");
}

TEST_CASE("a key given twice is reported, not silently overwritten") {
    const auto loaded = Translations::load({R"({"a": "A", "b": "B", "a": "A again"})", R"({"a": "Ą", "b": "Ę"})"});
    REQUIRE_FALSE(loaded.ok());
    CHECK(test_support::message(loaded.error()) ==
          "en.a: the key appears more than once (the last text would silently win)");
    CHECK(test_support::message(loaded.error(), Language::pl) ==
          "en.a: klucz występuje więcej niż raz (ostatni tekst po cichu by wygrał)");
}

TEST_CASE("broken JSON says where, as every loader does; wrong shapes say what was expected") {
    CHECK(test_support::message(Translations::load({"{", "{}"}).error()) ==
          "en: not valid JSON (it ends early, line 1, column 2)");
    CHECK(test_support::message(Translations::load({"{}", "{\n  \"a\": \"A\",,\n}"}).error()) ==
          "pl: not valid JSON (line 2, column 12)");
    CHECK(test_support::message(Translations::load({"{}", "[1]"}).error()) ==
          "pl: expected an object of \"key\": \"text\", got an array");
}

TEST_CASE("plural forms follow each language's rules") {
    using kickstart::plural_form;
    CHECK(kickstart::plural_form_count(Language::en) == 2);
    CHECK(kickstart::plural_form_count(Language::pl) == 3);
    CHECK(plural_form(Language::en, 1) == 0);
    for (const std::int64_t n : {0, 2, 5, 11, 21}) CHECK(plural_form(Language::en, n) == 1);
    CHECK(plural_form(Language::pl, 1) == 0);  // 1 tydzień
    for (const std::int64_t n : {2, 3, 4, 22, 23, 24, 102, 1004}) CHECK(plural_form(Language::pl, n) == 1);  // tygodnie
    for (const std::int64_t n : {0, 5, 11, 12, 13, 14, 21, 25, 111, 112, 1000}) {
        CHECK(plural_form(Language::pl, n) == 2);  // tygodni
    }
}

TEST_CASE("language tags map to a supported language") {
    CHECK(kickstart::language_from_tag("pl-PL") == Language::pl);
    CHECK(kickstart::language_from_tag("PL") == Language::pl);
    CHECK(kickstart::language_from_tag("en-GB") == Language::en);
    CHECK(kickstart::language_from_tag("de-DE") == Language::en);
    CHECK(kickstart::language_from_tag("") == Language::en);
    CHECK(kickstart::language_from_code("pl") == Language::pl);
    CHECK_FALSE(kickstart::language_from_code("xx").has_value());
    for (const Language language : kickstart::kAllLanguages) {
        CHECK(kickstart::language_from_code(kickstart::language_code(language)) == language);
    }
}

}  // TEST_SUITE
