// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "runparallax.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;

namespace
{

// A saved news page: a menu, a teaser marked up as an <article> of its own, the story,
// and a cookie notice.
const char *const Page = R"(<!DOCTYPE html>
<html lang="en"><head>
<title>Quake kills 24 | Daily Coast</title>
<meta property="og:title" content="Quake kills 24 in the north">
<meta property="og:site_name" content="Daily Coast">
<meta property="article:published_time" content="2013-07-03T06:22:00Z">
<meta name="author" content="Jane Doe">
<meta property="article:modified_time" content="2013-07-04T09:00:00Z">
<link rel="canonical" href="https://dailycoast.example/quake">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article class="teaser"><h3><a href="/other">Floods close the coast road</a></h3></article>
<main><article>
<h1>Quake kills 24 in the north</h1>
<p>A strong earthquake killed at least 24 people in the northern province on Tuesday, officials said.</p>
<p>Rescuers searched the rubble of a collapsed mosque in the village of Blang Mancung through the night.</p>
<p>The magnitude 6.1 quake struck at 2:37 p.m. local time, the geophysics agency said.</p>
</article></main>
<div class="cookie-banner"><form><button>Accept all cookies</button></form></div>
</body></html>
)";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    QFile file(dir.filePath(name));
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(contents);
    return file.fileName();
}

} // namespace

TEST(Extract, json_givesTheArticleWithoutThePageAroundIt_andItsMetadata)
{
    QTemporaryDir dir;
    const QString page = writeFile(dir, u"quake.html"_s, Page);
    const QString notes = writeFile(dir, u"notes.md"_s, "# Field notes\n\nThe bridge reopened on Monday.\n");
    const ProcessResult output = runParallax({u"extract"_s, page, notes, u"--format"_s, u"json"_s});
    ASSERT_EQ(output.exitCode, 0) << qPrintable(output.err);
    const QJsonArray items = QJsonDocument::fromJson(output.out.toUtf8()).array();
    ASSERT_EQ(items.size(), 2);

    const QJsonObject article = items.at(0).toObject();
    EXPECT_EQ(article[u"path"_s].toString(), page);
    EXPECT_EQ(article[u"title"_s].toString(), u"Quake kills 24 in the north"_s);
    EXPECT_EQ(article[u"site"_s].toString(), u"Daily Coast"_s);
    EXPECT_EQ(article[u"published"_s].toString(), u"2013-07-03"_s);
    EXPECT_EQ(article[u"language"_s].toString(), u"en"_s);
    EXPECT_EQ(article[u"byline"_s].toString(), u"Jane Doe"_s);
    EXPECT_EQ(article[u"modified"_s].toString(), u"2013-07-04"_s);
    EXPECT_EQ(article[u"url"_s].toString(), u"https://dailycoast.example/quake"_s);
    const QString body = article[u"body"_s].toString();
    EXPECT_TRUE(body.contains(u"killed at least 24 people"_s)) << qPrintable(body);
    EXPECT_TRUE(body.contains(u"2:37 p.m. local time"_s)) << qPrintable(body);
    // The menu and the teaser are not the article.
    EXPECT_FALSE(body.contains(u"Floods close the coast road"_s)) << qPrintable(body);
    EXPECT_FALSE(body.contains(u"World"_s)) << qPrintable(body);

    EXPECT_TRUE(items.at(1).toObject()[u"body"_s].toString().contains(u"The bridge reopened on Monday."_s));
}

TEST(Extract, textAndMarkdown_showTitleSourceAndBody)
{
    QTemporaryDir dir;
    const QString page = writeFile(dir, u"quake.html"_s, Page);
    const ProcessResult text = runParallax({u"extract"_s, page});
    ASSERT_EQ(text.exitCode, 0) << qPrintable(text.err);
    EXPECT_TRUE(text.out.contains(u"Quake kills 24 in the north\nJane Doe · Daily Coast · 2013-07-03 · en\n"_s)) << qPrintable(text.out);
    EXPECT_TRUE(text.out.contains(u"Rescuers searched the rubble"_s));

    const ProcessResult markdown = runParallax({u"extract"_s, page, u"--format"_s, u"md"_s});
    ASSERT_EQ(markdown.exitCode, 0) << qPrintable(markdown.err);
    EXPECT_TRUE(markdown.out.startsWith(u"# Quake kills 24 in the north\n\n*Jane Doe · Daily Coast · 2013-07-03 · en*\n\n"_s)) << qPrintable(markdown.out);
}

TEST(Extract, everyFormatTheImporterReads_isExtracted)
{
    QTemporaryDir dir;
    const QString markdown = writeFile(dir, u"notes.md"_s, "---\ntitle: Field notes\nauthor: Jane Doe\n---\nThe bridge reopened on Monday.\n");
    const QString text = writeFile(dir, u"wire.txt"_s, "The bridge reopened on Monday, the ministry said.\n");
    const QString pdf = QStringLiteral(PARALLAX_SOURCE_DIR "/tests/fuzz/seeds/pdf/council-budget.pdf");
    const ProcessResult output = runParallax({u"extract"_s, markdown, text, pdf, u"--format"_s, u"json"_s});
    ASSERT_EQ(output.exitCode, 0) << qPrintable(output.err);
    const QJsonArray items = QJsonDocument::fromJson(output.out.toUtf8()).array();
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items.at(0).toObject()[u"title"_s].toString(), u"Field notes"_s);
    EXPECT_EQ(items.at(0).toObject()[u"byline"_s].toString(), u"Jane Doe"_s);
    EXPECT_TRUE(items.at(1).toObject()[u"body"_s].toString().contains(u"the ministry said"_s));
    EXPECT_TRUE(items.at(2).toObject()[u"body"_s].toString().contains(u"The council approved 12 new schools on Monday"_s))
        << qPrintable(items.at(2).toObject()[u"body"_s].toString());
}

