// Shared by the unit tests: fixtures, seeded random answers and catalogs.
#pragma once

#include "kickstart/core/catalog.hpp"
#include "kickstart/core/planner.hpp"
#include "kickstart/core/questionnaire.hpp"

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

}  // namespace test_support
