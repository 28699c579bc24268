// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "postgresstoreengine.h"

#include "storeschema.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

// The connection parameters of libpq that a URI's query may carry besides host.
const QStringList PassedOptions = {u"sslmode"_s, u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s, u"connect_timeout"_s, u"application_name"_s};

} // namespace

QString PostgresStoreEngine::driverName() const
{
    return u"QPSQL"_s;
}

QString PostgresStoreEngine::displayName(const QString &location) const
{
    // A password has no place in what is shown (nor in the URI: see open()).
    return QUrl(location).toDisplayString(QUrl::RemovePassword);
}

namespace
{

// Whether the role connected may read the library's annotations but not add to them, as
// a team gives a reviewer or a student: such a library opens read-only, with a notice,
// instead of failing at the first edit. An empty database says nothing yet.
bool mayOnlyRead(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    return query.exec(u"SELECT to_regclass('annotations') IS NOT NULL AND NOT has_table_privilege('annotations', 'INSERT')"_s) && query.next()
        && query.value(0).toBool();
}

} // namespace

std::optional<StoreError> PostgresStoreEngine::open(QSqlDatabase &database, const QString &location, Store::Access access, bool &readOnly) const
{
    const QUrl url(location);
    const QString name = displayName(location);
    const QString databaseName = url.path().mid(1);
    if (!url.isValid() || databaseName.isEmpty() || databaseName.contains(u'/'))
        return StoreError {StoreError::Kind::CannotOpen, tr("%1 is not a PostgreSQL address: write postgresql://user@host:5432/dbname.").arg(name)};
    if (!url.password().isEmpty())
        return StoreError {StoreError::Kind::CannotOpen,
            tr("The address %1 holds a password. Put it in ~/.pgpass or the PGPASSWORD variable instead, where it is not shown or saved.").arg(name)};
    const QUrlQuery query(url);
    // A Unix socket is named by its folder, "?host=/run/postgresql", as libpq has it.
    database.setHostName(query.hasQueryItem(u"host"_s) ? query.queryItemValue(u"host"_s, QUrl::FullyDecoded) : url.host());
    if (url.port() > 0)
        database.setPort(url.port());
    database.setUserName(url.userName(QUrl::FullyDecoded));
    database.setDatabaseName(QUrl::fromPercentEncoding(databaseName.toUtf8()));
    QStringList options {u"connect_timeout=10"_s, u"application_name=Parallax"_s};
    for (const QString &option : PassedOptions) {
        if (query.hasQueryItem(option))
            options << option + u'=' + query.queryItemValue(option, QUrl::FullyDecoded);
    }
    database.setConnectOptions(options.join(u';'));
    if (!database.open())
        return StoreError {StoreError::Kind::CannotOpen, tr("The library %1 cannot be reached: %2").arg(name, database.lastError().databaseText().trimmed())};
    readOnly = access == Store::Access::ReadOnly || mayOnlyRead(database);
    QStringList setup {u"SET client_min_messages = warning"_s};
    if (readOnly)
        setup << u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s;
    for (const QString &statement : std::as_const(setup)) {
        QSqlQuery run(database);
        if (!run.exec(statement))
            return errorFor(run.lastError());
    }
    return std::nullopt;
}

QString PostgresStoreEngine::defaultCoder(const QSqlDatabase &database) const
{
    return database.userName();
}

