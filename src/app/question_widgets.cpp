// One widget per question kind: radio buttons, checkboxes, a bounded number, a ranking with
// up/down buttons, a short text. Every widget writes a valid answer or says why not.
#include "ui.hpp"

#include "kickstart/core/i18n.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <string>

namespace kickstart::app {
namespace {

std::string probe_id(const Question& question, std::string_view suffix = {}) {
    std::string id = "q." + question.id;
    if (!suffix.empty()) id.append(".").append(suffix);
    return id;
}

// Lays choices out in as many columns as fit, so long lists stay compact.
int columns_for(const Ui& ui, const Question& question) {
    float widest = 0;
    for (const Option& option : question.options) {
        widest = std::max(widest, ImGui::CalcTextSize(ui.text(option.label).c_str()).x);
    }
    const float cell = widest + ImGui::GetFrameHeight() + ui.px(32);
    return std::clamp(static_cast<int>(ImGui::GetContentRegionAvail().x / cell), 1, 4);
}

bool draw_single(Ui& ui, const Question& question, std::string& value) {
    bool changed = false;
    const int columns = columns_for(ui, question);
    if (ImGui::BeginTable("options", columns)) {
        for (const Option& option : question.options) {
            ImGui::TableNextColumn();
            if (ImGui::RadioButton(labelled_id(ui.text(option.label), option.id).c_str(), value == option.id)) {
                value = option.id;
                changed = true;
            }
            hand_cursor_on_hover();
            ui.probe.record_last_item(probe_id(question, option.id));
        }
        ImGui::EndTable();
    }
    return changed;
}

bool draw_multi(Ui& ui, const Question& question, std::vector<std::string>& value) {
    bool changed = false;
    const int columns = columns_for(ui, question);
    if (ImGui::BeginTable("options", columns)) {
        for (const Option& option : question.options) {
            ImGui::TableNextColumn();
            bool on = std::find(value.begin(), value.end(), option.id) != value.end();
            if (checkbox(ui, ui.text(option.label), probe_id(question, option.id), on)) {
                changed = true;
                if (on) {
                    value.push_back(option.id);
                } else {
                    value.erase(std::remove(value.begin(), value.end(), option.id), value.end());
                }
            }
        }
        ImGui::EndTable();
    }
    if (changed) {  // a set, kept in the options' order like validated answers
        std::sort(value.begin(), value.end(), [&](const std::string& a, const std::string& b) {
            return question.option_index(a) < question.option_index(b);
        });
    }
    if (value.empty()) text_muted(ui, ui.text("question.none_selected"));
    return changed;
}

bool draw_number(Ui& ui, const Question& question, std::int64_t& value) {
    int shown = static_cast<int>(value);
    ImGui::SetNextItemWidth(ui.px(180));
    bool changed = false;
    if (ImGui::InputInt(labelled_id("", "number").c_str(), &shown, 1, 10)) {
        const auto wanted = static_cast<std::int64_t>(shown);
        const std::int64_t kept = std::clamp(wanted, question.min, question.max);
        if (kept != wanted) {
            ui.state.field_messages[question.id] =
                Message{"question.clamped", {std::to_string(wanted), std::to_string(question.min),
                                             std::to_string(question.max), std::to_string(kept)}};
        } else {
            ui.state.field_messages.erase(question.id);
        }
        changed = kept != value;
        value = kept;
    }
    ui.probe.record_last_item(probe_id(question));
    if (!question.unit.empty()) {
        ImGui::SameLine();
        const std::string_view unit = question.unit.for_count(ui.state.language, value);
        ImGui::TextUnformatted(unit.data(), unit.data() + unit.size());
    }
    if (ui.state.field_messages.find(question.id) == ui.state.field_messages.end()) {
        text_muted(ui, fill(ui.text("question.range"), {std::to_string(question.min), std::to_string(question.max)}));
    }
    return changed;
}

bool draw_ranking(Ui& ui, const Question& question, std::vector<std::string>& value) {
    bool changed = false;
    const float arrow = ImGui::GetFrameHeight();
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 0.0f);  // buttons, like every other one
    for (std::size_t i = 0; i < value.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const auto index = question.option_index(value[i]);
        const std::string label = index ? ui.text(question.options[*index].label) : value[i];
        ImGui::BeginDisabled(i == 0);
        if (ImGui::Button("↑", ImVec2(arrow, 0)) && i > 0) {
            std::swap(value[i], value[i - 1]);
            changed = true;
        }
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) tooltip(ui, ui.text("question.rank_up"));
        ui.probe.record_last_item(probe_id(question, value[i] + ".up"));
        ImGui::SameLine(0, ui.px(2));
        ImGui::BeginDisabled(i + 1 == value.size());
        if (ImGui::Button("↓", ImVec2(arrow, 0)) && i + 1 < value.size()) {
            std::swap(value[i], value[i + 1]);
            changed = true;
        }
        ImGui::EndDisabled();
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) tooltip(ui, ui.text("question.rank_down"));
        ui.probe.record_last_item(probe_id(question, value[i] + ".down"));
        ImGui::SameLine(0, ui.px(10));
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, ui.colors().accent);
        ImGui::Text("%zu.", i + 1);
        ImGui::PopStyleColor();
        ImGui::SameLine();
        ImGui::TextUnformatted(label.c_str());
        ImGui::PopID();
        if (changed) break;  // the list changed under the loop
    }
    ImGui::PopStyleVar();
    return changed;
}

