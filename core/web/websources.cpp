// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "websources.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

// The name a fetched page is read under: its kind comes from the server's content
// type, as a browser takes it, not from the address (".php", or nothing at all).
QString nameFor(const QString &contentType, const QUrl &url)
{
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    if (type == "text/html"_L1 || type == "application/xhtml+xml"_L1)
        return u"page.html"_s;
    if (type == "application/pdf"_L1)
        return u"page.pdf"_s;
    if (type == "text/markdown"_L1)
        return u"page.md"_s;
    if (type == "text/plain"_L1)
        return u"page.txt"_s;
    const QString file = url.fileName();
    return file.isEmpty() ? u"page.html"_s : file;
}

// BYTES in UTF-8 where the content type names another charset: the server's word on
// the encoding comes before the page's own <meta> (HTML's rule). Unchanged when no
// charset is named, or one Qt does not know, or the bytes do not decode in it.
QByteArray inUtf8(const QByteArray &bytes, const QString &contentType)
{
    static const QRegularExpression charsetParameter(u";\\s*charset\\s*=\\s*\"?([^\";\\s]+)"_s, QRegularExpression::CaseInsensitiveOption);
    const QString charset = charsetParameter.match(contentType).captured(1);
    if (charset.isEmpty() || charset.compare(u"utf-8"_s, Qt::CaseInsensitive) == 0 || bytes.startsWith("\xEF\xBB\xBF"))
        return bytes;
    QStringDecoder decoder(charset.toLatin1().constData());
    if (!decoder.isValid())
        return bytes;
    const QString text = decoder(bytes);
    return decoder.hasError() ? bytes : text.toUtf8();
}

} // namespace

struct WebSources::CheckRun {
    QList<qint64> waiting;
    int running = 0;
    std::function<void(qint64, const Expected<WebUpdate> &)> each;
    std::function<void()> finished;
    CheckMode mode = CheckMode::AskedByUser;
};

