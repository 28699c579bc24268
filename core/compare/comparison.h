// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "fact.h"
#include "pinnedpassage.h"

#include <core/text/document.h>
#include <core/text/textsegmenter.h>
#include <core/text/worddiff.h>

#include <QList>
#include <QString>

#include <optional>

namespace Parallax
{

/// Agree: the same value; Compatible: values that can both be true at another precision
/// or bound ("at least five" / "24"); Conflict: incompatible values.
enum class ClaimStatus { Agree, Conflict, OnlyA, OnlyB, Compatible };

/// The name used in the compare JSON: "agree", "compatible", "conflict", "only_a", "only_b".
QString claimStatusName(ClaimStatus status);
/// How much a status asks for the reader's attention: conflict 3, one side only 2,
/// compatible and agree 1. Where claims overlap, the most severe one shows.
int claimSeverity(ClaimStatus status);

/// Two sentences, one in each document, that say much the same.
struct Alignment {
    int sentenceA = -1;
    int sentenceB = -1;
    TextRange a;
    TextRange b;
    double score = 0; ///< 0–1: TF-IDF cosine of the stems plus shared facts
    WordChanges changes; ///< the words that differ between the two sentences
    bool pinned = false; ///< set by the user, not found by the aligner
};

/// A fact compared across the two documents. The absent side of only_a / only_b is empty.
struct Claim {
    FactKind kind = FactKind::Count;
    ClaimStatus status = ClaimStatus::Agree;
    std::optional<Fact> a;
    std::optional<Fact> b;
    QString explanation; ///< e.g. "A: 35th of 83 · B: 31st of 83"
};

/// Everything one comparison found; the texts are kept so that every range can be read.
struct ComparisonResult {
    SegmentedText a;
    SegmentedText b;
    QList<Fact> factsA;
    QList<Fact> factsB;
    QList<Alignment> alignments;
    QList<Claim> claims;
};

/**
 * Compares two documents: segments both, extracts their facts, aligns their sentences
 * and classifies every fact as agree, conflict, only_a or only_b (design.md,
 * "Comparison"). Pure computation, safe to run on a worker thread.
 */
class Comparator final
{
public:
    /// PINS are honoured: the sentences they cover align with each other and with
    /// nothing else.
    static ComparisonResult compare(const QString &textA, const QString &textB, const QList<PinnedPassage> &pins = {});
    /// The documents' furniture (a saved page's menus and teasers) is never compared.
    static ComparisonResult compare(const Document &a, const Document &b, const QList<PinnedPassage> &pins = {});
};

} // namespace Parallax
