// WidgetProbe: the screen rectangles of named widgets drawn in the last frame.
// ImGui draws into one canvas with no DOM, so browser tests read these rectangles to click
// real widgets at their real coordinates instead of calling into the app. It also keeps the
// frame's semantics tree (semantics.hpp): what screen readers and the browser are told.
#pragma once

#include "semantics.hpp"

#include <map>
#include <string>
#include <string_view>

namespace kickstart::app {


class WidgetProbe {
public:
    void begin_frame() {
        rects_.clear();
        tooltip_.clear();
        tooltip_rect_ = Rect{};
        hint_.clear();
        semantics_.begin_frame();
    }
    // Records ImGui's last item under `name` (call right after the widget); its node in the
    // semantics tree takes `name` as its stable id.
    void record_last_item(std::string_view name);
    [[nodiscard]] Semantics& semantics() { return semantics_; }
    [[nodiscard]] const Semantics& semantics() const { return semantics_; }
    [[nodiscard]] const std::map<std::string, Rect, std::less<>>& rects() const { return rects_; }
    void set_tooltip(std::string_view text) { tooltip_ = text; }
    [[nodiscard]] const std::string& tooltip() const { return tooltip_; }  // shown this frame, or ""
    void set_tooltip_rect(const Rect& rect) { tooltip_rect_ = rect; }
    [[nodiscard]] const Rect& tooltip_rect() const { return tooltip_rect_; }  // device pixels
    // The keyboard shortcut hint shown on this screen (its words), or "".
    void set_hint(std::string_view text) { hint_ = text; }
    [[nodiscard]] const std::string& hint() const { return hint_; }
    // The smallest named widget containing the point (device pixels), or "" if none does.
    [[nodiscard]] std::string name_at(float x, float y) const;

private:
    std::map<std::string, Rect, std::less<>> rects_;
    std::string tooltip_;
    Rect tooltip_rect_;
    std::string hint_;
    Semantics semantics_;
};

}  // namespace kickstart::app
