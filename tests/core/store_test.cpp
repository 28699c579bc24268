// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/import/corpus.h>
#include <core/library/store.h>
#include <core/library/storeschema.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <gtest/gtest.h>
#include <tests/postgresserver.h>
#include <tests/qstringprinter.h>
#include <tests/storeassertions.h>
#include <tests/tcpproxy.h>
#include <tests/testfiles.h>

#include <csignal>
#include <functional>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
        ASSERT_EQ(m_corpus.size(), 4);
        ASSERT_TRUE(Testing::succeeded(m_store.open(databasePath())));
    }

    QString databasePath() const { return m_dir.filePath(u"library/parallax.sqlite"_s); }

    qint64 importSeed(int index)
    {
        const auto outcome = m_store.importDocument(m_corpus.at(index));
        EXPECT_TRUE(Testing::succeeded(outcome));
        return outcome ? outcome->articleId : 0;
    }

    TextRange rangeOf(const QString &text, const QString &passage)
    {
        const qsizetype start = text.indexOf(passage);
        EXPECT_GE(start, 0) << qPrintable(passage);
        return {start, start + passage.size()};
    }

    QTemporaryDir m_dir;
    QList<Document> m_corpus;
    Store m_store;
};

enum class Engine { Sqlite, Postgres };

// The store's behaviour, the same on each engine a library lives on: an SQLite file,
// and a database on the PostgreSQL server of the tests.
class StoreOnEachEngine : public StoreTest, public ::testing::WithParamInterface<Engine>
{
protected:
    void SetUp() override
    {
        if (GetParam() == Engine::Sqlite) {
            StoreTest::SetUp();
            return;
        }
        m_corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
        ASSERT_EQ(m_corpus.size(), 4);
        QString whyNot;
        if (!Testing::postgresServer(&whyNot))
            GTEST_SKIP() << qPrintable(whyNot);
        m_database.emplace();
        ASSERT_FALSE(m_database->uri().isEmpty()) << qPrintable(m_database->error());
        ASSERT_TRUE(Testing::succeeded(m_store.open(m_database->uri())));
    }

    // Where the library is, for a second connection to it (another coder's window).
    QString location() const { return m_database ? m_database->uri() : databasePath(); }

    std::optional<Testing::PostgresDatabase> m_database;
};

// Runs BODY on the database file at PATH through a connection of its own, as another
// program (or an older Parallax) would.
void withOwnConnection(const QString &path, const std::function<void(QSqlQuery &)> &body)
{
    const QString name = u"own-"_s + path;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        database.setDatabaseName(path);
        ASSERT_TRUE(database.open());
        QSqlQuery query(database);
        body(query);
    }
    QSqlDatabase::removeDatabase(name);
}

// The notes of ARTICLE's annotations, in text order.
QStringList notesOf(const Store &store, qint64 article)
{
    QStringList notes;
    for (const Annotation &annotation : *store.annotations(article))
        notes << annotation.note;
    return notes;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

TEST_F(StoreTest, open_createsTheLatestSchemaInWalMode)
{
    EXPECT_TRUE(QFile::exists(databasePath()));
    EXPECT_EQ(m_store.schemaVersion(), Store::LatestSchemaVersion);
    EXPECT_EQ(Store::LatestSchemaVersion, StoreSchema::migrations().size());
    EXPECT_FALSE(m_store.isReadOnly());
    EXPECT_TRUE(m_store.checkIntegrity());
    importSeed(0);
    EXPECT_TRUE(QFile::exists(databasePath() + u"-wal"_s)) << "not in WAL mode";
}

TEST_P(StoreOnEachEngine, import_storesTheSameTextOnce_andAChangedSourceAsARevision)
{
    const auto first = m_store.importDocument(m_corpus.at(0));
    ASSERT_TRUE(first);
    EXPECT_EQ(first->kind, ImportOutcome::Kind::Added);
    const auto again = m_store.importDocument(m_corpus.at(0));
    ASSERT_TRUE(again);
    EXPECT_EQ(again->kind, ImportOutcome::Kind::AlreadyStored);
    EXPECT_EQ(again->articleId, first->articleId);

    const auto stored = m_store.article(first->articleId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->document, m_corpus.at(0));
    EXPECT_EQ(stored->revision, 1);
    EXPECT_EQ(stored->contentHash.size(), 64);

    Document changed = m_corpus.at(0);
    changed.text.prepend(u"Correction appended by the editors.\n\n"_s);
    const auto revised = m_store.importDocument(changed);
    ASSERT_TRUE(revised);
    EXPECT_EQ(revised->kind, ImportOutcome::Kind::NewRevision);
    EXPECT_EQ(m_store.revisions(revised->articleId), (QList<qint64> {first->articleId, revised->articleId}));
    EXPECT_EQ(m_store.article(revised->articleId)->revision, 2);
    EXPECT_EQ(m_store.articleIdForPath(changed.path), revised->articleId);
    // Each text is known by its content too, whichever revision it is.
    EXPECT_EQ(m_store.articleIdForText(changed.text), revised->articleId);
    EXPECT_EQ(m_store.articleIdForText(m_corpus.at(0).text), first->articleId);
    EXPECT_FALSE(m_store.articleIdForText(u"never imported"_s));
    // The library lists the latest revision only; the first is kept.
    importSeed(1);
    const QList<StoredArticle> listed = *m_store.articles();
    ASSERT_EQ(listed.size(), 2);
    EXPECT_TRUE(std::none_of(listed.cbegin(), listed.cend(), [&](const StoredArticle &a) {
        return a.id == first->articleId;
    }));
    EXPECT_EQ(m_store.article(first->articleId)->document.text, m_corpus.at(0).text);
}

// A page kept as received, and its source's schedule of checks: due once its interval
// has passed since the server was last asked, shared by the source's revisions.
TEST_P(StoreOnEachEngine, snapshots_keepTheBytes_andASourcesSchedule_saysWhenItIsDue)
{
    const QDateTime checked = QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC);
    const auto keepSnapshot = [&](const Document &document) {
        const auto imported = m_store.importDocument(document);
        EXPECT_TRUE(Testing::succeeded(imported));
        const WebSnapshot snapshot {imported->articleId,
            document.path,
            document.path,
            checked,
            checked,
            200,
            u"\"v1\""_s,
            {},
            u"text/html"_s,
            QByteArray("<p>\x00\xff binary and all</p>", 24),
            true};
        EXPECT_TRUE(Testing::succeeded(m_store.saveSnapshot(snapshot)));
        return imported->articleId;
    };
    Document page = m_corpus.at(0);
    page.path = u"https://news.example/quake"_s;
    const qint64 first = keepSnapshot(page);
    Document other = m_corpus.at(1);
    other.path = u"https://news.example/other"_s;
    const qint64 unscheduled = keepSnapshot(other);
    importSeed(2); // not from the web at all

    const std::optional<WebSnapshot> kept = toOptional(m_store.snapshot(first));
    ASSERT_TRUE(kept);
    EXPECT_EQ(kept->bytes, QByteArray("<p>\x00\xff binary and all</p>", 24));
    EXPECT_EQ(kept->checked, checked);
    // What is known of the page without its bytes, as a menu or a check reads it.
    const std::optional<WebSnapshot> known = toOptional(m_store.snapshot(first, Store::SnapshotBytes::LeftOut));
    ASSERT_TRUE(known);
    EXPECT_TRUE(known->bytes.isEmpty());
    EXPECT_EQ(known->url, kept->url);
    EXPECT_EQ(known->etag, u"\"v1\""_s);
    EXPECT_EQ(known->checked, checked);
    EXPECT_FALSE(m_store.snapshot(importSeed(2), Store::SnapshotBytes::LeftOut)) << "an article not from the web has none";

    EXPECT_EQ(m_store.checkInterval(first), 0);
    EXPECT_TRUE(m_store.dueForCheck(checked.addYears(1))->isEmpty()) << "no source is on a schedule";
    ASSERT_TRUE(Testing::succeeded(m_store.setCheckInterval(first, 6)));
    EXPECT_EQ(m_store.checkInterval(first), 6);
    EXPECT_EQ(m_store.checkInterval(unscheduled), 0);
    EXPECT_TRUE(m_store.dueForCheck(checked.addSecs(6 * 3600 - 1))->isEmpty());
    EXPECT_EQ(m_store.dueForCheck(checked.addSecs(6 * 3600)), QList<qint64> {first});

    // A new revision keeps its source's schedule; the old one is no longer checked.
    page.text.prepend(u"Updated with the latest toll.\n\n"_s);
    const qint64 second = keepSnapshot(page);
    ASSERT_NE(second, first);
    EXPECT_EQ(m_store.checkInterval(second), 6);
    EXPECT_EQ(m_store.dueForCheck(checked.addDays(1)), QList<qint64> {second});
    // Asked again, the page waits another interval.
    ASSERT_TRUE(m_store.recordUnchanged(second, checked.addDays(1), u"\"v2\""_s, {}));
    EXPECT_TRUE(m_store.dueForCheck(checked.addDays(1).addSecs(3600))->isEmpty());

    EXPECT_TRUE(Testing::refused(m_store.setCheckInterval(first, -1), StoreError::Kind::Invalid));
    ASSERT_TRUE(m_store.setCheckInterval(second, 0));
    EXPECT_TRUE(m_store.dueForCheck(checked.addYears(1))->isEmpty());
}

