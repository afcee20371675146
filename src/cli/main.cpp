// kickstart: the command-line face of the planner core, for automation and CI.
// Exit codes: 0 ok, 1 bad input (message on stderr), 2 usage.
//
// Index of this file:
// [SECTION] Usage texts
// [SECTION] Plumbing
// [SECTION] Commands
#include "kickstart/core/builtin.hpp"
#include "kickstart/core/export_formats.hpp"
#include "kickstart/core/plan_io.hpp"
#include "kickstart/core/planner.hpp"
#include "kickstart/core/share_link.hpp"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <algorithm>
#include <array>
#include <cstdlib>
#include <iterator>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using kickstart::Answers;
using kickstart::Catalog;
using kickstart::Knowledge;

// [SECTION] Usage texts

constexpr std::string_view kMainUsage = R"(Usage: kickstart <command> [options]

Backstage Kickstart: an ordered first-hours plan for a Backstage developer portal.

Commands:
  questions   print the questionnaire as JSON
  plan        make a plan from an answers file (Markdown or JSON)
  validate    check a catalog of actions
  link        encode answers (and progress) as a share link
  decode      decode a share link into answers and progress

Run 'kickstart <command> --help' for a command's options.
  --version   print the version
Exit codes: 0 ok, 1 bad input (message on stderr), 2 usage.
)";

const std::map<std::string_view, std::string_view> kUsage = {
    {"questions", R"(Usage: kickstart questions

Prints the built-in questionnaire as JSON: every question with its id, kind, options,
bounds and default. An answers file is a JSON object of question id -> answer.
)"},
    {"plan", R"(Usage: kickstart plan --answers FILE [--catalog FILE] [--format FORMAT] [--lang en|pl]
                      [--progress LINK] [--skip ID]... [--hours ID=HOURS]...
                      [--date YYYY-MM-DD] [--done mark|leave-out]

Prints the plan for the answers to stdout.
  --answers FILE    answers as a JSON object (the "answers" of a JSON plan), or a whole
                    JSON plan downloaded from the page (its answers and progress: done,
                    skipped and your estimates); - is stdin
  --catalog FILE    a catalog of actions to use instead of the built-in one
  --format FORMAT   one of {formats} (default: the first)
  --lang en|pl      language of the texts (default en)
  --progress LINK   take the done, skipped and estimated actions from a share link
  --skip ID         leave an action out of the plan (what needs it counts it as done);
                    repeatable
  --hours ID=HOURS  your estimate of an action's hours instead of the catalog's (above 0,
                    at most {max_hours}, in quarter hours); repeatable
  --date DATE       the plan's date (default today), for reproducible output
  --done WHAT       in issue-tracker files, done actions are marked done (mark, the
                    default) or left out (leave-out)
)"},
    {"validate", R"(Usage: kickstart validate --catalog FILE [--lang en|pl]

Checks a catalog of actions against the built-in questionnaire and reports every problem
with its path. Exit code 0 when valid, 1 otherwise. FILE may be - for stdin.
  --lang en|pl      language of the messages (default en)
)"},
    {"link", R"(Usage: kickstart link --answers FILE [--progress LINK] [--skip ID]... [--hours ID=HOURS]...
                      [--lang en|pl]

Prints the share link (the part after # in the page's address) for the answers, with
the progress, skips and estimates of a JSON plan, --progress, --skip and --hours.
  --lang en|pl      language of the messages (default en)
)"},
    {"decode", R"(Usage: kickstart decode LINK [--lang en|pl]

Prints the answers and progress a share link carries, as JSON. LINK may be the whole URL,
the part after #, or - to read it from stdin.
  --lang en|pl      language of the messages (default en)
)"},
};

// [SECTION] Plumbing

struct Failure {
    int code = 1;
    std::string message;
};

int fail(const Failure& failure) {
    std::fprintf(stderr, "kickstart: %s\n", failure.message.c_str());
    return failure.code;
}

// What every command works with: the built-in knowledge, and the language of its messages.
struct Session {
    const Knowledge& knowledge;
    kickstart::Language language = kickstart::Language::en;

    // An error in the chosen language, each line after `prefix` (a file name, an option).
    [[nodiscard]] Failure failure(const kickstart::Error& error, std::string_view prefix = {}) const {
        const std::string text = kickstart::error_text(error, knowledge.translations, language);
        std::string message;
        std::size_t start = 0;
        while (start <= text.size()) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            if (!message.empty()) message += '\n';
            if (!prefix.empty()) message.append(prefix).append(": ");
            message.append(text, start, end - start);
            start = end + 1;
        }
        return {1, std::move(message)};
    }
};

