// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "robotspolicy.h"

#include "pagefetcher.h"

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo).toString();
}

} // namespace

RobotsPolicy::RobotsPolicy(PageFetcher &fetcher)
    : m_fetcher(fetcher)
{
}

QByteArray RobotsPolicy::productToken()
{
    return "Parallax";
}

std::optional<QString> RobotsPolicy::decide(const Site &site, const QUrl &url)
{
    if (!site.unreadable.isEmpty())
        return tr("the site's robots.txt could not be read (%1), so no page of %2 is checked on a schedule until it can").arg(site.unreadable, url.host());
    if (site.rules->allows(url))
        return std::nullopt;
    return tr("the robots.txt of %1 asks robots not to fetch %2").arg(url.host(), url.path());
}

void RobotsPolicy::ask(const QUrl &url, Answer answer)
{
    const QString origin = originOf(url);
    Site &site = m_sites[origin];
    if (site.rules || !site.unreadable.isEmpty()) {
        answer(decide(site, url));
        return;
    }
    site.waiting.append({url, std::move(answer)});
    if (site.waiting.size() > 1)
        return; // its robots.txt is on its way
    FetchRequest request {QUrl(origin + u"/robots.txt"_s), {}, {}};
    request.keepErrorPages = true;
    m_fetcher.fetch(request, [this, origin](const Expected<FetchedPage> &fetched) {
        Site &site = m_sites[origin];
        if (!fetched)
            site.unreadable = fetched.error().message;
        else if (fetched->httpStatus >= 500)
            site.unreadable = tr("HTTP %1").arg(fetched->httpStatus);
        else if (fetched->httpStatus >= 400)
            site.rules = RobotsRules(); // none: everything is allowed
        else
            site.rules = RobotsRules::parse(fetched->bytes, productToken());
        // Answers may ask again (a check starts its next page): the list is taken first.
        const QList<std::pair<QUrl, Answer>> waiting = std::exchange(site.waiting, {});
        const Site decided = site;
        for (const auto &[url, answer] : waiting)
            answer(decide(decided, url));
    });
}

} // namespace Parallax
