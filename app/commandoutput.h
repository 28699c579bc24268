// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/import/importformats.h>
#include <core/text/expected.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

class QCommandLineParser;

namespace Parallax::CommandOutput
{
/// Writes OUTPUT to standard output as it is, and flushes it.
void print(const QByteArray &output);
/// Says on standard error what went wrong with COMMAND ("compare"), in one line, and
/// returns STATUS for the command to exit with.
int fail(const char *command, int status, const QString &message);
/// Says on standard error what a user should know of COMMAND's work, in one line; the
/// command goes on.
void warn(const char *command, const QString &message);
/// Reads every file before anything is printed, saying each file's warnings on standard
/// error for COMMAND: the files read, or the one line of the first that could not be
/// read (a bad file fails the command whole).
Expected<QList<ImportResult>> readAll(const QStringList &files, const ImportFormats &formats, const char *command);
/// Parses ARGUMENTS with PARSER: on an error or --help, says so and returns the status
/// to exit with (2 or 0); else nothing, and the command goes on.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const char *command);
} // namespace Parallax::CommandOutput
