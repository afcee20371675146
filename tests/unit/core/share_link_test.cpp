#include "kickstart/core/share_link.hpp"

#include "kickstart/core/builtin.hpp"

#include "support.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using kickstart::decode_share_link;
using kickstart::encode_share_link;
using test_support::fixture_catalog;
using test_support::fixture_questionnaire;

namespace {

std::string decode_error(std::string_view link, kickstart::Language language = kickstart::Language::en) {
    const auto result = decode_share_link(link, fixture_questionnaire(), fixture_catalog());
    REQUIRE_FALSE(result.ok());
    return test_support::message(result.error(), language);
}

std::string link_for(std::string_view answers_json, const std::set<std::string>& done = {}) {
    const auto answers = fixture_questionnaire().validate_text(answers_json);
    REQUIRE(answers.ok());
    return encode_share_link(fixture_questionnaire(), fixture_catalog(), answers.value(), done);
}

}  // namespace

TEST_SUITE("share link") {

TEST_CASE("base64url and CRC-32 match their references") {
    CHECK(kickstart::base64url_encode("") == "");
    CHECK(kickstart::base64url_encode("f") == "Zg");
    CHECK(kickstart::base64url_encode("foob") == "Zm9vYg");
    CHECK(kickstart::base64url_encode("\xfb\xff") == "-_8");
    CHECK(kickstart::base64url_decode("Zm9vYg") == std::optional<std::string>("foob"));
    CHECK_FALSE(kickstart::base64url_decode("Zm9v+").has_value());
    CHECK_FALSE(kickstart::base64url_decode("Z").has_value());
    CHECK(kickstart::crc32("123456789") == 0xCBF43926u);
}

TEST_CASE("round trip: answers and progress come back as they went in") {
    const auto answers = fixture_questionnaire().validate_text(
        R"({"org_name": "Zażółć <gęślą> | jaźń", "scm": "gitlab", "ci": ["jenkins", "github-actions"],
            "engineers": 12345, "goals": ["docs", "ownership"]})");
    REQUIRE(answers.ok());
    const std::string link = encode_share_link(fixture_questionnaire(), fixture_catalog(), answers.value(),
                                               std::set<std::string>{"discovery", "create-app"});
    CHECK(link.rfind("v2.", 0) == 0);
    const auto decoded = decode_share_link(link, fixture_questionnaire(), fixture_catalog());
    REQUIRE_MESSAGE(decoded.ok(), test_support::message(decoded.error()));
    CHECK(decoded.value().answers == answers.value());
    CHECK(decoded.value().edits.done == std::set<std::string>{"create-app", "discovery"});
    // A URL fragment decodes the same.
    CHECK(decode_share_link("#" + link, fixture_questionnaire(), fixture_catalog()).ok());
}

TEST_CASE("property: random answers round-trip, and encoding is deterministic") {
    std::mt19937 random(42);
    for (int i = 0; i < 2000; ++i) {
        const kickstart::Answers answers = test_support::random_answers(fixture_questionnaire(), random);
        REQUIRE(fixture_questionnaire().validate(fixture_questionnaire().to_json(answers)).ok());
        std::set<std::string> done;
        for (const auto& action : fixture_catalog().actions()) {
            if (random() % 2 == 0) done.insert(action.id);
        }
        const std::string link = encode_share_link(fixture_questionnaire(), fixture_catalog(), answers, done);
        CHECK(link == encode_share_link(fixture_questionnaire(), fixture_catalog(), answers, done));
        const auto decoded = decode_share_link(link, fixture_questionnaire(), fixture_catalog());
        REQUIRE_MESSAGE(decoded.ok(), test_support::message(decoded.error()));
        REQUIRE(decoded.value().answers == answers);
        REQUIRE(decoded.value().edits.done == done);
    }
}

