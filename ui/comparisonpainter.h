// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/compare/comparison.h>

#include <QCoreApplication>

namespace Parallax
{

class ArticlePane;
class LinkMap;
class ScrollSynchronizer;

/**
 * Puts what a comparison found into the views that show it: the claim highlights,
 * changed words and page junk of both panes, their overview strips, the bands of the
 * link map (each in the colour of the worst claim inside it) and the passages the
 * scroll synchronizer keeps level.
 */
class ComparisonPainter final
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonPainter)

public:
    ComparisonPainter(ArticlePane *left, ArticlePane *right, LinkMap *links, ScrollSynchronizer *scrolling);

    /// Shows RESULT, with the status of the worst claim inside each of its aligned
    /// passages (ComparisonDocument::worstClaims()); null clears what an earlier one
    /// showed in the link map and scrolling.
    void show(const ComparisonResult *result, const QList<std::optional<ClaimStatus>> &worstClaims) const;

private:
    void showHighlights(const ComparisonResult &result) const;
    void showLinks(const ComparisonResult *result, const QList<std::optional<ClaimStatus>> &worstClaims) const;

    ArticlePane *m_left;
    ArticlePane *m_right;
    LinkMap *m_links;
    ScrollSynchronizer *m_scrolling;
};

} // namespace Parallax
