// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <gumbo.h>

/**
 * What the readers of a saved page (HtmlText, ArticleFinder) ask of gumbo's parse tree:
 * which elements a reader never sees, which are blocks, which are named like page
 * furniture. Internal to the core: gumbo's types stay out of its public headers.
 */
namespace Parallax::GumboTree
{

/// Elements whose text no reader sees as text: scripts, styles, frames, <head>, <nav>,
/// form controls.
bool isSkipped(GumboTag tag);
/// Elements that start a line of their own.
bool isBlock(GumboTag tag);
QString attribute(const GumboNode *node, const char *name);
/// What a reader does not see: "hidden", aria-hidden, display:none, visibility:hidden.
bool isHidden(const GumboNode *node);
/// What a block's class and id say it is, unless they also say "article", "content",
/// "main" …
enum class FurnitureName {
    None,
    /// Comments, menus, related stories, sidebars, footers, sponsors: what pages put
    /// around an article.
    Surrounding,
    /// Sharing buttons, newsletter sign-ups, cookie banners, promotions: small blocks as a
    /// rule, but a script's id can name the article's own wrapper ("gigya-share-btns").
    Widget,
};
FurnitureName furnitureName(const GumboNode *node);
/// A widget holding at least this many characters of text is taken for content.
constexpr int LargestWidget = 500;
/// The first element with TAG in document order, or null.
const GumboNode *findFirst(const GumboNode *node, GumboTag tag);
/// Every element with TAG, in document order.
void findAll(const GumboNode *node, GumboTag tag, QList<const GumboNode *> &found);

/// How much text an element holds, how much of it is link text, and its commas.
struct TextStatistics {
    qsizetype length = 0; ///< characters, white space collapsed
    qsizetype linked = 0; ///< of which inside links
    qsizetype commas = 0; ///< also the Chinese and Arabic ones

    /// The share of the text that is link text, 0 for no text.
    double linkDensity() const { return length == 0 ? 0 : double(linked) / double(length); }
};

/// Counts the text of elements, each once however often asked, leaving out the subtrees
/// of the elements that LEAVEOUT names.
class TextMeasure
{
public:
    explicit TextMeasure(std::function<bool(const GumboNode *)> leaveOut)
        : m_leaveOut(std::move(leaveOut))
    {
    }
    TextStatistics of(const GumboNode *node);
    /// Forgets what was counted, for a rule of what to leave out that changed.
    void clear() { m_counted.clear(); }

private:
    std::function<bool(const GumboNode *)> m_leaveOut;
    QHash<const GumboNode *, TextStatistics> m_counted;
};

inline const GumboNode *childAt(const GumboNode *node, unsigned int index)
{
    return static_cast<const GumboNode *>(node->v.element.children.data[index]);
}

} // namespace Parallax::GumboTree
