// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
// The module parallax_webcommands: `parallax fetch` and `parallax check`, the commands
// that need Qt Network, loaded when one of them runs (see modules.h).
//
//   parallax fetch URL… [--db PATH]            prints each page's article id
//   parallax check [ARTICLE…] [--db PATH]      asks whether each page read from the web
//                                              changed; a change becomes a new revision
#include "commandline.h"
#include "commandoutput.h"

#include <core/library/store.h>
#include <core/web/websources.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

QString describe(const WebUpdate &update)
{
    switch (update.kind) {
    case WebUpdate::Kind::Added:
        return QCoreApplication::translate("WebCommands", "added");
    case WebUpdate::Kind::Unchanged:
        return QCoreApplication::translate("WebCommands", "unchanged");
    case WebUpdate::Kind::NewRevision:
        return QCoreApplication::translate("WebCommands", "changed: new revision %1 (%n annotation(s) moved, %2 orphaned)", nullptr, update.reanchored)
            .arg(update.articleId)
            .arg(update.orphaned);
    }
    return {};
}

int run(const QStringList &arguments, const ImportFormats &formats)
{
    const QString command = arguments.value(1);
    const QByteArray commandName = command.toLatin1();
    const char *commandText = commandName.constData();
    const bool fetching = command == "fetch"_L1;
    QCommandLineParser parser;
    parser.setApplicationDescription(fetching ? QCoreApplication::translate("WebCommands", "Fetch web pages into the library; prints each one's article id.")
                                              : QCoreApplication::translate("WebCommands",
                                                    "Ask the servers whether pages read from the web changed; a changed article becomes a new revision, "
                                                    "its annotations moved to it."));
    parser.addHelpOption();
    const QCommandLineOption database(u"db"_s,
        QCoreApplication::translate("WebCommands", "The library database (default: %1).").arg(QDir::toNativeSeparators(Store::defaultPath())),
        u"path"_s);
    parser.addOption(database);
    parser.addPositionalArgument(command, QCoreApplication::translate("WebCommands", "The command."));
    if (fetching)
        parser.addPositionalArgument(u"URL…"_s, QCoreApplication::translate("WebCommands", "Web addresses (http or https)."));
    else
        parser.addPositionalArgument(u"ARTICLE…"_s, QCoreApplication::translate("WebCommands", "Article ids (default: every page read from the web)."));
    if (!parser.parse(arguments))
        return CommandOutput::fail(commandText, 2, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        CommandOutput::print(parser.helpText().toUtf8());
        return 0;
    }
    const QStringList names = parser.positionalArguments().mid(1);
    if (fetching && names.isEmpty())
        return CommandOutput::fail(commandText, 2, QCoreApplication::translate("WebCommands", "needs at least one web address (see parallax fetch --help)"));

    Store store;
    if (!store.open(parser.isSet(database) ? parser.value(database) : Store::defaultPath()))
        return CommandOutput::fail(commandText, 1, store.lastError().message);
    WebSources sources(store, formats);
    int status = 0;
    QEventLoop loop;
    if (fetching) {
        for (const QString &name : names) {
            const QUrl url = QUrl::fromUserInput(name);
            if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
                status = CommandOutput::fail(commandText, 1, QCoreApplication::translate("WebCommands", "%1 is not a web address (http or https)").arg(name));
                continue;
            }
            bool done = false;
            sources.add(url, [&](const Expected<WebUpdate> &update) {
                if (update)
                    CommandOutput::print(QByteArray::number(update->articleId) + '\n');
                else
                    status = CommandOutput::fail(commandText, 1, update.error().message);
                done = true;
                loop.quit();
            });
            if (!done)
                loop.exec();
        }
        return status;
    }
    QList<qint64> articles;
    for (const QString &name : names) {
        bool isNumber = false;
        const qint64 id = name.toLongLong(&isNumber);
        if (!isNumber)
            return CommandOutput::fail(commandText, 2, QCoreApplication::translate("WebCommands", "%1 is not an article id").arg(name));
        articles.append(id);
    }
    if (names.isEmpty())
        articles = store.webArticles();
    bool finished = false;
    sources.check(
        articles,
        [&](qint64 article, const Expected<WebUpdate> &update) {
            if (update)
                CommandOutput::print(u"%1: %2\n"_s.arg(article).arg(describe(*update)).toUtf8());
            else
                status = CommandOutput::fail(commandText, 1, u"%1: %2"_s.arg(article).arg(update.error().message));
        },
        [&] {
            finished = true;
            loop.quit();
        });
    if (!finished)
        loop.exec();
    return status;
}

} // namespace

extern "C" Q_DECL_EXPORT int parallaxWebCommand(int argc, char **argv, const ImportFormats *formats)
{
    QCoreApplication app(argc, argv);
    CommandLine::setApplicationInfo();
    return run(QCoreApplication::arguments(), *formats);
}
