// The Demo view of the plan screen: the agenda for the demo slot (its length adjustable),
// what it would take to show more, the next phase, and the one-pager for a sponsor with a
// Copy button. Everything comes from the core's DemoBrief, made with the plan.
//
// Index of this file:
// [SECTION] The agenda and its slot
// [SECTION] To show more, the next phase
// [SECTION] The sponsor's page
#include "ui.hpp"

#include "kickstart/core/demo_brief.hpp"
#include "kickstart/core/numbers.hpp"
#include "kickstart/core/plan_io.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace kickstart::app {
namespace {

constexpr std::int64_t kSlotStep = 5;     // minutes per press of − or +
constexpr float kTwoColumnsFrom = 1000.0f;  // CSS pixels of width for the sponsor's page beside the agenda

ExportContext context_of(const Ui& ui) {
    const Knowledge& k = *ui.knowledge;
    return ExportContext{k.questionnaire, k.catalog, ui.translations, ui.state.language, ui.host.today()};
}

void section_heading(Ui& ui, std::string_view key) {
    ImGui::Dummy(ImVec2(0, ui.px(8)));
    heading(ui.fonts.heading, ui.text(key));
}

// [SECTION] The agenda and its slot

// The slot's length: − and + by five minutes within the question's range; the answer
// changes, so the link, the autosave and every export follow.
void draw_slot(Ui& ui) {
    const Question* question = ui.knowledge->questionnaire.find(question_ids::demo_minutes);
    if (question == nullptr) return;
    const std::int64_t minutes = ui.state.answers.number(question_ids::demo_minutes);
    ImGui::AlignTextToFramePadding();
    label_muted(ui, ui.text("demo.slot"));
    ImGui::SameLine();
    ImGui::BeginDisabled(minutes <= question->min);
    if (button(ui, "−", "demo.slot.less")) {
        ui.state.answers.values[question->id] = std::max(question->min, (minutes - 1) / kSlotStep * kSlotStep);
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    const std::string value = fill(ui.text("demo.minutes"), {std::to_string(minutes)});
    ImGui::TextUnformatted(value.c_str());
    ui.probe.record_last_item("demo.slot.value");
    ImGui::SameLine();
    ImGui::BeginDisabled(minutes >= question->max);
    if (button(ui, "+", "demo.slot.more")) {
        ui.state.answers.values[question->id] = std::min(question->max, (minutes / kSlotStep + 1) * kSlotStep);
    }
    ImGui::EndDisabled();
}

void draw_agenda(Ui& ui, const DemoBrief& brief, const ExportContext& context) {
    heading(ui.fonts.heading, ui.text("demo.agenda"));
    draw_slot(ui);
    if (!brief.has_demo) {
        text_colored(ui.colors().error, ui.text("demo.no_agenda"));
        return;
    }
    const std::string date = demo_date(context.date, ui.plan.summary.weeks_to_demo);
    const std::string when = date.empty() ? fill(ui.text("demo.in_weeks"), {std::to_string(ui.plan.summary.weeks_to_demo)})
                                          : fill(ui.text("demo.on_date"), {date});
    const std::string_view style =
        ui.text(brief.style == question_ids::demo_hands_on ? "export.style.hands-on" : "export.style.guided");
    text_muted(ui, fill(ui.text("demo.agenda_intro"), {style, std::to_string(brief.minutes), when}));
    if (ui.layout.narrow) {
        // A phone: each item's columns stacked (four columns left a word per line): minutes
        // and what, then what to open and what to say, each under its column's name.
        ImGui::BeginGroup();
        for (std::size_t i = 0; i < brief.agenda.size(); ++i) {
            const AgendaItem& item = brief.agenda[i];
            const BriefText text = agenda_item_text(context, item);
            ImGui::PushID(static_cast<int>(i));
            ImGui::Separator();
            ImGui::PushFont(ui.fonts.heading);
            text_wrapped(fill(ui.text("demo.minutes"), {std::to_string(item.minutes)}) + " · " + text.title);
            ImGui::PopFont();
            for (const auto& [column, body] : {std::pair{"demo.col_open", &text.open}, std::pair{"demo.col_say", &text.say}}) {
                if (body->empty()) continue;
                text_colored(ui.colors().accent, ui.text(column));
                text_wrapped(*body);
            }
            ImGui::PopID();
        }
        ImGui::EndGroup();
        ui.probe.record_last_item("demo.agenda");
        return;
    }
    constexpr ImGuiTableFlags kTable = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    if (ImGui::BeginTable("demo.agenda", 4, kTable)) {
        ImGui::TableSetupColumn(std::string(ui.text("demo.col_minutes")).c_str(), ImGuiTableColumnFlags_WidthFixed);
        ImGui::TableSetupColumn(std::string(ui.text("demo.col_what")).c_str(), ImGuiTableColumnFlags_WidthStretch, 0.3f);
        ImGui::TableSetupColumn(std::string(ui.text("demo.col_open")).c_str(), ImGuiTableColumnFlags_WidthStretch, 0.33f);
        ImGui::TableSetupColumn(std::string(ui.text("demo.col_say")).c_str(), ImGuiTableColumnFlags_WidthStretch, 0.37f);
        ImGui::TableHeadersRow();
        for (std::size_t i = 0; i < brief.agenda.size(); ++i) {
            const AgendaItem& item = brief.agenda[i];
            const BriefText text = agenda_item_text(context, item);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(std::to_string(item.minutes).c_str());  // the column says "Min"
            ImGui::TableNextColumn();
            text_wrapped(text.title);
            ImGui::TableNextColumn();
            text_wrapped(text.open);
            ImGui::TableNextColumn();
            text_wrapped(text.say);
        }
        ImGui::EndTable();
    }
    ui.probe.record_last_item("demo.agenda");
}

// [SECTION] To show more, the next phase

void draw_more_and_next(Ui& ui, const DemoBrief& brief, const ExportContext& context) {
    if (brief.hands_on || !brief.to_show_more.empty() || !brief.goals_shown.empty()) {
        section_heading(ui, "demo.to_show_more");
        if (!brief.hands_on && brief.to_show_more.empty()) {
            text_wrapped(ui.text("demo.all_shown"));
        } else {
            text_muted(ui, ui.text("demo.more_intro"));
            if (brief.hands_on) {
                ImGui::Bullet();
                text_wrapped(show_more_text(context, ui.plan, *brief.hands_on));
            }
            for (const ShowMore& more : brief.to_show_more) {
                ImGui::Bullet();
                text_wrapped(show_more_text(context, ui.plan, more));
            }
        }
        ui.probe.record_last_item("demo.to_show_more");
    }
    section_heading(ui, "demo.next");
    if (brief.next.empty()) {
        text_wrapped(ui.text("demo.nothing_next"));
    } else {
        text_muted(ui, fill(ui.text("demo.next_intro"), {format_number(round_to(brief.next_hours, 4.0), ui.state.language)}));
        for (const NextItem& item : brief.next) {
            ImGui::Bullet();
            text_wrapped(fill(ui.text("demo.next_item"), {ui.text(ui.knowledge->catalog.actions()[item.action].title),
                                                          format_number(round_to(item.hours, 4.0), ui.state.language)}));
        }
    }
    ui.probe.record_last_item("demo.next");
}

// [SECTION] The sponsor's page

void draw_sponsor(Ui& ui, const DemoBrief& brief, const ExportContext& context) {
    heading(ui.fonts.heading, ui.text("demo.sponsor"));
    text_muted(ui, ui.text("demo.sponsor_intro"));
    if (button(ui, ui.text("demo.copy_sponsor"), "demo.copy_sponsor")) {
        copy_text(ui, sponsor_page_text(context, ui.state.answers, ui.plan, brief), "demo.copied_sponsor");
    }
    ImGui::Dummy(ImVec2(0, ui.px(4)));
    begin_card(ui);
    for (const SponsorParagraph& paragraph : sponsor_page(context, ui.state.answers, ui.plan, brief)) {
        text_colored(ui.colors().accent, paragraph.heading);
        text_wrapped(paragraph.text);
        ImGui::Dummy(ImVec2(0, ui.px(4)));
    }
    end_card(ui);
    ui.probe.record_last_item("demo.sponsor");
}

}  // namespace

void draw_demo_panel(Ui& ui) {
    if (ui.demo_brief == nullptr || ui.knowledge == nullptr) return;
    const DemoBrief& brief = *ui.demo_brief;
    const ExportContext context = context_of(ui);
    // Wide: the agenda and the next phase on the left, the sponsor's page beside them, both
    // in view at once; narrow: one column.
    const bool wide = ImGui::GetContentRegionAvail().x >= ui.px(kTwoColumnsFrom);
    const float left = wide ? ImGui::GetContentRegionAvail().x * 0.6f : 0.0f;
    if (ui.layout.narrow) {  // part of the screen, which scrolls as one
        draw_agenda(ui, brief, context);
        draw_more_and_next(ui, brief, context);
        ImGui::Dummy(ImVec2(0, ui.px(8)));
        draw_sponsor(ui, brief, context);
        return;
    }
    ImGui::BeginChild("demo.view", ImVec2(left, 0), false, ImGuiWindowFlags_NavFlattened);
    draw_agenda(ui, brief, context);
    draw_more_and_next(ui, brief, context);
    if (!wide) {
        ImGui::Dummy(ImVec2(0, ui.px(8)));
        draw_sponsor(ui, brief, context);
    }
    ImGui::EndChild();
    if (wide) {
        ImGui::SameLine(0, ui.px(16));
        ImGui::BeginChild("demo.sponsor_view", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
        draw_sponsor(ui, brief, context);
        ImGui::EndChild();
    }
}

}  // namespace kickstart::app
