// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "gumbotree.h"

#include <QRegularExpression>

#include <algorithm>

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
namespace
{

// Whether NODE is a MathML annotation: a formula's other encoding (its TeX source, most
// often), which browsers do not show. Gumbo knows <annotation-xml>, not <annotation>.
bool isMathAnnotation(const GumboNode *node)
{
    const GumboElement &element = node->v.element;
    if (element.tag_namespace != GUMBO_NAMESPACE_MATHML)
        return false;
    if (element.tag == GUMBO_TAG_ANNOTATION_XML)
        return true;
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return false;
    GumboStringPiece name = element.original_tag;
    gumbo_tag_from_original_text(&name); // "<annotation encoding=…>" → "annotation"
    return QByteArrayView(name.data, qsizetype(name.length)).compare("annotation", Qt::CaseInsensitive) == 0;
}

} // namespace

bool isHidden(const GumboNode *node)
{
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden") || isMathAnnotation(node))
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

namespace
{

// Whether code point C is white space as QChar::isSpace() says: the Unicode separators
// (Zs, Zl, Zp) and the ASCII controls that space text.
bool isSpace(char32_t c)
{
    return c == U' ' || (c >= U'\t' && c <= U'\r') || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
        || c == 0x202F || c == 0x205F || c == 0x3000;
}

// The statistics of the UTF-8 text of a text node, as its text would count with runs of
// white space made one and the ends trimmed (QString::simplified()), in UTF-16 units;
// read in place, since a large page has millions of text nodes.
TextStatistics statisticsOfText(const char *utf8)
{
    TextStatistics counted;
    qsizetype pendingSpace = 0; // a run of white space after text: one character, if text follows
    for (auto *byte = reinterpret_cast<const unsigned char *>(utf8); *byte;) {
        char32_t c = *byte;
        int length = 1;
        if (c >= 0xF0) {
            length = 4;
            c &= 0x07;
        } else if (c >= 0xE0) {
            length = 3;
            c &= 0x0F;
        } else if (c >= 0xC0) {
            length = 2;
            c &= 0x1F;
        }
        int read = 1;
        for (; read < length && (byte[read] & 0xC0) == 0x80; ++read)
            c = (c << 6) | (byte[read] & 0x3F);
        byte += read;
        if (isSpace(c)) {
            pendingSpace = counted.length > 0 ? 1 : 0;
            continue;
        }
        counted.length += pendingSpace + (c > 0xFFFF ? 2 : 1);
        pendingSpace = 0;
        if (c == U',' || c == U'，' || c == U'、' || c == U'،')
            ++counted.commas;
    }
    return counted;
}

bool hasElementChild(const GumboNode *node)
{
    const GumboVector &children = node->v.element.children;
    return std::any_of(children.data, children.data + children.length, [](const void *child) {
        return static_cast<const GumboNode *>(child)->type == GUMBO_NODE_ELEMENT;
    });
}

} // namespace

TextStatistics TextMeasure::of(const GumboNode *node)
{
    // A text node is read directly: remembering it would double what is remembered.
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA)
        return statisticsOfText(node->v.text.text);
    // An element of text alone, as most paragraphs are, is counted again when asked:
    // cheaper than remembering each of the hundreds of thousands on a large page.
    const bool remembered = node->type == GUMBO_NODE_ELEMENT && hasElementChild(node);
    if (remembered) {
        const auto known = m_counted.constFind(node);
        if (known != m_counted.cend())
            return *known;
    }
    TextStatistics counted;
    if (node->type == GUMBO_NODE_ELEMENT && !m_leaveOut(node)) {
        for (unsigned int i = 0; i < node->v.element.children.length; ++i) {
            const TextStatistics child = of(childAt(node, i));
            counted.length += child.length;
            counted.linked += child.linked;
            counted.commas += child.commas;
        }
        if (node->v.element.tag == GUMBO_TAG_A)
            counted.linked = counted.length;
    }
    if (remembered)
        m_counted.insert(node, counted);
    return counted;
}

} // namespace Parallax::GumboTree
