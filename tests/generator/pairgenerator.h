// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/textrange.h>

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace Parallax
{

/// The controlled edits that turn an article into its generated counterpart.
enum class Edit {
    ChangeNumber,
    ChangeDate,
    ChangeRank,
    ChangeName,
    ChangeListMember,
    DropSentence,
    MoveParagraphs,
    Paraphrase,
    ChangeDayOfMonth,
    ChangeRankTotal,
    ChangeRelativePeriod,
    ChangeAge,
    ChangeTime,
    ChangeTollInHeadline,
    ChangeNumberInWords,
    MoveParagraphFar,
};

QString editName(Edit edit);
/// Every edit, in the order reports list them.
const QList<Edit> &allEdits();

/// A generated test pair and what a correct comparison must find in it.
struct GeneratedPair {
    QString name; ///< source article and edits, e.g. "37_1ecb: change-number + move-paragraphs"
    QString textA;
    QString textB;
    QList<Edit> edits;
    /// Conflicts the edits introduced: the fact's span in A and in B.
    QList<std::pair<TextRange, TextRange>> expectedConflicts;
    /// Sentences that say the same in both texts: (sentence index in A, in B), as
    /// TextSegmenter numbers them.
    QList<std::pair<int, int>> expectedAlignments;
};

/**
 * Makes comparison test pairs from real articles by controlled edits — change a number,
 * a year, a day of the month, a rank or its field, a relative period, an age, a time, a
 * toll in the headline only, a number in words, a name or a list member; drop a
 * sentence, move paragraphs near or far, paraphrase — and writes down alongside what the
 * edits mean for the comparison. Deterministic for a seed.
 *
 * It finds its edit sites with patterns of its own, not with FactExtractor, so that it
 * measures what the engine misses as well as what it finds.
 */
class PairGenerator final
{
public:
    explicit PairGenerator(quint32 seed);

    /// A pair from ARTICLE with EDIT applied (and, at random, paragraphs moved too).
    /// Returns std::nullopt when the article offers no place for the edit.
    std::optional<GeneratedPair> generate(const QString &name, const QString &article, Edit edit);

private:
    QRandomGenerator m_random;
};

} // namespace Parallax
