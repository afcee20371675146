// One finger as ImGui's mouse (src/app/touch_gesture.cpp): a tap presses and releases where
// it went down and then leaves nothing hovered; a drag scrolls one content pixel per finger
// pixel and never presses; a flick goes on, slowing, and stops; two fingers are the page's.
#include "touch_gesture.hpp"

#include <doctest/doctest.h>

#include <cmath>

using kickstart::app::TouchFrame;
using kickstart::app::TouchGesture;

TEST_SUITE("touch_gesture") {

TEST_CASE("a tap is a press and a release where the finger went down, then the pointer leaves") {
    TouchGesture touch;
    CHECK_FALSE(touch.owns_pointer());
    touch.touch_start(100, 200, 1.0, 1);
    CHECK(touch.owns_pointer());
    const TouchFrame down = touch.next_frame(1.0);
    CHECK(down.pointer_on);
    CHECK_FALSE(down.pressed);  // not yet: it may become a drag
    CHECK(down.x == 100);
    CHECK(down.y == 200);
    touch.touch_move(104, 203, 1.05);  // a finger wobbles within the slop
    CHECK_FALSE(touch.next_frame(1.05).pressed);
    touch.touch_end(104, 203, 1.1, 0);
    REQUIRE(touch.has_queued_frame());
    const TouchFrame press = touch.next_frame(1.1);
    CHECK(press.pointer_on);
    CHECK(press.pressed);
    CHECK(press.x == 100);
    CHECK(press.y == 200);
    const TouchFrame release = touch.next_frame(1.1);
    CHECK(release.pointer_on);
    CHECK_FALSE(release.pressed);
    CHECK(release.x == 100);
    CHECK_FALSE(touch.has_queued_frame());
    const TouchFrame after = touch.next_frame(1.12);
    CHECK_FALSE(after.pointer_on);  // nothing stays hovered
    CHECK_FALSE(after.pressed);
    CHECK_FALSE(touch.animating());
}

TEST_CASE("a drag scrolls by the finger's travel, slop included, and presses nothing") {
    TouchGesture touch;
    touch.touch_start(100, 400, 1.0, 1);
    (void)touch.next_frame(1.0);
    touch.touch_move(100, 395, 1.01);  // within the slop: still a possible tap
    CHECK(touch.next_frame(1.01).scroll_y == 0.0f);
    touch.touch_move(100, 380, 1.02);
    CHECK(touch.dragging());
    const TouchFrame first = touch.next_frame(1.02);
    CHECK(first.drag_started);
    CHECK(first.x == 100);  // where it went down: the window under it is the one scrolled
    CHECK(first.y == 400);
    CHECK_FALSE(first.pointer_on);
    CHECK_FALSE(first.pressed);
    CHECK(first.scroll_y == doctest::Approx(20));  // finger up 20 px: the content 20 px further
    touch.touch_move(90, 330, 1.5);
    const TouchFrame second = touch.next_frame(1.5);
    CHECK_FALSE(second.drag_started);
    CHECK(second.scroll_y == doctest::Approx(50));
    CHECK(second.scroll_x == doctest::Approx(10));
    touch.touch_move(90, 340, 2.0);  // back down: the content comes back
    CHECK(touch.next_frame(2.0).scroll_y == doctest::Approx(-10));
    touch.touch_end(90, 340, 2.6, 0);  // slow at the end: no momentum
    CHECK_FALSE(touch.has_queued_frame());
    const TouchFrame after = touch.next_frame(2.6);
    CHECK_FALSE(after.pressed);
    CHECK_FALSE(after.pointer_on);
    CHECK_FALSE(touch.animating());
}

TEST_CASE("a flick goes on by itself, slowing, and stops") {
    TouchGesture touch;
    touch.touch_start(100, 600, 1.0, 1);
    (void)touch.next_frame(1.0);
    double t = 1.0;
    float y = 600;
    for (int i = 0; i < 6; ++i) {  // 20 px every 16 ms: 1250 px/s upwards
        t += 0.016;
        y -= 20;
        touch.touch_move(100, y, t);
        (void)touch.next_frame(t);
    }
    touch.touch_end(100, y, t, 0);
    REQUIRE(touch.animating());
    CHECK(touch.momentum_speed() == doctest::Approx(1250).epsilon(0.01));
    float travelled = 0;
    float last_step = 1e9f;
    int frames = 0;
    while (touch.animating() && frames < 1000) {
        t += 1.0 / 60;
        const TouchFrame frame = touch.next_frame(t);
        CHECK_FALSE(frame.pointer_on);
        CHECK(frame.scroll_y > 0);
        CHECK(frame.scroll_y <= last_step);  // slowing down
        last_step = frame.scroll_y;
        travelled += frame.scroll_y;
        ++frames;
    }
    CHECK_FALSE(touch.animating());
    // v·τ·(1 − e^(−t/τ)) until the speed falls under kStopSpeed: 1250 · 0.325 · (1 − 20/1250).
    CHECK(travelled == doctest::Approx(1250 * 0.325 * (1 - 20.0 / 1250)).epsilon(0.02));
    CHECK(frames < 120);  // about 1.3 s at 60 frames a second
    CHECK(touch.momentum_speed() == 0.0f);
}

TEST_CASE("a finger that stops a flick presses nothing when it lifts") {
    TouchGesture touch;
    touch.touch_start(100, 600, 1.0, 1);
    touch.touch_move(100, 500, 1.05);
    touch.touch_end(100, 480, 1.06, 0);
    REQUIRE(touch.animating());
    (void)touch.next_frame(1.07);
    touch.touch_start(50, 300, 1.1, 1);
    CHECK_FALSE(touch.animating());
    CHECK(touch.next_frame(1.1).scroll_y == 0.0f);
    touch.touch_end(50, 300, 1.2, 0);
    CHECK_FALSE(touch.has_queued_frame());
    // The next tap presses again.
    touch.touch_start(50, 300, 2.0, 1);
    touch.touch_end(50, 300, 2.1, 0);
    CHECK(touch.next_frame(2.1).pressed);
}

TEST_CASE("a second finger hands the gesture to the page: nothing pressed, nothing scrolled") {
    TouchGesture touch;
    touch.touch_start(100, 600, 1.0, 1);
    touch.touch_start(200, 600, 1.05, 2);
    touch.touch_move(100, 500, 1.1);
    const TouchFrame frame = touch.next_frame(1.1);
    CHECK_FALSE(frame.pointer_on);
    CHECK(frame.scroll_y == 0.0f);
    touch.touch_end(200, 600, 1.2, 1);
    touch.touch_end(100, 500, 1.3, 0);
    CHECK_FALSE(touch.has_queued_frame());
    CHECK_FALSE(touch.next_frame(1.3).pressed);
    CHECK_FALSE(touch.animating());
}

TEST_CASE("a cancelled touch presses nothing, and a mouse takes the pointer back") {
    TouchGesture touch;
    touch.touch_start(100, 600, 1.0, 1);
    touch.touch_cancel();
    CHECK_FALSE(touch.has_queued_frame());
    CHECK_FALSE(touch.next_frame(1.1).pointer_on);
    CHECK(touch.owns_pointer());
    touch.mouse_used();
    CHECK_FALSE(touch.owns_pointer());
}

TEST_CASE("a flick stops where its content ends") {
    TouchGesture touch;
    touch.touch_start(100, 600, 1.0, 1);
    touch.touch_move(100, 500, 1.05);
    touch.touch_end(100, 480, 1.06, 0);
    REQUIRE(touch.animating());
    touch.stop_momentum();
    CHECK_FALSE(touch.animating());
}

}  // TEST_SUITE
