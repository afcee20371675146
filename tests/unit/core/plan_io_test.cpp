#include "kickstart/core/plan_io.hpp"

#include "support.hpp"

#include "kickstart/core/builtin.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using test_support::fixture_catalog;
using test_support::fixture_questionnaire;

namespace {

const kickstart::Translations& translations() {
    const auto& loaded = kickstart::builtin_translations();
    REQUIRE(loaded.ok());
    return loaded.value();
}

kickstart::ExportContext context(kickstart::Language language = kickstart::Language::en) {
    return {fixture_questionnaire(), fixture_catalog(), translations(), language, "2026-11-24"};
}

kickstart::Answers answers(std::string_view json) {
    const auto result = fixture_questionnaire().validate_text(json);
    REQUIRE_MESSAGE(result.ok(), test_support::message(result.error()));
    return result.value();
}

std::string import_error(std::string_view text, kickstart::Language language = kickstart::Language::en) {
    const auto result = kickstart::import_plan_json(text, fixture_questionnaire(), fixture_catalog());
    REQUIRE_FALSE(result.ok());
    return test_support::message(result.error(), language);
}

}  // namespace

TEST_SUITE("plan io") {

TEST_CASE("escaping: user text cannot become HTML, links, emphasis, headings or new lines") {
    CHECK(kickstart::escape_markdown("<script>alert(1)</script>") == "&lt;script&gt;alert\\(1\\)&lt;/script&gt;");
    CHECK(kickstart::escape_markdown("[click](javascript:x)") == "\\[click\\]\\(javascript\\:x\\)");
    CHECK(kickstart::escape_markdown("# *bold* | `code`") == "\\# \\*bold\\* \\| \\`code\\`");
    CHECK(kickstart::escape_markdown("a\nb\r\tc\x01") == "a b  c ");
    CHECK(kickstart::escape_markdown("Zażółć gęślą") == "Zażółć gęślą");
    CHECK(kickstart::slug("Zażółć Gęślą Jaźń, Inc.") == "zazolc-gesla-jazn-inc");
    CHECK(kickstart::slug("<>") == "my-org");
    CHECK(kickstart::valid_date("2026-11-24"));
    CHECK_FALSE(kickstart::valid_date("2026-02-30"));
    CHECK_FALSE(kickstart::valid_date("24.11.2026"));
}

TEST_CASE("snippets: the name quoted the YAML way, a slug from any Latin letters, each language's own comments") {
    const kickstart::Snippet snippet{{}, "app-config.yaml", "yaml",
                                     "app:\n"
                                     "  title: '{{org_name}} Developer Portal' # {{en:shown in the tab}}{{pl:widać na karcie}}\n"
                                     "organization:\n"
                                     "  name: \"{{org_name}}\"\n"
                                     "  plain: {{org_name}}\n"
                                     "  # it's {{org_name}} in a comment\n"
                                     "  slug: {{org_slug}}\n"};
    const auto render = [&](std::string_view name, kickstart::Language language = kickstart::Language::en) {
        const auto a = answers(nlohmann::json{{"org_name", name}}.dump());
        return kickstart::render_snippet_code(snippet, a, language);
    };
    CHECK(render("O'Reilly Ops") ==
          "app:\n"
          "  title: 'O''Reilly Ops Developer Portal' # shown in the tab\n"
          "organization:\n"
          "  name: \"O'Reilly Ops\"\n"
          "  plain: OReilly Ops\n"
          "  # it's OReilly Ops in a comment\n"
          "  slug: o-reilly-ops\n");
    // Quotes, backslashes, brackets, backticks and $ never come through: nothing can end the
    // scalar, turn into HTML or a link, or be substituted by Backstage (${VAR}).
    CHECK(render("Say \"hi\" \\ AT&T <img> [x](y) `z` ${SECRET}", kickstart::Language::pl) ==
          "app:\n"
          "  title: 'Say hi  AT&T img x(y) z SECRET Developer Portal' # widać na karcie\n"
          "organization:\n"
          "  name: \"Say hi  AT&T img x(y) z SECRET\"\n"
          "  plain: Say hi  ATT img xy z SECRET\n"
          "  # it's Say hi  ATT img xy z SECRET in a comment\n"
          "  slug: say-hi-at-t-img-x-y-z-secret\n");
    // What is filled in is not read again as a placeholder; an unclosed one stays as written.
    CHECK(render("{{org_slug}}").find("'org_slug Developer Portal'") != std::string::npos);
    const kickstart::Snippet unclosed{{}, "terminal", "shell", "echo {{en:no end\n{{pl:}}"};
    CHECK(kickstart::render_snippet_code(unclosed, answers("{}"), kickstart::Language::pl) == "echo {{en:no end\n");
    // Outside YAML the name is never quoted the YAML way.
    const kickstart::Snippet typescript{{}, "App.tsx", "typescript", "const title = '{{org_name}}';"};
    CHECK(kickstart::render_snippet_code(typescript, answers(R"({"org_name": "O'Reilly"})"), kickstart::Language::en) ==
          "const title = 'OReilly';");

    CHECK(kickstart::slug("Ünïcödé Straße GmbH") == "unicode-strasse-gmbh");
    CHECK(kickstart::slug("Æsir Øresund Œuvre Þing") == "aesir-oresund-oeuvre-thing");
    CHECK(kickstart::slug("ŁÓDŹ, Kraków & Košice") == "lodz-krakow-kosice");
    CHECK(kickstart::slug("× ÷ € 東京") == "my-org");
    const std::string long_name = kickstart::slug(std::string(80, 'a') + " b");
    CHECK(long_name == std::string(63, 'a'));
    std::string eszetts;
    for (int i = 0; i < 40; ++i) eszetts += "ß";
    CHECK(kickstart::slug(eszetts) == std::string(62, 's'));  // never half a letter
}

TEST_CASE("Markdown: title, answers, summary, sections, checkboxes, snippets, links and a gantt chart") {
    const auto a = answers(R"json({"org_name": "Acme <b>[x](y)", "hours_per_week": 2, "weeks_to_demo": 1})json");
    const auto plan = kickstart::make_plan(fixture_catalog(), a, {"create-app"});
    const std::string md = kickstart::export_markdown(context(), a, {"create-app"}, plan);
    CHECK(md.rfind("# Backstage Kickstart plan for Acme &lt;b&gt;\\[x\\]\\(y\\)\n", 0) == 0);
    CHECK(md.find("<b>") == std::string::npos);
    CHECK(md.find("| Hours before the demo | 2 h (2 h a week for 1 week) |") != std::string::npos);
    CHECK(md.find("| Organisation | Acme &lt;b&gt;\\[x\\]\\(y\\) |") != std::string::npos);
    CHECK(md.find("## Before the demo") != std::string::npos);
    CHECK(md.find("## After the demo") != std::string::npos);
    CHECK(md.find("- [x] **Done** · 2 h · week 1 · Step 1: Stand it up") != std::string::npos);
    CHECK(md.find("- [ ] **Done** · 3 h · week 3 · Step 2: Fill the catalog") != std::string::npos);
    CHECK(md.find("```yaml\ncatalog:\n  providers:\n    github:\n      main:\n        organization: acme-b-x-y\n```") !=
          std::string::npos);
    CHECK(md.find("- [GitHub discovery](https://backstage.io/docs/integrations/github/discovery)") != std::string::npos);
    CHECK(md.find("```mermaid\ngantt\n  dateFormat YYYY-MM-DD\n  axisFormat %d %b\n") != std::string::npos);
    CHECK(md.find("  1. Create the app :done, a1, 2026-11-24, 7d") != std::string::npos);
    CHECK(md.find("  Stakeholder demo :milestone, demo, 2026-12-01, 0d") != std::string::npos);
    CHECK(md.find("## Left out for your setup\n\n- Jenkins builds") != std::string::npos);
    CHECK(md.back() == '\n');
}

TEST_CASE("Markdown in Polish uses the Polish texts") {
    const auto a = answers("{}");
    const auto plan = kickstart::make_plan(fixture_catalog(), a);
    const std::string md = kickstart::export_markdown(context(kickstart::Language::pl), a, {}, plan);
    CHECK(md.find("# Plan Backstage Kickstart\n") == 0);
    CHECK(md.find("## Przed demo") != std::string::npos);
    CHECK(md.find("### 1. Utwórz aplikację") != std::string::npos);
    // Mermaid names months in English only: the Polish chart writes day and month as numbers.
    CHECK(md.find("  axisFormat %d.%m\n") != std::string::npos);
    CHECK(md.find("%b") == std::string::npos);
}

TEST_CASE("JSON: versioned schema with answers, summary and items") {
    const auto a = answers(R"({"org_name": "Acme", "scm": "gitlab"})");
    const auto plan = kickstart::make_plan(fixture_catalog(), a, {"discovery"});
    const auto json = nlohmann::json::parse(kickstart::export_json(context(), a, {"discovery"}, plan));
    CHECK(json["schema"] == "backstage-kickstart/plan");
    CHECK(json["version"] == 1);
    CHECK(json["generated_on"] == "2026-11-24");
    CHECK(json["answers"]["scm"] == "gitlab");
    CHECK(json["progress"]["done"] == nlohmann::json::array({"discovery"}));
    CHECK(json["summary"]["order_method"] == "exact");
    CHECK(json["summary"]["actions"] == 2);
    REQUIRE(json["items"].size() == 2);
    const auto& item = json["items"][1];
    CHECK(item["order"] == 2);
    CHECK(item["id"] == "discovery");
    CHECK(item["step"] == "fill-catalog");
    CHECK(item["effort_hours"] == 4.0);
    CHECK(item["start_hour"] == 2.0);
    CHECK(item["finish_hour"] == 6.0);
    CHECK(item["before_demo"] == true);
    CHECK(item["done"] == true);
    CHECK(item["needs"] == nlohmann::json::array({"create-app"}));
    CHECK(item["how"].back() == "Configure catalog.providers.gitlab.");
    CHECK(json["share_link"].get<std::string>().rfind("v2.", 0) == 0);
}

TEST_CASE("round trip: plan -> JSON -> import -> plan gives byte-identical exports") {
    std::mt19937 random(11);
    for (int i = 0; i < 200; ++i) {
        const kickstart::Answers a = test_support::random_answers(fixture_questionnaire(), random);
        std::set<std::string> done;
        for (const auto& action : fixture_catalog().actions()) {
            if (random() % 3 == 0) done.insert(action.id);
        }
        const auto plan = kickstart::make_plan(fixture_catalog(), a, done);
        const std::string json = kickstart::export_json(context(), a, done, plan);
        const auto imported = kickstart::import_plan_json(json, fixture_questionnaire(), fixture_catalog());
        REQUIRE_MESSAGE(imported.ok(), test_support::message(imported.error()));
        CHECK(imported.value().answers == a);
        const auto again = kickstart::make_plan(fixture_catalog(), imported.value().answers, imported.value().edits.done);
        REQUIRE(kickstart::export_json(context(), imported.value().answers, imported.value().edits.done, again) == json);
        REQUIRE(kickstart::export_markdown(context(), imported.value().answers, imported.value().edits.done, again) ==
                kickstart::export_markdown(context(), a, done, plan));
    }
}

TEST_CASE("round trip: skips and estimates go into the JSON's progress and come back; the plan is the same") {
    std::mt19937 random(12);
    for (int i = 0; i < 200; ++i) {
        const kickstart::Answers a = test_support::random_answers(fixture_questionnaire(), random);
        kickstart::PlanEdits edits;
        for (const auto& action : fixture_catalog().actions()) {
            if (random() % 3 == 0) edits.done.insert(action.id);
            if (random() % 3 == 0) edits.skipped.insert(action.id);
            if (random() % 3 == 0) edits.hours[action.id] = static_cast<double>(1 + random() % 80) / 4.0;
        }
        const auto plan = kickstart::make_plan(fixture_catalog(), a, edits);
        const std::string json = kickstart::export_json(context(), a, edits.done, plan);
        const auto imported = kickstart::import_plan_json(json, fixture_questionnaire(), fixture_catalog());
        REQUIRE_MESSAGE(imported.ok(), test_support::message(imported.error()));
        CHECK(imported.value().answers == a);
        // What the plan was made with: skips and estimates of the actions that apply.
        REQUIRE(imported.value().edits == kickstart::shared_edits(edits.done, plan));
        const auto again = kickstart::make_plan(fixture_catalog(), imported.value().answers, imported.value().edits);
        REQUIRE(kickstart::export_json(context(), a, imported.value().edits.done, again) == json);
        REQUIRE(kickstart::export_markdown(context(), a, imported.value().edits.done, again) ==
                kickstart::export_markdown(context(), a, edits.done, plan));
    }
}

TEST_CASE("JSON and Markdown: skipped actions listed as skipped by you, an estimate marked as the user's") {
    const kickstart::Answers a = answers(R"({"scm": "gitlab", "ci": ["jenkins"]})");
    const kickstart::PlanEdits edits{{}, {"discovery"}, {{"jenkins-plugin", 4.5}}};
    const auto plan = kickstart::make_plan(fixture_catalog(), a, edits);
    const auto json = nlohmann::json::parse(kickstart::export_json(context(), a, {}, plan));
    CHECK(json["progress"]["skipped"] == nlohmann::json::array({"discovery"}));
    CHECK(json["progress"]["hours"] == nlohmann::json{{"jenkins-plugin", 4.5}});
    CHECK(json["skipped"] == nlohmann::json::array({"discovery"}));
    REQUIRE(json["items"].size() == 2);
    CHECK(json["items"][1]["id"] == "jenkins-plugin");
    CHECK(json["items"][1]["effort_hours"] == 4.5);
    CHECK(json["items"][1]["catalog_hours"] == 2.0);
    CHECK(json["items"][1]["user_estimate"] == true);
    CHECK(json["items"][1]["needs"] == nlohmann::json::array());  // the skipped prerequisite counts as there
    const std::string md = kickstart::export_markdown(context(), a, {}, plan);
    CHECK(md.find("## Skipped by you\n\n- Discover repositories\n") != std::string::npos);
    CHECK(md.find("4.5 h (your estimate; the catalog says 2 h)") != std::string::npos);
    const std::string md_pl = kickstart::export_markdown(context(kickstart::Language::pl), a, {}, plan);
    CHECK(md_pl.find("## Pominięte przez Ciebie\n") != std::string::npos);
    CHECK(md_pl.find("4,5 h (Twój szacunek; katalog podaje 2 h)") != std::string::npos);
}

TEST_CASE("property: random and mutated plan files never crash, and what imports is valid") {
    std::mt19937 random(4242);
    const std::string alphabet = "{}[]\",:0123456789abcdefghijklmnopqrstuvwxyz -.\\";
    std::size_t imported = 0;
    for (int i = 0; i < 2000; ++i) {
        const kickstart::Answers a = test_support::random_answers(fixture_questionnaire(), random);
        std::string text = kickstart::export_json(context(), a, {"discovery"}, kickstart::make_plan(fixture_catalog(), a));
        const int edits = 1 + static_cast<int>(random() % 4);
        for (int e = 0; e < edits; ++e) {
            const std::size_t at = random() % text.size();
            switch (random() % 4) {
                case 0: text[at] = alphabet[random() % alphabet.size()]; break;
                case 1: text.erase(at, 1 + random() % 8); break;
                case 2: text.insert(at, 1, alphabet[random() % alphabet.size()]); break;
                default: text.resize(at); break;  // cut short
            }
            if (text.empty()) text.push_back('{');  // (not = "{": GCC 12 warns falsely)
        }
        const auto result = kickstart::import_plan_json(text, fixture_questionnaire(), fixture_catalog());
        if (!result.ok()) {
            REQUIRE(test_support::message(result.error()).rfind("plan file", 0) == 0);  // says which input was wrong
            REQUIRE(test_support::message(result.error(), kickstart::Language::pl).rfind("plik planu", 0) == 0);
            continue;
        }
        ++imported;
        REQUIRE(fixture_questionnaire().validate(fixture_questionnaire().to_json(result.value().answers)).ok());
        for (const std::string& id : result.value().edits.done) REQUIRE(fixture_catalog().find(id) != nullptr);
    }
    MESSAGE(imported << " of 2000 mutated plan files still imported (edits inside texts the import ignores)");
}

TEST_CASE("property: mutated answers files are validated or refused, never half taken") {
    std::mt19937 random(77);
    const std::string alphabet = "{}[]\",:0123456789abcdefghijklmnopqrstuvwxyz -";
    for (int i = 0; i < 3000; ++i) {
        std::string text =
            fixture_questionnaire().to_json(test_support::random_answers(fixture_questionnaire(), random)).dump();
        const std::size_t at = random() % text.size();
        if (random() % 2 == 0) {
            text[at] = alphabet[random() % alphabet.size()];
        } else {
            text.erase(at, 1 + random() % 6);
        }
        const auto result = fixture_questionnaire().validate_text(text);
        if (result.ok()) {
            REQUIRE(fixture_questionnaire().validate(fixture_questionnaire().to_json(result.value())).ok());
        } else {
            REQUIRE(test_support::message(result.error()).rfind("answers", 0) == 0);
        }
    }
}

TEST_CASE("the demo: which one is ready, the guided one instead, or none and what would make it fit") {
    const auto& builtin = kickstart::builtin_knowledge();
    REQUIRE(builtin.ok());
    const kickstart::Knowledge& k = builtin.value();
    const auto plan_for = [&](std::string_view json) {
        const auto answers = k.questionnaire.validate_text(json);
        REQUIRE_MESSAGE(answers.ok(), test_support::message(answers.error()));
        return kickstart::make_plan(k.catalog, answers.value());
    };
    const auto text = [&](const kickstart::Plan& plan, kickstart::Language language) {
        return kickstart::demo_outlook_text(plan.demo, plan, k.translations, language);
    };
    // 150 engineers, self-managed GitLab, Okta, Jenkins and Argo CD, 5 h a week for 6 weeks.
    const std::string realistic =
        R"("engineers": 150, "repositories": 300, "scm": "gitlab-self-managed", "idp": "okta",
           "ci": ["jenkins", "argocd"], "kubernetes": "yes", "docs_source": "confluence",
           "hours_per_week": 5, "weeks_to_demo": 6)";
    const kickstart::Plan guided = plan_for("{" + realistic + R"(, "demo_style": "guided"})");
    CHECK(guided.demo.outlook == kickstart::DemoOutlook::ready);
    CHECK(text(guided, kickstart::Language::en) ==
          "A guided demo, ready on the demo date: its preparation is the last work before it and ends at 28.5 h "
          "of the 30 h.");
    CHECK(text(guided, kickstart::Language::pl) ==
          "Demo (prowadzone) gotowe na czas: przygotowanie do niego to ostatnia praca przed nim i kończy się po "
          "28,5 h z 30 h.");
    const kickstart::Plan hands_on = plan_for("{" + realistic + R"(, "demo_style": "hands-on"})");
    CHECK(hands_on.demo.outlook == kickstart::DemoOutlook::guided_instead);
    CHECK(text(hands_on, kickstart::Language::en) ==
          "A hands-on demo needs 39.5 h of work; you have 30 h: this plan prepares a guided demo.");
    CHECK(text(hands_on, kickstart::Language::pl) ==
          "Demo, w którym interesariusze klikają sami, wymaga 39,5 h pracy; masz 30 h: ten plan przygotowuje demo "
          "prowadzone.");
    const kickstart::Plan none = plan_for(R"({"hours_per_week": 2, "weeks_to_demo": 2, "demo_style": "hands-on"})");
    CHECK(none.demo.outlook == kickstart::DemoOutlook::cannot_be_ready);
    CHECK(text(none, kickstart::Language::en) ==
          "No demo can be ready: even a guided demo needs 15 h of work, and you have 4 h. It fits with 8 h a "
          "week (same weeks), or with 8 weeks to the demo (same hours a week).");
    CHECK(text(none, kickstart::Language::pl) ==
          "Żadne demo nie będzie gotowe: nawet demo prowadzone wymaga 15 h pracy, a masz 4 h. Zmieści się "
          "przy 8 h tygodniowo (przy tej samej liczbie tygodni) albo przy 8 tygodniach do demo (przy tych "
          "samych godzinach tygodniowo).");
    // The same sentences reach the Markdown and the JSON.
    const kickstart::ExportContext context{k.questionnaire, k.catalog, k.translations, kickstart::Language::en,
                                           "2026-11-24"};
    const auto answers = k.questionnaire.validate_text(R"({"hours_per_week": 2, "weeks_to_demo": 2})");
    REQUIRE(answers.ok());
    const kickstart::Plan small = kickstart::make_plan(k.catalog, answers.value());
    CHECK(kickstart::export_markdown(context, answers.value(), {}, small)
              .find("> **" + text(small, kickstart::Language::en) + "**") != std::string::npos);
    const auto document = nlohmann::json::parse(kickstart::export_json(context, answers.value(), {}, small));
    CHECK(document["demo"]["notice"] == text(small, kickstart::Language::en));
    CHECK(document["demo"]["outlook"] == "cannot-be-ready");
    CHECK(document["demo"]["style"].is_null());
    CHECK(document["demo"]["date"] == "2026-12-08");
    CHECK(document["demo"]["preparation"] == "demo-script");
}

TEST_CASE("import: newer fields ignored, missing ones defaulted, newer versions and broken files refused") {
    const auto minimal = kickstart::import_plan_json(
        R"({"schema": "backstage-kickstart/plan", "version": 1, "future_field": {"x": 1},
            "answers": {"scm": "gitlab", "future_question": 3}, "progress": {"done": ["discovery", "gone"]}})",
        fixture_questionnaire(), fixture_catalog());
    REQUIRE(minimal.ok());
    CHECK(minimal.value().answers.text("scm") == "gitlab");
    CHECK(minimal.value().answers.number("hours_per_week") == 8);
    CHECK(minimal.value().edits.done == std::set<std::string>{"discovery"});

    CHECK(import_error("not json") ==
          "plan file: not valid JSON (line 1, column 2; expected the JSON downloaded from Backstage Kickstart)");
    CHECK(import_error(R"({"schema": "backstage-kickstart/plan", "version": 2})") ==
          "plan file: version: version 2 was made by a newer Backstage Kickstart; this one reads up to version 1");
    CHECK(import_error(R"({"schema": "backstage-kickstart/catalog", "version": 1})") ==
          "plan file: schema: expected 'backstage-kickstart/plan', got 'backstage-kickstart/catalog'");
    CHECK(import_error(R"({"schema": "backstage-kickstart/plan", "version": 1, "answers": {"scm": "svn"}})") ==
          "plan file: answers.scm: 'svn' is not one of github, github-enterprise, gitlab");
    CHECK(import_error(R"({"schema": "backstage-kickstart/plan", "version": 1, "progress": {"done": 3}})") ==
          "plan file: progress.done: expected a list of action ids, got a number");
    CHECK(import_error(std::string(5 * 1024 * 1024, ' ')) ==
          "plan file is 5 MB; a plan file is at most 4 MB (is this the JSON downloaded from Backstage Kickstart?)");
}

