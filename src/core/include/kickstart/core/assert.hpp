// Programmer errors: an invariant the code relies on (a non-empty list, a key that must be
// there). Checked in debug and sanitizer builds, where a broken one stops the program at
// once with its message; compiled out of release builds (NDEBUG), as assert() is. Bad input
// is never an assertion: it is an Error (error.hpp).
#pragma once

#include <cassert>

#define KICKSTART_ASSERT(condition, message) assert((condition) && (message))
