// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "comparecommand.h"

#include "commandoutput.h"

#include <core/compare/comparison.h>
#include <core/exchange/comparisonreport.h>
#include <core/library/store.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <memory>

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

// Revision REVISION of the source of ARTICLE ("12@2" names revision 2 of article 12's source).
Expected<Document> revisionOf(qint64 article, int revision, Store &store)
{
    const StoreResult<QList<qint64>> revisions = store.revisions(article);
    if (!revisions)
        return Failure {revisions.error().message};
    for (const qint64 id : *revisions) {
        const StoreResult<StoredArticle> stored = store.article(id);
        if (stored && stored->revision == revision)
            return stored->document;
    }
    if (!store.article(article))
        return Failure {u"there is no article %1 in the library"_s.arg(article)};
    return Failure {u"the source of article %1 has no revision %2"_s.arg(article).arg(revision)};
}

// The documents NAMES name: files, or ARTICLE@N, revision N of an article's source in the
// library at DATABASE (opened read-only, and only if a name asks for it).
Expected<QList<Document>> readDocuments(const QStringList &names, const ImportFormats &formats, const QString &database)
{
    static const QRegularExpression revisionName(u"^(\\d+)@(\\d+)$"_s);
    QList<Document> documents;
    std::unique_ptr<Store> store;
    for (const QString &name : names) {
        const QRegularExpressionMatch revision = revisionName.match(name);
        if (!revision.hasMatch() || QFileInfo::exists(name)) {
            const auto read = CommandOutput::readAll({name}, formats, "compare");
            if (!read)
                return read.error();
            documents.append(read->constFirst()->document);
            continue;
        }
        if (!store) {
            store = std::make_unique<Store>();
            if (const StoreResult<void> opened = store->open(database, Store::Access::ReadOnly); !opened)
                return Failure {opened.error().message};
        }
        const Expected<Document> document = revisionOf(revision.captured(1).toLongLong(), revision.captured(2).toInt(), *store);
        if (!document)
            return document.error();
        documents.append(*document);
    }
    return documents;
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
    const QCommandLineOption database(u"db"_s,
        QCoreApplication::translate("CompareCommand", "The library that ARTICLE@N names revisions in (default: %1).")
            .arg(QDir::toNativeSeparators(Store::defaultPath())),
        u"path"_s);
    parser.addOption(database);
    parser.addPositionalArgument(u"compare"_s, QCoreApplication::translate("CompareCommand", "The command."));
    parser.addPositionalArgument(
        u"A"_s, QCoreApplication::translate("CompareCommand", "The first document: a file, or ARTICLE@N, revision N of an article's source in the library."));
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

    const auto read = readDocuments(files, formats, parser.isSet(database) ? parser.value(database) : Store::defaultPath());
    if (!read)
        return fail(1, read.error().message);
    const QList<Document> &documents = *read;

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
