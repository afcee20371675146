// Planner benchmark: prints figures, asserts nothing.
//   kickstart_bench [--runs N]   timings: the built-in catalog and synthetic catalogs of 1,000
//                                and 10,000 actions (median of N runs)
//   kickstart_bench --quality    how good the heuristic's orders are: against the exact
//                                optimum on random 8-20-action instances, against a lower
//                                bound on 100-10,000 actions
//
// Index of this file
// [SECTION] Timing
// [SECTION] Synthetic catalogs
// [SECTION] Quality: small instances against the optimum
// [SECTION] Quality: large instances against a lower bound
#include "kickstart/core/builtin.hpp"
#include "kickstart/core/demo_brief.hpp"
#include "kickstart/core/planner.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
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
using kickstart::Deadline;
using kickstart::Job;
using kickstart::OrderMethod;
using kickstart::Schedule;

// [SECTION] Timing

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

// [SECTION] Synthetic catalogs

// Prerequisites of action i: `deep` — up to five among the 50 before it (long chains, like a
// catalog grown step by step); otherwise wide — up to two among all before it (many
// independent threads).
std::vector<std::size_t> synthetic_prerequisites(std::size_t i, bool deep, std::mt19937& random) {
    std::vector<std::size_t> prerequisites;
    if (i == 0) return prerequisites;
    const std::size_t count = deep ? 5 : random() % 3;
    for (std::size_t r = 0; r < count; ++r) {
        const std::size_t low = deep && i > 50 ? i - 50 : 0;
        const std::size_t p = low + random() % (i - low);
        if (std::find(prerequisites.begin(), prerequisites.end(), p) == prerequisites.end()) prerequisites.push_back(p);
    }
    return prerequisites;
}

// A catalog of `count` actions over the built-in steps and goals, with random effort and
// value; with `milestone`, a last action of next to no value, due before the demo, needing the first
// three (the demo script of a real catalog).
std::string synthetic_catalog(std::size_t count, bool deep, bool milestone, const kickstart::Knowledge& k) {
    std::mt19937 random(static_cast<std::mt19937::result_type>(count + (deep ? 0 : 1)));
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
        for (const std::size_t p : synthetic_prerequisites(i, deep, random)) prerequisites.push_back("a" + std::to_string(p));
        actions.push_back({
            {"id", "a" + std::to_string(i)},
            {"code", i + 1},
            {"step", steps[i % steps.size()]["id"]},
            {"title", text}, {"outcome", text}, {"demo", text}, {"steps", list},
            {"effort", {{"hours", 0.5 * static_cast<double>(1 + random() % 16)}}},
            {"value", {{"base", 0.1 * static_cast<double>(random() % 11)},
                       {"goals", {{goals[i % goals.size()].id, 1 + random() % 5}}}}},
            {"requires", prerequisites},
        });
    }
    if (milestone) {
        actions.push_back({
            {"id", "demo"}, {"code", count + 1}, {"step", steps[steps.size() - 1]["id"]},
            {"title", text}, {"outcome", text}, {"demo", text}, {"steps", list},
            {"effort", {{"hours", 2}}}, {"value", {{"base", 0.01}}},
            {"requires", {"a0", "a1", "a2"}}, {"before_demo", true},
        });
    }
    catalog["actions"] = actions;
    return catalog.dump();
}

// The same shapes as jobs, for the scheduler alone.
std::vector<Job> synthetic_jobs(std::size_t count, bool deep) {
    std::mt19937 random(static_cast<std::mt19937::result_type>(7 * count + (deep ? 0 : 1)));
    std::vector<Job> jobs(count);
    for (std::size_t i = 0; i < count; ++i) {
        jobs[i].hours = 0.5 * static_cast<double>(1 + random() % 16);
        jobs[i].weight = std::round(100.0 * (0.1 * static_cast<double>(random() % 11) +
                                             static_cast<double>(1 + random() % 5) * (6.0 - static_cast<double>(i % 6)) / 6.0)) /
                         100.0;
        jobs[i].prerequisites = synthetic_prerequisites(i, deep, random);
    }
    return jobs;
}

