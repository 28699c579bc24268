// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/library/store.h>

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Parallax
{

/// Which annotations an export takes: those of one article, of one tag (with its
/// sub-tags), of the whole library, or of two articles compared (the report of a
/// comparison shows them side by side).
struct ExportScope {
    enum class Kind { Library, Article, Tag, Comparison } kind = Kind::Library;
    qint64 articleId = 0;
    QString tagPath;
    qint64 otherArticleId = 0; ///< B of a comparison; articleId is A

    static ExportScope library() { return {}; }
    static ExportScope article(qint64 id) { return {Kind::Article, id, {}}; }
    static ExportScope tag(const QString &path) { return {Kind::Tag, 0, path}; }
    static ExportScope comparison(qint64 a, qint64 b) { return {Kind::Comparison, a, {}, b}; }
};

/// The annotations of a scope, grouped by article in the library's order of articles,
/// each group in text order, and the tags of its whole articles: what every export
/// writes. An article tagged as a whole is in the scope even without annotations.
struct ScopedAnnotations {
    QList<StoredArticle> articles; ///< with their texts
    QHash<qint64, QList<Annotation>> byArticle;
    /// The tags of whole articles, by article; in a tag's scope, that tag's and its sub-tags'.
    QHash<qint64, QStringList> articleTags;

    /// The store's error if they cannot be read.
    static StoreResult<ScopedAnnotations> collect(const Store &store, const ExportScope &scope);
    int count() const;
};

} // namespace Parallax
