// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
// The module parallax_webcommands: `parallax fetch` and `parallax check`, the commands
// that need Qt Network, loaded when one of them runs (see modules.h).
//
//   parallax fetch URL… [--db PATH]            prints each page's article id
//   parallax check [ARTICLE…|--due] [--db PATH]  asks whether each page read from the
//                                              web changed; a change becomes a new revision
//   parallax schedule [ARTICLE…] [--every HOURS] how often each page is checked
#include "commandline.h"
#include "commandoutput.h"
#include "commandparser.h"

#include <core/library/store.h>
#include <core/web/websources.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

#include <variant>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

// The context of the commands' words, for translators.
struct WebCommands {
    Q_DECLARE_TR_FUNCTIONS(WebCommands)
};

QString describe(const WebUpdate &update)
{
    switch (update.kind) {
    case WebUpdate::Kind::Added:
        return WebCommands::tr("added");
    case WebUpdate::Kind::Unchanged:
        return WebCommands::tr("unchanged");
    case WebUpdate::Kind::NewRevision:
        return WebCommands::tr("changed: new revision %1 (%n annotation(s) moved, %2 orphaned)", nullptr, update.reanchored)
            .arg(update.articleId)
            .arg(update.orphaned);
    }
    return {};
}

// Article ids as given, or the failure of the first that is not one.
std::variant<QList<qint64>, CommandFailure> articleIds(const QStringList &names)
{
    QList<qint64> ids;
    for (const QString &name : names) {
        bool isNumber = false;
        const qint64 id = name.toLongLong(&isNumber);
        if (!isNumber)
            return CommandFailure {2, WebCommands::tr("%1 is not an article id").arg(name)};
        ids.append(id);
    }
    return ids;
}

int fail(const char *command, const CommandFailure &failure)
{
    return CommandOutput::fail(command, failure.status, failure.message);
}

