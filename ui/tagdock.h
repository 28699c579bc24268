// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/library/store.h>

#include <QDockWidget>

class QAction;
class QTreeView;

namespace Parallax
{

class LibraryDocument;
class TagTreeModel;

/**
 * The Tags dock: the library's tag tree with the uses of each tag, and what can be done
 * to a tag (new, describe, colour, merge, delete; rename with F2, move by dragging).
 * Edits go to the library document, which says when they fail; the tree follows its
 * tagsChanged() signal row by row.
 */
class TagDock final : public QDockWidget
{
    Q_OBJECT

public:
    TagDock(LibraryDocument *library, QWidget *parent);

    TagTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// The actions that change the library: off while it cannot be written.
    QList<QAction *> editingActions() const { return m_editingActions; }
    /// Shows the library's tags as they are now.
    void showTags();

Q_SIGNALS:
    /// The user chose the tag at PATH for the passage in hand (a double click).
    void tagActivated(const QString &path);

private:
    using TagEdit = StoreResult<void> (LibraryDocument::*)(qint64 id, const QString &value, int seenVersion);
    void createActions();
    /// Saves VALUE as a tag's PROPERTY by EDIT, as the user saw the tag at SEEN_VERSION;
    /// asks whose should stand when another coder changed the tag since.
    bool saveTagProperty(qint64 id, int seenVersion, const QString &value, TagEdit edit, QString Tag::*property);
    /// The tag in hand, or 0.
    qint64 currentTag() const;

    LibraryDocument *m_library;
    TagTreeModel *m_model;
    QTreeView *m_view;
    QList<QAction *> m_editingActions;
};

} // namespace Parallax
