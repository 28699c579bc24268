// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/compare/comparison.h>
#include <core/import/corpus.h>
#include <core/import/htmltext.h>
#include <core/import/importformats.h>
#include <core/text/readerview.h>
#include <core/text/textsegmenter.h>

#include <QDate>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>
#include <tests/testfiles.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

const char *const SavedPage = R"(<!DOCTYPE html>
<html lang="en"><head>
<title>Russia AI alliance | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-12-11T10:00:00Z">
<script src="https://tracker.example/t.js">var tracked = "SCRIPT TEXT";</script>
<style>p { color: red }</style>
<link rel="stylesheet" href="https://cdn.example/site.css">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
  <h1>Putin   plans an AI  alliance</h1>
  <p>Russia ranks 31st out of 83 countries &amp; trails the U.S.<br>A second line.</p>
  <img src="https://images.example/putin.jpg" alt="Putin">
  <ul><li>Brazil joined</li><li>India joined</li></ul>
  <p>Leave a Reply</p>
  <p>Unclosed paragraph <b>bold
</article>
<footer>© 2024 Example News</footer>
</body></html>
)";

// TEXT without the lines marked as FURNITURE: the article as the page gave it.
QString withoutFurniture(const QString &text, const QList<TextRange> &furniture)
{
    QString article;
    qsizetype position = 0;
    for (const TextRange &range : furniture) {
        EXPECT_TRUE(range.start == 0 || text.at(range.start - 1) == u'\n') << "furniture starts a line";
        EXPECT_TRUE(range.end == text.size() || text.at(range.end - 1) == u'\n') << "furniture ends a line";
        article += QStringView(text).mid(position, range.start - position);
        position = range.end;
    }
    return article + QStringView(text).mid(position);
}

QString articleOf(const HtmlText &page)
{
    return withoutFurniture(page.text(), page.furniture());
}

} // namespace

TEST(HtmlImport, savedPage_keepsArticleTextAndMetadata)
{
    QTemporaryDir dir;
    const ImportResult result = ImportFormats().importFile(writeTestFile(dir, u"page.html"_s, SavedPage));
    ASSERT_TRUE(result.has_value()) << qPrintable(result.error().message);
    const Document &document = result->document;
    // The page's <title> without the site's name; its <h1> is the article's first line.
    EXPECT_EQ(document.metadata.title, u"Russia AI alliance"_s);
    EXPECT_EQ(document.metadata.outlet, u"Example News"_s);
    EXPECT_EQ(document.metadata.published, QDate(2024, 12, 11));
    EXPECT_EQ(document.metadata.language, u"en"_s);
    // The whole page is kept, its menu and footer marked as furniture.
    EXPECT_EQ(document.text,
        u"Home World\n\n"
        u"Putin plans an AI alliance\n\n"
        u"Russia ranks 31st out of 83 countries & trails the U.S.\n\nA second line.\n\n"
        u"• Brazil joined\n\n• India joined\n\n"
        u"Leave a Reply\n\n"
        u"Unclosed paragraph bold\n\n"
        u"© 2024 Example News\n"_s);
    ASSERT_EQ(document.furniture.size(), 2);
    EXPECT_EQ(document.text.mid(document.furniture.at(0).start, document.furniture.at(0).length()), u"Home World\n\n"_s);
    EXPECT_EQ(document.text.mid(document.furniture.at(1).start, document.furniture.at(1).length()), u"© 2024 Example News\n"_s);
    EXPECT_EQ(withoutFurniture(document.text, document.furniture),
        u"Putin plans an AI alliance\n\n"
        u"Russia ranks 31st out of 83 countries & trails the U.S.\n\nA second line.\n\n"
        u"• Brazil joined\n\n• India joined\n\n"
        u"Leave a Reply\n\n"
        u"Unclosed paragraph bold\n\n"_s);
    // A reader view leaves out the furniture and the junk inside the article alike.
    EXPECT_EQ(ReaderView(document).body(),
        u"Putin plans an AI alliance\n\n"
        u"Russia ranks 31st out of 83 countries & trails the U.S.\n\nA second line.\n\n"
        u"• Brazil joined\n\n• India joined\n\n"
        u"Unclosed paragraph bold"_s);
}

