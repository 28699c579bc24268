// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QIcon>
#include <QString>

namespace Parallax::ThemedIcon
{

/// The desktop theme's icon NAME ("edit-find"), as QIcon::fromTheme() gives it. Where
/// the theme has none, or there is no theme (other desktops, offscreen), Parallax's own
/// line drawing of it, stroked in the palette's button text color at the time it is drawn, so
/// that it reads on the light and on the dark scheme alike. Null for a name we lack.
QIcon named(const QString &name);

/// The names Parallax has a drawing of.
QStringList fallbackNames();

} // namespace Parallax::ThemedIcon
