// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// A writer for the store's reliability tests: `store_writer DB ARTICLE_ID COUNT
// [--file-size-limit BYTES] [--note-size N] [--label TEXT]` adds COUNT annotations to the
// article (0: until killed), each note beginning with the label and its number, and prints "committed ID" once each is committed, so that a test that
// kills it knows exactly which ones must have survived. It stops at the first failure
// and prints "failed KIND: MESSAGE".
#include <core/library/store.h>

#include <QCoreApplication>

#include <sys/resource.h>

#include <csignal>
#include <cstdio>

using namespace Parallax;

static int failed(const StoreError &error)
{
    std::printf("failed %d: %s\n", int(error.kind), qPrintable(error.message));
    std::fflush(stdout);
    return 1;
}

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 4) {
        std::fprintf(stderr, "usage: store_writer DB ARTICLE_ID COUNT [--file-size-limit BYTES] [--note-size N]\n");
        return 2;
    }
    qsizetype noteSize = 20;
    QString label = QStringLiteral("note");
    for (qsizetype i = 4; i + 1 < arguments.size(); i += 2) {
        if (arguments.at(i) == QLatin1String("--file-size-limit")) {
            // Files may not grow past this: writes fail as on a full disk.
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit {arguments.at(i + 1).toULongLong(), arguments.at(i + 1).toULongLong()};
            setrlimit(RLIMIT_FSIZE, &limit);
        } else if (arguments.at(i) == QLatin1String("--note-size")) {
            noteSize = arguments.at(i + 1).toLongLong();
        } else if (arguments.at(i) == QLatin1String("--label")) {
            label = arguments.at(i + 1);
        }
    }
    Store store;
    if (const auto opened = store.open(arguments.at(1)); !opened)
        return failed(opened.error());
    const qint64 articleId = arguments.at(2).toLongLong();
    const qint64 count = arguments.at(3).toLongLong();
    const auto article = store.article(articleId);
    if (!article)
        return failed(article.error());
    const qsizetype length = article->document.text.size();
    const auto tag = store.ensureTagPath(QStringLiteral("Crash test/Writer"));
    for (qint64 i = 0; count == 0 || i < count; ++i) {
        const qsizetype start = (i * 7) % std::max<qsizetype>(length - 10, 1);
        const QString note = QStringLiteral("%1 %2 ").arg(label).arg(i).repeated(std::max<qsizetype>(noteSize / 8, 1));
        const auto id = store.addAnnotation(articleId, {start, start + 10}, tag ? QList<qint64> {*tag} : QList<qint64> {}, note);
        if (!id)
            return failed(id.error());
        std::printf("committed %lld\n", static_cast<long long>(*id));
        std::fflush(stdout);
    }
    return 0;
}