TEST(HtmlImport, savedPage_fetchesAndKeepsNothingExternal)
{
    QTemporaryDir dir;
    const ImportResult result = ImportFormats().importFile(writeTestFile(dir, u"page.htm"_s, SavedPage));
    ASSERT_TRUE(result.has_value());
    for (const QString &absent : {u"SCRIPT TEXT"_s, u"color: red"_s, u"https://"_s})
        EXPECT_FALSE(result->document.text.contains(absent)) << qPrintable(absent);
    const QString article = withoutFurniture(result->document.text, result->document.furniture);
    for (const QString &furniture : {u"Home"_s, u"©"_s})
        EXPECT_FALSE(article.contains(furniture)) << qPrintable(furniture);
}

TEST(HtmlImport, pageJunk_isMarkedAsInEveryFormat)
{
    QTemporaryDir dir;
    const ImportResult result = ImportFormats().importFile(writeTestFile(dir, u"page.html"_s, SavedPage));
    ASSERT_TRUE(result.has_value());
    const SegmentedText text = TextSegmenter::segment(result->document.text);
    const qsizetype junk = text.text.indexOf(u"Leave a Reply"_s);
    ASSERT_GE(junk, 0);
    EXPECT_TRUE(text.isBoilerplate({junk, junk + 13}));
    const qsizetype body = text.text.indexOf(u"Russia ranks"_s);
    EXPECT_FALSE(text.isBoilerplate({body, body + 12}));
}

TEST(HtmlImport, comparesWithAMarkdownArticle)
{
    QTemporaryDir dir;
    const ImportResult page = ImportFormats().importFile(writeTestFile(dir, u"page.html"_s, SavedPage));
    const ImportResult article = ImportFormats().importFile(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/003-putin-directs-russia.md"));
    ASSERT_TRUE(page.has_value() && article.has_value());
    const ComparisonResult result = Comparator::compare(page->document.text, article->document.text);
    const bool rankAgrees = std::any_of(result.claims.cbegin(), result.claims.cend(), [](const Claim &claim) {
        return claim.kind == FactKind::Rank && claim.status == ClaimStatus::Agree;
    });
    EXPECT_TRUE(rankAgrees);
}

TEST(HtmlImport, twoPagesOfOneStory_areComparedWithoutTheirFurniture)
{
    QString story;
    for (int i = 1; i <= 4; ++i)
        story += u"<p>Paragraph %1: rescuers, working through the night, searched the rubble of the mosque, the school and the market.</p>"_s.arg(i);
    const auto page = [&](const QString &teaser, const QString &toll) {
        return uR"(<html><body><nav><a href="/">Home</a> <a href="/w">World</a></nav><div class="related"><h3>Most read</h3><p><a href="/s">)"_s + teaser
            + u"</a></p></div><article><p>The quake killed "_s + toll + u" people on Tuesday.</p>"_s + story + u"</article></body></html>"_s;
    };
    QTemporaryDir dir;
    const ImportResult a = ImportFormats().importFile(writeTestFile(dir, u"a.html"_s, page(u"Storm kills 12 in Florida"_s, u"24"_s).toUtf8()));
    const ImportResult b = ImportFormats().importFile(writeTestFile(dir, u"b.html"_s, page(u"Storm kills 15 in Texas"_s, u"25"_s).toUtf8()));
    ASSERT_TRUE(a.has_value() && b.has_value());
    ASSERT_TRUE(a->document.text.contains(u"Storm kills 12"_s)) << "the page is kept whole";
    const ComparisonResult result = Comparator::compare(a->document, b->document);
    const auto inFurniture = [](const Document &document, const std::optional<Fact> &fact) {
        return fact && std::any_of(document.furniture.cbegin(), document.furniture.cend(), [&](const TextRange &range) {
            return range.overlaps(fact->range);
        });
    };
    for (const Claim &claim : result.claims) {
        EXPECT_FALSE(inFurniture(a->document, claim.a)) << qPrintable(claim.explanation);
        EXPECT_FALSE(inFurniture(b->document, claim.b)) << qPrintable(claim.explanation);
    }
    const auto conflicts = std::count_if(result.claims.cbegin(), result.claims.cend(), [](const Claim &claim) {
        return claim.status == ClaimStatus::Conflict;
    });
    EXPECT_EQ(conflicts, 1) << "the toll, and not the teasers' storms";
}

TEST(HtmlImport, pageWithoutText_isAnError)
{
    QTemporaryDir dir;
    const ImportResult result
        = ImportFormats().importFile(writeTestFile(dir, u"empty.html"_s, "<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>"));
    EXPECT_FALSE(result.has_value());
    EXPECT_EQ(result.error().message, u"empty.html is a web page without article text"_s);
}

TEST(HtmlImport, tagSoup_doesNotCrashAndKeepsText)
{
    QTemporaryDir dir;
    const ImportResult result
        = ImportFormats().importFile(writeTestFile(dir, u"soup.html"_s, "<p>One <i>two <b>three</i> four</b><p>five<table><td>six</table></div></span>"));
    ASSERT_TRUE(result.has_value()) << qPrintable(result.error().message);
    EXPECT_EQ(result->document.text, u"One two three four\n\nfive\n\nsix\n"_s);
}

TEST(HtmlImport, mathMl_isReadAsItsSymbols_withoutItsTeXAnnotation)
{
    QString story;
    for (int i = 1; i <= 4; ++i)
        story += u"<p>Paragraph %1 of the lesson: the teacher wrote the quadratic formula on the board and asked the class to solve it.</p>"_s.arg(i);
    const HtmlText parsed = HtmlText::parse(u"<html><body><article>"_s + story
        + uR"(<p>When <math><semantics><mrow><mi>a</mi><mo>≠</mo><mn>0</mn></mrow>)"
          uR"(<annotation encoding="application/x-tex">a 
eq 0</annotation></semantics></math>, there are two solutions.</p>)"
          uR"(</article></body></html>)"_s);
    const QString text = articleOf(parsed);
    EXPECT_TRUE(text.contains(u"When a≠0, there are two solutions."_s)) << qPrintable(text);
    EXPECT_FALSE(text.contains(u"\\neq"_s)) << "browsers do not show an annotation";
}

