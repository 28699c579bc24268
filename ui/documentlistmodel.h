// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/document.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>

namespace Parallax
{

/**
 * The articles the user can pick from, one row each, with title, outlet and date
 * columns. Not editable in views: the list changes through setDocuments(),
 * addDocument() and setStoredDocuments().
 */
class DocumentListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, OutletColumn, PublishedColumn, BylineColumn, ColumnCount };

    explicit DocumentListModel(QObject *parent = nullptr);

    /// Lists DOCUMENTS, followed by the library's articles that are not among them.
    void setDocuments(QList<Document> documents);
    /// Adds DOCUMENT, or replaces the one imported from the same path; returns its row.
    int addDocument(Document document);
    /// The document of ROW; the text of a stored article is read when first asked for.
    const Document &document(int row) const;
    /// Lists the library's ARTICLES (given without their texts) after the documents
    /// opened from files, in place of what an earlier library listed; a file already
    /// listed is listed once. LOADARTICLE reads an article by its id when a pane shows it:
    /// its text and furniture.
    void setStoredDocuments(const QList<std::pair<qint64, Document>> &articles, std::function<Document(qint64)> loadArticle);
    /// The row of the document imported from PATH, or -1.
    int rowOfPath(const QString &path) const;
    /// Marks the rows of the documents from PATHS as changed since the user last looked
    /// (sources from the web that a check found edited): in bold, with a tooltip.
    void setChangedPaths(const QSet<QString> &paths);
    bool isChanged(int row) const;

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
    mutable QList<Document> m_documents; ///< mutable: stored texts are read on demand
    QList<qint64> m_ids; ///< per row, the library's id of an article listed from it (its text may be unread); 0 for a file
    std::function<Document(qint64)> m_loadArticle;
    QSet<QString> m_changedPaths;
};

} // namespace Parallax
