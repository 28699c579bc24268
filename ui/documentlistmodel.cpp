// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "documentlistmodel.h"

#include "itemroles.h"

#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <QSet>

namespace Parallax
{

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DocumentListModel::setDocuments(QList<Document> documents)
{
    // The library's articles stay listed after the given documents, unless one of
    // them is the same file.
    QSet<QString> given;
    for (const Document &document : std::as_const(documents))
        given.insert(document.path);
    QList<qint64> ids(documents.size(), 0);
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_ids.at(row) == 0 || given.contains(m_documents.at(row).path))
            continue;
        ids.append(m_ids.at(row));
        documents.append(m_documents.at(row));
    }
    beginResetModel();
    m_documents = std::move(documents);
    m_ids = std::move(ids);
    endResetModel();
}

const Document &DocumentListModel::document(int row) const
{
    Document &document = m_documents[row];
    if (m_ids.at(row) != 0 && document.text.isNull() && m_loadArticle) {
        Document loaded = m_loadArticle(m_ids.at(row));
        // Never null again: a text that cannot be read is shown empty, and not read twice.
        document.text = loaded.text.isNull() ? QStringLiteral("") : std::move(loaded.text);
        document.furniture = std::move(loaded.furniture);
    }
    return document;
}

void DocumentListModel::setStoredDocuments(const QList<std::pair<qint64, Document>> &articles, std::function<Document(qint64)> loadArticle)
{
    m_loadArticle = std::move(loadArticle);
    // One row a file: the first article listed of each path.
    QHash<QString, std::pair<qint64, Document>> byPath;
    QList<QString> paths;
    for (const auto &[id, document] : articles) {
        if (!byPath.contains(document.path)) {
            byPath.insert(document.path, {id, document});
            paths.append(document.path);
        }
    }
    // Rows an earlier library listed go unless this one holds the same file, whose id is
    // this library's now: an id of the library before would read another article here.
    for (int row = int(m_documents.size()) - 1; row >= 0; --row) {
        if (m_ids.at(row) == 0)
            continue;
        const auto now = byPath.constFind(m_documents.at(row).path);
        if (now == byPath.cend()) {
            int first = row;
            while (first > 0 && m_ids.at(first - 1) != 0 && !byPath.contains(m_documents.at(first - 1).path))
                --first;
            beginRemoveRows({}, first, row);
            m_documents.remove(first, row - first + 1);
            m_ids.remove(first, row - first + 1);
            endRemoveRows();
            row = first;
        } else if (now->first != m_ids.at(row)) {
            m_ids[row] = now->first;
            m_documents[row] = now->second;
            m_documents[row].text = QString(); // null: not read yet
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    QSet<QString> listed;
    for (const Document &document : std::as_const(m_documents))
        listed.insert(document.path);
    QList<std::pair<qint64, Document>> added;
    for (const QString &path : std::as_const(paths)) {
        if (!listed.contains(path))
            added.append(byPath.value(path));
    }
    if (added.isEmpty())
        return;
    const int first = int(m_documents.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (auto &[id, document] : added) {
        m_ids.append(id);
        document.text = QString(); // null: not read yet
        m_documents.append(std::move(document));
    }
    endInsertRows();
}

int DocumentListModel::addDocument(Document document)
{
    const int existing = rowOfPath(document.path);
    if (existing >= 0) {
        m_documents[existing] = std::move(document);
        m_ids[existing] = 0; // the file's text now, whatever the library holds
        Q_EMIT dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
        return existing;
    }
    const int row = int(m_documents.size());
    beginInsertRows({}, row, row);
    m_documents.append(std::move(document));
    m_ids.append(0);
    endInsertRows();
    return row;
}

int DocumentListModel::rowOfPath(const QString &path) const
{
    for (int row = 0; row < m_documents.size(); ++row) {
        if (m_documents.at(row).path == path)
            return row;
    }
    return -1;
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size());
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
    if (!m_documents.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::FontRole, Qt::ToolTipRole});
}

bool DocumentListModel::isChanged(int row) const
{
    return row >= 0 && row < m_documents.size() && m_changedPaths.contains(m_documents.at(row).path);
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // The metadata only: listing must not read every stored text.
    const Document &document = m_documents.at(index.row());
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
