// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/compare/comparison.h>
#include <core/library/store.h>

#include <QAbstractTableModel>
#include <QList>

namespace Parallax
{

/**
 * The claims of one comparison as a table: kind, A's text, B's text, status and
 * explanation. It shows what core found and decides nothing itself; ClaimRole gives
 * views the row's claim index for navigation.
 */
class ClaimTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, TextAColumn, TextBColumn, StatusColumn, ReviewColumn, ExplanationColumn, ColumnCount };

    explicit ClaimTableModel(QObject *parent = nullptr);

    void setClaims(QList<Claim> claims);
    const QList<Claim> &claims() const { return m_claims; }
    const Claim &claim(int row) const { return m_claims.at(row); }
    /// How the user settled each claim, by claim index (unreviewed where not given).
    void setReviewStates(QList<ClaimReview::State> states);
    ClaimReview::State reviewState(int row) const { return m_reviews.value(row, ClaimReview::State::Unreviewed); }
    static QString reviewText(ClaimReview::State state);

    /// How a status reads in the table: "conflict", "only in A", …
    static QString statusText(ClaimStatus status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Claim> m_claims;
    QList<ClaimReview::State> m_reviews;
};

} // namespace Parallax
