// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "htmltext.h"

#include "articlefinder.h"
#include "gumboparse.h"
#include "gumbotree.h"
#include "pagemetadata.h"

#include <core/text/sourcetext.h>

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <cmath>
#include <gumbo.h>
#include <optional>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

using namespace GumboTree;

// Whether TEXT has no character from U+0300 (the combining marks) up: such text is in
// NFC already, and most of a page is.
bool isBeforeCombiningMarks(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x300;
    });
}

/// Collects the text of a subtree as lines of blocks. It writes an article (the blocks
/// named like furniture left out), or a whole page with the lines outside its article
/// marked as furniture (writePage()).
class TextWriter
{
public:
    /// A writer that leaves out of an article, or marks in a page, the blocks named like
    /// page furniture (furnitureName()) and the blocks mostly of links, as MEASURE
    /// counts their text. One measure serves every writer of a page: counting a large
    /// page's text is costly.
    explicit TextWriter(TextMeasure &measure)
        : m_measure(&measure)
        , m_skipFurniture(true)
    {
    }
    /// A writer of all that a subtree shows.
    TextWriter() = default;

    void write(const GumboNode *node)
    {
        switch (node->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
            appendInline(decoded(node->v.text.text));
            return;
        case GUMBO_NODE_ELEMENT:
        case GUMBO_NODE_TEMPLATE:
            break;
        default:
            return;
        }
        const GumboTag tag = node->v.element.tag;
        // A page's menus are part of what it shows, never of its article.
        const bool menu = m_article && tag == GUMBO_TAG_NAV;
        if ((isSkipped(tag) && !menu) || isHidden(node))
            return;
        const bool opensArticle = m_article && m_article->contains(node);
        // An article's own element is never judged, only what it holds.
        const bool judged = m_skipFurniture && (m_article ? m_articleLevel > 0 && !opensArticle : m_depth > 0);
        const bool furniture = menu || (judged && (isFurniture(node) || isMostlyLinks(node)));
        if (furniture && !m_article)
            return;
        if (tag == GUMBO_TAG_BR) {
            endLine();
            return;
        }
        const bool block = isBlock(tag);
        if (block)
            endLine();
        if (tag == GUMBO_TAG_LI)
            m_line += u"• ";
        const GumboVector &children = node->v.element.children;
        ++m_depth;
        m_articleLevel += opensArticle;
        m_furnitureLevel += furniture;
        for (unsigned int i = 0; i < children.length; ++i)
            write(static_cast<const GumboNode *>(children.data[i]));
        m_furnitureLevel -= furniture;
        m_articleLevel -= opensArticle;
        --m_depth;
        if (block)
            endLine();
    }

    /// Writes all that PAGE shows, each line marked as furniture unless it holds text of
    /// the elements of ARTICLE (outside their blocks named like furniture).
    void writePage(const GumboNode *page, const QSet<const GumboNode *> &article)
    {
        m_article = &article;
        m_normalize = true;
        write(page);
        endLine();
        m_article = nullptr;
    }

    QString text()
    {
        endLine();
        return m_text.isEmpty() ? QString() : m_text + u'\n';
    }

    /// The text of a page written by writePage(), NFC-normalized, with its furniture:
    /// each run of furniture lines from its first line up to the next article line (or
    /// the end), so that leaving it out leaves the article's lines as they were.
    std::pair<QString, QList<TextRange>> markedText()
    {
        QString text = this->text();
        if (!m_furniture.isEmpty())
            m_furniture.last().end = std::min(m_furniture.constLast().end, text.size());
        return {std::move(text), std::move(m_furniture)};
    }

private:
    // TEXT as UTF-16, in a buffer that the next text node reuses: a page of fifty
    // megabytes has a million text nodes, too many to make a string of each.
    QStringView decoded(const char *text)
    {
        const QByteArrayView utf8(text);
        m_decoded.resize(utf8.size()); // never more UTF-16 code units than UTF-8 bytes
        const QChar *end = m_utf8.appendToBuffer(m_decoded.data(), utf8);
        return QStringView(m_decoded.constData(), end - m_decoded.constData());
    }

