// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "annotationfiltermodel.h"

#include "itemroles.h"

namespace Parallax
{

AnnotationFilterModel::AnnotationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(-1);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void AnnotationFilterModel::setCoder(const std::optional<QString> &coder)
{
    if (coder == m_coder)
        return;
    m_coder = coder;
    invalidateRowsFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_coder && sourceModel()->index(sourceRow, 0, sourceParent).data(CoderRole).toString() != *m_coder)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace Parallax
