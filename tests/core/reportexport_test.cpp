// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// The report of a comparison (HTML) from the fixture library, through the exporter
// that the window and `parallax export` share.
#include <core/compare/comparison.h>
#include <core/exchange/exporter.h>

#include <QRegularExpression>

#include <gtest/gtest.h>
#include <tests/core/fixturelibrary.h>
#include <tests/storeassertions.h>

using ReportExportTest = FixtureLibrary;

namespace
{

QString reportOf(const Store &store, const ExportScope &scope)
{
    const Expected<QByteArray> exported = Exporter::exportBytes(store, ExportFormat::Html, scope, {}, {});
    EXPECT_TRUE(exported.has_value()) << qPrintable(exported.error().message);
    return exported ? QString::fromUtf8(*exported) : QString();
}

TextRange rangeIn(const QString &text, const QString &passage)
{
    const qsizetype start = text.indexOf(passage);
    EXPECT_GE(start, 0) << qPrintable(passage);
    return {start, start + passage.size()};
}

} // namespace

TEST_F(ReportExportTest, htmlReportOfAComparison_matchesTheGolden)
{
    expectGolden(u"report-comparison.html"_s, reportOf(m_store, ExportScope::comparison(m_articles.at(0), m_articles.at(1))));
}

TEST_F(ReportExportTest, htmlReport_putsEachSidesAnnotationsInItsMargin_andReviewsInTheClaimTable)
{
    const QString html = reportOf(m_store, ExportScope::comparison(m_articles.at(0), m_articles.at(1)));
    // The annotations are numbered per side in text order and marked where their passages end.
    for (const QString &label : {u"A1"_s, u"A2"_s, u"A3"_s, u"B1"_s})
        EXPECT_TRUE(html.contains(u"<sup class=\"ref\">%1</sup>"_s.arg(label))) << qPrintable(label);
    EXPECT_FALSE(html.contains(u"<sup class=\"ref\">A4</sup>"_s)) << "A has three annotations";
    // A margin note: its label, its quote, its note (escaped, line breaks kept), its tags.
    EXPECT_TRUE(html.contains(u"<b class=\"ref\">B1</b> <i>“Sberbank”</i><br>CEO: German Gref, &quot;quoted&quot;<br>on two lines<br>"
                              "<span class=\"tags\">#Economy/Banks_state-owned</span>"_s))
        << qPrintable(html);
    // The annotated passage is underlined inside its claim's color.
    EXPECT_TRUE(html.contains(u"<span class=\"annotated\">31st out of 83</span></span><sup class=\"ref\">A3</sup>"_s));
    EXPECT_TRUE(html.contains(u"<td>31st out of 83</td><td>31st out of 83</td><td>both: 31st of 83</td><td>confirmed: Both cite the Global AI Index</td>"_s))
        << "the claim's review is in its row";
}

TEST_F(ReportExportTest, htmlReport_listsConflictsAndOneSidedClaimsBeforeAgreements)
{
    const QString html = reportOf(m_store, ExportScope::comparison(m_articles.at(0), m_articles.at(1)));
    const QString table = html.mid(html.indexOf(u"<table class=\"claims\""_s));
    const qsizetype lastOnly = table.lastIndexOf(u"class=\"only\""_s);
    const qsizetype firstAgree = table.indexOf(u"class=\"agree\""_s);
    ASSERT_GE(lastOnly, 0) << "seed 001 says things 000 does not";
    ASSERT_GE(firstAgree, 0);
    EXPECT_LT(lastOnly, firstAgree);
    // The first row is claim 1, and the tooltip of its passage says so.
    EXPECT_TRUE(table.contains(u"<tr><td>1</td>"_s));
    EXPECT_TRUE(html.contains(u"title=\"#1 only in B: only B: "_s));
}

