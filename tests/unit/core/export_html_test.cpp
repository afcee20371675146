#include "kickstart/core/export_html.hpp"

#include "support.hpp"

#include "kickstart/core/builtin.hpp"
#include "kickstart/core/export_formats.hpp"

#include <doctest/doctest.h>

using test_support::fixture_catalog;
using test_support::fixture_questionnaire;

namespace {

const kickstart::Translations& translations() {
    const auto& loaded = kickstart::builtin_translations();
    REQUIRE(loaded.ok());
    return loaded.value();
}

std::size_t count(std::string_view text, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string_view::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

std::string between(const std::string& text, std::string_view from, std::string_view to) {
    const std::size_t start = text.find(from);
    REQUIRE(start != std::string::npos);
    const std::size_t end = text.find(to, start);
    REQUIRE(end != std::string::npos);
    return text.substr(start, end + to.size() - start);
}

struct Fixture {
    kickstart::Answers answers =
        fixture_questionnaire().validate_text(R"({"org_name": "Acme", "scm": "github", "ci": ["jenkins"]})").value();
    std::set<std::string> done{"create-app"};
    kickstart::Plan plan = kickstart::make_plan(fixture_catalog(), answers, done);
    kickstart::ExportContext context{fixture_questionnaire(), fixture_catalog(), translations(), kickstart::Language::en,
                                     "2026-11-24"};
    std::string html = kickstart::export_html(context, answers, done, plan);
};

}  // namespace

TEST_SUITE("html report") {

TEST_CASE("escaping: the five HTML characters as entities, control characters as spaces") {
    CHECK(kickstart::escape_html("<a href=\"x\" title='y'>&amp;</a>") ==
          "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    CHECK(kickstart::escape_html("a\x01\x7F\tb\nc\r") == "a  \tb\nc ");
    CHECK(kickstart::escape_html("Zażółć") == "Zażółć");
}

TEST_CASE("one self-contained page: no script, no request, the language set, two pictures") {
    const Fixture f;
    CHECK(f.html.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">", 0) == 0);
    CHECK(f.html.find("<title>Backstage Kickstart plan for Acme</title>") != std::string::npos);
    CHECK(count(f.html, "<svg ") == 2);
    CHECK(count(f.html, "</svg>") == 2);
    CHECK(f.html.find("<script") == std::string::npos);
    CHECK(f.html.find(" src=") == std::string::npos);
    CHECK(f.html.find("url(") == std::string::npos);
    CHECK(f.html.find("@import") == std::string::npos);
    CHECK(f.html.find("<link") == std::string::npos);
    CHECK(f.html.find("@media print") != std::string::npos);
    // The only addresses are links to the docs, the in-page anchors, and SVG's namespace.
    for (std::size_t at = f.html.find("http"); at != std::string::npos; at = f.html.find("http", at + 1)) {
        const std::string_view rest = std::string_view(f.html).substr(at);
        const bool allowed = rest.starts_with("https://backstage.io/") || rest.starts_with("http://www.w3.org/2000/svg") ||
                             rest.starts_with("http-equiv") || rest.starts_with("http\"]::after");  // the print style's link rule
        CHECK_MESSAGE(allowed, rest.substr(0, 60));
    }
    const std::string polish = kickstart::export_html(
        {fixture_questionnaire(), fixture_catalog(), translations(), kickstart::Language::pl, "2026-11-24"}, f.answers,
        f.done, f.plan);
    CHECK(polish.find("<html lang=\"pl\">") != std::string::npos);
    CHECK(polish.find("Ten plan: ") != std::string::npos);
}

TEST_CASE("the fixture: exact summary and action") {
    const Fixture f;
    CHECK(between(f.html, "<table>\n<tbody>", "</tbody>") ==
          "<table>\n<tbody>\n"
          "<tr><th scope=\"row\">Hours before the demo</th><td>32 h (8 h a week for 4 weeks)</td></tr>\n"
          "<tr><th scope=\"row\">Actions</th><td>3 in the plan, 3 of them before the demo</td></tr>\n"
          "<tr><th scope=\"row\">Total effort</th><td>7 h</td></tr>\n"
          "<tr><th scope=\"row\">Delivered by the demo</th><td>all of what your stakeholders asked for, weighted by "
          "their priorities</td></tr>\n"
          "<tr><th scope=\"row\">Order</th><td>the order that delivers the most value soonest, among those that have "
          "the demo ready on time (proven the best)</td></tr>\n"
          "<tr><th scope=\"row\">Done so far</th><td>1 of 3 actions (2 h)</td></tr>\n"
          "</tbody>");
    CHECK(between(f.html, "<article class=\"action\" id=\"action-discovery\">", "</article>") ==
          "<article class=\"action\" id=\"action-discovery\">\n"
          "<h3>2. Discover repositories</h3>\n"
          "<p class=\"facts\"><label><input type=\"checkbox\" disabled> Done</label> · 3 h · week 1 · Step 2: Fill the "
          "catalog</p>\n"
          "<p><strong>What it shows:</strong> A full catalog.</p>\n"
          "<p><strong>Why here:</strong> Needs <a href=\"#action-create-app\">Create the app</a>. Unlocks <a "
          "href=\"#action-jenkins-plugin\">Jenkins builds</a>. It serves what your stakeholders asked for: clear "
          "ownership, finding docs.</p>\n"
          "<h4>How to do it</h4>\n"
          "<ol>\n"
          "<li>Add the discovery module.</li>\n"
          "<li>Configure catalog.providers.github.</li>\n"
          "</ol>\n"
          "<figure class=\"snippet\"><figcaption>GitHub discovery — <code>app-config.yaml</code></figcaption><pre><code "
          "class=\"language-yaml\">catalog:\n"
          "  providers:\n"
          "    github:\n"
          "      main:\n"
          "        organization: acme</code></pre></figure>\n"
          "<p><strong>At the demo:</strong> Show the imported components.</p>\n"
          "<h4>Watch out for</h4>\n"
          "<ul>\n"
          "<li>Rate limits with a personal token.</li>\n"
          "</ul>\n"
          "<h4>Backstage docs</h4>\n"
          "<ul>\n"
          "<li><a href=\"https://backstage.io/docs/integrations/github/discovery\">GitHub discovery</a></li>\n"
          "</ul>\n"
          "</article>");
    CHECK(f.html.find("<input type=\"checkbox\" disabled checked> Done") != std::string::npos);
    CHECK(f.html.find(">This plan: 100% by the demo</text>") != std::string::npos);
    CHECK(f.html.find(">Catalog step order: 100%</text>") != std::string::npos);
}

TEST_CASE("user text through every text question comes out as text, never markup") {
    const std::string injected = "<script>alert(\"x\")</script><img src=x onerror='y'> & \"q\" \x01\x1b[31m";
    kickstart::Answers answers = fixture_questionnaire().defaults();
    for (const kickstart::Question& question : fixture_questionnaire().questions()) {
        if (question.kind == kickstart::QuestionKind::text) answers.values[question.id] = injected;
    }
    const kickstart::Plan plan = kickstart::make_plan(fixture_catalog(), answers);
    const std::string html = kickstart::export_html(
        {fixture_questionnaire(), fixture_catalog(), translations(), kickstart::Language::en, "2026-11-24"}, answers, {},
        plan);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find('\x01') == std::string::npos);
    CHECK(html.find('\x1b') == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;y&#39;&gt; &amp; "
                    "&quot;q&quot;") != std::string::npos);
}

