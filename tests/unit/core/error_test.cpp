#include "kickstart/core/error.hpp"

#include "support.hpp"

#include "kickstart/core/builtin.hpp"
#include "kickstart/core/i18n.hpp"

#include <doctest/doctest.h>

#include <regex>
#include <set>

using kickstart::Error;
using kickstart::ErrorCode;
using kickstart::Language;

namespace {

const kickstart::Translations& translations() {
    const auto& loaded = kickstart::builtin_translations();
    REQUIRE_MESSAGE(loaded.ok(), test_support::message(loaded.error()));
    return loaded.value();
}

// The {n} placeholders a text uses.
std::set<std::size_t> placeholders(const std::string& text) {
    std::set<std::size_t> found;
    static const std::regex kPlaceholder(R"(\{(\d)\})");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), kPlaceholder); it != std::sregex_iterator(); ++it) {
        found.insert(static_cast<std::size_t>(std::stoi((*it)[1].str())));
    }
    return found;
}

}  // namespace

TEST_SUITE("error") {

TEST_CASE("every error code has its text in every language, translated, with exactly its arguments") {
    std::set<std::string_view> ids;
    for (const auto& info : kickstart::all_error_codes()) {
        CAPTURE(info.id);
        CHECK(ids.insert(info.id).second);  // ids are unique
        CHECK(&kickstart::error_info(info.code) == &info);
        const std::string key = "error." + std::string(info.id);
        std::set<std::size_t> expected;
        for (std::size_t i = 0; i < info.arguments; ++i) expected.insert(i);
        for (const Language language : kickstart::kAllLanguages) {
            CAPTURE(kickstart::language_code(language));
            const std::string* text = translations().find(language, key);
            REQUIRE_MESSAGE(text != nullptr, "no text for " << key);
            CHECK(placeholders(*text) == expected);
        }
        CHECK_MESSAGE(*translations().find(Language::pl, key) != *translations().find(Language::en, key),
                      key << " is not translated");
    }
}

TEST_CASE("the text tables hold no error text without a code, and every term is translated") {
    std::set<std::string> known;
    for (const auto& info : kickstart::all_error_codes()) known.insert("error." + std::string(info.id));
    for (const std::string_view key : translations().keys()) {
        if (key.rfind("error.", 0) == 0) CHECK_MESSAGE(known.contains(std::string(key)), key << " has no error code");
    }
    for (const kickstart::Term term : kickstart::all_terms()) {
        const std::string key = "term." + std::string(kickstart::term_id(term));
        CAPTURE(key);
        REQUIRE(translations().find(Language::en, key) != nullptr);
        REQUIRE(translations().find(Language::pl, key) != nullptr);
        CHECK(*translations().find(Language::en, key) != *translations().find(Language::pl, key));
    }
}

TEST_CASE("an error reads as its sources, its path and its text, one line per problem") {
    kickstart::Errors errors;
    errors.add("answers.scm", ErrorCode::value_not_one_of, {"svn", "github, gitlab"});
    errors.add("answers.engineers", ErrorCode::answer_whole_number, {1, 100000, kickstart::Term::string});
    const Error error = errors.error().within(ErrorCode::source_plan_file);
    CHECK(test_support::message(error) ==
          "plan file: answers.scm: 'svn' is not one of github, gitlab\n"
          "plan file: answers.engineers: expected a whole number from 1 to 100000, got a string");
    CHECK(test_support::message(error, Language::pl) ==
          "plik planu: answers.scm: 'svn' nie jest żadną z wartości: github, gitlab\n"
          "plik planu: answers.engineers: oczekiwano liczby całkowitej od 1 do 100000, podano: tekst");
    CHECK(error.code() == ErrorCode::value_not_one_of);
}

TEST_CASE("numbers in an error are written as the language writes them") {
    const Error error{ErrorCode::plan_file_too_large, {4.5, 4}};
    CHECK(test_support::message(error) ==
          "plan file is 4.5 MB; a plan file is at most 4 MB (is this the JSON downloaded from Backstage Kickstart?)");
    CHECK(test_support::message(error, Language::pl) ==
          "plik planu ma 4,5 MB; plik planu ma najwyżej 4 MB (czy to JSON pobrany z Backstage Kickstart?)");
}

TEST_CASE("a code without a text shows its id and arguments, never nothing") {
    const auto empty = kickstart::Translations::load({"{}", "{}"});
    REQUIRE(empty.ok());
    CHECK(kickstart::error_text(Error{ErrorCode::link_too_long, {9000, 8192}}, empty.value(), Language::en) ==
          "link.too_long (9000, 8192)");
    CHECK(kickstart::error_text(Error{ErrorCode::link_checksum, {}, "fragment"}, empty.value(), Language::pl) ==
          "fragment: link.checksum");
}

}  // TEST_SUITE
