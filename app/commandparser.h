// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/library/store.h>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>
#include <optional>
#include <variant>

namespace Parallax
{

/// A command that could not do its work: why, in one line, and the status to exit with.
struct CommandFailure {
    int status;
    QString message;
};

/**
 * The parser of every command that works on a library: --help, --db (the library, by
 * default the user's own) and, for a command that writes, --coder; plus what the command
 * adds. It opens the library as the options say.
 */
class CommandParser final
{
    Q_DECLARE_TR_FUNCTIONS(CommandParser)

public:
    explicit CommandParser(const QString &description);

    QCommandLineParser &parser() { return m_parser; }

    /// Parses ARGUMENTS of COMMAND; nothing when the command should go on, else its exit
    /// status (after --help, or a mistake said on standard error).
    std::optional<int> parse(const QStringList &arguments, const QString &command);

    /// The arguments after the command's name.
    QStringList positional() const { return m_parser.positionalArguments().mid(1); }

    /// For a command that writes: --coder, who the work is recorded as made by.
    void addCoderOption();

    /// The library the options name, opened for ACCESS.
    std::variant<std::unique_ptr<Store>, CommandFailure> openStore(Store::Access access = Store::Access::ReadWrite) const;

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_database;
    QCommandLineOption m_coder;
    bool m_writes = false;
};

} // namespace Parallax
