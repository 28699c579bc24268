// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "comparecommand.h"

#include "commandoutput.h"

#include <core/compare/comparison.h>
#include <core/exchange/comparisonreport.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

int fail(int status, const QString &message)
{
    return CommandOutput::fail("compare", status, message);
}

template<typename Report>
void printReport(const Report &report, const QString &format)
{
    if (format == "json"_L1)
        CommandOutput::print(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
    else if (format == "html"_L1)
        CommandOutput::print(report.toHtml().toUtf8());
    else
        CommandOutput::print(report.toText().toUtf8());
}

} // namespace

int CompareCommand::run(const QStringList &arguments, const ImportFormats &formats)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CompareCommand", "Compare two documents: what they agree on, where they conflict, what only one says."));
    parser.addHelpOption();
    const QCommandLineOption format(u"format"_s,
        QCoreApplication::translate("CompareCommand", "Output format: text (default), json, html, or csv (two documents)."),
        u"format"_s,
        u"text"_s);
    parser.addOption(format);
    parser.addPositionalArgument(u"compare"_s, QCoreApplication::translate("CompareCommand", "The command."));
    parser.addPositionalArgument(u"A"_s, QCoreApplication::translate("CompareCommand", "The first document (.md, .txt)."));
    parser.addPositionalArgument(u"B"_s, QCoreApplication::translate("CompareCommand", "The second document."));
    parser.addPositionalArgument(
        u"C…"_s, QCoreApplication::translate("CompareCommand", "More documents: every pair is compared, and a claim matrix added."), u"[C…]"_s);

    if (const std::optional<int> exitCode = CommandOutput::parse(parser, arguments, "compare"))
        return *exitCode;
    const QString formatName = parser.value(format);
    if (formatName != "text"_L1 && formatName != "json"_L1 && formatName != "html"_L1 && formatName != "csv"_L1)
        return fail(2, u"unknown format '%1' (use text, json, html or csv)"_s.arg(formatName));
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.size() < 2)
        return fail(2, u"needs at least two files to compare, got %1 (see parallax compare --help)"_s.arg(files.size()));

    const auto read = CommandOutput::readAll(files, formats, "compare");
    if (!read)
        return fail(1, read.error().message);
    QList<Document> documents;
    for (const ImportResult &imported : *read)
        documents.append(imported->document);

    if (documents.size() == 2) {
        const ComparisonResult result = Comparator::compare(documents.at(0), documents.at(1));
        const ComparisonReport report(documents.at(0), documents.at(1), result);
        if (formatName == "csv"_L1)
            CommandOutput::print(report.toCsv().toUtf8());
        else
            printReport(report, formatName);
        return 0;
    }
    if (formatName == "csv"_L1)
        return fail(2, u"csv takes exactly two documents (a table of their claims)"_s);
    QList<PairComparison> comparisons;
    for (int first = 0; first < documents.size(); ++first) {
        for (int second = first + 1; second < documents.size(); ++second)
            comparisons.append({first, second, Comparator::compare(documents.at(first), documents.at(second))});
    }
    const ClaimMatrix matrix = ClaimMatrix::build(int(documents.size()), comparisons);
    printReport(MatrixReport(documents, comparisons, matrix), formatName);
    return 0;
}

} // namespace Parallax
