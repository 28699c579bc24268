// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QString>

#include <ostream>

// Lets GoogleTest print a QString as text in failure messages instead of as bytes.
// It is found by argument-dependent lookup, so it lives beside QString.
inline void PrintTo(const QString &string, std::ostream *stream)
{
    *stream << '"' << string.toStdString() << '"';
}
