// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// PDF import through Poppler, on PDFs that Qt's own PDF writer makes from the seeds
// and from a comparison report, and on PDFs that cannot be read.
#include <core/compare/comparison.h>
#include <core/exchange/comparisonreport.h>
#include <core/import/corpus.h>
#include <core/import/importformats.h>
#include <core/import/pdf/pdfimport.h>
#include <ui/reportprinter.h>

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <poppler-qt6.h>
#include <tests/qstringprinter.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

const QList<Document> &seeds()
{
    static const QList<Document> corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
    return corpus;
}

// The words of TEXT, with the bullets and spacing a layout may change left out.
QStringList wordsOf(const QString &text)
{
    QString plain = text;
    plain.remove(u'•');
    return plain.simplified().split(u' ', Qt::SkipEmptyParts);
}

// DOCUMENT printed as a PDF: its title in the PDF's information, its paragraphs as paragraphs.
QByteArray printed(const Document &document)
{
    QString body;
    for (const QString &paragraph : document.text.split(u"\n\n"_s, Qt::SkipEmptyParts))
        body += u"<p>%1</p>"_s.arg(paragraph.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    return ReportPrinter::toPdf(u"<html><head><title>%1</title></head><body>%2</body></html>"_s.arg(document.metadata.title.toHtmlEscaped(), body));
}

class PdfImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        PdfImport::silenceDiagnostics();
        m_formats.setReader(ImportFormats::Pdf, &PdfImport::importPdf);
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
    ImportFormats m_formats;
};

} // namespace

TEST_F(PdfImportTest, aPrintedSeed_importsWithItsTitleAndEveryWordInOrder)
{
    for (const Document &seed : seeds()) {
        const ImportResult imported = m_formats.importFile(write(u"seed.pdf"_s, printed(seed)));
        ASSERT_TRUE(imported.has_value()) << qPrintable(imported.error().message);
        EXPECT_EQ(imported->document.metadata.title, seed.metadata.title);
        EXPECT_EQ(imported->document.metadata.originalFileName, u"seed.pdf"_s);
        const QStringList read = wordsOf(imported->document.text);
        const QStringList written = wordsOf(seed.text);
        const auto differ = std::mismatch(read.cbegin(), read.cend(), written.cbegin(), written.cend());
        EXPECT_TRUE(differ.first == read.cend() && differ.second == written.cend())
            << qPrintable(seed.path) << ": word " << (differ.first - read.cbegin()) << " reads "
            << qPrintable(read.mid(differ.first - read.cbegin(), 6).join(u' ')) << " where it was "
            << qPrintable(written.mid(differ.second - written.cbegin(), 6).join(u' '));
    }
}

TEST_F(PdfImportTest, aPrintedSeed_keepsItsParagraphs_andComparesLikeTheOriginal)
{
    const Document &seed = seeds().at(1);
    const ImportResult imported = m_formats.importFile(write(u"seed.pdf"_s, printed(seed)));
    ASSERT_TRUE(imported.has_value()) << qPrintable(imported.error().message);
    const qsizetype paragraphs = seed.text.split(u"\n\n"_s, Qt::SkipEmptyParts).size();
    EXPECT_GE(imported->document.text.count(u"\n\n"_s) + 1, paragraphs * 8 / 10) << "lines are joined into paragraphs, not all into one";
    // The claims found in the PDF's text are those found in the original.
    const ComparisonResult fromPdf = Comparator::compare(seeds().at(0).text, imported->document.text);
    const ComparisonResult fromText = Comparator::compare(seeds().at(0).text, seed.text);
    EXPECT_EQ(fromPdf.claims.size(), fromText.claims.size());
}

TEST_F(PdfImportTest, theComparisonReportAsPdf_readsBackWithBothTitlesAndTheClaimTable)
{
    const ComparisonResult result = Comparator::compare(seeds().at(0).text, seeds().at(1).text);
    const QByteArray pdf = ReportPrinter::toPdf(ComparisonReport(seeds().at(0), seeds().at(1), result).toHtml());
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    const ImportResult imported = PdfImport::importPdf(u"report.pdf"_s, pdf);
    ASSERT_TRUE(imported.has_value()) << qPrintable(imported.error().message);
    const QString text = imported->document.text.simplified();
    EXPECT_TRUE(text.contains(u"Russia plans to join China"_s));
    EXPECT_TRUE(text.contains(u"Russia collaborates with BRICS"_s));
    EXPECT_TRUE(text.contains(u"Claims"_s));
    EXPECT_TRUE(text.contains(u"both: 31st of 83"_s));
    EXPECT_TRUE(imported->document.metadata.title.startsWith(u"Parallax: "_s));
}

