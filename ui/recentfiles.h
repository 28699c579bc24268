// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace Parallax
{

/**
 * The files opened lately, newest first, kept in the Settings and offered in a
 * File > Open Recent menu that it keeps up to date.
 */
class RecentFiles final : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaximumCount = 10;

    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    void add(const QString &path);
    void clear();
    QStringList paths() const { return m_paths; }

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuildMenu();
    void save() const;

    QMenu *m_menu;
    QStringList m_paths;
};

} // namespace Parallax
