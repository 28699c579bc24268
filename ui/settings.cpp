// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "settings.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{
const auto ViewGroup = u"View"_s;
const auto FontKey = u"articleFont"_s;
const auto ThemeKey = u"theme"_s;
const auto SyncKey = u"synchronizedScrolling"_s;
const auto FurnitureKey = u"showPageFurniture"_s;

const auto WindowGroup = u"MainWindow"_s;
const auto GeometryKey = u"geometry"_s;
const auto StateKey = u"state"_s;
const auto SplitterKey = u"splitter"_s;
const auto LeftArticleKey = u"leftArticle"_s;
const auto RightArticleKey = u"rightArticle"_s;

const auto RecentFilesKey = u"RecentFiles/paths"_s;
const auto TeamLibraryKey = u"TeamLibrary/address"_s;
const auto CoderNameKey = u"Coding/coderName"_s;

const auto ExportGroup = u"export"_s;
const auto FormatKey = u"format"_s;
const auto ScopeKey = u"scope"_s;
const auto TagKey = u"tag"_s;
const auto FolderKey = u"folder"_s;

QString themeName(Theme::Scheme scheme)
{
    switch (scheme) {
    case Theme::Scheme::Light:
        return u"light"_s;
    case Theme::Scheme::Dark:
        return u"dark"_s;
    case Theme::Scheme::System:
        break;
    }
    return u"system"_s;
}
} // namespace

ViewSettings Settings::view()
{
    m_settings.beginGroup(ViewGroup);
    ViewSettings view;
    view.articleFont = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    const QString font = m_settings.value(FontKey).toString();
    if (!font.isEmpty() && !view.articleFont.fromString(font))
        view.articleFont = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    view.theme = Theme::fromName(m_settings.value(ThemeKey).toString()).value_or(Theme::Scheme::System);
    view.synchronizedScrolling = m_settings.value(SyncKey, true).toBool();
    view.showPageFurniture = m_settings.value(FurnitureKey, false).toBool();
    m_settings.endGroup();
    return view;
}

void Settings::setView(const ViewSettings &view)
{
    m_settings.beginGroup(ViewGroup);
    m_settings.setValue(FontKey, view.articleFont.toString());
    m_settings.setValue(ThemeKey, themeName(view.theme));
    m_settings.setValue(SyncKey, view.synchronizedScrolling);
    m_settings.setValue(FurnitureKey, view.showPageFurniture);
    m_settings.endGroup();
}

WindowSettings Settings::window()
{
    m_settings.beginGroup(WindowGroup);
    WindowSettings window;
    window.geometry = m_settings.value(GeometryKey).toByteArray();
    window.state = m_settings.value(StateKey).toByteArray();
    window.splitter = m_settings.value(SplitterKey).toByteArray();
    window.leftArticle = m_settings.value(LeftArticleKey).toString();
    window.rightArticle = m_settings.value(RightArticleKey).toString();
    m_settings.endGroup();
    return window;
}

void Settings::setWindow(const WindowSettings &window)
{
    m_settings.beginGroup(WindowGroup);
    m_settings.setValue(GeometryKey, window.geometry);
    m_settings.setValue(StateKey, window.state);
    m_settings.setValue(SplitterKey, window.splitter);
    // A pane that showed nothing leaves the article it showed before to be shown again.
    if (!window.leftArticle.isEmpty())
        m_settings.setValue(LeftArticleKey, window.leftArticle);
    if (!window.rightArticle.isEmpty())
        m_settings.setValue(RightArticleKey, window.rightArticle);
    m_settings.endGroup();
}

QString Settings::coderName()
{
    return m_settings.value(CoderNameKey).toString().trimmed();
}

void Settings::setCoderName(const QString &name)
{
    m_settings.setValue(CoderNameKey, name.trimmed());
}

QString Settings::teamLibrary()
{
    return m_settings.value(TeamLibraryKey).toString();
}

void Settings::setTeamLibrary(const QString &address)
{
    m_settings.setValue(TeamLibraryKey, address);
}

QStringList Settings::recentFiles()
{
    return m_settings.value(RecentFilesKey).toStringList();
}

void Settings::setRecentFiles(const QStringList &paths)
{
    m_settings.setValue(RecentFilesKey, paths);
}

ExportSettings Settings::lastExport()
{
    m_settings.beginGroup(ExportGroup);
    ExportSettings choice;
    choice.format = m_settings.value(FormatKey).toString();
    choice.scope = m_settings.value(ScopeKey).toString();
    choice.tag = m_settings.value(TagKey).toString();
    choice.folder = m_settings.value(FolderKey).toString();
    m_settings.endGroup();
    return choice;
}

void Settings::setLastExport(const ExportSettings &choice)
{
    m_settings.beginGroup(ExportGroup);
    m_settings.setValue(FormatKey, choice.format);
    m_settings.setValue(ScopeKey, choice.scope);
    m_settings.setValue(TagKey, choice.tag);
    m_settings.setValue(FolderKey, choice.folder);
    m_settings.endGroup();
}

} // namespace Parallax
