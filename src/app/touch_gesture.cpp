#include "touch_gesture.hpp"

#include <algorithm>
#include <cmath>

namespace kickstart::app {

void TouchGesture::touch_start(float x, float y, double seconds, int touches) {
    owns_pointer_ = true;
    if (touches > 1) {
        // Two fingers pinch-zoom or pan the page (the browser's, not ours): whatever the first
        // finger began is dropped, nothing is pressed.
        phase_ = Phase::several_fingers;
        momentum_ = false;
        return;
    }
    // A finger that lands on moving content stops it, and presses nothing when it lifts.
    caught_momentum_ = momentum_;
    momentum_ = false;
    phase_ = Phase::pending;
    start_x_ = last_x_ = applied_x_ = x;
    start_y_ = last_y_ = applied_y_ = y;
    samples_.clear();
    samples_.push_back({x, y, seconds});
}

void TouchGesture::touch_move(float x, float y, double seconds) {
    if (phase_ == Phase::pending && std::hypot(x - start_x_, y - start_y_) > kSlop) {
        phase_ = Phase::dragging;
        drag_started_pending_ = true;
    }
    if (phase_ != Phase::dragging) return;
    last_x_ = x;
    last_y_ = y;
    samples_.push_back({x, y, seconds});
    while (samples_.size() > 2 && seconds - samples_.front().seconds > kVelocityWindow) samples_.pop_front();
}

void TouchGesture::touch_end(float x, float y, double seconds, int touches) {
    switch (phase_) {
        case Phase::several_fingers:
            if (touches == 0) phase_ = Phase::idle;
            return;
        case Phase::pending:
            phase_ = Phase::idle;
            if (caught_momentum_) return;
            // Held in one frame and released in the next, where it went down (within the slop):
            // ImGui 1.86 samples buttons once per frame and clicks on a release over the item.
            queued_.push_back({true, start_x_, start_y_, true, 0.0f, 0.0f, false});
            queued_.push_back({true, start_x_, start_y_, false, 0.0f, 0.0f, false});
            return;
        case Phase::dragging:
            touch_move(x, y, seconds);
            phase_ = Phase::idle;
            start_momentum(seconds);
            return;
        case Phase::idle: return;
    }
}

void TouchGesture::touch_cancel() {
    phase_ = Phase::idle;
    queued_.clear();
    momentum_ = false;
    applied_x_ = last_x_;
    applied_y_ = last_y_;
}

void TouchGesture::start_momentum(double seconds) {
    const Sample& first = samples_.front();
    const double span = seconds - first.seconds;
    if (samples_.size() < 2 || span <= 0.0) return;
    const auto speed_x = static_cast<float>((first.x - last_x_) / span);
    const auto speed_y = static_cast<float>((first.y - last_y_) / span);
    if (std::hypot(speed_x, speed_y) < kFlickSpeed) return;
    momentum_ = true;
    velocity_x_ = speed_x;
    velocity_y_ = speed_y;
    momentum_at_ = seconds;
}

float TouchGesture::momentum_speed() const { return momentum_ ? std::hypot(velocity_x_, velocity_y_) : 0.0f; }

TouchFrame TouchGesture::next_frame(double seconds) {
    if (!queued_.empty()) {
        const TouchFrame frame = queued_.front();
        queued_.pop_front();
        return frame;
    }
    TouchFrame frame;
    if (phase_ == Phase::pending) {
        // Where the finger is, not pressed: what it is over shows as hovered meanwhile, and the
        // window under it is known when it starts to drag.
        frame.pointer_on = true;
        frame.x = start_x_;
        frame.y = start_y_;
        return frame;
    }
    // Dragging, or what the finger moved since the last frame before it lifted.
    frame.scroll_x = applied_x_ - last_x_;
    frame.scroll_y = applied_y_ - last_y_;
    applied_x_ = last_x_;
    applied_y_ = last_y_;
    frame.drag_started = drag_started_pending_;
    drag_started_pending_ = false;
    if (frame.drag_started) {
        frame.x = start_x_;
        frame.y = start_y_;
    }
    if (momentum_) {
        // The velocity decays exponentially; the distance is its integral over the frame.
        const double dt = std::max(0.0, seconds - momentum_at_);
        momentum_at_ = seconds;
        const double decay = std::exp(-dt / kTimeConstant);
        const auto travelled = static_cast<float>(kTimeConstant * (1.0 - decay));
        frame.scroll_x += velocity_x_ * travelled;
        frame.scroll_y += velocity_y_ * travelled;
        velocity_x_ *= static_cast<float>(decay);
        velocity_y_ *= static_cast<float>(decay);
        if (std::hypot(velocity_x_, velocity_y_) < kStopSpeed) momentum_ = false;
    }
    return frame;
}

}  // namespace kickstart::app
