// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/annotationimport.h>

#include <QString>

#include <variant>

namespace Parallax
{

/**
 * Imports the work of another tool from a file: W3C Web Annotation JSON-LD (.jsonld,
 * .json) or a REFI-QDA project (.qdpx). A file that cannot be read as its format is
 * rejected as a whole, with why, and the library is left as it was.
 */
namespace ExchangeImport
{
/// Whether PATH is, by its name, a file of a format this imports.
bool handles(const QString &path);
/// The report of what went in, or why nothing did.
std::variant<AnnotationImportReport, QString> importFile(Store &store, const QString &path);
/// REPORT in a few lines for the user.
QString summary(const AnnotationImportReport &report);
} // namespace ExchangeImport

} // namespace Parallax
