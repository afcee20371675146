// Shared by the unit tests: fixtures, seeded random answers and catalogs.
#pragma once

#include "kickstart/core/catalog.hpp"
#include "kickstart/core/planner.hpp"
#include "kickstart/core/questionnaire.hpp"

#include <cstdint>
#include <functional>
#include <random>
#include <string>

namespace test_support {

std::string read_fixture(const std::string& name);
// An error as people read it, in `language` (English: what the exact-text tests pin).
std::string message(const kickstart::Error& error, kickstart::Language language = kickstart::Language::en);
const kickstart::Questionnaire& fixture_questionnaire();
const kickstart::Catalog& fixture_catalog();

// A valid random answer set for the questionnaire.
kickstart::Answers random_answers(const kickstart::Questionnaire& questionnaire, std::mt19937& random);

// Random jobs with random prerequisites (each job may require earlier jobs only, so the
// graph is acyclic), `density` the chance of each possible edge.
std::vector<kickstart::Job> random_jobs(std::size_t count, double density, std::mt19937& random);

// The grid of answers the demo's promise is checked over: every goal ranked first (the others
// after it in order), 2-12 hours a week, 2-10 weeks, a guided and a hands-on demo, the rest
// the questionnaire's defaults. Every `every`-th cell is visited; the source control turns
// with each visited cell, so every one is met.
struct DemoGridCell {
    std::size_t visited = 0;  // how many cells were visited before this one
    std::size_t first_goal = 0;
    std::int64_t hours_per_week = 0;
    std::int64_t weeks = 0;
    std::string style;
    kickstart::Answers answers;
};
void for_each_demo_grid_cell(const kickstart::Questionnaire& questionnaire, std::size_t every,
                             const std::function<void(const DemoGridCell&)>& visit);

}  // namespace test_support
