// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "annotationlistmodel.h"

#include "itemroles.h"

using namespace Qt::StringLiterals;

namespace Parallax
{

AnnotationListModel::AnnotationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AnnotationListModel::setAnnotations(QList<Annotation> annotations)
{
    beginResetModel();
    m_annotations = std::move(annotations);
    endResetModel();
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Annotation &annotation = m_annotations.at(index.row());
    if (role == AnnotationIdRole)
        return annotation.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case QuoteColumn:
            return annotation.orphaned ? tr("%1 (not found in this version)").arg(annotation.anchor.exact) : annotation.anchor.exact;
        case TagsColumn:
            return annotation.tagPaths.join(u", "_s);
        case NoteColumn:
            return QString(annotation.note).replace(u'\n', u' ');
        }
    }
    if (role == Qt::ToolTipRole)
        return annotation.note.isEmpty() ? annotation.anchor.exact : annotation.note;
    return {};
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case QuoteColumn:
        return tr("Passage");
    case TagsColumn:
        return tr("Tags");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

} // namespace Parallax
