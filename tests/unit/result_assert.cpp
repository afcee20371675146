// Result<T>::value() on an error is a programmer error: in debug and sanitizer builds it stops
// at once with its message (tests/unit/CMakeLists.txt expects that message).
#include "kickstart/core/result.hpp"

int main() {
    const kickstart::Result<int> result(kickstart::Error{kickstart::ErrorCode::link_empty});
    return result.value();
}
