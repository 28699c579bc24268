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
    if (n * m > MaximumCells)
        return changes;

    // lengths[i][j]: length of the LCS of x[i..] and y[j..].
    std::vector<std::vector<int>> lengths(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lengths[i][j] = x.at(i).word == y.at(j).word ? lengths[i + 1][j + 1] + 1 : std::max(lengths[i + 1][j], lengths[i][j + 1]);
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (x.at(i).word == y.at(j).word) {
            ++i;
            ++j;
        } else if (lengths[i + 1][j] >= lengths[i][j + 1]) {
            changes.a.append(x.at(i++).range);
        } else {
            changes.b.append(y.at(j++).range);
        }
    }
    while (i < n)
        changes.a.append(x.at(i++).range);
    while (j < m)
        changes.b.append(y.at(j++).range);
    return changes;
}

} // namespace Parallax
