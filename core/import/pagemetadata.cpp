// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "pagemetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

// The names of a JSON-LD "author": a string, {"name": …}, or a list of either.
QStringList authorNames(const QJsonValue &author)
{
    if (author.isString())
        return {author.toString().trimmed()};
    if (author.isObject())
        return {author.toObject().value(u"name"_s).toString().trimmed()};
    QStringList names;
    for (const QJsonValue &one : author.toArray())
        names += authorNames(one);
    names.removeAll(QString());
    return names;
}

// Whether a JSON-LD object describes the page's article (NewsArticle, BlogPosting,
// ReportageNewsArticle, …), not the site, a breadcrumb list or a video.
bool isArticle(const QJsonObject &object)
{
    static const QRegularExpression articleType(u"Article|Posting|Report"_s);
    const QJsonValue type = object.value(u"@type"_s);
    if (type.isString())
        return articleType.matchView(type.toString()).hasMatch();
    const QJsonArray types = type.toArray();
    return std::any_of(types.cbegin(), types.cend(), [](const QJsonValue &one) {
        return articleType.matchView(one.toString()).hasMatch();
    });
}

// Whether TEXT is a web address rather than a name: "article:author" often is one.
bool isAddress(const QString &text)
{
    return text.startsWith(u"http"_s) || text.startsWith(u"//"_s);
}

QStringList words(const QString &text)
{
    static const QRegularExpression separators(u"[^\\p{L}\\p{N}_]+"_s);
    return text.toLower().split(separators, Qt::SkipEmptyParts);
}

int wordCount(const QString &text)
{
    return int(text.split(u' ', Qt::SkipEmptyParts).size());
}

QDate dateOf(const QString &stamp)
{
    return QDate::fromString(stamp.trimmed().left(10), Qt::ISODate);
}

} // namespace

void PageMetadata::addMetaTag(const QString &property, const QString &name, const QString &content)
{
    const QString value = content.trimmed();
    if (value.isEmpty())
        return;
    // A property (RDFa, Open Graph) is meant for machines and says more than a name,
    // which pages fill for search engines: a property wins over any name. Of two of a
    // kind, the later wins, as a browser's scripts would read them.
    const auto keep = [&](QString key, bool isProperty) {
        key = key.toLower();
        key.remove(u' ');
        key.replace(u'.', u':');
        if (key.isEmpty() || (!isProperty && m_metaFromProperty.contains(key)))
            return;
        m_meta.insert(key, value);
        if (isProperty)
            m_metaFromProperty.insert(key);
    };
    for (const QString &one : property.split(u' ', Qt::SkipEmptyParts))
        keep(one, true);
    keep(name, false);
}

void PageMetadata::addJsonLd(const QString &script)
{
    if (m_jsonLdArticleSeen)
        return; // the first article described is the page's
    QString json = script.trimmed();
    if (json.startsWith(u"<![CDATA["_s))
        json = json.mid(9);
    if (json.endsWith(u"]]>"_s))
        json.chop(3);
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    readJsonLd(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
}

void PageMetadata::readJsonLd(const QJsonValue &value)
{
    if (m_jsonLdArticleSeen)
        return;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            readJsonLd(item);
        return;
    }
    const QJsonObject object = value.toObject();
    if (object.contains(u"@graph"_s))
        readJsonLd(object.value(u"@graph"_s));
    if (m_jsonLdArticleSeen || !isArticle(object))
        return;
    m_jsonLdArticleSeen = true;
    m_jsonLdName = object.value(u"name"_s).toString().simplified();
    m_jsonLdHeadline = object.value(u"headline"_s).toString().simplified();
    m_jsonLdByline = authorNames(object.value(u"author"_s)).join(u", "_s);
    m_jsonLdPublished = object.value(u"datePublished"_s).toString();
    m_jsonLdModified = object.value(u"dateModified"_s).toString();
    m_jsonLdUrl = object.value(u"url"_s).toString().trimmed();
    m_jsonLdSite = object.value(u"publisher"_s).toObject().value(u"name"_s).toString().simplified();
}

