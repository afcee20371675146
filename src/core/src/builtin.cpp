#include "kickstart/core/builtin.hpp"

#include "kickstart_embedded_assets.hpp"

namespace kickstart {

const Result<Translations>& builtin_translations() {
    static const Result<Translations> translations =
        Translations::load(embedded::ui_strings_en, embedded::ui_strings_pl);
    return translations;
}

std::string_view version() { return KICKSTART_VERSION; }

}  // namespace kickstart
