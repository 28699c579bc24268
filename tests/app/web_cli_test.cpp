// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
// `parallax fetch`, `check`, `revisions` and `compare ARTICLE@N`, run as a user runs
// them, against a real HTTP server on 127.0.0.1 that the test starts and stops.
#include "../pageserver.h"
#include "runparallax.h"

#include <QFile>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace
{

TEST(WebCommands, aPageFetched_editedAndChecked_becomesASecondRevision_whoseChangedFigureIsAConflict)
{
    const PageServer server;
    ASSERT_TRUE(server.isRunning());
    ASSERT_TRUE(server.setVersion(1));
    QTemporaryDir directory;
    const QString database = directory.filePath(u"library.sqlite"_s);

    const ProcessResult fetched = runParallax({u"fetch"_s, u"--db"_s, database, server.url(u"/story"_s).toString()});
    ASSERT_EQ(fetched.exitCode, 0) << fetched.err.toStdString();
    const QString article = fetched.out.trimmed();
    ASSERT_FALSE(article.isEmpty());
    const ProcessResult annotated
        = runParallax({u"annotate"_s, u"--db"_s, database, article, u"--quote"_s, u"borrowed diggers"_s, u"--note"_s, u"who lent them?"_s});
    ASSERT_EQ(annotated.exitCode, 0) << annotated.err.toStdString();

    const ProcessResult unchanged = runParallax({u"check"_s, u"--db"_s, database});
    EXPECT_EQ(unchanged.exitCode, 0) << unchanged.err.toStdString();
    EXPECT_EQ(unchanged.out, u"%1: unchanged\n"_s.arg(article));

    ASSERT_TRUE(server.setVersion(2));
    const ProcessResult changed = runParallax({u"check"_s, u"--db"_s, database, article});
    EXPECT_EQ(changed.exitCode, 0) << changed.err.toStdString();
    EXPECT_TRUE(changed.out.contains(u"changed: new revision"_s) && changed.out.contains(u"(1 annotation moved, 0 orphaned)"_s)) << changed.out.toStdString();

    const ProcessResult revisions = runParallax({u"revisions"_s, u"--db"_s, database, article});
    EXPECT_EQ(revisions.exitCode, 0) << revisions.err.toStdString();
    const QStringList lines = revisions.out.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 2) << revisions.out.toStdString();
    EXPECT_TRUE(lines.at(0).endsWith(u"first version"_s)) << revisions.out.toStdString();
    EXPECT_TRUE(lines.at(1).contains(u"At least 5 → At least 24"_s) && lines.at(1).contains(u"1 paragraph added"_s)) << revisions.out.toStdString();

    const ProcessResult compared = runParallax({u"compare"_s, u"--db"_s, database, u"--format"_s, u"json"_s, article + u"@1"_s, article + u"@2"_s});
    EXPECT_EQ(compared.exitCode, 0) << compared.err.toStdString();
    EXPECT_TRUE(compared.out.contains(u"\"status\": \"conflict\""_s)) << compared.out.toStdString();
    EXPECT_TRUE(compared.out.contains(u"At least 24"_s));

    // The annotation made on the first revision is on the second.
    const QString second = lines.at(1).section(u'\t', 1, 1);
    const ProcessResult annotations = runParallax({u"annotations"_s, u"--db"_s, database, second});
    EXPECT_TRUE(annotations.out.contains(u"\"borrowed diggers\""_s) && annotations.out.contains(u"who lent them?"_s)) << annotations.out.toStdString();

    // Each revision's page, as the server sent it.
    const QString saved = directory.filePath(u"first.html"_s);
    const ProcessResult snapshot = runParallax({u"snapshot"_s, u"--db"_s, database, article, u"--out"_s, saved});
    EXPECT_EQ(snapshot.exitCode, 0) << snapshot.err.toStdString();
    QFile page(saved);
    ASSERT_TRUE(page.open(QIODevice::ReadOnly));
    const QByteArray bytes = page.readAll();
    EXPECT_TRUE(bytes.startsWith("<!DOCTYPE html>") && bytes.contains("At least 5 people") && bytes.contains("Another story entirely"));
    const ProcessResult notFromTheWeb = runParallax({u"snapshot"_s, u"--db"_s, database, u"999"_s});
    EXPECT_EQ(notFromTheWeb.exitCode, 1);

    const ProcessResult missing = runParallax({u"compare"_s, u"--db"_s, database, article + u"@1"_s, article + u"@7"_s});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(u"has no revision 7"_s)) << missing.err.toStdString();
}

