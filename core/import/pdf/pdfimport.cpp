// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "pdfimport.h"

#include <QFileInfo>

#include <poppler-qt6.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax::PdfImport
{

namespace
{

// A line shorter than this share of the page's longest line ends its paragraph.
constexpr double ParagraphEndRatio = 0.7;
// The share of the page's height at its head and at its foot where page numbers are.
constexpr double MarginShare = 0.15; // Qt prints its numbers at 86 % of the height
// Pages whose longest line is shorter than this are lists or titles: keep their lines.
constexpr qsizetype ShortestProseLine = 40;

bool startsListItem(QStringView line)
{
    return line.startsWith(u'•') || line.startsWith(u'◦') || line.startsWith(u"- ") || line.startsWith(u"* ");
}

// PDF fonts often set "fi", "fl" and friends as one glyph; compatibility
// decomposition spells just those out and leaves the rest of the text alone.
QString withoutLigatures(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0xFB00 && c <= 0xFB06) {
            const QString spelled = QString(QChar(c)).normalized(QString::NormalizationForm_KC);
            text.replace(i, 1, spelled);
            i += spelled.size() - 1;
        }
    }
    return text;
}

// The page's number, if a line of its own at its head or foot says it: not part of the text.
QString withoutPageNumbers(const QString &text, const Poppler::Page &page)
{
    const double height = page.pageSizeF().height();
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList();
    QStringList lines = text.split(u'\n');
    for (const auto &box : boxes) {
        const QRectF where = box->boundingBox();
        bool isNumber = false;
        box->text().toUInt(&isNumber);
        const bool inMargin = where.bottom() < height * MarginShare || where.top() > height * (1 - MarginShare);
        const bool alone = std::none_of(boxes.cbegin(), boxes.cend(), [&](const auto &other) {
            return other != box && other->boundingBox().top() < where.bottom() && where.top() < other->boundingBox().bottom();
        });
        if (!isNumber || !inMargin || !alone)
            continue;
        // The physical layout indents the number to where it stands on the page.
        const auto line = std::find_if(lines.begin(), lines.end(), [&](const QString &candidate) {
            return candidate.trimmed() == box->text();
        });
        if (line != lines.end())
            lines.erase(line);
    }
    return lines.join(u'\n');
}

} // namespace

QString reflow(const QString &pageText)
{
    QStringList lines = pageText.split(u'\n');
    for (QString &line : lines)
        line = line.trimmed();
    const qsizetype longest = std::max_element(lines.cbegin(), lines.cend(), [](const QString &x, const QString &y) {
        return x.size() < y.size();
    })->size();
    const bool prose = longest >= ShortestProseLine;

    QStringList paragraphs;
    QString paragraph;
    const auto endParagraph = [&] {
        if (!paragraph.isEmpty())
            paragraphs.append(paragraph);
        paragraph.clear();
    };
    for (const QString &line : std::as_const(lines)) {
        if (line.isEmpty() || startsListItem(line))
            endParagraph();
        if (line.isEmpty())
            continue;
        if (paragraph.isEmpty())
            paragraph = line;
        else if (paragraph.endsWith(u'-') && line.front().isLower())
            paragraph += line; // "cutting-" + "edge": which hyphens the typesetter added, a reader cannot tell
        else
            paragraph += u' ' + line;
        if (!prose || line.size() < qsizetype(double(longest) * ParagraphEndRatio))
            endParagraph();
    }
    endParagraph();
    return paragraphs.join(u"\n\n"_s);
}

ImportResult importPdf(const QString &path, const QByteArray &bytes)
{
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    // Locked first: Poppler crashes when asked for the pages of a locked document.
    if (pdf && pdf->isLocked())
        return ImportResult::failure(path, u"is protected by a password; save a copy without one from a PDF reader, then import that"_s);
    if (!pdf || pdf->numPages() < 1)
        return ImportResult::failure(path, u"is not a PDF that can be read: it is damaged, or not a PDF at all"_s);

    QStringList pages;
    for (int number = 0; number < pdf->numPages(); ++number) {
        const std::unique_ptr<Poppler::Page> page = pdf->page(number);
        const QString text = page ? reflow(withoutPageNumbers(page->text(QRectF()), *page)) : QString();
        if (!text.isEmpty())
            pages.append(text);
    }
    const QString text = withoutLigatures(pages.join(u"\n\n"_s)).normalized(QString::NormalizationForm_C);
    if (text.trimmed().isEmpty())
        return ImportResult::failure(path, u"has no text to read: it may be a scanned image, and Parallax does not recognize text in images"_s);

    Document document;
    document.path = path;
    document.metadata.title = pdf->info(u"Title"_s).trimmed();
    if (document.metadata.title.isEmpty())
        document.metadata.title = QFileInfo(path).completeBaseName();
    document.metadata.originalFileName = QFileInfo(path).fileName();
    document.text = text + u'\n';
    return ImportResult::success(std::move(document));
}

void silenceDiagnostics()
{
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) { }, QVariant());
}

} // namespace Parallax::PdfImport