int timing(int runs) {
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
    // What the page recomputes on every answer change: the plan and its demo brief, whose
    // "to show more" plans again for each candidate hours a week and weeks.
    {
        kickstart::Answers realistic = answers;
        realistic.values["engineers"] = std::int64_t{150};
        realistic.values["scm"] = std::string("gitlab-self-managed");
        realistic.values["idp"] = std::string("okta");
        realistic.values["ci"] = std::vector<std::string>{"jenkins", "argocd"};
        realistic.values["kubernetes"] = std::string("yes");
        realistic.values["docs_source"] = std::string("confluence");
        realistic.values["hours_per_week"] = std::int64_t{5};
        realistic.values["weeks_to_demo"] = std::int64_t{6};
        realistic.values["demo_style"] = std::string("hands-on");
        realistic.values["goals"] = std::vector<std::string>{"docs", "ownership", "new-services", "ci-visibility",
                                                             "api-discovery", "onboarding", "standards"};
        using Case = std::pair<const char*, const kickstart::Answers*>;
        for (const Case& row : {Case{"built-in catalog, plan + demo brief", &answers},
                                Case{"built-in catalog, brief, 5h x 6wk", &realistic}}) {
            const char* label = row.first;
            const kickstart::Answers* which = row.second;  // a plain variable: lambdas may capture it
            kickstart::Plan plan;
            const double ms = median_ms(runs, [&] {
                plan = kickstart::make_plan(k.catalog, *which);
                const kickstart::DemoBrief brief = kickstart::make_demo_brief(k.questionnaire, k.catalog, *which, plan);
                if (brief.minutes == 0) std::abort();  // keeps the brief from being optimised away
            });
            std::printf("%-34s %8zu %8d %12.4f %10s\n", label, plan.items.size(), runs, ms,
                        std::string(kickstart::method_name(plan.summary.method)).c_str());
        }
    }
    struct Shape {
        const char* label;
        bool deep;
        bool milestone;
    };
    for (const Shape shape : {Shape{"synthetic, ~5 prerequisites each", true, false},
                              Shape{"synthetic, wide, 0-2 prerequisites", false, false},
                              Shape{"synthetic, ~5 prerequisites, demo", true, true}}) {
        for (const std::size_t count : {std::size_t{1000}, std::size_t{10000}}) {
            const std::string text = synthetic_catalog(count, shape.deep, shape.milestone, k);
            const auto catalog = kickstart::Catalog::load(text, k.questionnaire);
            if (!catalog) {
                std::fprintf(stderr, "synthetic catalog invalid: %s\n", problems(catalog.error()).c_str());
                return 1;
            }
            const int n = count >= 10000 ? std::max(1, runs / 2) : runs;
            kickstart::Plan plan;
            const double plan_ms = median_ms(n, [&] { plan = kickstart::make_plan(catalog.value(), answers); });
            std::printf("%-34s %8zu %8d %12.3f %10s\n", shape.label, count, n, plan_ms,
                        std::string(kickstart::method_name(plan.summary.method)).c_str());
            if (shape.deep && !shape.milestone) {
                const double load_ms = median_ms(n, [&] { (void)kickstart::Catalog::load(text, k.questionnaire); });
                std::printf("%-34s %8zu %8d %12.3f %10s\n", "  (loading and validating it)", count, n, load_ms, "");
            }
        }
    }
    return 0;
}

// [SECTION] Quality: small instances against the optimum

