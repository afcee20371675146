// The plan as one self-contained HTML page to open, print or forward: the Markdown's content
// in semantic HTML, with inline CSS (a print stylesheet for A4 and Letter included) and
// inline SVG pictures (the timeline and the value curve), no script and no request to
// anywhere. Every text the user typed, and every knowledge-base text, is escaped.
#pragma once

#include "kickstart/core/plan_io.hpp"

#include <string>

namespace kickstart {

[[nodiscard]] std::string export_html(const ExportContext& context, const Answers& answers,
                                      const std::set<std::string>& done, const Plan& plan);

}  // namespace kickstart
