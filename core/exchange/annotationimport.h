// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/import/importformats.h>
#include <core/import/readablefolder.h>
#include <core/library/store.h>
#include <core/text/document.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Parallax
{

/// An annotation as an exchange format hands it over: a passage of a source, given by
/// quote and/or position (in code points, as every external format counts), with its
/// tags and note. The readers of W3C Web Annotation and REFI-QDA make these.
struct ExchangedAnnotation {
    QString sourceIri; ///< the text it is about: file:///…, or the format's own id
    QString exact; ///< the quote; empty when the format gave none
    QString prefix;
    QString suffix;
    std::optional<qsizetype> start; ///< code points
    std::optional<qsizetype> end;
    QStringList tagPaths; ///< "Economy/GDP"
    QString note;
    QDateTime created;
    QDateTime modified;
    QString creator; ///< who made it, by name; empty when the format says not
    bool wholeSource = false; ///< about the whole text: its tags tag the article
};

/// A tag as an exchange format describes it (REFI-QDA codes have colors).
struct ExchangedTag {
    QString path;
    QString color; ///< "#rrggbb", or empty
    QString description;
};

/// What an import did, for the user: counts and every annotation it left out, with why.
struct AnnotationImportReport {
    int annotations = 0;
    int articleTags = 0; ///< tags given to whole articles
    int articles = 0; ///< texts added to the library
    int tags = 0; ///< tags created
    QStringList skipped;
};

/**
 * Puts exchanged annotations into the library, all in one transaction: each source is
 * found in the library (by its file's path, or by its text), or given by the format (a
 * REFI-QDA archive carries its sources); each passage is placed by position when the
 * quote is there, else by the quote; tags are created along their paths. Annotations
 * whose source or passage cannot be found are left out and reported, not guessed.
 *
 * An annotation file is someone else's work: what it names is never read from the
 * disk, unless the user asked for the texts beside it (readTextsUnder()), and then only
 * files inside that folder.
 */
class AnnotationImporter final
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationImporter)

public:
    /// The text of a source the format itself carries, by its IRI.
    using SourceLookup = std::function<std::optional<Document>(const QString &sourceIri)>;

    explicit AnnotationImporter(Store &store, SourceLookup carriedSources = {});

    /// Also reads, into the library, the texts of sources that are files inside FOLDER
    /// (links resolved) in one of the FORMATS; relative references are taken from there too.
    void readTextsUnder(const ReadableFolder &folder, const ImportFormats &formats);

    /// What was imported, or why the library could not be written (then nothing was).
    StoreResult<AnnotationImportReport> import(const QList<ExchangedTag> &tags, const QList<ExchangedAnnotation> &annotations);

private:
    std::optional<qint64> articleFor(const QString &sourceIri, QString *why);
    std::optional<qint64> tagFor(const QString &path);
    bool importOne(const ExchangedAnnotation &exchanged);
    bool tagWholeArticle(qint64 articleId, const ExchangedAnnotation &exchanged);

    Store &m_store;
    SourceLookup m_carriedSources;
    std::optional<ReadableFolder> m_readableTexts;
    ImportFormats m_textFormats;
    AnnotationImportReport m_report;
    QHash<QString, std::optional<qint64>> m_articles; ///< by source IRI; nullopt: not found
    QHash<QString, QString> m_unreadable; ///< why a source IRI was not found
    QHash<qint64, QString> m_texts;
};

} // namespace Parallax
