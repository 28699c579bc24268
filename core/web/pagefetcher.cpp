// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "pagefetcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

QString hostOf(const QUrl &url)
{
    return url.host().isEmpty() ? url.toString() : url.host();
}

// Why a fetch failed, as a person would say it.
QString failureOf(QNetworkReply *reply, const QUrl &url, const PageFetcher::Limits &limits)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QString host = hostOf(url);
    if (status >= 400) {
        const QString code = reason.isEmpty() ? QString::number(status) : u"%1 %2"_s.arg(status).arg(reason);
        if (status == 404 || status == 410)
            return PageFetcher::tr("%1 has no page at %2 (HTTP %3)").arg(host, url.toString(), code);
        if (status >= 500)
            return PageFetcher::tr("the server at %1 failed to give the page (HTTP %2)").arg(host, code);
        return PageFetcher::tr("the server at %1 refused to give the page (HTTP %2)").arg(host, code);
    }
    switch (reply->error()) {
    case QNetworkReply::HostNotFoundError:
        return PageFetcher::tr("there is no server named %1").arg(host);
    case QNetworkReply::ConnectionRefusedError:
        return PageFetcher::tr("the server at %1 refused the connection").arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return PageFetcher::tr("the server at %1 closed the connection before the page was complete").arg(host);
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return PageFetcher::tr("the server at %1 did not answer within %n second(s)", nullptr, limits.quietSeconds).arg(host);
    case QNetworkReply::TooManyRedirectsError:
        return PageFetcher::tr("%1 redirects more than %n time(s)", nullptr, limits.maximumRedirects).arg(url.toString());
    case QNetworkReply::InsecureRedirectError:
        return PageFetcher::tr("%1 redirects from a secure (https) address to an insecure one").arg(url.toString());
    case QNetworkReply::SslHandshakeFailedError:
        return PageFetcher::tr("the secure connection to %1 could not be made: %2").arg(host, reply->errorString());
    case QNetworkReply::ProtocolUnknownError:
        return PageFetcher::tr("%1 is not a web address (http or https)").arg(url.toString());
    default:
        return PageFetcher::tr("%1 could not be fetched: %2").arg(url.toString(), reply->errorString());
    }
}

QString sizeText(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1) + u" MB"_s;
}

} // namespace

PageFetcher::PageFetcher(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Pages are fetched as they are now, never from a cache or with cookies of a
    // session: what is kept is what the server gave anyone.
    m_network->setCookieJar(nullptr);
}

PageFetcher::~PageFetcher() = default;

void PageFetcher::setLimits(const Limits &limits)
{
    m_limits = limits;
}

QByteArray PageFetcher::userAgent()
{
    const QString version = QCoreApplication::applicationVersion().isEmpty() ? u"dev"_s : QCoreApplication::applicationVersion();
    return u"Parallax/%1 (desktop research tool; +https://parallax.invalid/fetching)"_s.arg(version).toLatin1();
}

QNetworkReply *PageFetcher::fetch(const FetchRequest &request, Done done, Progress progress)
{
    QNetworkRequest networkRequest(request.url);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    networkRequest.setMaximumRedirectsAllowed(m_limits.maximumRedirects);
    networkRequest.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setTransferTimeout(m_limits.quietSeconds * 1000);
    if (!request.etag.isEmpty())
        networkRequest.setRawHeader("If-None-Match", request.etag.toLatin1());
    if (!request.lastModified.isEmpty())
        networkRequest.setRawHeader("If-Modified-Since", request.lastModified.toLatin1());

    QNetworkReply *reply = m_network->get(networkRequest);
    // What came so far, read as it comes so that the cap holds whatever the server
    // announces (or does not).
    auto received = std::make_shared<QByteArray>();
    auto refused = std::make_shared<QString>();
    const qint64 cap = m_limits.maximumBytes;
    const auto refuse = [reply, refused](const QString &why) {
        *refused = why;
        reply->abort();
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, [reply, cap, refuse] {
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > cap)
            refuse(tr("the page at %1 is %2, more than the %3 that Parallax reads").arg(reply->url().toString(), sizeText(announced), sizeText(cap)));
    });
    connect(reply, &QNetworkReply::readyRead, this, [reply, received, cap, refuse] {
        if (!reply->isOpen())
            return;
        received->append(reply->readAll());
        if (received->size() > cap)
            refuse(tr("the page at %1 is more than the %2 that Parallax reads").arg(reply->url().toString(), sizeText(cap)));
    });
    if (progress)
        connect(reply, &QNetworkReply::downloadProgress, this, [progress](qint64 bytes, qint64 total) {
            progress(bytes, total);
        });
    connect(reply, &QNetworkReply::finished, this, [this, reply, request, received, refused, done = std::move(done)] {
        reply->deleteLater();
        if (reply->property("parallaxCancelled").toBool())
            return;
        if (!refused->isEmpty()) {
            done(Failure {*refused});
            return;
        }
        if (reply->isOpen())
            received->append(reply->readAll());
        done(finish(reply, request, *received));
    });
    return reply;
}

void PageFetcher::cancel(QNetworkReply *fetch)
{
    if (!fetch)
        return;
    fetch->setProperty("parallaxCancelled", true);
    fetch->abort();
}

Expected<FetchedPage> PageFetcher::finish(QNetworkReply *reply, const FetchRequest &request, const QByteArray &bytes) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool errorPageKept = request.keepErrorPages && status >= 400;
    if (!errorPageKept && (reply->error() != QNetworkReply::NoError || status >= 400))
        return Failure {failureOf(reply, request.url, m_limits)};
    FetchedPage page;
    page.url = request.url;
    page.finalUrl = reply->url();
    page.httpStatus = status;
    page.notModified = status == 304;
    page.bytes = bytes;
    page.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    page.etag = QString::fromLatin1(reply->rawHeader("ETag"));
    page.lastModified = QString::fromLatin1(reply->rawHeader("Last-Modified"));
    page.fetched = QDateTime::currentDateTimeUtc();
    // A 304 names no new validators as a rule: the ones asked with still hold.
    if (page.notModified) {
        if (page.etag.isEmpty())
            page.etag = request.etag;
        if (page.lastModified.isEmpty())
            page.lastModified = request.lastModified;
    }
    return page;
}

Expected<FetchedPage> PageFetcher::fetchAndWait(const FetchRequest &request)
{
    std::optional<Expected<FetchedPage>> result;
    QEventLoop loop;
    fetch(request, [&](const Expected<FetchedPage> &page) {
        result = page;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace Parallax
