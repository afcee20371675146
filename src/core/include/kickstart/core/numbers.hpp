// Rounding shared by the planner and the exporters, so a figure is rounded the same way
// wherever it is computed or written.
#pragma once

#include <cmath>

namespace kickstart {

// Rounds to 1/parts (4: quarter hours, 100: hundredths); dividing last gives the double
// nearest the decimal, so 9.29 prints as 9.29.
[[nodiscard]] inline double round_to(double value, double parts) { return std::round(value * parts) / parts; }

}  // namespace kickstart
