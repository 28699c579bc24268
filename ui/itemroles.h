// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <Qt>

namespace Parallax
{

/// Item data roles of every Parallax model, in one place so that they never collide.
enum ItemDataRole {
    DocumentPathRole = Qt::UserRole + 1, ///< QString: the file a document came from
    SortRole, ///< a value that sorts the column properly (dates as QDate)
    ClaimIndexRole, ///< int: the claim's index in the comparison
    ClaimStatusRole, ///< QString: the claim status as in the compare JSON ("conflict", …)
    TagIdRole, ///< qint64: the library's id of a tag
    TagPathRole, ///< QString: a tag's path, "Economy/Rankings"
    AnnotationIdRole, ///< qint64: the library's id of an annotation
    CoderRole, ///< QString: who made an annotation; empty when not recorded
    SearchArticleRole, ///< qint64: the article of a library search hit
    SearchWordsRole, ///< QString: the words searched for
    SearchAnnotationRole, ///< qint64: the annotation of a search hit in a note, or 0
};

} // namespace Parallax
