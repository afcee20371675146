// Result<T>: a value or an Error with a message saying what was wrong and what was expected.
// The core reports every failure this way; it never throws (see README, "Errors").
#pragma once

#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace kickstart {

struct Error {
    std::string message;
};

// Several problems found in one pass (a catalog can have many), each with its path.
struct Errors {
    std::vector<std::string> messages;

    void add(std::string message) { messages.push_back(std::move(message)); }
    [[nodiscard]] bool empty() const { return messages.empty(); }
    [[nodiscard]] std::string joined(const char* separator = "\n") const {
        std::string out;
        for (const auto& m : messages) {
            if (!out.empty()) out += separator;
            out += m;
        }
        return out;
    }
};

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
    Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return state_.index() == 0; }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] T& value() & { return *std::get_if<0>(&state_); }
    [[nodiscard]] const T& value() const& { return *std::get_if<0>(&state_); }
    [[nodiscard]] T&& value() && { return std::move(*std::get_if<0>(&state_)); }
    [[nodiscard]] const Error& error() const { return *std::get_if<1>(&state_); }

private:
    std::variant<T, Error> state_;
};

}  // namespace kickstart