// A whole library into a new one on the other engine (or another file where no server
// runs), and back: everything, with its ids, and new work goes on after them.
TEST_P(StoreOnEachEngine, aLibraryCopiedToTheOtherEngineAndBack_losesNothing)
{
    const qint64 first = importSeed(0);
    const qint64 second = importSeed(1);
    Document revised = m_corpus.at(0);
    revised.text.prepend(u"Correction: the ranking is from 2024.\n\n"_s);
    const qint64 latest = m_store.importDocument(revised)->articleId;
    ASSERT_NE(latest, first);
    // A tag whose parent is younger than it.
    const qint64 banks = *m_store.ensureTagPath(u"Banks"_s);
    const qint64 economy = *m_store.ensureTagPath(u"Economy"_s);
    ASSERT_TRUE(m_store.moveTag(banks, economy));
    ASSERT_TRUE(m_store.setTagColor(economy, u"#1f77b4"_s));
    const QString text = m_store.article(latest)->document.text;
    const qsizetype sber = text.indexOf(u"Sberbank"_s);
    ASSERT_GE(sber, 0);
    m_store.setCoder(u"Ana"_s);
    ASSERT_TRUE(m_store.addAnnotation(latest, {sber, sber + 8}, {banks}, u"state-owned"_s));
    m_store.setCoder(u"Ben"_s);
    ASSERT_TRUE(m_store.addAnnotation(latest, {0, 10}, {economy}, {}));
    // Enough rows for the copy to write several full statements of rows and a rest.
    ASSERT_TRUE(m_store.batch([&] {
        for (int i = 0; i < 2 * 100 + 7; ++i)
            if (!m_store.addAnnotation(second, {i, i + 5}, {economy}, u"note %1"_s.arg(i)))
                return false;
        return true;
    }));
    ASSERT_TRUE(m_store.setAnnotationNote(m_store.annotations(second)->constFirst().id, u"edited"_s));
    ASSERT_TRUE(m_store.tagArticle(second, economy));
    ASSERT_TRUE(m_store.setClaimReview(latest, second, u"rank"_s, TextRange {sber, sber + 8}, std::nullopt, ClaimReview::State::Confirmed, u"checked"_s));
    ASSERT_TRUE(m_store.setPins(latest, second, {{{0, 10}, {0, 10}}}));
    const WebSnapshot page {second,
        u"https://news.example/ai"_s,
        u"https://news.example/ai"_s,
        QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC),
        QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC),
        200,
        u"\"v1\""_s,
        {},
        u"text/html"_s,
        QByteArray("<p>\x00\xff</p>", 9),
        true};
    ASSERT_TRUE(m_store.saveSnapshot(page));
    ASSERT_TRUE(m_store.setCheckInterval(second, 24));

    // The other engine where it runs, else another file.
    std::optional<Testing::PostgresDatabase> server;
    QString otherLocation = m_dir.filePath(u"copy.sqlite"_s);
    if (QString whyNot; GetParam() == Engine::Sqlite && Testing::postgresServer(&whyNot)) {
        server.emplace();
        otherLocation = server->uri();
    }
    Store other;
    ASSERT_TRUE(Testing::succeeded(other.open(otherLocation)));
    ASSERT_TRUE(Testing::succeeded(m_store.copyTo(other)));
    QTemporaryDir back;
    Store roundTrip;
    ASSERT_TRUE(roundTrip.open(back.filePath(u"back.sqlite"_s)));
    ASSERT_TRUE(Testing::succeeded(other.copyTo(roundTrip)));

    for (const Store *copy : {&other, &roundTrip}) {
        SCOPED_TRACE(qPrintable(copy->path()));
        EXPECT_EQ(*copy->revisions(latest), *m_store.revisions(latest));
        EXPECT_EQ(copy->article(first)->document, m_store.article(first)->document);
        EXPECT_EQ(copy->article(latest)->document, m_store.article(latest)->document);
        EXPECT_EQ(copy->article(latest)->contentHash, m_store.article(latest)->contentHash);
        QStringList tagsHere, tagsThere;
        for (const Tag &tag : *m_store.tags())
            tagsHere << tag.path + u' ' + tag.color + u' ' + QString::number(tag.annotationCount);
        for (const Tag &tag : *copy->tags())
            tagsThere << tag.path + u' ' + tag.color + u' ' + QString::number(tag.annotationCount);
        EXPECT_EQ(tagsThere, tagsHere);
        const QList<Annotation> here = *m_store.annotations();
        const QList<Annotation> there = *copy->annotations();
        ASSERT_EQ(there.size(), here.size());
        for (int i = 0; i < here.size(); ++i) {
            EXPECT_EQ(there.at(i).id, here.at(i).id);
            EXPECT_EQ(there.at(i).anchor.range, here.at(i).anchor.range);
            EXPECT_EQ(there.at(i).tagPaths, here.at(i).tagPaths);
            EXPECT_EQ(there.at(i).note, here.at(i).note);
            EXPECT_EQ(there.at(i).coder, here.at(i).coder);
            EXPECT_EQ(there.at(i).created, here.at(i).created);
            EXPECT_EQ(there.at(i).rowVersion, here.at(i).rowVersion);
            EXPECT_EQ(there.at(i).editor, here.at(i).editor);
        }
        EXPECT_EQ(copy->coders(), (QStringList {u"Ana"_s, u"Ben"_s}));
        EXPECT_EQ(*copy->articleTags(second), *m_store.articleTags(second));
        ASSERT_EQ(copy->claimReviews(latest, second)->size(), 1);
        EXPECT_EQ(copy->claimReviews(latest, second)->constFirst().note, u"checked"_s);
        EXPECT_EQ(*copy->pins(latest, second), *m_store.pins(latest, second));
        ASSERT_TRUE(copy->snapshot(second));
        EXPECT_EQ(copy->snapshot(second)->bytes, page.bytes);
        EXPECT_EQ(copy->checkInterval(second), 24);
        // The search index is made too: the same hits, and some.
        ASSERT_FALSE(m_store.search(u"Sberbank"_s)->isEmpty());
        EXPECT_EQ(copy->search(u"Sberbank"_s)->size(), m_store.search(u"Sberbank"_s)->size());
    }
    // New work goes on after the ids copied, on the server too.
    const auto added = other.addAnnotation(first, {0, 5}, {}, u"new"_s);
    ASSERT_TRUE(Testing::succeeded(added));
    EXPECT_GT(*added, std::ranges::max(*m_store.annotations(), {}, &Annotation::id).id);
    const auto newTag = other.ensureTagPath(u"Later"_s);
    ASSERT_TRUE(Testing::succeeded(newTag));
    EXPECT_GT(*newTag, economy);
    // Into a library with something in it: refused, and nothing written.
    EXPECT_TRUE(Testing::refused(m_store.copyTo(roundTrip), StoreError::Kind::Invalid));
    EXPECT_EQ(roundTrip.annotations()->size(), m_store.annotations()->size());
}

TEST_P(StoreOnEachEngine, bylineUpdateAndAddress_areKeptWithTheMetadata_andListed)
{
    Document bylined = m_corpus.at(1);
    bylined.metadata.byline = u"By Jane Doe and John Roe"_s;
    bylined.metadata.modified = QDate(2019, 1, 4);
    bylined.metadata.url = u"https://example.org/news/quake"_s;
    const auto outcome = m_store.importDocument(bylined);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(m_store.article(outcome->articleId)->document, bylined);
    const QList<StoredArticle> listed = *m_store.articles();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first().document.metadata.byline, u"By Jane Doe and John Roe"_s);
}

TEST_F(StoreTest, pageFurniture_isKeptWithTheText_readAgainOnReimport_andDamageHidesNothing)
{
    Document page = m_corpus.at(2);
    page.text = u"Home World Sport\n\n"_s + page.text + u"\n\nMost read: storm kills 12\n"_s;
    page.furniture = {{0, 18}, {page.text.size() - 26, page.text.size()}};
    const auto outcome = m_store.importDocument(page);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(m_store.article(outcome->articleId)->document, page);

    // The same page read with a better reader: the same text, other furniture.
    Document readAgain = page;
    readAgain.furniture = {{0, 18}};
    const auto again = m_store.importDocument(readAgain);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->kind, ImportOutcome::Kind::AlreadyStored);
    EXPECT_EQ(m_store.article(outcome->articleId)->document.furniture, readAgain.furniture);

    // A damaged row (another program, a bad disk) loses its marks, never the text.
    const QString path = m_store.path();
    withOwnConnection(path, [&](QSqlQuery &query) {
        ASSERT_TRUE(query.exec(u"UPDATE articles SET furniture = '5-2 x-9 0-999999 3-' "_s));
    });
    const auto damaged = m_store.article(outcome->articleId);
    ASSERT_TRUE(damaged);
    EXPECT_EQ(damaged->document.text, page.text);
    EXPECT_TRUE(damaged->document.furniture.isEmpty());
}