TEST_CASE("import: skips and estimates, with unknown ids dropped and bad values refused") {
    const auto imported = kickstart::import_plan_json(
        R"({"schema": "backstage-kickstart/plan", "version": 1,
            "progress": {"done": [], "skipped": ["discovery", "gone", 7],
                         "hours": {"create-app": 3.3, "jenkins-plugin": 1000, "gone": 2}}})",
        fixture_questionnaire(), fixture_catalog());
    REQUIRE_MESSAGE(imported.ok(), test_support::message(imported.error()));
    CHECK(imported.value().edits.skipped == std::set<std::string>{"discovery"});
    // In quarter hours, as the planner plans them.
    CHECK(imported.value().edits.hours ==
          std::map<std::string, double, std::less<>>{{"create-app", 3.25}, {"jenkins-plugin", 1000.0}});
    const std::string head = R"({"schema": "backstage-kickstart/plan", "version": 1, "progress": )";
    CHECK(import_error(head + R"({"skipped": "discovery"}})") ==
          "plan file: progress.skipped: expected a list of action ids, got a string");
    CHECK(import_error(head + R"({"hours": [4]}})") ==
          "plan file: progress.hours: expected an object of action id -> hours, got an array");
    CHECK(import_error(head + R"({"hours": {"discovery": "4"}}})") ==
          "plan file: progress.hours.discovery: expected a number, got a string");
    CHECK(import_error(head + R"({"hours": {"discovery": 0}}})") ==
          "plan file: progress.hours.discovery: expected hours above 0 and at most 1000, got 0");
    CHECK(import_error(head + R"({"hours": {"discovery": 1000.5}}})") ==
          "plan file: progress.hours.discovery: expected hours above 0 and at most 1000, got 1000.5");
    CHECK(import_error(head + R"({"hours": {"discovery": -2}}})", kickstart::Language::pl) ==
          "plik planu: progress.hours.discovery: oczekiwano liczby godzin większej od 0 i najwyżej 1000, podano -2");
    CHECK(import_error(head + R"({"hours": 5}})", kickstart::Language::pl) ==
          "plik planu: progress.hours: oczekiwano obiektu: identyfikator działania -> godziny, podano: liczba");
}

TEST_CASE("import problems in Polish") {
    const kickstart::Language pl = kickstart::Language::pl;
    CHECK(import_error(R"({"schema": "backstage-kickstart/plan", "version": 2})", pl) ==
          "plik planu: version: wersja 2 pochodzi z nowszego Backstage Kickstart; ten odczytuje wersje najwyżej do 1");
    CHECK(import_error(R"({"schema": "backstage-kickstart/plan", "version": 1, "answers": {"scm": "svn"}})", pl) ==
          "plik planu: answers.scm: 'svn' nie jest żadną z wartości: github, github-enterprise, gitlab");
    CHECK(import_error(R"({"schema": "backstage-kickstart/plan", "version": 1, "progress": {"done": 3}})", pl) ==
          "plik planu: progress.done: oczekiwano listy identyfikatorów działań, podano: liczba");
    CHECK(import_error(std::string(4 * 1024 * 1024 + 512 * 1024, ' '), pl) ==
          "plik planu ma 4,5 MB; plik planu ma najwyżej 4 MB (czy to JSON pobrany z Backstage Kickstart?)");
}

}  // TEST_SUITE
