// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/document/librarycommands.h>
#include <core/document/librarydocument.h>
#include <core/import/corpus.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>
#include <tests/postgresserver.h>
#include <tests/qstringprinter.h>
#include <tests/storeassertions.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

// A library of two seed articles, edited through a LibraryDocument, with a spy on each
// of its signals.
class LibraryDocumentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_store.open(m_dir.filePath(u"library.sqlite"_s)));
        m_document.setStore(&m_store);
        const QList<Document> corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
        ASSERT_EQ(corpus.size(), 4);
        for (int i : {0, 1}) {
            const qint64 id = m_document.articleIdOf(corpus.at(i));
            ASSERT_GT(id, 0);
            m_articles.append(id);
            m_texts.append(corpus.at(i).text);
        }
        m_spies = {
            {u"articles"_s, new QSignalSpy(&m_document, &LibraryDocument::articlesChanged)},
            {u"tags"_s, new QSignalSpy(&m_document, &LibraryDocument::tagsChanged)},
            {u"annotations"_s, new QSignalSpy(&m_document, &LibraryDocument::annotationsChanged)},
            {u"reviews"_s, new QSignalSpy(&m_document, &LibraryDocument::reviewsChanged)},
            {u"pins"_s, new QSignalSpy(&m_document, &LibraryDocument::pinsChanged)},
            {u"failed"_s, new QSignalSpy(&m_document, &LibraryDocument::failed)},
        };
    }
    void TearDown() override { qDeleteAll(m_spies); }

    TextRange rangeOf(int article, const QString &quote) const
    {
        const qsizetype start = m_texts.at(article).indexOf(quote);
        return {start, start + quote.size()};
    }
    // The signals emitted since the last call, by name, sorted; each spy is cleared.
    QStringList signalsSinceLastCall()
    {
        QStringList emitted;
        for (auto it = m_spies.cbegin(); it != m_spies.cend(); ++it) {
            if (!it.value()->isEmpty())
                emitted.append(it.key());
            it.value()->clear();
        }
        emitted.sort();
        return emitted;
    }
    QStringList tagPaths() const
    {
        QStringList paths;
        for (const Tag &tag : *m_store.tags())
            paths.append(tag.path);
        return paths;
    }

    QTemporaryDir m_dir;
    Store m_store;
    LibraryDocument m_document;
    QList<qint64> m_articles;
    QStringList m_texts;
    QMap<QString, QSignalSpy *> m_spies;
};

} // namespace

TEST_F(LibraryDocumentTest, eachEdit_saysWhatChanged_andNothingElse)
{
    const auto id = m_document.annotate(m_articles.at(0), rangeOf(0, u"31st out of 83"_s), {u"Economy/Rankings"_s}, {});
    ASSERT_TRUE(id);
    EXPECT_EQ(signalsSinceLastCall(), (QStringList {u"annotations"_s, u"tags"_s}));

    QSignalSpy annotations(&m_document, &LibraryDocument::annotationsChanged);
    ASSERT_TRUE(m_document.setNote(*id, u"Same rank as in 001"_s));
    EXPECT_EQ(signalsSinceLastCall(), QStringList {u"annotations"_s}); // a note is no tag
    ASSERT_EQ(annotations.size(), 1);
    EXPECT_EQ(annotations.first().first().toLongLong(), m_articles.at(0)); // of that article only

    const qint64 tag = *m_store.tagIdForPath(u"Economy/Rankings"_s);
    ASSERT_TRUE(m_document.recolorTag(tag, u"#336699"_s));
    EXPECT_EQ(signalsSinceLastCall(), QStringList {u"tags"_s}); // no annotation changed
    ASSERT_TRUE(m_document.reviewClaim(
        {m_articles.at(0), m_articles.at(1), u"rank"_s, rangeOf(0, u"31st out of 83"_s), std::nullopt}, ClaimReview::State::Confirmed, {}, std::nullopt));
    EXPECT_EQ(signalsSinceLastCall(), QStringList {u"reviews"_s});
    ASSERT_TRUE(m_document.setPins(m_articles.at(0), m_articles.at(1), {{rangeOf(0, u"31st"_s), rangeOf(1, u"31st"_s)}}, u"Pin Passages"_s));
    EXPECT_EQ(signalsSinceLastCall(), QStringList {u"pins"_s});
    // Undo says the same as the edit it takes back.
    m_document.undoStack()->undo();
    EXPECT_EQ(signalsSinceLastCall(), QStringList {u"pins"_s});
    EXPECT_TRUE(m_store.pins(m_articles.at(0), m_articles.at(1))->isEmpty());
}