kickstart::Result<std::string> read_input(const std::string& path) {
    std::ostringstream buffer;
    if (path == "-") {
        buffer << std::cin.rdbuf();
        return buffer.str();
    }
    std::error_code ignored;
    if (std::filesystem::is_directory(path, ignored)) return kickstart::Error{kickstart::ErrorCode::file_is_folder, {path}};
    std::ifstream file(path, std::ios::binary);
    if (!file) return kickstart::Error{kickstart::ErrorCode::file_unreadable, {path}};
    buffer << file.rdbuf();
    return buffer.str();
}

std::string today() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm local{};
    localtime_r(&now, &local);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &local);
    return text;
}

// Options given once or more.
constexpr std::array<std::string_view, 2> kRepeatable = {"skip", "hours"};

// Options of the form --name VALUE, plus positional arguments; a repeatable option's values
// in `lists`, in the order given.
struct Arguments {
    std::map<std::string, std::string, std::less<>> options;
    std::map<std::string, std::vector<std::string>, std::less<>> lists;
    std::vector<std::string> positional;
    bool help = false;
};

std::optional<Arguments> parse_arguments(int argc, char** argv, const std::vector<std::string_view>& known,
                                         std::size_t positional_allowed, std::string& error) {
    Arguments arguments;
    for (int i = 2; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            arguments.help = true;
        } else if (arg.size() > 2 && arg.substr(0, 2) == "--") {
            const std::string_view name = arg.substr(2);
            if (std::find(known.begin(), known.end(), name) == known.end()) {
                error = "unknown option '" + std::string(arg) + "'";
                return std::nullopt;
            }
            if (i + 1 >= argc) {
                error = "option '" + std::string(arg) + "' needs a value";
                return std::nullopt;
            }
            if (std::find(kRepeatable.begin(), kRepeatable.end(), name) != kRepeatable.end()) {
                arguments.lists[std::string(name)].emplace_back(argv[++i]);
            } else {
                arguments.options[std::string(name)] = argv[++i];
            }
        } else if (arguments.positional.size() < positional_allowed) {
            arguments.positional.emplace_back(arg);
        } else {
            error = "unexpected argument '" + std::string(arg) + "'";
            return std::nullopt;
        }
    }
    return arguments;
}

// The built-in knowledge and --lang: a usage error (2) for an unknown language, checked
// before anything is read; 1 when the built-in knowledge base is broken.
std::optional<Session> start_session(const Arguments& arguments, std::string_view command, Failure& failure) {
    kickstart::Language language = kickstart::Language::en;
    if (const auto it = arguments.options.find("lang"); it != arguments.options.end()) {
        const auto parsed = kickstart::language_from_code(it->second);
        if (!parsed) {
            failure = {2, std::string(command) + ": --lang must be en or pl"};
            return std::nullopt;
        }
        language = *parsed;
    }
    const auto& builtin = kickstart::builtin_knowledge();
    if (!builtin) {
        const auto& translations = kickstart::builtin_translations();
        std::string text;
        if (translations) {
            text = kickstart::error_text(builtin.error(), translations.value(), language);
        } else {  // no texts to speak with: the problems' paths and codes
            for (const auto& problem : builtin.error().problems()) {
                text += (text.empty() ? "" : "\n") + problem.path + ": " +
                        std::string(kickstart::error_info(problem.code).id);
            }
        }
        failure = {1, "the built-in knowledge base is invalid:\n" + text};
        return std::nullopt;
    }
    return Session{builtin.value(), language};
}

