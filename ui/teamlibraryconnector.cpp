// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "teamlibraryconnector.h"

#include "messagebar.h"
#include "settings.h"
#include "teamlibrarydialog.h"
#include "themedicon.h"

#include <core/library/store.h>

#include <QAction>
#include <QApplication>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Parallax
{

TeamLibraryConnector::TeamLibraryConnector(QWidget *window, MessageBar *messages, UseStore useStore)
    : QObject(window)
    , m_window(window)
    , m_messages(messages)
    , m_useStore(std::move(useStore))
    , m_action(new QAction(ThemedIcon::named(u"network-server-database"_s), tr("Connect to &Team Library…"), this))
{
    m_action->setToolTip(tr("Work on a library that a team shares on a PostgreSQL server"));
    connect(m_action, &QAction::triggered, this, [this] {
        TeamLibraryDialog dialog(Settings().teamLibrary(), m_window);
        if (dialog.exec() == QDialog::Accepted)
            connectTo(dialog.address());
    });
}

TeamLibraryConnector::~TeamLibraryConnector() = default;

bool TeamLibraryConnector::connectTo(const QString &address)
{
    auto store = std::make_unique<Store>();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const StoreResult<void> opened = store->open(address);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        m_messages->showError(tr("The team library could not be opened. %1").arg(opened.error().message));
        return false;
    }
    Settings().setTeamLibrary(address);
    // The window lets go of the library it had before this one goes.
    m_useStore(store.get());
    m_store = std::move(store);
    return true;
}

} // namespace Parallax
