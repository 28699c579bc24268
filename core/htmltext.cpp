// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "htmltext.h"

#include "pagemetadata.h"
#include "sourcetext.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <gumbo.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

struct OutputDeleter {
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

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

// Blocks that pages put around an article, by the names they give them (the words are
// those Firefox's reader view looks for): comments, menus, related stories, sharing
// buttons, sponsors. A name that also says "article", "content" or "main" is kept.
bool looksLikeFurniture(const GumboNode *node)
{
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_A)
        return false;
    const QString names = attribute(node, "class") + u' ' + attribute(node, "id");
    if (names.isEmpty())
        return false;
    static const QRegularExpression furniture(uR"(-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|)"
                                              uR"(header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|)"
                                              uR"(supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|share|newsletter|cookie|promo)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression content(uR"(and|article|body|column|content|main|shadow)"_s, QRegularExpression::CaseInsensitiveOption);
    return furniture.matchView(names).hasMatch() && !content.matchView(names).hasMatch();
}

/// Collects the text of a subtree as lines of blocks.
class TextWriter
{
public:
    /// Whether blocks named like page furniture (looksLikeFurniture) are left out.
    explicit TextWriter(bool skipFurniture = true)
        : m_skipFurniture(skipFurniture)
    {
    }

    void write(const GumboNode *node)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            appendInline(QString::fromUtf8(node->v.text.text));
            return;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            break;
        default:
            return;
        }
        const GumboTag tag = node->v.element.tag;
        if (isSkipped(tag) || isHidden(node) || (m_skipFurniture && m_depth > 0 && (looksLikeFurniture(node) || isMostlyLinks(node))))
            return;
        if (tag == GUMBO_TAG_BR) {
            endLine();
            return;
        }
        const bool block = isBlock(tag);
        if (block)
            endLine();
        if (tag == GUMBO_TAG_LI)
            m_line = u"• "_s;
        const GumboVector &children = node->v.element.children;
        ++m_depth;
        for (unsigned int i = 0; i < children.length; ++i)
            write(static_cast<const GumboNode *>(children.data[i]));
        --m_depth;
        if (block)
            endLine();
    }

    QString text()
    {
        endLine();
        return m_lines.join(u"\n\n"_s) + (m_lines.isEmpty() ? QString() : u"\n"_s);
    }

private:
    // HTML collapses runs of white space to one space.
    void appendInline(const QString &text)
    {
        static const QRegularExpression whitespace(u"\\s+"_s);
        QString collapsed = text;
        collapsed.replace(whitespace, u" "_s);
        if (m_line.isEmpty() || m_line.endsWith(u' '))
            while (collapsed.startsWith(u' '))
                collapsed.remove(0, 1);
        m_line += collapsed;
    }

    void endLine()
    {
        const QString line = m_line.trimmed();
        if (!line.isEmpty() && line != u"•"_s)
            m_lines.append(line);
        m_line.clear();
    }

    QStringList m_lines;
    QString m_line;
    // A block whose text is mostly the text of links: a menu, a list of other stories,
    // a "Read more" teaser. A table is data whatever it links to.
    bool isMostlyLinks(const GumboNode *node)
    {
        const GumboTag tag = node->v.element.tag;
        if (!isBlock(tag) || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_TR || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
            return false;
        const LinkDensity density = linkDensity(node);
        return density.text > 0 && density.linked * 2 > density.text;
    }

    struct LinkDensity {
        qsizetype text = 0;
        qsizetype linked = 0;
    };

    // Counted once per element: the writer asks again for each block it enters.
    LinkDensity linkDensity(const GumboNode *node)
    {
        if (node->type == GUMBO_NODE_TEXT)
            return {QString::fromUtf8(node->v.text.text).simplified().size(), 0};
        if (node->type != GUMBO_NODE_ELEMENT || isSkipped(node->v.element.tag))
            return {};
        const auto known = m_densities.constFind(node);
        if (known != m_densities.cend())
            return *known;
        LinkDensity density;
        const GumboVector &children = node->v.element.children;
        for (unsigned int i = 0; i < children.length; ++i) {
            const LinkDensity child = linkDensity(static_cast<const GumboNode *>(children.data[i]));
            density.text += child.text;
            density.linked += child.linked;
        }
        if (node->v.element.tag == GUMBO_TAG_A)
            density.linked = density.text;
        m_densities.insert(node, density);
        return density;
    }

    int m_depth = 0; ///< below the element the writing started at
    bool m_skipFurniture;
    QHash<const GumboNode *, LinkDensity> m_densities;
};

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

