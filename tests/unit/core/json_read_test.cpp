// Reading JSON (src/core/src/json_read.cpp), seen through every loader that uses it: a
// document that does not parse says why and where, in every language, whichever input it is.
#include "kickstart/core/catalog.hpp"
#include "kickstart/core/i18n.hpp"
#include "kickstart/core/plan_io.hpp"
#include "kickstart/core/questionnaire.hpp"

#include "support.hpp"

#include <doctest/doctest.h>

using kickstart::Language;
using test_support::fixture_catalog;
using test_support::fixture_questionnaire;

namespace {

std::string answers_error(std::string_view text, Language language = Language::en) {
    const auto result = fixture_questionnaire().validate_text(text);
    REQUIRE_FALSE(result.ok());
    return test_support::message(result.error(), language);
}

std::string import_error(std::string_view text, Language language = Language::en) {
    const auto result = kickstart::import_plan_json(text, fixture_questionnaire(), fixture_catalog());
    REQUIRE_FALSE(result.ok());
    return test_support::message(result.error(), language);
}

}  // namespace

TEST_SUITE("json read") {

TEST_CASE("a number out of range says so, with the number and where it starts") {
    CHECK(answers_error(R"({"hours_per_week": 1e400})") ==
          "answers: number 1e400 is out of range (line 1, column 20); expected a number between -1.7e308 and "
          "1.7e308");
    CHECK(answers_error("{\n  \"scm\": \"gitlab\",\n  \"engineers\": -2e999\n}", Language::pl) ==
          "answers: liczba -2e999 jest poza zakresem (wiersz 3, kolumna 16); oczekiwano liczby od -1,7e308 do "
          "1,7e308");
    // In any JSON input: a plan file, a catalog, the UI texts.
    CHECK(import_error(R"({"schema": "backstage-kickstart/plan", "version": 1e999})") ==
          "plan file: number 1e999 is out of range (line 1, column 51); expected a number between -1.7e308 and "
          "1.7e308");
    const auto catalog = kickstart::Catalog::load(R"({"actions": [{"effort": {"hours": 9e9999}}]})",
                                                  fixture_questionnaire());
    REQUIRE_FALSE(catalog.ok());
    CHECK(test_support::message(catalog.error()) ==
          "catalog: number 9e9999 is out of range (line 1, column 35); expected a number between -1.7e308 and "
          "1.7e308");
    CHECK(test_support::message(kickstart::Translations::load({"{}", R"({"a": 1e400})"}).error()).rfind(
              "pl: number 1e400 is out of range (line 1, column 7)", 0) == 0);
}

TEST_CASE("text that is not UTF-8 is an encoding problem, with the line, column and byte") {
    // "Łódź" saved as Windows-1250: Ł is the single byte 0xA3.
    CHECK(answers_error("{\"org_name\": \"\xA3\xF3\x64\x9F\"}") ==
          "answers: encoding problem: not UTF-8 at line 1, column 15 (byte 15); expected text saved as UTF-8");
    CHECK(answers_error("{\n\"org_name\": \"Zażółć \xE9t\xE9\"}", Language::pl) ==
          "answers: problem z kodowaniem: to nie jest UTF-8 w wierszu 2, kolumnie 21 (bajt 27); oczekiwano "
          "tekstu zapisanego w UTF-8");
    CHECK(import_error("\xEF\xBB\xBF{}") == "plan file: schema: missing");  // a byte-order mark is fine
    CHECK(import_error("{\"schema\": \"caf\xE9\"}") ==
          "plan file: encoding problem: not UTF-8 at line 1, column 16 (byte 16); expected text saved as UTF-8");
}

TEST_CASE("a syntax error before a bad byte is reported as the syntax error it is") {
    CHECK(answers_error("{\"scm\" \"github\", \"org_name\": \"\xA3\"}") ==
          "answers: not valid JSON (line 1, column 15)");
}

TEST_CASE("a plan file that does not parse says what was expected, in every language") {
    CHECK(import_error("") ==
          "plan file: not valid JSON (the text is empty; expected the JSON downloaded from Backstage Kickstart)");
    CHECK(import_error("{\"schema\": ", Language::pl) ==
          "plik planu: to nie jest poprawny JSON (urywa się za wcześnie, wiersz 1, kolumna 12; oczekiwano pliku "
          "JSON pobranego z Backstage Kickstart)");
}

}  // TEST_SUITE