bool draw_text(Ui& ui, const Question& question, std::string& value) {
    // Room for max_length characters of up to four bytes each.
    std::string buffer = value;
    buffer.resize(question.max_length * 4 + 1, '\0');
    ImGui::SetNextItemWidth(std::min(ImGui::GetContentRegionAvail().x, ui.px(420)));
    const bool edited = ImGui::InputText(labelled_id("", "text").c_str(), buffer.data(), buffer.size());
    ui.probe.record_last_item(probe_id(question));
    if (!edited) return false;
    std::string next(buffer.c_str());
    if (const auto problem = ui.knowledge->questionnaire.check(question, next)) {
        ui.state.field_messages[question.id] = Message{"question.too_long", {std::to_string(question.max_length)}};
        return false;  // the answer keeps its last valid value
    }
    ui.state.field_messages.erase(question.id);
    value = std::move(next);
    return true;
}

}  // namespace

bool draw_question(Ui& ui, const Question& question) {
    auto it = ui.state.answers.values.find(question.id);
    if (it == ui.state.answers.values.end()) {
        it = ui.state.answers.values.emplace(question.id, question.default_value).first;
    }
    AnswerValue& value = it->second;
    bool changed = false;
    switch (question.kind) {
        case QuestionKind::single: changed = draw_single(ui, question, std::get<std::string>(value)); break;
        case QuestionKind::multi: changed = draw_multi(ui, question, std::get<std::vector<std::string>>(value)); break;
        case QuestionKind::number: changed = draw_number(ui, question, std::get<std::int64_t>(value)); break;
        case QuestionKind::ranking:
            changed = draw_ranking(ui, question, std::get<std::vector<std::string>>(value));
            break;
        case QuestionKind::text: changed = draw_text(ui, question, std::get<std::string>(value)); break;
    }
    if (const auto message = ui.state.field_messages.find(question.id); message != ui.state.field_messages.end()) {
        text_colored(ui.colors().error, message_text(message->second, ui.translations, ui.state.language));
        ui.probe.record_last_item("q." + question.id + ".message");
    }
    return changed;
}

std::string answer_summary(const Ui& ui, const Question& question) {
    return answer_text(question, ui.state.answers, ui.state.language, ui.text("export.none"));
}

}  // namespace kickstart::app
