// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace Parallax
{

/**
 * The annotations the Annotations dock shows: those of one coder or of all, and of
 * those, the ones whose passage, tags or note contain the filter's text.
 */
class AnnotationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AnnotationFilterModel(QObject *parent = nullptr);

    /// Shows only the annotations CODER made; an empty optional shows everyone's.
    void setCoder(const std::optional<QString> &coder);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<QString> m_coder;
};

} // namespace Parallax
