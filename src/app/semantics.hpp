// Semantics: what each frame drew, as an assistive technology needs it — role, accessible
// name (in the current language), state and rectangle of every widget, the groups they sit
// in (the stepper, each question, the action list, the details pane, dialogs) and the text
// of the page (headings, paragraphs). The canvas has no DOM; the platform mirrors this tree
// into invisible, positioned DOM elements (src/platform/web/library_kickstart.js) so screen
// readers, find-in-page and the browser's accessibility tools see the UI.
//
// Recording is generic: ImGui's item hook (imgui_item_hook.hpp) reports every widget with an
// ID as it is added (its rectangle, disabled or not, whether it takes text) and, once drawn,
// its label and whether it is a checked box; the shared widgets (widgets.cpp) add the text
// and refine the role (radio, tab, link). A widget a panel adds with plain ImGui calls is in
// the tree without any work in that panel; panels only add groups and names ImGui cannot know.
//
// Index of this file:
// [SECTION] Nodes
// [SECTION] Recording
// [SECTION] Reading and serialising
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kickstart::app {

// [SECTION] Nodes

struct Rect {
    float x = 0, y = 0, width = 0, height = 0;
    // The part of the window the item is drawn in (its clip rectangle): an item outside it
    // is scrolled away or hidden under another region, and a click there lands elsewhere.
    float clip_top = 0, clip_bottom = 0;

    bool operator==(const Rect&) const = default;
};

// Whether an item is scrolled out of its window's view (wholly, or partly when it would fit):
// the mirror keeps such a node where the browser can still scroll to it (find-in-page, a
// screen reader's cursor), and reveal() brings it into the app's view.
[[nodiscard]] bool out_of_view(const Rect& rect);

enum class Role : std::uint8_t {
    // Groups (contain other nodes)
    group,         // a <div role=group> with a name: the stepper, a row of choices
    question,      // a <fieldset> with its <legend>
    radio_group,   // role=radiogroup
    tab_list,      // role=tablist
    list,          // <ul>
    list_item,     // <li>
    region,        // a named <section>: the details pane
    dialog,        // role=dialog aria-modal
    alert_dialog,  // role=alertdialog aria-modal: a question that must be answered
    // Widgets
    button,
    checkbox,
    radio,
    text_field,
    number_field,
    tab,
    link,
    // Text
    heading,
    text,
    code,
    status,  // a notice: role=status, aria-live
};

[[nodiscard]] std::string_view role_name(Role role);
[[nodiscard]] bool is_group(Role role);

struct SemanticNode {
    // Stable across frames: the probe name when the widget has one ("nav.next"), else
    // derived from ImGui's ID (which the app keeps fixed across languages with "###id").
    std::string id;
    Role role = Role::text;
    std::string name;   // the accessible name, in the current language
    std::string value;  // a field's text, a download's file name
    std::string error;  // a field's message when what was typed was not taken (invalid)
    std::string href;   // a link's address
    std::string download;  // a link to a file of the plan: its export format ("md"), value its file name
    int level = 0;      // a heading's level, 1 to 3
    int parent = -1;    // index of the group node it belongs to, -1: the page
    std::uint32_t imgui_id = 0;  // 0 for text and groups
    std::uint32_t window = 0;    // ImGui ID of the window it is drawn in (what scrolls it)
    Rect rect;          // device pixels
    bool checkable = false;  // checked below means something (checkbox, radio, tab, pressed)
    bool checked = false;
    bool selected = false;   // the current one of a list (aria-current)
    bool opens_popup = false;  // a button that shows and hides a popup; expanded: it shows now
    bool expanded = false;
    bool disabled = false;
    bool focusable = false;  // takes the keyboard focus (Tab reaches it)

    bool operator==(const SemanticNode&) const = default;
};

// [SECTION] Recording

class Semantics {
public:
    // Called by WidgetProbe::begin_frame(): clears the tree and makes this the one the item
    // hook records into (install_semantics() must have run once for the context).
    void begin_frame();

    // A group around everything recorded until end_group(). Its rectangle is the union of
    // what it contains. Groups nest.
    void begin_group(Role role, std::string_view id, std::string_view name);
    void end_group();

    // From ImGui's item hook (semantics.cpp): a widget with an ID was added, then drawn.
    void item_added(std::uint32_t imgui_id, const Rect& rect, bool focusable, bool disabled, bool text_input,
                    const void* modal_window, std::string_view modal_id, std::uint32_t window = 0);
    void item_info(std::uint32_t imgui_id, std::string_view label, bool checkable, bool checked);

    // Text drawn by the shared widgets (not an item ImGui reports); in a modal window, inside
    // that window's dialog node. A question's title is not repeated under its legend.
    void add_text(Role role, std::string_view text, const Rect& rect, int level = 0,
                  const void* modal_window = nullptr, std::string_view modal_id = {}, std::uint32_t window = 0);

    // The probe name of the item just drawn (rectangle `rect`): the last node takes it as its
    // id when it is that item; else the text nodes just recorded inside `rect` become one
    // text node with that id (a figure's value and caption), or an unnamed one is added.
    void name_last(std::string_view stable_id, const Rect& rect);
    // The node recorded last (for a widget to refine its role, name or state), or null.
    [[nodiscard]] SemanticNode* last();
    // The node with this ImGui ID recorded this frame, or null.
    [[nodiscard]] SemanticNode* find(std::uint32_t imgui_id);

    // The node the keyboard focus (or the text field being edited) is on: its ImGui ID.
    void set_focus(std::uint32_t imgui_id) { focus_ = imgui_id; }

    // [SECTION] Reading and serialising
    [[nodiscard]] const std::vector<SemanticNode>& nodes() const { return nodes_; }
    [[nodiscard]] std::vector<SemanticNode>& nodes_mutable() { return nodes_; }
    [[nodiscard]] const SemanticNode* by_id(std::string_view id) const;
    [[nodiscard]] std::string focus_id() const;  // "" when nothing has the keyboard focus
    // Whether this frame's tree differs from the last frame's (no DOM work when it does not).
    [[nodiscard]] bool changed() const { return nodes_ != previous_ || focus_ != previous_focus_; }

    // The tree as JSON for the platform's mirror, rectangles in CSS pixels (device / scale):
    // {"focus": id, "nodes": [{"id", "role", "name", "parent": id, "x", "y", "w", "h",
    // "clip": [top, bottom], ...}]} with only the states that are set, and "clipped": true on
    // a widget or text scrolled out of view (out_of_view()).
    [[nodiscard]] std::string to_json(float scale) const;

private:
    int current_parent() const { return open_groups_.empty() ? -1 : open_groups_.back(); }
    int dialog_for(const void* modal_window, std::string_view modal_id);
    void push(SemanticNode node);

    std::vector<SemanticNode> nodes_;
    std::vector<SemanticNode> previous_;
    std::vector<int> open_groups_;
    const void* dialog_window_ = nullptr;  // this frame's modal window and its node
    int dialog_node_ = -1;
    std::uint32_t focus_ = 0;
    std::uint32_t previous_focus_ = 0;
};

// Scrolls the window `node` is drawn in (and the windows around it) so that the node is in
// view, centred when it fits, from the next frame: the page's find-in-page or a screen
// reader reached it in the mirror. False when its window is gone.
bool reveal(const SemanticNode& node);

// Starts recording for the current ImGui context (once, after ImGui::CreateContext()).
void install_semantics();

// For the shared widgets: `text`, just drawn as ImGui's last item, as a node of the tree being
// recorded (none while nothing records). Returns the node, or null.
SemanticNode* record_last_text(Role role, std::string_view text, int level = 0);
// The node recorded last in the tree being recorded, or null.
[[nodiscard]] SemanticNode* last_semantic_node();
// The last widget drawn is a button that shows and hides a popup, shown now or not (for a
// screen reader's "collapsed" / "expanded").
void mark_popup_button(bool open);

// The name ImGui shows for a label: the part before "##" ("Start###welcome.start" -> "Start").
[[nodiscard]] std::string_view visible_label(std::string_view label);

}  // namespace kickstart::app
