// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "documentlistmodel.h"

#include "itemroles.h"

#include <core/document/librarydocument.h>

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QSet>

#include <algorithm>

namespace Parallax
{

DocumentListModel::DocumentListModel(LibraryDocument *library, QObject *parent)
    : QAbstractTableModel(parent)
    , m_library(library)
{
    // Connected before any view's own: the rows carry the new library's ids by the
    // time the views show what it holds.
    connect(library, &LibraryDocument::storeChanged, this, [this] {
        keepOpenedFiles();
        listLibrary();
    });
}

void DocumentListModel::setDocuments(const QList<Document> &documents)
{
    QList<Row> rows;
    const QList<qint64> ids = keepInLibrary(documents);
    for (qsizetype i = 0; i < documents.size(); ++i)
        rows.append({ids.at(i), true, documents.at(i)});
    // The library's articles stay listed after the given documents, unless one of
    // them is the same file.
    QSet<QString> given;
    for (const Document &document : documents)
        given.insert(document.path);
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.opened && !given.contains(row.document.path))
            rows.append(row);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QList<qint64> DocumentListModel::keepInLibrary(const QList<Document> &documents)
{
    QList<qint64> ids;
    const auto keepAll = [&] {
        ids.clear();
        for (const Document &document : documents)
            ids.append(m_library->articleIdOf(document));
        return std::none_of(ids.cbegin(), ids.cend(), &LibraryDocument::isUnheld);
    };
    // In one transaction: a folder of thousands of files is kept in a moment, not in a
    // commit each. Should the library refuse one, each is kept on its own, so that one
    // file does not hold back the others.
    if (!m_library->store()->batch(keepAll))
        keepAll();
    return ids;
}

int DocumentListModel::addDocument(const Document &document)
{
    return place({m_library->articleIdOf(document), true, document});
}

int DocumentListModel::addArticle(qint64 id, const Document &document)
{
    if (const int listed = rowOfArticle(id); listed >= 0) {
        if (!document.text.isNull())
            m_rows[listed].document = document;
        rowChanged(listed);
        return listed;
    }
    return place({id, false, document});
}

int DocumentListModel::place(Row row)
{
    if (const int existing = rowOfPath(row.document.path); existing >= 0) {
        m_rows[existing] = std::move(row);
        rowChanged(existing);
        return existing;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(std::move(row));
    endInsertRows();
    return at;
}

void DocumentListModel::keepOpenedFiles()
{
    QList<int> opened;
    QList<Document> documents;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).opened) {
            opened.append(row);
            documents.append(m_rows.at(row).document);
        }
    }
    // All ids first, then the news: a view that follows one row sees the others' too.
    const QList<qint64> ids = keepInLibrary(documents);
    QList<int> changed;
    for (qsizetype i = 0; i < opened.size(); ++i) {
        if (ids.at(i) != m_rows.at(opened.at(i)).articleId) {
            m_rows[opened.at(i)].articleId = ids.at(i);
            changed.append(opened.at(i));
        }
    }
    for (int row : std::as_const(changed))
        rowChanged(row);
}

