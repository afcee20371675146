// How the screens arrange themselves for the canvas's size (src/app/layout.cpp): the choice
// by width and height in CSS pixels, and the narrow layout through real frames — the plan
// one pane at a time with the details as a history entry of their own, the compact stepper,
// language and theme in a menu, nothing cut at a phone's width.
#include "app_driver.hpp"

#include "layout.hpp"
#include "semantics.hpp"

#include <doctest/doctest.h>

using app_test::AppDriver;
using app_test::Visit;
using kickstart::Language;
using kickstart::app::choose_layout;
using kickstart::app::Layout;
using kickstart::app::PlanView;
using kickstart::app::Screen;

namespace {

// The sizes a colleague opens a shared link at (CSS pixels, device-pixel ratio).
struct Size {
    float width, height, scale;
};
constexpr Size kPhone{390, 844, 3};
constexpr Size kSmallPhone{360, 640, 2};
constexpr Size kTablet{768, 1024, 2};
constexpr Size kZoomedLaptop{640, 400, 2};  // 1280 x 800 at 200 %

Visit plan_visit(Size size, Language language = Language::en) {
    return Visit{.fragment = app_test::link_for(app_test::example_answers("scaleup")), .language = language,
                 .width = size.width, .height = size.height, .scale = size.scale};
}

std::string semantic_name(AppDriver& page, std::string_view id) {
    const kickstart::app::SemanticNode* node = page.app().widgets().semantics().by_id(id);
    REQUIRE_MESSAGE(node != nullptr, "no semantics node " << std::string(id));
    return node->name;
}

}  // namespace

