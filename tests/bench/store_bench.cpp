// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// The library database at the size of a working archive: 10k articles of about 600
// words, 100k annotations over 60 tags. The library is generated once into the build
// directory (it takes a while) and reused. Measured:
// - BM_OpenArticleWithAnnotations: an article's text and its annotations (target < 5 ms)
// - BM_Search: a full-text search over articles and notes (target < 20 ms)
// - BM_OpenLibrary: opening the database and listing every article, as the app does
//   at start (target < 1 s)
// - BM_Agreement: how far the two coders of every article agree (target < 2 s)
// - BM_Export: the whole library's annotations in each export format
// - BM_ImportExported: that export imported into an empty library
// - peak_MiB: the process's resident high-water mark
// PARALLAX_BENCH_DB=postgresql://… measures a library on PostgreSQL instead (made there
// the same way, or copied with `parallax library copy`).
// Results: tests/bench/RESULTS.md.
#include "generatedpair.h"

#include <core/exchange/agreementreport.h>
#include <core/exchange/exchangeimport.h>
#include <core/exchange/exporter.h>
#include <core/library/store.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

// PARALLAX_BENCH_ARTICLES makes a smaller library, for the quick run in ctest.
const int ArticleCount = qEnvironmentVariableIntValue("PARALLAX_BENCH_ARTICLES") > 0 ? qEnvironmentVariableIntValue("PARALLAX_BENCH_ARTICLES") : 10'000;
constexpr int AnnotationsPerArticle = 10;
constexpr int WordsPerArticle = 600;

QString libraryPath()
{
    if (const QString named = qEnvironmentVariable("PARALLAX_BENCH_DB"); !named.isEmpty())
        return named;
    // "coded": each annotation has one of two coders (a library of earlier builds had none).
    return QDir(QStringLiteral(PARALLAX_BINARY_DIR)).filePath(u"bench-library-%1-coded.sqlite"_s.arg(ArticleCount));
}

double peakResidentMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// Makes the library unless a complete one is there; false if it cannot.
bool ensureLibrary()
{
    const QString path = libraryPath();
    {
        Store existing;
        const bool isFile = !path.startsWith(u"postgresql:"_s);
        if ((!isFile || QFileInfo::exists(path)) && existing.open(path) && existing.articles()->size() == ArticleCount)
            return true;
    }
    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    Store store;
    if (!store.open(path))
        return false;
    // Different texts: the generator's article, cut at a different place for each.
    const QString source = Bench::pairOfSize(WordsPerArticle * 40).a;
    QRandomGenerator random(42);
    QList<qint64> tags;
    for (int i = 0; i < 60; ++i)
        tags.append(*store.ensureTagPath(u"Topic %1/Sub %2"_s.arg(i / 6).arg(i)));
    const StoreResult<void> filled = store.batch([&] {
        for (int i = 0; i < ArticleCount; ++i) {
            const qsizetype start = random.bounded(int(source.size() - WordsPerArticle * 7));
            Document document;
            document.path = u"/bench/article-%1.txt"_s.arg(i);
            document.metadata.title = u"Generated article %1"_s.arg(i);
            document.metadata.outlet = u"Outlet %1"_s.arg(i % 40);
            document.text = u"Article %1. "_s.arg(i) + source.mid(start, WordsPerArticle * 6);
            const auto imported = store.importDocument(document);
            if (!imported)
                return false;
            for (int a = 0; a < AnnotationsPerArticle; ++a) {
                // Two coders, half of each article's passages each: agreement has work.
                store.setCoder(a % 2 == 0 ? u"Ada"_s : u"Grace"_s);
                const qsizetype at = random.bounded(int(document.text.size() - 60));
                if (!store.addAnnotation(imported->articleId,
                        {at, at + 40},
                        {tags.at(random.bounded(int(tags.size())))},
                        u"Note %1 on article %2: check with the ministry"_s.arg(a).arg(i)))
                    return false;
            }
        }
        return true;
    });
    return filled.has_value();
}

class Library : public benchmark::Fixture
{
public:
    void SetUp(benchmark::State &state) override
    {
        if (!ensureLibrary() || !m_store.open(libraryPath()))
            state.SkipWithError("cannot make the library");
    }

protected:
    Store m_store;
};

BENCHMARK_DEFINE_F(Library, BM_OpenArticleWithAnnotations)(benchmark::State &state)
{
    QRandomGenerator random(7);
    for (auto _ : state) {
        const qint64 id = 1 + random.bounded(ArticleCount);
        const auto article = m_store.article(id);
        const QList<Annotation> annotations = *m_store.annotations(id);
        if (!article || annotations.size() != AnnotationsPerArticle) {
            state.SkipWithError("an article or its annotations are missing");
            return;
        }
        benchmark::DoNotOptimize(article->document.text.size());
    }
    state.counters["peak_MiB"] = peakResidentMiB();
}
BENCHMARK_REGISTER_F(Library, BM_OpenArticleWithAnnotations)->Unit(benchmark::kMillisecond);

// Rare, common and note words: the cost of ranking grows with the matches.
const QStringList SearchWords = {u"ministry"_s, u"russia"_s, u"billion"_s, u"technology"_s, u"sanctions"_s, u"article 4242"_s};

