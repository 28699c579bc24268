// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace Parallax
{

/**
 * The options of the parallax command. Parsing needs an application object, but which
 * kind (GUI or not, offscreen or not) depends on the options: wantsGui() and
 * wantsScreenshot() answer that from the raw arguments before one exists.
 */
class CommandLine final
{
public:
    CommandLine();

    /// Names the organization, application and version for settings and --version, and
    /// installs the translations of the user's language.
    static void setApplicationInfo();
    /// Loads the program's catalogue and Qt's for the user's locale, where there are any.
    static void installTranslations();

    /// False for --help and --version, which must work without a display.
    static bool wantsGui(int argc, char **argv);
    static bool wantsScreenshot(int argc, char **argv);

    /// Parses the application's arguments; on --help, --version or an error it prints
    /// and returns the exit code to end with, otherwise std::nullopt.
    std::optional<int> parse(const QStringList &arguments);

    QString screenshotPath() const;
    /// The corpus folder given with --corpus, else empty.
    QString corpusDirectory() const;
    /// Files to open in the panes (with --compare, exactly two).
    QStringList files() const;
    /// "system", "light" or "dark".
    QString theme() const;
    /// The library database given with --db, else empty (the default location).
    QString databasePath() const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_screenshot;
    QCommandLineOption m_corpus;
    QCommandLineOption m_compare;
    QCommandLineOption m_theme;
    QCommandLineOption m_database;
};

} // namespace Parallax
