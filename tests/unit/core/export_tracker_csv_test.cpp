#include "kickstart/core/export_tracker_csv.hpp"

#include "csv_reader.hpp"
#include "support.hpp"

#include "kickstart/core/builtin.hpp"
#include "kickstart/core/export_formats.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <random>

using test_support::fixture_catalog;
using test_support::fixture_questionnaire;
using test_support::read_csv;

namespace {

const kickstart::Translations& translations() {
    const auto& loaded = kickstart::builtin_translations();
    REQUIRE(loaded.ok());
    return loaded.value();
}

kickstart::Answers answers(std::string_view json) {
    const auto result = fixture_questionnaire().validate_text(json);
    REQUIRE_MESSAGE(result.ok(), test_support::message(result.error()));
    return result.value();
}

// The fixture's three actions for a GitHub shop with Jenkins, the first one done.
struct Fixture {
    kickstart::Answers answers = ::answers(R"({"org_name": "Acme", "scm": "github", "ci": ["jenkins"]})");
    std::set<std::string> done{"create-app"};
    kickstart::Plan plan = kickstart::make_plan(fixture_catalog(), answers, done);
    kickstart::ExportContext context{fixture_questionnaire(), fixture_catalog(), translations(), kickstart::Language::en,
                                     "2026-11-24"};
};

std::string body(std::string_view csv) {
    REQUIRE(csv.substr(0, kickstart::kUtf8ByteOrderMark.size()) == kickstart::kUtf8ByteOrderMark);
    return std::string(csv.substr(kickstart::kUtf8ByteOrderMark.size()));
}

}  // namespace

