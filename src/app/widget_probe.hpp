// WidgetProbe: the screen rectangles of named widgets drawn in the last frame.
// ImGui draws into one canvas with no DOM, so browser tests read these rectangles to click
// real widgets at their real coordinates instead of calling into the app. It also keeps the
// frame's semantics tree (semantics.hpp): what screen readers and the browser are told.
#pragma once

#include "semantics.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kickstart::app {


class WidgetProbe {
public:
    WidgetProbe() = default;
    WidgetProbe(const WidgetProbe&) = delete;
    WidgetProbe& operator=(const WidgetProbe&) = delete;
    ~WidgetProbe() {
        if (recording_ == this) recording_ = nullptr;
    }
    void begin_frame() {
        rects_.clear();
        tooltip_.clear();
        tooltip_rect_ = Rect{};
        hint_.clear();
        clipped_.clear();
        shortened_.clear();
        semantics_.begin_frame();
        recording_ = this;
    }
    // The probe of the frame being drawn (for widgets drawn without a Ui), or null.
    [[nodiscard]] static WidgetProbe* recording() { return recording_; }
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
    // Whether ImGui's last item (named `what`: its probe name or its text) shows whole: it
    // is cut when it runs past the sides of the region drawing it and that region does not
    // scroll sideways, or when `label` (a button's, if given) is wider than the button.
    // Recorded in clipped() for the tests; record_last_item(), the shared buttons and text
    // widgets call it.
    void check_last_item_fits(std::string_view what, std::string_view label = {});
    // Text shortened on purpose, ending in "…" (text_ellipsis): its whole text is reachable
    // elsewhere (a tooltip, the details).
    void note_shortened(std::string_view text) { shortened_.emplace_back(text); }
    [[nodiscard]] const std::vector<std::string>& clipped() const { return clipped_; }
    [[nodiscard]] const std::vector<std::string>& shortened() const { return shortened_; }
    // The smallest named widget containing the point (device pixels), or "" if none does.
    [[nodiscard]] std::string name_at(float x, float y) const;

private:
    std::map<std::string, Rect, std::less<>> rects_;
    std::string tooltip_;
    Rect tooltip_rect_;
    std::string hint_;
    std::vector<std::string> clipped_;
    std::vector<std::string> shortened_;
    Semantics semantics_;
    static inline WidgetProbe* recording_ = nullptr;
};

}  // namespace kickstart::app