TEST(HtmlImport, hiddenBlocks_blocksNamedLikeFurniture_andBlocksOfLinks_areNotTheArticle)
{
    // Enough story to stand as an article without its furniture.
    QString story;
    for (int i = 1; i <= 6; ++i)
        story += u"<p>Paragraph %1 of the story: rescuers searched the rubble of the mosque through the night in the village.</p>"_s.arg(i);
    const QString page = u"<html><body><main>"_s + story
        + uR"(<div class="related-stories"><p>Floods close the coast road</p></div>)"
          uR"(<div id="comments"><p>First! Great article.</p></div>)"
          uR"(<div class="social-share"><p>Share on every network</p></div>)"
          uR"(<p hidden>A hidden paragraph</p><p style="display: none">An invisible one</p><p aria-hidden="true">And one for no reader</p>)"
          uR"(<div class="main-content related"><p>Kept: its name says it is content.</p></div>)"
          uR"(<ul><li><a href="/a">Markets close higher</a></li><li><a href="/b">Storm warning for the weekend</a></li></ul>)"
          uR"(<p><a href="/c">Read more: the mayor resigns</a></p>)"
          uR"(<p>Kept too: a sentence with <a href="/d">one link</a> in the middle of many more words of its own.</p>)"
          uR"(</main></body></html>)"_s;
    const HtmlText parsed = HtmlText::parse(page);
    const QString text = articleOf(parsed);
    EXPECT_TRUE(text.contains(u"Paragraph 6 of the story"_s)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"Kept: its name says it is content."_s)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"Kept too: a sentence with one link"_s)) << qPrintable(text);
    for (const QString &furniture : {u"Floods close"_s,
             u"First!"_s,
             u"Share on"_s,
             u"hidden paragraph"_s,
             u"invisible"_s,
             u"no reader"_s,
             u"Markets close"_s,
             u"Storm warning"_s,
             u"mayor resigns"_s})
        EXPECT_FALSE(text.contains(furniture)) << qPrintable(furniture);
    // The page keeps what it shows, furniture and all; what no reader sees it does not.
    for (const QString &shown : {u"Floods close"_s, u"First!"_s, u"Share on"_s, u"Markets close"_s, u"mayor resigns"_s})
        EXPECT_TRUE(parsed.text().contains(shown)) << qPrintable(shown);
    for (const QString &unseen : {u"hidden paragraph"_s, u"invisible"_s, u"no reader"_s})
        EXPECT_FALSE(parsed.text().contains(unseen)) << qPrintable(unseen);

    // A page whose article sits in a block named like furniture is read whole: better
    // some furniture than no article.
    const QString misnamed
        = HtmlText::parse(u"<html><body><div class=\"panel-two-col-sidebar-right\"><p>The only story on the page.</p></div></body></html>"_s).text();
    EXPECT_TRUE(misnamed.contains(u"The only story on the page."_s)) << qPrintable(misnamed);
}