TEST_CASE("skipped by you: a short list after the plan; an estimate marked as the user's") {
    Fixture f;
    const kickstart::Plan plan =
        kickstart::make_plan(fixture_catalog(), f.answers, kickstart::PlanEdits{f.done, {"discovery"}, {{"jenkins-plugin", 6.5}}});
    const std::string html = kickstart::export_html(f.context, f.answers, f.done, plan);
    CHECK(between(html, "<section aria-labelledby=\"skipped\">", "</section>") ==
          "<section aria-labelledby=\"skipped\">\n<h2 id=\"skipped\">Skipped by you</h2>\n<ul>\n"
          "<li>Discover repositories</li>\n</ul>\n</section>");
    CHECK(html.find("6.5 h (your estimate; the catalog says 2 h)") != std::string::npos);
    CHECK(html.find("id=\"action-discovery\"") == std::string::npos);
    CHECK(f.html.find("Skipped by you") == std::string::npos);  // no edits, no list
}

TEST_CASE("the list of formats offers the report, named .html") {
    const kickstart::ExportFormat* format = kickstart::find_export_format("html");
    REQUIRE(format != nullptr);
    CHECK(kickstart::export_file_name(*format, "2026-11-24") == "backstage-kickstart-plan-2026-11-24.html");
    CHECK(format->mime_type == "text/html;charset=utf-8");
}

}  // TEST_SUITE
