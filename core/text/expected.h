// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Parallax
{

/// Why an operation failed, in one sentence a user can act on.
struct Failure {
    QString message;
};

/**
 * The value of an operation that can fail, or the Failure that says why: core's one
 * shape of result, in the manner of C++23's std::expected (has_value(), value(), *,
 * ->, error()). Look before taking: value() of a failure, like error() of a value,
 * is a programming error.
 */
template<typename T>
class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(Failure failure)
        : m_state(std::in_place_index<1>, std::move(failure))
    {
    }

    bool has_value() const { return m_state.index() == 0; }
    explicit operator bool() const { return has_value(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Failure &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Failure> m_state;
};

/// An operation that gives nothing back when it succeeds.
template<>
class [[nodiscard]] Expected<void>
{
public:
    Expected() = default;
    Expected(Failure failure)
        : m_failure(std::move(failure))
    {
    }

    bool has_value() const { return !m_failure; }
    explicit operator bool() const { return has_value(); }
    const Failure &error() const { return *m_failure; }

private:
    std::optional<Failure> m_failure;
};

} // namespace Parallax