TEST(HtmlImport, theArticle_isTheBlockItsParagraphsScoreFor_withTheProseBesideIt)
{
    // Nothing here is named like furniture: the paragraphs' length and commas single out
    // the story's block from the teasers around it, whatever the classes say.
    QString story;
    for (int i = 1; i <= 5; ++i)
        story
            += u"<p>Paragraph %1: rescuers, working through the night, searched the rubble of the mosque, the school and the market in the village.</p>"_s.arg(
                i);
    const QString page = uR"(<html><body><div class="top"><div class="box"><h3>Most read</h3>)"
                         uR"(<div class="box-item"><p>Markets close higher on hopes of a deal</p></div>)"
                         uR"(<div class="box-item"><p>A storm warning for the weekend</p></div></div>)"
                         uR"(<div class="col"><div class="inner">)"_s
        + story
        + uR"(</div><p>The search will resume at dawn, the governor said on Sunday, and the army will help.</p></div>)"
          uR"(<div class="box"><p>Advertisement</p><p>Subscribe for one dollar a week</p></div></div></body></html>)"_s;
    const QString text = articleOf(HtmlText::parse(page));
    EXPECT_TRUE(text.contains(u"Paragraph 1:"_s)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"Paragraph 5:"_s)) << qPrintable(text);
    EXPECT_TRUE(text.contains(u"The search will resume at dawn"_s)) << qPrintable(text);
    for (const QString &teaser : {u"Most read"_s, u"Markets close"_s, u"storm warning"_s, u"Subscribe"_s})
        EXPECT_FALSE(text.contains(teaser)) << qPrintable(teaser);

    // A sharing script's id on the story's own wrapper does not cost the story.
    const QString shared = articleOf(HtmlText::parse(u"<html><body><div id=\"gigya-share-btns-2_containerParent\">"_s + story
        + u"</div><div class=\"share-bar\"><p>Share this story</p></div></body></html>"_s));
    EXPECT_TRUE(shared.contains(u"Paragraph 5:"_s)) << qPrintable(shared);
    EXPECT_FALSE(shared.contains(u"Share this story"_s)) << qPrintable(shared);

    // Nor does a layout that names the story's column a sidebar.
    const QString misnamed = articleOf(HtmlText::parse(u"<html><body><div class=\"panel-two-col-sidebar-right\"><div class=\"inner\">"_s + story
        + u"</div></div><div class=\"footer\"><p>Copyright, all rights reserved, 2024, The Daily Coast.</p></div></body></html>"_s));
    EXPECT_TRUE(misnamed.contains(u"Paragraph 5:"_s)) << qPrintable(misnamed);
}

TEST(HtmlImport, hostilePages_giveAResultOrAClearMessage)
{
    QTemporaryDir dir;
    // As deep as a page may nest: every walk of the tree goes down and comes back.
    const QByteArray deep = "<html><body>" + QByteArray("<div>").repeated(HtmlText::MaximumNesting - 10)
        + "<p>Rescuers searched the rubble of the mosque through the night, officials said on Tuesday.</p>"
        + QByteArray("</div>").repeated(HtmlText::MaximumNesting - 10) + "</body></html>";
    const ImportResult nested = ImportFormats().importFile(writeTestFile(dir, u"deep.html"_s, deep));
    ASSERT_TRUE(nested.has_value()) << qPrintable(nested.error().message);
    EXPECT_TRUE(nested->document.text.contains(u"Rescuers searched the rubble"_s));

    const ImportResult scripts = ImportFormats().importFile(writeTestFile(
        dir, u"scripts.html"_s, "<html><head><script>var a = 1;</script></head><body><script>document.write('x')</script><noscript></noscript></body></html>"));
    EXPECT_FALSE(scripts.has_value());
    EXPECT_EQ(scripts.error().message, u"scripts.html is a web page without article text"_s);

    const ImportResult malformed = ImportFormats().importFile(writeTestFile(dir,
        u"malformed.html"_s,
        "<html><body></p><div class=story><p>An unclosed paragraph <b>bold <i>both</b> italic<p>The second one</td></tr><table><tr><td>cell"
        "</div></span><<<>>> & &amp &#xZZ; <a href=x>link"));
    ASSERT_TRUE(malformed.has_value()) << qPrintable(malformed.error().message);
    EXPECT_TRUE(malformed->document.text.contains(u"An unclosed paragraph bold both italic"_s)) << qPrintable(malformed->document.text);

    // Some megabytes of paragraphs: read whole, the article found among them.
    QByteArray large = "<html><body><div class=\"menu\"><a href=\"/\">Home</a></div><div class=\"story\">";
    for (int i = 0; i < 20000; ++i)
        large += "<p>Paragraph " + QByteArray::number(i) + ": rescuers searched the rubble of the mosque, the school and the market through the night.</p>\n";
    const ImportResult huge = ImportFormats().importFile(writeTestFile(dir, u"large.html"_s, large + "</div></body></html>"));
    ASSERT_TRUE(huge.has_value()) << qPrintable(huge.error().message);
    EXPECT_TRUE(huge->document.text.startsWith(u"Home\n\nParagraph 0:"_s));
    EXPECT_EQ(huge->document.furniture, (QList<TextRange> {{0, 6}})) << "the menu, not the story";
    EXPECT_TRUE(huge->document.text.contains(u"Paragraph 19999:"_s));
}

