// The knowledge embedded in the binaries at build time (assets/), validated on first use.
#pragma once

#include "kickstart/core/i18n.hpp"

namespace kickstart {

// The built-in UI strings. The build validates them too (tests), so an error here means a
// broken build; callers still get the message instead of a crash.
[[nodiscard]] const Result<Translations>& builtin_translations();

[[nodiscard]] std::string_view version();

}  // namespace kickstart
