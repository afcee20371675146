// The style (src/app/theme.cpp): on a coarse pointer every widget a finger can press is a
// touch target, at least kTouchTarget CSS pixels tall and wide; with a mouse the desktop
// sizes stay.
#include "app_driver.hpp"

#include "theme.hpp"

#include <doctest/doctest.h>

#include <string>

using app_test::AppDriver;
using app_test::Visit;
using kickstart::app::kTouchTarget;
using kickstart::app::Role;
using kickstart::app::SemanticNode;

namespace {

bool pressable(const SemanticNode& node) {
    switch (node.role) {
        case Role::button:
        case Role::checkbox:
        case Role::radio:
        case Role::text_field:
        case Role::number_field:
        case Role::tab:
        case Role::link: return !node.disabled;
        default: return false;
    }
}

// The pressable widgets drawn in the last frame smaller than a finger, as "id WxH; " (CSS px).
std::string small_targets(AppDriver& page) {
    std::string small;
    const float scale = page.platform().scale();
    for (const SemanticNode& node : page.app().widgets().semantics().nodes()) {
        const float width = node.rect.width / scale;
        const float height = node.rect.height / scale;
        // "Skip to content" is a point the keyboard alone reaches (it shows when focused).
        if (!pressable(node) || width <= 1.0f || height <= 1.0f) continue;
        if (width < kTouchTarget - 0.5f || height < kTouchTarget - 0.5f) {
            small += node.id + " " + std::to_string(width) + "x" + std::to_string(height) + "; ";
        }
    }
    return small;
}

}  // namespace

TEST_SUITE("theme") {

TEST_CASE("on a coarse pointer every pressable widget is a touch target, on every screen") {
    for (const float scale : {1.0f, 3.0f}) {
        CAPTURE(scale);
        AppDriver page(Visit{.width = 390, .height = 844, .scale = scale, .coarse_pointer = true});
        CHECK(small_targets(page) == "");
        page.click("welcome.start");
        CHECK(page.state().screen == kickstart::app::Screen::questions);
        for (int section = 0; section < 6 && page.state().screen == kickstart::app::Screen::questions; ++section) {
            CAPTURE(section);
            CHECK(small_targets(page) == "");
            page.click("nav.next");
        }
        CHECK(page.state().screen == kickstart::app::Screen::review);
        CHECK(small_targets(page) == "");
        page.click("nav.next");
        CHECK(page.state().screen == kickstart::app::Screen::plan);
        CHECK(small_targets(page) == "");
    }
}

TEST_CASE("with a mouse the desktop sizes stay") {
    AppDriver page(Visit{.width = 1280, .height = 800});
    CHECK_FALSE(small_targets(page).empty());
    AppDriver coarse(Visit{.width = 1280, .height = 800, .coarse_pointer = true});
    CHECK(page.rect("welcome.start").height < kTouchTarget);
    CHECK(coarse.rect("welcome.start").height >= kTouchTarget);
}

TEST_CASE("the pointer turning coarse grows the targets from the next frame") {
    AppDriver page(Visit{.width = 1280, .height = 800});
    CHECK(page.rect("welcome.start").height < kTouchTarget);
    page.app().set_coarse_pointer(true);
    page.frames(2);
    CHECK(page.state().coarse_pointer);
    CHECK(page.rect("welcome.start").height >= kTouchTarget);
    page.app().set_coarse_pointer(false);
    page.frames(2);
    CHECK(page.rect("welcome.start").height < kTouchTarget);
}

TEST_CASE("menus and tooltips are opaque in both themes: the screen's text does not show through") {
    for (const kickstart::app::Theme theme : {kickstart::app::Theme::dark, kickstart::app::Theme::light}) {
        AppDriver page(Visit{.theme = theme});
        CHECK(ImGui::GetStyle().Colors[ImGuiCol_PopupBg].w == 1.0f);
    }
}

}  // TEST_SUITE
