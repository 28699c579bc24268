// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QDockWidget>

class QAction;
class QComboBox;
class QSortFilterProxyModel;
class QTableView;

namespace Parallax
{

class ClaimTableModel;

/**
 * The Discrepancies dock: the claims of the comparison shown, worst first, with a filter
 * by status, and stepping from one discrepancy to the next (conflicts first, then what
 * only one side says, each in reading order).
 */
class DiscrepancyDock final : public QDockWidget
{
    Q_OBJECT

public:
    /// Shows only the claims of these statuses ("all" for every one).
    enum class ClaimFilter { All, Discrepancies, Conflicts, OneSided, Compatible, Agreements };

    DiscrepancyDock(ClaimTableModel *claims, QWidget *parent);

    void setClaimFilter(ClaimFilter filter);
    /// The rows the table shows now.
    int visibleClaimCount() const;
    QTableView *view() const { return m_view; }
    /// The claim of the row in hand (ClaimTableModel's index), or -1.
    int currentClaim() const;
    /// Selects the next (STEP 1) or previous (STEP -1) discrepancy; with UNREVIEWED_ONLY,
    /// of those the user has not settled. False when there is none.
    bool goToDiscrepancy(int step, bool unreviewedOnly);
    /// Go > Next Discrepancy (F8), Previous Discrepancy (Shift+F8) and Next Unreviewed
    /// Discrepancy (Alt+F8).
    QList<QAction *> stepActions() const { return m_stepActions; }

Q_SIGNALS:
    /// The user chose a claim (ClaimTableModel's index).
    void claimSelected(int claimIndex);
    /// A step found no discrepancy to go to; WHY says so, for the status bar.
    void nothingToStepTo(const QString &why);

private:
    void createStepActions();

    ClaimTableModel *m_claims;
    QSortFilterProxyModel *m_order;
    QTableView *m_view;
    QComboBox *m_filter;
    QList<QAction *> m_stepActions;
};

} // namespace Parallax
