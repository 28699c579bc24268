// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "tagtreemodel.h"

#include "itemroles.h"

#include <QColor>
#include <QHash>
#include <QMimeData>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{
const auto TagMimeType = u"application/x-parallax-tag"_s;
}

TagTreeModel::TagTreeModel(QObject *parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Tag"), tr("Uses")});
}

void TagTreeModel::setTags(const QList<Tag> &tags)
{
    const QScopedValueRollback guard(m_rebuilding, true);
    removeRows(0, rowCount());
    // tags() lists parents before children (ordered by path).
    // Each tag's uses with its sub-tags', summed from the leaves up.
    QHash<qint64, int> totals;
    for (auto tag = tags.crbegin(); tag != tags.crend(); ++tag) {
        totals[tag->id] += tag->annotationCount;
        if (tag->parentId)
            totals[*tag->parentId] += totals.value(tag->id);
    }
    QHash<qint64, QStandardItem *> items;
    for (const Tag &tag : tags) {
        auto *name = new QStandardItem(tag.name);
        name->setData(tag.id, TagIdRole);
        name->setData(tag.path, TagPathRole);
        name->setData(QColor::fromString(tag.color), Qt::DecorationRole);
        name->setToolTip(tag.description.isEmpty() ? tag.path : tag.path + u"\n"_s + tag.description);
        // A parent says what lies under it too, as "own (with sub-tags)": "0 (2)".
        const int total = totals.value(tag.id);
        auto *count = new QStandardItem(total == tag.annotationCount ? QString::number(total) : u"%1 (%2)"_s.arg(tag.annotationCount).arg(total));
        count->setData(tag.id, TagIdRole);
        count->setData(Qt::AlignRight, Qt::TextAlignmentRole);
        count->setEditable(false);
        count->setToolTip(total == tag.annotationCount ? tr("Passages and articles tagged with %1").arg(tag.path)
                                                       : tr("Passages and articles tagged with %1: %2 with the tag itself, %3 with its sub-tags as well")
                                                             .arg(tag.path)
                                                             .arg(tag.annotationCount)
                                                             .arg(total));
        QStandardItem *parent = tag.parentId ? items.value(*tag.parentId, invisibleRootItem()) : invisibleRootItem();
        parent->appendRow({name, count});
        items.insert(tag.id, name);
    }
}

qint64 TagTreeModel::tagId(const QModelIndex &index)
{
    return index.isValid() ? index.siblingAtColumn(NameColumn).data(TagIdRole).toLongLong() : 0;
}

QModelIndex TagTreeModel::indexOfTag(qint64 id) const
{
    const QModelIndexList found = match(index(0, NameColumn), TagIdRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}

Qt::ItemFlags TagTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QStandardItemModel::flags(index) | Qt::ItemIsDropEnabled;
    if (index.isValid())
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

bool TagTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    // An edited name is a request; the tree changes once the store has it.
    if (!m_rebuilding && role == Qt::EditRole && index.column() == NameColumn) {
        const QString name = value.toString().trimmed();
        if (!name.isEmpty() && name != index.data().toString())
            Q_EMIT renameRequested(tagId(index), name);
        return false;
    }
    return QStandardItemModel::setData(index, value, role);
}

QStringList TagTreeModel::mimeTypes() const
{
    return {TagMimeType};
}

QMimeData *TagTreeModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(TagMimeType, QByteArray::number(tagId(indexes.first())));
    return data;
}

bool TagTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &parent)
{
    if (!data || !data->hasFormat(TagMimeType))
        return false;
    const qint64 moved = data->data(TagMimeType).toLongLong();
    const qint64 newParent = tagId(parent);
    if (moved <= 0 || moved == newParent)
        return false;
    Q_EMIT moveRequested(moved, newParent);
    // The store moves it and the tree is rebuilt; the view must not move rows itself.
    return false;
}

} // namespace Parallax