TEST_P(StoreOnEachEngine, reimport_reanchorsAnnotations_andKeepsTheOnesItCannotPlace)
{
    const qint64 article = importSeed(0);
    const QString text = m_corpus.at(0).text;
    const auto rank = m_store.addAnnotation(article, rangeOf(text, u"31st out of 83"_s), {}, u"rank"_s);
    const auto alliance = m_store.addAnnotation(article, rangeOf(text, u"AI Alliance Network"_s), {}, u"alliance"_s);
    const auto doomed = m_store.addAnnotation(article, rangeOf(text, u"Stanford University"_s), {}, u"will be cut"_s);
    ASSERT_TRUE(rank && alliance && doomed);

    Document changed = m_corpus.at(0);
    changed.text = u"An editor's note comes first now.\n\n"_s + text;
    changed.text.replace(u"AI Alliance Network"_s, u"AI Aliance Network"_s); // a typo crept in
    changed.text.replace(u"Stanford University"_s, u"a US university"_s);
    const auto outcome = m_store.importDocument(changed);
    ASSERT_TRUE(outcome);
    EXPECT_EQ(outcome->reanchored, 3);
    EXPECT_EQ(outcome->orphaned, 1);

    const QList<Annotation> moved = *m_store.annotations(outcome->articleId);
    ASSERT_EQ(moved.size(), 3);
    EXPECT_TRUE(m_store.annotations(article)->isEmpty());
    for (const Annotation &annotation : moved) {
        const QString shown = changed.text.mid(annotation.anchor.range.start, annotation.anchor.range.length());
        if (annotation.id == *rank) {
            EXPECT_EQ(shown, u"31st out of 83"_s);
            EXPECT_FALSE(annotation.orphaned);
        } else if (annotation.id == *alliance) {
            EXPECT_EQ(shown, u"AI Aliance Network"_s);
            EXPECT_EQ(annotation.anchor.exact, shown);
        } else {
            EXPECT_TRUE(annotation.orphaned);
            EXPECT_EQ(annotation.anchor.exact, u"Stanford University"_s) << "the orphan lost its quote";
            EXPECT_EQ(annotation.note, u"will be cut"_s);
        }
    }
}

TEST_P(StoreOnEachEngine, aChange_givesWhatItMadeOrWhyNot_neverAnEarlierFailure)
{
    const qint64 article = importSeed(0);
    const StoreResult<qint64> tag = m_store.ensureTagPath(u"Economy"_s);
    ASSERT_TRUE(tag);
    const StoreResult<void> badColor = m_store.setTagColor(*tag, u"orange"_s);
    ASSERT_FALSE(badColor);
    EXPECT_EQ(badColor.error().kind, StoreError::Kind::Invalid);
    EXPECT_TRUE(badColor.error().message.contains(u"orange"_s)) << qPrintable(badColor.error().message);
    // The next change succeeds on its own terms: the refusal before is not its error.
    const StoreResult<qint64> annotation = m_store.addAnnotation(article, {0, 6}, {*tag}, u"checked"_s);
    ASSERT_TRUE(annotation) << qPrintable(annotation.error().message);
    EXPECT_EQ(m_store.annotation(*annotation)->note, u"checked"_s);
    const StoreResult<qint64> empty = m_store.addAnnotation(article, {6, 6}, {}, u"nothing marked"_s);
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().kind, StoreError::Kind::Invalid);
    EXPECT_TRUE(empty.error().message.contains(u"6–6"_s)) << qPrintable(empty.error().message);
    // A batch gives the error of the change inside it that failed.
    const StoreResult<void> batch = m_store.batch([&] {
        return m_store.renameTag(*tag, u"Money"_s) && m_store.renameTag(*tag, u"a/b"_s);
    });
    ASSERT_FALSE(batch);
    EXPECT_EQ(batch.error().kind, StoreError::Kind::Invalid);
    EXPECT_EQ(m_store.tag(*tag)->name, u"Economy"_s);
    // A read answers for itself: an earlier refusal is not left over in it.
    ASSERT_FALSE(m_store.setTagColor(*tag, u"orange"_s));
    const auto annotations = m_store.annotations(article);
    ASSERT_TRUE(Testing::succeeded(annotations));
    EXPECT_EQ(annotations->size(), 1);
    EXPECT_TRUE(Testing::refused(m_store.tag(*tag + 1000), StoreError::Kind::NotFound));
}

TEST_P(StoreOnEachEngine, tags_formAHierarchy_thatCanBeRenamedMovedMergedAndDeleted)
{
    const auto gdp = m_store.ensureTagPath(u"Economy/GDP"_s);
    ASSERT_TRUE(gdp);
    EXPECT_EQ(*m_store.ensureTagPath(u"Economy/GDP"_s), *gdp);
    const auto economy = m_store.tagIdForPath(u"Economy"_s);
    ASSERT_TRUE(economy);
    EXPECT_EQ(m_store.tag(*gdp)->parentId, economy);
    EXPECT_EQ(m_store.tag(*gdp)->path, u"Economy/GDP"_s);
    EXPECT_TRUE(m_store.tag(*gdp)->color.startsWith(u'#'));

    ASSERT_TRUE(m_store.renameTag(*gdp, u"Output"_s));
    EXPECT_EQ(m_store.tag(*gdp)->path, u"Economy/Output"_s);
    ASSERT_TRUE(m_store.setTagColor(*gdp, u"#FF8800"_s));
    EXPECT_EQ(m_store.tag(*gdp)->color, u"#ff8800"_s);
    EXPECT_TRUE(Testing::refused(m_store.setTagColor(*gdp, u"orange; DROP TABLE tags"_s), StoreError::Kind::Invalid));
    EXPECT_FALSE(m_store.renameTag(*gdp, u"a/b"_s));

    // Moving a tag under its own child is refused; to the top is fine.
    EXPECT_FALSE(m_store.moveTag(*economy, *gdp));
    ASSERT_TRUE(m_store.moveTag(*gdp, std::nullopt));
    EXPECT_EQ(m_store.tag(*gdp)->path, u"Output"_s);
    // Two siblings of the same name are one too many.
    EXPECT_FALSE(m_store.createTag(u"Output"_s, std::nullopt).has_value());

    const qint64 article = importSeed(0);
    const auto annotation = m_store.addAnnotation(article, {0, 6}, {*gdp}, {});
    ASSERT_TRUE(annotation);
    ASSERT_TRUE(m_store.tagArticle(article, *economy));
    EXPECT_EQ(m_store.tag(*gdp)->annotationCount, 1);

    ASSERT_TRUE(m_store.mergeTags(*gdp, *economy));
    EXPECT_FALSE(m_store.tag(*gdp).has_value());
    EXPECT_EQ(m_store.annotation(*annotation)->tagPaths, QStringList {u"Economy"_s});
    EXPECT_EQ(m_store.tag(*economy)->annotationCount, 2);

    ASSERT_TRUE(m_store.deleteTag(*economy));
    EXPECT_TRUE(m_store.tags()->isEmpty());
    ASSERT_TRUE(m_store.annotation(*annotation)) << "deleting a tag deleted the annotation";
    EXPECT_TRUE(m_store.annotation(*annotation)->tagIds.isEmpty());
}

TEST_P(StoreOnEachEngine, deletedOrMergedTags_comeBackFromTheirSnapshot)
{
    const qint64 article = importSeed(0);
    const qint64 economy = *m_store.ensureTagPath(u"Economy"_s);
    const qint64 gdp = *m_store.ensureTagPath(u"Economy/GDP"_s);
    const qint64 money = *m_store.ensureTagPath(u"Money"_s);
    const qint64 first = *m_store.addAnnotation(article, {0, 6}, {economy}, {});
    const qint64 second = *m_store.addAnnotation(article, {7, 12}, {gdp, money}, {});
    ASSERT_TRUE(m_store.tagArticle(article, economy));
    const QList<Tag> before = *m_store.tags();

    // Delete, then put back: same ids, tree and uses.
    const auto deleted = m_store.snapshotTag(economy);
    ASSERT_TRUE(deleted);
    EXPECT_EQ(deleted->tags.size(), 2);
    ASSERT_TRUE(m_store.deleteTag(economy));
    EXPECT_EQ(m_store.tags()->size(), 1);
    ASSERT_TRUE(m_store.restoreTags(*deleted));
    const QList<Tag> restored = *m_store.tags();
    ASSERT_EQ(restored.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        EXPECT_EQ(restored.at(i).id, before.at(i).id);
        EXPECT_EQ(restored.at(i).path, before.at(i).path);
        EXPECT_EQ(restored.at(i).annotationCount, before.at(i).annotationCount);
    }

    // Merge Economy into Money, then take it back: Money keeps only what it had.
    const auto from = m_store.snapshotTag(economy);
    const auto into = m_store.snapshotTag(money);
    ASSERT_TRUE(m_store.mergeTags(economy, money));
    EXPECT_EQ(m_store.annotation(first)->tagPaths, QStringList {u"Money"_s});
    EXPECT_EQ(m_store.tag(gdp)->path, u"Money/GDP"_s);
    ASSERT_TRUE(m_store.restoreTags(*from, *into));
    EXPECT_EQ(m_store.annotation(first)->tagPaths, QStringList {u"Economy"_s});
    EXPECT_EQ(m_store.annotation(second)->tagPaths, (QStringList {u"Economy/GDP"_s, u"Money"_s}));
    EXPECT_EQ(m_store.tag(gdp)->path, u"Economy/GDP"_s);
    EXPECT_EQ(m_store.articleTags(article), QList<qint64> {economy});
}

