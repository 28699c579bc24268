// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/compare/comparison.h>
#include <core/text/document.h>

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <optional>

namespace Parallax
{

/**
 * The pair being compared and what the comparison found: the two documents are
 * compared on a worker thread, a newer pair drops the result of an older one still
 * running, and the views (panes, link map, overview strips, claim table) follow
 * comparisonChanged(). It knows no widget.
 */
class ComparisonDocument final : public QObject
{
    Q_OBJECT

public:
    explicit ComparisonDocument(QObject *parent = nullptr);
    ~ComparisonDocument() override;

    /// Compares A with B, the PINS holding, in the background. The result shown so far
    /// is dropped at once (comparisonChanged()), and so is any older one still to come.
    void compare(const Document &a, const Document &b, const QList<PinnedPassage> &pins);
    /// No pair: the result is dropped, and so is any comparison still running.
    void clear();

    /// Whether a comparison runs in the background.
    bool isComparing() const { return m_running > 0; }
    /// What the last comparison found; empty while it runs, and with no pair.
    const std::optional<ComparisonResult> &result() const { return m_result; }
    /// The pins of the pair compared last.
    const QList<PinnedPassage> &pins() const { return m_pins; }
    /// Per aligned passage of result(), in its order, the status of the worst claim that
    /// lies inside it on either side (claimSeverity()); none where no claim does.
    const QList<std::optional<ClaimStatus>> &worstClaims() const { return m_worstClaims; }

    /// What worstClaims() holds for RESULT; exposed for tests and the command line.
    static QList<std::optional<ClaimStatus>> worstClaimsOf(const ComparisonResult &result);

Q_SIGNALS:
    /// A comparison started, or the last one running ended.
    void busyChanged(bool busy);
    /// result() changed: a comparison is in, or the result was dropped.
    void comparisonChanged();

private:
    void drop();

    std::optional<ComparisonResult> m_result;
    QList<std::optional<ClaimStatus>> m_worstClaims;
    QList<PinnedPassage> m_pins;
    int m_generation = 0; ///< results of older comparisons are dropped
    int m_running = 0;
    QThreadPool m_pool; ///< last member: destroyed first, it waits for a running comparison
};

} // namespace Parallax
