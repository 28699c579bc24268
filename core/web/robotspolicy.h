// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "robotsrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace Parallax
{

class PageFetcher;

/**
 * Whether a site lets Parallax fetch a page on its own schedule: the site's robots.txt,
 * fetched once for every origin (scheme, host and port) and kept for as long as this
 * object lives. As RFC 9309 asks: a robots.txt that is not there (HTTP 4xx) allows
 * everything; one the server fails to give (5xx, no answer) allows nothing, for now.
 * A page the user opens or checks by hand is theirs to fetch and asks no one.
 */
class RobotsPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(RobotsPolicy)

public:
    explicit RobotsPolicy(PageFetcher &fetcher);

    /// The token Parallax goes by in robots.txt ("User-agent: Parallax").
    static QByteArray productToken();

    /// Calls ANSWER with nothing when URL may be fetched, else with why not (“the site's
    /// robots.txt asks robots not to fetch /news/”), once the site's rules are known.
    using Answer = std::function<void(const std::optional<QString> &refusal)>;
    void ask(const QUrl &url, Answer answer);

private:
    struct Site {
        std::optional<RobotsRules> rules;
        QString unreadable; ///< why robots.txt could not be read, if it could not
        QList<std::pair<QUrl, Answer>> waiting;
    };
    static std::optional<QString> decide(const Site &site, const QUrl &url);

    PageFetcher &m_fetcher;
    QHash<QString, Site> m_sites;
};

} // namespace Parallax
