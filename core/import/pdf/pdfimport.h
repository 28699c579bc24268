// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/import/documentimporter.h>

#include <QByteArray>
#include <QString>

namespace Parallax
{

/**
 * Reads the text of a PDF with Poppler-Qt6: page by page, its lines joined back into
 * paragraphs (a word broken at a hyphen is joined, the hyphen kept), page numbers
 * left out, and typographic ligatures ("ﬁ") spelled out, so that the text compares
 * and searches like any other.
 *
 * A damaged file, one locked with a password, and one without a text layer (a scan)
 * each get a clear error.
 */
namespace PdfImport
{
ImportResult importPdf(const QString &path, const QByteArray &bytes);
/// The lines of one page's text joined into paragraphs, separated by blank lines.
QString reflow(const QString &pageText);
/// Keeps Poppler from reporting every oddity of a damaged file on stderr; the import
/// says what matters.
void silenceDiagnostics();
} // namespace PdfImport

} // namespace Parallax
