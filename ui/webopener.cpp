// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "webopener.h"

#include "articlepane.h"
#include "documentlistmodel.h"
#include "messagebar.h"
#include "themedicon.h"

#include <core/library/store.h>
#include <core/web/websources.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QLineEdit>
#include <QNetworkReply>
#include <QProgressDialog>
#include <QWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

bool isWebAddress(const QUrl &url)
{
    return url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1) && !url.host().isEmpty();
}

} // namespace

WebOpener::WebOpener(QWidget *window,
    const ImportFormats &formats,
    std::function<Store *()> store,
    std::function<ArticlePane *()> focusedPane,
    DocumentListModel *articles,
    MessageBar *messages)
    : QObject(window)
    , m_window(window)
    , m_formats(formats)
    , m_store(std::move(store))
    , m_focusedPane(std::move(focusedPane))
    , m_articles(articles)
    , m_messages(messages)
    , m_openUrl(new QAction(ThemedIcon::named(u"document-open-remote"_s), tr("Open &URL…"), this))
    , m_check(new QAction(ThemedIcon::named(u"view-refresh"_s), tr("Check for &Updates"), this))
{
    m_openUrl->setShortcut(Qt::CTRL | Qt::Key_L);
    m_openUrl->setToolTip(tr("Fetch a web page into the library and read its article; the page is kept as it was received"));
    connect(m_openUrl, &QAction::triggered, this, [this] {
        // A link copied from the browser is what one opens most often.
        const QUrl copied = QUrl::fromUserInput(QApplication::clipboard()->text().trimmed());
        bool accepted = false;
        const QString address = QInputDialog::getText(
            m_window, tr("Open URL"), tr("Address of the web page:"), QLineEdit::Normal, isWebAddress(copied) ? copied.toString() : QString(), &accepted);
        if (accepted && !address.trimmed().isEmpty())
            open({QUrl::fromUserInput(address.trimmed())}, nullptr);
    });
    m_check->setShortcut(Qt::Key_F5); // the platform's Refresh is not F5 everywhere
    m_check->setToolTip(
        tr("Ask the servers whether the pages read from the web changed; a changed article becomes a new revision, its annotations moved to it"));
    connect(m_check, &QAction::triggered, this, &WebOpener::checkForUpdates);
}

WebOpener::~WebOpener() = default;

bool WebOpener::isBusy() const
{
    return m_fetch || m_checking;
}

void WebOpener::open(const QList<QUrl> &urls, ArticlePane *pane)
{
    QList<QUrl> web;
    QStringList refused;
    for (const QUrl &url : urls) {
        if (isWebAddress(url))
            web << url;
        else
            refused << url.toString();
    }
    if (!refused.isEmpty())
        m_messages->showError(tr("Not a web address (http or https): %1").arg(refused.join(u", "_s)));
    if (web.isEmpty() || isBusy())
        return;
    m_sources = std::make_unique<WebSources>(*m_store(), m_formats);
    openNext(web, pane ? pane : m_focusedPane(), nullptr);
}

void WebOpener::openNext(QList<QUrl> urls, ArticlePane *pane, ArticlePane *other)
{
    if (urls.isEmpty()) {
        closeProgress();
        return;
    }
    const QUrl url = urls.takeFirst();
    showProgress(tr("Fetching %1…").arg(url.toString()), 0);
    m_fetch = m_sources->add(
        url,
        [this, urls, pane, other](const Expected<WebUpdate> &update) {
            m_fetch = nullptr;
            if (!update) {
                m_messages->showError(tr("Could not open: %1").arg(update.error().message));
                openNext(urls, pane, other);
                return;
            }
            const std::optional<StoredArticle> article = m_store()->article(update->articleId);
            if (article) {
                const int row = m_articles->addDocument(article->document);
                if (pane)
                    pane->setCurrentRow(row);
            }
            Q_EMIT libraryChanged();
            openNext(urls, other ? other : pane, pane);
        },
        [this](qint64 received, qint64 total) {
            if (!m_progress)
                return;
            // Bytes in kilobytes: a progress bar holds an int.
            m_progress->setMaximum(total > 0 ? int(total / 1024) : 0);
            m_progress->setValue(int(received / 1024));
        });
}

void WebOpener::checkForUpdates()
{
    if (isBusy())
        return;
    Store *store = m_store();
    const QList<qint64> articles = store->webArticles();
    if (articles.isEmpty()) {
        m_messages->showWarning(tr("No article in this library was read from the web: open one with File > Open URL…"));
        return;
    }
    m_sources = std::make_unique<WebSources>(*store, m_formats);
    m_checking = true;
    showProgress(tr("Checking %n web page(s) for changes…", nullptr, int(articles.size())), int(articles.size()));
    struct Tally {
        int checked = 0;
        QStringList changed;
        QStringList failed;
    };
    auto tally = std::make_shared<Tally>();
    m_sources->check(
        articles,
        [this, tally](qint64, const Expected<WebUpdate> &update) {
            ++tally->checked;
            if (m_progress)
                m_progress->setValue(tally->checked);
            if (!update) {
                tally->failed << update.error().message;
                return;
            }
            if (update->kind != WebUpdate::Kind::NewRevision)
                return;
            const std::optional<StoredArticle> article = m_store()->article(update->articleId);
            if (!article)
                return;
            tally->changed << article->document.metadata.title;
            m_articles->addDocument(article->document);
            Q_EMIT revised(article->document.path);
        },
        [this, tally] {
            m_checking = false;
            closeProgress();
            if (!tally->changed.isEmpty())
                Q_EMIT libraryChanged();
            if (!tally->failed.isEmpty())
                m_messages->showError(tr("Could not check: %1").arg(tally->failed.join(u"; "_s)));
            else if (!tally->changed.isEmpty())
                m_messages->showWarning(tr("Changed since the last check: %1").arg(tally->changed.join(u"; "_s)));
            else
                m_messages->showInformation(tr("No change: the %n page(s) read from the web are as they were.", nullptr, tally->checked));
        });
}

void WebOpener::showProgress(const QString &label, int maximum)
{
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setWindowTitle(tr("Parallax"));
        m_progress->setMinimumDuration(500);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            if (m_fetch)
                m_sources->fetcher().cancel(m_fetch);
            m_fetch = nullptr;
            m_checking = false;
            m_sources.reset(); // what is still on its way is dropped with it
            closeProgress();
        });
    }
    m_progress->setLabelText(label);
    m_progress->setRange(0, maximum);
    m_progress->setValue(0);
}

void WebOpener::closeProgress()
{
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
}

} // namespace Parallax
