// Civil dates for the exports' timelines (proleptic Gregorian, days since 1970-01-01), and
// where each plan item falls on the calendar, so every export dates an action the same way.
#pragma once

#include "kickstart/core/limits.hpp"
#include "kickstart/core/planner.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

namespace kickstart::detail {

inline long days_from_civil(long y, unsigned m, unsigned d) {
    y -= m <= 2;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

inline std::string civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const long y = static_cast<long>(yoe) + era * 400 + (m <= 2);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04ld-%02u-%02u", y, m, d);
    return buffer;
}

// Days of a date already checked by valid_date().
inline long parse_days(std::string_view date) {
    const auto number = [&](std::size_t from, std::size_t count) {
        long value = 0;
        for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (date[i] - '0');
        return value;
    };
    return days_from_civil(number(0, 4), static_cast<unsigned>(number(5, 2)), static_cast<unsigned>(number(8, 2)));
}

// An item's first day and the day after its last, counted from the plan's date: the hours
// before it spread over the weeks at the plan's hours a week; at least one day long.
struct ItemDays {
    long begin = 0;
    long end = 0;
};

inline ItemDays item_days(const Plan& plan, const PlanItem& item, long start) {
    const auto per_week = static_cast<double>(std::max<std::int64_t>(1, plan.summary.hours_per_week));
    const auto days_for = [&](double hours) {
        return static_cast<long>(std::floor(hours / per_week * 7.0 + kHoursTolerance));
    };
    const long begin = start + days_for(item.start_hour);
    return {begin, begin + std::max(1L, days_for(item.finish_hour) - days_for(item.start_hour))};
}

}  // namespace kickstart::detail
