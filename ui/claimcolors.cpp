// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "claimcolors.h"

#include <core/compare/claimpalette.h>

namespace Parallax::ClaimColors
{

namespace
{
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}
} // namespace

QColor forStatus(ClaimStatus status, const QPalette &palette)
{
    const ClaimPalette::Shades shades = ClaimPalette::background(status);
    return QColor::fromString(isDark(palette) ? shades.dark : shades.light);
}

QColor marker(ClaimStatus status, const QPalette &palette)
{
    const ClaimPalette::Shades shades = ClaimPalette::marker(status);
    return QColor::fromString(isDark(palette) ? shades.dark : shades.light);
}

QColor neutralLink(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x3a, 0x44, 0x52) : QColor(0xd5, 0xdd, 0xe8);
}

QColor boilerplate(const QPalette &palette)
{
    QColor text = palette.color(QPalette::Text);
    text.setAlphaF(0.45);
    return text;
}

} // namespace Parallax::ClaimColors
