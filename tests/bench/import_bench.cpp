// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/import/corpus.h>
#include <core/text/sourcetext.h>

#include <QString>

#include <benchmark/benchmark.h>

using namespace Parallax;

// Importing the whole bundled corpus: what start-up pays before the window shows.
static void BM_LoadBundledCorpus(benchmark::State &state)
{
    const QString directory = QStringLiteral(PARALLAX_SOURCE_DIR "/corpus");
    for (auto _ : state) {
        const Corpus corpus = Corpus::load(directory);
        benchmark::DoNotOptimize(corpus.documents().size());
    }
}
BENCHMARK(BM_LoadBundledCorpus)->Unit(benchmark::kMicrosecond);

// Decoding and normalizing a generated article of the given size (bytes processed/s).
static void BM_DecodeSourceText(benchmark::State &state)
{
    const QByteArray paragraph = "Russia ranks 31st out of 83 countries \xe2\x80\x94 \xe2\x80\x9con equal terms\xe2\x80\x9d.\r\n";
    QByteArray bytes;
    while (bytes.size() < state.range(0))
        bytes += paragraph;
    for (auto _ : state) {
        const SourceText text = SourceText::decode(bytes);
        benchmark::DoNotOptimize(text.text().size());
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_DecodeSourceText)->Arg(16 << 10)->Arg(1 << 20)->Arg(16 << 20)->Unit(benchmark::kMillisecond);
