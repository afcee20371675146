// Every file a plan can be saved as, in one list. The CLI's --format takes a format's name
// and the page draws one download button per format, in this order (the first one is the
// primary button); both name the file with export_file_name().
//
// Adding a format: a function with the signature of ExportFormat::write (beside
// export_markdown() and export_json(), reading each action through resolve_action()), one
// entry in the list in export_formats.cpp, and its button label in assets/i18n/{en,pl}.json.
#pragma once

#include "kickstart/core/planner.hpp"
#include "kickstart/core/plan_io.hpp"
#include "kickstart/core/questionnaire.hpp"

#include <set>
#include <span>
#include <string>
#include <string_view>

namespace kickstart {

struct ExportFormat {
    std::string_view name;         // the CLI's --format value and the page's button id: "md", "csv-jira"
    std::string_view label_key;    // the page's button label (assets/i18n)
    std::string_view file_suffix;  // after the date in the file name: "" or "-jira"
    std::string_view extension;    // without the dot: "md", "csv"
    std::string_view mime_type;    // what the browser is told the download is
    std::string (*write)(const ExportContext& context, const Answers& answers, const std::set<std::string>& done,
                         const Plan& plan);
};

[[nodiscard]] std::span<const ExportFormat> export_formats();
[[nodiscard]] const ExportFormat* find_export_format(std::string_view name);
// The format names, for usage texts and messages: "md, json".
[[nodiscard]] std::string export_format_names(std::string_view separator = ", ");
// "backstage-kickstart-plan-2026-11-24.md"; "backstage-kickstart-plan-2026-11-24-jira.csv".
[[nodiscard]] std::string export_file_name(const ExportFormat& format, std::string_view date);

}  // namespace kickstart
