// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
// Fetching pages into the library and checking them for changes, against a real HTTP
// server on 127.0.0.1 (tests/tools/page-server.py, Python's http.server) that the tests
// start and stop.
#include "../pageserver.h"
#include "../qstringprinter.h"

#include <core/library/store.h>
#include <core/text/readerview.h>
#include <core/web/websources.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <tests/storeassertions.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

class WebSourcesTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_server = new PageServer; }
    static void TearDownTestSuite()
    {
        delete s_server;
        s_server = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(s_server->isRunning()) << "the page server did not start";
        ASSERT_TRUE(m_directory.isValid());
        ASSERT_TRUE(Testing::succeeded(m_store.open(m_directory.filePath(u"library.sqlite"_s))));
        setVersion(1);
        ASSERT_TRUE(s_server->get(u"/set-robots"_s)) << "no robots.txt";
    }

    QUrl url(const QString &path) const { return s_server->url(path); }

    void setVersion(int version) { ASSERT_TRUE(s_server->setVersion(version)); }

    Expected<WebUpdate> add(const QString &path)
    {
        std::optional<Expected<WebUpdate>> result;
        QEventLoop loop;
        m_sources.add(url(path), [&](const Expected<WebUpdate> &update) {
            result = update;
            loop.quit();
        });
        if (!result)
            loop.exec();
        return *result;
    }

    Expected<WebUpdate> check(qint64 article, WebSources::CheckMode mode = WebSources::CheckMode::AskedByUser)
    {
        std::optional<Expected<WebUpdate>> result;
        QEventLoop loop;
        m_sources.check(
            {article},
            [&](qint64, const Expected<WebUpdate> &update) {
                result = update;
            },
            [&] {
                loop.quit();
            },
            mode);
        if (!result)
            loop.exec();
        return *result;
    }

    QString failureOf(const QString &path)
    {
        const Expected<WebUpdate> update = add(path);
        return update ? u"(no failure)"_s : update.error().message;
    }

    static inline PageServer *s_server = nullptr;
    QTemporaryDir m_directory;
    Store m_store;
    ImportFormats m_formats;
    WebSources m_sources {m_store, m_formats};
};

TEST_F(WebSourcesTest, aFetchedPage_isKeptAsReceived_andReadAsItsArticle)
{
    const Expected<WebUpdate> update = add(u"/story"_s);
    ASSERT_TRUE(update) << qPrintable(update.error().message);
    EXPECT_EQ(update->kind, WebUpdate::Kind::Added);

    const Expected<FetchedPage> direct = PageFetcher().fetchAndWait({url(u"/story"_s), {}, {}});
    ASSERT_TRUE(direct);
    const StoreResult<WebSnapshot> snapshot = m_store.snapshot(update->articleId);
    ASSERT_TRUE(Testing::succeeded(snapshot));
    EXPECT_EQ(snapshot->bytes, direct->bytes);
    EXPECT_EQ(snapshot->httpStatus, 200);
    EXPECT_EQ(snapshot->etag, u"\"v1\""_s);
    EXPECT_EQ(snapshot->lastModified, u"Sat, 05 Dec 2026 10:00:00 GMT"_s);
    EXPECT_EQ(snapshot->url, url(u"/story"_s).toString());
    EXPECT_TRUE(snapshot->contentType.startsWith(u"text/html"_s));
    EXPECT_LE(qAbs(snapshot->fetched.secsTo(QDateTime::currentDateTimeUtc())), 60);

    const std::optional<StoredArticle> article = toOptional(m_store.article(update->articleId));
    ASSERT_TRUE(article);
    EXPECT_EQ(article->document.metadata.title, u"Quake kills dozens in Lorem"_s);
    EXPECT_EQ(article->document.metadata.outlet, u"Daily Example"_s);
    EXPECT_TRUE(article->document.metadata.byline.contains(u"Jane Doe"_s)) << qPrintable(article->document.metadata.byline);
    EXPECT_EQ(article->document.metadata.language, u"en"_s);
    const QString body = ReaderView(article->document).body();
    EXPECT_TRUE(body.contains(u"At least 5 people were killed"_s)) << qPrintable(body);
    EXPECT_FALSE(body.contains(u"Another story entirely"_s)) << qPrintable(body);
    EXPECT_FALSE(body.contains(u"World"_s)) << qPrintable(body);
    // Read again from the snapshot, the page gives the same text.
    const ImportResult reread = WebSources::read(m_formats, *snapshot);
    ASSERT_TRUE(reread);
    EXPECT_EQ(reread->document.text, article->document.text);
    EXPECT_EQ(m_store.webArticles(), QList<qint64>({update->articleId}));
}

