// The semantics tree (src/app/semantics.cpp): what the page's DOM mirror tells screen readers
// and the browser's own tools, recorded while the frame is drawn.
#include "app_driver.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

using app_test::AppDriver;
using app_test::Visit;
using kickstart::app::Role;
using kickstart::app::SemanticNode;
using kickstart::app::Semantics;

namespace {

const Semantics& tree(AppDriver& page) { return page.app().widgets().semantics(); }

const SemanticNode& node(AppDriver& page, std::string_view id) {
    const SemanticNode* found = tree(page).by_id(id);
    REQUIRE_MESSAGE(found != nullptr, "no node '" << id << "'");
    return *found;
}

std::string parent_id(AppDriver& page, const SemanticNode& child) {
    if (child.parent < 0) return "";
    return tree(page).nodes()[static_cast<std::size_t>(child.parent)].id;
}

// Every widget the probe named is a node, and every widget that takes the focus has a name.
void check_complete(AppDriver& page) {
    for (const auto& [name, rect] : page.app().widgets().rects()) {
        CHECK_MESSAGE(tree(page).by_id(name) != nullptr, "widget '" << name << "' has no node");
    }
    for (const SemanticNode& n : tree(page).nodes()) {
        if (n.focusable) CHECK_MESSAGE(!n.name.empty(), "focusable node '" << n.id << "' has no name");
        if (n.imgui_id != 0) CHECK_MESSAGE(n.rect.width > 0, "node '" << n.id << "' has no rectangle");
        // A row of choices is announced by its name ("Language, radio group").
        if (n.role == Role::radio_group || n.role == Role::tab_list || n.role == Role::question) {
            CHECK_MESSAGE(!n.name.empty(), "group '" << n.id << "' has no name");
        }
    }
}

}  // namespace

