// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "claimtablemodel.h"

#include "claimcolors.h"
#include "itemroles.h"

#include <QGuiApplication>
#include <QPalette>

namespace Parallax
{

ClaimTableModel::ClaimTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClaimTableModel::setClaims(QList<Claim> claims)
{
    beginResetModel();
    m_claims = std::move(claims);
    m_reviews.clear();
    endResetModel();
}

QString ClaimTableModel::statusText(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Agree:
        return tr("agree");
    case ClaimStatus::Conflict:
        return tr("conflict");
    case ClaimStatus::OnlyA:
        return tr("only in A");
    case ClaimStatus::OnlyB:
        return tr("only in B");
    case ClaimStatus::Compatible:
        return tr("compatible");
    }
    return {};
}

void ClaimTableModel::setReviewStates(QList<ClaimReview::State> states)
{
    m_reviews = std::move(states);
    if (!m_claims.isEmpty())
        Q_EMIT dataChanged(index(0, ReviewColumn), index(rowCount() - 1, ReviewColumn));
}

QString ClaimTableModel::reviewText(ClaimReview::State state)
{
    switch (state) {
    case ClaimReview::State::Unreviewed:
        return QString();
    case ClaimReview::State::Confirmed:
        return tr("confirmed");
    case ClaimReview::State::Dismissed:
        return tr("dismissed");
    case ClaimReview::State::Explained:
        return tr("explained");
    }
    return {};
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Claim &claim = m_claims.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return factKindName(claim.kind);
        case TextAColumn:
            return claim.a ? claim.a->text.simplified() : QString();
        case TextBColumn:
            return claim.b ? claim.b->text.simplified() : QString();
        case StatusColumn:
            return statusText(claim.status);
        case ReviewColumn:
            return reviewText(reviewState(index.row()));
        case ExplanationColumn:
            return claim.explanation;
        }
        break;
    case Qt::ToolTipRole:
        return claim.explanation;
    case Qt::BackgroundRole:
        if (index.column() == StatusColumn)
            return ClaimColors::forStatus(claim.status, QGuiApplication::palette());
        break;
    case SortRole:
        // Sorting by status puts conflicts first, then what one side alone says.
        if (index.column() == StatusColumn)
            return claimSeverity(claim.status);
        return data(index, Qt::DisplayRole);
    case ClaimIndexRole:
        return index.row();
    case ClaimStatusRole:
        return claimStatusName(claim.status);
    }
    return {};
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case TextAColumn:
        return tr("A says");
    case TextBColumn:
        return tr("B says");
    case StatusColumn:
        return tr("Status");
    case ReviewColumn:
        return tr("Review");
    case ExplanationColumn:
        return tr("Explanation");
    }
    return {};
}

} // namespace Parallax