TEST_F(WebSourcesTest, redirects_areFollowedUpToTen)
{
    const Expected<WebUpdate> update = add(u"/redirect/3"_s);
    ASSERT_TRUE(update) << qPrintable(update.error().message);
    const std::optional<WebSnapshot> snapshot = toOptional(m_store.snapshot(update->articleId));
    ASSERT_TRUE(snapshot);
    EXPECT_EQ(snapshot->url, url(u"/redirect/3"_s).toString());
    EXPECT_EQ(snapshot->finalUrl, url(u"/story"_s).toString());

    const QString loop = failureOf(u"/loop"_s);
    EXPECT_TRUE(loop.contains(u"redirects more than 10 time"_s)) << qPrintable(loop);
}

TEST_F(WebSourcesTest, httpErrors_areSaidInPlainWords_andNothingIsKept)
{
    const QString missing = failureOf(u"/missing"_s);
    EXPECT_TRUE(missing.contains(u"has no page at"_s) && missing.contains(u"HTTP 404"_s)) << qPrintable(missing);
    const QString broken = failureOf(u"/broken"_s);
    EXPECT_TRUE(broken.contains(u"failed to give the page (HTTP 500"_s)) << qPrintable(broken);
    EXPECT_TRUE(m_store.articles()->isEmpty());
}

TEST_F(WebSourcesTest, aServerThatGoesQuiet_orDropsTheConnection_failsTheFetch)
{
    m_sources.fetcher().setLimits({50 * 1024 * 1024, 1, 10});
    const QString slow = failureOf(u"/slow"_s);
    EXPECT_TRUE(slow.contains(u"did not answer within 1 second"_s)) << qPrintable(slow);
    const QString dropped = failureOf(u"/drop"_s);
    EXPECT_TRUE(dropped.contains(u"closed the connection"_s)) << qPrintable(dropped);
    EXPECT_TRUE(m_store.articles()->isEmpty());
}

TEST_F(WebSourcesTest, aResponseOverTheCap_isRefused_announcedOrNot)
{
    const QString announced = failureOf(u"/huge"_s);
    EXPECT_TRUE(announced.contains(u"more than the 50.0 MB that Parallax reads"_s)) << qPrintable(announced);
    const QString unannounced = failureOf(u"/huge-unannounced"_s);
    EXPECT_TRUE(unannounced.contains(u"more than the 50.0 MB that Parallax reads"_s)) << qPrintable(unannounced);
}

TEST_F(WebSourcesTest, aPageInWindows1252_andAGzippedPage_readAsText)
{
    const Expected<WebUpdate> legacy = add(u"/cp1252"_s);
    ASSERT_TRUE(legacy) << qPrintable(legacy.error().message);
    const QString text = m_store.article(legacy->articleId)->document.text;
    EXPECT_TRUE(text.contains(u"A café crème in the old town now costs €4.50"_s)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"naïve tourist learns – and"_s)) << qPrintable(text);

    const Expected<WebUpdate> compressed = add(u"/gzip"_s);
    ASSERT_TRUE(compressed) << qPrintable(compressed.error().message);
    EXPECT_TRUE(m_store.article(compressed->articleId)->document.text.contains(u"At least 5 people were killed"_s));
}

TEST_F(WebSourcesTest, checkingAnUnchangedPage_asksWithItsETag_andMakesNoRevision)
{
    const Expected<WebUpdate> added = add(u"/story"_s);
    ASSERT_TRUE(added);
    const QDateTime firstChecked = m_store.snapshot(added->articleId)->checked;
    const Expected<WebUpdate> checked = check(added->articleId);
    ASSERT_TRUE(checked) << qPrintable(checked.error().message);
    EXPECT_EQ(checked->kind, WebUpdate::Kind::Unchanged);
    EXPECT_EQ(checked->articleId, added->articleId);
    EXPECT_EQ(m_store.revisions(added->articleId)->size(), 1);
    EXPECT_GE(m_store.snapshot(added->articleId)->checked, firstChecked);

    // What the check asked: the page only if it is no longer version 1.
    const std::optional<WebSnapshot> kept = toOptional(m_store.snapshot(added->articleId));
    const Expected<FetchedPage> conditional = PageFetcher().fetchAndWait({url(u"/story"_s), kept->etag, kept->lastModified});
    ASSERT_TRUE(conditional) << qPrintable(conditional.error().message);
    EXPECT_TRUE(conditional->notModified);
    EXPECT_EQ(conditional->httpStatus, 304);
    EXPECT_TRUE(conditional->bytes.isEmpty());
    EXPECT_EQ(conditional->etag, u"\"v1\""_s);
}

