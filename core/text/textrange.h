// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QList>
#include <QtGlobal>

#include <algorithm>

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

/// RANGES as few sorted, disjoint ranges: those that overlap or touch become one.
inline QList<TextRange> united(QList<TextRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const TextRange &a, const TextRange &b) {
        return a.start < b.start;
    });
    QList<TextRange> result;
    for (const TextRange &range : std::as_const(ranges)) {
        if (range.isEmpty())
            continue;
        if (!result.isEmpty() && range.start <= result.constLast().end)
            result.last().end = std::max(result.constLast().end, range.end);
        else
            result.append(range);
    }
    return result;
}

} // namespace Parallax
