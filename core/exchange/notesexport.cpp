// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "notesexport.h"

#include "exportscope.h"

#include <core/text/codepoints.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

QString yamlString(const QString &text)
{
    return u'"' + QString(text).replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s) + u'"';
}

QString sourceOf(const Document &document)
{
    return document.path.isEmpty() ? QString() : QFileInfo(document.path).fileName();
}

// "— Jane Doe, *Title*, Outlet, 2024-05-01 (file.md)"
QString citation(const Document &document)
{
    QStringList parts;
    if (!document.metadata.byline.isEmpty())
        parts << document.metadata.byline;
    parts << u"*%1*"_s.arg(document.metadata.title.isEmpty() ? QCoreApplication::translate("Parallax::NotesExport", "Untitled") : document.metadata.title);
    if (!document.metadata.outlet.isEmpty())
        parts << document.metadata.outlet;
    if (document.metadata.published.isValid())
        parts << document.metadata.published.toString(Qt::ISODate);
    if (!document.metadata.url.isEmpty())
        parts << u"<%1>"_s.arg(document.metadata.url);
    QString line = u"— "_s + parts.join(u", "_s);
    if (!sourceOf(document).isEmpty())
        line += u" (%1)"_s.arg(sourceOf(document));
    return line;
}

QString blockquote(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = line.isEmpty() ? u">"_s : u"> "_s + line;
    return lines.join(u'\n');
}

} // namespace

QString NotesExport::reviewStateName(ClaimReview::State state)
{
    switch (state) {
    case ClaimReview::State::Unreviewed:
        return u"unreviewed"_s;
    case ClaimReview::State::Confirmed:
        return u"confirmed"_s;
    case ClaimReview::State::Dismissed:
        return u"dismissed"_s;
    case ClaimReview::State::Explained:
        return u"explained"_s;
    }
    return {};
}

namespace
{

QString reviewedDiscrepancies(const Store &store, const StoredArticle &article, const QString &heading)
{
    QString text;
    for (const ClaimReview &review : store.claimReviews(article.id).value_or({})) {
        if (review.state == ClaimReview::State::Unreviewed)
            continue;
        const auto other = store.article(review.articleB);
        text += u"- **%1** %2: “%3” here, “%4” in *%5*"_s.arg(NotesExport::reviewStateName(review.state),
            review.kind,
            review.a ? review.a->exact : QCoreApplication::translate("Parallax::NotesExport", "(nothing)"),
            review.b ? review.b->exact : QCoreApplication::translate("Parallax::NotesExport", "(nothing)"),
            other ? other->document.metadata.title : QCoreApplication::translate("Parallax::NotesExport", "an article no longer in the library"));
        if (!review.note.isEmpty())
            text += u" — "_s + QString(review.note).replace(u'\n', u' ');
        text += u'\n';
    }
    return text.isEmpty() ? QString() : u"\n%1 %2\n\n"_s.arg(heading, QCoreApplication::translate("Parallax::NotesExport", "Reviewed discrepancies")) + text;
}

} // namespace

QString NotesExport::obsidianTag(const QString &tagPath)
{
    static const QRegularExpression notInTags(u"[^\\p{L}\\p{N}_/-]+"_s);
    return u'#' + QString(tagPath).replace(notInTags, u"_"_s);
}