TEST_F(WebSourcesTest, anAnnotation_isCarriedAcrossThreeVersions_thenOrphaned_whenItsPassageGoes)
{
    const Expected<WebUpdate> first = add(u"/story"_s);
    ASSERT_TRUE(first);
    const QString text = m_store.article(first->articleId)->document.text;
    const QString passage = u"with two borrowed diggers"_s;
    const qsizetype start = text.indexOf(passage);
    ASSERT_GE(start, 0);
    const auto annotation = m_store.addAnnotation(first->articleId, {start, start + passage.size()}, {}, u"who lent them?"_s);
    ASSERT_TRUE(annotation);

    setVersion(2);
    const Expected<WebUpdate> second = check(first->articleId);
    ASSERT_TRUE(second) << qPrintable(second.error().message);
    EXPECT_EQ(second->kind, WebUpdate::Kind::NewRevision);
    EXPECT_EQ(second->reanchored, 1);
    EXPECT_EQ(second->orphaned, 0);
    const QList<Annotation> onSecond = *m_store.annotations(second->articleId);
    ASSERT_EQ(onSecond.size(), 1);
    EXPECT_FALSE(onSecond.constFirst().orphaned);
    EXPECT_EQ(onSecond.constFirst().anchor.exact, passage);
    EXPECT_TRUE(m_store.article(second->articleId)->document.text.contains(u"At least 24 people"_s));
    ASSERT_TRUE(m_store.snapshot(second->articleId));
    EXPECT_EQ(m_store.snapshot(second->articleId)->etag, u"\"v2\""_s);
    // What a check found is new to the user until it is shown; what they fetched is not.
    EXPECT_TRUE(m_store.snapshot(first->articleId)->seen);
    EXPECT_EQ(m_store.unseenRevisions(), QList<qint64>({second->articleId}));
    ASSERT_TRUE(m_store.markSeen(second->articleId));
    EXPECT_TRUE(m_store.unseenRevisions()->isEmpty());

    setVersion(3);
    const Expected<WebUpdate> third = check(second->articleId);
    ASSERT_TRUE(third) << qPrintable(third.error().message);
    EXPECT_EQ(third->kind, WebUpdate::Kind::NewRevision);
    EXPECT_EQ(third->orphaned, 1);
    const QList<Annotation> onThird = *m_store.annotations(third->articleId);
    ASSERT_EQ(onThird.size(), 1);
    EXPECT_TRUE(onThird.constFirst().orphaned);
    EXPECT_EQ(onThird.constFirst().note, u"who lent them?"_s);
    EXPECT_EQ(m_store.revisions(third->articleId), QList<qint64>({first->articleId, second->articleId, third->articleId}));
    // Each revision keeps the bytes it was read from.
    EXPECT_TRUE(QString::fromUtf8(m_store.snapshot(first->articleId)->bytes).contains(u"At least 5 people"_s));
    EXPECT_EQ(m_store.webArticles(), QList<qint64>({third->articleId}));
}

TEST_F(WebSourcesTest, checkingManySources_reportsEachOnce_andFinishesOnce)
{
    QList<qint64> articles;
    for (const QString &path : {u"/story"_s, u"/gzip"_s, u"/cp1252"_s}) {
        const Expected<WebUpdate> added = add(path);
        ASSERT_TRUE(added) << qPrintable(added.error().message);
        articles.append(added->articleId);
    }
    articles.append(999); // not in the library
    QList<qint64> reported;
    int finished = 0;
    int failures = 0;
    QEventLoop loop;
    m_sources.check(
        articles,
        [&](qint64 article, const Expected<WebUpdate> &update) {
            reported.append(article);
            failures += update ? 0 : 1;
        },
        [&] {
            ++finished;
            loop.quit();
        });
    if (finished == 0)
        loop.exec();
    std::sort(reported.begin(), reported.end());
    std::sort(articles.begin(), articles.end());
    EXPECT_EQ(reported, articles);
    EXPECT_EQ(finished, 1);
    EXPECT_EQ(failures, 1);
}

