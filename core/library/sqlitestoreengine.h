// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/library/storeengine.h>

namespace Parallax
{

/// A library in one SQLite file: WAL mode, foreign keys on, FTS5 for search, the
/// schema's version in PRAGMA user_version.
class SqliteStoreEngine final : public StoreEngine
{
    Q_DECLARE_TR_FUNCTIONS(SqliteStoreEngine)

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
