// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace Parallax::Testing
{

/**
 * The PostgreSQL server of the tests: the one PARALLAX_TEST_POSTGRES names (the URI of
 * a role that may create databases), else the throwaway cluster that ctest starts with
 * tools/postgres before the tests that need it (the fixture "Postgres"). Null, with
 * WHY_NOT set, when there is none: a test binary run by hand outside ctest.
 */
inline std::optional<QUrl> postgresServer(QString *whyNot)
{
    if (const QString named = qEnvironmentVariable("PARALLAX_TEST_POSTGRES"); !named.isEmpty())
        return QUrl(named);
#ifdef PARALLAX_TEST_POSTGRES_DIR
    QFile port(QStringLiteral(PARALLAX_TEST_POSTGRES_DIR "/port"));
    if (port.open(QIODevice::ReadOnly))
        return QUrl(QStringLiteral("postgresql://parallax@127.0.0.1:%1/postgres").arg(QString::fromLatin1(port.readAll().trimmed())));
#endif
    *whyNot = QStringLiteral("no PostgreSQL server for the tests: run them with ctest, or start one (tools/dev postgres start) and set PARALLAX_TEST_POSTGRES");
    return std::nullopt;
}

/**
 * A new, empty database on the test server for one test, dropped when it goes. Its
 * uri() is what Store::open() and --db take.
 */
class PostgresDatabase
{
public:
    PostgresDatabase()
    {
        const std::optional<QUrl> server = postgresServer(&m_error);
        if (!server)
            return;
        m_server = *server;
        m_name = QStringLiteral("parallax_test_") + QUuid::createUuid().toString(QUuid::Id128);
        if (runOnServer(QStringLiteral("CREATE DATABASE %1").arg(m_name))) {
            QUrl database = m_server;
            database.setPath(u'/' + m_name);
            m_uri = database.toString();
        }
    }
    ~PostgresDatabase()
    {
        // FORCE: a connection a test left open does not keep the database alive.
        if (!m_uri.isEmpty())
            runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    PostgresDatabase(const PostgresDatabase &) = delete;
    PostgresDatabase &operator=(const PostgresDatabase &) = delete;

    /// Empty when the database could not be made; error() says why.
    const QString &uri() const { return m_uri; }
    const QString &error() const { return m_error; }

private:
    bool runOnServer(const QString &statement)
    {
        const QString connection = QStringLiteral("test-server-") + m_name;
        bool done = false;
        {
            QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            server.setHostName(m_server.host());
            server.setPort(m_server.port(5432));
            server.setUserName(m_server.userName());
            server.setPassword(m_server.password());
            server.setDatabaseName(m_server.path().mid(1));
            if (!server.open()) {
                m_error = server.lastError().text();
            } else {
                QSqlQuery query(server);
                done = query.exec(statement);
                if (!done)
                    m_error = query.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return done;
    }

    QUrl m_server;
    QString m_name;
    QString m_uri;
    QString m_error;
};

} // namespace Parallax::Testing
