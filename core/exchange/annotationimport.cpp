// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "annotationimport.h"

#include <core/import/documentimporter.h>
#include <core/text/codepoints.h>

#include <QObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

// "Economy / GDP/" → "Economy/GDP": the store's tag names are never empty.
QString cleanTagPath(const QString &path)
{
    QStringList names;
    for (const QString &name : path.split(u'/'))
        if (!name.trimmed().isEmpty())
            names.append(name.trimmed());
    return names.join(u'/');
}

QString shortQuote(const QString &exact)
{
    return exact.size() > 40 ? exact.left(39) + u'…' : exact;
}

} // namespace

AnnotationImporter::AnnotationImporter(Store &store, SourceLookup carriedSources)
    : m_store(store)
    , m_carriedSources(std::move(carriedSources))
{
}

StoreResult<AnnotationImportReport> AnnotationImporter::import(const QList<ExchangedTag> &tags, const QList<ExchangedAnnotation> &annotations)
{
    m_report = {};
    const StoreResult<void> saved = m_store.batch([&] {
        for (const ExchangedTag &tag : tags) {
            const int createdBefore = m_report.tags;
            const auto id = tagFor(tag.path);
            if (!id)
                return false;
            // A tag the user already has keeps its color and description.
            const bool created = m_report.tags > createdBefore;
            if (created && !tag.color.isEmpty() && !m_store.setTagColor(*id, tag.color))
                return false;
            if (created && !tag.description.isEmpty() && !m_store.setTagDescription(*id, tag.description))
                return false;
        }
        for (const ExchangedAnnotation &annotation : annotations) {
            if (!importOne(annotation))
                return false;
        }
        return true;
    });
    if (!saved)
        return saved.error();
    return m_report;
}

std::optional<qint64> AnnotationImporter::tagFor(const QString &path)
{
    const QString clean = cleanTagPath(path);
    if (clean.isEmpty())
        return std::nullopt;
    if (const auto existing = m_store.tagIdForPath(clean))
        return *existing;
    const QStringList names = clean.split(u'/');
    int missing = 0;
    for (qsizetype depth = 1; depth <= names.size(); ++depth)
        missing += m_store.tagIdForPath(names.first(depth).join(u'/')) ? 0 : 1;
    const StoreResult<qint64> created = m_store.ensureTagPath(clean);
    if (!created)
        return std::nullopt;
    m_report.tags += missing;
    return *created;
}

void AnnotationImporter::readTextsUnder(const ReadableFolder &folder, const ImportFormats &formats)
{
    m_readableTexts = folder;
    m_textFormats = formats;
}

std::optional<qint64> AnnotationImporter::articleFor(const QString &sourceIri, QString *why)
{
    const auto known = m_articles.constFind(sourceIri);
    if (known != m_articles.cend()) {
        if (!*known)
            *why = m_unreadable.value(sourceIri);
        return *known;
    }
    // Looking a path up in the library reads nothing from the disk.
    const QString path = ReadableFolder::localPath(sourceIri, m_readableTexts ? m_readableTexts->path() : QString());
    std::optional<qint64> id;
    const auto storedFrom = [&](const QString &file) {
        if (const StoreResult<qint64> stored = m_store.articleIdForPath(file))
            id = *stored;
    };
    if (!path.isEmpty())
        storedFrom(path);
    std::optional<Document> document;
    if (!id && m_carriedSources)
        document = m_carriedSources(sourceIri);
    // Resolved once: it looks at the disk (links, "..").
    const std::optional<QString> inside = m_readableTexts ? m_readableTexts->resolve(sourceIri) : std::nullopt;
    if (!id && !document && inside) {
        storedFrom(*inside);
        if (!id) {
            const ImportResult read = m_textFormats.importFile(*inside);
            if (read.has_value())
                document = read->document;
        }
    }
    if (!id && document) {
        const auto outcome = m_store.importDocument(*document);
        if (!outcome)
            return std::nullopt;
        id = outcome->articleId;
        if (outcome->kind != ImportOutcome::Kind::AlreadyStored)
            ++m_report.articles;
    }
    m_articles.insert(sourceIri, id);
    if (!id) {
        if (m_readableTexts && !path.isEmpty() && !inside)
            *why = AnnotationImporter::tr(
                "its text (%1) is not in the library and not in the folder of the annotation file, so it is not read: import the text first")
                       .arg(sourceIri);
        else if (m_readableTexts && !path.isEmpty())
            *why = AnnotationImporter::tr("its text (%1) is not in the library and could not be read").arg(sourceIri);
        else
            *why = AnnotationImporter::tr("its text (%1) is not in the library: import the text first").arg(sourceIri);
        m_unreadable.insert(sourceIri, *why);
    }
    return id;
}