TEST_CASE("bad links give clear errors") {
    const std::string good = link_for(R"({"scm": "gitlab"})");
    CHECK(decode_error("") == "share link is empty");
    CHECK(decode_error("#") == "share link is empty");
    CHECK(decode_error("hello") ==
          "share link does not start with 'v2.' or 'v1.' (expected a link made by Backstage Kickstart)");
    CHECK(decode_error("v3.AAAA") ==
          "share link has format v3; this page reads v1 and v2 (was it made by a newer Backstage Kickstart?)");
    CHECK(decode_error("v1.AB$C") ==
          "share link is damaged: unexpected character at position 6 (expected only letters, digits, '-' and '_')");
    for (std::size_t cut = 1; cut <= 6; ++cut) {
        CAPTURE(cut);
        CHECK(decode_error(good.substr(0, good.size() - cut)).rfind("share link is damaged or incomplete (", 0) == 0);
    }
    CHECK(decode_error("v1.AAA") == "share link is damaged or incomplete (too short)");
    CHECK(decode_error(std::string(9000, 'A')) == "share link is 9000 characters long; a plan link is at most 8192");
    std::string tampered = good;
    tampered[5] = tampered[5] == 'A' ? 'B' : 'A';
    CHECK(decode_error(tampered) == "share link is damaged or incomplete (checksum mismatch)");
}

TEST_CASE("bad links in Polish") {
    const kickstart::Language pl = kickstart::Language::pl;
    std::string tampered = link_for(R"({"scm": "gitlab"})");
    tampered[5] = tampered[5] == 'A' ? 'B' : 'A';
    CHECK(decode_error(tampered, pl) == "link do planu jest uszkodzony lub niepełny (niezgodna suma kontrolna)");
    CHECK(decode_error("AAAA%%%garbage", pl) ==
          "link do planu nie zaczyna się od 'v2.' ani 'v1.' (oczekiwano linku utworzonego przez Backstage Kickstart)");
    CHECK(decode_error("v3.AAAA", pl) ==
          "link do planu ma format v3; ta strona odczytuje v1 i v2 (czy utworzył go nowszy Backstage Kickstart?)");
    CHECK(decode_error("v1.AB$C", pl) ==
          "link do planu jest uszkodzony: nieoczekiwany znak na pozycji 6 (dozwolone są tylko litery, cyfry, '-' i "
          "'_')");
    CHECK(decode_error(std::string(9000, 'A'), pl) ==
          "link do planu jest za długi (liczba znaków: 9000; dozwolone najwyżej: 8192)");
}

TEST_CASE("a link with a valid checksum but impossible content is still refused") {
    // Builds payloads by hand: count, key, value..., done count, CRC-32.
    const auto make = [](std::string payload) {
        const std::uint32_t crc = kickstart::crc32(payload);
        for (int shift = 24; shift >= 0; shift -= 8) payload += static_cast<char>((crc >> shift) & 0xFF);
        return "v1." + kickstart::base64url_encode(payload);
    };
    // scm (code 9, single) = option 7, which does not exist.
    CHECK(decode_error(make(std::string("\x01\x48\x07\x00", 4))) ==
          "share link names an option of 'scm' that does not exist");
    // engineers (code 2, number) = 0, below its minimum.
    CHECK(decode_error(make(std::string("\x01\x12\x00\x00", 4))) ==
          "share link: answers.engineers: expected a whole number from 1 to 100000, got 0");
    CHECK(decode_error(make(std::string("\x01\x12\x00\x00", 4)), kickstart::Language::pl) ==
          "link do planu: answers.engineers: oczekiwano liczby całkowitej od 1 do 100000, podano: 0");
    // scm sent as a number.
    CHECK(decode_error(make(std::string("\x01\x4a\x02\x00", 4))) ==
          "share link is damaged (the answer to 'scm' has the wrong type)");
    // An answer to an unknown question (code 99) is skipped; the rest still decodes.
    const auto skipped = decode_share_link(make(std::string("\x01\x98\x06\x05\x00", 5)), fixture_questionnaire(),
                                           fixture_catalog());
    REQUIRE(skipped.ok());
    CHECK(skipped.value().answers == fixture_questionnaire().defaults());
    // Trailing bytes after the progress.
    CHECK(decode_error(make(std::string("\x00\x00\x07", 3))) == "share link is damaged (unexpected data after the progress)");
    // The count promises more answers than there are.
    CHECK(decode_error(make(std::string("\x05\x48", 2))) == "share link is damaged (its content ends early)");
}

