// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/library/store.h>

#include <QStandardItemModel>

namespace Parallax
{

/**
 * The tags of the library as a tree: name (with the tag's color) and how often each is
 * used. Dragging a tag onto another asks for a move; editing a name asks for a rename.
 * The model only shows: the store makes the change, then setTags() shows the result.
 */
class TagTreeModel final : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CountColumn };

    explicit TagTreeModel(QObject *parent = nullptr);

    void setTags(const QList<Tag> &tags);
    /// The tag of INDEX's row, or 0.
    static qint64 tagId(const QModelIndex &index);
    QModelIndex indexOfTag(qint64 id) const;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }

Q_SIGNALS:
    void renameRequested(qint64 tagId, const QString &name);
    /// NEW_PARENT 0: to the top.
    void moveRequested(qint64 tagId, qint64 newParentId);

private:
    /// Removes the rows of tags not in WANTED, with what is under them.
    void removeRowsNotIn(const QSet<qint64> &wanted);
    QHash<qint64, QStandardItem *> itemsById() const;
    /// Shows TAG, with TOTAL uses counting its sub-tags', in its two items.
    void show(const Tag &tag, int total, QStandardItem *name, QStandardItem *count);

    bool m_rebuilding = false;
};

} // namespace Parallax