    // HTML collapses runs of white space to one space. Words are appended whole: a page
    // of fifty megabytes is too many characters to append one by one.
    void appendInline(QStringView text)
    {
        // HTML's white space is ASCII's: a no-break space stays.
        const auto isHtmlSpace = [](QChar c) {
            return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
        };
        bool spaceBefore = m_line.isEmpty() || m_line.endsWith(u' ');
        for (auto it = text.cbegin(); it != text.cend();) {
            if (isHtmlSpace(*it)) {
                if (!spaceBefore)
                    m_line += u' ';
                spaceBefore = true;
                ++it;
                continue;
            }
            const auto wordEnd = std::find_if(it, text.cend(), isHtmlSpace);
            m_line.append(it, wordEnd - it);
            spaceBefore = false;
            m_lineInArticle = m_lineInArticle || (m_articleLevel > 0 && m_furnitureLevel == 0);
            it = wordEnd;
        }
    }

    // Lines go straight into the text, one blank line apart; the line being written
    // keeps its buffer for the next, as a page has hundreds of thousands of lines.
    void endLine()
    {
        const QStringView line = QStringView(m_line).trimmed();
        if (!line.isEmpty() && line != u"•") {
            if (!m_text.isEmpty())
                m_text += u"\n\n";
            const qsizetype start = m_text.size();
            // Normalized line by line: composition never reaches across a line break.
            if (!m_normalize || isBeforeCombiningMarks(line))
                m_text += line;
            else
                m_text += SourceText::normalize(line.toString());
            if (m_article && !m_lineInArticle)
                markFurniture(start);
        }
        m_line.resize(0);
        m_lineInArticle = false;
    }

    // Marks the line from START, and the line break after it, as furniture.
    void markFurniture(qsizetype start)
    {
        if (!m_furniture.isEmpty() && m_furniture.constLast().end == start)
            m_furniture.last().end = m_text.size() + 2;
        else
            m_furniture.append({start, m_text.size() + 2});
    }

    bool isFurniture(const GumboNode *node)
    {
        switch (furnitureName(node)) {
        case FurnitureName::None:
            return false;
        case FurnitureName::Surrounding:
            return true;
        case FurnitureName::Widget:
            return m_measure->of(node).length < LargestWidget;
        }
        return false;
    }
    // A block whose text is mostly the text of links: a menu, a list of other stories,
    // a "Read more" teaser. A table is data whatever it links to.
    bool isMostlyLinks(const GumboNode *node)
    {
        const GumboTag tag = node->v.element.tag;
        if (!isBlock(tag) || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_TR || tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN)
            return false;
        // A block of text alone holds no link: most paragraphs need no count.
        const GumboVector &children = node->v.element.children;
        if (std::none_of(children.data, children.data + children.length, [](const void *child) {
                return static_cast<const GumboNode *>(child)->type == GUMBO_NODE_ELEMENT;
            }))
            return false;
        const TextStatistics text = m_measure->of(node);
        return text.length > 0 && text.linked * 2 > text.length;
    }

    QString m_text; ///< the lines written
    QList<TextRange> m_furniture; ///< in a page, its lines outside the article
    bool m_normalize = false; ///< whether lines are NFC-normalized (a page's are)
    QString m_line;
    QStringDecoder m_utf8 {QStringDecoder::Utf8};
    QString m_decoded;
    bool m_lineInArticle = false; ///< whether the line being written holds article text
    int m_depth = 0; ///< below the element the writing started at
    TextMeasure *m_measure = nullptr; ///< when furniture is skipped
    bool m_skipFurniture = false;
    const QSet<const GumboNode *> *m_article = nullptr; ///< while a page is written
    int m_articleLevel = 0; ///< how many elements of the article the writing is inside
    int m_furnitureLevel = 0; ///< how many blocks named like furniture inside the article
};

QString textOf(const GumboNode *node, TextMeasure &measure)
{
    if (!node)
        return {};
    TextWriter writer(measure);
    writer.write(node);
    return writer.text().simplified();
}

// Hands what the page says about itself to METADATA: meta tags, JSON-LD, <title>, the
// <h1>/<h2> headings, the first <time datetime>, the language.
void readMetadata(const GumboNode *node, PageMetadata &metadata, bool &timeSeen, TextMeasure &measure)
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
        metadata.setDocumentTitle(textOf(node, measure));
        return;
    case GUMBO_TAG_LINK:
        if (attribute(node, "rel").split(u' ', Qt::SkipEmptyParts).contains(u"canonical"_s, Qt::CaseInsensitive))
            metadata.setCanonicalLink(attribute(node, "href"));
        return;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
        metadata.addHeading(textOf(node, measure), node->v.element.tag == GUMBO_TAG_H1);
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
        readMetadata(static_cast<const GumboNode *>(children.data[i]), metadata, timeSeen, measure);
}

// The text of NODE with nothing left out: no block is furniture inside a byline.
QString wholeTextOf(const GumboNode *node)
{
    if (!node)
        return {};
    TextWriter writer;
    writer.write(node);
    return writer.text().simplified();
}

