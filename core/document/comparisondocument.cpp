// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "comparisondocument.h"

#include "librarydocument.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <tuple>

#ifdef Q_OS_LINUX
#include <sys/resource.h>

#include <unistd.h>
#endif

namespace Parallax
{

namespace
{
/**
 * Lowers the calling thread's share of the CPU. On two cores, a comparison's two
 * threads would take turns with the GUI thread and freeze the window for a tenth of a
 * second at a time. Qt's thread priorities change nothing for ordinary Linux threads
 * (only IdlePriority does, and it can starve the work for as long as anything else
 * runs), so the thread is niced, as `nice 10` would: it still gets a tenth of a busy
 * core, and all of an idle one. Threads it starts inherit the value.
 */
void yieldToTheWindow()
{
#ifdef Q_OS_LINUX
    setpriority(PRIO_PROCESS, gettid(), 10); // best effort: a failure only costs smoothness
#endif
}
// The claims with a span on one side, ordered by where that span starts, to find those
// inside a passage by binary search rather than by testing every claim.
class ClaimsBySide
{
public:
    ClaimsBySide(const QList<Claim> &claims, std::optional<Fact> Claim::*side)
        : m_side(side)
    {
        for (const Claim &claim : claims) {
            if ((claim.*side).has_value())
                m_ordered.append(&claim);
        }
        std::sort(m_ordered.begin(), m_ordered.end(), [side](const Claim *x, const Claim *y) {
            return (x->*side)->range.start < (y->*side)->range.start;
        });
    }

    /// The worst severity among the claims inside PASSAGE, and its status.
    void worstInside(const TextRange &passage, int &worst, ClaimStatus &status) const
    {
        auto it = std::lower_bound(m_ordered.cbegin(), m_ordered.cend(), passage.start, [this](const Claim *claim, qsizetype start) {
            return (claim->*m_side)->range.start < start;
        });
        for (; it != m_ordered.cend() && ((*it)->*m_side)->range.start < passage.end; ++it) {
            if (passage.contains(((*it)->*m_side)->range) && claimSeverity((*it)->status) > worst) {
                worst = claimSeverity((*it)->status);
                status = (*it)->status;
            }
        }
    }

private:
    std::optional<Fact> Claim::*m_side;
    QList<const Claim *> m_ordered;
};

} // namespace

ComparisonDocument::ComparisonDocument(LibraryDocument *library, QObject *parent)
    : QObject(parent)
    , m_library(library)
{
    // Pins change by the user's hand, by undo and redo, and by another coder's.
    connect(library, &LibraryDocument::pinsChanged, this, &ComparisonDocument::followPins);
    // Another library's ids name other articles: the next pair is compared anew.
    connect(library, &LibraryDocument::storeChanged, this, [this] {
        m_articleA = m_articleB = 0;
    });
}

ComparisonDocument::~ComparisonDocument() = default;

void ComparisonDocument::setPair(qint64 a, qint64 b)
{
    // Held: texts the library does not hold have no pins there.
    const bool held = !LibraryDocument::isUnheld(a) && !LibraryDocument::isUnheld(b);
    // Pins that cannot be read are none: the comparison is still worth showing.
    QList<PinnedPassage> pins = a != 0 && b != 0 && held ? m_library->store()->pins(a, b).value_or({}) : QList<PinnedPassage>();
    // The pair shown again, as each pane announces its article: nothing to do.
    if (a == m_articleA && b == m_articleB && a != 0 && b != 0 && pins == m_pins && (m_busy || m_result))
        return;
    m_articleA = a;
    m_articleB = b;
    m_pins = std::move(pins);
    const std::optional<Document> documentA = a != 0 && b != 0 ? m_library->article(a) : std::nullopt;
    const std::optional<Document> documentB = documentA ? m_library->article(b) : std::nullopt;
    if (!documentB) {
        drop();
        setBusy(false);
        return;
    }
    compare(*documentA, *documentB);
}

void ComparisonDocument::followPins()
{
    // setPair() reads the pins and compares again only if this pair's changed.
    if (m_articleA != 0 && m_articleB != 0)
        setPair(m_articleA, m_articleB);
}

void ComparisonDocument::compare(const Document &a, const Document &b)
{
    drop();
    const QList<PinnedPassage> pins = m_pins;
    const int generation = m_generation;
    // The worst claims are found on the worker too: the window only paints.
    using Found = std::pair<ComparisonResult, QList<std::optional<ClaimStatus>>>;
    auto *watcher = new QFutureWatcher<Found>(this);
    connect(watcher, &QFutureWatcher<Found>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        // Another pair may have been asked for meanwhile; then this result is stale, and
        // the window still waits for that pair's.
        if (generation == m_generation) {
            std::tie(m_result, m_worstClaims) = watcher->result();
            setBusy(false);
            Q_EMIT comparisonChanged();
        }
    });
    setBusy(true);
    watcher->setFuture(QtConcurrent::run(&m_pool, [a, b, pins] {
        yieldToTheWindow();
        ComparisonResult result = Comparator::compare(a, b, pins);
        QList<std::optional<ClaimStatus>> worst = worstClaimsOf(result);
        return Found {std::move(result), std::move(worst)};
    }));
}

QList<std::optional<ClaimStatus>> ComparisonDocument::worstClaimsOf(const ComparisonResult &result)
{
    const ClaimsBySide onA(result.claims, &Claim::a);
    const ClaimsBySide onB(result.claims, &Claim::b);
    QList<std::optional<ClaimStatus>> worstClaims;
    worstClaims.reserve(result.alignments.size());
    for (const Alignment &alignment : result.alignments) {
        int worst = 0;
        ClaimStatus status = ClaimStatus::Agree;
        onA.worstInside(alignment.a, worst, status);
        onB.worstInside(alignment.b, worst, status);
        worstClaims.append(worst > 0 ? std::optional(status) : std::nullopt);
    }
    return worstClaims;
}

void ComparisonDocument::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ComparisonDocument::drop()
{
    ++m_generation;
    m_result.reset();
    m_worstClaims.clear();
    Q_EMIT comparisonChanged();
}

} // namespace Parallax