TEST(Extract, aPageThatIsNoArticle_isSaidToBeOne_onTheErrorStreamAndInTheJson)
{
    QTemporaryDir dir;
    QByteArray headlines = "<html><head><title>Daily Coast: news</title></head><body><h1>Daily Coast</h1><ul>";
    for (int i = 1; i <= 30; ++i)
        headlines += "<li><a href=\"/story/" + QByteArray::number(i) + "\">Headline number " + QByteArray::number(i) + " of the day</a></li>";
    const QString home = writeFile(dir, u"home.html"_s, headlines + "</ul></body></html>");
    QByteArray story = "<html><head><title>Quake</title></head><body><article>";
    for (int i = 1; i <= 6; ++i)
        story += "<p>Paragraph " + QByteArray::number(i)
            + ": rescuers, working through the night with cranes and their bare hands, searched the rubble of the mosque, the school and the "
              "market of the village, where the quake had struck at noon on Tuesday.</p>";
    const QString article = writeFile(dir, u"quake.html"_s, story + "</article></body></html>");

    const ProcessResult output = runParallax({u"extract"_s, home, article, u"--format"_s, u"json"_s});
    ASSERT_EQ(output.exitCode, 0) << qPrintable(output.err);
    EXPECT_TRUE(output.err.contains(u"parallax extract: home.html looks like a page of links or headlines, not an article"_s)) << qPrintable(output.err);
    EXPECT_FALSE(output.err.contains(u"quake.html"_s)) << qPrintable(output.err);
    const QJsonArray items = QJsonDocument::fromJson(output.out.toUtf8()).array();
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items.at(0).toObject()[u"warnings"_s].toArray().size(), 1);
    EXPECT_TRUE(items.at(1).toObject()[u"warnings"_s].toArray().isEmpty());
}

// The page tests/tools/make-huge-page.py writes for the benchmark, made here: a menu, a
// box of teasers, then paragraphs of one story until it holds 50 MiB. Read whole, in
// seconds under the sanitizers too, with no recursion that its size could drive.
TEST(Extract, aPageOf50MB_isReadWhole_withItsMenuAndTeasersLeftOut)
{
    constexpr qsizetype Size = 50 * 1024 * 1024;
    QByteArray page = "<html><head><title>Huge</title></head><body><nav><a href=\"/\">Home</a></nav>"
                      "<div class=\"story\"><div class=\"related\"><ul><li><a href=\"/x0\">Teaser 0 of another story</a></li></ul></div>\n";
    page.reserve(Size + 1024);
    int paragraphs = 0;
    while (page.size() < Size) {
        page += "<p>Paragraph " + QByteArray::number(++paragraphs)
            + ": rescuers searched the rubble of the mosque, the school and the market through the night, officials said.</p>\n";
    }
    page += "</div></body></html>\n";
    QTemporaryDir dir;
    const ProcessResult output = runParallax({u"extract"_s, writeFile(dir, u"huge.html"_s, page)});
    ASSERT_EQ(output.exitCode, 0) << qPrintable(output.err.left(500));
    EXPECT_TRUE(output.out.contains(u"\nParagraph 1: rescuers searched"_s));
    EXPECT_TRUE(output.out.contains(u"Paragraph %1: rescuers searched"_s.arg(paragraphs))) << "the last paragraph is read too";
    EXPECT_FALSE(output.out.contains(u"Teaser 0 of another story"_s));
}

TEST(Extract, badArguments_exitWithTwo_andAnUnreadableFileWithOne)
{
    QTemporaryDir dir;
    const QString page = writeFile(dir, u"quake.html"_s, Page);
    EXPECT_EQ(runParallax({u"extract"_s}).exitCode, 2);
    const ProcessResult badFormat = runParallax({u"extract"_s, page, u"--format"_s, u"xml"_s});
    EXPECT_EQ(badFormat.exitCode, 2);
    EXPECT_TRUE(badFormat.err.contains(u"unknown format 'xml'"_s)) << qPrintable(badFormat.err);

    const QString binary = writeFile(dir, u"binary.txt"_s, QByteArray("\x00\x01\x02\xff\xfe", 5));
    const ProcessResult unreadable = runParallax({u"extract"_s, page, binary});
    EXPECT_EQ(unreadable.exitCode, 1);
    EXPECT_TRUE(unreadable.out.isEmpty()) << "nothing is printed when a file cannot be read";
    EXPECT_TRUE(unreadable.err.startsWith(u"parallax extract: "_s)) << qPrintable(unreadable.err);
    EXPECT_EQ(runParallax({u"extract"_s, dir.filePath(u"missing.html"_s)}).exitCode, 1);
}
