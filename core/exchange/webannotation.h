// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/exchange/annotationimport.h>
#include <core/exchange/exportscope.h>
#include <core/text/expected.h>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Parallax
{

/**
 * The W3C Web Annotation Data Model in JSON-LD (https://www.w3.org/TR/annotation-model/).
 *
 * Export writes an AnnotationCollection whose first page is embedded and whose further
 * pages follow in "@included" (JSON-LD 1.1), each linked by next/prev. An annotation
 * targets its article's file (file:// IRI) through a TextQuoteSelector and a
 * TextPositionSelector in code points; its tags are TextualBody with purpose
 * "tagging" ("Economy/GDP"), its note a TextualBody with purpose "commenting"
 * (text/markdown).
 *
 * Reading takes an Annotation, an AnnotationPage or such a collection, checks what the
 * model says an annotation MUST be, and rejects the whole file with a clear message
 * at the first violation: nothing of a bad file is imported.
 */
namespace WebAnnotation
{

struct ExportOptions {
    QString creatorName; ///< the person who made the annotations; empty: not said
    QDateTime generated; ///< when the export was made; invalid: now
    int pageSize = 100; ///< annotations per AnnotationPage
};

/// The collection of SCOPE's annotations; std::nullopt (with the store's error) if they
/// cannot be read.
StoreResult<QByteArray> exportCollection(const Store &store, const ExportScope &scope, const ExportOptions &options = {});

/// The annotations of DATA, or why it is not a valid Web Annotation document.
Expected<QList<ExchangedAnnotation>> read(const QByteArray &data);

/// The file IRI under which an export names the text from PATH.
QString sourceIri(const QString &path);

} // namespace WebAnnotation

} // namespace Parallax