TEST_P(StoreOnEachEngine, annotations_keepQuoteNoteTagsAndTimes_inTextOrder)
{
    const qint64 article = importSeed(1);
    const QString text = m_corpus.at(1).text;
    const auto tag = m_store.ensureTagPath(u"People/Putin"_s);
    const auto later = m_store.addAnnotation(article, rangeOf(text, u"Sberbank"_s), {}, u"bank"_s);
    const auto earlier = m_store.addAnnotation(article, rangeOf(text, u"Vladimir Putin"_s), {*tag}, u"**who**"_s);
    ASSERT_TRUE(later && earlier);

    QList<Annotation> listed = *m_store.annotations(article);
    ASSERT_EQ(listed.size(), 2);
    EXPECT_EQ(listed.at(0).id, *earlier);
    EXPECT_EQ(listed.at(0).anchor.exact, u"Vladimir Putin"_s);
    EXPECT_EQ(listed.at(0).tagPaths, QStringList {u"People/Putin"_s});
    EXPECT_EQ(listed.at(0).note, u"**who**"_s);
    EXPECT_TRUE(listed.at(0).created.isValid());
    EXPECT_EQ(listed.at(0).created, listed.at(0).modified);

    ASSERT_TRUE(m_store.setAnnotationNote(*earlier, u"edited"_s));
    EXPECT_EQ(m_store.annotation(*earlier)->note, u"edited"_s);
    EXPECT_GE(m_store.annotation(*earlier)->modified, m_store.annotation(*earlier)->created);

    // Undo of a delete puts back the same annotation.
    const Annotation before = *m_store.annotation(*later);
    ASSERT_TRUE(m_store.deleteAnnotation(*later));
    EXPECT_FALSE(m_store.annotation(*later));
    ASSERT_TRUE(m_store.restoreAnnotation(before));
    EXPECT_EQ(m_store.annotation(*later)->anchor, before.anchor);
    EXPECT_EQ(m_store.annotation(*later)->created, before.created);

    // Bad requests change nothing and say why.
    EXPECT_TRUE(Testing::refused(m_store.addAnnotation(article, {5, 5}, {}, {}), StoreError::Kind::Invalid));
    EXPECT_FALSE(m_store.addAnnotation(article, {0, text.size() + 1}, {}, {}));
    EXPECT_TRUE(Testing::refused(m_store.addAnnotation(9999, {0, 3}, {}, {}), StoreError::Kind::NotFound));
    EXPECT_EQ(m_store.annotations(article)->size(), 2);
}

TEST_P(StoreOnEachEngine, search_findsArticleTextAndNotes_andTakesAnyInput)
{
    const qint64 a = importSeed(0);
    importSeed(2);
    ASSERT_TRUE(m_store.addAnnotation(a, {0, 6}, {}, u"check the sanctions figure with the ministry"_s));
    const QList<SearchHit> gigachat = *m_store.search(u"GigaChat"_s);
    ASSERT_FALSE(gigachat.isEmpty());
    EXPECT_TRUE(gigachat.first().context.contains(u"[GigaChat]"_s)) << qPrintable(gigachat.first().context);
    const QList<SearchHit> ministry = *m_store.search(u"ministry"_s);
    ASSERT_EQ(ministry.size(), 1);
    EXPECT_EQ(ministry.first().kind, SearchHit::Kind::Note);
    EXPECT_EQ(ministry.first().articleId, a);
    EXPECT_EQ(m_store.search(u"minis*"_s)->size(), 1);
    // FTS5 syntax in user input is text, not an error.
    for (const QString &odd : {u"\"unbalanced"_s, u"AND OR NOT"_s, u"a:b -c (d"_s, u"'; DROP TABLE articles; --"_s})
        EXPECT_TRUE(m_store.search(odd)) << qPrintable(odd);
    EXPECT_EQ(m_store.articles()->size(), 2);
    EXPECT_TRUE(m_store.search(u"   "_s)->isEmpty());
}

TEST_P(StoreOnEachEngine, claimReviews_joinTwoPassages_andFollowTheArticlesThroughReimport)
{
    const qint64 a = importSeed(0);
    const qint64 b = importSeed(1);
    const TextRange rankA = rangeOf(m_corpus.at(0).text, u"31st out of 83"_s);
    const TextRange moscow = rangeOf(m_corpus.at(1).text, u"Moscow"_s);
    const auto agreed = m_store.setClaimReview(a, b, u"rank"_s, rankA, rankA, ClaimReview::State::Confirmed, {});
    const auto oneSided
        = m_store.setClaimReview(a, b, u"entity"_s, std::nullopt, moscow, ClaimReview::State::Explained, u"A is about the index, not the venue"_s);
    ASSERT_TRUE(Testing::succeeded(agreed));
    ASSERT_TRUE(Testing::succeeded(oneSided));
    // The same claim again is the same review, with its new state.
    EXPECT_EQ(*m_store.setClaimReview(a, b, u"rank"_s, rankA, rankA, ClaimReview::State::Dismissed, u"duplicate"_s), *agreed);

    QList<ClaimReview> reviews = *m_store.claimReviews(a, b);
    ASSERT_EQ(reviews.size(), 2);
    EXPECT_EQ(reviews.at(0).state, ClaimReview::State::Dismissed);
    EXPECT_EQ(reviews.at(0).note, u"duplicate"_s);
    EXPECT_EQ(reviews.at(1).state, ClaimReview::State::Explained);
    EXPECT_FALSE(reviews.at(1).a.has_value());
    ASSERT_TRUE(reviews.at(1).b.has_value());
    EXPECT_EQ(reviews.at(1).b->exact, u"Moscow"_s);
    // Asked the other way round, the sides come swapped.
    const QList<ClaimReview> swapped = *m_store.claimReviews(b, a);
    ASSERT_EQ(swapped.size(), 2);
    EXPECT_EQ(swapped.at(1).a->exact, u"Moscow"_s);
    EXPECT_FALSE(swapped.at(1).b.has_value());

    // B changes: the review moves to the new revision, re-anchored.
    Document changed = m_corpus.at(1);
    changed.text.prepend(u"Update: the conference moved.\n\n"_s);
    const auto revised = m_store.importDocument(changed);
    ASSERT_TRUE(revised);
    EXPECT_TRUE(m_store.claimReviews(a, b)->isEmpty());
    reviews = *m_store.claimReviews(a, revised->articleId);
    ASSERT_EQ(reviews.size(), 2);
    EXPECT_EQ(reviews.at(1).state, ClaimReview::State::Explained);
    EXPECT_EQ(changed.text.mid(reviews.at(1).b->range.start, reviews.at(1).b->range.length()), u"Moscow"_s);
}

TEST_P(StoreOnEachEngine, claimReviewsOfOneArticle_takeEveryOtherArticle_withThatArticleAsA)
{
    const qint64 a = importSeed(0);
    const qint64 b = importSeed(1);
    const qint64 c = importSeed(2);
    const TextRange rankA = rangeOf(m_corpus.at(0).text, u"31st out of 83"_s);
    const TextRange moscow = rangeOf(m_corpus.at(1).text, u"Moscow"_s);
    ASSERT_TRUE(m_store.setClaimReview(a, b, u"rank"_s, rankA, std::nullopt, ClaimReview::State::Confirmed, {}));
    ASSERT_TRUE(m_store.setClaimReview(b, c, u"entity"_s, moscow, std::nullopt, ClaimReview::State::Dismissed, {}));

    const QList<ClaimReview> ofB = *m_store.claimReviews(b);
    ASSERT_EQ(ofB.size(), 2);
    for (const ClaimReview &review : ofB)
        EXPECT_EQ(review.articleA, b);
    EXPECT_EQ(ofB.at(0).articleB, a);
    EXPECT_FALSE(ofB.at(0).a.has_value()) << "B's side of the review made from A";
    EXPECT_EQ(ofB.at(0).b->exact, u"31st out of 83"_s);
    EXPECT_EQ(ofB.at(1).articleB, c);
    EXPECT_EQ(ofB.at(1).a->exact, u"Moscow"_s);
    EXPECT_EQ(m_store.claimReviews(c)->size(), 1);
    EXPECT_TRUE(m_store.claimReviews(c + 1)->isEmpty());
}

TEST_P(StoreOnEachEngine, pins_belongToAPairInEitherOrder_andFollowTheArticlesThroughReimport)
{
    const qint64 a = importSeed(0);
    const qint64 b = importSeed(1);
    const qint64 c = importSeed(2);
    const QString &textA = m_corpus.at(0).text;
    const QString &textB = m_corpus.at(1).text;
    const PinnedPassage rank {rangeOf(textA, u"31st out of 83"_s), rangeOf(textB, u"Moscow"_s)};
    const PinnedPassage putin {rangeOf(textA, u"Vladimir Putin"_s), rangeOf(textB, u"Sberbank"_s)};
    ASSERT_TRUE(Testing::succeeded(m_store.setPins(a, b, {rank, putin})));
    EXPECT_EQ(m_store.pins(a, b), (QList<PinnedPassage> {rank, putin}));
    // Asked the other way round, the sides come swapped; another pair has none.
    EXPECT_EQ(m_store.pins(b, a), (QList<PinnedPassage> {{rank.b, rank.a}, {putin.b, putin.a}}));
    EXPECT_TRUE(m_store.pins(a, c)->isEmpty());

    // Pinning from the other side replaces the pins of the pair, not adds to them.
    ASSERT_TRUE(m_store.setPins(b, a, {{putin.b, putin.a}}));
    EXPECT_EQ(m_store.pins(a, b), (QList<PinnedPassage> {putin}));

    // A passage outside the text is refused, and the pins stay as they were.
    EXPECT_TRUE(Testing::refused(m_store.setPins(a, b, {rank, {{0, 5}, {textB.size() - 2, textB.size() + 10}}}), StoreError::Kind::Invalid));
    EXPECT_EQ(m_store.pins(a, b), (QList<PinnedPassage> {putin}));
    EXPECT_TRUE(Testing::refused(m_store.setPins(a, c + 100, {putin}), StoreError::Kind::NotFound));

    // B changes: the pin moves to the new revision, re-anchored; a pin whose passage is
    // gone from the new text is dropped.
    ASSERT_TRUE(m_store.setPins(a, b, {rank, putin}));
    Document changed = m_corpus.at(1);
    changed.text.prepend(u"Update: the conference moved.\n\n"_s);
    changed.text.replace(u"Sberbank"_s, u"a state lender"_s);
    const auto revised = m_store.importDocument(changed);
    ASSERT_TRUE(revised);
    EXPECT_TRUE(m_store.pins(a, b)->isEmpty());
    const QList<PinnedPassage> moved = *m_store.pins(a, revised->articleId);
    ASSERT_EQ(moved.size(), 1);
    EXPECT_EQ(moved.at(0).a, rank.a);
    EXPECT_EQ(changed.text.mid(moved.at(0).b.start, moved.at(0).b.length()), u"Moscow"_s);

    // Clearing them leaves none.
    ASSERT_TRUE(m_store.setPins(revised->articleId, a, {}));
    EXPECT_TRUE(m_store.pins(a, revised->articleId)->isEmpty());
}

