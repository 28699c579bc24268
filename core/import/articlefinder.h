// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "gumbotree.h"

#include <QHash>
#include <QList>

namespace Parallax
{

/**
 * Finds the elements of a saved page that hold its article, the way reader views
 * (Firefox's Readability, Arc90's before it) decide: every paragraph with text gives its
 * parent and, less and less, its further ancestors a score for its length and commas;
 * the ancestor with the best score, discounted by the share of its text that is links,
 * holds the article; of its siblings, those that score well too or read as paragraphs
 * of prose belong to it. Blocks a reader does not see or that are named like furniture
 * (comments, menus, related stories …) score nothing.
 *
 * The parse tree is only read; scores live in the finder. Internal to the core.
 */
class ArticleFinder final
{
public:
    /// The elements of the article under ROOT (the page's <body>), in page order; empty
    /// when no element has text enough to be an article. LEAVEOUTFURNITURE: blocks named
    /// like comments, menus, sidebars … score nothing; pages that name their article so
    /// ("panel-two-col-sidebar-right") are read again without it.
    QList<const GumboNode *> find(const GumboNode *root, bool leaveOutFurniture = true);

    /// Paragraphs shorter than this give no score (Readability's 25 characters).
    static constexpr int MinimumParagraphLength = 25;
    /// How many levels of ancestors a paragraph scores.
    static constexpr int ScoredAncestorLevels = 5;

private:
    GumboTree::TextStatistics statistics(const GumboNode *node);
    double linkDensity(const GumboNode *node);
    bool isRemoved(const GumboNode *node) const;
    bool readsAsParagraph(const GumboNode *node);
    void collectParagraphs(const GumboNode *node, QList<const GumboNode *> &paragraphs);
    double &scoreOf(const GumboNode *node);
    const GumboNode *bestCandidate();
    QList<const GumboNode *> withSiblings(const GumboNode *top);

    GumboTree::TextMeasure m_measure {[this](const GumboNode *node) {
        return isRemoved(node);
    }};
    /// All the text a reader could see, for the size of a block named like a widget; a
    /// cache, filled as isRemoved() asks.
    mutable GumboTree::TextMeasure m_wholeText {[](const GumboNode *node) {
        return GumboTree::isSkipped(node->v.element.tag);
    }};
    QHash<const GumboNode *, double> m_scores; ///< the candidates: ancestors of paragraphs
    QList<const GumboNode *> m_candidates; ///< in the order they were first scored
    bool m_leaveOutFurniture = true;
};

} // namespace Parallax
