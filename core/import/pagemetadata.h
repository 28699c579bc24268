// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/document.h>

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Parallax
{

/**
 * What a saved web page says about itself, gathered from everywhere it says it and then
 * decided by how reliable each source is: the article's schema.org object in JSON-LD
 * first, then meta tags (Dublin Core, Open Graph, Twitter, Parse.ly, plain "author"), then
 * what the page shows (its <title>, a lone <h1>, a byline block, a <time> element).
 *
 * It knows nothing of HTML parsing: HtmlText walks the page and hands over what it finds.
 */
class PageMetadata final
{
public:
    /// A <meta> tag. PROPERTY may hold several names ("dc:title og:title"); names are
    /// compared in lower case, without spaces, with "." read as ":" ("DC.creator"). A
    /// property wins over a name; of two of a kind, the later.
    void addMetaTag(const QString &property, const QString &name, const QString &content);
    /// The text of a <script type="application/ld+json">, maybe wrapped in <![CDATA[ ]]>.
    /// Text that is not JSON is ignored.
    void addJsonLd(const QString &script);
    /// The page's <title>.
    void setDocumentTitle(const QString &title) { m_documentTitle = title.simplified(); }
    /// The text of the page's <h1> and <h2> headings, in page order.
    void addHeading(const QString &text, bool topLevel);
    /// A byline the page shows ("By Jane Doe"), from a block marked or named as one.
    void setVisibleByline(const QString &byline) { m_visibleByline = byline.simplified(); }
    /// The first <time datetime="…"> of the article.
    void setTimeElement(const QString &datetime) { m_timeElement = datetime.trimmed(); }
    /// A line near the top of the article that may be its dateline ("Published 3 July
    /// 2013", "Wed, Jul. 3, 2013 6:22 AM ET"): its date is the last resort.
    void addDatelineCandidate(QStringView line);
    /// The page's <link rel="canonical" href="…">.
    void setCanonicalLink(const QString &url) { m_canonicalLink = url.trimmed(); }
    void setLanguage(const QString &language) { m_language = language.trimmed(); }

    DocumentMetadata metadata() const;

    /// A page's <title> without the site's part: "Quake kills 24 | Daily Coast" → "Quake
    /// kills 24", "Outside the web: standalone binaries" → "standalone binaries". A title
    /// that would keep too few words stays whole. HEADINGS are the page's <h1>/<h2> texts:
    /// a title one of them repeats is whole; TOPLEVELHEADINGS its <h1> texts: the only
    /// one replaces a title too short or too long to be one. After the last separator,
    /// the SITE's name goes whatever is left.
    static QString cleanedTitle(const QString &title, const QStringList &headings = {}, const QStringList &topLevelHeadings = {}, const QString &site = {});
    /// The date a dateline states in English, with its year: "3 July 2013", "Jul. 3rd,
    /// 2013", "2013-07-03"; invalid for a line too long to be a dateline or without one.
    static QDate datelineDate(QStringView line);
    /// How much of B's words A has too, from 0 to 1, weighed by their length.
    static double similarity(const QString &a, const QString &b);

private:
    QString meta(std::initializer_list<const char *> keys) const;
    void readJsonLd(const class QJsonValue &value);

    QHash<QString, QString> m_meta; ///< the content of each meta name or property
    QSet<QString> m_metaFromProperty;
    QString m_jsonLdName;
    QString m_jsonLdHeadline;
    QString m_jsonLdByline;
    QString m_jsonLdPublished;
    QString m_jsonLdModified;
    QString m_jsonLdUrl;
    QString m_canonicalLink;
    QString m_jsonLdSite;
    bool m_jsonLdArticleSeen = false;
    QString m_documentTitle;
    QStringList m_headings;
    QStringList m_topHeadings; ///< the <h1> texts
    QString m_visibleByline;
    QString m_timeElement;
    QString m_dateline; ///< the first dateline's date, as an ISO date
    QString m_language;
};

} // namespace Parallax
