// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QDockWidget>

class QSortFilterProxyModel;
class QTreeView;

namespace Parallax
{

class ArticlePane;
class DocumentListModel;

/**
 * The Library dock: the articles to choose from, filtered as the user types, sortable,
 * dragged onto a pane or shown in either pane from the keyboard (Ctrl+1, Ctrl+2).
 */
class LibraryDock final : public QDockWidget
{
    Q_OBJECT

public:
    LibraryDock(DocumentListModel *articles, ArticlePane *left, ArticlePane *right, QWidget *parent);

    QTreeView *view() const { return m_view; }
    /// Show in Left Pane and Show in Right Pane, for the View menu.
    QList<QAction *> actions() const { return m_actions; }

private:
    void showSelectedArticleIn(ArticlePane *pane);

    QSortFilterProxyModel *m_filter;
    QTreeView *m_view;
    QList<QAction *> m_actions;
};

} // namespace Parallax
