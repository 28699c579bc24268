// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "librarydock.h"

#include "articlepane.h"
#include "documentlistmodel.h"
#include "itemroles.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax
{

LibraryDock::LibraryDock(DocumentListModel *articles, ArticlePane *left, ArticlePane *right, QWidget *parent)
    : QDockWidget(tr("Library"), parent)
    , m_filter(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"libraryDock"_s);
    auto *filter = new QLineEdit(this);
    filter->setObjectName(u"libraryFilter"_s);
    filter->setPlaceholderText(tr("Filter articles…"));
    filter->setClearButtonEnabled(true);
    filter->setToolTip(tr("Show only articles whose title, outlet or date contains this text"));
    m_filter->setSourceModel(articles);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setSortRole(SortRole);
    connect(filter, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setObjectName(u"libraryView"_s);
    m_view->setModel(m_filter);
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DocumentListModel::TitleColumn, QHeaderView::Stretch);
    m_view->setToolTip(tr("Double-click an article to show it in the left pane"));
    connect(m_view, &QTreeView::activated, this, [this, left] {
        showSelectedArticleIn(left);
    });

    auto *showLeft = new QAction(tr("Show in &Left Pane"), this);
    showLeft->setShortcut(Qt::CTRL | Qt::Key_1);
    showLeft->setToolTip(tr("Show the article selected in the library in the left pane"));
    connect(showLeft, &QAction::triggered, this, [this, left] {
        showSelectedArticleIn(left);
    });
    auto *showRight = new QAction(tr("Show in &Right Pane"), this);
    showRight->setShortcut(Qt::CTRL | Qt::Key_2);
    showRight->setToolTip(tr("Show the article selected in the library in the right pane"));
    connect(showRight, &QAction::triggered, this, [this, right] {
        showSelectedArticleIn(right);
    });
    m_actions = {showLeft, showRight};
    m_view->addActions(m_actions);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(filter);
    layout->addWidget(m_view);
    setWidget(content);
}

void LibraryDock::showSelectedArticleIn(ArticlePane *pane)
{
    const QModelIndex selected = m_view->currentIndex();
    if (selected.isValid())
        pane->setCurrentRow(m_filter->mapToSource(selected).row());
}

} // namespace Parallax
