// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "claimcolors.h"

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
    const bool dark = isDark(palette);
    switch (status) {
    case ClaimStatus::Agree:
        return dark ? QColor(0x1f, 0x4a, 0x2c) : QColor(0xd4, 0xf4, 0xdd);
    case ClaimStatus::Compatible: // a muted teal: not wrong, but not the same either
        return dark ? QColor(0x1d, 0x40, 0x48) : QColor(0xd6, 0xec, 0xf0);
    case ClaimStatus::Conflict:
        return dark ? QColor(0x6b, 0x1f, 0x26) : QColor(0xf9, 0xc9, 0xcc);
    case ClaimStatus::OnlyA:
    case ClaimStatus::OnlyB:
        return dark ? QColor(0x5a, 0x45, 0x12) : QColor(0xfd, 0xe8, 0xb8);
    }
    return {};
}

QColor marker(ClaimStatus status, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (status) {
    case ClaimStatus::Agree:
        return dark ? QColor(0x3f, 0xa3, 0x5f) : QColor(0x3c, 0xa0, 0x5a);
    case ClaimStatus::Compatible:
        return dark ? QColor(0x4f, 0x9d, 0xac) : QColor(0x4a, 0x8c, 0x99);
    case ClaimStatus::Conflict:
        return dark ? QColor(0xe0, 0x4f, 0x5c) : QColor(0xd6, 0x29, 0x3a);
    case ClaimStatus::OnlyA:
    case ClaimStatus::OnlyB:
        return dark ? QColor(0xd9, 0xa4, 0x2b) : QColor(0xe0, 0x9a, 0x10);
    }
    return {};
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
