// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/library/store.h>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Parallax
{

/**
 * What differs between the database engines a library lives on: how a location is
 * opened, the schema's statements and how its version is kept, transactions, full-text
 * search, and what an engine's error means to the user. The store says everything else
 * in SQL that both SQLite and PostgreSQL understand.
 */
class StoreEngine
{
    Q_DECLARE_TR_FUNCTIONS(StoreEngine)

public:
    virtual ~StoreEngine() = default;

    /// The engine for LOCATION: PostgreSQL for a connection URI
    /// ("postgresql://user@host:5432/dbname"), else SQLite for a file.
    static std::unique_ptr<StoreEngine> forLocation(const QString &location);

    /// The Qt Sql driver: QSQLITE, QPSQL.
    virtual QString driverName() const = 0;
    /// LOCATION as the user's messages name it: a native path, or the URI.
    virtual QString displayName(const QString &location) const = 0;
    /// Opens DATABASE, a connection of driverName() not yet open, at LOCATION; sets
    /// READ_ONLY when the library cannot be written there. The error when it cannot be
    /// opened, or is not a library.
    virtual std::optional<StoreError> open(QSqlDatabase &database, const QString &location, Store::Access access, bool &readOnly) const = 0;
    /// The schema version of the open DATABASE (0 for an empty one), or the error.
    virtual std::optional<int> schemaVersion(const QSqlDatabase &database, QSqlError &error) const = 0;
    /// Who codes when no coder was named: on a server, the role it was opened as.
    virtual QString defaultCoder(const QSqlDatabase &database) const = 0;
    /// The statements that record VERSION as the schema's, inside the migration.
    virtual QStringList recordSchemaVersion(int version) const = 0;
    /// The statements that take a library from version N to N + 1, for N = 0, 1, ….
    virtual const QList<QStringList> &migrations() const = 0;
    /// Starts a transaction that will write.
    virtual QString beginTransaction() const = 0;
    /// An aggregate of the values of COLUMN as "1,2,3".
    virtual QString commaList(const QString &column) const = 0;

    /// Full-text search. The user's words as the engine's query, and the queries that
    /// take it and a limit: (article id, title, context) of the latest revisions, best
    /// first; (article id, annotation id, title, context) of notes, newest first. The
    /// context marks the matches with "[" and "]".
    virtual QString searchQuery(const QString &words) const = 0;
    virtual QString articleSearch() const = 0;
    virtual QString noteSearch() const = 0;

    /// Asks the open DATABASE to hear of other connections' changes (its driver's
    /// notification() signal then carries them); false where the engine cannot.
    virtual bool subscribeToChanges(QSqlDatabase &database) const = 0;

    /// What ERROR means to the user.
    virtual StoreError errorFor(const QSqlError &error) const = 0;
    /// A query whose one value is "ok" when the library is sound.
    virtual QString integrityCheck() const = 0;
    /// The columns of TABLE that the engine computes itself (a search vector): a copy
    /// of the library writes every column but these.
    virtual QStringList computedColumns(const QString &table) const = 0;
    /// The statements after rows of TABLE were written with the ids they had elsewhere,
    /// so that the next new row takes an id after them.
    virtual QStringList afterIdsGiven(const QString &table) const = 0;

protected:
    /// The user's words as search terms: each word, all required; a trailing * asks
    /// for words that begin so. Each engine quotes them in its own syntax.
    struct SearchTerm {
        QString word;
        bool prefix = false;
    };
    static QList<SearchTerm> searchTerms(const QString &words);
};

} // namespace Parallax