TEST_F(LibraryDocumentTest, everyEdit_isUndoneAndRedone_toTheSameLibrary)
{
    const auto id = m_document.annotate(m_articles.at(0), rangeOf(0, u"Vladimir Putin"_s), {u"People/Putin"_s}, u"first"_s);
    ASSERT_TRUE(id);
    ASSERT_TRUE(m_document.setNote(*id, u"second"_s));
    ASSERT_TRUE(m_document.tagArticle(m_articles.at(1), u"Sources/Trade press"_s));
    const auto made = m_document.createTag(u"Checked"_s);
    ASSERT_TRUE(made);
    const qint64 putin = *m_store.tagIdForPath(u"People/Putin"_s);
    ASSERT_TRUE(m_document.renameTag(putin, u"Vladimir Putin"_s));
    ASSERT_TRUE(m_document.describeTag(putin, u"The president"_s));
    ASSERT_TRUE(m_document.moveTag(*made, *m_store.tagIdForPath(u"People"_s)));
    ASSERT_TRUE(m_document.mergeTag(*m_store.tagIdForPath(u"People/Checked"_s), putin));
    ASSERT_TRUE(m_document.deleteTag(*m_store.tagIdForPath(u"Sources"_s)));
    EXPECT_EQ(tagPaths(), (QStringList {u"People"_s, u"People/Vladimir Putin"_s}));
    EXPECT_EQ(m_document.undoStack()->count(), 9);

    m_document.undoStack()->setIndex(0);
    EXPECT_TRUE(m_store.tags()->isEmpty());
    EXPECT_TRUE(m_store.annotations()->isEmpty());
    EXPECT_TRUE(m_store.articleTags(m_articles.at(1))->isEmpty());

    m_document.undoStack()->setIndex(9);
    EXPECT_EQ(tagPaths(), (QStringList {u"People"_s, u"People/Vladimir Putin"_s}));
    const auto annotation = m_store.annotation(*id);
    ASSERT_TRUE(annotation);
    EXPECT_EQ(annotation->note, u"second"_s);
    EXPECT_EQ(annotation->tagPaths, QStringList {u"People/Vladimir Putin"_s});
    EXPECT_EQ(m_store.tag(putin)->description, u"The president"_s);
    EXPECT_TRUE(m_spies.value(u"failed"_s)->isEmpty());
}

