#pragma once

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

#include "common/error.hpp"

namespace rectrack {

// Either a value or an Error; the only way services and repositories report expected failures.
template <typename T>
class [[nodiscard]] Result {
 public:
    Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
    Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(state_); }
    explicit operator bool() const { return ok(); }

    T& value() & {
        assert(ok());
        return std::get<T>(state_);
    }
    const T& value() const& {
        assert(ok());
        return std::get<T>(state_);
    }
    T&& value() && {
        assert(ok());
        return std::get<T>(std::move(state_));
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    [[nodiscard]] const Error& error() const {
        assert(!ok());
        return std::get<Error>(state_);
    }

 private:
    std::variant<T, Error> state_;
};

// Result of an operation that yields nothing but may fail.
template <>
class [[nodiscard]] Result<void> {
 public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT(google-explicit-constructor)

    [[nodiscard]] bool ok() const { return !failed_; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const Error& error() const {
        assert(failed_);
        return error_;
    }

 private:
    Error error_;
    bool failed_ = false;
};

using Status = Result<void>;

}  // namespace rectrack

// Returns the error of a failed Result from the enclosing function.
#define RECTRACK_TRY(expr)                                                   \
    do {                                                                     \
        auto rectrack_try_result_ = (expr);                                  \
        if (!rectrack_try_result_.ok()) return rectrack_try_result_.error(); \
    } while (false)
