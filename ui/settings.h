// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "theme.h"

#include <QByteArray>
#include <QFont>
#include <QSettings>
#include <QStringList>

namespace Parallax
{

/// What the user sets in Configure Parallax and the View menu.
struct ViewSettings {
    QFont articleFont; ///< the font of the article text
    Theme::Scheme theme = Theme::Scheme::System;
    bool synchronizedScrolling = true;
    /// Whether a saved page's menus, teasers and comments show (dimmed) around its
    /// article; hidden by default, as a reader view hides them.
    bool showPageFurniture = false;
};

/// The window as it was left: its size and docks, and the articles it showed.
struct WindowSettings {
    QByteArray geometry; ///< QWidget::saveGeometry()
    QByteArray state; ///< QMainWindow::saveState(): the docks and toolbars
    QByteArray splitter; ///< how the two panes share the width
    QString leftArticle; ///< the path of the article each pane showed; empty for none
    QString rightArticle;
};

/// The last choices of Export Annotations, offered again the next time.
struct ExportSettings {
    QString format; ///< Exporter::formatName(); empty before the first export
    QString scope; ///< "library", "article", "tag" or "comparison"
    QString tag; ///< the tag path of a "tag" scope
    QString folder; ///< where the last file went; empty before the first export
};

/**
 * What Parallax remembers between runs, in one place: every group, key and default of
 * its settings file is here, and no other class reads or writes QSettings. Each section
 * is read and written on its own, so that a window saving its size never writes over a
 * choice made meanwhile in another.
 */
class Settings final
{
public:
    ViewSettings view();
    void setView(const ViewSettings &view);

    WindowSettings window();
    void setWindow(const WindowSettings &window);

    /// Newest first.
    QStringList recentFiles();
    void setRecentFiles(const QStringList &paths);

    ExportSettings lastExport();
    void setLastExport(const ExportSettings &choice);

    /// The name the user's annotations, tags, reviews and pins are recorded under, for
    /// agreement between coders; empty: none (on a team library, the server's role).
    QString coderName();
    void setCoderName(const QString &name);

    /// The address of the team library connected to last (never with a password).
    QString teamLibrary();
    void setTeamLibrary(const QString &address);

private:
    QSettings m_settings;
};

} // namespace Parallax
