// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/compare/claimmatrix.h>
#include <core/compare/comparison.h>
#include <core/text/document.h>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Parallax
{

/**
 * Writes a comparison in the formats of `parallax compare`: the JSON contract of
 * design.md (offsets in code points), a plain-text report grouped by status, and a
 * self-contained side-by-side HTML page.
 */
class ComparisonReport final
{
public:
    ComparisonReport(const Document &a, const Document &b, const ComparisonResult &result);

    QJsonObject toJson() const;
    QString toText() const;
    QString toHtml() const;
    /// One row per claim (RFC 4180, header row, offsets in code points, empty for the
    /// side a claim is not on).
    QString toCsv() const;

private:
    const Document &m_a;
    const Document &m_b;
    const ComparisonResult &m_result;
};

/**
 * Writes the comparison of three or more documents: every pair as ComparisonReport
 * does, and the claim matrix (rows = claims, columns = documents).
 */
class MatrixReport final
{
public:
    MatrixReport(const QList<Document> &documents, const QList<PairComparison> &comparisons, const ClaimMatrix &matrix);

    /// {"documents": [...], "comparisons": [{"a": 0, "b": 1, "alignments", "claims"}], "matrix": {...}}
    QJsonObject toJson() const;
    QString toText() const;
    QString toHtml() const;

private:
    const QList<Document> &m_documents;
    const QList<PairComparison> &m_comparisons;
    const ClaimMatrix &m_matrix;
};

} // namespace Parallax
