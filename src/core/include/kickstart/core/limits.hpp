// Limits shared between files (and with the page's JavaScript): every bound the loaders,
// the share link and the file import check, and the planner's tolerances, named once.
#pragma once

#include <cstddef>
#include <cstdint>

namespace kickstart {

// Question and action codes: stable numbers the share link stores (never reused).
inline constexpr int kMaxQuestionCode = 10000;
inline constexpr int kMaxActionCode = 100000;
// A text answer's longest max_length, in characters.
inline constexpr std::int64_t kMaxTextLength = 1000;
// A multiple-choice answer travels as a 64-bit mask in the share link.
inline constexpr std::size_t kMaxMultiOptions = 63;

// Larger plan files are refused before parsing: a real plan is tens of kilobytes. The page
// reads no more than this (plus one byte, to tell that there was more) from a picked file.
inline constexpr std::size_t kMaxPlanFileBytes = 4u * 1024 * 1024;
// Longer share links are refused before decoding; the example organisations' take under 100.
inline constexpr std::size_t kMaxShareLinkLength = 8192;

// The user's own estimate of an action's hours is at most this: the most a catalog may give
// an action as its base effort.
inline constexpr double kMaxEstimateHours = 1000.0;

// The planner's tolerances. Efforts are quarter hours and weights hundredths, but hours per
// week, finish times and sums of weight x time are floating-point all the same.
// Hours within this of a deadline or a week boundary count as on it.
inline constexpr double kHoursTolerance = 1e-9;
// Two orders' Σ wⱼCⱼ closer than this, relative to their size, are equally good.
inline constexpr double kCostTolerance = 1e-9;
// Ratios w/p (and flows in the minimum cuts) closer than this, relatively, are equal; the
// absolute floor keeps the test meaningful near zero.
inline constexpr double kRatioTolerance = 1e-12;
inline constexpr double kRatioFloor = 1e-15;
// A local-search move counts only if it lowers the cost by more than this, relatively: tiny
// gains from rounding would otherwise keep the search moving.
inline constexpr double kMoveGainTolerance = 1e-10;

}  // namespace kickstart
