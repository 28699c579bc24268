// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "worddiff.h"

#include <algorithm>
#include <vector>

namespace Parallax
{

WordChanges WordDiff::diff(const Sentence &a, const Sentence &b)
{
    const QList<Token> &x = a.tokens;
    const QList<Token> &y = b.tokens;
    const qsizetype n = x.size();
    const qsizetype m = y.size();
    WordChanges changes;
    // The common start and end need no table: aligned sentences often differ in a
    // word or two, and identical ones in none.
    qsizetype prefix = 0;
    while (prefix < n && prefix < m && x.at(prefix).word == y.at(prefix).word)
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < n - prefix && suffix < m - prefix && x.at(n - 1 - suffix).word == y.at(m - 1 - suffix).word)
        ++suffix;
    const qsizetype rows = n - prefix - suffix;
    const qsizetype columns = m - prefix - suffix;
    if (rows * columns > MaximumCells)
        return changes;

    // lengths[i * (columns + 1) + j]: length of the LCS of the middles from i and j on.
    std::vector<int> lengths(size_t((rows + 1) * (columns + 1)), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & {
        return lengths[size_t(i * (columns + 1) + j)];
    };
    for (qsizetype i = rows - 1; i >= 0; --i) {
        for (qsizetype j = columns - 1; j >= 0; --j)
            at(i, j) = x.at(prefix + i).word == y.at(prefix + j).word ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < rows && j < columns) {
        if (x.at(prefix + i).word == y.at(prefix + j).word) {
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            changes.a.append(x.at(prefix + i++).range);
        } else {
            changes.b.append(y.at(prefix + j++).range);
        }
    }
    while (i < rows)
        changes.a.append(x.at(prefix + i++).range);
    while (j < columns)
        changes.b.append(y.at(prefix + j++).range);
    return changes;
}

} // namespace Parallax