TEST_SUITE("layout") {

TEST_CASE("the layout is chosen by the canvas's width and height in CSS pixels") {
    CHECK(choose_layout(1280, 800) == Layout{.narrow = false, .short_height = false});
    CHECK(choose_layout(768, 1024) == Layout{.narrow = false, .short_height = false});  // a tablet: two panes
    CHECK(choose_layout(390, 844) == Layout{.narrow = true, .short_height = false});
    CHECK(choose_layout(360, 640) == Layout{.narrow = true, .short_height = true});
    CHECK(choose_layout(640, 400) == Layout{.narrow = true, .short_height = true});  // 1280 x 800 at 200 %
    CHECK(choose_layout(1280, 700) == Layout{.narrow = false, .short_height = true});
    // The breakpoints themselves belong to the larger side.
    CHECK_FALSE(choose_layout(kickstart::app::kNarrowBelowWidth, 800).narrow);
    CHECK(choose_layout(kickstart::app::kNarrowBelowWidth - 0.5f, 800).narrow);
    CHECK_FALSE(choose_layout(1280, kickstart::app::kShortBelowHeight).short_height);
    CHECK(choose_layout(1280, kickstart::app::kShortBelowHeight - 0.5f).short_height);
    CHECK(choose_layout(390, 844).compact_header());
    CHECK_FALSE(choose_layout(390, 844).two_panes());
    CHECK_FALSE(choose_layout(1280, 800).compact_header());
}

TEST_CASE("the layout follows the window every frame, without a reload, and at any device-pixel ratio") {
    AppDriver page(plan_visit({1280, 800, 1}));
    CHECK(page.json()["layout"]["narrow"] == false);
    CHECK(page.drawn("plan.details.done"));  // two panes
    page.platform().resize(390, 844, 3);
    page.frames(6);
    CHECK(page.json()["layout"]["narrow"] == true);
    CHECK(page.drawn("plan.list"));
    CHECK_FALSE(page.drawn("plan.details.done"));
    CHECK(page.drawn("top.menu"));
    CHECK_FALSE(page.drawn("top.language.0"));
    page.platform().resize(1280, 800, 2);
    page.frames(6);
    CHECK(page.json()["layout"]["narrow"] == false);
    CHECK(page.drawn("plan.details.done"));
    CHECK(page.drawn("top.language.0"));
}

TEST_CASE("narrow: an action's details are a view of their own; Back returns to the list and keeps the selection") {
    AppDriver page(plan_visit(kPhone));
    const std::string third = page.json()["plan"]["order"][2].get<std::string>();
    CHECK(page.drawn("plan.list"));
    CHECK_FALSE(page.drawn("plan.details.done"));
    const std::size_t entries = page.host.history.size();
    page.click("plan.item." + third);
    CHECK(page.state().selected_action == third);
    CHECK(page.json()["details_open"] == true);
    CHECK(page.drawn("plan.details.back"));
    CHECK(page.drawn("plan.details"));
    CHECK_FALSE(page.drawn("plan.list"));
    CHECK_FALSE(page.drawn("plan.download_md"));  // the header gave the details the screen
    // The details are a history entry: the browser's Back has somewhere to return to.
    REQUIRE(page.host.history.size() == entries + 1);
    CHECK(page.host.history.back() == "plan.details");

    page.click("plan.details.back");
    CHECK(page.json()["details_open"] == false);
    CHECK(page.state().selected_action == third);
    CHECK(page.drawn("plan.item." + third));
    CHECK(page.host.history.back() == "plan");
    // The selected row is in view again, where the list was left.
    const auto row = page.rect("plan.item." + third);
    CHECK(row.y >= 0);
    CHECK(row.y + row.height <= 844);
}

TEST_CASE("narrow: the browser's Back and Forward move between the list and the details") {
    AppDriver page(plan_visit(kPhone));
    const std::string first = page.json()["plan"]["order"][0].get<std::string>();
    page.click("plan.item." + first);
    REQUIRE(page.host.history.back() == "plan.details");
    const std::size_t entries = page.host.history.size();
    page.app().on_history_entry("plan");  // Back
    page.frames(6);
    CHECK(page.json()["details_open"] == false);
    CHECK(page.drawn("plan.list"));
    CHECK(page.state().selected_action == first);
    page.app().on_history_entry("plan.details");  // Forward
    page.frames(6);
    CHECK(page.json()["details_open"] == true);
    CHECK(page.drawn("plan.details.back"));
    CHECK(page.host.history.size() == entries);  // moving through history adds no entry
    // Escape is Back too.
    page.press(ImGuiKey_Escape);
    CHECK(page.json()["details_open"] == false);
}

TEST_CASE("wide: choosing an action shows its details beside the list, with no entry of their own") {
    AppDriver page(plan_visit({1280, 800, 1}));
    const std::string second = page.json()["plan"]["order"][1].get<std::string>();
    const std::size_t entries = page.host.history.size();
    page.click("plan.item." + second);
    CHECK(page.drawn("plan.list"));
    CHECK(page.drawn("plan.details.done"));
    CHECK_FALSE(page.drawn("plan.details.back"));
    CHECK(page.host.history.size() == entries);
    CHECK(page.json()["details_open"] == false);
}

TEST_CASE("narrow: the stepper reads 'Step 2 of 5 · Your tools' with previous and next, in both languages") {
    Visit visit = plan_visit(kSmallPhone);
    visit.fragment.clear();
    AppDriver page(visit);
    page.click("welcome.start");
    CHECK(semantic_name(page, "stepper.current") == "Step 1 of 5 · Your organisation");
    CHECK_FALSE(page.drawn("stepper.0"));
    page.click("stepper.next");
    CHECK(page.state().section == 1);
    CHECK(semantic_name(page, "stepper.current") == "Step 2 of 5 · Your tools");
    CHECK(semantic_name(page, "stepper.previous") == "Previous step");
    CHECK(semantic_name(page, "stepper.next") == "Next step");
    page.click("top.menu");
    page.click("top.language.1");
    CHECK(page.state().language == Language::pl);
    CHECK(semantic_name(page, "stepper.current") == "Krok 2 z 5 · Twoje narzędzia");
    CHECK(semantic_name(page, "stepper.previous") == "Poprzedni krok");
    page.click("stepper.previous");
    CHECK(page.state().section == 0);
    page.click("stepper.next");
    page.click("stepper.next");
    page.click("stepper.next");
    CHECK(page.state().screen == Screen::review);
    CHECK(semantic_name(page, "stepper.current") == "Krok 4 z 5 · Przegląd");
    page.click("stepper.next");
    CHECK(page.state().screen == Screen::plan);
    CHECK(semantic_name(page, "stepper.current") == "Krok 5 z 5 · Plan");
    CHECK(page.app().widgets().semantics().by_id("stepper.next")->disabled);
}

TEST_CASE("narrow, with a mouse or a finger: the stepper's words wrap clear of its arrows, in both languages") {
    for (const bool coarse_pointer : {false, true}) {
        for (const Language language : {Language::en, Language::pl}) {
            CAPTURE(coarse_pointer);
            CAPTURE(static_cast<int>(language));
            Visit visit = plan_visit(kSmallPhone, language);
            visit.fragment.clear();
            visit.coarse_pointer = coarse_pointer;  // 44 px arrows leave the words less room
            AppDriver page(visit);
            page.click("welcome.start");
            for (int step = 0; step < 5 && page.state().screen != Screen::plan; ++step) {
                CAPTURE(step);
                const kickstart::app::Rect previous = page.rect("stepper.previous");
                const kickstart::app::Rect words = page.rect("stepper.current");
                const kickstart::app::Rect next = page.rect("stepper.next");
                CHECK(previous.x + previous.width <= words.x);
                CHECK(words.x + words.width <= next.x);
                page.click("stepper.next");
            }
            CHECK(page.state().screen == Screen::plan);
        }
    }
}

TEST_CASE("narrow: language and theme are in the top bar's menu") {
    AppDriver page(plan_visit(kPhone));
    CHECK_FALSE(page.drawn("top.theme.1"));
    page.click("top.menu");
    CHECK(page.drawn("top.language.1"));
    page.click("top.theme.1");
    CHECK(page.state().theme == kickstart::app::Theme::light);
    CHECK(nlohmann::json::parse(page.host.autosaves.back())["theme"] == "light");
}

TEST_CASE("narrow: the downloads open from one button, and give the same files") {
    AppDriver page(plan_visit(kPhone));
    CHECK_FALSE(page.drawn("plan.download_md"));
    page.click("plan.downloads");
    page.click("plan.download_md");
    REQUIRE(page.host.downloads.size() == 1);
    CHECK(page.host.downloads[0].filename == "backstage-kickstart-plan-2026-11-24.md");
}

TEST_CASE("narrow: the plan's buttons take one row; a file, the answers and starting over are behind More") {
    for (const Size size : {kPhone, kSmallPhone, kZoomedLaptop}) {
        for (const Language language : {Language::en, Language::pl}) {
            CAPTURE(size.width);
            CAPTURE(static_cast<int>(language));
            AppDriver page(plan_visit(size, language));
            const kickstart::app::Rect downloads = page.rect("plan.downloads");
            CHECK(page.rect("plan.copy_link").y == downloads.y);
            CHECK(page.rect("plan.more").y == downloads.y);
            CHECK_FALSE(page.drawn("plan.open_file"));
            const auto more = [&] { return *page.app().widgets().semantics().by_id("plan.more"); };
            CHECK(more().opens_popup);
            CHECK_FALSE(more().expanded);
            page.click("plan.more");
            CHECK(more().expanded);
            CHECK(page.drawn("plan.open_file"));
            // The menu lies on screen, clear of its button.
            const kickstart::app::Rect button = page.rect("plan.more");
            for (const char* id : {"plan.open_file", "plan.edit_answers", "plan.start_over"}) {
                CAPTURE(id);
                const kickstart::app::Rect item = page.rect(id);
                CHECK(item.x >= 0.0f);
                CHECK(item.x + item.width <= size.width);
                CHECK(item.y >= 0.0f);
                CHECK(item.y + item.height <= size.height);
                CHECK((item.y >= button.y + button.height || item.y + item.height <= button.y));
            }
            CHECK(page.json()["clipped"] == nlohmann::json::array());
            page.click("plan.open_file");
            CHECK(page.host.file_pickers == 1);
            CHECK_FALSE(page.drawn("plan.open_file"));  // the menu closed
            page.click("plan.more");
            page.click("plan.start_over");
            CHECK(page.state().dialog == kickstart::app::Dialog::start_over);
            page.click("dialog.cancel");
            page.click("plan.more");
            page.click("plan.edit_answers");
            CHECK(page.state().screen == Screen::questions);
        }
    }
}

TEST_CASE("the plan's buttons wait in menus where in rows they would take more than two") {
    struct Case {
        Size size;
        bool finger;
        bool in_menus;
    };
    for (const Case c : {Case{{1280, 800, 1}, false, false}, Case{{900, 700, 1}, false, false},
                         Case{{1280, 800, 1}, true, false}, Case{kTablet, true, true}, Case{kTablet, false, true}, Case{{800, 600, 1}, false, false}}) {
        CAPTURE(c.size.width);
        CAPTURE(c.finger);
        Visit visit = plan_visit(c.size);
        visit.coarse_pointer = c.finger;
        AppDriver page(visit);
        CHECK(page.drawn("plan.more") == c.in_menus);
        CHECK(page.drawn("plan.download_md") == !c.in_menus);
        if (!c.in_menus) {  // two rows at most
            CHECK(page.rect("plan.start_over").y <= page.rect("plan.download_md").y + 2.5f * page.rect("plan.download_md").height);
        }
    }
}

TEST_CASE("narrow: on a phone the first screen of the plan shows its first actions") {
    Visit visit = plan_visit(kPhone);
    visit.coarse_pointer = true;
    AppDriver page(visit);
    const nlohmann::json order = page.json()["plan"]["order"];
    std::size_t shown = 0;
    while (shown < order.size()) {
        const kickstart::app::Rect row = page.rect("plan.item." + order[shown].get<std::string>());
        if (row.y + row.height > kPhone.height) break;
        ++shown;
    }
    MESSAGE("actions on a phone's first screen: " << shown);
    CHECK(shown >= 3);  // two, while the plan's buttons took two rows
}

TEST_CASE("narrow: the timeline is a list of weeks; a tap on an action opens its details") {
    AppDriver page(plan_visit(kPhone));
    page.click("plan.tab.1");
    CHECK(page.drawn("timeline.week.1"));
    CHECK(page.drawn("timeline.demo"));
    const std::string first = page.json()["plan"]["order"][0].get<std::string>();
    CHECK(page.rect("timeline.item." + first).y > page.rect("timeline.week.1").y);
    page.click("timeline.item." + first);
    CHECK(page.state().plan_view == PlanView::actions);
    CHECK(page.json()["details_open"] == true);
    CHECK(page.state().selected_action == first);
}

TEST_CASE("nothing is cut at a phone's width or a zoomed laptop's: every screen, both languages") {
    for (const Size size : {kPhone, kSmallPhone, kTablet, kZoomedLaptop}) {
        for (const Language language : {Language::en, Language::pl}) {
            CAPTURE(size.width);
            CAPTURE(size.height);
            CAPTURE(static_cast<int>(language));
            Visit visit = plan_visit(size, language);
            visit.fragment.clear();
            AppDriver page(visit);
            CHECK(page.json()["clipped"] == nlohmann::json::array());
            page.click("welcome.start");
            for (int section = 0; section < 3; ++section) {
                CHECK(page.json()["clipped"] == nlohmann::json::array());
                CHECK(page.rect("questions.list").height >= 150.0f);  // the questions are more than a strip
                page.click("nav.next");
            }
            REQUIRE(page.state().screen == Screen::review);
            CHECK(page.json()["clipped"] == nlohmann::json::array());
            CHECK(page.rect("review.list").height >= 140.0f);
            page.click("nav.next");
            REQUIRE(page.state().screen == Screen::plan);
            CHECK(page.json()["clipped"] == nlohmann::json::array());
            const std::string first = page.json()["plan"]["order"][0].get<std::string>();
            page.click("plan.item." + first);
            CHECK(page.json()["clipped"] == nlohmann::json::array());
            if (page.drawn("plan.details.back")) page.click("plan.details.back");
            page.click("plan.tab.1");
            CHECK(page.json()["clipped"] == nlohmann::json::array());
            page.click("plan.tab.2");
            CHECK(page.json()["clipped"] == nlohmann::json::array());
            if (page.drawn("plan.more")) {
                page.click("plan.more");
                CHECK(page.json()["clipped"] == nlohmann::json::array());
            }
            page.click("plan.start_over");
            CHECK(page.json()["clipped"] == nlohmann::json::array());
            page.click("dialog.cancel");
        }
    }
}

}  // TEST_SUITE