TEST_F(LibraryDocumentTest, undoAndRedo_neverWriteOverAnotherCodersLaterEdit)
{
    m_store.setCoder(u"Ada"_s);
    const auto id = m_document.annotate(m_articles.at(0), rangeOf(0, u"Vladimir Putin"_s), {u"People"_s}, u"first"_s);
    ASSERT_TRUE(id);
    ASSERT_TRUE(m_document.setNote(*id, u"Ada's"_s));
    const qint64 tag = *m_store.tagIdForPath(u"People"_s);
    ASSERT_TRUE(m_document.recolorTag(tag, u"#336699"_s));
    // Ada's own undo and redo go back and forth over her own edits.
    m_document.undoStack()->undo();
    m_document.undoStack()->undo();
    m_document.undoStack()->redo();
    m_document.undoStack()->redo();
    EXPECT_EQ(m_store.annotation(*id)->note, u"Ada's"_s);
    EXPECT_EQ(m_store.tag(tag)->color, u"#336699"_s);
    EXPECT_TRUE(m_spies.value(u"failed"_s)->isEmpty());

    // Grace, in another window on the same library, edits the note after Ada.
    Store grace;
    ASSERT_TRUE(grace.open(m_dir.filePath(u"library.sqlite"_s)));
    grace.setCoder(u"Grace"_s);
    ASSERT_TRUE(grace.setAnnotationNote(*id, u"Grace's"_s, grace.annotation(*id)->rowVersion));
    signalsSinceLastCall();

    // Ada's undo of the colour is hers alone and goes through; the note's is refused,
    // says whose edit stands, and leaves the history.
    QUndoStack &history = *m_document.undoStack();
    history.undo();
    EXPECT_NE(m_store.tag(tag)->color, u"#336699"_s);
    ASSERT_EQ(history.count(), 3);
    history.undo();
    EXPECT_EQ(m_store.annotation(*id)->note, u"Grace's"_s);
    ASSERT_EQ(m_spies.value(u"failed"_s)->size(), 1);
    EXPECT_TRUE(m_spies.value(u"failed"_s)->first().first().toString().contains(u"Grace"_s));
    EXPECT_EQ(history.count(), 2);
    EXPECT_EQ(history.index(), 1);
    // Undoing the annotation would delete Grace's note with it: refused too.
    history.undo();
    ASSERT_TRUE(m_store.annotation(*id));
    EXPECT_EQ(m_store.annotation(*id)->note, u"Grace's"_s);
    EXPECT_EQ(history.count(), 1);
    EXPECT_EQ(history.index(), 0);
    // Having seen Grace's note, Ada may edit it, and undo that edit.
    ASSERT_TRUE(m_document.setNote(*id, u"Ada's again"_s, m_store.annotation(*id)->rowVersion));
    history.undo();
    EXPECT_EQ(m_store.annotation(*id)->note, u"Grace's"_s);
    // An edit from a version Ada saw before Grace's is refused, with Grace named.
    EXPECT_TRUE(Testing::refused(m_document.setNote(*id, u"stale"_s, 2), StoreError::Kind::Conflict));
    EXPECT_EQ(m_store.annotation(*id)->note, u"Grace's"_s);
}

TEST_F(LibraryDocumentTest, undoOfAReview_leavesAnotherCodersLaterReviewOfTheClaim)
{
    m_store.setCoder(u"Ada"_s);
    const ReviewedClaim claim {m_articles.at(0), m_articles.at(1), u"rank"_s, rangeOf(0, u"31st out of 83"_s), std::nullopt};
    ASSERT_TRUE(m_document.reviewClaim(claim, ClaimReview::State::Confirmed, u"Ada's"_s, std::nullopt));
    // Undone and redone by Ada alone: her own review goes back and forth.
    m_document.undoStack()->undo();
    EXPECT_EQ(m_store.claimReviews(claim.articleA, claim.articleB)->first().state, ClaimReview::State::Unreviewed);
    m_document.undoStack()->redo();
    const ClaimReview seen = m_store.claimReviews(claim.articleA, claim.articleB)->first();
    EXPECT_EQ(seen.state, ClaimReview::State::Confirmed);

    Store grace;
    ASSERT_TRUE(grace.open(m_dir.filePath(u"library.sqlite"_s)));
    grace.setCoder(u"Grace"_s);
    ASSERT_TRUE(
        grace.setClaimReview(claim.articleA, claim.articleB, claim.kind, claim.a, claim.b, ClaimReview::State::Dismissed, u"Grace's"_s, seen.rowVersion));
    m_document.undoStack()->undo();
    EXPECT_EQ(m_store.claimReviews(claim.articleA, claim.articleB)->first().state, ClaimReview::State::Dismissed);
    ASSERT_EQ(m_spies.value(u"failed"_s)->size(), 1);
    EXPECT_TRUE(m_spies.value(u"failed"_s)->first().first().toString().contains(u"Grace reviewed this claim"_s));
    EXPECT_EQ(m_document.undoStack()->count(), 0);
    // A review from what Ada saw before Grace's is refused too; from Grace's, it stands.
    EXPECT_FALSE(m_document.reviewClaim(claim, ClaimReview::State::Explained, u"stale"_s, seen));
    EXPECT_TRUE(m_document.reviewClaim(claim, ClaimReview::State::Explained, u"after Grace"_s, m_store.claimReviews(claim.articleA, claim.articleB)->first()));
    EXPECT_EQ(m_store.claimReviews(claim.articleA, claim.articleB)->first().note, u"after Grace"_s);

    // A claim Ada saw unreviewed, which Grace reviewed meanwhile: Ada's review does not
    // replace Grace's unseen.
    const ReviewedClaim other {m_articles.at(0), m_articles.at(1), u"entity"_s, rangeOf(0, u"Vladimir Putin"_s), std::nullopt};
    ASSERT_TRUE(grace.setClaimReview(other.articleA, other.articleB, other.kind, other.a, other.b, ClaimReview::State::Confirmed, u"Grace's"_s));
    EXPECT_TRUE(Testing::refused(m_document.reviewClaim(other, ClaimReview::State::Dismissed, u"Ada's"_s, std::nullopt), StoreError::Kind::Conflict));
    QStringList notes;
    for (const ClaimReview &review : *m_store.claimReviews(other.articleA, other.articleB))
        notes << review.note;
    EXPECT_TRUE(notes.contains(u"Grace's"_s) && !notes.contains(u"Ada's"_s)) << qPrintable(notes.join(u", "_s));
}