// Random jobs like a catalog's after rounding: efforts in quarter hours up to 12 h, values
// in hundredths up to 10 (`fine`), or half hours up to 8 h and quarter values up to 5, with
// many ties (`coarse`); each job may need earlier ones (numbering shuffled afterwards).
std::vector<Job> random_jobs(std::size_t n, bool fine, std::mt19937& random) {
    const double density = 0.05 + static_cast<double>(random() % 100) / 100.0 * 0.4;
    std::vector<Job> jobs(n);
    for (std::size_t j = 0; j < n; ++j) {
        jobs[j].hours = fine ? 0.25 * static_cast<double>(1 + random() % 48) : 0.5 * static_cast<double>(1 + random() % 16);
        jobs[j].weight = fine ? 0.01 * static_cast<double>(random() % 1001) : 0.25 * static_cast<double>(random() % 21);
        for (std::size_t r = 0; r < j; ++r) {
            if (static_cast<double>(random() % 10000) / 10000.0 < density) jobs[j].prerequisites.push_back(r);
        }
    }
    std::vector<std::size_t> relabel(n);
    for (std::size_t i = 0; i < n; ++i) relabel[i] = i;
    for (std::size_t i = n; i > 1; --i) std::swap(relabel[i - 1], relabel[random() % i]);
    std::vector<Job> shuffled(n);
    for (std::size_t j = 0; j < n; ++j) {
        Job job = jobs[j];
        for (auto& r : job.prerequisites) r = relabel[r];
        shuffled[relabel[j]] = job;
    }
    return shuffled;
}

std::vector<bool> closure_of(const std::vector<Job>& jobs, std::vector<bool> needed) {
    for (bool grew = true; grew;) {
        grew = false;
        for (std::size_t j = 0; j < jobs.size(); ++j) {
            if (!needed[j]) continue;
            for (const std::size_t r : jobs[j].prerequisites) {
                if (!needed[r]) grew = needed[r] = true;
            }
        }
    }
    return needed;
}

// A deadline that binds: every other instance the demo as a milestone (the last job, of
// weight 0, needing one to three others), the others one to three due jobs; the deadline
// falls between the hours the due jobs need and the hour they finish without it.
Deadline binding_deadline(std::vector<Job>& jobs, int instance, std::mt19937& random) {
    const std::size_t n = jobs.size();
    Deadline deadline{std::vector<bool>(n, false), 0.0};
    if (instance % 2 == 0) {
        Job& demo = jobs.back();
        demo = {0.25 * static_cast<double>(1 + random() % 8), 0.0, {}};
        for (std::size_t j = 0; j + 1 < n; ++j) {
            auto& needs = jobs[j].prerequisites;
            needs.erase(std::remove(needs.begin(), needs.end(), n - 1), needs.end());
        }
        for (std::size_t k = 0, count = 1 + random() % 3; k < count; ++k) demo.prerequisites.push_back(random() % (n - 1));
        std::sort(demo.prerequisites.begin(), demo.prerequisites.end());
        demo.prerequisites.erase(std::unique(demo.prerequisites.begin(), demo.prerequisites.end()), demo.prerequisites.end());
        deadline.due[n - 1] = true;
    } else {
        for (std::size_t k = 0, count = 1 + random() % 3; k < count; ++k) deadline.due[random() % n] = true;
    }
    const std::vector<bool> bound = closure_of(jobs, deadline.due);
    double needs = 0.0;
    double finish = 0.0;
    double clock = 0.0;
    for (std::size_t j = 0; j < n; ++j) needs += bound[j] ? jobs[j].hours : 0.0;
    for (const std::size_t j : kickstart::schedule_jobs(jobs).order) {
        clock += jobs[j].hours;
        if (bound[j]) finish = clock;
    }
    deadline.hours = std::max(needs, std::round(4.0 * (needs + (finish - needs) * static_cast<double>(random() % 100) / 100.0)) / 4.0);
    return deadline;
}

