// Conditions on answers, as the knowledge base writes them:
//   {"question": Q, "is": OPTION} | {"question": Q, "in": [OPTION...]}      single choice
//   {"question": Q, "includes": OPTION}                                     multiple choice
//   {"question": Q, "at_least": N} | {"question": Q, "at_most": N}          number
//   {"question": Q, "ranks": OPTION, "within": N}                           ranking: OPTION is
//                                                                            among the first N
//   {"all": [C...]} | {"any": [C...]} | {"not": C}
// Each object holds exactly one operator; unknown fields are errors.
#pragma once

#include "kickstart/core/questionnaire.hpp"

#include <nlohmann/json_fwd.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace kickstart {

struct Condition {
    enum class Op { is_one_of, includes, at_least, at_most, ranked_within, all, any, negate };
    Op op = Op::all;
    std::string question;
    std::vector<std::string> options;  // is_one_of (one for "is"), includes, ranked_within (one)
    std::int64_t number = 0;           // at_least, at_most, ranked_within (N)
    std::vector<Condition> children;   // all, any, negate (one)

    [[nodiscard]] bool holds(const Answers& answers) const;
};

// Parses and checks a condition against the questionnaire; problems go to `errors` with
// `path`. Returns an always-true condition when it cannot be read.
Condition parse_condition(const nlohmann::json& json, const std::string& path, const Questionnaire& questionnaire,
                          Errors& errors);

}  // namespace kickstart
