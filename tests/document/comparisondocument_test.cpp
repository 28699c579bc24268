// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/document/comparisondocument.h>
#include <core/document/librarydocument.h>
#include <core/import/corpus.h>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

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

// The library the comparisons read their articles and pins from: a scratch one.
class ComparisonDocumentTest : public ::testing::Test
{
protected:
    qint64 idOf(const Document &document) { return m_library.articleIdOf(document); }

    LibraryDocument m_library;
    ComparisonDocument m_comparison {&m_library};
};

TEST_F(ComparisonDocumentTest, comparesInTheBackground_andSaysWhenItIsBusyAndWhenTheResultIsIn)
{
    const QList<Document> articles = corpus();
    ASSERT_EQ(articles.size(), 4);
    QSignalSpy busy(&m_comparison, &ComparisonDocument::busyChanged);
    QSignalSpy changed(&m_comparison, &ComparisonDocument::comparisonChanged);

    const qint64 a = idOf(articles.at(0));
    const qint64 b = idOf(articles.at(1));
    m_comparison.setPair(a, b);
    EXPECT_TRUE(m_comparison.isComparing());
    EXPECT_FALSE(m_comparison.result().has_value()) << "no result while it runs";
    ASSERT_TRUE(waitForResult(m_comparison));
    EXPECT_EQ(m_comparison.articleA(), a);
    EXPECT_EQ(m_comparison.articleB(), b);
    EXPECT_EQ(busy.count(), 2);
    EXPECT_TRUE(busy.first().first().toBool());
    EXPECT_FALSE(busy.last().first().toBool());
    EXPECT_EQ(changed.count(), 2) << "dropped at once, then the result";
    // The same as core finds for the pair, read back from the library.
    const ComparisonResult expected = Comparator::compare(articles.at(0), articles.at(1));
    EXPECT_EQ(m_comparison.result()->a.text, articles.at(0).text);
    EXPECT_EQ(m_comparison.result()->claims.size(), expected.claims.size());
    EXPECT_EQ(m_comparison.result()->alignments.size(), expected.alignments.size());
}

TEST_F(ComparisonDocumentTest, aNewerPair_dropsTheResultOfAnOlderOneStillRunning)
{
    const QList<Document> articles = corpus();
    QSignalSpy busy(&m_comparison, &ComparisonDocument::busyChanged);
    const qint64 c = idOf(articles.at(2));
    const qint64 d = idOf(articles.at(3));
    const PinnedPassage pin {{0, 10}, {0, 10}};
    ASSERT_TRUE(m_library.setPins(c, d, {pin}, u"Pin"_s));
    m_comparison.setPair(idOf(articles.at(0)), idOf(articles.at(1)));
    m_comparison.setPair(c, d);
    ASSERT_TRUE(waitForResult(m_comparison));
    // Only the later pair's result is shown, even if the earlier finished last.
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return !m_comparison.isComparing();
    }));
    EXPECT_EQ(m_comparison.result()->a.text, articles.at(2).text);
    EXPECT_EQ(m_comparison.pins(), QList<PinnedPassage> {pin}) << "the pair's pins, from the library";
    EXPECT_EQ(busy.count(), 2) << "busy once for both, idle once when both are done";

    m_comparison.clear();
    EXPECT_FALSE(m_comparison.result().has_value());
    EXPECT_TRUE(m_comparison.pins().isEmpty());
    EXPECT_EQ(m_comparison.articleA(), 0);
}

TEST_F(ComparisonDocumentTest, anEarlierPairStillRunning_doesNotKeepItBusy_onceThisPairsResultIsIn)
{
    // A long pair, then a short one at once: the short one's result comes first, and
    // the document is done then, though the long one still runs (its result is dropped).
    const QList<Document> articles = corpus();
    Document longA = articles.at(0);
    Document longB = articles.at(1);
    longA.path = u"long-a.txt"_s;
    longB.path = u"long-b.txt"_s;
    longA.text = longA.text.repeated(40);
    longB.text = longB.text.repeated(40);
    Document shortA;
    shortA.path = u"short-a.txt"_s;
    shortA.text = u"The quake killed 24 people on Tuesday.\n"_s;
    Document shortB = shortA;
    shortB.path = u"short-b.txt"_s;
    shortB.text = u"The quake killed 25 people on Tuesday.\n"_s;
    std::optional<bool> busyWhenShown;
    QObject::connect(&m_comparison, &ComparisonDocument::comparisonChanged, &m_comparison, [&] {
        if (m_comparison.result())
            busyWhenShown = m_comparison.isComparing();
    });
    QSignalSpy busy(&m_comparison, &ComparisonDocument::busyChanged);
    m_comparison.setPair(idOf(longA), idOf(longB));
    m_comparison.setPair(idOf(shortA), idOf(shortB));
    ASSERT_TRUE(waitForResult(m_comparison));
    EXPECT_EQ(m_comparison.result()->a.text, shortA.text);
    EXPECT_EQ(busyWhenShown, false);
    EXPECT_EQ(busy.size(), 2) << "busy, then done";
    EXPECT_FALSE(busy.last().first().toBool());
}

