// Result<T>: a value or an Error (a code with its arguments, see error.hpp) saying what was
// wrong and what was expected. The core reports every failure this way; it never throws
// (see README, "Errors and exceptions").
#pragma once

#include "kickstart/core/assert.hpp"
#include "kickstart/core/error.hpp"

#include <utility>
#include <variant>

namespace kickstart {

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
    Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    // Only on success (check ok() first): asserts otherwise.
    [[nodiscard]] T& value() & {
        KICKSTART_ASSERT(ok(), "Result::value() on an error");
        return *std::get_if<0>(&state_);
    }
    [[nodiscard]] const T& value() const& {
        KICKSTART_ASSERT(ok(), "Result::value() on an error");
        return *std::get_if<0>(&state_);
    }
    [[nodiscard]] T&& value() && {
        KICKSTART_ASSERT(ok(), "Result::value() on an error");
        return std::move(*std::get_if<0>(&state_));
    }
    // Only on failure: asserts otherwise.
    [[nodiscard]] const Error& error() const {
        KICKSTART_ASSERT(!ok(), "Result::error() on a value");
        return *std::get_if<1>(&state_);
    }

private:
    std::variant<T, Error> state_;
};

}  // namespace kickstart
