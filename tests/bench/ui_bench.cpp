// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// The comparison window as a user feels it, offscreen, on generated pairs of 5k and 100k
// words per side:
// - BM_OpenToFirstPaint: from creating the window with the pair to the first paint of
//   the article text (counter first_paint_ms, the measured time), and on to the first
//   paint with the comparison shown (counter compared_ms).
// - BM_LongestGuiBlock: while the comparison runs off the GUI thread and its result is
//   shown, a 1 ms timer on the GUI thread notes the longest gap between its ticks: the
//   longest the window could not answer the user (counter longest_block_ms).
// Results and how to read them: tests/bench/RESULTS.md.
#include "generatedpair.h"

#include <core/document/librarydocument.h>
#include <core/text/document.h>
#include <ui/annotationworkspace.h>
#include <ui/articlepane.h>
#include <ui/mainwindow.h>
#include <ui/passagepinner.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

QList<Document> documentsOfSize(int words)
{
    const Bench::Pair &pair = Bench::pairOfSize(words);
    Document a, b;
    a.path = u"/generated/a.txt"_s;
    a.metadata.title = u"Generated A"_s;
    a.text = pair.a;
    b.path = u"/generated/b.txt"_s;
    b.metadata.title = u"Generated B"_s;
    b.text = pair.b;
    return {a, b};
}

// Quits LOOP when WATCHED is next painted; the paint itself is done by then.
class PaintWatcher final : public QObject
{
public:
    PaintWatcher(QWidget *watched, QEventLoop *loop)
        : m_loop(loop)
    {
        watched->installEventFilter(this);
    }
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !painted) {
            painted = true;
            // Queued: the loop ends after this paint has been drawn, not before it.
            QMetaObject::invokeMethod(m_loop, &QEventLoop::quit, Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QEventLoop *m_loop;
};

// Runs the event loop until the viewport is painted next; false after 60 s.
bool waitForPaint(QWidget *viewport)
{
    QEventLoop loop;
    PaintWatcher watcher(viewport, &loop);
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    viewport->update();
    loop.exec();
    return watcher.painted;
}

bool waitForComparison(MainWindow &window)
{
    if (!window.isComparing() && window.comparison())
        return true;
    QEventLoop loop;
    QObject::connect(&window, &MainWindow::comparisonFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60'000, &loop, &QEventLoop::quit);
    loop.exec();
    return window.comparison().has_value();
}

// Opens a window on DOCUMENTS and runs the event loop until its text is painted; null
// (and the benchmark skipped) if it never is.
std::unique_ptr<MainWindow> openAndPaint(const QList<Document> &documents, benchmark::State &state)
{
    auto window = std::make_unique<MainWindow>(ImportFormats());
    window->setArticles(documents);
    window->show();
    if (!waitForPaint(window->rightPane()->textView()->viewport())) {
        state.SkipWithError("the window was not painted");
        return nullptr;
    }
    return window;
}

void BM_OpenToFirstPaint(benchmark::State &state)
{
    const QList<Document> documents = documentsOfSize(int(state.range(0)));
    double comparedMs = 0;
    for (auto _ : state) {
        QElapsedTimer clock;
        clock.start();
        const auto window = openAndPaint(documents, state);
        if (!window)
            return;
        state.SetIterationTime(double(clock.nsecsElapsed()) / 1e9);
        if (!waitForComparison(*window) || !waitForPaint(window->rightPane()->textView()->viewport())) {
            state.SkipWithError("the comparison was not shown");
            return;
        }
        comparedMs += double(clock.nsecsElapsed()) / 1e6;
    }
    state.counters["words"] = double(state.range(0));
    state.counters["compared_ms"] = benchmark::Counter(comparedMs, benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_OpenToFirstPaint)->Arg(5000)->Arg(100000)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_LongestGuiBlock(benchmark::State &state)
{
    const QList<Document> documents = documentsOfSize(int(state.range(0)));
    double longestMs = 0;
    for (auto _ : state) {
        // Opening (setting 2 × 100k words of text) is measured above; this is the comparison.
        const auto window = openAndPaint(documents, state);
        if (!window)
            return;
        QElapsedTimer sinceTick;
        qint64 longest = 0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(1);
        QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
            longest = std::max(longest, sinceTick.nsecsElapsed());
            sinceTick.restart();
        });
        // A pin first, then the comparison measured is the one after the user unpins it
        // (without a pin, clearPins() has nothing to do and nothing would be measured).
        auto *library = window->findChild<LibraryDocument *>();
        const qint64 a = window->workspace()->articleIdOf(window->leftPane());
        const qint64 b = window->workspace()->articleIdOf(window->rightPane());
        if (!library->setPins(a, b, {{{0, 10}, {0, 10}}}, QStringLiteral("Pin")) || !waitForComparison(*window)) {
            state.SkipWithError("the pair could not be pinned");
            return;
        }
        window->pinner()->clearPins();
        if (!window->isComparing()) {
            state.SkipWithError("clearing the pin compared nothing again");
            return;
        }
        sinceTick.start();
        ticker.start();
        if (!waitForComparison(*window) || !waitForPaint(window->rightPane()->textView()->viewport())) {
            state.SkipWithError("the comparison was not shown");
            return;
        }
        ticker.stop();
        longest = std::max(longest, sinceTick.nsecsElapsed());
        longestMs = std::max(longestMs, double(longest) / 1e6);
    }
    state.counters["words"] = double(state.range(0));
    state.counters["longest_block_ms"] = longestMs;
}
BENCHMARK(BM_LongestGuiBlock)->Arg(5000)->Arg(100000)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    // The window remembers state; keep the user's settings out of the measurement.
    QTemporaryDir settings;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
