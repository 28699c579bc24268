// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "discrepancydock.h"

#include "claimcolors.h"
#include "claimtablemodel.h"
#include "itemroles.h"
#include "themedicon.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace Parallax
{

DiscrepancyDock::DiscrepancyDock(ClaimTableModel *claims, QWidget *parent)
    : QDockWidget(tr("Discrepancies"), parent)
    , m_claims(claims)
    , m_order(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QComboBox(this))
{
    setObjectName(u"discrepancyDock"_s);
    m_order->setSourceModel(m_claims);
    m_order->setSortRole(SortRole);
    m_order->setFilterKeyColumn(ClaimTableModel::StatusColumn);
    m_order->setFilterRole(ClaimStatusRole);
    m_view->setObjectName(u"claimView"_s);
    m_view->setModel(m_order);
    m_view->setSortingEnabled(true);
    // Conflicts first, then one-sided claims, then agreements; reading order within each.
    m_view->sortByColumn(ClaimTableModel::StatusColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setToolTip(tr("Select a claim to see it in both articles"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            Q_EMIT claimSelected(current.data(ClaimIndexRole).toInt());
    });
    m_filter->setObjectName(u"claimFilter"_s);
    m_filter->addItem(tr("All claims"), int(ClaimFilter::All));
    m_filter->addItem(tr("Discrepancies"), int(ClaimFilter::Discrepancies));
    m_filter->addItem(tr("Conflicts"), int(ClaimFilter::Conflicts));
    m_filter->addItem(tr("Only one side"), int(ClaimFilter::OneSided));
    m_filter->addItem(tr("Compatible"), int(ClaimFilter::Compatible));
    m_filter->setItemData(m_filter->count() - 1, tr("The same claim at another precision or bound: “at least five” and “24”"), Qt::ToolTipRole);
    m_filter->addItem(tr("Agreements"), int(ClaimFilter::Agreements));
    m_filter->setToolTip(tr("Show only the claims of one status"));
    m_filter->setAccessibleName(tr("Claim status filter"));
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        setClaimFilter(ClaimFilter(m_filter->currentData().toInt()));
    });

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(new QLabel(tr("Show:"), content));
    filterRow->addWidget(m_filter);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);
    layout->addWidget(m_view);
    setWidget(content);
    createStepActions();
}

void DiscrepancyDock::setClaimFilter(ClaimFilter filter)
{
    static const QHash<ClaimFilter, QString> patterns = {
        {ClaimFilter::All, QString()},
        {ClaimFilter::Discrepancies, u"^(conflict|only_a|only_b)$"_s},
        {ClaimFilter::Conflicts, u"^conflict$"_s},
        {ClaimFilter::OneSided, u"^(only_a|only_b)$"_s},
        {ClaimFilter::Compatible, u"^compatible$"_s},
        {ClaimFilter::Agreements, u"^agree$"_s},
    };
    m_order->setFilterRegularExpression(patterns.value(filter));
    const int index = m_filter->findData(int(filter));
    if (m_filter->currentIndex() != index)
        m_filter->setCurrentIndex(index);
}

int DiscrepancyDock::visibleClaimCount() const
{
    return m_order->rowCount();
}

void DiscrepancyDock::createStepActions()
{
    const auto step = [this](int direction, bool unreviewedOnly) {
        if (!goToDiscrepancy(direction, unreviewedOnly))
            Q_EMIT nothingToStepTo(unreviewedOnly ? tr("Every discrepancy is reviewed") : tr("No discrepancies: the two articles agree on every claim found"));
    };
    auto *next = new QAction(ThemedIcon::named(u"go-down"_s), tr("&Next Discrepancy"), this);
    next->setShortcut(Qt::Key_F8);
    next->setToolTip(tr("Go to the next conflict or one-sided claim (F8)"));
    connect(next, &QAction::triggered, this, std::bind(step, 1, false));
    auto *previous = new QAction(ThemedIcon::named(u"go-up"_s), tr("&Previous Discrepancy"), this);
    previous->setShortcut(Qt::SHIFT | Qt::Key_F8);
    previous->setToolTip(tr("Go to the previous conflict or one-sided claim (Shift+F8)"));
    connect(previous, &QAction::triggered, this, std::bind(step, -1, false));
    auto *unreviewed = new QAction(tr("Next &Unreviewed Discrepancy"), this);
    unreviewed->setShortcut(Qt::ALT | Qt::Key_F8);
    unreviewed->setToolTip(tr("Go to the next discrepancy you have not confirmed, dismissed or explained yet (Alt+F8)"));
    connect(unreviewed, &QAction::triggered, this, std::bind(step, 1, true));
    m_stepActions = {next, previous, unreviewed};
}

int DiscrepancyDock::currentClaim() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().data(ClaimIndexRole).toInt() : -1;
}

bool DiscrepancyDock::goToDiscrepancy(int step, bool unreviewedOnly)
{
    // Conflicts first, then what only one side says, each in reading order.
    QList<int> order;
    for (int i = 0; i < m_claims->rowCount(); ++i) {
        const ClaimStatus status = m_claims->claim(i).status;
        // Compatible values can both be true: not a discrepancy to step through.
        if (status != ClaimStatus::Agree && status != ClaimStatus::Compatible
            && (!unreviewedOnly || m_claims->reviewState(i) == ClaimReview::State::Unreviewed))
            order.append(i);
    }
    if (order.isEmpty())
        return false;
    std::stable_sort(order.begin(), order.end(), [this](int x, int y) {
        return claimSeverity(m_claims->claim(x).status) > claimSeverity(m_claims->claim(y).status);
    });
    const qsizetype position = order.indexOf(currentClaim());
    const qsizetype next = position < 0 ? (step > 0 ? 0 : order.size() - 1) : (position + step + order.size()) % order.size();
    const QModelIndex row = m_order->mapFromSource(m_claims->index(order.at(next), 0));
    m_view->setCurrentIndex(row);
    m_view->scrollTo(row);
    return true;
}

} // namespace Parallax
