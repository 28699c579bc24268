// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/document.h>

#include <QAbstractTableModel>
#include <QList>

namespace Parallax
{

/**
 * The articles the user can pick from, one row each, with title, outlet and date
 * columns. Read-only: the list changes only through setDocuments().
 */
class DocumentListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, OutletColumn, PublishedColumn, ColumnCount };

    explicit DocumentListModel(QObject *parent = nullptr);

    void setDocuments(QList<Document> documents);
    /// Adds DOCUMENT, or replaces the one imported from the same path; returns its row.
    int addDocument(Document document);
    const Document &document(int row) const { return m_documents.at(row); }
    /// The row of the document imported from PATH, or -1.
    int rowOfPath(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Rows can be dragged onto an article pane; they travel as their row numbers.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
    static inline const QString RowsMimeType = QStringLiteral("application/x-parallax-article-rows");
    /// The rows that mimeData() put in DATA; empty if it holds none.
    static QList<int> rowsFromMimeData(const QMimeData *data);

private:
    QList<Document> m_documents;
};

} // namespace Parallax