TEST_CASE("v2: skips and estimates come back as they went in; ids the catalog does not have are dropped") {
    const auto answers = fixture_questionnaire().validate_text(R"({"scm": "gitlab", "ci": ["jenkins"]})");
    REQUIRE(answers.ok());
    const kickstart::PlanEdits edits{{"create-app"}, {"discovery", "no-such-action"},
                                     {{"jenkins-plugin", 6.25}, {"create-app", 1000.0}, {"gone", 3.0}}};
    const std::string link = encode_share_link(fixture_questionnaire(), fixture_catalog(), answers.value(), edits);
    CHECK(link.rfind("v2.", 0) == 0);
    const auto decoded = decode_share_link(link, fixture_questionnaire(), fixture_catalog());
    REQUIRE_MESSAGE(decoded.ok(), test_support::message(decoded.error()));
    CHECK(decoded.value().answers == answers.value());
    const kickstart::PlanEdits expected{{"create-app"}, {"discovery"}, {{"jenkins-plugin", 6.25}, {"create-app", 1000.0}}};
    CHECK(decoded.value().edits == expected);
    // An estimate out of range is not written: a link never carries what the planner refuses.
    const std::string without = encode_share_link(fixture_questionnaire(), fixture_catalog(), answers.value(),
                                                  kickstart::PlanEdits{{}, {}, {{"discovery", 0.0}, {"create-app", 1e9}}});
    const auto none = decode_share_link(without, fixture_questionnaire(), fixture_catalog());
    REQUIRE(none.ok());
    CHECK(none.value().edits.hours.empty());
}

TEST_CASE("v1: a link made before skips and estimates still opens, with its answers and ticks") {
    // Made by the v1 encoder for the startup example, with create-app-local and deploy done.
    const std::string_view v1 =
        "v1.EQwKQnJpZ2h0bG9vcBJQGnggACoMMgg4AUAASABQAFkBYAFpAXAAeAKAAQOLAQcAAQIFAwQGAgIGbOTXPQ";
    const kickstart::Knowledge& k = kickstart::builtin_knowledge().value();
    const auto decoded = decode_share_link(v1, k.questionnaire, k.catalog);
    REQUIRE_MESSAGE(decoded.ok(), test_support::message(decoded.error()));
    CHECK(decoded.value().answers.text("org_name") == "Brightloop");
    CHECK(decoded.value().answers.number("hours_per_week") == 6);
    CHECK(decoded.value().edits == kickstart::PlanEdits{{"create-app-local", "deploy"}, {}, {}});
    // Written again, it is a v2 link to the same state.
    const std::string again = encode_share_link(k.questionnaire, k.catalog, decoded.value().answers, decoded.value().edits);
    CHECK(again.rfind("v2.", 0) == 0);
    const auto reread = decode_share_link(again, k.questionnaire, k.catalog);
    REQUIRE(reread.ok());
    CHECK(reread.value().answers == decoded.value().answers);
    CHECK(reread.value().edits == decoded.value().edits);
}

TEST_CASE("v2: an estimate of zero quarter hours or beyond the limit is refused") {
    const auto make = [](std::string payload) {
        const std::uint32_t crc = kickstart::crc32(payload);
        for (int shift = 24; shift >= 0; shift -= 8) payload += static_cast<char>((crc >> shift) & 0xFF);
        return "v2." + kickstart::base64url_encode(payload);
    };
    // No answers, no done, no skips, one estimate: action code 2 (discovery), quarter hours.
    const auto decoded = decode_share_link(make(std::string("\x00\x00\x00\x01\x02\x19", 6)), fixture_questionnaire(),
                                           fixture_catalog());
    REQUIRE(decoded.ok());
    CHECK(decoded.value().edits.hours == std::map<std::string, double, std::less<>>{{"discovery", 6.25}});
    CHECK(decode_error(make(std::string("\x00\x00\x00\x01\x02\x00", 6))) ==
          "share link is damaged (the estimate for 'discovery' is out of range)");
    CHECK(decode_error(make(std::string("\x00\x00\x00\x01\x02\xa1\x1f", 7))) ==  // 4001 quarter hours
          "share link is damaged (the estimate for 'discovery' is out of range)");
    CHECK(decode_error(make(std::string("\x00\x00\x00\x01\x02\xa1\x1f", 7)), kickstart::Language::pl) ==
          "link do planu jest uszkodzony (szacunek dla 'discovery' jest poza zakresem)");
    // An estimate for an action this catalog does not have is dropped, whatever its value.
    const auto unknown = decode_share_link(make(std::string("\x00\x00\x00\x01\x63\x00", 6)), fixture_questionnaire(),
                                           fixture_catalog());
    REQUIRE(unknown.ok());
    CHECK(unknown.value().edits.hours.empty());
    // A v2 payload cut after the done list ends early; v1 stops there.
    CHECK(decode_error(make(std::string("\x00\x00", 2))) == "share link is damaged (its content ends early)");
    CHECK(decode_error(make(std::string("\x00\x00\x00\x00\x07", 5))) ==
          "share link is damaged (unexpected data after the progress)");
}

