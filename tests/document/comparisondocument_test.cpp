// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/document/comparisondocument.h>
#include <core/import/corpus.h>

#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

QList<Document> corpus()
{
    return Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
}

// Waits for the comparison in the background to be done.
bool waitForResult(const ComparisonDocument &comparison)
{
    return QTest::qWaitFor(
        [&] {
            return !comparison.isComparing() && comparison.result().has_value();
        },
        60'000);
}

} // namespace

TEST(ComparisonDocument, comparesInTheBackground_andSaysWhenItIsBusyAndWhenTheResultIsIn)
{
    const QList<Document> articles = corpus();
    ASSERT_EQ(articles.size(), 4);
    ComparisonDocument comparison;
    QSignalSpy busy(&comparison, &ComparisonDocument::busyChanged);
    QSignalSpy changed(&comparison, &ComparisonDocument::comparisonChanged);

    comparison.compare(articles.at(0), articles.at(1), {});
    EXPECT_TRUE(comparison.isComparing());
    EXPECT_FALSE(comparison.result().has_value()) << "no result while it runs";
    ASSERT_TRUE(waitForResult(comparison));
    EXPECT_EQ(busy.count(), 2);
    EXPECT_TRUE(busy.first().first().toBool());
    EXPECT_FALSE(busy.last().first().toBool());
    EXPECT_EQ(changed.count(), 2) << "dropped at once, then the result";
    // The same as core finds for the pair.
    const ComparisonResult expected = Comparator::compare(articles.at(0), articles.at(1));
    EXPECT_EQ(comparison.result()->claims.size(), expected.claims.size());
    EXPECT_EQ(comparison.result()->alignments.size(), expected.alignments.size());
}

TEST(ComparisonDocument, aNewerPair_dropsTheResultOfAnOlderOneStillRunning)
{
    const QList<Document> articles = corpus();
    ComparisonDocument comparison;
    QSignalSpy busy(&comparison, &ComparisonDocument::busyChanged);
    const PinnedPassage pin {{0, 10}, {0, 10}};
    comparison.compare(articles.at(0), articles.at(1), {});
    comparison.compare(articles.at(2), articles.at(3), {pin});
    ASSERT_TRUE(waitForResult(comparison));
    // Only the later pair's result is shown, even if the earlier finished last.
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return !comparison.isComparing();
    }));
    EXPECT_EQ(comparison.result()->a.text, articles.at(2).text);
    EXPECT_EQ(comparison.pins(), QList<PinnedPassage> {pin});
    EXPECT_EQ(busy.count(), 2) << "busy once for both, idle once when both are done";

    comparison.clear();
    EXPECT_FALSE(comparison.result().has_value());
    EXPECT_TRUE(comparison.pins().isEmpty());
}

TEST(ComparisonDocument, eachAlignedPassage_knowsTheWorstClaimInside)
{
    Document a;
    a.path = u"a.txt"_s;
    a.text = u"The earthquake killed 24 people in the coastal town of Meulaboh on Tuesday, officials said.\n\n"
             u"Rescue teams from the capital arrived in the province on Wednesday morning with heavy equipment.\n\n"
             u"The governor visited the damaged mosque and promised help for the families.\n"_s;
    Document b = a;
    b.path = u"b.txt"_s;
    b.text.replace(u"killed 24 people"_s, u"killed 25 people"_s);
    ComparisonDocument comparison;
    comparison.compare(a, b, {});
    ASSERT_TRUE(waitForResult(comparison));
    const ComparisonResult &result = *comparison.result();
    const QList<std::optional<ClaimStatus>> &worst = comparison.worstClaims();
    ASSERT_EQ(worst.size(), result.alignments.size());
    ASSERT_GE(result.alignments.size(), 3);
    const auto passageWith = [&](const QString &words) {
        for (qsizetype i = 0; i < result.alignments.size(); ++i) {
            if (a.text.mid(result.alignments.at(i).a.start, result.alignments.at(i).a.length()).contains(words))
                return i;
        }
        return qsizetype(-1);
    };
    EXPECT_EQ(worst.value(passageWith(u"killed"_s)), ClaimStatus::Conflict) << "24 / 25 people";
    EXPECT_EQ(worst.value(passageWith(u"Rescue teams"_s)), ClaimStatus::Agree) << "Wednesday in both";
    EXPECT_EQ(worst.value(passageWith(u"governor"_s)), std::nullopt) << "no claim inside";
    comparison.clear();
    EXPECT_TRUE(comparison.worstClaims().isEmpty());
}