TEST_F(LibraryDocumentTest, undoOfPins_leavesPinsAnotherCoderSetSince)
{
    const PinnedPassage mine {rangeOf(0, u"31st"_s), rangeOf(1, u"31st"_s)};
    ASSERT_TRUE(m_document.setPins(m_articles.at(0), m_articles.at(1), {mine}, u"Pin Passages"_s));
    m_document.undoStack()->undo();
    EXPECT_TRUE(m_store.pins(m_articles.at(0), m_articles.at(1))->isEmpty());
    m_document.undoStack()->redo();
    ASSERT_EQ(m_store.pins(m_articles.at(0), m_articles.at(1))->size(), 1);

    // Grace pins another pair of passages, seen from the other article's side.
    Store grace;
    ASSERT_TRUE(grace.open(m_dir.filePath(u"library.sqlite"_s)));
    const PinnedPassage hers {rangeOf(0, u"Vladimir Putin"_s), rangeOf(1, u"Putin"_s)};
    ASSERT_TRUE(grace.setPins(m_articles.at(1), m_articles.at(0), {{mine.b, mine.a}, {hers.b, hers.a}}));
    m_document.undoStack()->undo();
    EXPECT_EQ(m_store.pins(m_articles.at(0), m_articles.at(1))->size(), 2) << "Grace's pins stay";
    ASSERT_EQ(m_spies.value(u"failed"_s)->size(), 1);
    EXPECT_TRUE(m_spies.value(u"failed"_s)->first().first().toString().contains(u"Someone else changed the passages pinned"_s));
    EXPECT_EQ(m_document.undoStack()->count(), 0);
}

TEST_F(LibraryDocumentTest, editsOfOneProperty_mergeIntoOneStep_andAStepBackToTheStartLeavesTheHistory)
{
    const qint64 tag = *m_document.createTag(u"Economy"_s);
    const QString original = m_store.tag(tag)->color;
    const int before = m_document.undoStack()->count();
    for (const QString &color : {u"#112233"_s, u"#445566"_s, u"#778899"_s})
        ASSERT_TRUE(m_document.recolorTag(tag, color));
    EXPECT_EQ(m_document.undoStack()->count(), before + 1); // picking colours is one step
    m_document.undoStack()->undo();
    EXPECT_EQ(m_store.tag(tag)->color, original);
    m_document.undoStack()->redo();
    EXPECT_EQ(m_store.tag(tag)->color, u"#778899"_s);

    // Renaming another tag is a step of its own; renaming back to where it began, none.
    const qint64 other = *m_document.createTag(u"Politics"_s);
    const int afterCreate = m_document.undoStack()->count();
    ASSERT_TRUE(m_document.renameTag(other, u"Policy"_s));
    ASSERT_TRUE(m_document.renameTag(other, u"Politics"_s));
    EXPECT_EQ(m_document.undoStack()->count(), afterCreate);
    EXPECT_EQ(m_document.undoStack()->command(afterCreate - 1)->id(), int(LibraryCommandId::CreateTag));
}