// Reads answers from a file: an answers object, or a whole JSON plan (answers + progress).
std::optional<kickstart::SharedState> read_answers(const Session& session, const Catalog& catalog,
                                                   const std::string& path, Failure& failure) {
    const auto text = read_input(path);
    if (!text) {
        failure = session.failure(text.error());
        return std::nullopt;
    }
    const Knowledge& k = session.knowledge;
    const auto json = nlohmann::json::parse(text.value(), nullptr, false);
    if (json.is_object() && json.contains("schema")) {
        auto imported = kickstart::import_plan_json(text.value(), k.questionnaire, catalog);
        if (!imported) {
            failure = session.failure(imported.error(), path);
            return std::nullopt;
        }
        return std::move(imported).value();
    }
    auto answers = k.questionnaire.validate_text(text.value());
    if (!answers) {
        failure = session.failure(answers.error(), path);
        return std::nullopt;
    }
    return kickstart::SharedState{std::move(answers).value(), {}};
}

std::optional<Catalog> read_catalog(const Session& session, const std::string& path, Failure& failure) {
    const auto text = read_input(path);
    if (!text) {
        failure = session.failure(text.error());
        return std::nullopt;
    }
    auto catalog = Catalog::load(text.value(), session.knowledge.questionnaire);
    if (!catalog) {
        const std::string_view invalid = session.knowledge.translations.text(session.language, "cli.invalid_catalog");
        failure = session.failure(catalog.error());
        failure.message = path + ": " + std::string(invalid) + ":\n" + failure.message;
        return std::nullopt;
    }
    return std::move(catalog).value();
}

// A share link given as a whole URL, a fragment, or the bare code.
std::string link_code(std::string_view link) {
    if (const auto hash = link.find('#'); hash != std::string_view::npos) link = link.substr(hash + 1);
    while (!link.empty() && (link.back() == '\n' || link.back() == '\r' || link.back() == ' ')) link.remove_suffix(1);
    return std::string(link);
}

// --progress LINK: the ticks, skips and estimates come from a share link (answers stay from the file).
bool take_progress(const Arguments& arguments, const Session& session, const Catalog& catalog,
                   kickstart::SharedState& state, Failure& failure) {
    const auto it = arguments.options.find("progress");
    if (it == arguments.options.end()) return true;
    auto decoded = kickstart::decode_share_link(link_code(it->second), session.knowledge.questionnaire, catalog);
    if (!decoded) {
        failure = session.failure(decoded.error(), "--progress");
        return false;
    }
    state.edits = decoded.value().edits;
    return true;
}

// --skip ID and --hours ID=HOURS, over what the file and --progress gave. An id the catalog
// does not have, or a malformed value, stops the command; an action that does not apply to
// these answers is left out with a note on stderr, as the page does.
bool take_edits(const Arguments& arguments, const Session& session, const Catalog& catalog, std::string_view command,
                kickstart::SharedState& state, Failure& failure) {
    const auto known = [&](const std::string& id, std::string_view option) {
        if (catalog.find(id) != nullptr) return true;
        failure = {1, std::string(command) + ": --" + std::string(option) + " " + id +
                          ": no such action in the catalog (the ids are in 'kickstart plan --format json')"};
        return false;
    };
    if (const auto it = arguments.lists.find("skip"); it != arguments.lists.end()) {
        for (const std::string& id : it->second) {
            if (!known(id, "skip")) return false;
            state.edits.skipped.insert(id);
        }
    }
    if (const auto it = arguments.lists.find("hours"); it != arguments.lists.end()) {
        for (const std::string& given : it->second) {
            const std::size_t equals = given.find('=');
            if (equals == std::string::npos || equals == 0) {
                failure = {2, std::string(command) + ": --hours must be ID=HOURS, like --hours deploy-shared=6; got '" +
                                  given + "'"};
                return false;
            }
            const std::string id = given.substr(0, equals);
            const std::string number = given.substr(equals + 1);
            char* end = nullptr;
            const double hours = number.empty() ? 0.0 : std::strtod(number.c_str(), &end);
            if (number.empty() || end != number.c_str() + number.size()) {
                failure = {2, std::string(command) + ": --hours " + id + ": expected a number of hours, got '" +
                                  number + "'"};
                return false;
            }
            if (!known(id, "hours")) return false;
            const auto estimate = kickstart::valid_estimate(hours);
            if (!estimate) {
                failure = session.failure(kickstart::Error{kickstart::ErrorCode::estimate_range,
                                                           {kickstart::kMaxEstimateHours, hours}},
                                          std::string(command) + ": --hours " + id);
                return false;
            }
            state.edits.hours.insert_or_assign(id, *estimate);
        }
    }
    return true;
}

