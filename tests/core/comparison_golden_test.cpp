// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// Golden tests on the seed articles: what a careful reader finds when comparing them.
#include <core/compare/comparison.h>
#include <core/import/corpus.h>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

const QList<Document> &seeds()
{
    static const QList<Document> documents = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
    return documents;
}

ComparisonResult compareSeeds(int a, int b)
{
    return Comparator::compare(seeds().at(a).text, seeds().at(b).text);
}

// The claim of KIND whose A side reads TEXT_A and whose B side reads TEXT_B, if any.
const Claim *findClaim(const ComparisonResult &result, FactKind kind, const QString &textA, const QString &textB)
{
    for (const Claim &claim : result.claims) {
        if (claim.kind == kind && claim.a && claim.b && claim.a->text == textA && claim.b->text == textB)
            return &claim;
    }
    return nullptr;
}

void expectAgree(const ComparisonResult &result, FactKind kind, const QString &textA, const QString &textB)
{
    const Claim *claim = findClaim(result, kind, textA, textB);
    ASSERT_TRUE(claim) << "no claim pairs \"" << qPrintable(textA) << "\" with \"" << qPrintable(textB) << '"';
    EXPECT_EQ(claim->status, ClaimStatus::Agree) << qPrintable(claim->explanation);
}

} // namespace

TEST(ComparisonGolden, seedsAreLoaded)
{
    ASSERT_EQ(seeds().size(), 4);
}

TEST(ComparisonGolden, rank31stOf83_agreesAmong000_001_003)
{
    for (const auto &[a, b] : {std::pair {0, 1}, std::pair {0, 3}, std::pair {1, 3}, std::pair {3, 0}}) {
        SCOPED_TRACE(u"%1 vs %2"_s.arg(a).arg(b).toStdString());
        expectAgree(compareSeeds(a, b), FactKind::Rank, u"31st out of 83"_s, u"31st out of 83"_s);
    }
}

TEST(ComparisonGolden, rank29th_agreesBetween000And001)
{
    const ComparisonResult result = compareSeeds(0, 1);
    expectAgree(result, FactKind::Rank, u"29th among 36"_s, u"29th"_s);
    const Claim *claim = findClaim(result, FactKind::Rank, u"29th among 36"_s, u"29th"_s);
    ASSERT_TRUE(claim);
    EXPECT_EQ(claim->explanation, u"A: 29th of 36 · B: 29th"_s);
}

TEST(ComparisonGolden, moneyInDollarsAgreesWithRoublesAndDollars)
{
    const ComparisonResult result = compareSeeds(0, 1);
    expectAgree(result, FactKind::Money, u"$109 billion"_s, u"an estimated 11.2 trillion roubles ($109 billion)"_s);
    expectAgree(result, FactKind::Money, u"$1.9 billion"_s, u"0.2 trillion roubles ($1.9 billion)"_s);
}

TEST(ComparisonGolden, percentAndCountAgreeInOtherWords)
{
    const ComparisonResult result = compareSeeds(0, 1);
    expectAgree(result, FactKind::Percent, u"80%"_s, u"80%"_s);
    expectAgree(result, FactKind::Count, u"10"_s, u"ten"_s);
    const Claim *count = findClaim(result, FactKind::Count, u"10"_s, u"ten"_s);
    ASSERT_TRUE(count);
    EXPECT_EQ(count->a->subject, u"country"_s);
    EXPECT_EQ(count->b->subject, u"country"_s);
}

TEST(ComparisonGolden, twentyFirstCentury_agreesBetween001And003)
{
    expectAgree(compareSeeds(1, 3), FactKind::Date, u"21st century"_s, u"21st century"_s);
}

TEST(ComparisonGolden, noSeedPairConflicts)
{
    for (int a = 0; a < 4; ++a) {
        for (int b = 0; b < 4; ++b) {
            if (a == b)
                continue;
            const ComparisonResult result = compareSeeds(a, b);
            for (const Claim &claim : result.claims)
                EXPECT_NE(claim.status, ClaimStatus::Conflict) << a << " vs " << b << ": " << qPrintable(claim.explanation);
        }
    }
}

TEST(ComparisonGolden, noClaimLiesInBoilerplate)
{
    for (int a = 0; a < 4; ++a) {
        for (int b = a + 1; b < 4; ++b) {
            const ComparisonResult result = compareSeeds(a, b);
            for (const Claim &claim : result.claims) {
                if (claim.a) {
                    EXPECT_FALSE(result.a.isBoilerplate(claim.a->range)) << a << ": " << qPrintable(claim.a->text);
                }
                if (claim.b) {
                    EXPECT_FALSE(result.b.isBoilerplate(claim.b->range)) << b << ": " << qPrintable(claim.b->text);
                }
            }
        }
    }
}

TEST(ComparisonGolden, pageJunkIsMarkedAsBoilerplate)
{
    const QStringList junk = {
        u"Join our daily newsletter for breaking news"_s,
        u"Recent News"_s,
        u"Former OpenAI exec's new AI startup lures top talent and seeks $100 million in early funding."_s,
        u"Biden authorizes $571 million in military assistance for Taiwan"_s,
        u"Discover more from Defence Talks"_s,
        u"Leave a Reply"_s,
        u"Suggested Related Links"_s,
        u"TechCrunch"_s,
        u"Written by"_s,
    };
    QList<SegmentedText> texts;
    for (const Document &document : seeds())
        texts.append(TextSegmenter::segment(document.text));
    for (const QString &phrase : junk) {
        bool found = false;
        for (const SegmentedText &text : std::as_const(texts)) {
            const qsizetype at = text.text.indexOf(phrase);
            if (at < 0)
                continue;
            found = true;
            EXPECT_TRUE(text.isBoilerplate({at, at + phrase.size()})) << qPrintable(phrase);
        }
        EXPECT_TRUE(found) << qPrintable(phrase);
    }
    // The body is not junk.
    const SegmentedText text = TextSegmenter::segment(seeds().at(1).text);
    const qsizetype body = text.text.indexOf(u"Sberbank, Russia’s leading financial institution"_s);
    ASSERT_GE(body, 0);
    EXPECT_FALSE(text.isBoilerplate({body, body + 20}));
}

TEST(ComparisonGolden, alignmentPairsTheParaphrasedSentences)
{
    const ComparisonResult result = compareSeeds(0, 1);
    // 000's bullet "Russia is among just 10 countries developing…" and 001's "Russia is
    // among ten nations, …" say the same thing in other words.
    const qsizetype inA = result.a.text.indexOf(u"Russia is among just 10 countries"_s);
    const qsizetype inB = result.b.text.indexOf(u"Russia is among ten nations"_s);
    ASSERT_GE(inA, 0);
    ASSERT_GE(inB, 0);
    const bool aligned = std::any_of(result.alignments.cbegin(), result.alignments.cend(), [&](const Alignment &alignment) {
        return alignment.a.start == inA && alignment.b.start == inB;
    });
    EXPECT_TRUE(aligned);
    // News reorders: the alignment is not monotonic.
    bool crossing = false;
    for (const Alignment &x : result.alignments)
        for (const Alignment &y : result.alignments)
            crossing |= x.a.start < y.a.start && x.b.start > y.b.start;
    EXPECT_TRUE(crossing);
}
