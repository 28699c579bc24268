// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "tagtreemodel.h"

#include "itemroles.h"

#include <QColor>
#include <QHash>
#include <QMimeData>
#include <QScopedValueRollback>
#include <QSet>

#include <functional>

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
    // Row by row, not a rebuild: a view keeps its selection, expansion and scroll
    // position when a tag is renamed, recoloured, made or deleted.
    const QScopedValueRollback guard(m_rebuilding, true);
    // tags() lists parents before children (ordered by path).
    // Each tag's uses with its sub-tags', summed from the leaves up.
    QHash<qint64, int> totals;
    QSet<qint64> wanted;
    for (auto tag = tags.crbegin(); tag != tags.crend(); ++tag) {
        totals[tag->id] += tag->annotationCount;
        if (tag->parentId)
            totals[*tag->parentId] += totals.value(tag->id);
        wanted.insert(tag->id);
    }
    removeRowsNotIn(wanted);
    QHash<qint64, QStandardItem *> items = itemsById();
    QHash<QStandardItem *, int> nextRow; // per parent: where its next child goes
    for (const Tag &tag : tags) {
        QStandardItem *parent = tag.parentId ? items.value(*tag.parentId, invisibleRootItem()) : invisibleRootItem();
        const int position = nextRow[parent]++;
        QStandardItem *name = items.value(tag.id);
        if (!name) {
            name = new QStandardItem;
            name->setData(tag.id, TagIdRole);
            auto *count = new QStandardItem;
            count->setData(tag.id, TagIdRole);
            count->setData(Qt::AlignRight, Qt::TextAlignmentRole);
            count->setEditable(false);
            parent->insertRow(position, {name, count});
            items.insert(tag.id, name);
        } else if (QStandardItem *current = name->parent() ? name->parent() : invisibleRootItem(); current != parent || name->row() != position) {
            parent->insertRow(position, current->takeRow(name->row())); // moved, or renamed into another place
        }
        show(tag, totals.value(tag.id), name, parent->child(position, CountColumn));
    }
    removeRowsNotIn(wanted); // a deleted tag whose sub-tags went elsewhere (a merge) is empty now
}

void TagTreeModel::removeRowsNotIn(const QSet<qint64> &wanted)
{
    // A deleted tag goes as one row with its sub-tags when none of them stays; a row
    // that still holds a wanted tag stays until that tag has moved to its new parent.
    const std::function<bool(const QStandardItem *)> goesWhole = [&](const QStandardItem *item) {
        if (wanted.contains(item->data(TagIdRole).toLongLong()))
            return false;
        for (int row = 0; row < item->rowCount(); ++row) {
            if (!goesWhole(item->child(row, NameColumn)))
                return false;
        }
        return true;
    };
    const std::function<void(QStandardItem *)> prune = [&](QStandardItem *parent) {
        for (int row = parent->rowCount() - 1; row >= 0; --row) {
            QStandardItem *child = parent->child(row, NameColumn);
            if (goesWhole(child))
                parent->removeRow(row);
            else
                prune(child);
        }
    };
    prune(invisibleRootItem());
}

QHash<qint64, QStandardItem *> TagTreeModel::itemsById() const
{
    QHash<qint64, QStandardItem *> items;
    const std::function<void(QStandardItem *)> collect = [&](QStandardItem *parent) {
        for (int row = 0; row < parent->rowCount(); ++row) {
            QStandardItem *child = parent->child(row, NameColumn);
            items.insert(child->data(TagIdRole).toLongLong(), child);
            collect(child);
        }
    };
    collect(invisibleRootItem());
    return items;
}

void TagTreeModel::show(const Tag &tag, int total, QStandardItem *name, QStandardItem *count)
{
    // QStandardItem::setData() says nothing when the value is the same: unchanged rows stay quiet.
    name->setText(tag.name);
    name->setData(tag.path, TagPathRole);
    name->setData(QColor::fromString(tag.color), Qt::DecorationRole);
    name->setToolTip(tag.description.isEmpty() ? tag.path : tag.path + u"\n"_s + tag.description);
    // A parent says what lies under it too, as "own (with sub-tags)": "0 (2)".
    count->setText(total == tag.annotationCount ? QString::number(total) : u"%1 (%2)"_s.arg(tag.annotationCount).arg(total));
    count->setToolTip(total == tag.annotationCount ? tr("Passages and articles tagged with %1").arg(tag.path)
                                                   : tr("Passages and articles tagged with %1: %2 with the tag itself, %3 with its sub-tags as well")
                                                         .arg(tag.path)
                                                         .arg(tag.annotationCount)
                                                         .arg(total));
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