TEST_SUITE("semantics") {

TEST_CASE("every widget drawn on every screen is a node with a name") {
    for (const auto language : {kickstart::Language::en, kickstart::Language::pl}) {
        CAPTURE(kickstart::language_code(language));
        AppDriver page(Visit{.language = language});
        check_complete(page);
        page.click("welcome.start");
        for (int section = 0; section < 3; ++section) {
            CAPTURE(section);
            check_complete(page);
            page.click("nav.next");
        }
        CHECK(page.state().screen == kickstart::app::Screen::review);
        check_complete(page);
        page.click("review.to_plan");
        check_complete(page);
        page.click("plan.tab.1");
        check_complete(page);
        page.click("plan.start_over");
        check_complete(page);
    }
}

TEST_CASE("roles, names and states follow the widgets, in the current language") {
    AppDriver page;
    CHECK(node(page, "welcome.start").role == Role::button);
    CHECK(node(page, "welcome.start").name == "Start");
    CHECK(node(page, "top.language").role == Role::radio_group);
    CHECK(node(page, "top.language").name == "Language");
    CHECK(node(page, "top.theme").name == "Colour scheme");
    CHECK(node(page, "top.language.0").role == Role::radio);
    CHECK(node(page, "top.language.0").checked);
    CHECK_FALSE(node(page, "top.language.1").checked);
    CHECK(parent_id(page, node(page, "top.language.1")) == "top.language");

    page.click("top.language.1");
    CHECK(node(page, "welcome.start").name == "Zaczynamy");
    CHECK(node(page, "top.language").name == "Język");
    CHECK(node(page, "top.language.1").checked);
    page.click("welcome.start");
    page.click("nav.next");  // Tools
    const SemanticNode& scm = node(page, "q.scm.group");
    CHECK(scm.role == Role::question);
    CHECK(scm.name == app_test::knowledge().questionnaire.find("scm")->title.in(kickstart::Language::pl));
    CHECK(node(page, "q.scm.gitlab").role == Role::radio);
    CHECK_FALSE(node(page, "q.scm.gitlab").checked);
    CHECK(parent_id(page, node(page, "q.scm.gitlab")) == "q.scm.group");
    page.click("q.scm.gitlab");
    CHECK(node(page, "q.scm.gitlab").checked);
    CHECK(node(page, "stepper").role == Role::group);
    CHECK(node(page, "stepper.1").selected);
    CHECK_FALSE(node(page, "stepper.0").selected);
}

TEST_CASE("a number field carries its value, the question as its name, and why a typed value was not taken") {
    AppDriver page;
    page.click("welcome.start");
    const SemanticNode& hours = node(page, "q.hours_per_week");
    CHECK(hours.role == Role::number_field);
    CHECK(hours.name == app_test::knowledge().questionnaire.find("hours_per_week")->title.in(kickstart::Language::en));
    CHECK(hours.value == "8");
    CHECK(hours.error.empty());
    page.click("q.hours_per_week");
    page.type("500");
    page.press(ImGuiKey_Enter);
    CHECK(node(page, "q.hours_per_week").value == "60");
    CHECK(node(page, "q.hours_per_week").error == "500 is outside 1–60; kept 60.");
}

TEST_CASE("the plan: a list of rows with a done box and the action, its details as a region with headings") {
    AppDriver page;
    page.click("welcome.skip");
    const std::string first = page.json()["plan"]["order"][0];
    const std::string title = app_test::knowledge().catalog.find(first)->title.in(kickstart::Language::en);
    CHECK(node(page, "plan.list").role == Role::list);
    const SemanticNode& row = node(page, "plan.row." + first);
    CHECK(row.role == Role::list_item);
    CHECK(parent_id(page, row) == "plan.list");
    CHECK(node(page, "plan.done." + first).role == Role::checkbox);
    CHECK(node(page, "plan.done." + first).name == "Done: " + title);
    CHECK(node(page, "plan.item." + first).name == "1. " + title);
    CHECK(node(page, "plan.tab.0").role == Role::tab);
    CHECK(node(page, "plan.tab.0").checked);
    CHECK(node(page, "plan.tab").role == Role::tab_list);

    page.click("plan.done." + first);
    CHECK(node(page, "plan.done." + first).checked);
    page.click("plan.item." + first);
    CHECK(node(page, "plan.item." + first).selected);
    const SemanticNode& details = node(page, "plan.details");
    CHECK(details.role == Role::region);
    CHECK(details.name == title);
    // The details' text is in the tree, headings and paragraphs, under the region.
    int headings = 0;
    int paragraphs = 0;
    for (const SemanticNode& n : tree(page).nodes()) {
        if (parent_id(page, n) != "plan.details") continue;
        headings += n.role == Role::heading ? 1 : 0;
        paragraphs += n.role == Role::text ? 1 : 0;
    }
    CHECK(headings >= 2);
    CHECK(paragraphs >= 2);
}

TEST_CASE("a dialog is an alert dialog named by its title, holding its buttons") {
    AppDriver page;
    page.click("welcome.skip");
    page.click("plan.start_over");
    const SemanticNode& cancel = node(page, "dialog.cancel");
    const SemanticNode& dialog = tree(page).nodes()[static_cast<std::size_t>(cancel.parent)];
    CHECK(dialog.role == Role::alert_dialog);
    CHECK(dialog.name == "Start over?");
    CHECK(parent_id(page, node(page, "dialog.confirm")) == dialog.id);
    // The keyboard focus starts on the safe answer, and the tree says so.
    CHECK(tree(page).focus_id() == "dialog.cancel");
}

TEST_CASE("the focus in the tree is the widget showing the keyboard focus") {
    AppDriver page;
    CHECK(tree(page).focus_id().empty());
    page.press(ImGuiKey_Tab);
    CHECK_FALSE(page.focused().empty());
    CHECK(tree(page).focus_id() == page.focused());
}

TEST_CASE("an idle frame leaves the tree unchanged; a change of state changes it") {
    AppDriver page;
    page.frames(3);
    CHECK_FALSE(tree(page).changed());
    page.click("top.theme.1");
    page.frames(2);
    CHECK_FALSE(tree(page).changed());
    page.click("top.language.1");
    CHECK(node(page, "welcome.start").name == "Zaczynamy");
}

TEST_CASE("the page's JSON: language, title of the screen, notice, and the nodes with their states") {
    AppDriver page(Visit{.language = kickstart::Language::pl});
    auto json = nlohmann::json::parse(page.app().semantics_json());
    CHECK(json["lang"] == "pl");
    CHECK(json["title"] == "Backstage Kickstart");
    page.click("welcome.skip");
    json = nlohmann::json::parse(page.app().semantics_json());
    CHECK(json["title"] == "Plan — Backstage Kickstart");
    bool found = false;
    for (const auto& n : json["nodes"]) {
        if (n["id"] != "top.language.1") continue;
        found = true;
        CHECK(n["role"] == "radio");
        CHECK(n["name"] == "Polski");
        CHECK(n["checked"] == true);
        CHECK(n["parent"] == "top.language");
        CHECK(n["focusable"] == true);
        CHECK(n["w"].get<double>() > 0);
    }
    CHECK(found);
    page.click("plan.copy_link");
    page.app().on_clipboard_result(true);
    page.frames(2);
    json = nlohmann::json::parse(page.app().semantics_json());
    CHECK_FALSE(json["status"].get<std::string>().empty());
}

TEST_CASE("reveal: a text of the plan scrolled out of its pane is scrolled into view, and says so in the JSON") {
    AppDriver page;
    page.click("welcome.skip");
    // The details of the selected action and the end of the list are below their panes' view.
    std::string id;
    float y_before = 0;
    for (const SemanticNode& n : tree(page).nodes()) {
        if (n.role != Role::text || !kickstart::app::out_of_view(n.rect) || n.rect.y < n.rect.clip_bottom) continue;
        id = n.id;
        y_before = n.rect.y;
    }
    REQUIRE_MESSAGE(!id.empty(), "no text below its pane's view");
    const std::string name = node(page, id).name;
    auto json_of = [&](std::string_view wanted) {
        const auto json = nlohmann::json::parse(page.app().semantics_json());
        for (const auto& n : json["nodes"]) {
            if (n["id"] == wanted) return n;
        }
        return nlohmann::json();
    };
    CHECK(json_of(id)["clipped"] == true);

    CHECK(page.app().on_semantic_action(id, "reveal"));
    page.frames(2);
    const SemanticNode& revealed = node(page, id);
    CHECK(revealed.name == name);
    CHECK(revealed.rect.y < y_before);  // its pane scrolled
    CHECK(revealed.rect.y >= revealed.rect.clip_top);
    CHECK(revealed.rect.y + revealed.rect.height <= revealed.rect.clip_bottom);
    CHECK_FALSE(kickstart::app::out_of_view(revealed.rect));
    CHECK_FALSE(json_of(id).contains("clipped"));
    CHECK(json_of(id)["clip"].size() == 2);
    CHECK_FALSE(page.app().on_semantic_action("no.such.node", "reveal"));
}

TEST_CASE("the downloads are links to their files, and the file a link fetches is the button's") {
    AppDriver page(Visit{.language = kickstart::Language::pl});
    page.click("welcome.skip");
    page.click("plan.done." + page.json()["plan"]["order"][0].get<std::string>());  // the files follow the plan
    for (const std::string format : {"md", "html"}) {
        CAPTURE(format);
        const SemanticNode& link = node(page, "plan.download_" + format);
        CHECK(link.role == Role::link);
        CHECK(link.download == format);
        CHECK(link.value == "backstage-kickstart-plan-2026-11-24." + format);
        const auto file = page.app().export_file(format);
        REQUIRE(file.has_value());
        page.click("plan.download_" + format);
        REQUIRE_FALSE(page.host.downloads.empty());
        CHECK(file->name == page.host.downloads.back().filename);
        CHECK(file->mime_type == page.host.downloads.back().mime_type);
        CHECK(file->content == page.host.downloads.back().content);
    }
    CHECK_FALSE(page.app().export_file("doc").has_value());
    const auto json = nlohmann::json::parse(page.app().semantics_json());
    bool found = false;
    for (const auto& n : json["nodes"]) {
        if (n["id"] != "plan.download_md") continue;
        found = true;
        CHECK(n["role"] == "link");
        CHECK(n["download"] == "md");
    }
    CHECK(found);
}

TEST_CASE("out of view: wholly outside its window's view, or partly when it would fit") {
    using kickstart::app::out_of_view;
    using kickstart::app::Rect;
    CHECK_FALSE(out_of_view(Rect{0, 100, 50, 20, 100, 300}));
    CHECK(out_of_view(Rect{0, 300, 50, 20, 100, 300}));
    CHECK(out_of_view(Rect{0, 60, 50, 40, 100, 300}));
    CHECK(out_of_view(Rect{0, 290, 50, 20, 100, 300}));          // its last line cut off
    CHECK_FALSE(out_of_view(Rect{0, 50, 50, 400, 100, 300}));    // taller than the view, and seen in part
    CHECK(out_of_view(Rect{0, 400, 50, 400, 100, 300}));
    CHECK_FALSE(out_of_view(Rect{0, 900, 50, 20, 0, 0}));        // no window clips it
}

TEST_CASE("serialising: text is escaped, repeated ids are made unique, rectangles in CSS pixels") {
    Semantics semantics;
    semantics.begin_frame();
    semantics.begin_group(Role::question, "q", "A \"quoted\"\nname");
    semantics.add_text(Role::text, "back\\slash\ttab", kickstart::app::Rect{20, 40, 200, 32});
    semantics.add_text(Role::text, "A \"quoted\"\nname", kickstart::app::Rect{20, 80, 200, 32});  // the legend's
    semantics.end_group();
    semantics.begin_group(Role::group, "q", "again");
    semantics.end_group();
    const auto json = nlohmann::json::parse(semantics.to_json(2.0f));
    REQUIRE(json["nodes"].size() == 3);
    CHECK(json["nodes"][0]["name"] == "A \"quoted\"\nname");
    CHECK(json["nodes"][0]["role"] == "question");
    CHECK(json["nodes"][1]["name"] == "back\\slash\ttab");
    CHECK(json["nodes"][1]["parent"] == "q");
    CHECK(json["nodes"][1]["x"] == 10.0);
    CHECK(json["nodes"][1]["h"] == 16.0);
    CHECK(json["nodes"][0]["w"] == 100.0);  // the group grows around what it holds
    CHECK(json["nodes"][2]["id"] == "q~2");
}

}  // TEST_SUITE
