// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "articlefinder.h"

#include "gumbotree.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax
{

using namespace GumboTree;

namespace
{

bool isElement(const GumboNode *node)
{
    return node && node->type == GUMBO_NODE_ELEMENT;
}

// Roles that say an element is not the page's content.
bool hasOtherRole(const GumboNode *node)
{
    static const QSet<QString> roles = {u"menu"_s, u"menubar"_s, u"complementary"_s, u"navigation"_s, u"alert"_s, u"alertdialog"_s, u"dialog"_s};
    return roles.contains(attribute(node, "role").trimmed().toLower());
}

// What an element's tag says of its chance to hold the article: a <div> often does, a
// list or a form seldom, a heading never.
double tagWeight(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV:
        return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
        return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
        return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
        return -5;
    default:
        return 0;
    }
}

// What an element's class and id say: "article-body" +25, "sidebar" or "share" -25.
double nameWeight(const GumboNode *node)
{
    static const QRegularExpression positive(
        u"article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression negative(uR"(-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|)"
                                             uR"(media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget)"_s,
        QRegularExpression::CaseInsensitiveOption);
    double weight = 0;
    for (const char *name : {"class", "id"}) {
        const QString value = attribute(node, name);
        if (value.isEmpty())
            continue;
        if (negative.matchView(value).hasMatch())
            weight -= 25;
        if (positive.matchView(value).hasMatch())
            weight += 25;
    }
    return weight;
}

// Elements that hold blocks of their own, so that a <div> with one is no paragraph.
bool holdsBlocks(const GumboNode *node)
{
    for (unsigned int i = 0; i < node->v.element.children.length; ++i) {
        const GumboNode *child = childAt(node, i);
        if (!isElement(child))
            continue;
        switch (child->v.element.tag) {
        case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_DL:
        case GUMBO_TAG_DIV:
        case GUMBO_TAG_IMG:
        case GUMBO_TAG_OL:
        case GUMBO_TAG_P:
        case GUMBO_TAG_PRE:
        case GUMBO_TAG_TABLE:
        case GUMBO_TAG_UL:
        case GUMBO_TAG_SECTION:
        case GUMBO_TAG_ARTICLE:
            return true;
        default:
            if (holdsBlocks(child))
                return true;
        }
    }
    return false;
}

bool isScoredTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_P:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_PRE:
        return true;
    default:
        return false;
    }
}

QString plainText(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE)
        return QString::fromUtf8(node->v.text.text);
    if (!isElement(node) || isSkipped(node->v.element.tag))
        return {};
    QString text;
    for (unsigned int i = 0; i < node->v.element.children.length; ++i)
        text += plainText(childAt(node, i));
    return text.simplified();
}

QList<const GumboNode *> elementChildren(const GumboNode *node)
{
    QList<const GumboNode *> children;
    for (unsigned int i = 0; i < node->v.element.children.length; ++i) {
        if (isElement(childAt(node, i)))
            children.append(childAt(node, i));
    }
    return children;
}

} // namespace

bool ArticleFinder::isRemoved(const GumboNode *node) const
{
    if (!isElement(node))
        return false;
    const GumboTag tag = node->v.element.tag;
    if (isSkipped(tag) || isHidden(node) || hasOtherRole(node))
        return true;
    switch (m_leaveOutFurniture ? furnitureName(node) : FurnitureName::None) {
    case FurnitureName::None:
        return false;
    case FurnitureName::Surrounding:
        return true;
    case FurnitureName::Widget:
        return m_wholeText.of(node).length < LargestWidget;
    }
    return false;
}

TextStatistics ArticleFinder::statistics(const GumboNode *node)
{
    return m_measure.of(node);
}

double ArticleFinder::linkDensity(const GumboNode *node)
{
    return m_measure.of(node).linkDensity();
}

bool ArticleFinder::readsAsParagraph(const GumboNode *node)
{
    const GumboTag tag = node->v.element.tag;
    return tag == GUMBO_TAG_P || (tag == GUMBO_TAG_DIV && !holdsBlocks(node));
}

void ArticleFinder::collectParagraphs(const GumboNode *node, QList<const GumboNode *> &paragraphs)
{
    if (!isElement(node) || isRemoved(node))
        return;
    if (isScoredTag(node->v.element.tag) || readsAsParagraph(node))
        paragraphs.append(node);
    for (unsigned int i = 0; i < node->v.element.children.length; ++i)
        collectParagraphs(childAt(node, i), paragraphs);
}

double &ArticleFinder::scoreOf(const GumboNode *node)
{
    auto it = m_scores.find(node);
    if (it == m_scores.end()) {
        it = m_scores.insert(node, tagWeight(node->v.element.tag) + nameWeight(node));
        m_candidates.append(node);
    }
    return *it;
}