std::optional<int> PostgresStoreEngine::schemaVersion(const QSqlDatabase &database, QSqlError &error) const
{
    // An empty database has no version table yet: version 0.
    QSqlQuery query(database);
    if (!query.exec(u"SELECT to_regclass('parallax_schema') IS NOT NULL"_s) || !query.next()) {
        error = query.lastError();
        return std::nullopt;
    }
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(u"SELECT version FROM parallax_schema"_s)) {
        error = query.lastError();
        return std::nullopt;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

QStringList PostgresStoreEngine::recordSchemaVersion(int version) const
{
    return {u"CREATE TABLE IF NOT EXISTS parallax_schema (version INTEGER NOT NULL)"_s,
        u"DELETE FROM parallax_schema"_s,
        u"INSERT INTO parallax_schema (version) VALUES (%1)"_s.arg(version)};
}

const QList<QStringList> &PostgresStoreEngine::migrations() const
{
    return StoreSchema::postgresMigrations();
}

QString PostgresStoreEngine::beginTransaction() const
{
    return u"BEGIN"_s;
}

QString PostgresStoreEngine::commaList(const QString &column) const
{
    return u"string_agg(%1::text, ',')"_s.arg(column);
}

// Each word a quoted lexeme (so that "&", "|", "!" or a stray quote is text, not
// tsquery syntax), joined by AND; a prefix as ":*".
QString PostgresStoreEngine::searchQuery(const QString &words) const
{
    QStringList terms;
    for (SearchTerm term : searchTerms(words)) {
        term.word.replace(u'\\', u"\\\\"_s).replace(u'\'', u"''"_s);
        terms << u'\'' + term.word + u'\'' + (term.prefix ? u":*"_s : QString());
    }
    return terms.join(u" & "_s);
}

QString PostgresStoreEngine::articleSearch() const
{
    // The context is cut from the first 100,000 characters: ts_headline reads all of
    // the text it is given.
    return uR"(SELECT articles.id, articles.title,
                ts_headline('simple', left(articles.text, 100000), query, 'StartSel="[", StopSel="]", MaxWords=12, MinWords=6, MaxFragments=1, FragmentDelimiter="…"')
            FROM articles, to_tsquery('simple', ?) AS query
            WHERE articles.search @@ query AND articles.superseded = 0
            ORDER BY ts_rank(articles.search, query) DESC, articles.id LIMIT ?)"_s;
}

QString PostgresStoreEngine::noteSearch() const
{
    return uR"(SELECT annotations.article_id, annotations.id, articles.title,
                ts_headline('simple', annotations.note, query, 'StartSel="[", StopSel="]", MaxWords=12, MinWords=6, MaxFragments=1, FragmentDelimiter="…"')
            FROM annotations JOIN articles ON articles.id = annotations.article_id, to_tsquery('simple', ?) AS query
            WHERE annotations.search @@ query
            ORDER BY annotations.id DESC LIMIT ?)"_s;
}

bool PostgresStoreEngine::subscribeToChanges(QSqlDatabase &database) const
{
    return database.driver()->subscribeToNotification(u"parallax_changes"_s);
}

StoreError PostgresStoreEngine::errorFor(const QSqlError &error) const
{
    // SQLSTATE codes: https://www.postgresql.org/docs/current/errcodes-appendix.html
    const QString state = error.nativeErrorCode();
    if (state == "53100"_L1)
        return {StoreError::Kind::DiskFull, tr("The library server's disk is full: nothing was saved.")};
    if (state == "25006"_L1 || state == "42501"_L1)
        return {StoreError::Kind::ReadOnly, tr("You may read this library but not change it: changes cannot be saved.")};
    if (state == "40001"_L1 || state == "40P01"_L1 || state == "55P03"_L1)
        return {StoreError::Kind::Busy, tr("Someone else changed the same items at the same moment; try again.")};
    // The server answers every statement it refuses with a SQLSTATE; a failure without
    // one is libpq's own: the connection is gone ("server closed the connection").
    const bool connectionGone = state.isEmpty() && error.type() == QSqlError::StatementError;
    if (state.startsWith("08"_L1) || state == "57P01"_L1 || state == "57P02"_L1 || state == "57P03"_L1 || error.type() == QSqlError::ConnectionError
        || connectionGone)
        return {StoreError::Kind::CannotOpen, tr("The library server cannot be reached: nothing was saved. %1").arg(error.databaseText().trimmed())};
    return {StoreError::Kind::Failed, error.text()};
}

QString PostgresStoreEngine::integrityCheck() const
{
    // The server keeps its own pages sound; what is Parallax's to check is the schema.
    return u"SELECT CASE WHEN (SELECT version FROM parallax_schema) = %1 THEN 'ok' ELSE 'schema' END"_s.arg(Store::LatestSchemaVersion);
}

QStringList PostgresStoreEngine::computedColumns(const QString &table) const
{
    // Search reads tsvector columns generated from the text and the notes.
    return table == "articles"_L1 || table == "annotations"_L1 ? QStringList {u"search"_s} : QStringList();
}

QStringList PostgresStoreEngine::afterIdsGiven(const QString &table) const
{
    // An identity column counts on from its sequence, which ids given did not move.
    return {u"SELECT setval(pg_get_serial_sequence('%1', 'id'), max(id)) FROM %1 HAVING max(id) IS NOT NULL"_s.arg(table)};
}

} // namespace Parallax
