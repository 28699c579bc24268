// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/library/store.h>

#include <QAbstractTableModel>

namespace Parallax
{

/// The annotations of one article, in text order: quote, tags, note and coder, one row each.
class AnnotationListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { QuoteColumn, TagsColumn, NoteColumn, CoderColumn, ColumnCount };

    explicit AnnotationListModel(QObject *parent = nullptr);

    void setAnnotations(QList<Annotation> annotations);
    const QList<Annotation> &annotations() const { return m_annotations; }
    const Annotation &annotation(int row) const { return m_annotations.at(row); }
    /// Everyone who made one of the annotations, sorted; "" for work with no coder.
    QStringList coders() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Annotation> m_annotations;
};

} // namespace Parallax
