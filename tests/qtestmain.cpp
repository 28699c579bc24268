// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// GoogleTest main for tests that drive widgets: one QApplication for the whole run,
// on the offscreen platform (unless PARALLAX_TEST_PLATFORM names another), with settings and data kept away from the user's.
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // PARALLAX_TEST_PLATFORM=xcb runs them in a real X server (xvfb-run), where key
    // bindings and focus follow the desktop's rules.
    const QByteArray platform = qgetenv("PARALLAX_TEST_PLATFORM");
    qputenv("QT_QPA_PLATFORM", platform.isEmpty() ? QByteArray("offscreen") : platform);
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ParallaxTests"));
    QCoreApplication::setApplicationName(QStringLiteral("parallax-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
