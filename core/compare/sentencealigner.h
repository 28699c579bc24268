// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "comparison.h"

namespace Parallax
{

/**
 * Lines up the sentences of two documents by what they say, not where they stand:
 * news reorders and paraphrases, so the alignment is neither monotonic nor one-to-one.
 *
 * Similarity is the cosine of TF-IDF vectors over Snowball stems (the IDF counted
 * over the sentences of both documents), plus a bonus for facts both sentences state.
 * An inverted index keeps the work proportional to the shared terms, not to the
 * product of the sentence counts.
 */
class SentenceAligner final
{
public:
    /// Pairs scoring below this are not alignments.
    static constexpr double MinimumScore = 0.3;
    /// A sentence also aligns with every other whose score is this close to its best,
    /// which is how one sentence comes to match two.
    static constexpr double RunnerUpRatio = 0.85;
    /// A term in more than 1/FrequentTermShare of all sentences (and in more than
    /// MinimumFrequentTermCount) proposes no candidate pairs; it still counts in scores.
    static constexpr int FrequentTermShare = 100;
    static constexpr int MinimumFrequentTermCount = 40;

    /// Sentences that a pin covers align as the pin says (score 1) and lose every
    /// alignment the pin contradicts.
    static QList<Alignment> align(
        const SegmentedText &a, const SegmentedText &b, const QList<Fact> &factsA, const QList<Fact> &factsB, const QList<PinnedPassage> &pins = {});
};

} // namespace Parallax