TEST(HtmlImport, metadata_fromJsonLd_metaTags_andThePage)
{
    const HtmlText fromJsonLd = HtmlText::parse(uR"(<html><head><title>Quake kills 24 | Daily Coast</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Not this"},
  {"@type": "NewsArticle", "headline": "Quake kills 24", "datePublished": "2013-07-03T06:22:00Z",
   "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}],
   "publisher": {"@type": "Organization", "name": "Daily Coast"}}]}</script>
</head><body><p>A quake killed 24 people.</p></body></html>)"_s);
    EXPECT_EQ(fromJsonLd.metadata().byline, u"Jane Doe, John Roe"_s);
    EXPECT_EQ(fromJsonLd.metadata().published, QDate(2013, 7, 3));
    EXPECT_EQ(fromJsonLd.metadata().outlet, u"Daily Coast"_s);
    // The page's title, without the site's name after a separator.
    EXPECT_EQ(fromJsonLd.metadata().title, u"Quake kills 24"_s);

    const HtmlText fromThePage = HtmlText::parse(uR"(<html><head><title>How we built it - an async task framework</title>
<meta property="article:author" content="https://example.org/staff/jane"></head>
<body><h1>Engineering blog</h1><p class="byline">By Jane Doe</p><p>We built it in a week.</p></body></html>)"_s);
    // A title whose tail is not the site's name stays whole; an address is no author.
    EXPECT_EQ(fromThePage.metadata().title, u"How we built it - an async task framework"_s);
    EXPECT_EQ(fromThePage.metadata().byline, u"By Jane Doe"_s);

    // A login box is no byline; an author's name is often a link, and the name the page
    // marks (itemprop="name") is the byline without its "by".
    const HtmlText linked = HtmlText::parse(uR"(<html><body><div id="authorization"><a href="/signin">Sign In</a> | <a href="/up">Sign Up</a></div>
<div class="authorInfo"><span>por </span><a rel="author" href="/perfiles/cs"><span itemprop="name">César Salza</span></a></div>
<p>Twitter Lite llega a México y Venezuela.</p></body></html>)"_s);
    EXPECT_EQ(linked.metadata().byline, u"César Salza"_s);

    // A page that states its date only in the text: the dateline under the byline, which
    // the page set apart from the article, not a date in the story nor today's date in
    // the masthead.
    QString story;
    for (int i = 1; i <= 5; ++i)
        story += u"<p>Paragraph %1: on 1 May 2012, rescuers, working through the night, searched the rubble of the mosque and the school.</p>"_s.arg(i);
    const HtmlText dated = HtmlText::parse(u"<html><body><div class=\"masthead\">Tuesday 2 December 2026</div><ul class=\"menu\"><li><a href=\"/\">Home</a>"
                                           u"</li><li><a href=\"/w\">World</a></li><li><a href=\"/s\">Sport</a></li></ul><div class=\"meta\">By Jane Doe"
                                           u"<br>Published 3 July 2013</div><div class=\"story\">"_s
        + story + u"</div></body></html>"_s);
    EXPECT_EQ(dated.metadata().published, QDate(2013, 7, 3));

    // Broken JSON-LD is ignored, not fatal.
    const HtmlText broken
        = HtmlText::parse(u"<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script></head><body><p>Text.</p></body></html>"_s);
    EXPECT_TRUE(broken.metadata().byline.isEmpty());
    EXPECT_TRUE(broken.text().contains(u"Text."_s));
}
