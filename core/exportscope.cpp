// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "exportscope.h"

#include <algorithm>

namespace Parallax
{

namespace
{

bool underTag(const Annotation &annotation, const QString &tagPath)
{
    return std::any_of(annotation.tagPaths.cbegin(), annotation.tagPaths.cend(), [&](const QString &path) {
        return path == tagPath || path.startsWith(tagPath + u'/');
    });
}

} // namespace

std::optional<ScopedAnnotations> ScopedAnnotations::collect(const Store &store, const ExportScope &scope)
{
    ScopedAnnotations scoped;
    const QList<Annotation> annotations = store.annotations(scope.kind == ExportScope::Kind::Article ? std::optional(scope.articleId) : std::nullopt);
    if (store.lastError().kind != StoreError::Kind::None)
        return std::nullopt;
    QList<qint64> order;
    for (const Annotation &annotation : annotations) {
        if (scope.kind == ExportScope::Kind::Tag && !underTag(annotation, scope.tagPath))
            continue;
        if (!scoped.byArticle.contains(annotation.articleId))
            order.append(annotation.articleId);
        scoped.byArticle[annotation.articleId].append(annotation);
    }
    if (scope.kind == ExportScope::Kind::Article && order.isEmpty())
        order.append(scope.articleId);
    for (qint64 id : std::as_const(order)) {
        const auto article = store.article(id);
        if (!article)
            return std::nullopt;
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