void PageMetadata::addHeading(const QString &text, bool topLevel)
{
    const QString heading = text.simplified();
    if (heading.isEmpty())
        return;
    m_headings.append(heading);
    if (topLevel)
        m_topHeadings.append(heading);
}

QString PageMetadata::meta(std::initializer_list<const char *> keys) const
{
    for (const char *key : keys) {
        const QString value = m_meta.value(QString::fromLatin1(key));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

DocumentMetadata PageMetadata::metadata() const
{
    DocumentMetadata metadata;
    metadata.outlet = m_jsonLdSite;
    if (metadata.outlet.isEmpty())
        metadata.outlet = meta({"og:site_name", "application-name"});
    const QString pageTitle = cleanedTitle(m_documentTitle, m_headings, m_topHeadings, metadata.outlet);

    // JSON-LD "name" and "headline" should be one title, but some sites put their own
    // name in "name": the one that resembles the page's <title> is the article's.
    QString jsonLdTitle = m_jsonLdName.isEmpty() ? m_jsonLdHeadline : m_jsonLdName;
    if (!m_jsonLdName.isEmpty() && !m_jsonLdHeadline.isEmpty() && m_jsonLdName != m_jsonLdHeadline) {
        const bool nameResembles = similarity(m_jsonLdName, pageTitle) > 0.75;
        const bool headlineResembles = similarity(m_jsonLdHeadline, pageTitle) > 0.75;
        jsonLdTitle = headlineResembles && !nameResembles ? m_jsonLdHeadline : m_jsonLdName;
    }
    // A title the publisher declares is kept as written; only the <title> element,
    // which browsers show in a tab, is cut down to the article's part.
    metadata.title = jsonLdTitle;
    if (metadata.title.isEmpty())
        metadata.title = meta({"dc:title", "dcterm:title", "dcterms:title", "og:title", "title", "twitter:title", "parsely-title"});
    if (metadata.title.isEmpty())
        metadata.title = pageTitle;
    if (metadata.title.isEmpty() && !m_topHeadings.isEmpty())
        metadata.title = m_topHeadings.first();

    metadata.byline = m_jsonLdByline;
    if (metadata.byline.isEmpty())
        metadata.byline = meta({"dc:creator", "dcterm:creator", "dcterms:creator", "author", "parsely-author", "byl"});
    // What the page shows comes before "article:author", which Open Graph means for a
    // link to the author's profile and pages fill with anything.
    if (metadata.byline.isEmpty())
        metadata.byline = m_visibleByline;
    if (metadata.byline.isEmpty()) {
        const QString articleAuthor = meta({"article:author", "og:article:author"});
        if (!isAddress(articleAuthor))
            metadata.byline = articleAuthor;
    }

    for (const QString &stamp : {m_jsonLdPublished,
             meta({"article:published_time", "parsely-pub-date"}),
             meta({"dc:date", "dcterm:date", "dcterms:date", "dcterms:created", "date", "pubdate", "publishdate"}),
             m_timeElement,
             m_dateline}) {
        metadata.published = dateOf(stamp);
        if (metadata.published.isValid())
            break;
    }

    for (const QString &stamp :
        {m_jsonLdModified, meta({"article:modified_time", "og:updated_time", "dcterms:modified", "dcterm:modified", "last-modified"})}) {
        metadata.modified = dateOf(stamp);
        if (metadata.modified.isValid())
            break;
    }
    // Only an absolute web address is one: a relative canonical link says nothing
    // without the address the page was saved from.
    for (const QString &address : {m_canonicalLink, meta({"og:url"}), m_jsonLdUrl}) {
        if (address.startsWith(u"https://"_s) || address.startsWith(u"http://"_s)) {
            metadata.url = address;
            break;
        }
    }

    metadata.language = m_language;
    if (metadata.language.isEmpty())
        metadata.language = meta({"content-language", "dc:language"});
    return metadata;
}

QString PageMetadata::cleanedTitle(const QString &title, const QStringList &headings, const QStringList &topLevelHeadings, const QString &site)
{
    // " | ", " - ", " – ", " — " separate a site's name; " / ", " > ", " » ", " \ " a
    // path of sections ("News » World » Asia").
    static const QRegularExpression separator(uR"( [|\-–—\\/>»] )"_s);
    static const QRegularExpression hierarchical(uR"( [\\/>»] )"_s);
    QString cleaned = title;
    const bool pathOfSections = hierarchical.matchView(title).hasMatch();
    QRegularExpressionMatch first;
    QRegularExpressionMatch last;
    for (auto it = separator.globalMatch(title); it.hasNext();) {
        last = it.next();
        if (!first.hasMatch())
            first = last;
    }
    if (last.hasMatch()) {
        cleaned = title.left(last.capturedStart());
        // The site's own name is never part of the title, however short the rest.
        if (!site.isEmpty() && title.mid(last.capturedEnd()).trimmed().compare(site, Qt::CaseInsensitive) == 0)
            return cleaned.trimmed();
        if (wordCount(cleaned) < 3)
            cleaned = title.mid(first.capturedEnd());
    } else if (title.contains(u": "_s)) {
        // "Outside the web: standalone binaries": the part after the colon, unless a
        // heading of the page gives the title whole.
        if (!headings.contains(title)) {
            cleaned = title.mid(title.lastIndexOf(u':') + 1);
            if (wordCount(cleaned) < 3)
                cleaned = title.mid(title.indexOf(u':') + 1);
        }
    } else if ((title.size() > 150 || title.size() < 15) && topLevelHeadings.size() == 1) {
        // A title too long to be one, or too short to say anything ("Home"): the page's
        // only <h1> says it better.
        cleaned = topLevelHeadings.first();
    }
    cleaned = cleaned.trimmed();
    // Few words left are more often a cut too far ("How we built it") than a title;
    // after a path of sections, the last step alone is the title.
    static const QRegularExpression separatorSigns(uR"([|\-–—\\/>»]+)"_s);
    QString withoutSeparators = title;
    withoutSeparators.remove(separatorSigns);
    const int left = wordCount(cleaned);
    if (left <= 4 && (!pathOfSections || left != wordCount(withoutSeparators) - 1))
        return title;
    return cleaned;
}

double PageMetadata::similarity(const QString &a, const QString &b)
{
    const QStringList wordsA = words(a);
    const QStringList wordsB = words(b);
    if (wordsA.isEmpty() || wordsB.isEmpty())
        return 0;
    QStringList onlyInB;
    for (const QString &word : wordsB) {
        if (!wordsA.contains(word))
            onlyInB.append(word);
    }
    return 1.0 - double(onlyInB.join(u' ').size()) / double(wordsB.join(u' ').size());
}

void PageMetadata::addDatelineCandidate(QStringView line)
{
    if (!m_dateline.isEmpty())
        return;
    if (const QDate date = datelineDate(line); date.isValid())
        m_dateline = date.toString(Qt::ISODate);
}

QDate PageMetadata::datelineDate(QStringView line)
{
    // A dateline is a short line; a sentence that mentions a date is not one.
    if (line.size() > 120)
        return {};
    static const QString months
        = u"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"_s;
    static const QRegularExpression dayFirst(
        u"\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+"_s + months + u",?\\s+(\\d{4})\\b"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthFirst(
        u"\\b"_s + months + u"\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression iso(u"\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"_s);
    static const QStringList monthStarts
        = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s, u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    const auto monthOf = [](QStringView name) {
        return int(monthStarts.indexOf(name.left(3).toString().toLower())) + 1;
    };
    QDate date;
    if (const QRegularExpressionMatch match = dayFirst.matchView(line); match.hasMatch())
        date = QDate(match.capturedView(3).toInt(), monthOf(match.capturedView(2)), match.capturedView(1).toInt());
    else if (const QRegularExpressionMatch match = monthFirst.matchView(line); match.hasMatch())
        date = QDate(match.capturedView(3).toInt(), monthOf(match.capturedView(1)), match.capturedView(2).toInt());
    else if (const QRegularExpressionMatch match = iso.matchView(line); match.hasMatch())
        date = QDate(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
    return date.isValid() && date.year() >= 1900 && date.year() <= 2100 ? date : QDate();
}

} // namespace Parallax
