// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// The comparison of generated pairs of 1k, 5k, 20k and 100k words, with `diff` and
// `git diff --no-index --word-diff` on the same files as reference points, beside the
// whole `parallax compare` process and its start-up; and a 4 MB line of numbers, hostile
// input that once ran for minutes.
// Results and how to read them: tests/bench/RESULTS.md.
#include "generatedpair.h"

#include <core/compare/comparison.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Parallax;
using Parallax::Bench::Pair;
using Parallax::Bench::pairOfSize;

namespace
{

double peakResidentMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void BM_Compare(benchmark::State &state)
{
    const Pair &pair = pairOfSize(int(state.range(0)));
    for (auto _ : state) {
        const ComparisonResult result = Comparator::compare(pair.a, pair.b);
        benchmark::DoNotOptimize(result.claims.size());
    }
    state.counters["words"] = double(state.range(0));
    // The process's high-water mark; sizes run smallest first, so it is this size's peak.
    state.counters["peak_MiB"] = peakResidentMiB();
    state.SetComplexityN(state.range(0));
}
// Hostile input: one line of 4 MB, "1 1 1 …", compared with itself (target: under 2 s).
void BM_CompareLineOfNumbers(benchmark::State &state)
{
    const QString numbers = QString(u"1 "_s).repeated(2 * 1000 * 1000) + u'\n';
    for (auto _ : state) {
        const ComparisonResult result = Comparator::compare(numbers, numbers);
        benchmark::DoNotOptimize(result.claims.size());
    }
    state.counters["MB"] = double(numbers.size()) / 1e6;
}
BENCHMARK(BM_CompareLineOfNumbers)->Unit(benchmark::kMillisecond)->Iterations(1);

BENCHMARK(BM_Compare)->Arg(1000)->Arg(5000)->Arg(20000)->Arg(100000)->Unit(benchmark::kMillisecond)->Complexity(benchmark::oNLogN);

// The reference tools, run as a user would run them, on the same pair as files.
void runTool(benchmark::State &state, const QString &program, const QStringList &arguments)
{
    const Pair &pair = pairOfSize(int(state.range(0)));
    QTemporaryDir dir;
    for (const auto &[name, text] : {std::pair {u"a.txt"_s, pair.a}, std::pair {u"b.txt"_s, pair.b}}) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly)) {
            state.SkipWithError("cannot write the pair");
            return;
        }
        file.write(text.toUtf8());
    }
    for (auto _ : state) {
        QProcess process;
        process.setWorkingDirectory(dir.path());
        process.start(program, arguments);
        if (!process.waitForFinished(60000)) {
            state.SkipWithError("the tool did not run");
            return;
        }
        benchmark::DoNotOptimize(process.readAllStandardOutput().size());
    }
    state.counters["words"] = double(state.range(0));
}

void BM_Diff(benchmark::State &state)
{
    runTool(state, u"diff"_s, {u"a.txt"_s, u"b.txt"_s});
}
BENCHMARK(BM_Diff)->Arg(1000)->Arg(5000)->Arg(20000)->Arg(100000)->Unit(benchmark::kMillisecond);

void BM_GitWordDiff(benchmark::State &state)
{
    runTool(state, u"git"_s, {u"diff"_s, u"--no-index"_s, u"--word-diff"_s, u"a.txt"_s, u"b.txt"_s});
}
BENCHMARK(BM_GitWordDiff)->Arg(1000)->Arg(5000)->Arg(15000)->Arg(20000)->Arg(100000)->Unit(benchmark::kMillisecond);

// The whole `parallax compare` process, as a user meets it beside git's word diff.
void BM_ParallaxCompareProcess(benchmark::State &state)
{
    runTool(state, QStringLiteral(PARALLAX_EXECUTABLE), {u"compare"_s, u"a.txt"_s, u"b.txt"_s, u"--format"_s, u"json"_s});
}
BENCHMARK(BM_ParallaxCompareProcess)->Arg(1000)->Arg(5000)->Arg(15000)->Arg(20000)->Arg(100000)->Unit(benchmark::kMillisecond);

// Start-up alone: the command line loads no GUI library (app/modules.h).
void BM_ParallaxVersionProcess(benchmark::State &state)
{
    runTool(state, QStringLiteral(PARALLAX_EXECUTABLE), {u"--version"_s});
}
BENCHMARK(BM_ParallaxVersionProcess)->Arg(1000)->Unit(benchmark::kMillisecond);

} // namespace
