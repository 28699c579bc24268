// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "annotationlistmodel.h"

#include "itemroles.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

// Whether a row would show B as it shows A.
bool sameAsShown(const Annotation &a, const Annotation &b)
{
    return a.anchor.exact == b.anchor.exact && a.anchor.range == b.anchor.range && a.tagPaths == b.tagPaths && a.note == b.note && a.orphaned == b.orphaned
        && a.coder == b.coder;
}

} // namespace

AnnotationListModel::AnnotationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AnnotationListModel::setAnnotations(QList<Annotation> annotations)
{
    // Row by row, not a reset: a view keeps its selection and scroll position when one
    // annotation comes, goes or changes. First the rows that went, then, in the new
    // order, each row inserted, moved into place or updated.
    QSet<qint64> kept;
    for (const Annotation &annotation : std::as_const(annotations))
        kept.insert(annotation.id);
    for (int row = int(m_annotations.size()) - 1; row >= 0; --row) {
        if (!kept.contains(m_annotations.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_annotations.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < annotations.size(); ++row) {
        const Annotation &wanted = annotations.at(row);
        const auto found = std::find_if(m_annotations.cbegin() + row, m_annotations.cend(), [&](const Annotation &annotation) {
            return annotation.id == wanted.id;
        });
        if (found == m_annotations.cend()) {
            beginInsertRows({}, row, row);
            m_annotations.insert(row, wanted);
            endInsertRows();
            continue;
        }
        const int from = int(found - m_annotations.cbegin());
        if (from != row) {
            beginMoveRows({}, from, from, {}, row);
            m_annotations.move(from, row);
            endMoveRows();
        }
        if (!sameAsShown(m_annotations.at(row), wanted)) {
            m_annotations[row] = wanted;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
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
    if (role == CoderRole)
        return annotation.coder;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case QuoteColumn:
            return annotation.orphaned ? tr("%1 (not found in this version)").arg(annotation.anchor.exact) : annotation.anchor.exact;
        case TagsColumn:
            return annotation.tagPaths.join(u", "_s);
        case NoteColumn:
            return QString(annotation.note).replace(u'\n', u' ');
        case CoderColumn:
            return annotation.coder;
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
    case CoderColumn:
        return tr("Coder");
    }
    return {};
}

QStringList AnnotationListModel::coders() const
{
    QStringList coders;
    for (const Annotation &annotation : m_annotations)
        if (!coders.contains(annotation.coder))
            coders.append(annotation.coder);
    coders.sort();
    return coders;
}

} // namespace Parallax
