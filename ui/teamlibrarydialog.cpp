// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "teamlibrarydialog.h"

#include <core/library/store.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Parallax
{

TeamLibraryDialog::TeamLibraryDialog(const QString &address, QWidget *parent)
    : QDialog(parent)
    , m_server(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_address(new QLabel(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Connect to Team Library"));
    const QUrl start(address.isEmpty() ? u"postgresql://%1@localhost:5432/parallax"_s.arg(qEnvironmentVariable("USER")) : address);
    const QUrlQuery query(start);
    m_server->setText(query.hasQueryItem(u"host"_s) ? query.queryItemValue(u"host"_s, QUrl::FullyDecoded) : start.host());
    m_server->setToolTip(tr("The server's host name, or the folder of its Unix socket (such as /run/postgresql)"));
    m_port->setRange(1, 65535);
    m_port->setValue(start.port(5432));
    m_database->setText(start.path().mid(1));
    m_user->setText(start.userName());
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Address:"), m_address);
    auto *note = new QLabel(tr("The password is read from ~/.pgpass or the PGPASSWORD variable; it is never asked for here or saved."), this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    QPushButton *test = buttons->addButton(tr("&Test Connection"), QDialogButtonBox::ActionRole);
    test->setToolTip(tr("Open the library now and say what is in it"));
    connect(test, &QPushButton::clicked, this, &TeamLibraryDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *field : {m_server, m_database, m_user})
        connect(field, &QLineEdit::textChanged, this, &TeamLibraryDialog::updateAddress);
    connect(m_port, &QSpinBox::valueChanged, this, &TeamLibraryDialog::updateAddress);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    updateAddress();
}

QString TeamLibraryDialog::address() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(m_user->text().trimmed());
    const QString server = m_server->text().trimmed();
    // A socket is a folder: libpq takes it as the host, given in the query.
    if (server.startsWith(u'/')) {
        url.setHost(QString());
        QUrlQuery query;
        query.addQueryItem(u"host"_s, server);
        url.setQuery(query);
    } else {
        url.setHost(server);
        url.setPort(m_port->value());
    }
    url.setPath(u'/' + m_database->text().trimmed());
    return url.toString();
}

void TeamLibraryDialog::updateAddress()
{
    m_address->setText(address());
    m_result->clear();
}

void TeamLibraryDialog::testConnection()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Store store;
    // An empty database becomes a library here, as it would on Connect.
    const StoreResult<void> opened = store.open(address());
    QApplication::restoreOverrideCursor();
    if (!opened) {
        m_result->setText(tr("Not connected: %1").arg(opened.error().message));
        return;
    }
    m_result->setText(
        tr("Connected: %n article(s) in the library (schema %1).", nullptr, int(store.articles().value_or({}).size())).arg(store.schemaVersion()));
}

QString TeamLibraryDialog::testResult() const
{
    return m_result->text();
}

} // namespace Parallax
