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