void small_instances(int count) {
    std::printf("\nheuristic (exact limit 0) against the exact optimum, %d random instances per row\n", count);
    std::printf("%-8s %8s %-9s %10s %10s %10s %10s %12s\n", "values", "actions", "deadline", "within 1%", "mean gap",
                "max gap", "exact ms", "heuristic ms");
    for (const bool fine : {true, false}) {
        for (const bool with_deadline : {false, true}) {
            for (const std::size_t n : {std::size_t{8}, std::size_t{12}, std::size_t{16}, std::size_t{20}}) {
                std::mt19937 random(static_cast<std::mt19937::result_type>(1000 * n + (with_deadline ? 1 : 0) + (fine ? 0 : 2)));
                int within = 0;
                int solved = 0;
                double sum = 0.0;
                double worst = 0.0;
                double exact_ms = 0.0;
                double heuristic_ms = 0.0;
                for (int instance = 0; instance < count; ++instance) {
                    std::vector<Job> jobs = random_jobs(n, fine, random);
                    const Deadline deadline = with_deadline ? binding_deadline(jobs, instance, random) : Deadline{};
                    auto start = Clock::now();
                    const Schedule exact = kickstart::schedule_jobs(jobs, deadline, std::size_t{1} << 22);
                    exact_ms += std::chrono::duration<double, std::milli>(Clock::now() - start).count();
                    start = Clock::now();
                    const Schedule heuristic = kickstart::schedule_jobs(jobs, deadline, 0);
                    heuristic_ms += std::chrono::duration<double, std::milli>(Clock::now() - start).count();
                    if (exact.method != OrderMethod::exact) continue;
                    ++solved;
                    const double gap = exact.weighted_completion > 0
                                           ? heuristic.weighted_completion / exact.weighted_completion - 1.0
                                           : 0.0;
                    within += gap <= 0.01 ? 1 : 0;
                    sum += gap;
                    worst = std::max(worst, gap);
                }
                std::printf("%-8s %8zu %-9s %9.1f%% %9.3f%% %9.2f%% %10.3f %12.3f\n", fine ? "fine" : "coarse", n,
                            with_deadline ? "binding" : "none", 100.0 * within / std::max(solved, 1),
                            100.0 * sum / std::max(solved, 1), 100.0 * worst, exact_ms / count, heuristic_ms / count);
                if (solved < count) std::printf("  (%d of %d not solved exactly, left out)\n", count - solved, count);
            }
        }
    }
}

// [SECTION] Quality: large instances against a lower bound

void large_instances() {
    std::printf("\nlarge instances against a lower bound (Sidney's blocks: each block's optimum where it has at most\n"
                "2^20 closed sets, otherwise (sum p * sum w + sum p*w) / 2)\n");
    std::printf("%-6s %8s %8s %8s %10s %10s %14s %10s %10s\n", "shape", "actions", "blocks", "largest", "method",
                "plan ms", "gap to bound", "blocks+Smith", "Smith");
    for (const bool deep : {false, true}) {
        for (const std::size_t count : {std::size_t{100}, std::size_t{1000}, std::size_t{10000}}) {
            const std::vector<Job> jobs = synthetic_jobs(count, deep);
            const auto blocks = kickstart::sidney_decomposition(jobs);
            std::size_t largest = 0;
            for (const auto& block : blocks) largest = std::max(largest, block.size());
            Schedule plan;
            const double ms = median_ms(count >= 10000 ? 5 : 11, [&] { plan = kickstart::schedule_jobs(jobs); });
            const double bound = kickstart::weighted_completion_lower_bound(jobs, std::size_t{1} << 20);
            const auto gap = [&](double cost) { return 100.0 * (cost / bound - 1.0); };
            std::printf("%-6s %8zu %8zu %8zu %10s %10.2f %13.3f%% %9.3f%% %9.3f%%\n", deep ? "deep" : "wide", count,
                        blocks.size(), largest, std::string(kickstart::method_name(plan.method)).c_str(), ms,
                        gap(plan.weighted_completion), gap(kickstart::decomposition_schedule(jobs).weighted_completion),
                        gap(kickstart::smith_list_schedule(jobs).weighted_completion));
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 21;
    bool quality = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--runs" && i + 1 < argc) {
            runs = std::max(1, std::atoi(argv[++i]));
        } else if (arg == "--quality") {
            quality = true;
        } else {
            std::fprintf(stderr, "usage: kickstart_bench [--runs N] [--quality]\n");
            return 2;
        }
    }
    if (!quality) return timing(runs);
    small_instances(2000);
    large_instances();
    return 0;
}