TEST_F(ReportExportTest, htmlReport_isSelfContainedAndPrintable)
{
    const QString html = reportOf(m_store, ExportScope::comparison(m_articles.at(0), m_articles.at(1)));
    EXPECT_TRUE(html.startsWith(u"<!DOCTYPE html>"_s));
    // Nothing is fetched: no scripts, style sheets, images or frames from anywhere.
    const QRegularExpression fetching(u"<script|<link|<img|<iframe|\\bsrc\\s*=|url\\("_s, QRegularExpression::CaseInsensitiveOption);
    EXPECT_FALSE(html.contains(fetching)) << qPrintable(fetching.match(html).captured());
    EXPECT_TRUE(html.contains(u"@media print"_s));
    EXPECT_TRUE(html.contains(u"print-color-adjust: exact"_s)) << "claim colors survive printing";
    EXPECT_TRUE(html.contains(u"thead { display: table-header-group; }"_s)) << "column heads repeat on every page";
}

TEST_F(ReportExportTest, theReportOfAnythingButAComparison_failsAndSaysWhy)
{
    for (const ExportScope &scope : {ExportScope::library(), ExportScope::article(m_articles.at(0)), ExportScope::tag(u"Economy"_s)}) {
        const Expected<QByteArray> exported = Exporter::exportBytes(m_store, ExportFormat::Html, scope, {}, {});
        EXPECT_FALSE(exported.has_value());
        EXPECT_TRUE(exported.error().message.startsWith(u"A report compares two articles"_s)) << qPrintable(exported.error().message);
    }
    const Expected<QByteArray> missing = Exporter::exportBytes(m_store, ExportFormat::Html, ExportScope::comparison(m_articles.at(0), 999), {}, {});
    EXPECT_FALSE(missing.has_value());
    EXPECT_FALSE(missing.error().message.isEmpty());
}

TEST_F(ReportExportTest, otherFormats_ofAComparison_takeTheAnnotationsOfBothArticles)
{
    const Expected<QByteArray> csv = Exporter::exportBytes(m_store, ExportFormat::Csv, ExportScope::comparison(m_articles.at(0), m_articles.at(1)), {}, {});
    ASSERT_TRUE(csv.has_value()) << qPrintable(csv.error().message);
    EXPECT_EQ(csv->count("\r\n"), 5) << "a header and the four annotations";
    const Expected<QByteArray> notes
        = Exporter::exportBytes(m_store, ExportFormat::Markdown, ExportScope::comparison(m_articles.at(1), m_articles.at(0)), {}, {});
    ASSERT_TRUE(notes.has_value());
    const QString markdown = QString::fromUtf8(*notes);
    EXPECT_LT(markdown.indexOf(u"> Sberbank"_s), markdown.indexOf(u"> 31st out of 83"_s)) << "the articles come in the order named";
}

TEST_F(ReportExportTest, htmlReport_honoursThePinsTheUserMadeForThePair)
{
    // Two sentences the aligner does not join by itself; the user pins them as matching.
    const TextRange opening = rangeIn(m_texts.at(0), u"Artificial intelligence development is becoming increasingly geopolitical"_s);
    const TextRange sanctions = rangeIn(m_texts.at(1), u"Western sanctions aimed at limiting Russia"_s);
    const auto joined = [&](const ComparisonResult &result) {
        return std::any_of(result.alignments.cbegin(), result.alignments.cend(), [&](const Alignment &alignment) {
            return alignment.a.contains(opening) && alignment.b.contains(sanctions);
        });
    };
    ASSERT_FALSE(joined(Comparator::compare(m_texts.at(0), m_texts.at(1)))) << "aligned without a pin: the test proves nothing";
    const QString unpinned = reportOf(m_store, ExportScope::comparison(m_articles.at(0), m_articles.at(1)));
    EXPECT_FALSE(unpinned.contains(u"pinned by hand"_s));

    ASSERT_TRUE(Testing::succeeded(m_store.setPins(m_articles.at(1), m_articles.at(0), {{sanctions, opening}})));
    const QString pinned = reportOf(m_store, ExportScope::comparison(m_articles.at(0), m_articles.at(1)));
    EXPECT_TRUE(pinned.contains(u"aligned passages (1 pinned by hand)"_s));
    EXPECT_NE(pinned, unpinned);
    // The PDF and `parallax export` take the same page; the window compares with the same pins.
    EXPECT_TRUE(joined(Comparator::compare(m_texts.at(0), m_texts.at(1), *m_store.pins(m_articles.at(0), m_articles.at(1)))));
}
