// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/document.h>

#include <QList>
#include <QMainWindow>

class QSplitter;
class QTreeView;
class QSortFilterProxyModel;

namespace Parallax
{

class ArticlePane;
class DocumentListModel;

/**
 * The main window: two article panes side by side in a splitter, and a library dock
 * listing the articles to choose from. Window geometry, dock layout, splitter sizes and
 * the articles shown are remembered between sessions (QSettings).
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows these articles in the library. The panes show the pair shown last time,
    /// or the first two articles.
    void setArticles(QList<Document> articles);
    /// Shows a message in the status bar, e.g. which corpus files could not be read.
    void showProblems(const QStringList &problems);

    ArticlePane *leftPane() const { return m_leftPane; }
    ArticlePane *rightPane() const { return m_rightPane; }
    DocumentListModel *articles() const { return m_articles; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createLibraryDock();
    void createActions();
    void showSelectedArticleIn(ArticlePane *pane);
    void restoreShownArticles();
    void readSettings();
    void writeSettings() const;

    DocumentListModel *m_articles;
    QSortFilterProxyModel *m_libraryFilter;
    QTreeView *m_library = nullptr;
    QSplitter *m_splitter;
    ArticlePane *m_leftPane;
    ArticlePane *m_rightPane;
};

} // namespace Parallax
