// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QString>

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace Parallax
{

/// Why an operation failed, in one sentence a user can act on.
struct Failure {
    QString message;
};

/**
 * The value of an operation that can fail, or the error that says why (a Failure, or a
 * module's richer error such as the store's StoreError): core's one shape of result, in
 * the manner of C++23's std::expected (has_value(), value(), *, ->, value_or(), error()). Look
 * before taking: value() of a failure, like error() of a value, is a programming error.
 */
template<typename T, typename E = Failure>
class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(E failure)
        : m_state(std::in_place_index<1>, std::move(failure))
    {
    }

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    // By value from a temporary, so that "for (x : *store.tags())" holds a list that lives
    // through the loop, not a reference into a result gone at the end of the statement.
    T value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    /// The value, or FALLBACK for a failure: for a caller to whom "could not" means "none".
    template<typename U = T>
    T value_or(U &&fallback) const &
    {
        return has_value() ? value() : static_cast<T>(std::forward<U>(fallback));
    }
    template<typename U = T>
    T value_or(U &&fallback) &&
    {
        return has_value() ? std::move(*this).value() : static_cast<T>(std::forward<U>(fallback));
    }

    const E &error() const { return std::get<1>(m_state); }

    /// Whether there is a value, equal to VALUE (as std::expected compares with a value).
    template<typename U>
        requires(!std::is_same_v<U, Expected>)
    friend bool operator==(const Expected &result, const U &value)
    {
        return result.has_value() && result.value() == value;
    }

private:
    std::variant<T, E> m_state;
};

/// An operation that gives nothing back when it succeeds.
template<typename E>
class [[nodiscard]] Expected<void, E>
{
public:
    Expected() = default;
    Expected(E failure)
        : m_failure(std::move(failure))
    {
    }

    bool has_value() const { return !m_failure; }
    explicit operator bool() const { return has_value(); }
    const E &error() const { return *m_failure; }

private:
    std::optional<E> m_failure;
};

/// The value of RESULT, or none: for a caller to whom a failure means "none".
template<typename T, typename E>
std::optional<T> toOptional(Expected<T, E> result)
{
    return result ? std::optional<T>(std::move(result).value()) : std::nullopt;
}

} // namespace Parallax
