// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/text/worddiff.h>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

QStringList changedWords(const SegmentedText &text, const QList<TextRange> &ranges)
{
    QStringList words;
    for (const TextRange &range : ranges)
        words << text.view(range).toString();
    return words;
}

} // namespace

TEST(WordDiff, paraphrase_marksOnlyTheWordsThatDiffer)
{
    const SegmentedText a = TextSegmenter::segment(u"Russia is among just 10 countries developing their own models."_s);
    const SegmentedText b = TextSegmenter::segment(u"Russia is among ten nations developing their own models."_s);
    const WordChanges changes = WordDiff::diff(a.sentences.first(), b.sentences.first());
    EXPECT_EQ(changedWords(a, changes.a), (QStringList {u"just"_s, u"10"_s, u"countries"_s}));
    EXPECT_EQ(changedWords(b, changes.b), (QStringList {u"ten"_s, u"nations"_s}));
}

TEST(WordDiff, sameWordsInOtherCase_areEqual)
{
    const SegmentedText a = TextSegmenter::segment(u"The Alliance grows."_s);
    const SegmentedText b = TextSegmenter::segment(u"the alliance grows"_s);
    const WordChanges changes = WordDiff::diff(a.sentences.first(), b.sentences.first());
    EXPECT_TRUE(changes.a.isEmpty());
    EXPECT_TRUE(changes.b.isEmpty());
}

TEST(WordDiff, veryLongSentences_areLeftUndiffed)
{
    // 600 words of two letters: long, yet within TextSegmenter::MaximumSentenceLength.
    QString longA, longB;
    for (int i = 0; i < 600; ++i) {
        const QString word = QString(QChar(u'a' + i / 26)) + QChar(u'a' + i % 26);
        longA += word + u' ';
        longB.prepend(word + u' ');
    }
    ASSERT_LT(longA.size(), TextSegmenter::MaximumSentenceLength);
    const SegmentedText a = TextSegmenter::segment(longA);
    const SegmentedText b = TextSegmenter::segment(longB);
    ASSERT_GT(a.sentences.first().tokens.size() * b.sentences.first().tokens.size(), WordDiff::MaximumCells);
    const WordChanges changes = WordDiff::diff(a.sentences.first(), b.sentences.first());
    EXPECT_TRUE(changes.a.isEmpty() && changes.b.isEmpty());
}
