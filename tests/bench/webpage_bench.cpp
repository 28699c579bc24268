// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/import/htmltext.h>
#include <core/text/sourcetext.h>

#include <QFile>

#include <benchmark/benchmark.h>

#include <KTar>
#include <algorithm>
#include <chrono>
#include <malloc.h>

using namespace Parallax;
using namespace Qt::StringLiterals;

namespace
{

struct SavedPage {
    QString name;
    QByteArray bytes;
};

// Readability's 130 test pages, read from the archive in tests/data.
const QList<SavedPage> &savedPages()
{
    static const QList<SavedPage> pages = [] {
        QList<SavedPage> read;
        KTar archive(QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/web-pages/readability.tar.xz"));
        if (!archive.open(QIODevice::ReadOnly))
            return read;
        const KArchiveDirectory *root = archive.directory();
        const auto *folder = dynamic_cast<const KArchiveDirectory *>(root->entry(u"readability"_s));
        if (!folder)
            return read;
        QStringList names = folder->entries();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            const auto *page = dynamic_cast<const KArchiveDirectory *>(folder->entry(name));
            const KArchiveFile *source = page ? page->file(u"source.html"_s) : nullptr;
            if (source)
                read.append({name, source->data()});
        }
        return read;
    }();
    return pages;
}

// Reading every page as an import does (decoding, parsing, finding the article and its
// metadata), each timed alone: the median and the slowest page are what the issue's
// targets name (median ≤ 10 ms, none over 200 ms, release build).
void BM_ReadSavedPages(benchmark::State &state)
{
    const QList<SavedPage> &pages = savedPages();
    if (pages.isEmpty()) {
        state.SkipWithError("the pages in tests/data/web-pages cannot be read");
        return;
    }
    QList<double> milliseconds;
    qint64 bytes = 0;
    for (auto _ : state) {
        milliseconds.clear();
        for (const SavedPage &page : pages) {
            const auto start = std::chrono::steady_clock::now();
            const SourceText source = SourceText::decodePage(page.bytes);
            const HtmlText html = HtmlText::parse(source.text());
            benchmark::DoNotOptimize(html.text().size());
            milliseconds.append(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
            bytes += page.bytes.size();
        }
    }
    QList<double> sorted = milliseconds;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype slowest = std::max_element(milliseconds.cbegin(), milliseconds.cend()) - milliseconds.cbegin();
    state.counters["median_ms"] = sorted.at(sorted.size() / 2);
    state.counters["slowest_ms"] = sorted.last();
    state.counters["pages"] = double(pages.size());
    state.SetLabel("slowest: " + pages.at(slowest).name.toStdString());
    state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_ReadSavedPages)->Unit(benchmark::kMillisecond)->Iterations(1);

// A field of /proc/self/status in kilobytes ("VmRSS", "VmHWM").
long statusKilobytes(const char *field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// What reading each page adds to the resident memory at its peak, as a multiple of the
// page's size (target ≤ 20×): freed memory goes back to the system before each page
// (malloc_trim), and the kernel's high-water mark is reset (clear_refs 5). Pages under
// 256 KiB are left out of the ratio: a few pages of the allocator's own say nothing of
// them.
void BM_ReadSavedPagePeakMemory(benchmark::State &state)
{
    const QList<SavedPage> &pages = savedPages();
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    if (!clearRefs.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        state.SkipWithError("/proc/self/clear_refs cannot be written here");
        return;
    }
    double worstRatio = 0;
    double largestPageRatio = 0;
    qsizetype largest = 0;
    QString worstPage;
    for (auto _ : state) {
        for (const SavedPage &page : pages) {
            malloc_trim(0);
            clearRefs.write("5");
            const long before = statusKilobytes("VmRSS");
            {
                const SourceText source = SourceText::decodePage(page.bytes);
                const HtmlText html = HtmlText::parse(source.text());
                benchmark::DoNotOptimize(html.text().size());
            }
            const long peak = statusKilobytes("VmHWM");
            const double ratio = double(std::max(0L, peak - before)) * 1024.0 / double(page.bytes.size());
            if (page.bytes.size() >= 256 * 1024 && ratio > worstRatio) {
                worstRatio = ratio;
                worstPage = page.name;
            }
            if (page.bytes.size() > largest) {
                largest = page.bytes.size();
                largestPageRatio = ratio;
            }
        }
    }
    state.counters["worst_ratio"] = worstRatio;
    state.counters["largest_page_ratio"] = largestPageRatio;
    state.SetLabel("worst: " + worstPage.toStdString());
}
BENCHMARK(BM_ReadSavedPagePeakMemory)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace

BENCHMARK_MAIN();