// The first element under NODE marked itemprop="name", or null.
const GumboNode *findItemName(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return nullptr;
    if (attribute(node, "itemprop") == "name"_L1)
        return node;
    for (unsigned int i = 0; i < node->v.element.children.length; ++i) {
        if (const GumboNode *found = findItemName(childAt(node, i)))
            return found;
    }
    return nullptr;
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
    // Most elements have no attribute, and so no name to read: a page of fifty megabytes
    // has a million of them, and their names need not be put together.
    if (node->v.element.attributes.length > 0) {
        const QString names = (attribute(node, "class") + u' ' + attribute(node, "id")).toLower();
        // "authorization" is a login box, not an author.
        static const QRegularExpression bylineNames(u"byline|author(?!i[sz]ation)|dateline|writtenby"_s);
        if (attribute(node, "rel") == "author"_L1 || attribute(node, "itemprop").contains(u"author"_s) || bylineNames.matchView(names).hasMatch()) {
            // The name alone where the page marks it (itemprop="name"), else the block's
            // text, links and all: an author's name is often a link to their page.
            if (const QString name = wholeTextOf(findItemName(node)); readsAsByline(name))
                return name;
            if (const QString text = wholeTextOf(node); readsAsByline(text))
                return text;
        }
        static const QRegularExpression otherPeoplesWords(u"comment|sidebar|related|footer|menu|community|replies|disqus|promo|teaser|recommend"_s);
        if (otherPeoplesWords.matchView(names).hasMatch())
            return {};
    }
    const GumboVector &children = node->v.element.children;
    for (unsigned int i = 0; i < children.length; ++i) {
        if (const QString found = visibleByline(static_cast<const GumboNode *>(children.data[i])); !found.isEmpty())
            return found;
    }
    return {};
}

// The score of a page's paragraphs (HtmlText::looksLikeAnArticle()): each <p>, <pre>,
// <article> and <div> of lines broken by <br> with 140 characters or more counts the
// square root of what exceeds 140. Those in list items, and hidden ones or ones named
// like furniture themselves, count nothing.
double paragraphScore(const GumboNode *node, TextMeasure &measure, bool inListItem = false)
{
    if (node->type != GUMBO_NODE_ELEMENT || isSkipped(node->v.element.tag))
        return 0;
    const GumboTag tag = node->v.element.tag;
    const auto ownScore = [&] {
        if (inListItem || isHidden(node) || furnitureName(node) == FurnitureName::Surrounding)
            return 0.0;
        const qsizetype length = measure.of(node).length;
        return length >= 140 ? std::sqrt(double(length - 140)) : 0.0;
    };
    if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE)
        return ownScore();
    bool linesBroken = false;
    double score = 0;
    for (unsigned int i = 0; i < node->v.element.children.length; ++i) {
        const GumboNode *child = childAt(node, i);
        linesBroken = linesBroken || (child->type == GUMBO_NODE_ELEMENT && child->v.element.tag == GUMBO_TAG_BR);
        score += paragraphScore(child, measure, inListItem || tag == GUMBO_TAG_LI);
    }
    if (tag == GUMBO_TAG_ARTICLE || (tag == GUMBO_TAG_DIV && linesBroken))
        score += ownScore();
    return score;
}

/// A page's text with its furniture marked (TextWriter::writePage()).
struct MarkedPage {
    QString text;
    QList<TextRange> furniture;

    /// How much of the text is the article's.
    qsizetype articleLength() const
    {
        qsizetype length = text.size();
        for (const TextRange &range : furniture)
            length -= range.length();
        return length;
    }
};

// BODY written whole, with all but ARTICLE (and, if LEAVEOUTFURNITURE, the blocks named
// like furniture inside it) marked as furniture.
MarkedPage pageWith(const GumboNode *body, const QList<const GumboNode *> &article, bool leaveOutFurniture, TextMeasure &measure)
{
    TextWriter page = leaveOutFurniture ? TextWriter(measure) : TextWriter();
    page.writePage(body, QSet<const GumboNode *>(article.cbegin(), article.cend()));
    auto [text, furniture] = page.markedText();
    return {std::move(text), std::move(furniture)};
}

// The page with the article that the paragraphs' scores single out: the best block and
// the siblings that continue it (ArticleFinder); nothing when that leaves under
// MinimumArticleLength characters. A page that names its article like furniture is
// read again with the names ignored, as Firefox's reader view does.
std::optional<MarkedPage> withScoredArticle(const GumboNode *body, TextMeasure &measure)
{
    for (const bool leaveOutFurniture : {true, false}) {
        MarkedPage page = pageWith(body, ArticleFinder().find(body, leaveOutFurniture), leaveOutFurniture, measure);
        if (page.articleLength() >= HtmlText::MinimumArticleLength)
            return page;
    }
    return std::nullopt;
}

