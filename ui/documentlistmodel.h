// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/document.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace Parallax
{

class LibraryDocument;

/**
 * The articles the user can pick from, one row each, with title, outlet and date
 * columns: the files opened, then the library's other articles. Each row is an article
 * of the library, known by its id: a file is kept in the library as it is opened (as
 * the command line does), so picking a row never writes, and the window works by ids.
 * When another library is set, the files opened are kept in it and its articles take
 * the place of those the one before listed. Not editable in views.
 */
class DocumentListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, OutletColumn, PublishedColumn, BylineColumn, ColumnCount };

    /// Lists the articles of LIBRARY (not owned) and keeps the files opened there.
    explicit DocumentListModel(LibraryDocument *library, QObject *parent = nullptr);

    /// Lists DOCUMENTS, files opened, each kept in the library, followed by the
    /// library's articles that are not among them.
    void setDocuments(const QList<Document> &documents);
    /// Adds DOCUMENT, a file opened, kept in the library first; it replaces the row of
    /// the file opened from the same path. Its row.
    int addDocument(const Document &document);
    /// Adds the library's article ID with its DOCUMENT (a search hit, a page fetched,
    /// a revision), or updates its row; it replaces the row of the same path. Its row.
    int addArticle(qint64 id, const Document &document);
    /// Lists the library's articles (their texts are read when a pane shows them) after
    /// the files opened, in place of what an earlier library listed.
    void listLibrary();
    /// The document of ROW; the text of a library's article is read when first asked for.
    const Document &document(int row) const;
    /// The library's id of the article of ROW (LibraryDocument::articleIdOf()), or 0.
    qint64 articleId(int row) const;
    /// The row of the article ID, or -1.
    int rowOfArticle(qint64 id) const;
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
    struct Row {
        qint64 articleId = 0;
        bool opened = false; ///< a file opened, kept again in the next library; else listed from the library
        Document document; ///< a library's article: its text null until read
    };

    /// Puts ROW in place of the row of the same path, or after the others; its row.
    int place(Row row);
    /// Keeps the files opened in the library now set: their ids are that library's.
    void keepOpenedFiles();
    /// Keeps DOCUMENTS in the library, in one transaction where it takes them all; their
    /// ids (LibraryDocument::articleIdOf()), in order.
    QList<qint64> keepInLibrary(const QList<Document> &documents);
    void rowChanged(int row);

    LibraryDocument *m_library;
    mutable QList<Row> m_rows; ///< mutable: the library's texts are read on demand
    QSet<QString> m_changedPaths;
};

} // namespace Parallax
