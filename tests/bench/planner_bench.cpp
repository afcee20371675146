// Planner benchmark: the built-in catalog, and synthetic catalogs of 1,000 and 10,000
// actions with about five prerequisites each. Prints the median of repeated runs.
//   kickstart_bench [--runs N]
#include "kickstart/core/builtin.hpp"
#include "kickstart/core/planner.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

std::string problems(const kickstart::Error& error) {
    const auto& texts = kickstart::builtin_translations();
    if (texts) return kickstart::error_text(error, texts.value(), kickstart::Language::en);
    return std::string(kickstart::error_info(error.code()).id);
}

// Median of `runs` timed runs, after untimed ones for at least a third of a second: a
// WebAssembly engine first runs code from its baseline compiler and swaps in optimised code
// only once the code is hot, and the steady state is what a user meets after the first clicks.
template <typename Work>
double median_ms(int runs, Work&& work) {
    const auto warm_until = Clock::now() + std::chrono::milliseconds(330);
    for (int i = 0; i < 3 || Clock::now() < warm_until; ++i) work();
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// A catalog of `count` actions over the built-in steps and goals; each action prerequisites up
// to five earlier ones (so it is acyclic), with random effort and value.
std::string synthetic_catalog(std::size_t count, const kickstart::Knowledge& k) {
    std::mt19937 random(static_cast<std::mt19937::result_type>(count));
    nlohmann::json catalog = {{"schema", "backstage-kickstart/catalog"}, {"version", 1}};
    nlohmann::json steps = nlohmann::json::array();
    for (const auto& step : k.catalog.steps()) {
        steps.push_back({{"id", step.id}, {"title", {{"en", "s"}, {"pl", "s"}}}, {"summary", {{"en", "s"}, {"pl", "s"}}}});
    }
    catalog["steps"] = steps;
    const auto& goals = k.questionnaire.find(kickstart::question_ids::goals)->options;
    const nlohmann::json text = {{"en", "text"}, {"pl", "tekst"}};
    const nlohmann::json list = {{"en", {"step"}}, {"pl", {"krok"}}};
    nlohmann::json actions = nlohmann::json::array();
    for (std::size_t i = 0; i < count; ++i) {
        nlohmann::json prerequisites = nlohmann::json::array();
        if (i > 0) {
            for (int r = 0; r < 5; ++r) {
                const std::size_t low = i > 50 ? i - 50 : 0;  // local structure, like real catalogs
                const std::string id = "a" + std::to_string(std::uniform_int_distribution<std::size_t>(low, i - 1)(random));
                if (std::find(prerequisites.begin(), prerequisites.end(), id) == prerequisites.end()) prerequisites.push_back(id);
            }
        }
        actions.push_back({
            {"id", "a" + std::to_string(i)},
            {"code", i + 1},
            {"step", steps[i % steps.size()]["id"]},
            {"title", text}, {"outcome", text}, {"demo", text}, {"steps", list},
            {"effort", {{"hours", 0.5 * std::uniform_int_distribution<int>(1, 16)(random)}}},
            {"value", {{"base", 0.1 * std::uniform_int_distribution<int>(0, 10)(random)},
                       {"goals", {{goals[i % goals.size()].id, std::uniform_int_distribution<int>(1, 5)(random)}}}}},
            {"requires", prerequisites},
        });
    }
    catalog["actions"] = actions;
    return catalog.dump();
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 21;
    if (argc == 3 && std::string(argv[1]) == "--runs") runs = std::max(1, std::atoi(argv[2]));
    const auto& builtin = kickstart::builtin_knowledge();
    if (!builtin) {
        std::fprintf(stderr, "built-in knowledge invalid: %s\n", problems(builtin.error()).c_str());
        return 1;
    }
    const kickstart::Knowledge& k = builtin.value();
    const kickstart::Answers answers = k.questionnaire.defaults();

    std::printf("%-34s %8s %8s %12s %10s\n", "planner (median of runs)", "actions", "runs", "median ms", "method");
    {
        kickstart::Plan plan;
        const double ms = median_ms(runs, [&] { plan = kickstart::make_plan(k.catalog, answers); });
        std::printf("%-34s %8zu %8d %12.4f %10s\n", "built-in catalog, default answers", plan.items.size(), runs, ms,
                    std::string(kickstart::method_name(plan.summary.method)).c_str());
    }
    for (const std::size_t count : {std::size_t{1000}, std::size_t{10000}}) {
        const std::string text = synthetic_catalog(count, k);
        const auto catalog = kickstart::Catalog::load(text, k.questionnaire);
        if (!catalog) {
            std::fprintf(stderr, "synthetic catalog invalid: %s\n", problems(catalog.error()).c_str());
            return 1;
        }
        const int n = count >= 10000 ? std::max(1, runs / 2) : runs;
        const double load_ms = median_ms(n, [&] { (void)kickstart::Catalog::load(text, k.questionnaire); });
        kickstart::Plan plan;
        const double plan_ms = median_ms(n, [&] { plan = kickstart::make_plan(catalog.value(), answers); });
        const std::string label = "synthetic, ~5 prerequisites each";
        std::printf("%-34s %8zu %8d %12.3f %10s\n", label.c_str(), count, n, plan_ms,
                    std::string(kickstart::method_name(plan.summary.method)).c_str());
        std::printf("%-34s %8zu %8d %12.3f %10s\n", "  (loading and validating it)", count, n, load_ms, "");
    }
    return 0;
}
