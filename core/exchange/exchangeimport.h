// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/exchange/annotationimport.h>
#include <core/import/importformats.h>
#include <core/text/expected.h>

#include <QString>
#include <QStringList>

namespace Parallax
{

/**
 * Imports the work of another tool from a file: W3C Web Annotation JSON-LD (.jsonld,
 * .json) or a REFI-QDA project (.qdpx). A file that cannot be read as its format is
 * rejected as a whole, with why, and the library is left as it was.
 */
namespace ExchangeImport
{
/// Whether the texts a W3C file names may be read from its own folder: only when the
/// user asked. A REFI-QDA archive carries its texts and never reads the disk.
enum class TextReading {
    LibraryOnly, ///< a source not in the library is left out, and nothing is read
    FilesBesideTheAnnotations, ///< also files inside the annotation file's folder
};

/// Whether PATH is, by its name, a file of a format this imports.
bool handles(const QString &path);
/// The report of what went in, or why nothing did. FORMATS read the texts beside a W3C
/// file, when READING allows it.
Expected<AnnotationImportReport> importFile(Store &store, const QString &path, const ImportFormats &formats, TextReading reading = TextReading::LibraryOnly);
/// The files inside the folder of the W3C file at PATH that it names and that the
/// library does not have: what FilesBesideTheAnnotations would read, to ask the user.
QStringList textsBeside(const Store &store, const QString &path);
/// REPORT in a few lines for the user.
QString summary(const AnnotationImportReport &report);
} // namespace ExchangeImport

} // namespace Parallax
