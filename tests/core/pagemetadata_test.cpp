// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/import/pagemetadata.h>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

TEST(PageMetadata, documentTitle_losesTheSitesPart_unlessTooLittleWouldBeLeft)
{
    EXPECT_EQ(PageMetadata::cleanedTitle(u"Quake kills 24 in Aceh | Daily Coast"_s), u"Quake kills 24 in Aceh"_s);
    EXPECT_EQ(PageMetadata::cleanedTitle(u"Lorem ipsum dolor sit amet – My website"_s), u"Lorem ipsum dolor sit amet"_s);
    // Only the last part goes: "| Code" is the blog's section.
    EXPECT_EQ(PageMetadata::cleanedTitle(u"Get your Frontend JavaScript Code Covered | Code | Nicolas Perriault"_s),
        u"Get your Frontend JavaScript Code Covered | Code"_s);
    // Four words or fewer left are more often a cut too far.
    EXPECT_EQ(PageMetadata::cleanedTitle(u"How we built it - an async task framework"_s), u"How we built it - an async task framework"_s);
    EXPECT_EQ(PageMetadata::cleanedTitle(u"New Zealand - Wikipedia"_s), u"New Zealand - Wikipedia"_s);
    // ... but the site's own name goes whatever is left.
    EXPECT_EQ(PageMetadata::cleanedTitle(u"Russia AI alliance | Example News"_s, {}, {}, u"example news"_s), u"Russia AI alliance"_s);
    // A section label before a colon goes, unless a heading gives the title whole.
    EXPECT_EQ(PageMetadata::cleanedTitle(u"Outside the web: standalone WebAssembly binaries using Emscripten"_s),
        u"standalone WebAssembly binaries using Emscripten"_s);
    EXPECT_EQ(PageMetadata::cleanedTitle(u"Outside the web: standalone WebAssembly binaries"_s, {u"Outside the web: standalone WebAssembly binaries"_s}),
        u"Outside the web: standalone WebAssembly binaries"_s);
    // A title too short to say anything: the page's only <h1> says it.
    EXPECT_EQ(
        PageMetadata::cleanedTitle(u"Home"_s, {u"Storm floods the whole valley"_s}, {u"Storm floods the whole valley"_s}), u"Storm floods the whole valley"_s);
    EXPECT_EQ(PageMetadata::cleanedTitle(QString()), QString());
}

TEST(PageMetadata, jsonLd_comesFirst_evenInCdata_andItsNameOrHeadlineIsTheOneLikeTheTitle)
{
    PageMetadata page;
    page.setDocumentTitle(u"West Ham threatens the giants, Soucek easy to overlook | Aktualne.cz"_s);
    page.addMetaTag(u"og:title"_s, {}, u"An Open Graph title"_s);
    page.addMetaTag({}, u"author"_s, u"Meta Author"_s);
    page.addJsonLd(uR"(
        <![CDATA[
        {"@context": "https://schema.org", "@type": "NewsArticle", "name": "Aktualne.cz",
         "headline": "West Ham threatens the giants, Soucek easy to overlook",
         "author": [{"@type": "Person", "name": "Ales Vavra"}, "Jan Novak"],
         "datePublished": "2021-12-02T06:00:00+01:00", "publisher": {"@type": "Organization", "name": "Aktualne.cz"}}
        ]]>)"_s);
    const DocumentMetadata metadata = page.metadata();
    EXPECT_EQ(metadata.title, u"West Ham threatens the giants, Soucek easy to overlook"_s);
    EXPECT_EQ(metadata.byline, u"Ales Vavra, Jan Novak"_s);
    EXPECT_EQ(metadata.published, QDate(2021, 12, 2));
    EXPECT_EQ(metadata.outlet, u"Aktualne.cz"_s);

    // A site's breadcrumbs and its own description are not the article.
    PageMetadata notAnArticle;
    notAnArticle.addJsonLd(uR"([{"@type": "BreadcrumbList", "name": "Blog"}, {"@type": "Organization", "name": "GitLab"}])"_s);
    notAnArticle.addJsonLd(u"{\"@type\": \"NewsArticle\", "_s); // broken: ignored
    notAnArticle.setDocumentTitle(u"Three surprising findings from our survey"_s);
    EXPECT_EQ(notAnArticle.metadata().title, u"Three surprising findings from our survey"_s);
    EXPECT_TRUE(notAnArticle.metadata().outlet.isEmpty());
}

