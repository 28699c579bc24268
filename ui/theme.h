// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QPalette>
#include <QString>

#include <optional>

namespace Parallax
{

/// The application's color scheme: the desktop's, or a light or dark one of our own.
namespace Theme
{

enum class Scheme { System, Light, Dark };

/// "system", "light" or "dark"; std::nullopt for anything else.
std::optional<Scheme> fromName(const QString &name);
/// Applies SCHEME to the running QApplication (Fusion style for our own palettes, so
/// that they look the same on every desktop).
void apply(Scheme scheme);
/// The palette of the dark scheme.
QPalette darkPalette();

} // namespace Theme

} // namespace Parallax