StoreResult<QString> NotesExport::markdown(const Store &store, const ExportScope &scope)
{
    const auto scoped = ScopedAnnotations::collect(store, scope);
    if (!scoped)
        return scoped.error();
    QString title;
    switch (scope.kind) {
    case ExportScope::Kind::Library:
        title = QCoreApplication::translate("Parallax::NotesExport", "Notes");
        break;
    case ExportScope::Kind::Article:
        title = scoped->articles.isEmpty()
            ? QCoreApplication::translate("Parallax::NotesExport", "Notes")
            : QCoreApplication::translate("Parallax::NotesExport", "Notes on %1").arg(scoped->articles.first().document.metadata.title);
        break;
    case ExportScope::Kind::Tag:
        title = QCoreApplication::translate("Parallax::NotesExport", "Notes tagged %1").arg(scope.tagPath);
        break;
    case ExportScope::Kind::Comparison:
        title = QCoreApplication::translate("Parallax::NotesExport", "Notes on %1 and %2")
                    .arg(scoped->articles.at(0).document.metadata.title, scoped->articles.at(1).document.metadata.title);
        break;
    }
    QStringList tags;
    for (const StoredArticle &article : scoped->articles) {
        for (const QString &path : scoped->articleTags.value(article.id)) {
            if (!tags.contains(path))
                tags << path;
        }
        for (const Annotation &annotation : scoped->byArticle.value(article.id)) {
            for (const QString &path : annotation.tagPaths) {
                if (!tags.contains(path))
                    tags << path;
            }
        }
    }
    std::sort(tags.begin(), tags.end());
    QString out = u"---\ntitle: %1\n"_s.arg(yamlString(title));
    if (scoped->articles.size() == 1) {
        const Document &document = scoped->articles.first().document;
        out += u"source: %1\n"_s.arg(yamlString(document.metadata.title));
        if (!document.metadata.byline.isEmpty())
            out += u"byline: %1\n"_s.arg(yamlString(document.metadata.byline));
        if (!document.metadata.outlet.isEmpty())
            out += u"outlet: %1\n"_s.arg(yamlString(document.metadata.outlet));
        if (document.metadata.published.isValid())
            out += u"published: %1\n"_s.arg(document.metadata.published.toString(Qt::ISODate));
        if (document.metadata.modified.isValid())
            out += u"modified: %1\n"_s.arg(document.metadata.modified.toString(Qt::ISODate));
        if (!document.metadata.url.isEmpty())
            out += u"url: %1\n"_s.arg(yamlString(document.metadata.url));
        if (!sourceOf(document).isEmpty())
            out += u"file: %1\n"_s.arg(yamlString(sourceOf(document)));
    }
    // Obsidian reads front-matter tags without the "#".
    out += u"tags:\n"_s;
    for (const QString &tag : std::as_const(tags))
        out += u"  - %1\n"_s.arg(obsidianTag(tag).mid(1));
    out += u"---\n\n# %1\n"_s.arg(title);

    // One article's notes are the document; several each get a section.
    const bool sections = scoped->articles.size() > 1 || scope.kind != ExportScope::Kind::Article;
    for (const StoredArticle &article : scoped->articles) {
        if (sections)
            out += u"\n## %1\n"_s.arg(article.document.metadata.title);
        if (scoped->articleTags.contains(article.id)) {
            QStringList line;
            for (const QString &path : scoped->articleTags.value(article.id))
                line << obsidianTag(path);
            out += u"\n%1 %2\n"_s.arg(QCoreApplication::translate("Parallax::NotesExport", "The article as a whole:"), line.join(u' '));
        }
        for (const Annotation &annotation : scoped->byArticle.value(article.id)) {
            out += u'\n' + blockquote(annotation.anchor.exact) + u'\n';
            if (annotation.orphaned)
                out += u"\n*%1*\n"_s.arg(
                    QCoreApplication::translate("Parallax::NotesExport", "This passage is no longer in the latest version of the article."));
            if (!annotation.note.isEmpty())
                out += u'\n' + annotation.note + u'\n';
            if (!annotation.tagPaths.isEmpty()) {
                QStringList line;
                for (const QString &path : annotation.tagPaths)
                    line << obsidianTag(path);
                out += u'\n' + line.join(u' ') + u'\n';
            }
            out += u'\n' + citation(article.document) + u'\n';
        }
        out += reviewedDiscrepancies(store, article, sections ? u"###"_s : u"##"_s);
    }
    return out;
}

QString CsvExport::record(const QStringList &fields)
{
    QStringList quoted;
    for (const QString &field : fields) {
        const bool needsQuotes = field.contains(u',') || field.contains(u'"') || field.contains(u'\n') || field.contains(u'\r');
        quoted << (needsQuotes ? u'"' + QString(field).replace(u'"', u"\"\""_s) + u'"' : field);
    }
    return quoted.join(u',') + u"\r\n"_s;
}

StoreResult<QString> CsvExport::annotations(const Store &store, const ExportScope &scope)
{
    const auto scoped = ScopedAnnotations::collect(store, scope);
    if (!scoped)
        return scoped.error();
    QString out = record(
        {u"id"_s, u"article_id"_s, u"article_title"_s, u"start"_s, u"end"_s, u"quote"_s, u"tags"_s, u"note"_s, u"orphaned"_s, u"created"_s, u"modified"_s});
    for (const StoredArticle &article : scoped->articles) {
        const CodePointMap codePoints(article.document.text);
        for (const Annotation &annotation : scoped->byArticle.value(article.id)) {
            out += record({QString::number(annotation.id),
                QString::number(article.id),
                article.document.metadata.title,
                QString::number(codePoints.toCodePoint(annotation.anchor.range.start)),
                QString::number(codePoints.toCodePoint(annotation.anchor.range.end)),
                annotation.anchor.exact,
                annotation.tagPaths.join(u"; "_s),
                annotation.note,
                annotation.orphaned ? u"yes"_s : u"no"_s,
                annotation.created.toUTC().toString(Qt::ISODateWithMs),
                annotation.modified.toUTC().toString(Qt::ISODateWithMs)});
        }
    }
    return out;
}

} // namespace Parallax