TEST_F(PdfImportTest, aPdfFromAnotherProducer_readsItsInformationTitleAndText)
{
    // Hand-written, uncompressed, with a Type 1 font: not what Qt writes.
    const ImportResult imported = m_formats.importFile(QStringLiteral(PARALLAX_SOURCE_DIR "/tests/fuzz/seeds/pdf/council-budget.pdf"));
    ASSERT_TRUE(imported.has_value()) << qPrintable(imported.error().message);
    EXPECT_EQ(imported->document.metadata.title, u"Council budget"_s);
    EXPECT_EQ(
        imported->document.text, u"The council approved 12 new schools on Monday, the mayor said. The budget rose by 3.5 percent to $1.9 billion in 2025.\n"_s);
}

TEST_F(PdfImportTest, badPdfs_areRefusedWithAReason)
{
    const QByteArray good = printed(seeds().at(0));
    const ImportResult truncated = m_formats.importFile(write(u"truncated.pdf"_s, good.left(300)));
    ASSERT_FALSE(truncated.has_value());
    EXPECT_EQ(truncated.error().message, u"truncated.pdf is not a PDF that can be read: it is damaged, or not a PDF at all"_s);

    const ImportResult text = m_formats.importFile(write(u"letter.pdf"_s, "Dear editor, this is not a PDF.\n"));
    ASSERT_FALSE(text.has_value());
    EXPECT_TRUE(text.error().message.contains(u"not a PDF at all"_s));

    // A page that is only a picture, as a scanner makes it.
    QByteArray scan;
    {
        QImage picture(400, 300, QImage::Format_RGB32);
        picture.fill(Qt::white);
        QPainter(&picture).drawText(20, 40, u"Scanned text is pixels"_s);
        QBuffer buffer(&scan);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawImage(QRect(0, 0, 4000, 3000), picture);
    }
    const ImportResult scanned = m_formats.importFile(write(u"scan.pdf"_s, scan));
    ASSERT_FALSE(scanned.has_value());
    EXPECT_TRUE(scanned.error().message.contains(u"has no text to read: it may be a scanned image"_s)) << qPrintable(scanned.error().message);
}

TEST_F(PdfImportTest, aPdfLockedWithAPassword_isRefusedWithWhatToDo)
{
    // Made by tests/data/pdf/make_locked_pdf.py: RC4 40-bit, user password "letmein".
    const QString path = QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/pdf/locked.pdf");
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    // A sound encrypted PDF: with its password, Poppler reads its title and text.
    const std::unique_ptr<Poppler::Document> unlocked = Poppler::Document::loadFromData(bytes, {}, "letmein");
    ASSERT_TRUE(unlocked);
    ASSERT_FALSE(unlocked->isLocked());
    EXPECT_EQ(unlocked->info(u"Title"_s), u"Locked report"_s);
    ASSERT_EQ(unlocked->numPages(), 1);
    const std::unique_ptr<Poppler::Page> page = unlocked->page(0);
    ASSERT_TRUE(page);
    EXPECT_EQ(page->text(QRectF()).trimmed(), u"This text is behind a password."_s);

    const ImportResult imported = m_formats.importFile(path);
    ASSERT_FALSE(imported.has_value());
    EXPECT_EQ(imported.error().message, u"locked.pdf is protected by a password; save a copy without one from a PDF reader, then import that"_s);
}

TEST(PdfReflow, joinsLinesIntoParagraphs_andWordsBrokenAtAHyphen_andKeepsListItems)
{
    const QString page = u"The council approved the budget on Monday after a long cutting-\n"
                         "edge phase that took most of the year and cost more than planned.\n"
                         "It passed by nine votes.\n"
                         "• Schools get 12 million\n"
                         "• Roads get 3 million\n"_s;
    EXPECT_EQ(PdfImport::reflow(page),
        u"The council approved the budget on Monday after a long cutting-edge phase that took most of the year and cost more than planned. "
        "It passed by nine votes.\n\n• Schools get 12 million\n\n• Roads get 3 million"_s);
    EXPECT_EQ(PdfImport::reflow(u"Title\nBy Ada\n"_s), u"Title\n\nBy Ada"_s) << "short lines are not prose: each stays apart";
    EXPECT_EQ(PdfImport::reflow(QString()), QString());
}