// The note for skips and estimates the plan could not use (nothing when there are none).
void note_dropped(const Session& session, const kickstart::Plan& plan) {
    if (plan.dropped_edits.empty()) return;
    std::string ids;
    for (const std::string& id : plan.dropped_edits) ids += (ids.empty() ? "" : ", ") + id;
    const std::string_view text = session.knowledge.translations.text(session.language, "notice.dropped_edits");
    std::fprintf(stderr, "kickstart: %s\n", kickstart::fill(text, {ids}).c_str());
}

// [SECTION] Commands

int command_questions(const Arguments& arguments) {
    Failure failure{};
    if (!start_session(arguments, "questions", failure)) return fail(failure);
    const auto json = nlohmann::json::parse(kickstart::builtin_questions_json(), nullptr, false);
    std::cout << json.dump(2) << "\n";
    return 0;
}

int command_plan(const Arguments& arguments) {
    Failure failure{};
    const auto session = start_session(arguments, "plan", failure);
    if (!session) return fail(failure);
    const Knowledge& k = session->knowledge;
    const auto answers_path = arguments.options.find("answers");
    if (answers_path == arguments.options.end()) return fail({2, "plan: --answers FILE is required"});
    // Usage first: a mistyped option is reported before any file is read.
    const kickstart::ExportFormat* format = &kickstart::export_formats().front();
    if (const auto it = arguments.options.find("format"); it != arguments.options.end()) {
        format = kickstart::find_export_format(it->second);
        if (format == nullptr) return fail({2, "plan: --format must be one of " + kickstart::export_format_names()});
    }
    std::string date = today();
    if (const auto it = arguments.options.find("date"); it != arguments.options.end()) {
        if (!kickstart::valid_date(it->second)) return fail({2, "plan: --date must be a date like 2026-11-24"});
        date = it->second;
    }

    bool leave_out_done = false;
    if (const auto it = arguments.options.find("done"); it != arguments.options.end()) {
        if (it->second != "mark" && it->second != "leave-out") return fail({2, "plan: --done must be mark or leave-out"});
        leave_out_done = it->second == "leave-out";
    }

    std::optional<Catalog> own_catalog;
    if (const auto it = arguments.options.find("catalog"); it != arguments.options.end()) {
        own_catalog = read_catalog(*session, it->second, failure);
        if (!own_catalog) return fail(failure);
    }
    const Catalog& catalog = own_catalog ? *own_catalog : k.catalog;
    auto state = read_answers(*session, catalog, answers_path->second, failure);
    if (!state) return fail(failure);

    if (!take_progress(arguments, *session, catalog, *state, failure)) return fail(failure);
    if (!take_edits(arguments, *session, catalog, "plan", *state, failure)) return fail(failure);
    const kickstart::Plan plan = kickstart::make_plan(catalog, state->answers, state->edits);
    note_dropped(*session, plan);
    const kickstart::ExportContext context{k.questionnaire, catalog, k.translations, session->language, date,
                                           leave_out_done};
    std::cout << format->write(context, state->answers, state->edits.done, plan);
    return 0;
}

int command_validate(const Arguments& arguments) {
    Failure failure{};
    const auto session = start_session(arguments, "validate", failure);
    if (!session) return fail(failure);
    const auto path = arguments.options.find("catalog");
    if (path == arguments.options.end()) return fail({2, "validate: --catalog FILE is required"});
    const auto catalog = read_catalog(*session, path->second, failure);
    if (!catalog) return fail(failure);
    std::cout << path->second << ": valid, " << catalog->steps().size() << " steps, " << catalog->actions().size()
              << " actions\n";
    return 0;
}

