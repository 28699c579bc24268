// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "comparison.h"

#include <QList>
#include <QString>

namespace Parallax
{

/// The comparison of documents FIRST and SECOND of a set.
struct PairComparison {
    int first = 0;
    int second = 0;
    ComparisonResult result;
};

/**
 * A table of the claims across several documents: one row per claim, one column per
 * document, each cell the value that document states (or nothing). Rows are built by
 * joining the facts that the pairwise comparisons found to agree or conflict, so a
 * claim that three sources state is one row, whichever pairs matched it.
 */
class ClaimMatrix final
{
public:
    struct Cell {
        bool present = false;
        QString text; ///< as written in that document
        QString value; ///< normalized
    };
    struct Row {
        FactKind kind = FactKind::Count;
        /// "agree" (every document states it alike), "conflict" (some differ),
        /// "partial" (some documents do not state it).
        QString status;
        QList<Cell> cells;
    };

    static ClaimMatrix build(int documentCount, const QList<PairComparison> &comparisons);

    const QList<Row> &rows() const { return m_rows; }

private:
    QList<Row> m_rows;
};

} // namespace Parallax