TEST(PageMetadata, metaTags_propertiesBeforeNames_laterBeforeEarlier_emptyNever)
{
    PageMetadata page;
    page.setDocumentTitle(u"Title Element of the page"_s);
    page.addMetaTag({}, u"DC.title"_s, u"Dublin Core name title"_s);
    page.addMetaTag(u"dc:title og:title"_s, {}, u"Dublin Core property title"_s);
    page.addMetaTag({}, u"dc.title"_s, u"A later name"_s);
    page.addMetaTag({}, u"DC.Creator"_s, u"Kooman, F."_s);
    page.addMetaTag({}, u"DC.Creator"_s, u"Jong, Michiel de"_s);
    page.addMetaTag({}, u"parsely-pub-date"_s, u"2024-04-20T04:20:00.000Z"_s);
    page.addMetaTag(u"og:site_name"_s, {}, u"   "_s);
    page.setVisibleByline(u"By Somebody Else"_s);
    const DocumentMetadata metadata = page.metadata();
    EXPECT_EQ(metadata.title, u"Dublin Core property title"_s);
    EXPECT_EQ(metadata.byline, u"Jong, Michiel de"_s);
    EXPECT_EQ(metadata.published, QDate(2024, 4, 20));
    EXPECT_TRUE(metadata.outlet.isEmpty());

    // What the page shows counts when nothing declares it; an address is no author.
    PageMetadata shown;
    shown.addMetaTag(u"article:author"_s, {}, u"https://example.org/staff/jane"_s);
    shown.setVisibleByline(u"By Jane   Doe"_s);
    shown.setTimeElement(u"2015-03-11T15:46:00-04:00"_s);
    EXPECT_EQ(shown.metadata().byline, u"By Jane Doe"_s);
    EXPECT_EQ(shown.metadata().published, QDate(2015, 3, 11));
}

TEST(PageMetadata, addressAndUpdate_fromTheCanonicalLink_openGraph_orJsonLd)
{
    PageMetadata page;
    page.addJsonLd(uR"({"@type": "NewsArticle", "url": "https://example.org/from-json-ld", "dateModified": "2019-01-04T08:00:00Z"})"_s);
    page.addMetaTag(u"og:url"_s, {}, u"https://example.org/from-open-graph"_s);
    page.setCanonicalLink(u"https://example.org/canonical"_s);
    EXPECT_EQ(page.metadata().url, u"https://example.org/canonical"_s);
    EXPECT_EQ(page.metadata().modified, QDate(2019, 1, 4));

    // A relative address says nothing without the page's own.
    PageMetadata relative;
    relative.setCanonicalLink(u"/news/quake"_s);
    relative.addMetaTag(u"article:modified_time"_s, {}, u"2020-02-03T10:00:00+01:00"_s);
    EXPECT_TRUE(relative.metadata().url.isEmpty());
    EXPECT_EQ(relative.metadata().modified, QDate(2020, 2, 3));
}

TEST(PageMetadata, similarity_isTheShareOfTheSecondTextsWordsInTheFirst)
{
    EXPECT_DOUBLE_EQ(PageMetadata::similarity(u"New Zealand"_s, u"New Zealand - Wikipedia"_s), 1.0 - 9.0 / 21.0);
    EXPECT_DOUBLE_EQ(PageMetadata::similarity(u"Quake kills 24"_s, u"quake KILLS 24"_s), 1.0);
    EXPECT_DOUBLE_EQ(PageMetadata::similarity(u"Aktualne.cz"_s, u"Storm floods valley"_s), 0.0);
    EXPECT_DOUBLE_EQ(PageMetadata::similarity(QString(), u"Anything"_s), 0.0);
}

TEST(PageMetadata, datelineDate_readsTheWaysPagesWriteADate_andNoSentence)
{
    const QList<std::pair<QString, QDate>> datelines = {
        {u"Published 3 July 2013"_s, QDate(2013, 7, 3)},
        {u"Wednesday 3 July 2013 06.22 BST"_s, QDate(2013, 7, 3)},
        {u"Updated: Jul. 3, 2013 6:22 a.m. ET"_s, QDate(2013, 7, 3)},
        {u"By Joshua Sokol May 20, 2019"_s, QDate(2019, 5, 20)},
        {u"Posted by kovarex on 2019-02-15, all posts"_s, QDate(2019, 2, 15)},
        {u"September 1st, 2016 at 10:14 am"_s, QDate(2016, 9, 1)},
        {u"12 SEPT 2021"_s, QDate(2021, 9, 12)},
    };
    for (const auto &[line, date] : datelines)
        EXPECT_EQ(PageMetadata::datelineDate(line), date) << qPrintable(line);
    for (const QString &none : {u"WASHINGTON, July 3 (Reuters) -"_s, // no year: not a date of its own
             u"31 February 2013"_s,
             u"Mayday 2013"_s,
             u"In the fall of 2017, the geophysicist Daniel Rothman, co-director of MIT's Lorenz Center, was preparing for a symposium on 3 July 2018 "
             u"that would change the way he thought"_s})
        EXPECT_FALSE(PageMetadata::datelineDate(none).isValid()) << qPrintable(none);

    // The last resort: a date the page states in its markup comes first.
    PageMetadata page;
    page.addDatelineCandidate(u"Home"_s);
    page.addDatelineCandidate(u"Published 3 July 2013"_s);
    page.addDatelineCandidate(u"Updated 5 July 2013"_s);
    EXPECT_EQ(page.metadata().published, QDate(2013, 7, 3));
    page.setTimeElement(u"2013-07-02T23:00:00Z"_s);
    EXPECT_EQ(page.metadata().published, QDate(2013, 7, 2));
}