// False only when the store failed; an annotation that cannot be placed is reported.
bool AnnotationImporter::importOne(const ExchangedAnnotation &exchanged)
{
    const QString what = exchanged.exact.isEmpty() ? AnnotationImporter::tr("An annotation") : AnnotationImporter::tr("“%1”").arg(shortQuote(exchanged.exact));
    QString why;
    const auto articleId = articleFor(exchanged.sourceIri, &why);
    if (!articleId) {
        if (why.isEmpty()) // only the library's failure to keep the text says nothing
            return false;
        m_report.skipped.append(AnnotationImporter::tr("%1: %2.").arg(what, why));
        return true;
    }
    if (exchanged.wholeSource)
        return tagWholeArticle(*articleId, exchanged);
    if (!m_texts.contains(*articleId)) {
        const auto article = m_store.article(*articleId);
        if (!article)
            return false;
        m_texts.insert(*articleId, article->document.text);
    }
    const QString &text = m_texts[*articleId];
    const CodePointMap codePoints(text);
    std::optional<TextRange> range;
    const bool positioned = exchanged.start && exchanged.end && *exchanged.start >= 0 && *exchanged.start < *exchanged.end;
    TextRange atPosition;
    if (positioned)
        atPosition = {codePoints.toUtf16(*exchanged.start), codePoints.toUtf16(*exchanged.end)};
    if (exchanged.exact.isEmpty()) {
        if (positioned && atPosition.end <= text.size())
            range = atPosition;
    } else if (const auto found = relocate({atPosition, exchanged.exact, exchanged.prefix, exchanged.suffix}, text)) {
        range = found->range;
    }
    if (!range || range->isEmpty()) {
        m_report.skipped.append(AnnotationImporter::tr("%1: its passage is not in the text of %2.").arg(what, exchanged.sourceIri));
        return true;
    }
    Annotation annotation;
    annotation.articleId = *articleId;
    annotation.anchor = TextAnchor::capture(text, *range);
    annotation.coder = exchanged.creator;
    annotation.note = exchanged.note;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    annotation.created = exchanged.created.isValid() ? exchanged.created : now;
    annotation.modified = exchanged.modified.isValid() ? exchanged.modified : annotation.created;
    for (const QString &path : exchanged.tagPaths) {
        const auto tagId = tagFor(path);
        if (!tagId) {
            if (cleanTagPath(path).isEmpty())
                continue; // a tag of only slashes and spaces names nothing
            return false;
        }
        if (!annotation.tagIds.contains(*tagId))
            annotation.tagIds.append(*tagId);
    }
    if (!m_store.insertAnnotation(annotation))
        return false;
    ++m_report.annotations;
    return true;
}

// The tags of an annotation on a whole text become the article's; Parallax keeps notes
// on passages only, so a note on the whole is reported.
bool AnnotationImporter::tagWholeArticle(qint64 articleId, const ExchangedAnnotation &exchanged)
{
    if (!exchanged.note.trimmed().isEmpty())
        m_report.skipped.append(AnnotationImporter::tr("A note on the whole of %1: Parallax keeps notes on passages.").arg(exchanged.sourceIri));
    const QList<qint64> before = m_store.articleTags(articleId).value_or({});
    for (const QString &path : exchanged.tagPaths) {
        const auto tagId = tagFor(path);
        if (!tagId) {
            if (cleanTagPath(path).isEmpty())
                continue;
            return false;
        }
        if (before.contains(*tagId))
            continue;
        if (!m_store.tagArticle(articleId, *tagId))
            return false;
        ++m_report.articleTags;
    }
    return true;
}

} // namespace Parallax