TEST_CASE("property: random answers and edits round-trip through v2") {
    std::mt19937 random(77);
    for (int i = 0; i < 2000; ++i) {
        const kickstart::Answers answers = test_support::random_answers(fixture_questionnaire(), random);
        kickstart::PlanEdits edits;
        for (const auto& action : fixture_catalog().actions()) {
            if (random() % 3 == 0) edits.done.insert(action.id);
            if (random() % 3 == 0) edits.skipped.insert(action.id);
            if (random() % 3 == 0) {
                edits.hours[action.id] = static_cast<double>(1 + random() % 4000) / 4.0;  // every quarter hour in range
            }
        }
        const std::string link = encode_share_link(fixture_questionnaire(), fixture_catalog(), answers, edits);
        REQUIRE(link.rfind("v2.", 0) == 0);
        const auto decoded = decode_share_link(link, fixture_questionnaire(), fixture_catalog());
        REQUIRE_MESSAGE(decoded.ok(), test_support::message(decoded.error()));
        REQUIRE(decoded.value().answers == answers);
        REQUIRE(decoded.value().edits == edits);
        REQUIRE(encode_share_link(fixture_questionnaire(), fixture_catalog(), decoded.value().answers,
                                  decoded.value().edits) == link);
    }
}

TEST_CASE("property: random and mutated inputs never crash and never decode silently wrong") {
    std::mt19937 random(1234);
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.#v";
    int wrong_decodes = 0;
    for (int i = 0; i < 5000; ++i) {
        std::string input;
        std::optional<kickstart::Answers> original;
        kickstart::PlanEdits original_edits;
        if (i % 2 == 0) {  // random text, after either version's prefix
            input = i % 4 == 0 ? "v1." : "v2.";
            const std::size_t length = random() % 120;
            for (std::size_t k = 0; k < length; ++k) input += alphabet[random() % alphabet.size()];
        } else {  // a real link (with skips and estimates) with one to three characters changed, cut or doubled
            original = test_support::random_answers(fixture_questionnaire(), random);
            for (const auto& action : fixture_catalog().actions()) {
                if (random() % 2 == 0) original_edits.skipped.insert(action.id);
                if (random() % 2 == 0) original_edits.hours[action.id] = static_cast<double>(1 + random() % 4000) / 4.0;
            }
            input = encode_share_link(fixture_questionnaire(), fixture_catalog(), *original, original_edits);
            const int edits = 1 + static_cast<int>(random() % 3);
            for (int e = 0; e < edits; ++e) {
                const std::size_t at = 3 + random() % (input.size() - 3);
                switch (random() % 3) {
                    case 0: input[at] = alphabet[random() % 64]; break;
                    case 1: input.erase(at, 1); break;
                    default: input.insert(at, 1, input[at]); break;
                }
            }
        }
        const auto result = decode_share_link(input, fixture_questionnaire(), fixture_catalog());
        if (!result.ok()) {
            REQUIRE_FALSE(test_support::message(result.error()).empty());
            continue;
        }
        // Whatever decodes is a valid answer set; an edit that left the bytes as they were
        // (same character, or the unused low bits of the last one) decodes to the original.
        REQUIRE(fixture_questionnaire().validate(fixture_questionnaire().to_json(result.value().answers)).ok());
        for (const auto& [id, hours] : result.value().edits.hours) REQUIRE(kickstart::valid_estimate(hours) == hours);
        if (!original || result.value().answers != *original || result.value().edits != original_edits) {
            ++wrong_decodes;
        }
    }
    // A 32-bit checksum lets about one random change in four billion through.
    CHECK(wrong_decodes <= 1);
}

TEST_CASE("megabytes of input are refused at once") {
    const std::string huge(1 << 20, 'A');
    CHECK(decode_error("v1." + huge) == "share link is 1048579 characters long; a plan link is at most 8192");
}

}  // TEST_SUITE
