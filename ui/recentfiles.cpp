// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "recentfiles.h"

#include "settings.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace Parallax
{

RecentFiles::RecentFiles(QMenu *menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
    , m_paths(Settings().recentFiles().mid(0, MaximumCount))
{
    rebuildMenu();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_paths.removeAll(absolute);
    m_paths.prepend(absolute);
    m_paths = m_paths.mid(0, MaximumCount);
    save();
    rebuildMenu();
}

void RecentFiles::clear()
{
    m_paths.clear();
    save();
    rebuildMenu();
}

void RecentFiles::save() const
{
    Settings().setRecentFiles(m_paths);
}

void RecentFiles::rebuildMenu()
{
    m_menu->clear();
    for (int i = 0; i < m_paths.size(); ++i) {
        const QString &path = m_paths.at(i);
        // "&1 report.md", with the folder in the tooltip and status bar.
        QAction *action = m_menu->addAction(tr("&%1 %2").arg(i + 1 < 10 ? QString::number(i + 1) : u"0"_s, QFileInfo(path).fileName()), this, [this, path] {
            Q_EMIT openRequested(path);
        });
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (!m_paths.isEmpty())
        m_menu->addSeparator();
    QAction *clearAction = m_menu->addAction(tr("&Clear List"), this, &RecentFiles::clear);
    clearAction->setEnabled(!m_paths.isEmpty());
    clearAction->setToolTip(tr("Forget the files opened lately"));
    m_menu->setEnabled(true);
}

} // namespace Parallax