TEST_P(StoreOnEachEngine, eachAnnotation_recordsItsCoder_andUndoKeepsIt)
{
    const qint64 article = importSeed(1);
    const QString text = m_corpus.at(1).text;
    // Before a coder is named: no one on a file, the server's role on a server.
    EXPECT_EQ(m_store.coder(), GetParam() == Engine::Sqlite ? QString() : u"parallax"_s);
    m_store.setCoder(u"  Ada "_s);
    EXPECT_EQ(m_store.coder(), u"Ada"_s);
    const auto tag = m_store.ensureTagPath(u"Actors/BRICS"_s);
    ASSERT_TRUE(tag);
    const auto byAda = m_store.addAnnotation(article, rangeOf(text, u"BRICS"_s), {*tag}, {});
    m_store.setCoder(u"Grace"_s);
    const auto byGrace = m_store.addAnnotation(article, rangeOf(text, u"BRICS"_s), {*tag}, {});
    ASSERT_TRUE(Testing::succeeded(byAda));
    ASSERT_TRUE(Testing::succeeded(byGrace));
    EXPECT_EQ(m_store.annotation(*byAda)->coder, u"Ada"_s);
    EXPECT_EQ(m_store.annotation(*byGrace)->coder, u"Grace"_s);
    EXPECT_EQ(m_store.coders(), (QStringList {u"Ada"_s, u"Grace"_s}));
    // Undo puts an annotation back as it was, its coder with it, whoever undoes.
    const Annotation removed = *m_store.annotation(*byAda);
    ASSERT_TRUE(m_store.deleteAnnotation(*byAda));
    ASSERT_TRUE(m_store.restoreAnnotation(removed));
    EXPECT_EQ(m_store.annotation(*byAda)->coder, u"Ada"_s);
    // Imported work keeps the creator it names, and takes the coder where it names none.
    Annotation imported = removed;
    imported.coder.clear();
    const auto importedId = m_store.insertAnnotation(imported);
    ASSERT_TRUE(importedId);
    EXPECT_EQ(m_store.annotation(*importedId)->coder, u"Grace"_s);
}

TEST_P(StoreOnEachEngine, anEditOverAnotherCodersLaterEdit_isRefusedAsAConflict_thatNamesThem)
{
    const qint64 article = importSeed(1);
    m_store.setCoder(u"Ada"_s);
    const auto tag = m_store.ensureTagPath(u"Actors"_s);
    ASSERT_TRUE(tag);
    const auto id = m_store.addAnnotation(article, rangeOf(m_corpus.at(1).text, u"BRICS"_s), {*tag}, u"first"_s);
    ASSERT_TRUE(id);
    EXPECT_EQ(m_store.annotation(*id)->rowVersion, 1);
    Store grace;
    ASSERT_TRUE(Testing::succeeded(grace.open(location())));
    grace.setCoder(u"Grace"_s);

    // Both saw version 1; Ada saves first.
    ASSERT_TRUE(m_store.setAnnotationNote(*id, u"Ada's"_s, 1));
    EXPECT_EQ(m_store.annotation(*id)->rowVersion, 2);
    EXPECT_EQ(m_store.annotation(*id)->editor, u"Ada"_s);
    EXPECT_TRUE(Testing::refused(grace.setAnnotationNote(*id, u"Grace's"_s, 1), StoreError::Kind::Conflict, {u"Ada"_s}));
    EXPECT_TRUE(Testing::refused(grace.setAnnotationTags(*id, {}, 1), StoreError::Kind::Conflict));
    EXPECT_EQ(m_store.annotation(*id)->note, u"Ada's"_s);
    EXPECT_EQ(m_store.annotation(*id)->tagIds, QList<qint64> {*tag});
    // Having seen Ada's edit, Grace may write over it; then Ada may not delete unseen.
    ASSERT_TRUE(grace.setAnnotationNote(*id, u"Grace's"_s, 2));
    EXPECT_TRUE(Testing::refused(m_store.deleteAnnotation(*id, 2), StoreError::Kind::Conflict, {u"Grace"_s}));
    EXPECT_EQ(m_store.annotation(*id)->note, u"Grace's"_s);
    // Without a version an edit takes the item as it is, and still counts.
    ASSERT_TRUE(m_store.setAnnotationNote(*id, u"plain"_s));
    EXPECT_EQ(m_store.annotation(*id)->rowVersion, 4);
    ASSERT_TRUE(m_store.deleteAnnotation(*id, 4));
    EXPECT_TRUE(Testing::refused(grace.setAnnotationNote(*id, u"late"_s, 4), StoreError::Kind::NotFound));

    // Tags alike: each property edit counts, any of them makes another unseen.
    ASSERT_TRUE(grace.renameTag(*tag, u"People"_s, 1));
    EXPECT_EQ(m_store.tag(*tag)->editor, u"Grace"_s);
    EXPECT_TRUE(Testing::refused(m_store.setTagColor(*tag, u"#112233"_s, 1), StoreError::Kind::Conflict));
    EXPECT_FALSE(m_store.setTagDescription(*tag, u"who"_s, 1));
    EXPECT_FALSE(m_store.renameTag(*tag, u"Actors"_s, 1));
    EXPECT_EQ(m_store.tag(*tag)->path, u"People"_s);
    ASSERT_TRUE(m_store.setTagColor(*tag, u"#112233"_s, 2));
    EXPECT_EQ(m_store.tag(*tag)->rowVersion, 3);
    // A tag put back from its snapshot keeps its version, for edits made before to stay undoable.
    const auto snapshot = m_store.snapshotTag(*tag);
    ASSERT_TRUE(snapshot && m_store.deleteTag(*tag) && m_store.restoreTags(*snapshot));
    EXPECT_EQ(m_store.tag(*tag)->rowVersion, 3);
    EXPECT_EQ(m_store.tag(*tag)->editor, u"Ada"_s);

    // Reviews alike: Grace reviews the claim after Ada saw it, so Ada's review is refused.
    const qint64 other = importSeed(0);
    const TextRange passage {0, 5};
    ASSERT_TRUE(m_store.setClaimReview(article, other, u"count"_s, passage, std::nullopt, ClaimReview::State::Confirmed, u"Ada's"_s));
    ASSERT_EQ(m_store.claimReviews(article, other)->size(), 1);
    EXPECT_EQ(m_store.claimReviews(article, other)->first().rowVersion, 1);
    ASSERT_TRUE(grace.setClaimReview(article, other, u"count"_s, passage, std::nullopt, ClaimReview::State::Dismissed, u"Grace's"_s, 1));
    EXPECT_TRUE(Testing::refused(m_store.setClaimReview(article, other, u"count"_s, passage, std::nullopt, ClaimReview::State::Explained, u"late"_s, 1),
        StoreError::Kind::Conflict,
        {u"Grace reviewed this claim"_s}));
    const ClaimReview standing = m_store.claimReviews(article, other)->first();
    EXPECT_EQ(standing.state, ClaimReview::State::Dismissed);
    EXPECT_EQ(standing.editor, u"Grace"_s);
    EXPECT_EQ(standing.rowVersion, 2);
}

TEST_P(StoreOnEachEngine, batch_savesAllOrNothing)
{
    const qint64 article = importSeed(0);
    ASSERT_TRUE(m_store.batch([&] {
        return m_store.addAnnotation(article, {0, 5}, {}, u"one"_s) && m_store.addAnnotation(article, {5, 9}, {}, u"two"_s);
    }));
    EXPECT_EQ(m_store.annotations(article)->size(), 2);
    // One bad change inside undoes the good ones, even if the batch goes on.
    EXPECT_FALSE(m_store.batch([&] {
        EXPECT_TRUE(m_store.addAnnotation(article, {10, 15}, {}, u"three"_s));
        EXPECT_FALSE(m_store.addAnnotation(article, {15, 15}, {}, u"empty: refused"_s));
        return true;
    }));
    EXPECT_EQ(m_store.annotations(article)->size(), 2);
}