TEST(WebCommands, badAddressesAndFailedFetches_sayWhy_andTheOthersStillGoIn)
{
    const PageServer server;
    ASSERT_TRUE(server.isRunning());
    QTemporaryDir directory;
    const QString database = directory.filePath(u"library.sqlite"_s);
    const ProcessResult fetched
        = runParallax({u"fetch"_s, u"--db"_s, database, u"ftp://example.org/x"_s, server.url(u"/missing"_s).toString(), server.url(u"/story"_s).toString()});
    EXPECT_EQ(fetched.exitCode, 1);
    EXPECT_TRUE(fetched.err.contains(u"ftp://example.org/x is not a web address"_s)) << fetched.err.toStdString();
    EXPECT_TRUE(fetched.err.contains(u"HTTP 404"_s)) << fetched.err.toStdString();
    EXPECT_EQ(fetched.out.trimmed().split(u'\n').size(), 1) << fetched.out.toStdString();

    const ProcessResult noAddress = runParallax({u"fetch"_s, u"--db"_s, database});
    EXPECT_EQ(noAddress.exitCode, 2);
    const ProcessResult notAnArticle = runParallax({u"check"_s, u"--db"_s, database, u"12345"_s});
    EXPECT_EQ(notAnArticle.exitCode, 1);
    EXPECT_TRUE(notAnArticle.err.contains(u"was not read from the web"_s)) << notAnArticle.err.toStdString();
}

// Moves the time the pages were last checked back to 2000, as if years had passed:
// through Python's sqlite3, another program on the same file.
void letTimePass(const QString &database)
{
    QProcess python;
    python.start(QStringLiteral(PARALLAX_PYTHON),
        {u"-c"_s,
            u"import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(\"UPDATE snapshots SET checked = '2000-01-01T00:00:00.000Z'\"); c.commit()"_s,
            database});
    ASSERT_TRUE(python.waitForFinished(10000));
    ASSERT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
}

TEST(WebCommands, aPageOnASchedule_isCheckedByCheckDue_whenItsTimeHasCome_andAsARobot)
{
    const PageServer server;
    ASSERT_TRUE(server.isRunning());
    ASSERT_TRUE(server.setVersion(1));
    ASSERT_TRUE(server.get(u"/set-robots"_s));
    QTemporaryDir directory;
    const QString database = directory.filePath(u"library.sqlite"_s);
    const ProcessResult fetched = runParallax({u"fetch"_s, u"--db"_s, database, server.url(u"/story"_s).toString(), server.url(u"/big"_s).toString()});
    ASSERT_EQ(fetched.exitCode, 0) << fetched.err.toStdString();
    const QStringList articles = fetched.out.trimmed().split(u'\n');
    ASSERT_EQ(articles.size(), 2);

    const ProcessResult scheduled = runParallax({u"schedule"_s, u"--db"_s, database, articles.at(0), u"--every"_s, u"6"_s});
    EXPECT_EQ(scheduled.exitCode, 0) << scheduled.err.toStdString();
    EXPECT_EQ(scheduled.out.toStdString(), u"%1: checked every 6 hours\n"_s.arg(articles.at(0)).toStdString());
    const ProcessResult listed = runParallax({u"schedule"_s, u"--db"_s, database});
    EXPECT_EQ(listed.out.toStdString(), u"%1: checked every 6 hours\n%2: checked when asked\n"_s.arg(articles.at(0), articles.at(1)).toStdString())
        << "oldest checked first";

    // Just fetched: not due.
    const ProcessResult notYet = runParallax({u"check"_s, u"--db"_s, database, u"--due"_s});
    EXPECT_EQ(notYet.exitCode, 0) << notYet.err.toStdString();
    EXPECT_TRUE(notYet.out.isEmpty()) << notYet.out.toStdString();

    // Later it is; but the site's robots.txt now disallows it, for robots.
    letTimePass(database);
    ASSERT_TRUE(server.get(u"/set-robots?text=User-agent%3A%20*%0ADisallow%3A%20%2Fstory"_s));
    const ProcessResult refused = runParallax({u"check"_s, u"--db"_s, database, u"--due"_s});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"robots.txt"_s)) << refused.err.toStdString();
    EXPECT_TRUE(refused.out.isEmpty()) << "the page off the schedule was not checked: " << refused.out.toStdString();

    ASSERT_TRUE(server.get(u"/set-robots"_s));
    ASSERT_TRUE(server.setVersion(2));
    const ProcessResult due = runParallax({u"check"_s, u"--db"_s, database, u"--due"_s});
    EXPECT_EQ(due.exitCode, 0) << due.err.toStdString();
    EXPECT_TRUE(due.out.startsWith(articles.at(0) + u": changed: new revision"_s)) << due.out.toStdString();
    EXPECT_EQ(due.out.count(u'\n'), 1) << due.out.toStdString();
    // Checked just now, it waits six hours again.
    const ProcessResult again = runParallax({u"check"_s, u"--db"_s, database, u"--due"_s});
    EXPECT_TRUE(again.out.isEmpty()) << again.out.toStdString();

    const ProcessResult badHours = runParallax({u"schedule"_s, u"--db"_s, database, articles.at(0), u"--every"_s, u"often"_s});
    EXPECT_EQ(badHours.exitCode, 2);
    const ProcessResult dueAndNamed = runParallax({u"check"_s, u"--db"_s, database, u"--due"_s, articles.at(0)});
    EXPECT_EQ(dueAndNamed.exitCode, 2);
    const ProcessResult notFromTheWeb = runParallax({u"schedule"_s, u"--db"_s, database, u"999"_s, u"--every"_s, u"1"_s});
    EXPECT_EQ(notFromTheWeb.exitCode, 1);
    EXPECT_TRUE(notFromTheWeb.err.contains(u"was not read from the web"_s)) << notFromTheWeb.err.toStdString();
}

} // namespace
