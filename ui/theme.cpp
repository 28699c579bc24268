// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Parallax::Theme
{

std::optional<Scheme> fromName(const QString &name)
{
    if (name == "system"_L1)
        return Scheme::System;
    if (name == "light"_L1)
        return Scheme::Light;
    if (name == "dark"_L1)
        return Scheme::Dark;
    return std::nullopt;
}

void apply(Scheme scheme)
{
    if (scheme == Scheme::System)
        return;
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (scheme == Scheme::Light) {
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    }
    QApplication::setPalette(darkPalette());
}

QPalette darkPalette()
{
    // Breeze Dark's colors, which KDE users know.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    dark.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    dark.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x71, 0x75));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x71, 0x75));
    return dark;
}

} // namespace Parallax::Theme
