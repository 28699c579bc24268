// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/expected.h>

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Parallax
{

/// A page to fetch, with what the server said of it the last time (for a conditional
/// request: "give it only if it changed").
struct FetchRequest {
    QUrl url;
    QString etag;
    QString lastModified;
    /// A page the server gives with an error status (4xx, 5xx) is an answer too, not a
    /// failure: for robots.txt, whose absence means something.
    bool keepErrorPages = false;
};

/// What a server gave for a page.
struct FetchedPage {
    QUrl url; ///< as asked for
    QUrl finalUrl; ///< where the redirects ended
    int httpStatus = 0;
    bool notModified = false; ///< 304: the page is as it was the last time
    QByteArray bytes; ///< as received, after the transfer's compression is undone
    QString contentType; ///< "text/html; charset=windows-1252"
    QString etag;
    QString lastModified;
    QDateTime fetched;
};

/**
 * Fetches web pages with Qt Network, the way a research tool should: the page alone (no
 * sub-resource, no JavaScript), at most ten redirects and never from https to http, a
 * cap on the size, a timeout when the server goes quiet, compressed transfers, and a
 * user agent that names Parallax. Every failure is said in plain words (“the server at
 * example.org did not answer within 30 seconds”). Fetches run on the event loop of the
 * thread the fetcher lives in, many at once.
 */
class PageFetcher final : public QObject
{
    Q_OBJECT

public:
    struct Limits {
        qint64 maximumBytes = 50 * 1024 * 1024;
        int quietSeconds = 30; ///< with no byte received for this long, the fetch fails
        int maximumRedirects = 10;
    };

    explicit PageFetcher(QObject *parent = nullptr);
    ~PageFetcher() override;

    void setLimits(const Limits &limits);
    const Limits &limits() const { return m_limits; }

    using Done = std::function<void(const Expected<FetchedPage> &)>;
    using Progress = std::function<void(qint64 received, qint64 total)>;

    /// Starts fetching REQUEST; DONE is called once, on this thread, unless the fetch is
    /// cancelled first. PROGRESS may be called as bytes come (total -1 when unknown).
    /// Returns a handle for cancel().
    QNetworkReply *fetch(const FetchRequest &request, Done done, Progress progress = {});
    /// Stops a fetch; its DONE is not called.
    void cancel(QNetworkReply *fetch);

    /// Fetches REQUEST and waits for it, running an event loop (for commands).
    Expected<FetchedPage> fetchAndWait(const FetchRequest &request);

    /// "Parallax/0.9 (…)": who asks, as servers see it.
    static QByteArray userAgent();

private:
    Expected<FetchedPage> finish(QNetworkReply *reply, const FetchRequest &request, const QByteArray &bytes) const;

    QNetworkAccessManager *m_network;
    Limits m_limits;
};

} // namespace Parallax