TEST_SUITE("tracker csv") {

TEST_CASE("fields: quoted per RFC 4180 only when needed, formulas neutralised") {
    CHECK(kickstart::csv_field("plain text") == "plain text");
    CHECK(kickstart::csv_field("a, b") == "\"a, b\"");
    CHECK(kickstart::csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(kickstart::csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(kickstart::csv_field("cr\rhere") == "\"cr\rhere\"");
    CHECK(kickstart::csv_field("=1+1") == "'=1+1");
    CHECK(kickstart::csv_field("+49 123") == "'+49 123");
    CHECK(kickstart::csv_field("-2") == "'-2");
    CHECK(kickstart::csv_field("@SUM(A1)") == "'@SUM(A1)");
    CHECK(kickstart::csv_field("\t=cmd") == "'\t=cmd");
    CHECK(kickstart::csv_field("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    CHECK(kickstart::csv_field("a=b") == "a=b");
    CHECK(kickstart::csv_field("") == "");
    CHECK(kickstart::csv_field("Zażółć") == "Zażółć");
}

TEST_CASE("the strict reader refuses what RFC 4180 does not allow") {
    CHECK(read_csv("a,b\r\n") == test_support::CsvRecords{{"a", "b"}});
    CHECK(read_csv("\"a\"\"\n,\",b\r\n") == test_support::CsvRecords{{"a\"\n,", "b"}});
    CHECK_FALSE(read_csv("a,b\n").has_value());
    CHECK_FALSE(read_csv("a\"b,c\r\n").has_value());
    CHECK_FALSE(read_csv("\"a\"b,c\r\n").has_value());
    CHECK_FALSE(read_csv("\"a,b\r\n").has_value());
    CHECK_FALSE(read_csv("a,b").has_value());
}

TEST_CASE("Jira: exact file for the fixture") {
    const Fixture f;
    const std::string csv = kickstart::export_csv_jira(f.context, f.answers, f.done, f.plan);
    CHECK(body(csv) ==
          "Summary,Issue Type,Description,Labels,Labels,Original Estimate,Due Date,Status\r\n"
          "Create the app,Task,\"A local portal.\n"
          "\n"
          "h4. How to do it\n"
          "# Run npx @backstage/create-app@latest.\n"
          "\n"
          "h4. At the demo\n"
          "Show the catalog.\",backstage-kickstart,stand-up,7200,2026-11-24,Done\r\n"
          "Discover repositories,Task,\"A full catalog.\n"
          "\n"
          "h4. How to do it\n"
          "# Add the discovery module.\n"
          "# Configure catalog.providers.github.\n"
          "\n"
          "h4. Snippets\n"
          "GitHub discovery (app-config.yaml):\n"
          "{noformat}\n"
          "catalog:\n"
          "  providers:\n"
          "    github:\n"
          "      main:\n"
          "        organization: acme\n"
          "{noformat}\n"
          "\n"
          "h4. At the demo\n"
          "Show the imported components.\n"
          "\n"
          "h4. Watch out for\n"
          "* Rate limits with a personal token.\n"
          "\n"
          "h4. Backstage docs\n"
          "* [GitHub discovery|https://backstage.io/docs/integrations/github/discovery]\",backstage-kickstart,"
          "fill-catalog,10800,2026-11-27,To Do\r\n"
          "Jenkins builds,Task,\"Build status on the entity page.\n"
          "\n"
          "h4. How to do it\n"
          "# Install the Jenkins plugin.\n"
          "\n"
          "h4. At the demo\n"
          "Show a failing build.\",backstage-kickstart,fill-catalog,7200,2026-11-29,To Do\r\n");
}

TEST_CASE("GitLab: exact file for the fixture, no byte order mark") {
    const Fixture f;
    const std::string csv = kickstart::export_csv_gitlab(f.context, f.answers, f.done, f.plan);
    CHECK(csv ==
          "title,description,due_date\r\n"
          "Create the app,\"A local portal.\n"
          "\n"
          "### How to do it\n"
          "\n"
          "- [ ] Run npx @backstage/create-app@latest.\n"
          "\n"
          "### At the demo\n"
          "\n"
          "Show the catalog.\n"
          "\n"
          "/estimate 2h\n"
          "/label ~backstage-kickstart ~stand-up ~done\",2026-11-24\r\n"
          "Discover repositories,\"A full catalog.\n"
          "\n"
          "### How to do it\n"
          "\n"
          "- [ ] Add the discovery module.\n"
          "- [ ] Configure catalog.providers.github.\n"
          "\n"
          "### Snippets\n"
          "\n"
          "*GitHub discovery* (`app-config.yaml`):\n"
          "\n"
          "```yaml\n"
          "catalog:\n"
          "  providers:\n"
          "    github:\n"
          "      main:\n"
          "        organization: acme\n"
          "```\n"
          "\n"
          "### At the demo\n"
          "\n"
          "Show the imported components.\n"
          "\n"
          "### Watch out for\n"
          "\n"
          "- Rate limits with a personal token.\n"
          "\n"
          "### Backstage docs\n"
          "\n"
          "- [GitHub discovery](https://backstage.io/docs/integrations/github/discovery)\n"
          "\n"
          "/estimate 3h\n"
          "/label ~backstage-kickstart ~fill-catalog\",2026-11-27\r\n"
          "Jenkins builds,\"Build status on the entity page.\n"
          "\n"
          "### How to do it\n"
          "\n"
          "- [ ] Install the Jenkins plugin.\n"
          "\n"
          "### At the demo\n"
          "\n"
          "Show a failing build.\n"
          "\n"
          "/estimate 2h\n"
          "/label ~backstage-kickstart ~fill-catalog\",2026-11-29\r\n");
}

TEST_CASE("Azure Boards: exact file for the fixture, done actions left out on request") {
    Fixture f;
    f.context.leave_out_done = true;
    const std::string csv = kickstart::export_csv_azure_boards(f.context, f.answers, f.done, f.plan);
    CHECK(body(csv) ==
          "Work Item Type,Title,Description,Tags,Original Estimate\r\n"
          "Task,Discover repositories,\"<p>A full catalog.</p><h3>How to do it</h3><ol><li>Add the discovery module.</li>"
          "<li>Configure catalog.providers.github.</li></ol><h3>Snippets</h3><p>GitHub discovery "
          "(<code>app-config.yaml</code>):</p><pre><code>catalog:\n"
          "  providers:\n"
          "    github:\n"
          "      main:\n"
          "        organization: acme</code></pre><h3>At the demo</h3><p>Show the imported components.</p>"
          "<h3>Watch out for</h3><ul><li>Rate limits with a personal token.</li></ul><h3>Backstage docs</h3><ul>"
          "<li><a href=\"\"https://backstage.io/docs/integrations/github/discovery\"\">GitHub discovery</a></li></ul>\","
          "backstage-kickstart; fill-catalog,3\r\n"
          "Task,Jenkins builds,<p>Build status on the entity page.</p><h3>How to do it</h3><ol><li>Install the Jenkins "
          "plugin.</li></ol><h3>At the demo</h3><p>Show a failing build.</p>,backstage-kickstart; fill-catalog,2\r\n");
}

TEST_CASE("done actions: marked in every tracker, or left out of every tracker") {
    Fixture f;
    for (const auto write : {&kickstart::export_csv_jira, &kickstart::export_csv_gitlab,
                              &kickstart::export_csv_azure_boards}) {
        f.context.leave_out_done = false;
        const std::string marked = write(f.context, f.answers, f.done, f.plan);
        CHECK(marked.find("Create the app") != std::string::npos);
        f.context.leave_out_done = true;
        const std::string left_out = write(f.context, f.answers, f.done, f.plan);
        CHECK(left_out.find("Create the app") == std::string::npos);
        CHECK(left_out.find("Discover repositories") != std::string::npos);
    }
    f.context.leave_out_done = false;
    const std::string azure = kickstart::export_csv_azure_boards(f.context, f.answers, f.done, f.plan);
    CHECK(azure.find("backstage-kickstart; stand-up; done") != std::string::npos);
}

TEST_CASE("skipped actions are in no tracker's file; an estimate is the user's") {
    Fixture f;
    f.plan = kickstart::make_plan(fixture_catalog(), f.answers, kickstart::PlanEdits{f.done, {"discovery"}, {{"jenkins-plugin", 6.5}}});
    for (const auto write : {&kickstart::export_csv_jira, &kickstart::export_csv_gitlab,
                              &kickstart::export_csv_azure_boards}) {
        const std::string csv = write(f.context, f.answers, f.done, f.plan);
        CHECK(csv.find("Discover repositories") == std::string::npos);
        CHECK(csv.find("Create the app") != std::string::npos);
        CHECK(csv.find("Jenkins builds") != std::string::npos);
    }
    CHECK(kickstart::export_csv_jira(f.context, f.answers, f.done, f.plan).find(",23400,") != std::string::npos);  // 6.5 h
    CHECK(kickstart::export_csv_azure_boards(f.context, f.answers, f.done, f.plan).find("fill-catalog,6.5\r\n") !=
          std::string::npos);
}

// Property: every tracker's file, read back by a strict RFC 4180 reader, gives one record per
// action with the plan's titles, estimates and due dates — for random organisations whose
// name tries to break out of a cell, a formula or a line.
TEST_CASE("round trip: titles, estimates and due dates read back from every tracker's file") {
    std::mt19937 random(20261124);
    const auto& catalog = kickstart::builtin_knowledge().value().catalog;
    const auto& questionnaire = kickstart::builtin_knowledge().value().questionnaire;
    for (int round = 0; round < 40; ++round) {
        kickstart::Answers a = test_support::random_answers(questionnaire, random);
        a.values["org_name"] = std::string(round % 2 == 0 ? "=cmd|' /C calc'!A0, \"Inc\"\r\n" : "+Acme\n-@");
        std::set<std::string> done;
        const kickstart::Plan first = kickstart::make_plan(catalog, a);
        for (std::size_t i = 0; i < first.items.size(); i += 3) done.insert(catalog.actions()[first.items[i].action].id);
        const kickstart::Plan plan = kickstart::make_plan(catalog, a, done);
        const kickstart::Language language = round % 3 == 0 ? kickstart::Language::pl : kickstart::Language::en;
        kickstart::ExportContext context{questionnaire, catalog, translations(), language, "2026-12-30"};
        context.leave_out_done = round % 4 == 1;
        std::vector<const kickstart::PlanItem*> expected;
        for (const kickstart::PlanItem& item : plan.items) {
            if (!(item.done && context.leave_out_done)) expected.push_back(&item);
        }
        CAPTURE(round);

        const auto jira = read_csv(body(kickstart::export_csv_jira(context, a, done, plan)));
        const auto gitlab = read_csv(kickstart::export_csv_gitlab(context, a, done, plan));
        const auto azure = read_csv(body(kickstart::export_csv_azure_boards(context, a, done, plan)));
        REQUIRE(jira.has_value());
        REQUIRE(gitlab.has_value());
        REQUIRE(azure.has_value());
        REQUIRE(jira->size() == expected.size() + 1);
        REQUIRE(gitlab->size() == expected.size() + 1);
        REQUIRE(azure->size() == expected.size() + 1);
        std::string previous_due = "2026-12-30";
        for (std::size_t r = 0; r < expected.size(); ++r) {
            const kickstart::PlanItem& item = *expected[r];
            const std::string& title = catalog.actions()[item.action].title.in(language);
            const auto& j = (*jira)[r + 1];
            const auto& g = (*gitlab)[r + 1];
            const auto& z = (*azure)[r + 1];
            REQUIRE(j.size() == 8);
            REQUIRE(g.size() == 3);
            REQUIRE(z.size() == 5);
            CHECK(j[0] == title);
            CHECK(g[0] == title);
            CHECK(z[1] == title);
            CHECK(std::stol(j[5]) == std::lround(item.effort_hours * 3600.0));
            CHECK(std::stod(z[4]) == doctest::Approx(item.effort_hours).epsilon(0.005));
            CHECK(j[7] == (item.done ? "Done" : "To Do"));
            // Due dates: one per action, the same in Jira and GitLab, never before the one before.
            CHECK(kickstart::valid_date(j[6]));
            CHECK(j[6] == g[2]);
            CHECK(j[6] >= previous_due);
            previous_due = j[6];
            for (const auto* record : {&j, &g, &z}) {
                for (const std::string& cell : *record) {
                    CHECK(std::string_view("=+-@\t\r").find(cell.empty() ? 'x' : cell.front()) == std::string_view::npos);
                }
            }
        }
    }
}

TEST_CASE("the list of formats offers the three trackers, each file named for its tracker") {
    for (const auto& [name, file] : {std::pair{"csv-jira", "backstage-kickstart-plan-2026-11-24-jira.csv"},
                                     std::pair{"csv-gitlab", "backstage-kickstart-plan-2026-11-24-gitlab.csv"},
                                     std::pair{"csv-azure-boards",
                                               "backstage-kickstart-plan-2026-11-24-azure-boards.csv"}}) {
        const kickstart::ExportFormat* format = kickstart::find_export_format(name);
        REQUIRE(format != nullptr);
        CHECK(kickstart::export_file_name(*format, "2026-11-24") == file);
        CHECK(format->mime_type == "text/csv;charset=utf-8");
    }
}

}  // TEST_SUITE
