// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "comparisondocument.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

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
} // namespace

ComparisonDocument::ComparisonDocument(QObject *parent)
    : QObject(parent)
{
}

ComparisonDocument::~ComparisonDocument() = default;

void ComparisonDocument::compare(const Document &a, const Document &b, const QList<PinnedPassage> &pins)
{
    drop();
    m_pins = pins;
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<ComparisonResult>(this);
    connect(watcher, &QFutureWatcher<ComparisonResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (--m_running == 0)
            Q_EMIT busyChanged(false);
        // Another pair may have been asked for meanwhile; then this result is stale.
        if (generation == m_generation) {
            m_result = watcher->result();
            Q_EMIT comparisonChanged();
        }
    });
    if (m_running++ == 0)
        Q_EMIT busyChanged(true);
    watcher->setFuture(QtConcurrent::run(&m_pool, [a, b, pins] {
        yieldToTheWindow();
        return Comparator::compare(a, b, pins);
    }));
}

void ComparisonDocument::clear()
{
    drop();
    m_pins.clear();
}

void ComparisonDocument::drop()
{
    ++m_generation;
    m_result.reset();
    Q_EMIT comparisonChanged();
}

} // namespace Parallax