TEST_F(StoreTest, aLookupThatFindsNothing_saysWhatIsMissing_whileAListOfNothingIsNoFailure)
{
    const StoreResult<Tag> tag = m_store.tag(424242);
    ASSERT_FALSE(tag);
    EXPECT_EQ(tag.error().kind, StoreError::Kind::NotFound);
    EXPECT_TRUE(tag.error().message.contains(u"424242"_s)) << qPrintable(tag.error().message);
    const StoreResult<qint64> path = m_store.articleIdForPath(u"/nowhere/article.txt"_s);
    ASSERT_FALSE(path);
    EXPECT_EQ(path.error().kind, StoreError::Kind::NotFound);
    EXPECT_TRUE(path.error().message.contains(u"/nowhere/article.txt"_s)) << qPrintable(path.error().message);
    const StoreResult<Annotation> annotation = m_store.annotation(424242);
    ASSERT_FALSE(annotation);
    EXPECT_EQ(annotation.error().kind, StoreError::Kind::NotFound);

    // An article without annotations has none: an answer, not a failure.
    const auto imported = m_store.importDocument(m_corpus.at(0));
    ASSERT_TRUE(imported);
    const StoreResult<QList<Annotation>> none = m_store.annotations(imported->articleId);
    ASSERT_TRUE(none) << qPrintable(none.error().message);
    EXPECT_TRUE(none->isEmpty());
}

TEST_F(StoreTest, corruptFile_isReportedAndLeftUntouched)
{
    for (const QByteArray &bytes :
        {QByteArray("this is not a database at all\n"), QByteArray(QByteArray("SQLite format 3\0", 16) + QByteArray(4000, '\xAB'))}) {
        QTemporaryDir dir;
        const QString path = writeTestFile(dir, u"broken.sqlite"_s, bytes);
        Store store;
        EXPECT_TRUE(Testing::refused(store.open(path), StoreError::Kind::Corrupt));
        EXPECT_EQ(contentsOf(path), bytes) << "the damaged file was changed";
        EXPECT_FALSE(QFile::exists(path + u"-wal"_s));
    }
}

namespace
{

void expectReadOnly(Store &store)
{
    EXPECT_TRUE(store.isReadOnly());
    EXPECT_EQ(store.articles()->size(), 1);
    EXPECT_TRUE(Testing::refused(store.ensureTagPath(u"New"_s), StoreError::Kind::ReadOnly, {u"read-only"_s}));
    EXPECT_EQ(store.tags()->size(), 1);
}

} // namespace

TEST_F(StoreTest, openedReadOnly_readsEverything_andRefusesChangesWithAReason)
{
    importSeed(0);
    ASSERT_TRUE(m_store.ensureTagPath(u"Kept"_s));
    Store store;
    ASSERT_TRUE(Testing::succeeded(store.open(databasePath(), Store::Access::ReadOnly)));
    expectReadOnly(store);
    // Read-only never creates a library.
    Store missing;
    EXPECT_FALSE(missing.open(m_dir.filePath(u"nothing-here.sqlite"_s), Store::Access::ReadOnly));
    EXPECT_FALSE(QFile::exists(m_dir.filePath(u"nothing-here.sqlite"_s)));
}

TEST_F(StoreTest, aScratchLibrary_isMadeWhereAsked_writesAndReadsBack_asAnyOther)
{
    const QString path = m_dir.filePath(u"scratch/scratch.sqlite"_s);
    {
        Store scratch;
        ASSERT_TRUE(Testing::succeeded(scratch.open(path, Store::Access::Scratch)));
        EXPECT_FALSE(scratch.isReadOnly());
        const auto article = scratch.importDocument(m_corpus.at(0));
        ASSERT_TRUE(Testing::succeeded(article));
        ASSERT_TRUE(Testing::succeeded(scratch.addAnnotation(article->articleId, {0, 5}, {*scratch.ensureTagPath(u"Kept"_s)}, u"a note"_s)));
        EXPECT_EQ(scratch.checkIntegrity(), true);
    }
    // Written when the program closes it, as a library opened for good is.
    Store reader;
    ASSERT_TRUE(Testing::succeeded(reader.open(path, Store::Access::ReadOnly)));
    ASSERT_EQ(reader.annotations()->size(), 1);
    EXPECT_EQ(reader.annotations()->first().note, u"a note"_s);
    EXPECT_EQ(reader.articles()->size(), 1);
}

TEST_F(StoreTest, fileWithoutWritePermission_opensReadOnly)
{
    importSeed(0);
    ASSERT_TRUE(m_store.ensureTagPath(u"Kept"_s));
    if (geteuid() == 0)
        GTEST_SKIP() << "root may write to any file; run as a user to test this";
    ASSERT_TRUE(m_store.open(m_dir.filePath(u"other.sqlite"_s))); // let go of the file
    ASSERT_TRUE(QFile::setPermissions(databasePath(), QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    Store store;
    ASSERT_TRUE(Testing::succeeded(store.open(databasePath())));
    expectReadOnly(store);
}

TEST_F(StoreTest, secondConnection_waitsForTheFirstWriter_insteadOfFailing)
{
    const qint64 article = importSeed(0);
    std::atomic<bool> locked = false;
    std::thread holder([&] {
        // Another program holds the write lock for a moment.
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
            other.setDatabaseName(databasePath());
            ASSERT_TRUE(other.open());
            QSqlQuery query(other);
            ASSERT_TRUE(query.exec(u"BEGIN IMMEDIATE"_s));
            locked = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(400));
            ASSERT_TRUE(query.exec(u"COMMIT"_s));
        }
        QSqlDatabase::removeDatabase(u"holder"_s);
    });
    while (!locked)
        std::this_thread::yield();
    const auto id = m_store.addAnnotation(article, {0, 6}, {}, u"written while another held the lock"_s);
    holder.join();
    EXPECT_TRUE(Testing::succeeded(id));
}

TEST_F(StoreTest, migration_fromTheFirstSchema_keepsEverything)
{
    const QString path = m_dir.filePath(u"version1.sqlite"_s);
    // A library as the first release wrote it.
    withOwnConnection(path, [](QSqlQuery &query) {
        for (const QString &statement : StoreSchema::migrations().at(0))
            ASSERT_TRUE(query.exec(statement)) << qPrintable(statement);
        ASSERT_TRUE(query.exec(u"INSERT INTO sources (id, location) VALUES (1, '/news/a.md')"_s));
        ASSERT_TRUE(query.prepare(
            u"INSERT INTO articles VALUES (1, 1, 1, 0, 'hash', '/news/a.md', 'Title', 'Outlet', '2024-05-01', 'a.md', 'en', ?, '2024-05-02T10:00:00.000Z')"_s));
        query.addBindValue(u"The central bank raised rates to 5 percent on Tuesday."_s);
        ASSERT_TRUE(query.exec());
        ASSERT_TRUE(query.exec(u"INSERT INTO tags (id, parent_id, name, color) VALUES (1, NULL, 'Rates', '#abcdef')"_s));
        ASSERT_TRUE(query.exec(
            u"INSERT INTO annotations (id, article_id, start, end, exact, prefix, suffix, note, created, modified) "
            "VALUES (7, 1, 36, 45, '5 percent', 'raised rates to ', ' on Tuesday.', 'a hawkish move', '2024-05-02T10:00:00.000Z', '2024-05-02T10:00:00.000Z')"_s));
        ASSERT_TRUE(query.exec(u"INSERT INTO annotation_tags VALUES (7, 1)"_s));
        ASSERT_TRUE(query.exec(u"PRAGMA user_version = 1"_s));
    });
    Store store;
    ASSERT_TRUE(Testing::succeeded(store.open(path)));
    EXPECT_EQ(store.schemaVersion(), Store::LatestSchemaVersion);
    EXPECT_TRUE(store.checkIntegrity());
    const auto annotation = store.annotation(7);
    ASSERT_TRUE(annotation);
    EXPECT_EQ(annotation->anchor.exact, u"5 percent"_s);
    EXPECT_EQ(annotation->tagPaths, QStringList {u"Rates"_s});
    // The new search covers what was stored before it existed.
    EXPECT_EQ(store.search(u"hawkish"_s)->size(), 1);
    EXPECT_EQ(store.search(u"central bank"_s)->size(), 1);
    // The listing index covers what was stored before it existed.
    const QList<StoredArticle> listed = *store.articles();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.first().document.metadata.title, u"Title"_s);
    EXPECT_EQ(listed.first().document.metadata.published, QDate(2024, 5, 1));
    EXPECT_EQ(store.article(1)->imported, QDateTime(QDate(2024, 5, 2), QTime(10, 0), QTimeZone::UTC));
}

TEST_F(StoreTest, databaseFromANewerParallax_isRefused)
{
    const QString path = m_dir.filePath(u"future.sqlite"_s);
    withOwnConnection(path, [](QSqlQuery &query) {
        ASSERT_TRUE(query.exec(u"PRAGMA user_version = 99"_s));
    });
    Store store;
    EXPECT_TRUE(Testing::refused(store.open(path), StoreError::Kind::TooNew));
}

// A team library: the store on a database of the PostgreSQL test server.
class StoreOnPostgres : public StoreTest
{
protected:
    void SetUp() override
    {
        m_corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
        QString whyNot;
        if (!Testing::postgresServer(&whyNot))
            GTEST_SKIP() << qPrintable(whyNot);
        ASSERT_FALSE(m_database.uri().isEmpty()) << qPrintable(m_database.error());
        ASSERT_TRUE(Testing::succeeded(m_store.open(m_database.uri())));
    }

