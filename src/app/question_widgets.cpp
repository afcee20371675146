// One widget per question kind: radio buttons, checkboxes, a bounded number, a ranking with
// up/down buttons, a short text. Every widget writes a valid answer or says why not.
#include "ui.hpp"

#include "kickstart/core/i18n.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <array>
#include <optional>
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

// Whether a radio's or box's label fits beside it on one line in the current cell; where it
// does not (a long option on a phone), the label is drawn as wrapped text beside the box.
bool label_fits(std::string_view label) {
    const float width = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                        ImGui::CalcTextSize(label.data(), label.data() + label.size()).x;
    return width <= ImGui::GetContentRegionAvail().x;
}

// The label beside the box just drawn, wrapping inside the cell; true when it was clicked
// (it chooses as the box does).
bool wrapped_label(std::string_view label) {
    ImGui::SameLine(0, ImGui::GetStyle().ItemInnerSpacing.x);
    ImGui::PushTextWrapPos(0.0f);  // not a text of its own for screen readers: the box's name
    ImGui::TextUnformatted(label.data(), label.data() + label.size());
    ImGui::PopTextWrapPos();
    hand_cursor_on_hover();
    return ImGui::IsItemClicked();
}

bool draw_single(Ui& ui, const Question& question, std::string& value) {
    bool changed = false;
    const int columns = columns_for(ui, question);
    if (ImGui::BeginTable("options", columns)) {
        for (const Option& option : question.options) {
            ImGui::TableNextColumn();
            const std::string& label = ui.text(option.label);
            const bool fits = label_fits(label);
            if (ImGui::RadioButton(labelled_id(fits ? std::string_view(label) : std::string_view(), option.id).c_str(),
                                   value == option.id)) {
                value = option.id;
                changed = true;
            }
            hand_cursor_on_hover();
            if (SemanticNode* node = last_semantic_node()) {
                node->role = Role::radio;
                node->name = ui.text(option.label);  // also when scrolled away (ImGui skips the label then)
                node->checkable = true;
                node->checked = value == option.id;
            }
            ui.probe.record_last_item(probe_id(question, option.id));
            if (!fits && wrapped_label(label) && value != option.id) {
                value = option.id;
                changed = true;
            }
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
            const std::string& label = ui.text(option.label);
            const bool fits = label_fits(label);
            bool toggled = checkbox(ui, fits ? std::string_view(label) : std::string_view(), probe_id(question, option.id), on);
            if (!fits) {
                if (SemanticNode* node = last_semantic_node()) node->name = label;
                if (wrapped_label(label)) {
                    on = !on;
                    toggled = true;
                }
            }
            if (toggled) {
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

// What a number field's text means: a whole number, a decimal (rounded to the nearest whole
// one, ".5" up; either separator, as people write in either language), or not a number.
struct TypedNumber {
    enum class Kind { empty, whole, decimal, not_a_number } kind = Kind::empty;
    std::int64_t value = 0;
};

TypedNumber parse_typed_number(std::string_view text) {
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
    if (text.empty()) return {};
    bool negative = false;
    if (text.front() == '-' || text.front() == '+') {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    constexpr std::int64_t kLargest = 1'000'000'000'000;  // far beyond any question's range
    std::int64_t whole = 0;
    std::size_t i = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
        whole = std::min(kLargest, whole * 10 + (text[i] - '0'));
    }
    const std::size_t digits = i;
    if (i == text.size()) {
        if (digits == 0) return {TypedNumber::Kind::not_a_number, 0};
        return {TypedNumber::Kind::whole, negative ? -whole : whole};
    }
    if (text[i] != '.' && text[i] != ',') return {TypedNumber::Kind::not_a_number, 0};
    ++i;
    const std::size_t fraction_start = i;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
    }
    if (i != text.size() || (digits == 0 && i == fraction_start)) return {TypedNumber::Kind::not_a_number, 0};
    const bool round_up = i > fraction_start && text[fraction_start] >= '5';
    const std::int64_t rounded = whole + (round_up ? 1 : 0);
    return {TypedNumber::Kind::decimal, negative ? -rounded : rounded};
}

// A number typed as text, so that whatever is typed is seen: a whole number in range is
// taken; a decimal is rounded and a non-number is not taken, each with a message under the
// field, at once. The − and + buttons are for the mouse (and arrows): Tab goes from one
// field to the next, never to a button where digits would go nowhere.
bool draw_number(Ui& ui, const Question& question, std::int64_t& value) {
    std::array<char, 32> buffer{};
    const std::string shown = std::to_string(value);
    std::copy_n(shown.begin(), std::min(shown.size(), buffer.size() - 1), buffer.begin());
    bool changed = false;
    const float button_size = ImGui::GetFrameHeight();
    const float spacing = ImGui::GetStyle().ItemInnerSpacing.x;
    ImGui::SetNextItemWidth(ui.px(180) - 2 * (button_size + spacing));
    if (ImGui::InputText(labelled_id("", "number").c_str(), buffer.data(), buffer.size(),
                         ImGuiInputTextFlags_AutoSelectAll)) {
        const std::string typed(buffer.data());
        const TypedNumber number = parse_typed_number(typed);
        std::int64_t kept = value;
        std::optional<Message> message;
        switch (number.kind) {
            case TypedNumber::Kind::empty: break;  // still typing: the answer stays as it was
            case TypedNumber::Kind::not_a_number:
                message = Message{"question.not_a_number", {typed, std::to_string(value)}};
                break;
            case TypedNumber::Kind::whole:
            case TypedNumber::Kind::decimal:
                kept = std::clamp(number.value, question.min, question.max);
                if (kept != number.value) {
                    message = Message{"question.clamped", {typed, std::to_string(question.min),
                                                           std::to_string(question.max), std::to_string(kept)}};
                } else if (number.kind == TypedNumber::Kind::decimal) {
                    message = Message{"question.rounded", {typed, std::to_string(kept)}};
                }
                break;
        }
        if (message) {
            ui.state.field_messages[question.id] = std::move(*message);
        } else if (number.kind != TypedNumber::Kind::empty) {
            ui.state.field_messages.erase(question.id);
        }
        changed = kept != value;
        value = kept;
    }
    if (SemanticNode* node = last_semantic_node()) {
        node->role = Role::number_field;
        node->value = buffer.data();
    }
    ui.probe.record_last_item(probe_id(question));
    ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop, true);
    const auto step = [&](const char* label, std::string_view name, std::int64_t delta) {
        ImGui::SameLine(0, spacing);
        ImGui::PushButtonRepeat(true);
        const bool pressed = ImGui::Button(label, ImVec2(button_size, button_size));
        ImGui::PopButtonRepeat();
        if (SemanticNode* node = last_semantic_node()) {
            node->name = std::string(ui.text(delta < 0 ? "question.decrease" : "question.increase"));
        }
        hand_cursor_on_hover();
        ui.probe.record_last_item(probe_id(question, name));
        if (!pressed) return;
        const std::int64_t next = std::clamp(value + delta, question.min, question.max);
        ui.state.field_messages.erase(question.id);
        changed = changed || next != value;
        value = next;
    };
    step("-", "minus", -1);
    step("+", "plus", +1);
    ImGui::PopItemFlag();
    if (!question.unit.empty()) {
        ImGui::SameLine();
        const std::string_view unit = question.unit.for_count(ui.state.language, value);
        ImGui::TextUnformatted(unit.data(), unit.data() + unit.size());
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
        if (SemanticNode* node = last_semantic_node()) node->name = std::string(ui.text("question.rank_up")) + ": " + label;
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) tooltip(ui, ui.text("question.rank_up"));
        ui.probe.record_last_item(probe_id(question, value[i] + ".up"));
        ImGui::SameLine(0, ui.px(2));
        ImGui::BeginDisabled(i + 1 == value.size());
        if (ImGui::Button("↓", ImVec2(arrow, 0)) && i + 1 < value.size()) {
            std::swap(value[i], value[i + 1]);
            changed = true;
        }
        ImGui::EndDisabled();
        if (SemanticNode* node = last_semantic_node()) node->name = std::string(ui.text("question.rank_down")) + ": " + label;
        if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) tooltip(ui, ui.text("question.rank_down"));
        ui.probe.record_last_item(probe_id(question, value[i] + ".down"));
        ImGui::SameLine(0, ui.px(10));
        ImGui::AlignTextToFramePadding();
        ImGui::PushStyleColor(ImGuiCol_Text, ui.colors().accent);
        ImGui::Text("%zu.", i + 1);
        ImGui::PopStyleColor();
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0.0f);  // a goal longer than a phone's line wraps beside its number
        ImGui::TextUnformatted(label.c_str());
        ImGui::PopTextWrapPos();
        ui.probe.check_last_item_fits(label);
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
    if (SemanticNode* node = last_semantic_node()) node->value = buffer.c_str();
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
        const std::string text = message_text(message->second, ui.translations, ui.state.language);
        for (auto& node : ui.probe.semantics().nodes_mutable()) {  // the field says why it is invalid
            if (node.id == probe_id(question)) node.error = text;
        }
        text_colored(ui.colors().error, text);
        ui.probe.record_last_item("q." + question.id + ".message");
    }
    return changed;
}

std::string answer_summary(const Ui& ui, const Question& question) {
    return answer_text(question, ui.state.answers, ui.state.language, ui.text("export.none"));
}

}  // namespace kickstart::app
