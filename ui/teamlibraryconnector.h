// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QWidget;

namespace Parallax
{

class MessageBar;
class Store;

/**
 * File > Connect to Team Library…: asks for a PostgreSQL library (TeamLibraryDialog),
 * opens it, and hands it to the window, which works on it from then on. The library it
 * opened lives as long as this object; the address is remembered for next time.
 */
class TeamLibraryConnector final : public QObject
{
    Q_OBJECT

public:
    using UseStore = std::function<void(Store *store)>;
    TeamLibraryConnector(QWidget *window, MessageBar *messages, UseStore useStore);
    ~TeamLibraryConnector() override;

    QAction *action() const { return m_action; }
    /// Opens the library at ADDRESS and hands it over; false (said in the message bar)
    /// when it cannot be opened.
    bool connectTo(const QString &address);

private:
    QWidget *m_window;
    MessageBar *m_messages;
    UseStore m_useStore;
    QAction *m_action;
    std::unique_ptr<Store> m_store;
};

} // namespace Parallax
