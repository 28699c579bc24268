// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QDockWidget>

class QAction;
class QLineEdit;
class QListWidget;
class QTimer;

namespace Parallax
{

class ArticlePane;
class DocumentListModel;
class LibraryDocument;

/**
 * The Search dock: full-text search over every article and note of the library, as the
 * user types, and each hit opened in the pane given, at its passage (a note) or at the
 * first word searched for (an article). Its action (Ctrl+Shift+F) shows the dock and
 * puts the focus in the field.
 */
class SearchDock final : public QDockWidget
{
    Q_OBJECT

public:
    SearchDock(LibraryDocument *library, DocumentListModel *articles, ArticlePane *target, QWidget *parent);

    /// Runs a search now and lists the hits.
    void search(const QString &words);
    QListWidget *results() const { return m_results; }
    QAction *searchAction() const { return m_searchAction; }

private:
    void openHit(int row);

    LibraryDocument *m_library;
    DocumentListModel *m_articles;
    ArticlePane *m_target;
    QLineEdit *m_field;
    QListWidget *m_results;
    QTimer *m_delay;
    QAction *m_searchAction;
};

} // namespace Parallax
