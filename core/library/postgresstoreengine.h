// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/library/storeengine.h>

namespace Parallax
{

/**
 * A team library on a PostgreSQL server, through Qt's QPSQL driver. The location is a
 * connection URI, postgresql://user@host:5432/dbname (a Unix socket folder as
 * ?host=/run/postgresql); the password is never part of it: libpq takes it from
 * ~/.pgpass or PGPASSWORD. Search uses tsvector columns with GIN indexes; the schema's
 * version is kept in the table parallax_schema.
 */
class PostgresStoreEngine final : public StoreEngine
{
    Q_DECLARE_TR_FUNCTIONS(PostgresStoreEngine)

public:
    QString driverName() const override;
    QString displayName(const QString &location) const override;
    std::optional<StoreError> open(QSqlDatabase &database, const QString &location, Store::Access access, bool &readOnly) const override;
    QString defaultCoder(const QSqlDatabase &database) const override;
    std::optional<int> schemaVersion(const QSqlDatabase &database, QSqlError &error) const override;
    QStringList recordSchemaVersion(int version) const override;
    const QList<QStringList> &migrations() const override;
    QString beginTransaction() const override;
    QString commaList(const QString &column) const override;
    QString searchQuery(const QString &words) const override;
    QString articleSearch() const override;
    QString noteSearch() const override;
    bool subscribeToChanges(QSqlDatabase &database) const override;
    StoreError errorFor(const QSqlError &error) const override;
    QString integrityCheck() const override;
    QStringList computedColumns(const QString &table) const override;
    QStringList afterIdsGiven(const QString &table) const override;
};

} // namespace Parallax
