// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "comparison.h"

namespace Parallax
{

class SharedContext;

/**
 * Decides for every fact of two aligned documents whether the other document states
 * it too (agree), states the same claim with another value (conflict), or not at all
 * (only_a / only_b).
 *
 * Agreement is looked for first in aligned sentences, then anywhere, since news
 * reorders. A conflict needs the same claim: the same kind and subject, in sentences
 * aligned with a solid score, and no other candidate on either side — two unrelated
 * numbers in one sentence are never a conflict.
 */
class ClaimClassifier final
{
public:
    /// Aligned sentences must score at least this for their facts to conflict.
    static constexpr double ConflictMinimumScore = 0.4;
    /// Below ConflictMinimumScore, down to this, only figures in the same frame of words
    /// (SharedContext::sharesFrame()) are set against each other.
    static constexpr double FramedConflictMinimumScore = 0.3;

    /// Two facts of one claim in sentences that align too weakly must share words
    /// around them (SharedContext) that weigh at least this many rare words: one and a
    /// half, say "turnout" and "said".
    static constexpr double ContextMinimumRareWords = 1.5;
    /// ... and their words must tie them this much more than to any other candidate.
    static constexpr double ContextMargin = 1.5;

    static QList<Claim> classify(const QList<Fact> &factsA, const QList<Fact> &factsB, const QList<Alignment> &alignments, const SharedContext &context);

    /// Whether two facts state the same thing, after normalization ("10" = "ten",
    /// "$109 billion" = "11.2 trillion roubles ($109 billion)", "December 2024"
    /// contains "December 11, 2024").
    ///
    /// STRICT asks for the same value as written, ignoring approximation words and
    /// containment: what two statements in unrelated sentences must share to be the
    /// same claim.
    static bool agree(const Fact &a, const Fact &b, bool strict = false);
    /// Whether two facts are about the same claim, so that different values conflict.
    static bool sameClaim(const Fact &a, const Fact &b);
    /// A fact as a person reads it: "31st of 83", "USD 109 billion", "80%".
    static QString describe(const Fact &fact);
};

} // namespace Parallax
