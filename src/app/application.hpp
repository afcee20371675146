// Application: the whole UI over the core, independent of the window system. The platform
// layer owns the loop and, each frame it draws, calls set_scale() (when it changed), then
// between ImGui::NewFrame() and ImGui::Render(), draw(). Events from the page (a link in the
// address, a file picked, a clipboard answer) come in through the on_* methods.
#pragma once

#include "fonts.hpp"
#include "host.hpp"
#include "layout.hpp"
#include "state.hpp"
#include "ui.hpp"
#include "widget_probe.hpp"

#include "kickstart/core/builtin.hpp"
#include "kickstart/core/planner.hpp"
#include "kickstart/core/share_link.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>

namespace kickstart::app {

class Application {
public:
    // How long information and success notices show, the last part fading out.
    static constexpr double kNoticeSeconds = 4.0;
    static constexpr double kNoticeFadeSeconds = 0.3;

    using KnowledgeLoader = const Result<Knowledge>& (*)();

    // `load_knowledge` is called once, when the questionnaire and catalog are first needed.
    Application(KnowledgeLoader load_knowledge, const Result<Translations>& translations, Host& host,
                AppState initial_state);

    // Chooses what to show first from the link in the address (may be empty) and the
    // autosave (may be empty): a shared link never silently replaces a saved session. With
    // neither, the welcome screen is drawn first and the knowledge base loads the frame after.
    void start(std::string_view fragment, std::string_view autosave);
    void on_fragment_changed(std::string_view fragment);  // hashchange
    // Back or Forward to one of the page's history entries: `entry` names its screen
    // ("questions.1", "plan.details": an action's details as their own view on a narrow
    // screen). The screen changes; the answers stay, and the address gets their link.
    void on_history_entry(std::string_view entry);
    // Another tab saved its plan: this tab says so and offers it, and saves nothing of its
    // own until the user chose (load that plan, or keep this one and save it).
    void on_autosave_changed_elsewhere(std::string_view autosave);
    // A plan file picked by the user: `text` may be cut short when `size` is over the limit.
    void open_plan_file(std::string_view name, std::string_view text, std::size_t size);
    void on_clipboard_result(bool copied);
    // The page's DOM mirror acted on the widget whose semantics node is `id` (last frame's
    // tree): "press" activates it as Enter would, "focus" moves the keyboard focus to it (a
    // text field starts editing), "value" replaces a text field's text with `value` (typing
    // that did not come as key presses: an input method, autocorrect, a phone's keyboard),
    // "reveal" scrolls the node (text too) into view: the browser's find-in-page or a screen
    // reader reached it in the mirror while the app had it scrolled away.
    // Takes effect in the next frame. Returns false when there is no such widget.
    bool on_semantic_action(std::string_view id, std::string_view action, std::string_view value = {});

    // Rebuilds fonts and style for a new device-pixel ratio. Returns true when it did, so
    // the renderer re-uploads the font atlas.
    bool set_scale(float scale);
    // The primary pointer became coarse (a finger) or fine: the style follows (touch-sized
    // targets) from the next frame.
    void set_coarse_pointer(bool coarse);
    void draw();

    // The HTML report of the plan as it stands, for printing the page (the platform puts it
    // in place of the canvas); empty while the knowledge base cannot load.
    [[nodiscard]] std::string print_report();

    // The file the plan screen's download button of export format `format` ("md", "html")
    // gives, as it would now: for the page's mirror, whose links to the files fetch it when
    // they are about to be followed. Empty without a knowledge base or for an unknown format.
    struct ExportedFile {
        std::string name;
        std::string mime_type;
        std::string content;
    };
    [[nodiscard]] std::optional<ExportedFile> export_file(std::string_view format);

    [[nodiscard]] const AppState& state() const { return state_; }
    // The named widgets drawn in the last frame, where they are (device pixels).
    [[nodiscard]] const WidgetProbe& widgets() const { return probe_; }
    // The state browser tests read: screen, answers, plan summary, widget rectangles in CSS
    // pixels (what a test clicks), the notice on screen.
    [[nodiscard]] std::string state_json() const;
    // What the page's DOM mirror shows for the last frame: the document's language and title
    // (the screen), the notice to announce, and the semantics tree (semantics.hpp):
    // {"lang", "title", "status", "alert", "focus", "nodes": [...]}.
    [[nodiscard]] std::string semantics_json() const;

private:
    const Result<Knowledge>& knowledge();  // loads on first use
    void apply_pending_example();
    void refresh_plan();
    void refresh_demo_brief();
    void publish();  // URL fragment + autosave, when the saved state changed
    [[nodiscard]] std::string autosave_json() const;
    [[nodiscard]] std::string history_entry() const;
    bool restore_autosave(std::string_view autosave);
    void apply_link(const SharedState& shared);
    void draw_top_bar(Ui& ui);
    void draw_notice(Ui& ui);
    void draw_dialogs(Ui& ui);
    void draw_load_error() const;
    void notice_keys_not_taken();
    [[nodiscard]] std::string focused_widget() const;
    [[nodiscard]] std::string notice_text() const;  // "" when none

    KnowledgeLoader load_knowledge_;
    const Result<Knowledge>* knowledge_ = nullptr;  // null until first needed
    bool defer_knowledge_ = false;                  // a first visit: welcome first, data next frame
    const Result<Translations>& translations_;
    Host& host_;
    AppState state_;
    Theme applied_theme_;
    Fonts fonts_;
    WidgetProbe probe_;
    float scale_ = 0.0f;
    Layout layout_{};  // chosen at the start of each frame from the canvas's CSS size
    std::uint64_t frames_ = 0;

    Plan plan_;
    // Made with plan_ while the Demo view is shown: what it takes to show more plans again
    // dozens of times, too much to repeat on every answer in the other views.
    DemoBrief demo_brief_;
    bool demo_brief_valid_ = false;
    // The answers, but the slot's length, that demo_brief_'s "to show more" was found for: a
    // new slot reuses it.
    std::optional<Answers> show_more_answers_;
    Answers planned_answers_;             // the answers plan_ was made for
    PlanEdits planned_edits_;             // the edits plan_ was made with
    bool plan_valid_ = false;
    std::string published_;               // the autosave last written
    std::string published_entry_;         // the history entry the address was last written to
    std::array<bool, 512> keys_down_{};   // io.KeysDown as the last frame saw it
    double keys_changed_at_ = 0.0;
    std::string drawn_entry_;             // the screen the last frame drew (history_entry())
    std::string other_tab_autosave_;      // another tab's plan, offered until the user chooses
    bool started_ = false;
    std::string pending_copy_notice_;     // which message a successful copy shows
};

}  // namespace kickstart::app