BENCHMARK_DEFINE_F(Library, BM_Search)(benchmark::State &state)
{
    const QString words = SearchWords.at(state.range(0));
    qsizetype hits = 0;
    for (auto _ : state) {
        const QList<SearchHit> found = *m_store.search(words);
        hits += found.size();
        benchmark::DoNotOptimize(found.size());
    }
    state.SetLabel(words.toStdString());
    state.counters["hits"] = benchmark::Counter(double(hits), benchmark::Counter::kAvgIterations);
    state.counters["peak_MiB"] = peakResidentMiB();
}
BENCHMARK_REGISTER_F(Library, BM_Search)->DenseRange(0, 5)->Unit(benchmark::kMillisecond);

BENCHMARK_DEFINE_F(Library, BM_Agreement)(benchmark::State &state)
{
    for (auto _ : state) {
        const Expected<AgreementReport> report = AgreementReport::compute(m_store, {u"Ada"_s, u"Grace"_s});
        if (!report) {
            state.SkipWithError(qPrintable(report.error().message));
            return;
        }
        benchmark::DoNotOptimize(report->articles.size());
    }
}
BENCHMARK_REGISTER_F(Library, BM_Agreement)->Unit(benchmark::kMillisecond);

void BM_OpenLibrary(benchmark::State &state)
{
    if (!ensureLibrary()) {
        state.SkipWithError("cannot make the library");
        return;
    }
    for (auto _ : state) {
        Store store;
        if (!store.open(libraryPath()) || store.articles()->size() != ArticleCount) {
            state.SkipWithError("cannot open the library");
            return;
        }
        benchmark::DoNotOptimize(store.tags()->size());
    }
    state.counters["peak_MiB"] = peakResidentMiB();
}
BENCHMARK(BM_OpenLibrary)->Unit(benchmark::kMillisecond);

// The exports of the whole library, made once and shared by the import benchmarks.
QString exportedPath(ExportFormat format)
{
    return QDir(QStringLiteral(PARALLAX_BINARY_DIR)).filePath(u"bench-export-%1.%2"_s.arg(ArticleCount).arg(Exporter::suffix(format)));
}

BENCHMARK_DEFINE_F(Library, BM_Export)(benchmark::State &state)
{
    const auto format = ExportFormat(state.range(0));
    state.SetLabel(Exporter::formatName(format).toStdString());
    qsizetype bytes = 0;
    for (auto _ : state) {
        const Expected<QByteArray> exported = Exporter::exportBytes(m_store, format, ExportScope::library(), u"Bench"_s, {});
        if (!exported) {
            state.SkipWithError(exported.error().message.toStdString());
            return;
        }
        bytes = exported->size();
        state.PauseTiming();
        if (!Exporter::writeFile(exportedPath(format), *exported)) {
            state.SkipWithError("the export could not be written");
            return;
        }
        state.ResumeTiming();
    }
    state.counters["MiB"] = double(bytes) / (1024.0 * 1024.0);
    state.counters["peak_MiB"] = peakResidentMiB();
}
BENCHMARK_REGISTER_F(Library, BM_Export)
    ->Arg(int(ExportFormat::Markdown))
    ->Arg(int(ExportFormat::Csv))
    ->Arg(int(ExportFormat::WebAnnotation))
    ->Arg(int(ExportFormat::RefiQda))
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

// A .qdpx carries the texts, so it goes into an empty library and adds every article
// as well. W3C annotations name their texts only, so they go into a copy of the
// library without annotations: the texts are there, the annotations are added again.
void BM_ImportExported(benchmark::State &state)
{
    const auto format = ExportFormat(state.range(0));
    state.SetLabel(Exporter::formatName(format).toStdString());
    if (!QFileInfo::exists(exportedPath(format))) {
        state.SkipWithError("run BM_Export first");
        return;
    }
    int annotations = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir folder;
        const QString library = folder.filePath(u"imported.sqlite"_s);
        if (format == ExportFormat::WebAnnotation && !QFile::copy(libraryPath(), library)) {
            state.SkipWithError("cannot copy the library");
            return;
        }
        Store store;
        if (!store.open(library)) {
            state.SkipWithError("cannot make an empty library");
            return;
        }
        const StoreResult<void> cleared = store.batch([&store] {
            const QList<Annotation> annotations = *store.annotations();
            return std::all_of(annotations.cbegin(), annotations.cend(), [&store](const Annotation &annotation) {
                return store.deleteAnnotation(annotation.id).has_value();
            });
        });
        if (!cleared) {
            state.SkipWithError("cannot clear the copy's annotations");
            return;
        }
        state.ResumeTiming();
        const auto report = ExchangeImport::importFile(store, exportedPath(format), ImportFormats());
        if (!report) {
            state.SkipWithError(report.error().message.toStdString());
            return;
        }
        annotations = report->annotations;
    }
    state.counters["annotations"] = annotations;
    state.counters["peak_MiB"] = peakResidentMiB();
}
BENCHMARK(BM_ImportExported)->Arg(int(ExportFormat::WebAnnotation))->Arg(int(ExportFormat::RefiQda))->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv); // Qt Sql loads its driver as a plugin
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
