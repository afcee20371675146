// Result<T>::value() on an error is a programmer error: in debug and sanitizer builds it stops
// at once with its message. The abort is caught and turned into a normal exit, so the test
// passes on the message (tests/unit/CMakeLists.txt), not on how the process ended.
#include "kickstart/core/result.hpp"

#include <csignal>
#include <cstdlib>

int main() {
    std::signal(SIGABRT, [](int) { std::_Exit(0); });
    const kickstart::Result<int> result(kickstart::Error{kickstart::ErrorCode::link_empty});
    return result.value();
}
