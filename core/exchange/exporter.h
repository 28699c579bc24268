// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/exchange/exportscope.h>
#include <core/text/expected.h>

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Parallax
{

/// The formats annotated work is exported in, the same from the window and the command
/// line. HTML and PDF are the report of a comparison; the others take any scope.
enum class ExportFormat { Markdown, Html, Pdf, Csv, WebAnnotation, RefiQda };

namespace Exporter
{
QList<ExportFormat> formats();
/// The command-line name of FORMAT: md, html, pdf, csv, w3c, qdpx.
QString formatName(ExportFormat format);
std::optional<ExportFormat> formatNamed(const QString &name);
/// The file name suffix an export of FORMAT gets: md, html, pdf, csv, jsonld, qdpx.
QString suffix(ExportFormat format);
/// Whether FORMAT is the report of a comparison, whose scope is two articles
/// (ExportScope::comparison).
bool isComparisonReport(ExportFormat format);

/// Lays out the HTML of a report as PDF. Laying out text takes Qt GUI, which core
/// does not link; the part that has it hands its printer in (see ReportPrinter).
using PdfPrinter = std::function<QByteArray(const QString &html)>;

/// SCOPE's annotations in FORMAT; CREATOR names who made them (W3C and REFI-QDA say it).
/// PDF_PRINTER lays out a PDF report; without one, a PDF is refused with the reason.
/// Fails with the store's error when the library cannot be read, and when a report
/// of a comparison is asked of a scope that is not one.
Expected<QByteArray> exportBytes(const Store &store, ExportFormat format, const ExportScope &scope, const QString &creator, const PdfPrinter &pdfPrinter);
/// Who an export names as the annotations' creator when not told: the login name.
QString defaultCreator();
/// Writes BYTES to PATH all or nothing: a failed write leaves no half file, and an
/// earlier file stays.
Expected<void> writeFile(const QString &path, const QByteArray &bytes);
} // namespace Exporter

} // namespace Parallax
