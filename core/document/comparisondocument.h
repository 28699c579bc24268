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

class LibraryDocument;

/**
 * The pair being compared and what the comparison found. The pair is two article ids
 * of the library; the comparison reads their texts and pins there and runs on a worker
 * thread, a newer pair (or new pins for this one) drops the result of an older one
 * still running, and the views (panes, link map, overview strips, claim table) follow
 * comparisonChanged(). It knows no widget.
 */
class ComparisonDocument final : public QObject
{
    Q_OBJECT

public:
    /// Compares articles of LIBRARY (not owned), and follows the pins kept there.
    explicit ComparisonDocument(LibraryDocument *library, QObject *parent = nullptr);
    ~ComparisonDocument() override;

    /// Compares article A with article B (ids of LibraryDocument::articleIdOf()), the
    /// pins the library keeps for them holding, in the background; and again whenever
    /// those pins change. The result shown so far is dropped at once
    /// (comparisonChanged()), and so is any older one still to come. 0 on either side,
    /// or an article the library cannot read, is no pair.
    void setPair(qint64 a, qint64 b);
    /// No pair: the result is dropped, and so is any comparison still running.
    void clear() { setPair(0, 0); }

    /// The articles compared: their ids, 0 with no pair.
    qint64 articleA() const { return m_articleA; }
    qint64 articleB() const { return m_articleB; }
    /// Whether the result of the pair is still to come. (A comparison of an earlier pair
    /// may still run, unseen: its result is dropped.)
    bool isComparing() const { return m_busy; }
    /// What the last comparison found; empty while it runs, and with no pair.
    const std::optional<ComparisonResult> &result() const { return m_result; }
    /// The pins of the pair, as the comparison holds them.
    const QList<PinnedPassage> &pins() const { return m_pins; }
    /// Per aligned passage of result(), in its order, the status of the worst claim that
    /// lies inside it on either side (claimSeverity()); none where no claim does.
    const QList<std::optional<ClaimStatus>> &worstClaims() const { return m_worstClaims; }

    /// What worstClaims() holds for RESULT; exposed for tests and the command line.
    static QList<std::optional<ClaimStatus>> worstClaimsOf(const ComparisonResult &result);

Q_SIGNALS:
    /// The result of the pair is awaited, or it is in (or there is no pair).
    void busyChanged(bool busy);
    /// result() changed: a comparison is in, or the result was dropped.
    void comparisonChanged();

private:
    void compare(const Document &a, const Document &b);
    /// The pins changed somewhere in the library: compares again if this pair's did.
    void followPins();
    void drop();
    void setBusy(bool busy);

    LibraryDocument *m_library;
    qint64 m_articleA = 0;
    qint64 m_articleB = 0;
    std::optional<ComparisonResult> m_result;
    QList<std::optional<ClaimStatus>> m_worstClaims;
    QList<PinnedPassage> m_pins;
    int m_generation = 0; ///< results of older comparisons are dropped
    bool m_busy = false; ///< the result of the pair is still to come
    QThreadPool m_pool; ///< last member: destroyed first, it waits for a running comparison
};

} // namespace Parallax
