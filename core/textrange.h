// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QtGlobal>

namespace Parallax
{

/// A half-open range [start, end) of UTF-16 positions in a document's text.
struct TextRange {
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool isEmpty() const { return end <= start; }
    bool contains(const TextRange &other) const { return start <= other.start && other.end <= end; }
    bool overlaps(const TextRange &other) const { return start < other.end && other.start < end; }

    friend bool operator==(const TextRange &, const TextRange &) = default;
};

} // namespace Parallax
