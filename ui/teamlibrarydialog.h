// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace Parallax
{

/**
 * Asks where a team library lives on a PostgreSQL server: the server (a host name, or
 * the folder of a Unix socket), its port, the database and the user. The password is
 * not asked: libpq takes it from ~/.pgpass or PGPASSWORD. "Test Connection" opens the
 * library and says what it found, or why it could not.
 */
class TeamLibraryDialog final : public QDialog
{
    Q_OBJECT

public:
    /// ADDRESS: the one to start from (postgresql://user@host:port/dbname), if any.
    explicit TeamLibraryDialog(const QString &address, QWidget *parent = nullptr);

    /// The library's address, postgresql://user@host:port/dbname.
    QString address() const;
    /// Tries the address now; the result is shown under the fields.
    void testConnection();
    QString testResult() const;

private:
    void updateAddress();

    QLineEdit *m_server;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLabel *m_address;
    QLabel *m_result;
};

} // namespace Parallax
