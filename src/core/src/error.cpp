#include "kickstart/core/error.hpp"

#include "kickstart/core/i18n.hpp"

#include <array>

namespace kickstart {
namespace {

constexpr ErrorCodeInfo kErrorCodes[] = {
#define KICKSTART_ERROR_INFO(name, id, arguments) {ErrorCode::name, id, arguments},
    KICKSTART_ERROR_CODES(KICKSTART_ERROR_INFO)
#undef KICKSTART_ERROR_INFO
};

constexpr Term kTerms[] = {
#define KICKSTART_TERM_VALUE(name, id) Term::name,
    KICKSTART_TERMS(KICKSTART_TERM_VALUE)
#undef KICKSTART_TERM_VALUE
};

constexpr std::string_view kTermIds[] = {
#define KICKSTART_TERM_ID(name, id) id,
    KICKSTART_TERMS(KICKSTART_TERM_ID)
#undef KICKSTART_TERM_ID
};

std::string arg_text(const ErrorArg& arg, const Translations& translations, Language language) {
    const auto& value = arg.value();
    if (const auto* text = std::get_if<std::string>(&value)) return *text;
    if (const auto* whole = std::get_if<std::int64_t>(&value)) return std::to_string(*whole);
    if (const auto* number = std::get_if<double>(&value)) return format_number(*number, language);
    return std::string(translations.text(language, "term." + std::string(term_id(*std::get_if<Term>(&value)))));
}

}  // namespace

std::span<const ErrorCodeInfo> all_error_codes() { return kErrorCodes; }

const ErrorCodeInfo& error_info(ErrorCode code) {
    const auto index = static_cast<std::size_t>(code);
    KICKSTART_ASSERT(index < std::size(kErrorCodes) && kErrorCodes[index].code == code, "error codes in order");
    return kErrorCodes[index];
}

std::span<const Term> all_terms() { return kTerms; }

std::string_view term_id(Term term) { return kTermIds[static_cast<std::size_t>(term)]; }

std::string problem_text(const Problem& problem, const Translations& translations, Language language) {
    std::vector<std::string> args;
    args.reserve(problem.args.size());
    for (const ErrorArg& arg : problem.args) args.push_back(arg_text(arg, translations, language));
    const ErrorCodeInfo& info = error_info(problem.code);
    std::string text;
    if (const std::string* pattern = translations.find(language, "error." + std::string(info.id))) {
        text = fill(*pattern, args);
    } else {  // a gap in the tables is visible, not blank
        text = std::string(info.id);
        for (std::size_t i = 0; i < args.size(); ++i) text += (i == 0 ? " (" : ", ") + args[i];
        if (!args.empty()) text += ")";
    }
    return problem.path.empty() ? text : problem.path + ": " + text;
}

std::string error_text(const Error& error, const Translations& translations, Language language) {
    std::string prefix;
    for (const ErrorCode source : error.sources()) {
        prefix += problem_text(Problem{{}, source, {}}, translations, language) + ": ";
    }
    std::string out;
    for (const Problem& problem : error.problems()) {
        if (!out.empty()) out += '\n';
        out += prefix + problem_text(problem, translations, language);
    }
    return out;
}

}  // namespace kickstart
