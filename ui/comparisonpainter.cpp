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

namespace
{

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

ComparisonPainter::ComparisonPainter(ArticlePane *left, ArticlePane *right, LinkMap *links, ScrollSynchronizer *scrolling)
    : m_left(left)
    , m_right(right)
    , m_links(links)
    , m_scrolling(scrolling)
{
}

void ComparisonPainter::show(const ComparisonResult *result) const
{
    if (result)
        showHighlights(*result);
    showLinks(result);
}

void ComparisonPainter::showHighlights(const ComparisonResult &result) const
{
    const QPalette palette = m_left->palette();
    QList<TextHighlight> left, right;
    for (const TextRange &junk : result.a.boilerplate)
        left.append({junk, {}, ClaimColors::boilerplate(palette), tr("Boilerplate: page junk, not part of the article")});
    for (const TextRange &junk : result.b.boilerplate)
        right.append({junk, {}, ClaimColors::boilerplate(palette), tr("Boilerplate: page junk, not part of the article")});
    // Words that differ inside matching passages, subtly, under the claim colors.
    for (const Alignment &alignment : result.alignments) {
        for (const TextRange &word : alignment.changes.a)
            left.append({word, {}, {}, {}, true});
        for (const TextRange &word : alignment.changes.b)
            right.append({word, {}, {}, {}, true});
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
            left.append({claim.a->range, color, {}, claim.explanation});
            leftMarks.append({claim.a->range, mark});
        }
        if (claim.b) {
            right.append({claim.b->range, color, {}, claim.explanation});
            rightMarks.append({claim.b->range, mark});
        }
    }
    m_left->setHighlights(left);
    m_right->setHighlights(right);
    m_left->overview()->setMarks(leftMarks);
    m_right->overview()->setMarks(rightMarks);
}

void ComparisonPainter::showLinks(const ComparisonResult *result) const
{
    QList<LinkBand> bands;
    QList<ScrollSynchronizer::Match> matches;
    if (result) {
        const QPalette palette = m_left->palette();
        const ClaimsBySide onA(result->claims, &Claim::a);
        const ClaimsBySide onB(result->claims, &Claim::b);
        for (const Alignment &alignment : result->alignments) {
            // A band takes the color of the worst claim inside it: conflicts catch the eye.
            int worst = 0;
            ClaimStatus status = ClaimStatus::Agree;
            onA.worstInside(alignment.a, worst, status);
            onB.worstInside(alignment.b, worst, status);
            const QColor color = worst > 0 ? ClaimColors::forStatus(status, palette) : ClaimColors::neutralLink(palette);
            bands.append({alignment.a, alignment.b, color, alignment.pinned});
            matches.append({alignment.a, alignment.b});
        }
    }
    m_links->setBands(bands);
    m_scrolling->setMatches(matches);
}

} // namespace Parallax
