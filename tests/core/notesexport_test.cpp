// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// Markdown notes and CSV of a fixture library, against golden files in
// tests/data/exports/ (PARALLAX_UPDATE_GOLDEN=1 rewrites them; review the diff).
#include <core/exchange/notesexport.h>
#include <core/import/corpus.h>
#include <core/library/store.h>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <tests/core/fixturelibrary.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

using NotesExportTest = FixtureLibrary;

TEST_F(NotesExportTest, markdownOfAnArticle_matchesTheGolden)
{
    expectGolden(u"notes-article.md"_s, NotesExport::markdown(m_store, ExportScope::article(m_articles.at(0))));
}

TEST_F(NotesExportTest, markdownOfATag_takesItsSubtags_acrossArticles)
{
    const auto notes = NotesExport::markdown(m_store, ExportScope::tag(u"Economy"_s));
    expectGolden(u"notes-tag-economy.md"_s, notes);
    ASSERT_TRUE(notes);
    EXPECT_TRUE(notes->contains(u"> 31st out of 83"_s));
    EXPECT_TRUE(notes->contains(u"> Sberbank"_s));
    EXPECT_FALSE(notes->contains(u"> Vladimir Putin"_s));
}

TEST_F(NotesExportTest, markdown_isInTextOrder_withObsidianTags)
{
    const auto notes = NotesExport::markdown(m_store, ExportScope::library());
    ASSERT_TRUE(notes);
    EXPECT_LT(notes->indexOf(u"> Artificial intelligence development"_s), notes->indexOf(u"> Vladimir Putin"_s));
    EXPECT_LT(notes->indexOf(u"> Vladimir Putin"_s), notes->indexOf(u"> 31st out of 83"_s));
    EXPECT_TRUE(notes->contains(u"#Economy/Rankings #Checked"_s) || notes->contains(u"#Checked #Economy/Rankings"_s));
    EXPECT_TRUE(notes->contains(u"#Economy/Banks_state-owned"_s));
    EXPECT_TRUE(notes->startsWith(u"---\ntitle: \"Notes\"\n"_s));
    EXPECT_TRUE(notes->contains(u"**confirmed** rank: “31st out of 83” here"_s));
    EXPECT_EQ(NotesExport::obsidianTag(u"Economy/Gross product"_s), u"#Economy/Gross_product"_s);
}

TEST_F(NotesExportTest, markdown_namesTheTagsOfWholeArticles_inTheirSectionAndTheFrontMatter)
{
    const auto notes = NotesExport::markdown(m_store, ExportScope::library());
    ASSERT_TRUE(notes);
    const qsizetype section = notes->indexOf(u"## Russia collaborates with BRICS"_s);
    ASSERT_GE(section, 0);
    EXPECT_EQ(notes->indexOf(u"The article as a whole: #Sources/Trade_press"_s), notes->indexOf(u'\n', section) + 2) << qPrintable(*notes);
    EXPECT_TRUE(notes->contains(u"tags:\n"_s) && notes->contains(u"  - Sources/Trade_press\n"_s));
    // A tag's scope takes the articles tagged with it as a whole, even without annotations.
    const auto sources = NotesExport::markdown(m_store, ExportScope::tag(u"Sources"_s));
    ASSERT_TRUE(sources);
    EXPECT_TRUE(sources->contains(u"## Russia collaborates with BRICS"_s));
    EXPECT_FALSE(sources->contains(u"## Russia plans to join China"_s));
    EXPECT_FALSE(sources->contains(u"> Sberbank"_s)) << "its passages are not tagged Sources";
}

TEST_F(NotesExportTest, citation_namesTheAuthorAndTheAddress)
{
    Document page;
    page.path = u"/saved/quake.html"_s;
    page.text = u"A quake killed 24 people in the north on Tuesday.\n"_s;
    page.metadata.title = u"Quake kills 24"_s;
    page.metadata.byline = u"Jane Doe"_s;
    page.metadata.outlet = u"Daily Coast"_s;
    page.metadata.published = QDate(2013, 7, 3);
    page.metadata.modified = QDate(2013, 7, 4);
    page.metadata.url = u"https://dailycoast.example/quake"_s;
    const auto imported = m_store.importDocument(page);
    ASSERT_TRUE(imported);
    ASSERT_TRUE(m_store.addAnnotation(imported->articleId, {2, 7}, {}, u"the toll"_s));
    const auto notes = NotesExport::markdown(m_store, ExportScope::article(imported->articleId));
    ASSERT_TRUE(notes);
    EXPECT_TRUE(notes->contains(u"— Jane Doe, *Quake kills 24*, Daily Coast, 2013-07-03, <https://dailycoast.example/quake> (quake.html)"_s))
        << qPrintable(*notes);
    EXPECT_TRUE(notes->contains(u"byline: \"Jane Doe\"\n"_s)) << qPrintable(*notes);
    EXPECT_TRUE(notes->contains(u"modified: 2013-07-04\n"_s)) << qPrintable(*notes);
    EXPECT_TRUE(notes->contains(u"url: \"https://dailycoast.example/quake\"\n"_s)) << qPrintable(*notes);
}

TEST_F(NotesExportTest, csvOfAnnotations_matchesTheGolden_andQuotesPerRfc4180)
{
    const auto csv = CsvExport::annotations(m_store, ExportScope::library());
    expectGolden(u"annotations.csv"_s, csv);
    ASSERT_TRUE(csv);
    EXPECT_TRUE(csv->startsWith(u"id,article_id,article_title,start,end,quote,tags,note,orphaned,created,modified\r\n"_s));
    EXPECT_TRUE(csv->contains(u"\"CEO: German Gref, \"\"quoted\"\"\non two lines\""_s));
    EXPECT_EQ(CsvExport::record({u"a"_s, u"b,c"_s, u"d\"e"_s, QString()}), u"a,\"b,c\",\"d\"\"e\",\r\n"_s);
}
