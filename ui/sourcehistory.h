// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QMainWindow;

namespace Parallax
{

class AnnotationWorkspace;
class ArticlePane;
class DocumentListModel;
class MessageBar;

/**
 * The history of the sources in the window: Source > Revisions… (Ctrl+Shift+R) lists the
 * focused source's revisions with what changed and opens two side by side; Source > Save
 * Page as Received… writes the page a revision was read from, byte for byte. It keeps
 * the library's list honest about changes: a source with a revision the user has not
 * looked at is bold until shown, and a shown source that a check revised is shown anew.
 */
class SourceHistory final : public QObject
{
    Q_OBJECT

public:
    SourceHistory(QMainWindow *window,
        AnnotationWorkspace *workspace,
        ArticlePane *left,
        ArticlePane *right,
        DocumentListModel *articles,
        MessageBar *messages,
        std::function<ArticlePane *()> focusedPane);

    /// Revisions… and Save Page as Received…, for the Source menu.
    QList<QAction *> actions() const;

    /// Marks bold in the list the sources with a revision not yet shown.
    void showChangedSources();
    /// Shows again, in its new revision, the source read from PATH wherever it is shown.
    void showNewRevision(const QString &path);
    /// The stored article the focused pane shows (0: none).
    qint64 focusedArticleId() const;

private:
    void showRevisions();
    void savePageAsReceived();

    QMainWindow *m_window;
    AnnotationWorkspace *m_workspace;
    ArticlePane *m_left;
    ArticlePane *m_right;
    DocumentListModel *m_articles;
    MessageBar *m_messages;
    std::function<ArticlePane *()> m_focusedPane;
    QAction *m_revisions;
    QAction *m_savePage;
};

} // namespace Parallax
