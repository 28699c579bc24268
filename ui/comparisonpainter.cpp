// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "comparisonpainter.h"

#include "articlepane.h"
#include "claimcolors.h"
#include "linkmap.h"
#include "overviewstrip.h"
#include "scrollsync.h"

#include <algorithm>

namespace Parallax
{

ComparisonPainter::ComparisonPainter(ArticlePane *left, ArticlePane *right, LinkMap *links, ScrollSynchronizer *scrolling)
    : m_left(left)
    , m_right(right)
    , m_links(links)
    , m_scrolling(scrolling)
{
}

void ComparisonPainter::show(const ComparisonResult *result, const QList<std::optional<ClaimStatus>> &worstClaims) const
{
    if (result)
        showHighlights(*result);
    showLinks(result, worstClaims);
}

void ComparisonPainter::showHighlights(const ComparisonResult &result) const
{
    const QPalette palette = m_left->palette();
    QList<TextHighlight> left, right;
    for (const TextRange &junk : result.a.boilerplate)
        left.append({junk, {}, ClaimColors::boilerplate(palette), tr("Boilerplate: page junk, not part of the article"), false, {}});
    for (const TextRange &junk : result.b.boilerplate)
        right.append({junk, {}, ClaimColors::boilerplate(palette), tr("Boilerplate: page junk, not part of the article"), false, {}});
    // Words that differ inside matching passages, subtly, under the claim colors.
    for (const Alignment &alignment : result.alignments) {
        for (const TextRange &word : alignment.changes.a)
            left.append({word, {}, {}, {}, true, {}});
        for (const TextRange &word : alignment.changes.b)
            right.append({word, {}, {}, {}, true, {}});
    }
    QList<OverviewMark> leftMarks, rightMarks;
    QList<Claim> bySeverity = result.claims;
    std::stable_sort(bySeverity.begin(), bySeverity.end(), [](const Claim &x, const Claim &y) {
        return claimSeverity(x.status) < claimSeverity(y.status);
    });
    for (const Claim &claim : std::as_const(bySeverity)) {
        const QColor color = ClaimColors::forStatus(claim.status, palette);
        const QColor mark = ClaimColors::marker(claim.status, palette);
        if (claim.a) {
            left.append({claim.a->range, color, {}, claim.explanation, false, {}});
            leftMarks.append({claim.a->range, mark});
        }
        if (claim.b) {
            right.append({claim.b->range, color, {}, claim.explanation, false, {}});
            rightMarks.append({claim.b->range, mark});
        }
    }
    m_left->setHighlights(left);
    m_right->setHighlights(right);
    m_left->overview()->setMarks(leftMarks);
    m_right->overview()->setMarks(rightMarks);
}

void ComparisonPainter::showLinks(const ComparisonResult *result, const QList<std::optional<ClaimStatus>> &worstClaims) const
{
    QList<LinkBand> bands;
    QList<ScrollSynchronizer::Match> matches;
    if (result) {
        const QPalette palette = m_left->palette();
        for (qsizetype i = 0; i < result->alignments.size(); ++i) {
            const Alignment &alignment = result->alignments.at(i);
            // A band takes the color of the worst claim inside it: conflicts catch the eye.
            const std::optional<ClaimStatus> worst = worstClaims.value(i);
            const QColor color = worst ? ClaimColors::forStatus(*worst, palette) : ClaimColors::neutralLink(palette);
            bands.append({alignment.a, alignment.b, color, alignment.pinned});
            matches.append({alignment.a, alignment.b});
        }
    }
    m_links->setBands(bands);
    m_scrolling->setMatches(matches);
}

} // namespace Parallax
