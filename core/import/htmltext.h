// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/document.h>
#include <core/text/textrange.h>

#include <QList>
#include <QString>

namespace Parallax
{

/**
 * Reads a saved web page with gumbo, a complete HTML5 parser, into the article's text
 * and metadata. Only the parse tree is read: nothing is fetched (no images, styles,
 * scripts or frames), and scripts, styles, navigation and forms contribute no text.
 *
 * The text is all that the page shows, one block (paragraph, heading, list item) per
 * line, list items marked "• ", so that segmentation sees the structure the page had.
 * What is not the article (menus, teasers, comments, sharing links …) is kept and marked
 * as furniture: whole lines, never part of one.
 */
class HtmlText final
{
public:
    /// Deeper than this, a page is not parsed: browsers stop nesting at a few hundred
    /// levels (Blink at 512), and a page nested without end only costs time and stack.
    static constexpr int MaximumNesting = 2000;
    /// An article read without the blocks named like furniture must keep this many
    /// characters (and a third of its text), or it is read whole.
    static constexpr int MinimumArticleLength = 500;

    /// The page's text; empty for a page nested deeper than MaximumNesting.
    static HtmlText parse(const QString &html);
    /// How deep the parsed page's elements nest (see nestingDepth()).
    int nesting() const { return m_nesting; }
    /// How deep the page's elements nest, judged from its tags without parsing: elements
    /// without an end tag (<br>, <img>, <p>, <li> …) do not count.
    static int nestingDepth(QStringView html);

    const QString &text() const { return m_text; }
    /// The lines of text() outside the article, sorted and disjoint, each with the blank
    /// line after it: text() without them is the article as a reader view shows it.
    const QList<TextRange> &furniture() const { return m_furniture; }
    /// Whether any of text() is not furniture: a page of menus alone has no article.
    bool hasArticle() const;
    /// Whether the page reads as an article, as Firefox decides whether to offer its
    /// reader view: paragraphs of 140 characters or more, not in lists or blocks named
    /// like furniture, each counting the square root of what exceeds 140, score over 20.
    /// A home page, a search page or a list of links does not.
    bool looksLikeAnArticle() const { return m_looksLikeAnArticle; }
    /// Title, outlet and publication date from the page's <title>, <h1> and meta tags
    /// (Open Graph, article:published_time), where it has them.
    const DocumentMetadata &metadata() const { return m_metadata; }

private:
    QString m_text;
    QList<TextRange> m_furniture;
    DocumentMetadata m_metadata;
    bool m_looksLikeAnArticle = false;
    int m_nesting = 0;
};

} // namespace Parallax