int runFetch(const QStringList &arguments, const ImportFormats &formats)
{
    CommandParser command(WebCommands::tr("Fetch web pages into the library; prints each one's article id."));
    command.parser().addPositionalArgument(u"fetch"_s, WebCommands::tr("The command."));
    command.parser().addPositionalArgument(u"URL…"_s, WebCommands::tr("Web addresses (http or https)."));
    if (const auto exit = command.parse(arguments, u"fetch"_s))
        return *exit;
    if (command.positional().isEmpty())
        return CommandOutput::fail("fetch", 2, WebCommands::tr("needs at least one web address (see parallax fetch --help)"));
    auto opened = command.openStore();
    if (auto *failure = std::get_if<CommandFailure>(&opened))
        return fail("fetch", *failure);
    Store &store = *std::get<std::unique_ptr<Store>>(opened);
    WebSources sources(store, formats);
    int status = 0;
    QEventLoop loop;
    for (const QString &name : command.positional()) {
        const QUrl url = QUrl::fromUserInput(name);
        if (!url.isValid() || (url.scheme() != "http"_L1 && url.scheme() != "https"_L1)) {
            status = CommandOutput::fail("fetch", 1, WebCommands::tr("%1 is not a web address (http or https)").arg(name));
            continue;
        }
        bool done = false;
        sources.add(url, [&](const Expected<WebUpdate> &update) {
            if (update)
                CommandOutput::print(QByteArray::number(update->articleId) + '\n');
            else
                status = CommandOutput::fail("fetch", 1, update.error().message);
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
    }
    return status;
}

int runCheck(const QStringList &arguments, const ImportFormats &formats)
{
    CommandParser command(WebCommands::tr("Ask the servers whether pages read from the web changed; a changed article becomes a new revision, "
                                          "its annotations moved to it."));
    const QCommandLineOption due(u"due"_s,
        WebCommands::tr("Check only the pages whose schedule (parallax schedule) says it is time, as a robot: "
                        "what a site's robots.txt disallows is not fetched."));
    command.parser().addOption(due);
    command.parser().addPositionalArgument(u"check"_s, WebCommands::tr("The command."));
    command.parser().addPositionalArgument(u"ARTICLE…"_s, WebCommands::tr("Article ids (default: every page read from the web)."));
    if (const auto exit = command.parse(arguments, u"check"_s))
        return *exit;
    const auto named = articleIds(command.positional());
    if (auto *failure = std::get_if<CommandFailure>(&named))
        return fail("check", *failure);
    if (command.parser().isSet(due) && !command.positional().isEmpty())
        return CommandOutput::fail("check", 2, WebCommands::tr("--due checks the pages whose time has come: name no article with it"));
    auto opened = command.openStore();
    if (auto *failure = std::get_if<CommandFailure>(&opened))
        return fail("check", *failure);
    Store &store = *std::get<std::unique_ptr<Store>>(opened);
    WebSources sources(store, formats);
    QList<qint64> articles = std::get<QList<qint64>>(named);
    if (command.parser().isSet(due) || articles.isEmpty()) {
        const StoreResult<QList<qint64>> listed = command.parser().isSet(due) ? store.dueForCheck(QDateTime::currentDateTimeUtc()) : store.webArticles();
        if (!listed)
            return CommandOutput::fail("check", 1, listed.error().message);
        articles = *listed;
    }
    int status = 0;
    bool finished = false;
    QEventLoop loop;
    sources.check(
        articles,
        [&](qint64 article, const Expected<WebUpdate> &update) {
            if (update)
                CommandOutput::print(u"%1: %2\n"_s.arg(article).arg(describe(*update)).toUtf8());
            else
                status = CommandOutput::fail("check", 1, u"%1: %2"_s.arg(article).arg(update.error().message));
        },
        [&] {
            finished = true;
            loop.quit();
        },
        command.parser().isSet(due) ? WebSources::CheckMode::OnSchedule : WebSources::CheckMode::AskedByUser);
    if (!finished)
        loop.exec();
    return status;
}

int runSchedule(const QStringList &arguments)
{
    CommandParser command(WebCommands::tr("Say how often pages read from the web are checked for changes: while the window is open, "
                                          "and by parallax check --due. Without --every, prints each article's schedule."));
    const QCommandLineOption every(u"every"_s, WebCommands::tr("Check every HOURS hours (0: only when asked)."), u"hours"_s);
    command.parser().addOption(every);
    command.parser().addPositionalArgument(u"schedule"_s, WebCommands::tr("The command."));
    command.parser().addPositionalArgument(u"ARTICLE…"_s, WebCommands::tr("Article ids (default: every page read from the web)."));
    if (const auto exit = command.parse(arguments, u"schedule"_s))
        return *exit;
    const auto named = articleIds(command.positional());
    if (auto *failure = std::get_if<CommandFailure>(&named))
        return fail("schedule", *failure);
    bool isNumber = false;
    const int hours = command.parser().value(every).toInt(&isNumber);
    if (command.parser().isSet(every) && (!isNumber || hours < 0))
        return CommandOutput::fail("schedule", 2, WebCommands::tr("--every needs a number of hours, 0 or more"));
    auto opened = command.openStore(command.parser().isSet(every) ? Store::Access::ReadWrite : Store::Access::ReadOnly);
    if (auto *failure = std::get_if<CommandFailure>(&opened))
        return fail("schedule", *failure);
    Store &store = *std::get<std::unique_ptr<Store>>(opened);
    QList<qint64> articles = std::get<QList<qint64>>(named);
    if (articles.isEmpty()) {
        const StoreResult<QList<qint64>> listed = store.webArticles();
        if (!listed)
            return CommandOutput::fail("schedule", 1, listed.error().message);
        articles = *listed;
    }
    int status = 0;
    for (const qint64 article : std::as_const(articles)) {
        if (!store.snapshot(article, Store::SnapshotBytes::LeftOut)) {
            status = CommandOutput::fail("schedule", 1, WebCommands::tr("article %1 was not read from the web").arg(article));
            continue;
        }
        if (command.parser().isSet(every)) {
            if (const StoreResult<void> scheduled = store.setCheckInterval(article, hours); !scheduled) {
                status = CommandOutput::fail("schedule", 1, scheduled.error().message);
                continue;
            }
        }
        const int interval = store.checkInterval(article).value_or(0);
        const QString said = interval == 0 ? WebCommands::tr("checked when asked") : WebCommands::tr("checked every %n hour(s)", nullptr, interval);
        CommandOutput::print(u"%1: %2\n"_s.arg(article).arg(said).toUtf8());
    }
    return status;
}

int run(const QStringList &arguments, const ImportFormats &formats)
{
    const QString command = arguments.value(1);
    if (command == "fetch"_L1)
        return runFetch(arguments, formats);
    if (command == "schedule"_L1)
        return runSchedule(arguments);
    return runCheck(arguments, formats);
}

} // namespace

extern "C" Q_DECL_EXPORT int parallaxWebCommand(int argc, char **argv, const ImportFormats *formats)
{
    QCoreApplication app(argc, argv);
    CommandLine::setApplicationInfo();
    return run(QCoreApplication::arguments(), *formats);
}