int command_link(const Arguments& arguments) {
    Failure failure{};
    const auto session = start_session(arguments, "link", failure);
    if (!session) return fail(failure);
    const Knowledge& k = session->knowledge;
    const auto path = arguments.options.find("answers");
    if (path == arguments.options.end()) return fail({2, "link: --answers FILE is required"});
    auto state = read_answers(*session, k.catalog, path->second, failure);
    if (!state) return fail(failure);
    if (!take_progress(arguments, *session, k.catalog, *state, failure)) return fail(failure);
    if (!take_edits(arguments, *session, k.catalog, "link", *state, failure)) return fail(failure);
    note_dropped(*session, kickstart::make_plan(k.catalog, state->answers, state->edits));
    std::cout << kickstart::encode_share_link(k.questionnaire, k.catalog, state->answers, state->edits) << "\n";
    return 0;
}

int command_decode(const Arguments& arguments) {
    Failure failure{};
    const auto session = start_session(arguments, "decode", failure);
    if (!session) return fail(failure);
    const Knowledge& k = session->knowledge;
    if (arguments.positional.empty()) return fail({2, "decode: expected one LINK"});
    std::string link = arguments.positional.front();
    if (link == "-") {
        auto input = read_input("-");
        if (!input) return fail(session->failure(input.error()));
        link = std::move(input).value();
    }
    const auto decoded = kickstart::decode_share_link(link_code(link), k.questionnaire, k.catalog);
    if (!decoded) return fail(session->failure(decoded.error()));
    nlohmann::json out = {{"answers", k.questionnaire.to_json(decoded.value().answers)},
                          {"progress", {{"done", decoded.value().edits.done}, {"skipped", decoded.value().edits.skipped}, {"hours", decoded.value().edits.hours}}}};
    std::cout << out.dump(2) << "\n";
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "kickstart: no command given\n\n%s", kMainUsage.data());
        return 2;
    }
    const std::string_view command = argv[1];
    if (command == "--help" || command == "-h" || command == "help") {
        std::fwrite(kMainUsage.data(), 1, kMainUsage.size(), stdout);
        return 0;
    }
    if (command == "--version") {
        const std::string_view v = kickstart::version();
        std::printf("kickstart %.*s\n", static_cast<int>(v.size()), v.data());
        return 0;
    }
    using Handler = int (*)(const Arguments&);
    struct Entry {
        Handler handler;
        std::vector<std::string_view> options;
        std::size_t positional;  // how many plain arguments it takes
    };
    static const std::map<std::string_view, Entry> kCommands = {
        {"questions", {command_questions, {}, 0}},
        {"plan", {command_plan, {"answers", "catalog", "format", "lang", "progress", "skip", "hours", "date", "done"}, 0}},
        {"validate", {command_validate, {"catalog", "lang"}, 0}},
        {"link", {command_link, {"answers", "progress", "skip", "hours", "lang"}, 0}},
        {"decode", {command_decode, {"lang"}, 1}},
    };
    const auto entry = kCommands.find(command);
    if (entry == kCommands.end()) {
        std::fprintf(stderr, "kickstart: unknown command '%s'\n\n%s", argv[1], kMainUsage.data());
        return 2;
    }
    std::string error;
    const auto arguments = parse_arguments(argc, argv, entry->second.options, entry->second.positional, error);
    const auto usage_entry = kUsage.find(command);
    KICKSTART_ASSERT(usage_entry != kUsage.end(), "every command has a usage text");
    // The export formats come from the core's list.
    std::string usage(usage_entry->second);
    if (const auto at = usage.find("{formats}"); at != std::string::npos) {
        usage.replace(at, 9, kickstart::export_format_names());
    }
    if (const auto at = usage.find("{max_hours}"); at != std::string::npos) {
        usage.replace(at, 11, std::to_string(static_cast<int>(kickstart::kMaxEstimateHours)));
    }
    if (!arguments) {
        std::fprintf(stderr, "kickstart %s: %s\n\n%.*s", argv[1], error.c_str(), static_cast<int>(usage.size()),
                     usage.data());
        return 2;
    }
    if (arguments->help) {
        std::fwrite(usage.data(), 1, usage.size(), stdout);
        return 0;
    }
    return entry->second.handler(*arguments);
}
