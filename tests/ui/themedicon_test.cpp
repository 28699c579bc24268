// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// Parallax's own icons, used where the desktop has no icon theme: drawn in the colors
// of the scheme in use, so that they read on light and on dark.
#include <ui/mainwindow.h>
#include <ui/theme.h>
#include <ui/themedicon.h>

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPalette>
#include <QStyle>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

// The mean lightness (0–1) of the drawn pixels of ICON at 32 px, and how many there are.
std::pair<double, int> strokeOf(const QIcon &icon, QIcon::Mode mode = QIcon::Normal)
{
    const QImage image = icon.pixmap(QSize(32, 32), 1.0, mode).toImage().convertToFormat(QImage::Format_ARGB32);
    double lightness = 0;
    int drawn = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > 128) {
                lightness += pixel.lightnessF();
                ++drawn;
            }
        }
    }
    return {drawn ? lightness / drawn : 0.0, drawn};
}

class ThemedIconTest : public ::testing::Test
{
protected:
    void TearDown() override { QApplication::setPalette(QApplication::style()->standardPalette()); }
};

} // namespace

TEST_F(ThemedIconTest, everyFallbackIcon_isDrawnDarkOnTheLightSchemeAndLightOnTheDark)
{
    const QStringList names = ThemedIcon::fallbackNames();
    ASSERT_GE(names.size(), 20);
    for (const QString &name : names) {
        Theme::apply(Theme::Scheme::Light);
        const auto [onLight, drawnOnLight] = strokeOf(ThemedIcon::named(name));
        Theme::apply(Theme::Scheme::Dark);
        const auto [onDark, drawnOnDark] = strokeOf(ThemedIcon::named(name));
        EXPECT_GT(drawnOnLight, 20) << qPrintable(name) << ": nothing drawn";
        EXPECT_LT(onLight, 0.35) << qPrintable(name);
        EXPECT_GT(onDark, 0.75) << qPrintable(name);
    }
}

TEST_F(ThemedIconTest, anIconMadeBeforeTheSchemeChanges_followsIt)
{
    Theme::apply(Theme::Scheme::Light);
    const QIcon find = ThemedIcon::named(u"edit-find"_s);
    EXPECT_LT(strokeOf(find).first, 0.35);
    Theme::apply(Theme::Scheme::Dark);
    EXPECT_GT(strokeOf(find).first, 0.75) << "the same icon, drawn again in the dark scheme's color";
    EXPECT_LT(strokeOf(find, QIcon::Disabled).first, strokeOf(find).first) << "disabled is dimmer";
    EXPECT_TRUE(ThemedIcon::named(u"no-such-icon"_s).isNull());
}

TEST_F(ThemedIconTest, theWindowsMenus_showOurIcons_withoutAnIconTheme)
{
    // Offscreen there is no icon theme: every icon a menu shows is one of ours.
    MainWindow window {ImportFormats()};
    int withIcon = 0;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions())
            withIcon += action->icon().isNull() ? 0 : 1;
    }
    EXPECT_GE(withIcon, 15);
    for (const QString &name : {u"tag"_s, u"edit-undo"_s, u"edit-redo"_s, u"edit-delete"_s, u"document-export"_s, u"pin"_s})
        EXPECT_FALSE(ThemedIcon::named(name).isNull()) << qPrintable(name);
}
