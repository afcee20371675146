#include "kickstart/core/value_curve.hpp"

#include "support.hpp"

#include "kickstart/core/builtin.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <set>

namespace {

// Σ share gained × hour it is gained: the weighted completion time over the total value, the
// quantity the planner minimises (smaller: value sooner).
double weighted_completion(const std::vector<kickstart::ValuePoint>& curve) {
    double sum = 0.0;
    for (std::size_t i = 1; i < curve.size(); ++i) sum += (curve[i].share - curve[i - 1].share) * curve[i].hour;
    return sum;
}

}  // namespace

TEST_SUITE("value curve") {

TEST_CASE("the fixture: both orders step through every action and end at the whole value") {
    const auto answers = test_support::fixture_questionnaire().validate_text(R"({"scm": "github", "ci": ["jenkins"],
        "hours_per_week": 2, "weeks_to_demo": 2})");
    REQUIRE(answers.ok());
    const kickstart::Plan plan = kickstart::make_plan(test_support::fixture_catalog(), answers.value());
    const kickstart::ValueCurve curve = kickstart::value_curve(test_support::fixture_catalog(), plan);
    REQUIRE(curve.plan.size() == plan.items.size() + 1);
    REQUIRE(curve.catalog_order.size() == plan.items.size() + 1);
    CHECK(curve.plan.front().hour == 0.0);
    CHECK(curve.plan.back().share == doctest::Approx(1.0));
    CHECK(curve.catalog_order.back().share == doctest::Approx(1.0));
    CHECK(curve.total_hours == doctest::Approx(7.0));
    CHECK(curve.demo_hour == doctest::Approx(4.0));
    // The chain create-app → discovery → jenkins leaves one order only: the curves agree.
    CHECK(curve.plan_share_at_demo == doctest::Approx(curve.catalog_order_share_at_demo));
    CHECK(curve.plan_share_at_demo == doctest::Approx(plan.summary.value_share_before_demo));
    CHECK(kickstart::share_at(curve.plan, 1.99) == 0.0);
    CHECK(kickstart::share_at(curve.plan, 7.0) == doctest::Approx(1.0));
}

// Property: the catalog-order baseline keeps every prerequisite and the same actions, and an
// exact plan delivers its value at least as soon as it (the planner's objective).
TEST_CASE("property: the baseline respects prerequisites, an exact plan is never later than it") {
    const auto& knowledge = kickstart::builtin_knowledge().value();
    std::mt19937 random(1414);
    for (int round = 0; round < 60; ++round) {
        const kickstart::Answers answers = test_support::random_answers(knowledge.questionnaire, random);
        const kickstart::Plan plan = kickstart::make_plan(knowledge.catalog, answers);
        const kickstart::ValueCurve curve = kickstart::value_curve(knowledge.catalog, plan);
        CAPTURE(round);
        REQUIRE(curve.catalog_order.size() == plan.items.size() + 1);
        CHECK(curve.catalog_order.back().hour == doctest::Approx(curve.total_hours));
        std::set<std::size_t> finished;
        for (const std::size_t action : curve.catalog_order_actions) {
            const auto item = std::find_if(plan.items.begin(), plan.items.end(),
                                           [&](const kickstart::PlanItem& i) { return i.action == action; });
            REQUIRE(item != plan.items.end());
            for (const std::size_t need : item->needs) CHECK(finished.count(need) == 1);
            CHECK(finished.insert(action).second);
        }
        CHECK(finished.size() == plan.items.size());
        for (std::size_t i = 1; i < curve.catalog_order.size(); ++i) {
            CHECK(curve.catalog_order[i].share >= curve.catalog_order[i - 1].share - 1e-12);
        }
        // The curve counts what is finished by the demo date; the plan counts what the demo
        // shows (what comes before its preparation). They differ only by work that follows the
        // preparation (it needs the demo) and still ends before the date, when hours are ample.
        bool done_after_preparation_by_date = false;
        bool preparation_passed = false;
        for (const auto& item : plan.items) {
            if (preparation_passed && item.weight > 0 && item.finish_hour <= plan.summary.hours_available) {
                done_after_preparation_by_date = true;
            }
            if (plan.demo.preparation && item.action == *plan.demo.preparation) preparation_passed = true;
        }
        if (done_after_preparation_by_date) {
            CHECK(curve.plan_share_at_demo > plan.summary.value_share_before_demo);
        } else {
            CHECK(curve.plan_share_at_demo == doctest::Approx(plan.summary.value_share_before_demo));
        }
        if (plan.summary.method == kickstart::OrderMethod::exact && plan.summary.moved_for_demo == 0) {
            CHECK(weighted_completion(curve.plan) <= weighted_completion(curve.catalog_order) + 1e-9);
        }
    }
}

}  // TEST_SUITE