// The page with the article where it marks it; else the main content; else the body,
// without the blocks named like furniture. Pages mark teasers and comments as <article>
// too: the article is the one with the most text, and only if it holds a good part of
// the page's (a teaser card is no article).
MarkedPage withMarkedArticle(const GumboNode *root, const GumboNode *body, TextMeasure &measure)
{
    const GumboNode *page = findFirst(root, GUMBO_TAG_MAIN);
    if (!page)
        page = body;
    const QString pageText = textOf(page, measure);
    QList<const GumboNode *> articles;
    findAll(root, GUMBO_TAG_ARTICLE, articles);
    const GumboNode *content = page;
    qsizetype longest = 0;
    for (const GumboNode *article : std::as_const(articles)) {
        const qsizetype length = textOf(article, measure).size();
        if (length > longest) {
            longest = length;
            if (length * 3 >= pageText.size())
                content = article;
        }
    }
    TextWriter withoutFurniture(measure);
    withoutFurniture.write(content);
    const qsizetype length = withoutFurniture.text().size();
    TextWriter whole;
    whole.write(content);
    // Names mislead too: when leaving furniture out leaves little, the article is read
    // whole, as Firefox's reader view does.
    const bool readWhole = length < HtmlText::MinimumArticleLength || length * 3 < whole.text().size();
    return pageWith(body, {content}, !readWhole, measure);
}

// The lines of TEXT where a dateline stands: the article's first lines, and the few
// before it that the page set apart with the byline (outside the article's element).
QList<QStringView> datelineCandidates(const QString &text, const QList<TextRange> &furniture)
{
    constexpr int ArticleLines = 8;
    constexpr int LinesBefore = 3;
    QList<QStringView> before;
    QList<QStringView> candidates;
    qsizetype start = 0;
    auto range = furniture.cbegin();
    while (start < text.size() && candidates.size() < ArticleLines) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const QStringView line = QStringView(text).mid(start, end - start);
        while (range != furniture.cend() && range->end <= start)
            ++range;
        const bool isFurniture = range != furniture.cend() && range->start <= start;
        if (!line.isEmpty()) {
            if (!isFurniture)
                candidates.append(line);
            else if (candidates.isEmpty()) {
                before.append(line);
                if (before.size() > LinesBefore)
                    before.removeFirst();
            }
        }
        start = end + 1;
    }
    return before + candidates;
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

bool HtmlText::hasArticle() const
{
    qsizetype position = 0;
    for (const TextRange &range : m_furniture + QList<TextRange> {{m_text.size(), m_text.size()}}) {
        if (!QStringView(m_text).mid(position, range.start - position).trimmed().isEmpty())
            return true;
        position = range.end;
    }
    return false;
}

HtmlText HtmlText::parse(const QString &html)
{
    HtmlText result;
    // Gumbo's tree building slows down with depth, and the tree is walked recursively.
    result.m_nesting = nestingDepth(html);
    if (result.m_nesting > MaximumNesting)
        return result;
    const QByteArray utf8 = html.toUtf8();
    const GumboParse parsed(utf8);
    const GumboNode *root = parsed.root();

    // What a reader sees of each element, counted once for every reading of the page.
    TextMeasure measure([](const GumboNode *node) {
        return isSkipped(node->v.element.tag);
    });
    PageMetadata metadata;
    bool timeSeen = false;
    readMetadata(root, metadata, timeSeen, measure);
    metadata.setVisibleByline(visibleByline(root));

    result.m_looksLikeAnArticle = paragraphScore(root, measure) > 20;
    const GumboNode *body = findFirst(root, GUMBO_TAG_BODY);
    if (!body) {
        result.m_metadata = metadata.metadata();
        return result;
    }
    // The page is written whole, its article marked: a research tool never alters its
    // source, it only shows what is not the article as such.
    std::optional<MarkedPage> page = withScoredArticle(body, measure);
    if (!page)
        page = withMarkedArticle(root, body, measure);
    result.m_text = std::move(page->text);
    result.m_furniture = std::move(page->furniture);
    for (const QStringView line : datelineCandidates(result.m_text, result.m_furniture))
        metadata.addDatelineCandidate(line);
    result.m_metadata = metadata.metadata();
    return result;
}

} // namespace Parallax
