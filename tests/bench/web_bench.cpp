// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
// Sources from the web against tests/tools/page-server.py on 127.0.0.1: fetching and
// importing a page of 200 KB (target < 100 ms), and checking 1,000 sources of which 10
// changed (target < 10 s, at most 8 requests at once, memory flat). Each source's page
// comes after 20 ms, as a server far away would make it wait.
#include <core/library/store.h>
#include <core/web/websources.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <tests/pageserver.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

long residentKilobytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS"))
            return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

const PageServer &server()
{
    static const PageServer running;
    return running;
}

// Adds every page of PATHS at once, as many as the fetcher runs in parallel; false if one
// failed.
bool addAll(WebSources &sources, const QStringList &paths)
{
    int waiting = int(paths.size());
    bool allAdded = true;
    QEventLoop loop;
    for (const QString &path : paths) {
        sources.add(server().url(path), [&](const Expected<WebUpdate> &update) {
            allAdded = allAdded && update.has_value();
            if (--waiting == 0)
                loop.quit();
        });
    }
    if (waiting > 0)
        loop.exec();
    return allAdded;
}

void BM_FetchAndImport200KbPage(benchmark::State &state)
{
    if (!server().isRunning()) {
        state.SkipWithError("the page server did not start");
        return;
    }
    const ImportFormats formats;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir directory;
        Store store;
        if (!store.open(directory.filePath(u"library.sqlite"_s))) {
            state.SkipWithError("the library could not be opened");
            return;
        }
        WebSources sources(store, formats);
        state.ResumeTiming();
        if (!addAll(sources, {u"/big"_s})) {
            state.SkipWithError("the page could not be fetched");
            return;
        }
    }
}
BENCHMARK(BM_FetchAndImport200KbPage)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_CheckSources(benchmark::State &state)
{
    const int count = int(state.range(0));
    if (!server().isRunning()) {
        state.SkipWithError("the page server did not start");
        return;
    }
    QTemporaryDir directory;
    Store store;
    if (!store.open(directory.filePath(u"library.sqlite"_s))) {
        state.SkipWithError("the library could not be opened");
        return;
    }
    const ImportFormats formats;
    WebSources sources(store, formats);
    QStringList paths;
    for (int number = 0; number < count; ++number)
        paths << u"/source/%1"_s.arg(number);
    if (!addAll(sources, paths)) {
        state.SkipWithError("the sources could not be fetched");
        return;
    }
    const QList<qint64> articles = *store.webArticles();
    long before = 0;
    long after = 0;
    int changed = 0;
    for (auto _ : state) {
        state.PauseTiming();
        server().get(u"/change-sources?count=10"_s);
        before = residentKilobytes();
        changed = 0;
        state.ResumeTiming();
        QEventLoop loop;
        sources.check(
            *store.webArticles(),
            [&](qint64, const Expected<WebUpdate> &update) {
                changed += update && update->kind == WebUpdate::Kind::NewRevision ? 1 : 0;
            },
            [&] {
                loop.quit();
            });
        loop.exec();
        after = residentKilobytes();
    }
    state.counters["changed"] = changed;
    state.counters["sources"] = double(articles.size());
    state.counters["rss_growth_kb"] = double(after - before);
    state.counters["most_at_once"] = server().get(u"/stats"_s).value_or("0").toDouble();
}
BENCHMARK(BM_CheckSources)->Arg(1000)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv); // Qt Sql loads its driver as a plugin
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
