// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "commandoutput.h"

#include <QCommandLineParser>

#include <cstdio>

namespace Parallax::CommandOutput
{

void print(const QByteArray &output)
{
    std::fwrite(output.constData(), 1, size_t(output.size()), stdout);
    std::fflush(stdout);
}

int fail(const char *command, int status, const QString &message)
{
    warn(command, message);
    return status;
}

void warn(const char *command, const QString &message)
{
    std::fprintf(stderr, "parallax %s: %s\n", command, qPrintable(message));
}

Expected<QList<ImportResult>> readAll(const QStringList &files, const ImportFormats &formats, const char *command)
{
    QList<ImportResult> read;
    for (const QString &file : files) {
        ImportResult imported = formats.importFile(file);
        if (!imported.has_value())
            return Failure {imported.error().message};
        for (const QString &warning : imported->warnings)
            warn(command, warning);
        read.append(std::move(imported));
    }
    return read;
}

std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments, const char *command)
{
    if (!parser.parse(arguments))
        return fail(command, 2, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        print(parser.helpText().toUtf8());
        return 0;
    }
    return std::nullopt;
}

} // namespace Parallax::CommandOutput
