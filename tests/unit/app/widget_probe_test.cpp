// The widget probe (src/app/widget_probe.cpp): what it reports as cut — text or a widget
// running past the side of a region that does not scroll sideways, a button's label wider
// than the button — and what it does not: wrapped text, a region that scrolls sideways.
#include "widget_probe.hpp"

#include <imgui.h>

#include <doctest/doctest.h>

#include <string>
#include <vector>

using kickstart::app::WidgetProbe;

namespace {

// A bare ImGui context with its fonts built in memory, recording semantics as the app does.
class Context {
public:
    Context() : previous_(ImGui::GetCurrentContext()), context_(ImGui::CreateContext()) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(400, 300);
        io.DeltaTime = 1.0f / 60.0f;
        unsigned char* pixels = nullptr;
        int width = 0;
        int height = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &width, &height);
        kickstart::app::install_semantics();
    }
    ~Context() {
        ImGui::DestroyContext(context_);
        ImGui::SetCurrentContext(previous_);
    }
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

private:
    ImGuiContext* previous_;
    ImGuiContext* context_;
};

constexpr const char* kLong = "A line of text much wider than the two hundred pixels of its window";

}  // namespace

TEST_SUITE("widget probe") {

TEST_CASE("text past the side of a region that cannot scroll sideways is reported cut; wrapped text is not") {
    Context context;
    WidgetProbe probe;
    ImGui::NewFrame();
    probe.begin_frame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(200, 280));
    ImGui::Begin("window", nullptr, ImGuiWindowFlags_NoDecoration);
    ImGui::TextUnformatted(kLong);
    probe.check_last_item_fits("one line");
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(kLong);
    ImGui::PopTextWrapPos();
    probe.check_last_item_fits("wrapped");
    ImGui::Button("A label much wider than its button###narrow", ImVec2(40, 0));
    probe.check_last_item_fits("narrow button", "A label much wider than its button");
    ImGui::Button("OK###ok");
    probe.check_last_item_fits("ok", "OK");
    ImGui::BeginChild("scrolls", ImVec2(100, 60), false, ImGuiWindowFlags_HorizontalScrollbar);
    ImGui::TextUnformatted(kLong);
    probe.check_last_item_fits("in a region that scrolls sideways");
    ImGui::EndChild();
    ImGui::End();
    ImGui::Render();
    CHECK(probe.clipped() == std::vector<std::string>{"one line", "narrow button"});
    CHECK(probe.shortened().empty());
    // A new frame starts the report over.
    ImGui::NewFrame();
    probe.begin_frame();
    CHECK(probe.clipped().empty());
    ImGui::Render();
}

}  // TEST_SUITE
