// TouchGesture: one finger on a touch screen as the mouse Dear ImGui understands. ImGui 1.86
// knows only a mouse: a pointer that hovers, and buttons. A finger has no hover and means
// either "press this" (a tap) or "move the content" (a drag, then a flick's momentum), which
// is only known once it moved beyond a small slop or lifted. So nothing is pressed while a
// finger is down: a tap becomes a press and a release in two frames at its place, then the
// pointer leaves (nothing stays hovered); a drag becomes scrolling, never a press.
//
// Pure logic in CSS pixels and seconds; the platform feeds the browser's touch events and
// asks, once per frame, what the pointer is and how far to scroll.
#pragma once

#include <deque>

namespace kickstart::app {

// The pointer ImGui sees this frame, and the content scroll the finger asks for.
struct TouchFrame {
    bool pointer_on = false;  // else the pointer is off the window (nothing hovered)
    float x = 0.0f;           // CSS pixels, when pointer_on
    float y = 0.0f;
    bool pressed = false;       // the primary button is held this frame
    float scroll_x = 0.0f;      // CSS pixels to add to the scroll of the content under the finger
    float scroll_y = 0.0f;      // (positive: the content moves up / left, as the finger does)
    bool drag_started = false;  // first frame of a drag: the scrolled window is the one under (x, y)
};

class TouchGesture {
public:
    // Beyond this distance from where it went down, a finger drags (Android's touch slop is
    // 8 dp, iOS's about 10 pt).
    static constexpr float kSlop = 10.0f;
    // A flick faster than this (CSS px/s) goes on by itself after the finger lifts, slowing
    // with this time constant, and stops below kStopSpeed.
    static constexpr float kFlickSpeed = 150.0f;
    static constexpr float kStopSpeed = 20.0f;
    static constexpr double kTimeConstant = 0.325;
    // The flick's speed is measured over the finger's last moves within this time.
    static constexpr double kVelocityWindow = 0.1;

    // touches: how many fingers are on the screen after the event.
    void touch_start(float x, float y, double seconds, int touches);
    void touch_move(float x, float y, double seconds);
    void touch_end(float x, float y, double seconds, int touches);
    void touch_cancel();
    // A real mouse moved or pressed: the mouse drives the pointer again.
    void mouse_used() { owns_pointer_ = false; }

    // Whether touch drives ImGui's pointer (since the first touch, until a mouse is used).
    [[nodiscard]] bool owns_pointer() const { return owns_pointer_; }
    // Frames that must be drawn now, inside the event (a tap's press and release: a press
    // that opens the clipboard or a file picker must run within the user's gesture).
    [[nodiscard]] bool has_queued_frame() const { return !queued_.empty(); }
    // Whether frames must go on without input (momentum).
    [[nodiscard]] bool animating() const { return momentum_ || !queued_.empty(); }
    [[nodiscard]] bool dragging() const { return phase_ == Phase::dragging; }
    // The momentum's speed now, CSS px/s (0 when none).
    [[nodiscard]] float momentum_speed() const;
    // The content can scroll no further that way: the momentum stops.
    void stop_momentum() { momentum_ = false; }

    // What ImGui sees in the frame drawn at `seconds`.
    TouchFrame next_frame(double seconds);

private:
    enum class Phase { idle, pending, dragging, several_fingers };
    struct Sample {
        float x, y;
        double seconds;
    };
    void start_momentum(double seconds);

    Phase phase_ = Phase::idle;
    bool owns_pointer_ = false;
    bool caught_momentum_ = false;  // this touch stopped a flick: lifting it presses nothing
    bool drag_started_pending_ = false;  // the next frame is the drag's first
    float start_x_ = 0, start_y_ = 0;
    float last_x_ = 0, last_y_ = 0;      // where the finger is
    float applied_x_ = 0, applied_y_ = 0;  // where the scroll has followed it to
    std::deque<Sample> samples_;  // the finger's recent positions, for the flick's speed
    std::deque<TouchFrame> queued_;
    bool momentum_ = false;
    float velocity_x_ = 0, velocity_y_ = 0;  // CSS px/s, content scroll direction
    double momentum_at_ = 0;
};

}  // namespace kickstart::app