QString textOf(const GumboNode *node)
{
    if (!node)
        return {};
    TextWriter writer;
    writer.write(node);
    return writer.text().simplified();
}

// Hands what the page says about itself to METADATA: meta tags, JSON-LD, <title>, the
// <h1>/<h2> headings, the first <time datetime>, the language.
void readMetadata(const GumboNode *node, PageMetadata &metadata, bool &timeSeen)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    switch (node->v.element.tag) {
    case GUMBO_TAG_META:
        metadata.addMetaTag(attribute(node, "property"), attribute(node, "name") + attribute(node, "http-equiv"), attribute(node, "content"));
        return;
    case GUMBO_TAG_SCRIPT:
        if (attribute(node, "type").trimmed().compare(u"application/ld+json"_s, Qt::CaseInsensitive) == 0 && node->v.element.children.length > 0) {
            const auto *text = static_cast<const GumboNode *>(node->v.element.children.data[0]);
            if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_CDATA)
                metadata.addJsonLd(QString::fromUtf8(text->v.text.text));
        }
        return;
    case GUMBO_TAG_TITLE:
        metadata.setDocumentTitle(textOf(node));
        return;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
        metadata.addHeading(textOf(node), node->v.element.tag == GUMBO_TAG_H1);
        return;
    case GUMBO_TAG_TIME:
        if (!timeSeen && gumbo_get_attribute(&node->v.element.attributes, "datetime")) {
            timeSeen = true;
            metadata.setTimeElement(attribute(node, "datetime"));
        }
        return;
    case GUMBO_TAG_HTML:
        metadata.setLanguage(attribute(node, "lang"));
        break;
    default:
        break;
    }
    const GumboVector &children = node->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i)
        readMetadata(static_cast<const GumboNode *>(children.data[i]), metadata, timeSeen);
}

// Whether TEXT reads as a byline: short, with a name in it (a capitalized word), and not
// a date alone ("May 20, 2019") or a bare "por".
bool readsAsByline(const QString &text)
{
    if (text.isEmpty() || text.size() >= 100)
        return false;
    const qsizetype digits = std::count_if(text.cbegin(), text.cend(), [](QChar c) {
        return c.isDigit();
    });
    const qsizetype letters = std::count_if(text.cbegin(), text.cend(), [](QChar c) {
        return c.isLetter();
    });
    const bool named = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.isUpper() || (c.isLetter() && !c.isLower() && !c.isUpper()); // scripts without case count
    });
    return named && digits * 2 < letters;
}

// The byline the page shows: an element marked as the author (rel="author",
// itemprop="author") or named so ("byline", "author"), with a line of text. What
// comments, sidebars, menus and hidden blocks hold is passed over: their "authors" are
// of other stories or other people's words.
QString visibleByline(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT || isSkipped(node->v.element.tag) || isHidden(node))
        return {};
    const QString names = (attribute(node, "class") + u' ' + attribute(node, "id")).toLower();
    static const QRegularExpression bylineNames(u"byline|author|dateline|writtenby"_s);
    if (attribute(node, "rel") == "author"_L1 || attribute(node, "itemprop").contains(u"author"_s) || bylineNames.matchView(names).hasMatch()) {
        if (const QString text = textOf(node); readsAsByline(text))
            return text;
    }
    static const QRegularExpression otherPeoplesWords(u"comment|sidebar|related|footer|menu|community|replies|disqus|promo|teaser|recommend"_s);
    if (otherPeoplesWords.matchView(names).hasMatch())
        return {};
    const GumboVector &children = node->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        if (const QString found = visibleByline(static_cast<const GumboNode *>(children.data[i])); !found.isEmpty())
            return found;
    }
    return {};
}

} // namespace

