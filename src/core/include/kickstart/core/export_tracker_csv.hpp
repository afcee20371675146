// The plan as tickets: one CSV row per action, in the columns each tracker's own CSV import
// maps without manual work (README: "Issue-tracker imports").
//
// - Jira: Summary, Issue Type, Description (wiki markup), Labels, Original Estimate (seconds),
//   Due Date (YYYY-MM-DD), Status; UTF-8 with a byte order mark, so Excel reads it as UTF-8.
// - GitLab: title, description (Markdown with a task list, snippets and quick actions for
//   the estimate and labels), due_date; no byte order mark (GitLab reads the first header).
// - Azure Boards: Work Item Type, Title, Description (HTML), Tags, Original Estimate (hours);
//   UTF-8 with a byte order mark.
//
// Every file: RFC 4180 (CRLF between records, a field quoted when it holds a comma, quote or
// line break, quotes doubled), and no cell a spreadsheet would run as a formula. Done actions
// are marked done, or left out with ExportContext::leave_out_done.
#pragma once

#include "kickstart/core/plan_io.hpp"

#include <string>
#include <string_view>

namespace kickstart {

[[nodiscard]] std::string export_csv_jira(const ExportContext& context, const Answers& answers,
                                          const std::set<std::string>& done, const Plan& plan);
[[nodiscard]] std::string export_csv_gitlab(const ExportContext& context, const Answers& answers,
                                            const std::set<std::string>& done, const Plan& plan);
[[nodiscard]] std::string export_csv_azure_boards(const ExportContext& context, const Answers& answers,
                                                  const std::set<std::string>& done, const Plan& plan);

// One CSV field: a cell starting with = + - @ (or a tab or carriage return) gets a leading
// apostrophe so no spreadsheet runs it; then quoted per RFC 4180 when it needs to be.
[[nodiscard]] std::string csv_field(std::string_view text);

inline constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";

}  // namespace kickstart
