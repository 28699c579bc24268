// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "textsegmenter.h"

#include <QList>

namespace Parallax
{

/// The words of two aligned sentences that the other one does not have.
struct WordChanges {
    QList<TextRange> a; ///< ranges in A's text, one per changed word
    QList<TextRange> b;
};

/**
 * A word-level diff of two aligned sentences: the longest common subsequence of their
 * words (compared lower-case), everything else changed. Very long sentences get no
 * word diff, so that a pathological line cannot stall the comparison.
 */
class WordDiff final
{
public:
    /// Above this many word pairs (n × m, after the common start and end) the sentences
    /// are not diffed word by word.
    static constexpr qsizetype MaximumCells = 250'000;

    static WordChanges diff(const Sentence &a, const Sentence &b);
};

} // namespace Parallax
