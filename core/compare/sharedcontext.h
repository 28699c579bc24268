// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "fact.h"

#include <core/text/textsegmenter.h>

#include <QHash>
#include <QList>
#include <QStringList>

namespace Parallax
{

/**
 * What the words around two figures of two documents have in common: the rarer a word
 * both use near their figure, the more it says that they state one claim ("turnout
 * reached 93.87 percent" / "turnout was almost 90%", "Blackmore, alleged to have 19
 * wives" / "Blackmore is alleged to be married to 20 women"). Reports paraphrase, so
 * whole sentences often align too weakly for their figures to be compared; the words
 * next to the figures still tie them.
 *
 * A word weighs its inverse document frequency over the sentences of both documents;
 * stop words and numbers weigh nothing. An inverted index keeps the work proportional
 * to the words figures share, not to the product of the figures.
 */
class SharedContext final
{
public:
    /// Words this many tokens before or after a figure are its surroundings.
    static constexpr int Reach = 8;
    /// Words in more than 1/FrequentWordShare of all sentences (and more than
    /// MinimumFrequentWordCount) tie nothing.
    static constexpr int FrequentWordShare = 20;
    static constexpr int MinimumFrequentWordCount = 40;

    SharedContext(const SegmentedText &a, const QList<Fact> &factsA, const SegmentedText &b, const QList<Fact> &factsB);

    /// The weight of a word that each document uses in one sentence: the unit in which
    /// to judge a tie, whatever the length of the documents.
    double rareWordWeight() const { return m_rareWordWeight; }

    /// For fact I of A, the facts of B whose surroundings share words with its own, each
    /// with the summed weight of the distinct words shared.
    QHash<int, double> tiesOfA(int i) const;

    /// The summed weight of the distinct words that sentence SENTENCE_A of A and
    /// SENTENCE_B of B share: weaker evidence of one claim than words next to the
    /// figures, for figures that nothing nearer ties.
    double sentenceTie(int sentenceA, int sentenceB) const;

    /// Whether fact I of A and fact J of B stand in the same frame of words: the two
    /// words right after each, or the two right before, are the same (by stem), and
    /// one of them carries meaning ("… months in federal prison" / "… months in federal
    /// prison"). Stronger evidence of one claim than words shared anywhere near.
    bool sharesFrame(int i, int j) const;

private:
    /// The stems of the words right before and right after a fact, outside it.
    struct Frame {
        QStringList before;
        QStringList after;
        bool meaningfulBefore = false;
        bool meaningfulAfter = false;
    };
    static QList<Frame> framesOf(const SegmentedText &text, const QList<Fact> &facts);

    QList<Frame> m_framesA;
    QList<Frame> m_framesB;
    QList<QList<int>> m_surroundingsA; ///< per fact of A, its distinct stems as ids, sorted
    QList<QList<int>> m_sentenceStemsA; ///< per sentence of A, its distinct stems as ids, sorted
    QList<QList<int>> m_sentenceStemsB;
    QList<int> m_sentencesWith; ///< per stem id, the sentences of both documents that use it
    int m_frequent = 0; ///< a word in more sentences than this ties nothing
    QHash<int, QList<int>> m_factsOfBByStem;
    QList<double> m_weights; ///< per stem id
    double m_rareWordWeight = 0;
};

} // namespace Parallax
