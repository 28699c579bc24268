// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "exportscope.h"

#include <QSet>

#include <algorithm>

namespace Parallax
{

namespace
{

bool isUnder(const QString &path, const QString &tagPath)
{
    return path == tagPath || path.startsWith(tagPath + u'/');
}

bool underTag(const Annotation &annotation, const QString &tagPath)
{
    return std::any_of(annotation.tagPaths.cbegin(), annotation.tagPaths.cend(), [&](const QString &path) {
        return isUnder(path, tagPath);
    });
}

} // namespace

StoreResult<ScopedAnnotations> ScopedAnnotations::collect(const Store &store, const ExportScope &scope)
{
    ScopedAnnotations scoped;
    QList<Annotation> annotations;
    QList<qint64> order;
    QList<std::optional<qint64>> annotated; // the articles whose annotations count; nullopt: all
    switch (scope.kind) {
    case ExportScope::Kind::Library:
    case ExportScope::Kind::Tag:
        annotated = {std::nullopt};
        break;
    case ExportScope::Kind::Article:
        annotated = {scope.articleId};
        order.append(scope.articleId);
        break;
    case ExportScope::Kind::Comparison:
        annotated = {scope.articleId, scope.otherArticleId};
        order = {scope.articleId, scope.otherArticleId};
        break;
    }
    for (const std::optional<qint64> &articleId : std::as_const(annotated)) {
        const StoreResult<QList<Annotation>> read = store.annotations(articleId);
        if (!read)
            return read.error();
        annotations += *read;
    }
    // An article or a comparison lists its articles even without annotations; the
    // library and a tag list those that have some, in the order found.
    const bool orderGiven = !order.isEmpty();
    for (const Annotation &annotation : annotations) {
        if (scope.kind == ExportScope::Kind::Tag && !underTag(annotation, scope.tagPath))
            continue;
        if (!orderGiven && !scoped.byArticle.contains(annotation.articleId))
            order.append(annotation.articleId);
        scoped.byArticle[annotation.articleId].append(annotation);
    }
    const StoreResult<QHash<qint64, QStringList>> readTags = store.articleTagPaths();
    if (!readTags)
        return readTags.error();
    const QHash<qint64, QStringList> &articleTags = *readTags;
    QSet<qint64> listed(order.cbegin(), order.cend());
    QList<qint64> tagged = articleTags.keys();
    std::sort(tagged.begin(), tagged.end()); // the library's order
    for (qint64 id : std::as_const(tagged)) {
        QStringList paths = articleTags.value(id);
        if (scope.kind == ExportScope::Kind::Tag)
            paths.removeIf([&](const QString &path) {
                return !isUnder(path, scope.tagPath);
            });
        // An article or a comparison keeps to its articles; the others take any tagged one.
        if (paths.isEmpty() || (orderGiven && !listed.contains(id)))
            continue;
        if (!listed.contains(id)) {
            order.append(id);
            listed.insert(id);
        }
        scoped.articleTags.insert(id, paths);
    }
    for (qint64 id : std::as_const(order)) {
        const StoreResult<StoredArticle> article = store.article(id);
        if (!article)
            return article.error();
        scoped.articles.append(*article);
    }
    return scoped;
}

int ScopedAnnotations::count() const
{
    int total = 0;
    for (const QList<Annotation> &annotations : byArticle)
        total += int(annotations.size());
    return total;
}

} // namespace Parallax