const GumboNode *ArticleFinder::bestCandidate()
{
    // Text that is mostly links is a menu or a list of other stories, whatever it scored.
    for (const GumboNode *candidate : std::as_const(m_candidates))
        m_scores[candidate] *= 1 - linkDensity(candidate);
    // The five best, in order: all that the choice below looks at.
    constexpr qsizetype Compared = 5;
    QList<std::pair<double, const GumboNode *>> ranked;
    for (const GumboNode *candidate : std::as_const(m_candidates))
        ranked.append({m_scores.value(candidate), candidate});
    const auto better = [](const std::pair<double, const GumboNode *> &x, const std::pair<double, const GumboNode *> &y) {
        return x.first > y.first;
    };
    std::stable_sort(ranked.begin(), ranked.end(), better);
    if (ranked.isEmpty())
        return nullptr;
    const GumboNode *top = ranked.first().second;
    const double topScore = ranked.first().first;
    const auto isBody = [](const GumboNode *node) {
        return !isElement(node) || node->v.element.tag == GUMBO_TAG_BODY || node->v.element.tag == GUMBO_TAG_HTML;
    };
    if (isBody(top))
        return top;

    // Several paragraphs' parents nearly as good as the best: the article is the
    // ancestor that holds three of them (an article split into blocks by its pictures).
    constexpr int Holding = 3;
    QList<QSet<const GumboNode *>> rivalsAncestors;
    for (qsizetype i = 1; i < std::min(ranked.size(), Compared); ++i) {
        if (ranked.at(i).first < 0.75 * topScore)
            continue;
        QSet<const GumboNode *> ancestors;
        for (const GumboNode *up = ranked.at(i).second->parent; isElement(up); up = up->parent)
            ancestors.insert(up);
        rivalsAncestors.append(ancestors);
    }
    if (rivalsAncestors.size() >= Holding) {
        for (const GumboNode *up = top->parent; !isBody(up); up = up->parent) {
            const auto holding = std::count_if(rivalsAncestors.cbegin(), rivalsAncestors.cend(), [up](const QSet<const GumboNode *> &ancestors) {
                return ancestors.contains(up);
            });
            if (holding >= Holding) {
                top = up;
                break;
            }
        }
    }
    // A parent that scores better holds more of the article; one that scores far worse
    // holds other things.
    double lastScore = scoreOf(top);
    const double threshold = lastScore / 3;
    for (const GumboNode *up = top->parent; !isBody(up); up = up->parent) {
        if (!m_scores.contains(up))
            continue;
        const double parentScore = m_scores.value(up);
        if (parentScore < threshold)
            break;
        if (parentScore > lastScore) {
            top = up;
            break;
        }
        lastScore = parentScore;
    }
    // A wrapper around the article alone is the article.
    while (!isBody(top->parent) && elementChildren(top->parent).size() == 1)
        top = top->parent;
    return top;
}

QList<const GumboNode *> ArticleFinder::withSiblings(const GumboNode *top)
{
    if (!isElement(top->parent) || top->v.element.tag == GUMBO_TAG_BODY)
        return {top};
    const double topScore = m_scores.value(top);
    const double threshold = std::max(10.0, topScore * 0.2);
    const QString topClass = attribute(top, "class");
    static const QRegularExpression sentenceEnd(uR"(\.( |$))"_s);
    QList<const GumboNode *> article;
    for (const GumboNode *sibling : elementChildren(top->parent)) {
        if (sibling == top) {
            article.append(sibling);
            continue;
        }
        if (isRemoved(sibling))
            continue;
        const double bonus = !topClass.isEmpty() && attribute(sibling, "class") == topClass ? topScore * 0.2 : 0;
        if (m_scores.contains(sibling) && m_scores.value(sibling) + bonus >= threshold) {
            article.append(sibling);
        } else if (readsAsParagraph(sibling)) {
            // A paragraph of prose beside the article continues it.
            const qsizetype length = statistics(sibling).length;
            const double links = linkDensity(sibling);
            if ((length > 80 && links < 0.25) || (length > 0 && length <= 80 && links == 0 && sentenceEnd.matchView(plainText(sibling)).hasMatch()))
                article.append(sibling);
        }
    }
    return article;
}

QList<const GumboNode *> ArticleFinder::find(const GumboNode *root, bool leaveOutFurniture)
{
    m_leaveOutFurniture = leaveOutFurniture;
    m_measure.clear();
    m_scores.clear();
    m_candidates.clear();
    QList<const GumboNode *> paragraphs;
    collectParagraphs(root, paragraphs);
    for (const GumboNode *paragraph : std::as_const(paragraphs)) {
        const TextStatistics text = statistics(paragraph);
        if (text.length < MinimumParagraphLength || !isElement(paragraph->parent))
            continue;
        // A point for being there, one for each comma-separated part, one for each
        // hundred characters up to three.
        const double score = 1 + (text.commas + 1) + std::min<qsizetype>(text.length / 100, 3);
        int level = 0;
        for (const GumboNode *up = paragraph->parent; level < ScoredAncestorLevels && isElement(up) && isElement(up->parent); up = up->parent, ++level)
            scoreOf(up) += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
    }
    const GumboNode *top = bestCandidate();
    if (!top)
        return {};
    return withSiblings(top);
}

} // namespace Parallax
