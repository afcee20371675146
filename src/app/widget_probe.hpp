// WidgetProbe: the screen rectangles of named widgets drawn in the last frame.
// ImGui draws into one canvas with no DOM, so browser tests read these rectangles to click
// real widgets at their real coordinates instead of calling into the app.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace kickstart::app {

struct Rect {
    float x = 0, y = 0, width = 0, height = 0;
    // The part of the window the item is drawn in (its clip rectangle): an item outside it
    // is scrolled away or hidden under another region, and a click there lands elsewhere.
    float clip_top = 0, clip_bottom = 0;
};

class WidgetProbe {
public:
    void begin_frame() {
        rects_.clear();
        tooltip_.clear();
        tooltip_rect_ = Rect{};
        hint_.clear();
    }
    // Records ImGui's last item under `name` (call right after the widget).
    void record_last_item(std::string_view name);
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
};

}  // namespace kickstart::app
