#include "layout.hpp"

namespace kickstart::app {

Layout choose_layout(float css_width, float css_height) {
    return Layout{.narrow = css_width < kNarrowBelowWidth, .short_height = css_height < kShortBelowHeight};
}

}  // namespace kickstart::app