TEST_F(ComparisonDocumentTest, followsThePinsOfItsPair_throughEditsUndoAndRedo_andNoOtherPairs)
{
    const QList<Document> articles = corpus();
    const qint64 a = idOf(articles.at(0));
    const qint64 b = idOf(articles.at(1));
    const qint64 c = idOf(articles.at(2));
    m_comparison.setPair(a, b);
    ASSERT_TRUE(waitForResult(m_comparison));
    ASSERT_TRUE(m_comparison.pins().isEmpty());
    QSignalSpy changed(&m_comparison, &ComparisonDocument::comparisonChanged);

    const PinnedPassage pin {{0, 20}, {0, 20}};
    ASSERT_TRUE(m_library.setPins(a, b, {pin}, u"Pin"_s));
    ASSERT_TRUE(waitForResult(m_comparison));
    EXPECT_EQ(m_comparison.pins(), QList<PinnedPassage> {pin});
    const auto pinned = [&] {
        const QList<Alignment> &alignments = m_comparison.result()->alignments;
        return std::any_of(alignments.cbegin(), alignments.cend(), [](const Alignment &alignment) {
            return alignment.pinned;
        });
    };
    EXPECT_TRUE(pinned()) << "the pin is compared as a match";
    EXPECT_EQ(changed.count(), 2) << "compared again with the pin";

    m_library.undoStack()->undo();
    ASSERT_TRUE(waitForResult(m_comparison));
    EXPECT_TRUE(m_comparison.pins().isEmpty());
    EXPECT_FALSE(pinned());
    m_library.undoStack()->redo();
    ASSERT_TRUE(waitForResult(m_comparison));
    EXPECT_EQ(m_comparison.pins(), QList<PinnedPassage> {pin});

    // Pins of another pair leave this one's comparison as it is.
    changed.clear();
    ASSERT_TRUE(m_library.setPins(a, c, {pin}, u"Pin"_s));
    EXPECT_EQ(changed.count(), 0);
    EXPECT_FALSE(m_comparison.isComparing());
}

TEST_F(ComparisonDocumentTest, thePairShownAgain_isNotComparedAgain_butTheSameIdsInAnotherLibraryAre)
{
    const QList<Document> articles = corpus();
    const qint64 a = idOf(articles.at(0));
    const qint64 b = idOf(articles.at(1));
    m_comparison.setPair(a, b);
    ASSERT_TRUE(waitForResult(m_comparison));
    QSignalSpy changed(&m_comparison, &ComparisonDocument::comparisonChanged);
    m_comparison.setPair(a, b); // as each pane announces the article it shows
    EXPECT_EQ(changed.size(), 0);
    EXPECT_TRUE(m_comparison.result().has_value());

    // Another library whose first two articles are others under the same ids.
    QTemporaryDir folder;
    Store other;
    ASSERT_TRUE(other.open(folder.filePath(u"other.sqlite"_s)));
    m_library.setStore(&other);
    ASSERT_EQ(idOf(articles.at(2)), a);
    ASSERT_EQ(idOf(articles.at(3)), b);
    m_comparison.setPair(a, b);
    ASSERT_TRUE(waitForResult(m_comparison));
    EXPECT_EQ(m_comparison.result()->a.text, articles.at(2).text);
    m_library.setStore(nullptr);
}

TEST_F(ComparisonDocumentTest, anArticleTheLibraryCannotRead_isNoPair)
{
    const QList<Document> articles = corpus();
    m_comparison.setPair(idOf(articles.at(0)), 999'999);
    EXPECT_FALSE(m_comparison.isComparing());
    EXPECT_FALSE(m_comparison.result().has_value());
    m_comparison.setPair(0, idOf(articles.at(0)));
    EXPECT_FALSE(m_comparison.result().has_value());
}

TEST_F(ComparisonDocumentTest, eachAlignedPassage_knowsTheWorstClaimInside)
{
    Document a;
    a.path = u"a.txt"_s;
    a.text = u"The earthquake killed 24 people in the coastal town of Meulaboh on Tuesday, officials said.\n\n"
             u"Rescue teams from the capital arrived in the province on Wednesday morning with heavy equipment.\n\n"
             u"The governor visited the damaged mosque and promised help for the families.\n"_s;
    Document b = a;
    b.path = u"b.txt"_s;
    b.text.replace(u"killed 24 people"_s, u"killed 25 people"_s);
    m_comparison.setPair(idOf(a), idOf(b));
    ASSERT_TRUE(waitForResult(m_comparison));
    const ComparisonResult &result = *m_comparison.result();
    const QList<std::optional<ClaimStatus>> &worst = m_comparison.worstClaims();
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
    m_comparison.clear();
    EXPECT_TRUE(m_comparison.worstClaims().isEmpty());
}
