// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "comparecommand.h"

#include <core/comparison.h>
#include <core/comparisonreport.h>
#include <core/documentimporter.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

int fail(int status, const QString &message)
{
    std::fprintf(stderr, "parallax compare: %s\n", qPrintable(message));
    return status;
}

void print(const QByteArray &output)
{
    std::fwrite(output.constData(), 1, size_t(output.size()), stdout);
    std::fflush(stdout);
}

} // namespace

int CompareCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CompareCommand", "Compare two documents: what they agree on, where they conflict, what only one says."));
    parser.addHelpOption();
    const QCommandLineOption format(
        u"format"_s, QCoreApplication::translate("CompareCommand", "Output format: text (default), json or html."), u"format"_s, u"text"_s);
    parser.addOption(format);
    parser.addPositionalArgument(u"compare"_s, QCoreApplication::translate("CompareCommand", "The command."));
    parser.addPositionalArgument(u"A"_s, QCoreApplication::translate("CompareCommand", "The first document (.md, .txt)."));
    parser.addPositionalArgument(u"B"_s, QCoreApplication::translate("CompareCommand", "The second document."));

    if (!parser.parse(arguments))
        return fail(2, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        print(parser.helpText().toUtf8());
        return 0;
    }
    const QString formatName = parser.value(format);
    if (formatName != "text"_L1 && formatName != "json"_L1 && formatName != "html"_L1)
        return fail(2, u"unknown format '%1' (use text, json or html)"_s.arg(formatName));
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() != 2)
        return fail(2, u"needs exactly two files to compare, got %1 (see parallax compare --help)"_s.arg(files.size()));

    const ImportResult a = DocumentImporter::importFile(files.at(0));
    if (!a.isOk())
        return fail(1, a.errorMessage());
    const ImportResult b = DocumentImporter::importFile(files.at(1));
    if (!b.isOk())
        return fail(1, b.errorMessage());

    const ComparisonResult result = Comparator::compare(a.document().text, b.document().text);
    const ComparisonReport report(a.document(), b.document(), result);
    if (formatName == "json"_L1)
        print(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else if (formatName == "html"_L1)
        print(report.toHtml().toUtf8());
    else
        print(report.toText().toUtf8());
    return 0;
}

} // namespace Parallax
