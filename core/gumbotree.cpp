// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "gumbotree.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Parallax::GumboTree
{

bool isSkipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_NAV:
    // A <form> is not skipped: ASP.NET pages wrap the whole page in one, and a form left
    // open by a sloppy header holds the rest of the page once parsed. Its controls are.
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_ADDRESS:
        return true;
    default:
        return false;
    }
}

QString attribute(const GumboNode *node, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&node->v.element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

// What a reader does not see: "hidden", aria-hidden, display:none, visibility:hidden.
bool isHidden(const GumboNode *node)
{
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden"))
        return true;
    if (attribute(node, "aria-hidden").compare(u"true"_s, Qt::CaseInsensitive) == 0)
        return true;
    QString style = attribute(node, "style").toLower();
    style.remove(u' ');
    return style.contains(u"display:none"_s) || style.contains(u"visibility:hidden"_s);
}

FurnitureName furnitureName(const GumboNode *node)
{
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_A)
        return FurnitureName::None;
    const GumboAttribute *classes = gumbo_get_attribute(&node->v.element.attributes, "class");
    const GumboAttribute *id = gumbo_get_attribute(&node->v.element.attributes, "id");
    if (!classes && !id)
        return FurnitureName::None; // most elements: no name to read
    const QString names = attribute(node, "class") + u' ' + attribute(node, "id");
    // The words Firefox's reader view looks for.
    static const QRegularExpression surrounding(uR"(-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|)"
                                                uR"(header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|)"
                                                uR"(supplemental|ad-break|agegate|pagination|pager|popup|yom-remote)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression widget(u"share|newsletter|cookie|promo"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression content(uR"(and|article|body|column|content|main|shadow)"_s, QRegularExpression::CaseInsensitiveOption);
    if (content.matchView(names).hasMatch())
        return FurnitureName::None;
    if (surrounding.matchView(names).hasMatch())
        return FurnitureName::Surrounding;
    return widget.matchView(names).hasMatch() ? FurnitureName::Widget : FurnitureName::None;
}

const GumboNode *findFirst(const GumboNode *node, GumboTag tag)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    if (node->v.element.tag == tag)
        return node;
    const GumboVector &children = node->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        if (const GumboNode *found = findFirst(static_cast<const GumboNode *>(children.data[i]), tag))
            return found;
    }
    return nullptr;
}

void findAll(const GumboNode *node, GumboTag tag, QList<const GumboNode *> &found)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    if (node->v.element.tag == tag)
        found.append(node);
    const GumboVector &children = node->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i)
        findAll(static_cast<const GumboNode *>(children.data[i]), tag, found);
}

TextStatistics TextMeasure::of(const GumboNode *node)
{
    const auto known = m_counted.constFind(node);
    if (known != m_counted.cend())
        return *known;
    TextStatistics counted;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
        const QString text = QString::fromUtf8(node->v.text.text).simplified();
        counted.length = text.size();
        counted.commas = text.count(u',') + text.count(u'，') + text.count(u'、') + text.count(u'،');
    } else if (node->type == GUMBO_NODE_ELEMENT && !m_leaveOut(node)) {
        for (unsigned int i = 0; i < node->v.element.children.length; ++i) {
            const TextStatistics child = of(childAt(node, i));
            counted.length += child.length;
            counted.linked += child.linked;
            counted.commas += child.commas;
        }
        if (node->v.element.tag == GUMBO_TAG_A)
            counted.linked = counted.length;
    }
    m_counted.insert(node, counted);
    return counted;
}

} // namespace Parallax::GumboTree
