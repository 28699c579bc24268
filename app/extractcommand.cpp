// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "extractcommand.h"

#include "commandoutput.h"

#include <core/text/readerview.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

int fail(int status, const QString &message)
{
    return CommandOutput::fail("extract", status, message);
}

QString publishedOf(const Document &document)
{
    return document.metadata.published.isValid() ? document.metadata.published.toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const Document &document, const QString &body, const QStringList &warnings)
{
    return {
        {u"warnings"_s, QJsonArray::fromStringList(warnings)},
        {u"path"_s, document.path},
        {u"title"_s, document.metadata.title},
        {u"byline"_s, document.metadata.byline},
        {u"published"_s, publishedOf(document)},
        {u"modified"_s, document.metadata.modified.isValid() ? document.metadata.modified.toString(Qt::ISODate) : QString()},
        {u"url"_s, document.metadata.url},
        {u"site"_s, document.metadata.outlet},
        {u"language"_s, document.metadata.language},
        {u"body"_s, body},
    };
}

// "Jane Doe · Site · 2013-07-03 · en", the parts the document has.
QString sourceLine(const Document &document)
{
    QStringList parts;
    for (const QString &part : {document.metadata.byline, document.metadata.outlet, publishedOf(document), document.metadata.language})
        if (!part.isEmpty())
            parts << part;
    return parts.join(u" · "_s);
}

QString toText(const Document &document, const QString &body)
{
    QString text = u"== %1 ==\n"_s.arg(document.path);
    if (!document.metadata.title.isEmpty())
        text += document.metadata.title + u'\n';
    if (const QString source = sourceLine(document); !source.isEmpty())
        text += source + u'\n';
    return text + u'\n' + body + u"\n\n"_s;
}

QString toMarkdown(const Document &document, const QString &body)
{
    QString markdown = u"# %1\n\n"_s.arg(document.metadata.title.isEmpty() ? document.path : document.metadata.title);
    if (const QString source = sourceLine(document); !source.isEmpty())
        markdown += u"*%1*\n\n"_s.arg(source);
    return markdown + body + u"\n\n"_s;
}

} // namespace

int ExtractCommand::run(const QStringList &arguments, const ImportFormats &formats)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("ExtractCommand", "Print the article of each file as a reader view shows it, page junk left out, with its metadata."));
    parser.addHelpOption();
    const QCommandLineOption format(
        u"format"_s, QCoreApplication::translate("ExtractCommand", "Output format: text (default), json or md."), u"format"_s, u"text"_s);
    parser.addOption(format);
    parser.addPositionalArgument(u"extract"_s, QCoreApplication::translate("ExtractCommand", "The command."));
    parser.addPositionalArgument(
        u"FILE"_s, QCoreApplication::translate("ExtractCommand", "A saved web page, Markdown, text or PDF file; several may follow."), u"FILE…"_s);

    if (const std::optional<int> exitCode = CommandOutput::parse(parser, arguments, "extract"))
        return *exitCode;
    const QString formatName = parser.value(format);
    if (formatName != "text"_L1 && formatName != "json"_L1 && formatName != "md"_L1)
        return fail(2, u"unknown format '%1' (use text, json or md)"_s.arg(formatName));
    const QStringList files = parser.positionalArguments().mid(1);
    if (files.isEmpty())
        return fail(2, u"needs a file to read (see parallax extract --help)"_s);

    const auto read = CommandOutput::readAll(files, formats, "extract");
    if (!read)
        return fail(1, read.error().message);
    QJsonArray json;
    QString text;
    for (const ImportResult &imported : *read) {
        const Document &document = imported->document;
        const QString body = ReaderView(document).body();
        if (formatName == "json"_L1)
            json.append(toJson(document, body, imported->warnings));
        else
            text += formatName == "md"_L1 ? toMarkdown(document, body) : toText(document, body);
    }
    CommandOutput::print(formatName == "json"_L1 ? QJsonDocument(json).toJson(QJsonDocument::Indented) : text.toUtf8());
    return 0;
}

} // namespace Parallax
