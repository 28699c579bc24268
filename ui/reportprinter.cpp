// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "reportprinter.h"

#include <core/exchange/exporter.h>

#include <QBuffer>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Parallax::ReportPrinter
{

QByteArray toPdf(const QString &html)
{
    QTextDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(8.5); // four columns on a landscape page: text must be small to fit
    document.setDefaultFont(font);
    document.setHtml(html);

    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    QPdfWriter writer(&pdf);
    writer.setTitle(document.metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(u"Parallax"_s);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
    // Without a page size of its own, the document is paginated to the writer's pages
    // and numbered at the foot of each.
    document.print(&writer);
    return pdf.data();
}

} // namespace Parallax::ReportPrinter
