// kickstart: the command-line face of the planner core, for automation and CI.
// Exit codes: 0 ok, 1 bad input (message on stderr), 2 usage.
#include "kickstart/core/builtin.hpp"

#include <cstdio>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view kUsage =
    "Usage: kickstart <command> [options]\n"
    "\n"
    "Backstage Kickstart: an ordered first-hours plan for a Backstage developer portal.\n"
    "\n"
    "Options:\n"
    "  --help       show this help\n"
    "  --version    print the version\n"
    "  --check      validate the built-in knowledge base and exit (0 when valid)\n";

int usage_error(std::string_view what) {
    std::fprintf(stderr, "kickstart: %.*s\n\n%.*s", static_cast<int>(what.size()), what.data(),
                 static_cast<int>(kUsage.size()), kUsage.data());
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return usage_error("no command given");
    const std::string_view command = argv[1];
    if (command == "--help" || command == "-h" || command == "help") {
        std::fwrite(kUsage.data(), 1, kUsage.size(), stdout);
        return 0;
    }
    if (command == "--version") {
        const std::string_view v = kickstart::version();
        std::printf("kickstart %.*s\n", static_cast<int>(v.size()), v.data());
        return 0;
    }
    if (command == "--check") {
        const auto& translations = kickstart::builtin_translations();
        if (!translations) {
            std::fprintf(stderr, "kickstart: built-in UI strings are invalid:\n%s\n",
                         translations.error().message.c_str());
            return 1;
        }
        std::printf("built-in UI strings: %zu keys in %zu languages, valid\n", translations.value().size(),
                    kickstart::kAllLanguages.size());
        return 0;
    }
    return usage_error("unknown command '" + std::string(command) + "'");
}