WebSources::WebSources(Store &store, const ImportFormats &formats, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_formats(formats)
{
}

ImportResult WebSources::read(const ImportFormats &formats, const WebSnapshot &snapshot)
{
    const QUrl finalUrl(snapshot.finalUrl);
    ImportResult imported = formats.importBytes(nameFor(snapshot.contentType, finalUrl), inUtf8(snapshot.bytes, snapshot.contentType));
    if (!imported.has_value()) // "page.html is …" says which page by the address
        return Failure {u"%1 %2"_s.arg(snapshot.url, imported.error().message.section(u' ', 1, -1))};
    Document &document = imported->document;
    document.path = snapshot.url;
    document.metadata.originalFileName = finalUrl.fileName().isEmpty() ? finalUrl.host() : finalUrl.fileName();
    if (document.metadata.url.isEmpty())
        document.metadata.url = snapshot.finalUrl;
    if (document.metadata.title == QFileInfo(nameFor(snapshot.contentType, finalUrl)).completeBaseName())
        document.metadata.title = finalUrl.toString();
    return imported;
}

Expected<WebUpdate> WebSources::keep(const Expected<FetchedPage> &fetched, std::optional<qint64> checkedArticle)
{
    if (!fetched)
        return fetched.error();
    if (fetched->notModified) {
        if (!checkedArticle)
            return Failure {tr("the server at %1 said the page had not changed, but Parallax has no copy of it").arg(fetched->url.host())};
        if (const StoreResult<void> recorded = m_store.recordUnchanged(*checkedArticle, fetched->fetched, fetched->etag, fetched->lastModified); !recorded)
            return Failure {recorded.error().message};
        return WebUpdate {*checkedArticle, WebUpdate::Kind::Unchanged};
    }
    WebSnapshot snapshot {0,
        fetched->url.toString(),
        fetched->finalUrl.toString(),
        fetched->fetched,
        fetched->fetched,
        fetched->httpStatus,
        fetched->etag,
        fetched->lastModified,
        fetched->contentType,
        fetched->bytes,
        // What a check finds is new to the user; what they fetched, they are looking at.
        !checkedArticle.has_value()};
    const ImportResult imported = read(m_formats, snapshot);
    if (!imported)
        return imported.error();
    std::optional<ImportOutcome> outcome;
    const StoreResult<void> kept = m_store.batch([&] {
        StoreResult<ImportOutcome> stored = m_store.importDocument(imported->document);
        if (!stored)
            return false;
        outcome = *stored;
        snapshot.articleId = outcome->articleId;
        // The same article read again keeps the bytes it was first read from; only the
        // validators and the time of asking change.
        if (outcome->kind == ImportOutcome::Kind::AlreadyStored && m_store.snapshot(outcome->articleId, Store::SnapshotBytes::LeftOut))
            return m_store.recordUnchanged(outcome->articleId, fetched->fetched, fetched->etag, fetched->lastModified).has_value();
        return m_store.saveSnapshot(snapshot).has_value();
    });
    if (!kept)
        return Failure {kept.error().message};
    WebUpdate update {outcome->articleId, WebUpdate::Kind::Added, outcome->reanchored, outcome->orphaned};
    if (outcome->kind == ImportOutcome::Kind::NewRevision)
        update.kind = WebUpdate::Kind::NewRevision;
    else if (outcome->kind == ImportOutcome::Kind::AlreadyStored)
        update.kind = checkedArticle ? WebUpdate::Kind::Unchanged : WebUpdate::Kind::Added;
    return update;
}

QNetworkReply *WebSources::add(const QUrl &url, Done done, PageFetcher::Progress progress)
{
    return m_fetcher.fetch(
        {url, {}, {}},
        [this, done = std::move(done)](const Expected<FetchedPage> &fetched) {
            done(keep(fetched, std::nullopt));
        },
        std::move(progress));
}

void WebSources::check(
    const QList<qint64> &articles, std::function<void(qint64, const Expected<WebUpdate> &)> each, std::function<void()> finished, CheckMode mode)
{
    m_checks = std::make_shared<CheckRun>(CheckRun {articles, 0, std::move(each), std::move(finished), mode});
    if (articles.isEmpty()) {
        m_checks->finished();
        return;
    }
    for (int i = 0; i < MaximumParallelFetches; ++i)
        startNextCheck(m_checks);
}

// Each run drives its own queue: a check started while another goes on never takes the
// other's articles.
void WebSources::startNextCheck(const std::shared_ptr<CheckRun> &run)
{
    if (run->waiting.isEmpty())
        return;
    const qint64 article = run->waiting.takeFirst();
    ++run->running;
    const StoreResult<WebSnapshot> snapshot = m_store.snapshot(article, Store::SnapshotBytes::LeftOut);
    if (!snapshot) {
        finishCheck(run, article, Failure {tr("article %1 was not read from the web").arg(article)});
        return;
    }
    const FetchRequest request {QUrl(snapshot->url), snapshot->etag, snapshot->lastModified};
    const auto fetchPage = [this, run, article, request] {
        m_fetcher.fetch(request, [this, run, article](const Expected<FetchedPage> &fetched) {
            finishCheck(run, article, keep(fetched, article));
        });
    };
    if (run->mode == CheckMode::AskedByUser) {
        fetchPage();
        return;
    }
    m_robots.ask(request.url, [this, run, article, fetchPage](const std::optional<QString> &refusal) {
        if (refusal)
            finishCheck(run, article, Failure {*refusal});
        else
            fetchPage();
    });
}

void WebSources::finishCheck(const std::shared_ptr<CheckRun> &run, qint64 article, const Expected<WebUpdate> &update)
{
    run->each(article, update);
    --run->running;
    if (run->waiting.isEmpty() && run->running == 0)
        run->finished();
    else
        startNextCheck(run);
}

} // namespace Parallax
