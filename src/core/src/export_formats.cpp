#include "kickstart/core/export_formats.hpp"

namespace kickstart {
namespace {

// The page shows the buttons in this order; the first is the primary one.
constexpr ExportFormat kFormats[] = {
    {"md", "plan.download_md", "", "md", "text/markdown;charset=utf-8", export_markdown},
    {"json", "plan.download_json", "", "json", "application/json", export_json},
};

}  // namespace

std::span<const ExportFormat> export_formats() { return kFormats; }

const ExportFormat* find_export_format(std::string_view name) {
    for (const ExportFormat& format : kFormats) {
        if (format.name == name) return &format;
    }
    return nullptr;
}

std::string export_format_names(std::string_view separator) {
    std::string names;
    for (const ExportFormat& format : kFormats) {
        if (!names.empty()) names += separator;
        names += format.name;
    }
    return names;
}

std::string export_file_name(const ExportFormat& format, std::string_view date) {
    return "backstage-kickstart-plan-" + std::string(date) + std::string(format.file_suffix) + "." +
           std::string(format.extension);
}

}  // namespace kickstart