int HtmlText::nestingDepth(QStringView html)
{
    // Void elements, and those whose end tag HTML lets a page leave out.
    static const QSet<QString> unclosed = {u"area"_s,
        u"base"_s,
        u"br"_s,
        u"col"_s,
        u"embed"_s,
        u"hr"_s,
        u"img"_s,
        u"input"_s,
        u"link"_s,
        u"meta"_s,
        u"source"_s,
        u"track"_s,
        u"wbr"_s,
        u"p"_s,
        u"li"_s,
        u"dt"_s,
        u"dd"_s,
        u"tr"_s,
        u"td"_s,
        u"th"_s,
        u"option"_s,
        u"optgroup"_s,
        u"thead"_s,
        u"tbody"_s,
        u"tfoot"_s,
        u"colgroup"_s,
        u"rt"_s,
        u"rp"_s,
        u"html"_s,
        u"head"_s,
        u"body"_s};
    int depth = 0;
    int deepest = 0;
    for (qsizetype at = html.indexOf(u'<'); at >= 0 && at + 1 < html.size(); at = html.indexOf(u'<', at + 1)) {
        const bool closing = html.at(at + 1) == u'/';
        qsizetype nameEnd = at + (closing ? 2 : 1);
        while (nameEnd < html.size() && (html.at(nameEnd).isLetterOrNumber() || html.at(nameEnd) == u'-'))
            ++nameEnd;
        const QString name = html.mid(at + (closing ? 2 : 1), nameEnd - at - (closing ? 2 : 1)).toString().toLower();
        if (name.isEmpty() || !name.front().isLetter() || unclosed.contains(name))
            continue;
        const qsizetype close = html.indexOf(u'>', nameEnd);
        if (!closing && close > 0 && html.at(close - 1) == u'/')
            continue; // <svg/>
        depth = closing ? std::max(0, depth - 1) : depth + 1;
        deepest = std::max(deepest, depth);
    }
    return deepest;
}

HtmlText HtmlText::parse(const QString &html)
{
    HtmlText result;
    // Gumbo's tree building slows down with depth, and the tree is walked recursively.
    result.m_nesting = nestingDepth(html);
    if (result.m_nesting > MaximumNesting)
        return result;
    const QByteArray utf8 = html.toUtf8();
    const std::unique_ptr<GumboOutput, OutputDeleter> output(gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())));
    const GumboNode *root = output->root;

    PageMetadata metadata;
    bool timeSeen = false;
    readMetadata(root, metadata, timeSeen);
    metadata.setVisibleByline(visibleByline(root));
    result.m_metadata = metadata.metadata();

    // The article, where the page marks it; else the main content; else the body. Pages
    // mark teasers and comments as <article> too: the article is the one with the most
    // text, and only if it holds a good part of the page's (a teaser card is no article).
    const GumboNode *page = findFirst(root, GUMBO_TAG_MAIN);
    if (!page)
        page = findFirst(root, GUMBO_TAG_BODY);
    const QString pageText = textOf(page);
    QList<const GumboNode *> articles;
    findAll(root, GUMBO_TAG_ARTICLE, articles);
    const GumboNode *content = page;
    qsizetype longest = 0;
    for (const GumboNode *article : std::as_const(articles)) {
        const qsizetype length = textOf(article).size();
        if (length > longest) {
            longest = length;
            if (length * 3 >= pageText.size())
                content = article;
        }
    }
    TextWriter writer;
    if (content)
        writer.write(content);
    QString text = writer.text();
    // Names mislead too ("panel-two-col-sidebar-right" holds the ACLU's article, a
    // "share-buttons" id a whole story): when leaving furniture out leaves little, the
    // article is read whole, as Firefox's reader view does.
    TextWriter everything(false);
    if (content)
        everything.write(content);
    const QString whole = everything.text();
    if (text.size() < MinimumArticleLength || text.size() * 3 < whole.size())
        text = whole;
    result.m_text = SourceText::normalize(text);
    return result;
}

} // namespace Parallax
