// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/compare/comparison.h>
#include <core/library/store.h>
#include <core/text/document.h>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Parallax
{

/**
 * The report of a comparison as one HTML page: the two texts side by side with their
 * claims colored, each side's annotations in a margin beside the paragraph they
 * belong to, and the table of claims with their reviews.
 *
 * The page is self-contained (styles inline, no scripts, nothing fetched) and made
 * for print as well as screen. It keeps to the HTML that QTextDocument renders too,
 * tables rather than CSS grid, so the PDF of the report is the same page.
 */
class ComparisonHtml final
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonHtml)

public:
    ComparisonHtml(const Document &a, const Document &b, const ComparisonResult &result);

    /// The annotations of each side, shown in its margin; their ranges are UTF-16
    /// positions in that side's text.
    void setAnnotations(const QList<Annotation> &a, const QList<Annotation> &b);
    /// Reviews of this comparison's claims, with A and B as in this report.
    void setReviews(const QList<ClaimReview> &reviews);

    QString toHtml() const;

private:
    QString claimTable() const;
    QString summary() const;

    const Document &m_a;
    const Document &m_b;
    const ComparisonResult &m_result;
    QList<Annotation> m_annotationsA;
    QList<Annotation> m_annotationsB;
    QList<ClaimReview> m_reviews;
};

} // namespace Parallax
