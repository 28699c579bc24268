// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
// `parallax fetch`, `check`, `revisions` and `compare ARTICLE@N`, run as a user runs
// them, against a real HTTP server on 127.0.0.1 that the test starts and stops.
#include "../pageserver.h"
#include "runparallax.h"

#include <QFile>

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

} // namespace
