// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QByteArray>
#include <QString>

namespace Parallax
{

/**
 * Prints the HTML of a report to PDF with Qt's own PDF writer: A4 landscape, the
 * report's title in the document information, page numbers at the foot of each page.
 * Laying out text needs a QGuiApplication (offscreen will do).
 */
namespace ReportPrinter
{
/// The exporter's Exporter::PdfPrinter: core cannot lay out text by itself.
QByteArray toPdf(const QString &html);
} // namespace ReportPrinter

} // namespace Parallax