    // Runs STATEMENT on the test database through a connection of its own.
    void runOwn(const QString &statement)
    {
        const QUrl url(m_database.uri());
        {
            QSqlDatabase own = QSqlDatabase::addDatabase(u"QPSQL"_s, u"own"_s);
            own.setHostName(url.host());
            own.setPort(url.port());
            own.setUserName(url.userName());
            own.setDatabaseName(url.path().mid(1));
            ASSERT_TRUE(own.open()) << qPrintable(own.lastError().text());
            QSqlQuery query(own);
            EXPECT_TRUE(query.exec(statement)) << qPrintable(query.lastError().text());
        }
        QSqlDatabase::removeDatabase(u"own"_s);
    }

    Testing::PostgresDatabase m_database;
};

TEST_F(StoreOnPostgres, open_createsTheLatestSchema_andAReadOnlyConnectionWritesNothing)
{
    EXPECT_EQ(m_store.schemaVersion(), Store::LatestSchemaVersion);
    EXPECT_TRUE(m_store.checkIntegrity());
    importSeed(0);
    ASSERT_TRUE(m_store.ensureTagPath(u"Kept"_s));
    Store reader;
    ASSERT_TRUE(Testing::succeeded(reader.open(m_database.uri(), Store::Access::ReadOnly)));
    expectReadOnly(reader);
}