TEST_F(LibraryDocumentTest, anEditTheLibraryRefuses_entersNoHistory_andSaysWhy)
{
    Store readOnly;
    ASSERT_TRUE(readOnly.open(m_dir.filePath(u"library.sqlite"_s), Store::Access::ReadOnly));
    LibraryDocument document;
    document.setStore(&readOnly);
    QSignalSpy failed(&document, &LibraryDocument::failed);
    EXPECT_FALSE(document.isWritable());
    EXPECT_FALSE(document.annotate(m_articles.at(0), rangeOf(0, u"Vladimir Putin"_s), {u"People"_s}, {}));
    const StoreResult<qint64> created = document.createTag(u"People"_s);
    ASSERT_FALSE(created);
    EXPECT_EQ(created.error().kind, StoreError::Kind::ReadOnly);
    EXPECT_EQ(document.undoStack()->count(), 0);
    ASSERT_EQ(failed.size(), 2); // each refusal says why
    EXPECT_EQ(failed.last().first().toString(), created.error().message);
    EXPECT_FALSE(created.error().message.isEmpty());
}

TEST_F(LibraryDocumentTest, aTextAReadOnlyLibraryDoesNotHold_hasAnIdForTheSession_toReadAndCompareButNotAnnotate)
{
    Store readOnly;
    ASSERT_TRUE(readOnly.open(m_dir.filePath(u"library.sqlite"_s), Store::Access::ReadOnly));
    LibraryDocument document;
    document.setStore(&readOnly);
    // What the library holds keeps its id.
    EXPECT_EQ(document.articleIdOf(Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents().at(0)), m_articles.at(0));

    Document unknown;
    unknown.path = u"unknown.txt"_s;
    unknown.text = u"A text this library has never seen."_s;
    const qint64 id = document.articleIdOf(unknown);
    EXPECT_TRUE(LibraryDocument::isUnheld(id));
    EXPECT_EQ(document.articleIdOf(unknown), id) << "the same text, the same id";
    Document other = unknown;
    other.text = u"Another text."_s;
    EXPECT_NE(document.articleIdOf(other), id);
    ASSERT_TRUE(document.article(id));
    EXPECT_EQ(document.article(id)->text, unknown.text);
    EXPECT_EQ(readOnly.articles()->size(), m_articles.size()) << "nothing written";

    QSignalSpy failed(&document, &LibraryDocument::failed);
    EXPECT_FALSE(document.annotate(id, {0, 6}, {}, u"note"_s));
    const StoreResult<void> pinned = document.setPins(id, m_articles.at(0), {{{0, 6}, {0, 6}}}, u"Pin"_s);
    ASSERT_FALSE(pinned);
    EXPECT_EQ(failed.size(), 2);
    EXPECT_TRUE(pinned.error().message.contains(u"does not hold"_s)) << qPrintable(pinned.error().message);
    EXPECT_EQ(document.undoStack()->count(), 0);
    // Another library: the session's ids are gone with the one they were given in.
    document.setStore(nullptr);
    EXPECT_FALSE(document.article(id));
}

TEST_F(LibraryDocumentTest, withoutALibrary_workGoesOnInAScratchOne_removedWithTheDocument)
{
    QString scratchPath;
    {
        LibraryDocument document;
        ASSERT_TRUE(document.isScratch());
        ASSERT_TRUE(document.store());
        EXPECT_TRUE(document.isWritable());
        const QList<Document> corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
        const qint64 article = document.articleIdOf(corpus.at(0));
        ASSERT_GT(article, 0);
        const qsizetype start = corpus.at(0).text.indexOf(u"Vladimir Putin"_s);
        ASSERT_TRUE(document.annotate(article, {start, start + 14}, {u"People"_s}, u"note"_s));
        EXPECT_EQ(document.store()->annotations()->size(), 1);
        document.undoStack()->undo();
        EXPECT_TRUE(document.store()->annotations()->isEmpty());
        scratchPath = document.store()->path();
        EXPECT_TRUE(QFileInfo::exists(scratchPath));
        // A library set later replaces it; null gives the scratch one back.
        document.setStore(&m_store);
        EXPECT_FALSE(document.isScratch());
        document.setStore(nullptr);
        EXPECT_TRUE(document.isScratch());
        EXPECT_EQ(document.store()->path(), scratchPath);
    }
    EXPECT_FALSE(QFileInfo::exists(scratchPath)) << "the scratch library goes with the document";
}

