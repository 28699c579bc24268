// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "comparison.h"

#include "claimclassifier.h"
#include "factextractor.h"
#include "sentencealigner.h"
#include "sharedcontext.h"

#include <QScopeGuard>
#include <QThreadPool>

#include <functional>
#include <future>
#include <optional>

using namespace Qt::StringLiterals;

namespace Parallax
{

QString claimStatusName(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Agree:
        return u"agree"_s;
    case ClaimStatus::Conflict:
        return u"conflict"_s;
    case ClaimStatus::OnlyA:
        return u"only_a"_s;
    case ClaimStatus::OnlyB:
        return u"only_b"_s;
    case ClaimStatus::Compatible:
        return u"compatible"_s;
    }
    return {};
}

int claimSeverity(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Conflict:
        return 3;
    case ClaimStatus::OnlyA:
    case ClaimStatus::OnlyB:
        return 2;
    case ClaimStatus::Agree:
    case ClaimStatus::Compatible:
        break;
    }
    return 1;
}

namespace
{

QThreadPool &readerPool()
{
    static QThreadPool pool;
    static const bool keepThreads = [] {
        pool.setExpiryTimeout(-1);
        return true;
    }();
    Q_UNUSED(keepThreads);
    return pool;
}

// Starts WORK on the reader pool. The task is shared with the pool, so it outlives the
// moment it reports being done; the caller waits for the future before WORK's captures end.
std::future<void> startReading(std::function<void()> work)
{
    auto task = std::make_shared<std::packaged_task<void()>>(std::move(work));
    std::future<void> done = task->get_future();
    readerPool().start([task] {
        (*task)();
    });
    return done;
}

// Waits for WORK however the frame it uses is left.
auto waitingFor(std::future<void> &work)
{
    return qScopeGuard([&work] {
        if (work.valid())
            work.wait();
    });
}

} // namespace

ComparisonResult Comparator::compare(const QString &textA, const QString &textB, const QList<PinnedPassage> &pins)
{
    Document a;
    a.text = textA;
    Document b;
    b.text = textB;
    return compare(a, b, pins);
}

ComparisonResult Comparator::compare(const Document &a, const Document &b, const QList<PinnedPassage> &pins)
{
    ComparisonResult result;
    // The two documents are read independently: B on a second thread while A is read
    // here, which halves the time on the two cores a laptop has at least. The readers'
    // threads are kept: a new thread per comparison would redo its per-thread set-up
    // (regular expression stacks, allocator arenas) every time.
    std::future<void> readB = startReading([&b, &result] {
        result.b = TextSegmenter::segment(b.text, b.furniture);
        result.factsB = FactExtractor::extract(result.b);
    });
    const auto waitForB = waitingFor(readB);
    result.a = TextSegmenter::segment(a.text, a.furniture);
    result.factsA = FactExtractor::extract(result.a);
    readB.get();
    // The words around each figure do not depend on the alignment: found meanwhile.
    std::optional<SharedContext> context;
    std::future<void> findContext = startReading([&result, &context] {
        context.emplace(result.a, result.factsA, result.b, result.factsB);
    });
    const auto waitForContext = waitingFor(findContext);
    result.alignments = SentenceAligner::align(result.a, result.b, result.factsA, result.factsB, pins);
    for (Alignment &alignment : result.alignments)
        alignment.changes = WordDiff::diff(result.a.sentences.at(alignment.sentenceA), result.b.sentences.at(alignment.sentenceB));
    findContext.get();
    result.claims = ClaimClassifier::classify(result.factsA, result.factsB, result.alignments, *context);
    return result;
}

} // namespace Parallax
