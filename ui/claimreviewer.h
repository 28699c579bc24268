// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/library/store.h>

#include <QObject>

class QAction;

namespace Parallax
{

class AnnotationWorkspace;
class LibraryDocument;
class ArticlePane;
class ClaimTableModel;

/**
 * Settling discrepancies: the user marks the claim in hand confirmed, dismissed or
 * explained (with a note), and the review is kept in the library for the two articles,
 * undoable, and shown in the discrepancy table. Reviews are found again after a new
 * comparison or a re-import by their passages.
 */
class ClaimReviewer final : public QObject
{
    Q_OBJECT

public:
    ClaimReviewer(ClaimTableModel *claims, LibraryDocument *library, AnnotationWorkspace *workspace, ArticlePane *left, ArticlePane *right, QObject *parent);

    /// Shows in the table the reviews stored for the claims of the pair in the panes.
    void reload();
    /// Reviews claim CLAIM_INDEX; false (with a message) without a writable library.
    bool review(int claimIndex, ClaimReview::State state, const QString &note = {});
    /// The actions for the claim in hand (CURRENT gives its index, or -1).
    QList<QAction *> actions(const std::function<int()> &current, QWidget *dialogParent);

private:
    std::optional<ClaimReview> storedReviewOf(int claimIndex) const;

    ClaimTableModel *m_claims;
    LibraryDocument *m_library;
    AnnotationWorkspace *m_workspace;
    ArticlePane *m_left;
    ArticlePane *m_right;
    QList<ClaimReview> m_stored; ///< of the pair shown
};

} // namespace Parallax