TEST_F(LibraryDocumentTest, aRedoTheLibraryRefuses_isReported_andTheViewsAreToldToReload)
{
    ASSERT_TRUE(m_document.createTag(u"Checked"_s));
    m_document.undoStack()->undo();
    // Someone else makes tags meanwhile, one of that name: the old one cannot come back.
    ASSERT_TRUE(m_store.ensureTagPath(u"Other"_s));
    ASSERT_TRUE(m_store.ensureTagPath(u"Checked"_s));
    signalsSinceLastCall();
    m_document.undoStack()->redo();
    EXPECT_EQ(signalsSinceLastCall(), (QStringList {u"failed"_s, u"tags"_s}));
    EXPECT_EQ(tagPaths(), (QStringList {u"Checked"_s, u"Other"_s}));
}

TEST_F(LibraryDocumentTest, anArticleSeenForTheFirstTime_isKept_andSaysSo)
{
    const QList<Document> corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
    signalsSinceLastCall();
    EXPECT_EQ(m_document.articleIdOf(corpus.at(0)), m_articles.at(0));
    EXPECT_TRUE(signalsSinceLastCall().isEmpty()); // known already
    const auto third = m_document.articleIdOf(corpus.at(2));
    ASSERT_TRUE(third);
    EXPECT_EQ(signalsSinceLastCall(), QStringList {u"articles"_s});
    EXPECT_EQ(m_store.articles()->size(), 3);
    EXPECT_EQ(m_document.undoStack()->count(), 0); // not an edit the user undoes
}

// Two windows on one team library: what one coder does reaches the other's document
// within a second, as its own edits do, and leaves the other's undo history alone.
TEST(LibraryDocumentOnPostgres, anotherWindowsWork_arrivesLive_andIsNotOnTheUndoStack)
{
    QString whyNot;
    if (!Testing::postgresServer(&whyNot))
        GTEST_SKIP() << qPrintable(whyNot);
    const Testing::PostgresDatabase library;
    ASSERT_FALSE(library.uri().isEmpty()) << qPrintable(library.error());
    Store mine;
    Store theirs;
    ASSERT_TRUE(Testing::succeeded(mine.open(library.uri())));
    ASSERT_TRUE(Testing::succeeded(theirs.open(library.uri())));
    theirs.setCoder(u"Grace"_s);
    LibraryDocument document;
    document.setStore(&mine);
    QSignalSpy annotations(&document, &LibraryDocument::annotationsChanged);
    QSignalSpy tags(&document, &LibraryDocument::tagsChanged);
    QSignalSpy articles(&document, &LibraryDocument::articlesChanged);

    const Document seed = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents().at(1);
    const qint64 article = theirs.importDocument(seed)->articleId;
    const qsizetype start = seed.text.indexOf(u"BRICS"_s);
    ASSERT_TRUE(theirs.addAnnotation(article, {start, start + 5}, {*theirs.ensureTagPath(u"Actors/BRICS"_s)}, u"seen there"_s));

    QElapsedTimer waited;
    waited.start();
    // A tag's change says "the annotations of any article" first; the one of the
    // annotation, which names its article, may come a moment later.
    const auto named = [&] {
        return std::any_of(annotations.cbegin(), annotations.cend(), [&](const QList<QVariant> &signal) {
            return signal.at(0).toLongLong() == article;
        });
    };
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            return named() && !tags.isEmpty() && !articles.isEmpty();
        },
        1000))
        << "annotations " << annotations.size() << " (of the article: " << named() << "), tags " << tags.size() << ", articles " << articles.size();
    std::printf("another window's annotation arrived after %lld ms\n", waited.elapsed());
    ASSERT_EQ(mine.annotations(article)->size(), 1);
    EXPECT_EQ(mine.annotations(article)->first().coder, u"Grace"_s);
    EXPECT_EQ(document.undoStack()->count(), 0) << "another coder's work is not undone from here";

    // One's own edits are not announced back to oneself.
    annotations.clear();
    ASSERT_TRUE(document.annotate(article, {0, 6}, {}, u"mine"_s));
    const int ownSignals = int(annotations.size());
    QTest::qWait(300);
    EXPECT_EQ(annotations.size(), ownSignals);
}
