// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/library/store.h>

#include <QColor>
#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QComboBox;
class QDockWidget;
class QLineEdit;
class QListWidget;
class QMainWindow;
class QMenu;
class QTableView;
class QTimer;
class QTreeView;
class QUndoStack;

namespace Parallax
{

class AnnotationFilterModel;
class AnnotationListModel;
class ArticlePane;
class LibraryDocument;
class DocumentListModel;
class MessageBar;
class SearchDock;
class TagDock;
class TagTreeModel;

/**
 * The user's own work on the articles, kept in the library database: tagging and noting
 * passages (Ctrl+T, Ctrl+Shift+N), tagging whole articles, the tag tree and the list of
 * annotations in docks, full-text search (Ctrl+Shift+F), and undo and redo of every
 * change. It shows the annotations in the two panes and follows the library document's
 * signals to keep each view up to date; the edits themselves are the document's.
 */
class AnnotationWorkspace final : public QObject
{
    Q_OBJECT

public:
    AnnotationWorkspace(
        QMainWindow *window, LibraryDocument *library, ArticlePane *left, ArticlePane *right, DocumentListModel *articles, MessageBar *messages);
    ~AnnotationWorkspace() override;

    /// The library worked in (LibraryDocument::setStore()); null with none.
    Store *store() const;

    /// Adds the workspace's actions to the window's menus.
    void addActionsTo(QMenu *editMenu, QMenu *viewMenu);
    QUndoStack *undoStack() const;

    /// Reloads tags, annotations and highlights from the store: after changes made
    /// outside the document, such as an import of annotations.
    void refresh();

    /// The library's article id of what PANE shows (DocumentListModel::articleId()), or 0.
    qint64 articleIdOf(const ArticlePane *pane) const;

    /// Annotates the passage selected in the pane last used, with these tags and note.
    /// Returns the annotation's id, or 0 (with a message) when nothing is selected or
    /// the library refused.
    qint64 annotateSelection(const QStringList &tagPaths, const QString &note);
    /// Deletes annotation ID as the user saw it at SEEN_VERSION (0: as it is): one that
    /// another coder changed since is kept, and the message bar says who.
    bool deleteAnnotation(qint64 id, int seenVersion = 0);
    /// Saves NOTE as the note of annotation ID, as the user saw it at SEEN_VERSION (0:
    /// as it is); asks whose should stand when another coder changed it since.
    bool setNote(qint64 id, const QString &note, int seenVersion = 0);
    /// Tags the whole article of the pane last used.
    bool tagArticle(const QString &tagPath);
    bool renameTag(qint64 id, const QString &name);
    bool moveTag(qint64 id, qint64 newParentId);
    /// COLOR is "#rrggbb".
    bool recolorTag(qint64 id, const QString &color);
    /// The tag at PATH, made (undoably) if it is new; 0 on failure.
    qint64 createTag(const QString &path);
    bool describeTag(qint64 id, const QString &description);
    /// Deletes a tag with its sub-tags and uses; undo puts them all back.
    bool deleteTag(qint64 id);
    bool mergeTag(qint64 fromId, qint64 intoId);

    TagTreeModel *tagModel() const;
    AnnotationListModel *annotationModel() const { return m_annotations; }
    /// Runs a search now and lists the hits in the search dock.
    void search(const QString &words);
    QListWidget *searchResults() const;

Q_SIGNALS:
    /// A pane shows another article, or the library was set: articleIdOf() changed.
    void shownArticlesChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createAnnotationDock();
    /// Offers a choice of coder when the annotations listed are of several.
    void updateCoderChoice();
    void createActions();
    void followStore();
    /// PANE shows another article: its annotations, and the pair compared.
    void trackArticle(ArticlePane *pane);
    /// Takes the tags' colours from the library; whether any changed.
    bool updateTagColors();
    void showHighlights(ArticlePane *pane);
    void showAnnotationList();
    void showAnnotationsOf(qint64 articleId);
    /// Says that the pane shows no article to work on; false.
    bool reportNoArticle();
    void updateEnabled();

    QMainWindow *m_window;
    LibraryDocument *m_library;
    ArticlePane *m_left;
    ArticlePane *m_right;
    ArticlePane *m_lastPane;
    DocumentListModel *m_articles;
    MessageBar *m_messages;
    TagDock *m_tagDock;
    AnnotationListModel *m_annotations;
    AnnotationFilterModel *m_annotationFilter;
    QComboBox *m_coderChoice = nullptr;
    SearchDock *m_searchDock;
    QTableView *m_annotationView = nullptr;
    QHash<QString, QColor> m_tagColors; ///< by tag path, for the highlights
    QList<QAction *> m_editingActions; ///< off without a writable library
    QAction *m_tagSelection = nullptr;
    QAction *m_addNote = nullptr;
    QAction *m_tagArticle = nullptr;
};

} // namespace Parallax