TEST_F(WebSourcesTest, checkingForty_asksAtMostEightAtOnce_andFindsTheTenThatChanged)
{
    QList<qint64> articles;
    for (int number = 0; number < 40; ++number) {
        const Expected<WebUpdate> added = add(u"/source/%1"_s.arg(number));
        ASSERT_TRUE(added) << qPrintable(added.error().message);
        articles.append(added->articleId);
    }
    ASSERT_TRUE(s_server->get(u"/change-sources?count=10"_s));
    int changed = 0;
    int unchanged = 0;
    QEventLoop loop;
    m_sources.check(
        articles,
        [&](qint64, const Expected<WebUpdate> &update) {
            ASSERT_TRUE(update) << qPrintable(update.error().message);
            (update->kind == WebUpdate::Kind::NewRevision ? changed : unchanged) += 1;
        },
        [&] {
            loop.quit();
        });
    loop.exec();
    EXPECT_EQ(changed, 10);
    EXPECT_EQ(unchanged, 30);
    const std::optional<QByteArray> most = s_server->get(u"/stats"_s);
    ASSERT_TRUE(most);
    EXPECT_LE(most->toInt(), WebSources::MaximumParallelFetches + 1) << "requests answered at once (the statistics' own included)";
    EXPECT_GE(most->toInt(), 2) << "the checks ran one after another";
}

TEST_F(WebSourcesTest, aCheckOnASchedule_fetchesOnlyWhatRobotsTxtAllows_aCheckByHandAsksNoOne)
{
    const Expected<WebUpdate> added = add(u"/story"_s);
    ASSERT_TRUE(added) << qPrintable(added.error().message);
    setVersion(2);
    ASSERT_TRUE(s_server->get(u"/set-robots?text=User-agent%3A%20Parallax%0ADisallow%3A%20%2Fstory"_s));

    const Expected<WebUpdate> scheduled = check(added->articleId, WebSources::CheckMode::OnSchedule);
    ASSERT_FALSE(scheduled);
    EXPECT_TRUE(scheduled.error().message.contains(u"robots.txt"_s)) << qPrintable(scheduled.error().message);
    EXPECT_TRUE(scheduled.error().message.contains(u"/story"_s)) << qPrintable(scheduled.error().message);
    EXPECT_EQ(m_store.revisions(added->articleId)->size(), 1) << "the page was not fetched";

    const Expected<WebUpdate> byHand = check(added->articleId);
    ASSERT_TRUE(byHand) << qPrintable(byHand.error().message);
    EXPECT_EQ(byHand->kind, WebUpdate::Kind::NewRevision);
}

TEST_F(WebSourcesTest, aSitesRobotsTxt_isAskedForOnce_andItsAbsenceAllowsEverything)
{
    QList<qint64> articles;
    for (int number = 100; number < 112; ++number) {
        const Expected<WebUpdate> added = add(u"/source/%1"_s.arg(number));
        ASSERT_TRUE(added) << qPrintable(added.error().message);
        articles.append(added->articleId);
    }
    ASSERT_TRUE(s_server->get(u"/set-robots?text=User-agent%3A%20*%0ADisallow%3A%20%2Fsource%2F11"_s));
    QStringList refused;
    int checked = 0;
    QEventLoop loop;
    m_sources.check(
        articles,
        [&](qint64, const Expected<WebUpdate> &update) {
            ++checked;
            if (!update)
                refused << update.error().message;
        },
        [&] {
            loop.quit();
        },
        WebSources::CheckMode::OnSchedule);
    loop.exec();
    EXPECT_EQ(checked, 12);
    EXPECT_EQ(refused.size(), 2) << qPrintable(refused.join(u"\n"_s)); // /source/110 and /source/111
    EXPECT_EQ(s_server->get(u"/robots-asked"_s).value_or("?"), "1");

    // No robots.txt (404): every page may be checked.
    ASSERT_TRUE(s_server->get(u"/set-robots"_s));
    WebSources fresh(m_store, m_formats);
    std::optional<Expected<WebUpdate>> result;
    fresh.check(
        {articles.last()},
        [&](qint64, const Expected<WebUpdate> &update) {
            result = update;
        },
        [&] {
            loop.quit();
        },
        WebSources::CheckMode::OnSchedule);
    loop.exec();
    ASSERT_TRUE(result);
    EXPECT_TRUE(*result) << qPrintable(result->error().message);
}

TEST_F(WebSourcesTest, aRobotsTxtTheServerFailsToGive_allowsNoScheduledCheck)
{
    const Expected<WebUpdate> added = add(u"/story"_s);
    ASSERT_TRUE(added);
    ASSERT_TRUE(s_server->get(u"/set-robots?status=503"_s));
    const Expected<WebUpdate> scheduled = check(added->articleId, WebSources::CheckMode::OnSchedule);
    ASSERT_FALSE(scheduled);
    EXPECT_TRUE(scheduled.error().message.contains(u"HTTP 503"_s)) << qPrintable(scheduled.error().message);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
