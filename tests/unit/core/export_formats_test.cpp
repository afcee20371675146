#include "kickstart/core/export_formats.hpp"

#include "support.hpp"

#include "kickstart/core/builtin.hpp"

#include <doctest/doctest.h>

#include <set>

using kickstart::Language;
using test_support::fixture_catalog;
using test_support::fixture_questionnaire;

TEST_SUITE("export formats") {

TEST_CASE("one list: unique names, a label in every language, and each one writes its own format") {
    const auto& translations = kickstart::builtin_translations().value();
    const auto answers = fixture_questionnaire().defaults();
    const auto plan = kickstart::make_plan(fixture_catalog(), answers);
    const kickstart::ExportContext context{fixture_questionnaire(), fixture_catalog(), translations, Language::en,
                                           "2026-11-24"};
    std::set<std::string_view> names;
    for (const kickstart::ExportFormat& format : kickstart::export_formats()) {
        CAPTURE(format.name);
        CHECK(names.insert(format.name).second);
        CHECK(kickstart::find_export_format(format.name) == &format);
        CHECK_FALSE(format.extension.empty());
        CHECK_FALSE(format.mime_type.empty());
        for (const Language language : kickstart::kAllLanguages) {
            CHECK(translations.find(language, format.label_key) != nullptr);
        }
        CHECK_FALSE(format.write(context, answers, {}, plan).empty());
    }
    CHECK(kickstart::find_export_format("pdf") == nullptr);
    CHECK(kickstart::export_format_names() == "md, json");
    const bool markdown = kickstart::find_export_format("md")->write == &kickstart::export_markdown;
    CHECK(markdown);
    CHECK(kickstart::find_export_format("json")->mime_type == "application/json");
}

TEST_CASE("file names carry the date, the format's suffix and its extension") {
    CHECK(kickstart::export_file_name(*kickstart::find_export_format("md"), "2026-11-24") ==
          "backstage-kickstart-plan-2026-11-24.md");
    CHECK(kickstart::export_file_name(*kickstart::find_export_format("json"), "2026-11-24") ==
          "backstage-kickstart-plan-2026-11-24.json");
    // How an issue-tracker export is named.
    const kickstart::ExportFormat jira{"csv-jira", "plan.download_csv_jira", "-jira", "csv", "text/csv", nullptr};
    CHECK(kickstart::export_file_name(jira, "2026-11-24") == "backstage-kickstart-plan-2026-11-24-jira.csv");
}

}  // TEST_SUITE
