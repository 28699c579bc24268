// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "claimreviewer.h"

#include "annotationworkspace.h"
#include "claimtablemodel.h"
#include "notedialog.h"
#include "themedicon.h"

#include <core/compare/fact.h>
#include <core/document/librarydocument.h>

#include <QAction>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

bool sameSide(const std::optional<TextAnchor> &stored, const std::optional<Fact> &shown)
{
    return stored.has_value() == shown.has_value() && (!stored || stored->range == shown->range);
}

std::optional<TextRange> rangeOf(const std::optional<Fact> &fact)
{
    return fact ? std::optional(fact->range) : std::nullopt;
}

} // namespace

ClaimReviewer::ClaimReviewer(
    ClaimTableModel *claims, LibraryDocument *library, AnnotationWorkspace *workspace, ArticlePane *left, ArticlePane *right, QObject *parent)
    : QObject(parent)
    , m_claims(claims)
    , m_library(library)
    , m_workspace(workspace)
    , m_left(left)
    , m_right(right)
{
    connect(workspace, &AnnotationWorkspace::shownArticlesChanged, this, &ClaimReviewer::reload);
    connect(library, &LibraryDocument::reviewsChanged, this, &ClaimReviewer::reload);
}

std::optional<ClaimReview> ClaimReviewer::storedReviewOf(int claimIndex) const
{
    const Claim &claim = m_claims->claim(claimIndex);
    for (const ClaimReview &review : m_stored) {
        if (review.kind == factKindName(claim.kind) && sameSide(review.a, claim.a) && sameSide(review.b, claim.b))
            return review;
    }
    return std::nullopt;
}

void ClaimReviewer::reload()
{
    Store *store = m_workspace->store();
    const qint64 a = m_workspace->articleIdOf(m_left);
    const qint64 b = m_workspace->articleIdOf(m_right);
    m_stored = a && b ? store->claimReviews(a, b).value_or({}) : QList<ClaimReview>();
    QList<ClaimReview::State> states;
    for (int i = 0; i < m_claims->rowCount(); ++i) {
        const auto review = storedReviewOf(i);
        states.append(review ? review->state : ClaimReview::State::Unreviewed);
    }
    m_claims->setReviewStates(states);
}

bool ClaimReviewer::review(int claimIndex, ClaimReview::State state, const QString &note)
{
    const qint64 a = m_workspace->articleIdOf(m_left);
    const qint64 b = m_workspace->articleIdOf(m_right);
    if (!a || !b || claimIndex < 0 || claimIndex >= m_claims->rowCount())
        return false;
    const Claim claim = m_claims->claim(claimIndex);
    return m_library->reviewClaim({a, b, factKindName(claim.kind), rangeOf(claim.a), rangeOf(claim.b)}, state, note, storedReviewOf(claimIndex)).has_value();
}

QList<QAction *> ClaimReviewer::actions(const std::function<int()> &current, QWidget *dialogParent)
{
    auto *confirm = new QAction(ThemedIcon::named(u"dialog-ok-apply"_s), tr("&Confirm Discrepancy"), this);
    confirm->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_C);
    confirm->setToolTip(tr("Mark the claim in hand as a real discrepancy (Ctrl+Alt+C)"));
    connect(confirm, &QAction::triggered, this, [this, current] {
        review(current(), ClaimReview::State::Confirmed);
    });
    auto *dismiss = new QAction(ThemedIcon::named(u"dialog-cancel"_s), tr("&Dismiss Discrepancy"), this);
    dismiss->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_D);
    dismiss->setToolTip(tr("Mark the claim in hand as no real discrepancy (Ctrl+Alt+D)"));
    connect(dismiss, &QAction::triggered, this, [this, current] {
        review(current(), ClaimReview::State::Dismissed);
    });
    auto *explain = new QAction(ThemedIcon::named(u"document-edit"_s), tr("&Explain Discrepancy…"), this);
    explain->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_E);
    explain->setToolTip(tr("Settle the claim in hand with a note that explains it (Ctrl+Alt+E)"));
    connect(explain, &QAction::triggered, this, [this, current, dialogParent] {
        const int index = current();
        if (index < 0)
            return;
        const auto before = storedReviewOf(index);
        NoteDialog dialog(m_claims->claim(index).explanation, before ? before->note : QString(), dialogParent);
        dialog.setWindowTitle(tr("Explain Discrepancy"));
        if (dialog.exec() == QDialog::Accepted)
            review(index, ClaimReview::State::Explained, dialog.note());
    });
    return {confirm, dismiss, explain};
}

} // namespace Parallax
