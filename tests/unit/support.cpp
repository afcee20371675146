#include "support.hpp"

#include "kickstart/core/builtin.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace test_support {

std::string read_fixture(const std::string& name) {
    std::ifstream file(std::string(KICKSTART_FIXTURES) + "/" + name, std::ios::binary);
    REQUIRE_MESSAGE(file.good(), "missing fixture " << name);
    std::ostringstream buffer;
    buffer << file.rdbuf();
    return buffer.str();
}

std::string message(const kickstart::Error& error, kickstart::Language language) {
    const auto& translations = kickstart::builtin_translations();
    REQUIRE(translations.ok());
    // Every problem a test sees carries exactly the arguments its code's text uses.
    for (const kickstart::Problem& problem : error.problems()) {
        REQUIRE_MESSAGE(problem.args.size() == kickstart::error_info(problem.code).arguments,
                        kickstart::error_info(problem.code).id << " with " << problem.args.size() << " arguments");
    }
    return kickstart::error_text(error, translations.value(), language);
}

const kickstart::Questionnaire& fixture_questionnaire() {
    static const auto loaded = kickstart::Questionnaire::load(read_fixture("questions.json"));
    REQUIRE_MESSAGE(loaded.ok(), test_support::message(loaded.error()));
    return loaded.value();
}

const kickstart::Catalog& fixture_catalog() {
    static const auto loaded = kickstart::Catalog::load(read_fixture("catalog.json"), fixture_questionnaire());
    REQUIRE_MESSAGE(loaded.ok(), test_support::message(loaded.error()));
    return loaded.value();
}

kickstart::Answers random_answers(const kickstart::Questionnaire& questionnaire, std::mt19937& random) {
    kickstart::Answers answers;
    for (const kickstart::Question& q : questionnaire.questions()) {
        const auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
        switch (q.kind) {
            case kickstart::QuestionKind::single: answers.values[q.id] = q.options[pick(q.options.size())].id; break;
            case kickstart::QuestionKind::multi: {
                std::vector<std::string> ids;
                for (const auto& option : q.options) {
                    if (pick(2) == 1) ids.push_back(option.id);
                }
                answers.values[q.id] = ids;
                break;
            }
            case kickstart::QuestionKind::ranking: {
                std::vector<std::string> ids;
                for (const auto& option : q.options) ids.push_back(option.id);
                std::shuffle(ids.begin(), ids.end(), random);
                answers.values[q.id] = ids;
                break;
            }
            case kickstart::QuestionKind::number:
                answers.values[q.id] = std::uniform_int_distribution<std::int64_t>(q.min, q.max)(random);
                break;
            case kickstart::QuestionKind::text: {
                static const std::vector<std::string> kPieces = {"Acme", " ", "Zażółć", "<b>", "[x](y)", "|", "`",
                                                                 "gęślą", "#", "*", "\\", "\"", "ł"};
                const auto characters = [](const std::string& text) {
                    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char c) {
                        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
                    }));
                };
                std::string text;
                const std::size_t parts = pick(5);
                for (std::size_t i = 0; i < parts; ++i) {
                    const std::string& piece = kPieces[pick(kPieces.size())];
                    if (characters(text + piece) > q.max_length) break;
                    text += piece;
                }
                answers.values[q.id] = text;
                break;
            }
        }
    }
    return answers;
}

std::vector<kickstart::Job> random_jobs(std::size_t count, double density, std::mt19937& random) {
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::uniform_int_distribution<int> hours(1, 16);
    std::uniform_int_distribution<int> weight(0, 20);
    std::vector<kickstart::Job> jobs(count);
    for (std::size_t j = 0; j < count; ++j) {
        jobs[j].hours = hours(random) * 0.5;
        jobs[j].weight = weight(random) * 0.25;
        for (std::size_t r = 0; r < j; ++r) {
            if (unit(random) < density) jobs[j].prerequisites.push_back(r);
        }
    }
    // Shuffle the numbering so "earlier index" carries no hint.
    std::vector<std::size_t> relabel(count);
    for (std::size_t i = 0; i < count; ++i) relabel[i] = i;
    std::shuffle(relabel.begin(), relabel.end(), random);
    std::vector<kickstart::Job> shuffled(count);
    for (std::size_t j = 0; j < count; ++j) {
        kickstart::Job job = jobs[j];
        for (auto& r : job.prerequisites) r = relabel[r];
        shuffled[relabel[j]] = job;
    }
    return shuffled;
}

void for_each_demo_grid_cell(const kickstart::Questionnaire& questionnaire, std::size_t every,
                             const std::function<void(const DemoGridCell&)>& visit) {
    const kickstart::Question* goals = questionnaire.find("goals");
    const kickstart::Question* scm = questionnaire.find("scm");
    REQUIRE(goals != nullptr);
    REQUIRE(scm != nullptr);
    std::size_t cell = 0;
    DemoGridCell visited;
    for (std::size_t first = 0; first < goals->options.size(); ++first) {
        std::vector<std::string> ranking{goals->options[first].id};
        for (std::size_t g = 0; g < goals->options.size(); ++g) {
            if (g != first) ranking.push_back(goals->options[g].id);
        }
        for (std::int64_t hours_per_week = 2; hours_per_week <= 12; ++hours_per_week) {
            for (std::int64_t weeks = 2; weeks <= 10; ++weeks) {
                for (const std::string style : {"guided", "hands-on"}) {
                    if (cell++ % every != 0) continue;
                    visited.first_goal = first;
                    visited.hours_per_week = hours_per_week;
                    visited.weeks = weeks;
                    visited.style = style;
                    visited.answers = questionnaire.defaults();
                    visited.answers.values["goals"] = ranking;
                    visited.answers.values["hours_per_week"] = hours_per_week;
                    visited.answers.values["weeks_to_demo"] = weeks;
                    visited.answers.values["demo_style"] = style;
                    visited.answers.values["scm"] = scm->options[visited.visited % scm->options.size()].id;
                    visit(visited);
                    ++visited.visited;
                }
            }
        }
    }
}

}  // namespace test_support
