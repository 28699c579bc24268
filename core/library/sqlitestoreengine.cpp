// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "sqlitestoreengine.h"

#include "storeschema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

// SQLite's primary result codes, as Qt Sql reports them in QSqlError::nativeErrorCode().
enum SqliteCode { Busy = 5, Locked = 6, ReadOnly = 8, IoError = 10, Corrupt = 11, Full = 13, NotADatabase = 26 };

} // namespace

QString SqliteStoreEngine::driverName() const
{
    return u"QSQLITE"_s;
}

QString SqliteStoreEngine::displayName(const QString &location) const
{
    return QDir::toNativeSeparators(location);
}

std::optional<StoreError> SqliteStoreEngine::open(QSqlDatabase &database, const QString &location, Store::Access access, bool &readOnly) const
{
    const QString name = displayName(location);
    const QFileInfo file(location);
    if (file.exists()) {
        if (!file.isFile() || !file.isReadable())
            return StoreError {StoreError::Kind::CannotOpen, tr("%1 cannot be read.").arg(name)};
        // Check the header before SQLite touches the file: a file that is not a
        // database must be left exactly as it is.
        QFile probe(location);
        if (file.size() > 0 && (!probe.open(QIODevice::ReadOnly) || probe.read(16) != QByteArrayView("SQLite format 3\0", 16)))
            return StoreError {StoreError::Kind::Corrupt, tr("%1 is not a Parallax library (not an SQLite database).").arg(name)};
    } else if (access == Store::Access::ReadOnly) {
        return StoreError {StoreError::Kind::CannotOpen, tr("There is no library at %1.").arg(name)};
    } else if (!QDir().mkpath(file.absolutePath())) {
        return StoreError {StoreError::Kind::CannotOpen, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(file.absolutePath()))};
    }
    // The WAL journal needs to write beside the file, too.
    readOnly = access == Store::Access::ReadOnly || (file.exists() && (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable()));
    database.setDatabaseName(location);
    database.setConnectOptions(readOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!database.open())
        return StoreError {StoreError::Kind::CannotOpen, tr("%1 cannot be opened: %2").arg(name, database.lastError().text())};

    // Reading the schema finds a damaged file; a busy one is said to be busy.
    QSqlQuery schema(database);
    if (!schema.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
        StoreError error = errorFor(schema.lastError());
        if (error.kind != StoreError::Kind::Busy)
            error.kind = StoreError::Kind::Corrupt;
        return error;
    }
    // A statement not read to its end keeps a read transaction open, and the journal
    // mode cannot change inside one.
    schema.finish();
    QStringList setup {u"PRAGMA foreign_keys = ON"_s};
    // WAL: readers never block the writer; FULL: a committed change survives a crash of
    // the machine, not only of the program. A scratch library has nothing to survive.
    if (!readOnly)
        setup << u"PRAGMA journal_mode = WAL"_s << (access == Store::Access::Scratch ? u"PRAGMA synchronous = OFF"_s : u"PRAGMA synchronous = FULL"_s);
    for (const QString &statement : std::as_const(setup)) {
        QSqlQuery query(database);
        if (!query.exec(statement))
            return errorFor(query.lastError());
    }
    return std::nullopt;
}

QString SqliteStoreEngine::defaultCoder(const QSqlDatabase &) const
{
    // A file has no owner to speak of: one person's library records no one.
    return {};
}

std::optional<int> SqliteStoreEngine::schemaVersion(const QSqlDatabase &database, QSqlError &error) const
{
    QSqlQuery query(database);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next()) {
        error = query.lastError();
        return std::nullopt;
    }
    return query.value(0).toInt();
}

QStringList SqliteStoreEngine::recordSchemaVersion(int version) const
{
    // PRAGMA takes no bound values; the number is ours, not the user's.
    return {u"PRAGMA user_version = %1"_s.arg(version)};
}

const QList<QStringList> &SqliteStoreEngine::migrations() const
{
    return StoreSchema::migrations();
}

QString SqliteStoreEngine::beginTransaction() const
{
    // IMMEDIATE takes the write lock up front, so that two writers wait for each other
    // (busy timeout) instead of failing halfway.
    return u"BEGIN IMMEDIATE"_s;
}

QString SqliteStoreEngine::commaList(const QString &column) const
{
    return u"group_concat(%1)"_s.arg(column);
}

// Each word quoted (so that "-", ":" or a stray quote is text, not FTS5 syntax).
QString SqliteStoreEngine::searchQuery(const QString &words) const
{
    QStringList terms;
    for (SearchTerm term : searchTerms(words))
        terms << u'"' + term.word.replace(u'"', u"\"\""_s) + u'"' + (term.prefix ? u"*"_s : QString());
    return terms.join(u' ');
}

QString SqliteStoreEngine::articleSearch() const
{
    return u"SELECT article_search.rowid, articles.title, snippet(article_search, 1, '[', ']', '…', 12) FROM article_search "
           "JOIN articles ON articles.id = article_search.rowid WHERE article_search MATCH ? AND articles.superseded = 0 ORDER BY rank LIMIT ?"_s;
}

QString SqliteStoreEngine::noteSearch() const
{
    return u"SELECT annotations.article_id, note_search.rowid, articles.title, snippet(note_search, 0, '[', ']', '…', 12) FROM note_search "
           "JOIN annotations ON annotations.id = note_search.rowid JOIN articles ON articles.id = annotations.article_id "
           // Newest notes first: FTS5 then stops after LIMIT rows, where ranking would
           // score every note that matches (all 100k of a big library for a common word).
           "WHERE note_search MATCH ? ORDER BY note_search.rowid DESC LIMIT ?"_s;
}

bool SqliteStoreEngine::subscribeToChanges(QSqlDatabase &) const
{
    // A file announces nothing: one person's library changes in one window at a time.
    return false;
}

StoreError SqliteStoreEngine::errorFor(const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff; // extended codes keep the primary in the low byte
    switch (code) {
    case Full:
        return {StoreError::Kind::DiskFull, tr("The disk is full: nothing was saved. Free some space and try again.")};
    case IoError:
        // A write the system refused: no space or quota left, or a failing disk.
        return {StoreError::Kind::DiskFull, tr("Could not write to the disk (it may be full): nothing was saved.")};
    case Busy:
    case Locked:
        return {StoreError::Kind::Busy, tr("The library is busy in another Parallax window or program; try again in a moment.")};
    case ReadOnly:
        return {StoreError::Kind::ReadOnly, tr("The library is read-only: changes cannot be saved.")};
    case Corrupt:
    case NotADatabase:
        return {StoreError::Kind::Corrupt, tr("The library file is damaged (%1).").arg(error.databaseText())};
    default:
        return {StoreError::Kind::Failed, error.text()};
    }
}

QString SqliteStoreEngine::integrityCheck() const
{
    return u"PRAGMA integrity_check"_s;
}

QStringList SqliteStoreEngine::computedColumns(const QString &table) const
{
    // Search is an FTS5 table of its own, kept by triggers.
    Q_UNUSED(table);
    return {};
}

QStringList SqliteStoreEngine::afterIdsGiven(const QString &table) const
{
    // An INTEGER PRIMARY KEY continues from the largest id in the table.
    Q_UNUSED(table);
    return {};
}

} // namespace Parallax
