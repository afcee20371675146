#include "kickstart/core/builtin.hpp"

#include "kickstart/core/planner.hpp"
#include "kickstart/core/share_link.hpp"

#include "support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

TEST_CASE("the built-in UI strings are complete in every language") {
    const auto& translations = kickstart::builtin_translations();
    REQUIRE_MESSAGE(translations.ok(), test_support::message(translations.error()));
    CHECK(translations.value().size() > 10);
    CHECK(translations.value().text(kickstart::Language::pl, "welcome.start") == "Zaczynamy");
}

TEST_CASE("every built-in UI text is used: named in the sources, or by an error code, a term, an example or a step") {
    std::string sources;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(KICKSTART_SOURCE_DIR "/src")) {
        if (!entry.is_regular_file()) continue;
        std::ifstream file(entry.path(), std::ios::binary);
        sources.append(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
    }
    REQUIRE(sources.find("\"plan.copy_link\"") != std::string::npos);  // the sources were read
    // Keys the code builds from an id rather than writes out.
    constexpr std::string_view kBuilt[] = {"error.", "term.", "example.", "welcome.step", "group."};
    for (const std::string_view key : kickstart::builtin_translations().value().keys()) {
        const bool built = std::any_of(std::begin(kBuilt), std::end(kBuilt),
                                       [&](std::string_view prefix) { return key.rfind(prefix, 0) == 0; });
        CHECK_MESSAGE((built || sources.find("\"" + std::string(key) + "\"") != std::string::npos),
                      key << " is not used");
    }
}

TEST_CASE("the built-in knowledge base loads and validates") {
    const auto& knowledge = kickstart::builtin_knowledge();
    REQUIRE_MESSAGE(knowledge.ok(), test_support::message(knowledge.error()));
    CHECK(knowledge.value().catalog.steps().size() >= 1);
    CHECK(knowledge.value().questionnaire.questions().size() >= 4);
}

TEST_CASE("the welcome screen's six steps are the catalog's, word for word") {
    // The welcome screen lists them from the UI strings: its first frame is drawn before the
    // knowledge base is parsed. Both copies must say the same.
    const auto& knowledge = kickstart::builtin_knowledge();
    REQUIRE(knowledge.ok());
    const auto& steps = knowledge.value().catalog.steps();
    for (const kickstart::Language language : kickstart::kAllLanguages) {
        for (std::size_t i = 0; i < steps.size(); ++i) {
            CAPTURE(i);
            CHECK(knowledge.value().translations.text(language, "welcome.step" + std::to_string(i + 1)) ==
                  steps[i].title.in(language));
        }
    }
}

TEST_CASE("the default answers make a plan, and their link is short") {
    const auto& knowledge = kickstart::builtin_knowledge();
    REQUIRE(knowledge.ok());
    const auto& k = knowledge.value();
    const kickstart::Answers defaults = k.questionnaire.defaults();
    const kickstart::Plan plan = kickstart::make_plan(k.catalog, defaults);
    CHECK_FALSE(plan.items.empty());
    CHECK(plan.summary.method == kickstart::OrderMethod::exact);
    const std::string link = kickstart::encode_share_link(k.questionnaire, k.catalog, defaults, kickstart::PlanEdits{});
    MESSAGE("default share link: " << link.size() << " characters");
    CHECK(link.size() < 200);
}

TEST_CASE("the example organisations validate and make full plans") {
    const auto& knowledge = kickstart::builtin_knowledge();
    REQUIRE(knowledge.ok());
    const auto examples = kickstart::builtin_examples();
    REQUIRE(examples.size() == 3);
    for (const auto& example : examples) {
        CAPTURE(example.id);
        const auto answers = knowledge.value().questionnaire.validate_text(example.answers_json);
        REQUIRE_MESSAGE(answers.ok(), test_support::message(answers.error()));
        const kickstart::Plan plan = kickstart::make_plan(knowledge.value().catalog, answers.value());
        CHECK(plan.items.size() >= 25);
        CHECK(plan.summary.method == kickstart::OrderMethod::exact);
    }
}