TEST_F(StoreOnPostgres, aRoleThatMayOnlyRead_opensTheLibraryReadOnly_insteadOfFailingAtTheFirstEdit)
{
    importSeed(0);
    ASSERT_TRUE(m_store.ensureTagPath(u"Kept"_s));
    const QString role = u"reader_"_s + QUrl(m_database.uri()).path().mid(1).right(12);
    runOwn(u"CREATE ROLE %1 LOGIN"_s.arg(role));
    runOwn(u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1"_s.arg(role));
    QUrl asReader(m_database.uri());
    asReader.setUserName(role);
    {
        Store reader;
        ASSERT_TRUE(Testing::succeeded(reader.open(asReader.toString())));
        EXPECT_TRUE(reader.isReadOnly());
        expectReadOnly(reader);
    }
    runOwn(u"DROP OWNED BY %1"_s.arg(role));
    runOwn(u"DROP ROLE %1"_s.arg(role));
}

TEST_F(StoreOnPostgres, whenTheNetworkDrops_editsAreRefusedWithAReason_andTheStoreConnectsAgainOnceItIsBack)
{
    const qint64 article = importSeed(0);
    const QUrl server(m_database.uri());
    Testing::TcpProxy network(server.host(), server.port(5432));
    ASSERT_GT(network.port(), 0) << "the proxy did not start";
    QUrl throughProxy = server;
    throughProxy.setPort(network.port());
    Store store;
    ASSERT_TRUE(Testing::succeeded(store.open(throughProxy.toString())));
    ASSERT_TRUE(Testing::succeeded(store.addAnnotation(article, {0, 10}, {}, u"before the drop"_s)));

    network.stop();
    EXPECT_TRUE(Testing::refused(
        store.addAnnotation(article, {10, 20}, {}, u"while cut off"_s), StoreError::Kind::CannotOpen, {u"cannot be reached"_s, u"nothing was saved"_s}));
    // Still cut off: refused again, and nothing half-written.
    EXPECT_FALSE(store.ensureTagPath(u"Offline"_s));
    EXPECT_EQ(m_store.annotations(article)->size(), 1);

    ASSERT_TRUE(network.restart());
    const auto after = store.addAnnotation(article, {20, 30}, {}, u"after it came back"_s);
    ASSERT_TRUE(Testing::succeeded(after));
    EXPECT_EQ(notesOf(m_store, article), (QStringList {u"before the drop"_s, u"after it came back"_s}));
    EXPECT_FALSE(m_store.tagIdForPath(u"Offline"_s));
}

namespace
{

// A PostgreSQL cluster of one test's own (tools/postgres), which it may stop and start
// again without disturbing the server the other tests share; removed when it goes.
class OwnPostgresCluster
{
public:
    OwnPostgresCluster()
    {
        // The server runs as the user "postgres" when the tests run as root: it must
        // reach its folder.
        QFile::setPermissions(m_dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                | QFileDevice::ExeOther);
        m_uri = run(u"start"_s).value_or(QString());
    }
    ~OwnPostgresCluster() { run(u"stop"_s); }
    OwnPostgresCluster(const OwnPostgresCluster &) = delete;
    OwnPostgresCluster &operator=(const OwnPostgresCluster &) = delete;

    /// Empty when no server could be started.
    const QString &uri() const { return m_uri; }
    bool pause() { return run(u"pause"_s).has_value(); }
    bool resume() { return run(u"resume"_s).has_value(); }

private:
    // The tool's output, trimmed; nothing when it failed.
    std::optional<QString> run(const QString &command) const
    {
        QProcess tool;
        tool.start(QStringLiteral(POSTGRES_TOOL), {command, m_dir.filePath(u"cluster"_s)});
        if (!tool.waitForFinished(120'000) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
            return std::nullopt;
        return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
    }

    QTemporaryDir m_dir;
    QString m_uri;
};

} // namespace

TEST(StoreOnAServerThatStops, editsAreRefusedWithAReasonWhileItIsDown_andGoOnOnceItIsBack)
{
    OwnPostgresCluster server;
    if (server.uri().isEmpty())
        GTEST_SKIP() << "no PostgreSQL server can be started here (tools/postgres start failed)";
    Store store;
    ASSERT_TRUE(Testing::succeeded(store.open(server.uri())));
    const QList<Document> corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
    ASSERT_FALSE(corpus.isEmpty());
    const auto imported = store.importDocument(corpus.first());
    ASSERT_TRUE(Testing::succeeded(imported));
    const qint64 article = imported->articleId;
    ASSERT_TRUE(store.addAnnotation(article, {0, 10}, {}, u"before the server stopped"_s));

    // The administrator stops the server (pg_ctl stop -m fast): it ends every session.
    ASSERT_TRUE(server.pause());
    EXPECT_TRUE(Testing::refused(store.addAnnotation(article, {10, 20}, {}, u"while it is down"_s), StoreError::Kind::CannotOpen, {u"nothing was saved"_s}));
    EXPECT_FALSE(store.ensureTagPath(u"Offline"_s));
    const StoreResult<QList<Annotation>> readWhileDown = store.annotations(article);
    ASSERT_FALSE(readWhileDown) << "nothing can be read either, and nothing is made up";
    EXPECT_EQ(readWhileDown.error().kind, StoreError::Kind::CannotOpen) << qPrintable(readWhileDown.error().message);

    // Back up: the same Store connects again at the next edit, and nothing refused was
    // saved behind the user's back.
    ASSERT_TRUE(server.resume());
    const auto after = store.addAnnotation(article, {20, 30}, {}, u"after it came back"_s);
    ASSERT_TRUE(Testing::succeeded(after));
    EXPECT_EQ(notesOf(store, article), (QStringList {u"before the server stopped"_s, u"after it came back"_s}));
    EXPECT_FALSE(store.tagIdForPath(u"Offline"_s));
}

TEST_F(StoreOnPostgres, rightsTakenAwayWhileTheNetworkWasDown_makeTheLibraryReadOnlyWhenItReconnects)
{
    const qint64 article = importSeed(0);
    const QString role = u"writer_"_s + QUrl(m_database.uri()).path().mid(1).right(12);
    runOwn(u"CREATE ROLE %1 LOGIN"_s.arg(role));
    runOwn(u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_s.arg(role));
    runOwn(u"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1"_s.arg(role));
    const QUrl server(m_database.uri());
    Testing::TcpProxy network(server.host(), server.port(5432));
    ASSERT_GT(network.port(), 0) << "the proxy did not start";
    QUrl asWriter = server;
    asWriter.setPort(network.port());
    asWriter.setUserName(role);
    {
        Store writer;
        ASSERT_TRUE(Testing::succeeded(writer.open(asWriter.toString())));
        EXPECT_FALSE(writer.isReadOnly());
        ASSERT_TRUE(Testing::succeeded(writer.addAnnotation(article, {0, 10}, {}, u"while allowed"_s)));

        network.stop();
        EXPECT_FALSE(writer.addAnnotation(article, {10, 20}, {}, u"cut off"_s));
        runOwn(u"REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public FROM %1"_s.arg(role));
        ASSERT_TRUE(network.restart());
        // The first edit after the reconnection is refused as any edit of a reader is,
        // and the library says it is read-only from then on.
        EXPECT_TRUE(Testing::refused(writer.addAnnotation(article, {20, 30}, {}, u"no longer allowed"_s), StoreError::Kind::ReadOnly));
        EXPECT_TRUE(writer.isReadOnly());
        EXPECT_EQ(writer.annotations(article)->size(), 1);
    }
    runOwn(u"DROP OWNED BY %1"_s.arg(role));
    runOwn(u"DROP ROLE %1"_s.arg(role));
}

TEST_F(StoreOnPostgres, aLibraryOfANewerParallax_isRefused_withItsVersion)
{
    runOwn(u"UPDATE parallax_schema SET version = 99"_s);
    Store store;
    EXPECT_TRUE(Testing::refused(store.open(m_database.uri()), StoreError::Kind::TooNew, {u"schema 99"_s}));
}

TEST_F(StoreOnPostgres, badAddresses_areRefusedWithAReason_andAPasswordIsNeverTaken)
{
    Store store;
    const auto withPassword = store.open(u"postgresql://parallax:secret@127.0.0.1:5432/library"_s);
    EXPECT_TRUE(Testing::refused(withPassword, StoreError::Kind::CannotOpen, {u"PGPASSWORD"_s}));
    EXPECT_FALSE(withPassword.error().message.contains(u"secret"_s)) << "a password is never shown";
    EXPECT_TRUE(Testing::refused(store.open(u"postgresql://parallax@127.0.0.1"_s), StoreError::Kind::CannotOpen, {u"postgresql://user@host:5432/dbname"_s}));
    // Nothing listens on port 1: the server cannot be reached, and says so at once.
    EXPECT_TRUE(Testing::refused(store.open(u"postgresql://parallax@127.0.0.1:1/library"_s), StoreError::Kind::CannotOpen, {u"cannot be reached"_s}));
}

TEST_F(StoreOnPostgres, twoConnections_seeEachOthersCommittedWork)
{
    const qint64 article = importSeed(1);
    Store other;
    ASSERT_TRUE(Testing::succeeded(other.open(m_database.uri())));
    const QString text = m_corpus.at(1).text;
    const auto id = other.addAnnotation(article, rangeOf(text, u"BRICS"_s), {*other.ensureTagPath(u"Actors/BRICS"_s)}, u"from the other coder"_s);
    ASSERT_TRUE(Testing::succeeded(id));
    const auto seen = m_store.annotation(*id);
    ASSERT_TRUE(seen);
    EXPECT_EQ(seen->note, u"from the other coder"_s);
    EXPECT_EQ(seen->tagPaths, QStringList {u"Actors/BRICS"_s});
}

namespace
{

// Runs the store writer; returns the ids it reported committed and its last line.
struct WriterRun {
    QList<qint64> committed;
    QString failure;
};

WriterRun readWriter(QProcess &writer)
{
    WriterRun run;
    for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
        if (line.startsWith("committed "))
            run.committed.append(line.mid(10).toLongLong());
        else if (line.startsWith("failed "))
            run.failure = QString::fromUtf8(line);
    }
    return run;
}

} // namespace

TEST_F(StoreTest, killedWriter_losesNoCommittedAnnotation_andLeavesTheDatabaseIntact)
{
    const qint64 article = importSeed(0);
    QList<qint64> committed;
    QRandomGenerator random(20261122);
    constexpr int Kills = 50;
    int killedWhileWriting = 0;
    // How long the writer takes to start and commit once: a build with sanitizers loads
    // its libraries many times slower, and kills must also fall after the start.
    QElapsedTimer startUp;
    startUp.start();
    {
        QProcess calibration;
        calibration.start(QStringLiteral(STORE_WRITER), {databasePath(), QString::number(article), u"1"_s});
        ASSERT_TRUE(calibration.waitForFinished());
        committed += readWriter(calibration).committed;
    }
    const int startUpMicroseconds = int(startUp.nsecsElapsed() / 1000);
    for (int round = 0; round < Kills; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(STORE_WRITER), {databasePath(), QString::number(article), u"0"_s});
        ASSERT_TRUE(writer.waitForStarted());
        // Killed at any moment: one round in five while it opens the library, the others
        // between commits or in the middle of one, once it has said it is writing (a
        // loaded machine or a sanitizer build takes its time to start).
        if (round % 5 == 0) {
            QThread::usleep(random.bounded(1'000, std::max(startUpMicroseconds, 1'001)));
        } else {
            writer.waitForReadyRead(60'000);
            QThread::usleep(random.bounded(0, 100'000));
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        ASSERT_TRUE(writer.waitForFinished());
        const WriterRun run = readWriter(writer);
        ASSERT_TRUE(run.failure.isEmpty()) << qPrintable(run.failure);
        committed += run.committed;
        killedWhileWriting += run.committed.isEmpty() ? 0 : 1;

        Store check;
        ASSERT_TRUE(Testing::succeeded(check.open(databasePath())));
        ASSERT_TRUE(check.checkIntegrity()) << "after kill " << round;
        QSet<qint64> present;
        for (const Annotation &annotation : *check.annotations(article))
            present.insert(annotation.id);
        for (qint64 id : std::as_const(committed))
            ASSERT_TRUE(present.contains(id)) << "annotation " << id << " was reported committed and is gone after kill " << round;
    }
    EXPECT_GT(committed.size(), Kills) << "the writer hardly wrote: the test proves little";
    EXPECT_GT(killedWhileWriting, Kills / 2);
    std::printf("[          ] %d kills, %lld committed annotations, all present\n", Kills, static_cast<long long>(committed.size()));
}

TEST_F(StoreTest, fullDisk_failsTheActionWithAMessage_andKeepsEverythingSavedBefore)
{
    const qint64 article = importSeed(0);
    QList<qint64> before;
    for (int i = 0; i < 20; ++i) {
        const auto id = m_store.addAnnotation(article, {i, i + 5}, {}, u"saved before the disk filled"_s);
        ASSERT_TRUE(Testing::succeeded(id));
        before.append(*id);
    }
    const qint64 size = QFileInfo(databasePath()).size() + QFileInfo(databasePath() + u"-wal"_s).size();

    // The writer may not grow any file much: its writes fail as on a full disk.
    QProcess writer;
    writer.start(QStringLiteral(STORE_WRITER),
        {databasePath(), QString::number(article), u"0"_s, u"--file-size-limit"_s, QString::number(size + 64 * 1024), u"--note-size"_s, u"20000"_s});
    ASSERT_TRUE(writer.waitForFinished(60'000));
    EXPECT_EQ(writer.exitCode(), 1);
    const WriterRun run = readWriter(writer);
    EXPECT_TRUE(run.failure.contains(u"disk"_s, Qt::CaseInsensitive)) << qPrintable(run.failure);

    Store check;
    ASSERT_TRUE(check.open(databasePath()));
    EXPECT_TRUE(check.checkIntegrity());
    QSet<qint64> present;
    for (const Annotation &annotation : *check.annotations(article))
        present.insert(annotation.id);
    for (qint64 id : before + run.committed)
        EXPECT_TRUE(present.contains(id)) << id;
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreOnEachEngine, ::testing::Values(Engine::Sqlite, Engine::Postgres), [](const auto &info) {
    return info.param == Engine::Sqlite ? std::string("SQLite") : std::string("PostgreSQL");
});

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

// Eight coders' programs adding annotations in a loop on one team library at once, then
// killed mid-transaction (the load test; PARALLAX_LOAD_SECONDS=60 for the full run, whose figures are in
// tests/bench/RESULTS.md): every annotation a writer was told is committed is there,
// none is there twice, and the library is sound.
TEST_F(StoreOnPostgres, eightWritersAtOnce_loseNothing_andWriteNothingTwice)
{
    const qint64 article = importSeed(0);
    const int seconds = std::max(qEnvironmentVariableIntValue("PARALLAX_LOAD_SECONDS"), 3);
    constexpr int Writers = 8;
    std::vector<std::unique_ptr<QProcess>> writers;
    QList<QByteArray> outputs(Writers);
    for (int i = 0; i < Writers; ++i) {
        auto writer = std::make_unique<QProcess>();
        QObject::connect(writer.get(), &QProcess::readyReadStandardOutput, writer.get(), [&outputs, i, process = writer.get()] {
            outputs[i] += process->readAllStandardOutput();
        });
        writer->start(QStringLiteral(STORE_WRITER), {m_database.uri(), QString::number(article), u"0"_s, u"--label"_s, u"writer-%1"_s.arg(i)});
        ASSERT_TRUE(writer->waitForStarted());
        writers.push_back(std::move(writer));
    }
    QEventLoop loop;
    QTimer::singleShot(std::chrono::seconds(seconds), &loop, &QEventLoop::quit);
    loop.exec();
    // Killed (SIGKILL) in the middle of their work, most of them inside a transaction.
    for (const auto &writer : writers)
        writer->kill();
    QSet<qint64> committed;
    for (int i = 0; i < Writers; ++i) {
        ASSERT_TRUE(writers.at(i)->waitForFinished(30'000));
        outputs[i] += writers.at(i)->readAllStandardOutput();
        for (const QByteArray &line : outputs.at(i).split('\n')) {
            ASSERT_FALSE(line.startsWith("failed ")) << line.constData();
            if (line.startsWith("committed "))
                committed.insert(line.mid(10).toLongLong());
        }
    }
    ASSERT_GT(committed.size(), Writers) << "the writers wrote nothing";

    Store check;
    ASSERT_TRUE(Testing::succeeded(check.open(m_database.uri())));
    EXPECT_TRUE(check.checkIntegrity());
    QSet<qint64> present;
    QSet<QString> notes;
    int twice = 0;
    for (const Annotation &annotation : *check.annotations(article)) {
        present.insert(annotation.id);
        twice += notes.contains(annotation.note) ? 1 : 0;
        notes.insert(annotation.note);
    }
    for (const qint64 id : std::as_const(committed))
        ASSERT_TRUE(present.contains(id)) << "annotation " << id << " was reported committed and is not in the library";
    EXPECT_EQ(twice, 0) << "annotations written twice";
    std::printf("load test: %d writers, %d s, %lld annotations committed (%.0f a second); %lld in the library\n",
        Writers,
        seconds,
        static_cast<long long>(committed.size()),
        double(committed.size()) / seconds,
        static_cast<long long>(present.size()));
}