void DocumentListModel::listLibrary()
{
    // One row a file: the first article listed of each path.
    QHash<QString, qint64> idOfPath;
    QList<Row> stored;
    StoreResult<QList<StoredArticle>> articles = m_library->store()->articles();
    if (!articles)
        Q_EMIT m_library->failed(articles.error().message); // the files opened are still listed
    // Moved out, so that the loop below changes the only copy instead of copying all.
    QList<StoredArticle> inLibrary = std::move(articles).value_or({});
    for (StoredArticle &article : inLibrary) {
        if (idOfPath.contains(article.document.path))
            continue;
        idOfPath.insert(article.document.path, article.id);
        article.document.text = QString(); // null: read when shown
        stored.append({article.id, false, std::move(article.document)});
    }
    // Rows an earlier library listed go, unless this one holds the same file, whose id is
    // this library's now: an id of the library before would read another article here.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows.at(row).opened)
            continue;
        const auto now = idOfPath.constFind(m_rows.at(row).document.path);
        if (now == idOfPath.cend()) {
            int first = row;
            while (first > 0 && !m_rows.at(first - 1).opened && !idOfPath.contains(m_rows.at(first - 1).document.path))
                --first;
            beginRemoveRows({}, first, row);
            m_rows.remove(first, row - first + 1);
            endRemoveRows();
            row = first;
        } else if (*now != m_rows.at(row).articleId) {
            m_rows[row].articleId = *now;
            m_rows[row].document.text = QString();
            rowChanged(row);
        }
    }
    QSet<QString> listed;
    for (const Row &row : std::as_const(m_rows))
        listed.insert(row.document.path);
    QList<Row> added;
    for (Row &row : stored) {
        if (!listed.contains(row.document.path))
            added.append(std::move(row));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.append(std::move(added));
    endInsertRows();
}

const Document &DocumentListModel::document(int row) const
{
    Row &listed = m_rows[row];
    if (listed.document.text.isNull()) {
        const std::optional<Document> loaded = m_library->article(listed.articleId);
        // Never null again: a text that cannot be read is shown empty, and not read twice.
        listed.document.text = loaded && !loaded->text.isNull() ? loaded->text : QStringLiteral("");
        if (loaded)
            listed.document.furniture = loaded->furniture;
    }
    return listed.document;
}

qint64 DocumentListModel::articleId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).articleId : 0;
}

int DocumentListModel::rowOfArticle(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).articleId == id)
            return row;
    }
    return -1;
}

int DocumentListModel::rowOfPath(const QString &path) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).document.path == path)
            return row;
    }
    return -1;
}

void DocumentListModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void DocumentListModel::setChangedPaths(const QSet<QString> &paths)
{
    if (paths == m_changedPaths)
        return;
    m_changedPaths = paths;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole, Qt::ToolTipRole});
}

bool DocumentListModel::isChanged(int row) const
{
    return row >= 0 && row < m_rows.size() && m_changedPaths.contains(m_rows.at(row).document.path);
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // The metadata only: listing must not read every stored text.
    const Document &document = m_rows.at(index.row()).document;
    const DocumentMetadata &metadata = document.metadata;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return metadata.title;
        case OutletColumn:
            return metadata.outlet;
        case PublishedColumn:
            return metadata.published.isValid() ? QLocale().toString(metadata.published, QLocale::ShortFormat) : QString();
        case BylineColumn:
            return metadata.byline;
        }
        break;
    case Qt::ToolTipRole:
        if (m_changedPaths.contains(document.path))
            return tr("%1\n%2\nChanged since you last looked: a new revision was found").arg(metadata.title, document.path);
        return tr("%1\n%2").arg(metadata.title, document.path);
    case Qt::FontRole:
        if (m_changedPaths.contains(document.path)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case SortRole:
        return index.column() == PublishedColumn ? QVariant(metadata.published) : data(index, Qt::DisplayRole);
    case DocumentPathRole:
        return document.path;
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case PublishedColumn:
        return tr("Published");
    case BylineColumn:
        return tr("Author");
    }
    return {};
}

Qt::ItemFlags DocumentListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base;
}

QStringList DocumentListModel::mimeTypes() const
{
    return {RowsMimeType};
}

QMimeData *DocumentListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !rows.contains(index.row()))
            rows.append(index.row());
    }
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << rows;
    auto *data = new QMimeData;
    data->setData(RowsMimeType, encoded);
    return data;
}

QList<int> DocumentListModel::rowsFromMimeData(const QMimeData *data)
{
    QList<int> rows;
    if (!data || !data->hasFormat(RowsMimeType))
        return rows;
    QDataStream stream(data->data(RowsMimeType));
    stream >> rows;
    return stream.status() == QDataStream::Ok ? rows : QList<int>();
}

} // namespace Parallax
