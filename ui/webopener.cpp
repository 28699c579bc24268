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
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkReply>
#include <QProgressDialog>
#include <QTimer>
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

// What a check found, page by page, for the one message said at its end.
struct CheckTally {
    int checked = 0;
    QStringList changed; ///< the titles of the articles with a new revision
    QStringList failed; ///< why the others could not be checked
};

} // namespace

WebOpener::WebOpener(QWidget *window,
    const ImportFormats &formats,
    std::function<Store *()> store,
    std::function<ArticlePane *()> focusedPane,
    std::function<qint64()> focusedArticle,
    DocumentListModel *articles,
    MessageBar *messages)
    : QObject(window)
    , m_window(window)
    , m_formats(formats)
    , m_store(std::move(store))
    , m_focusedPane(std::move(focusedPane))
    , m_focusedArticle(std::move(focusedArticle))
    , m_articles(articles)
    , m_messages(messages)
    , m_openUrl(new QAction(ThemedIcon::named(u"document-open-remote"_s), tr("Open &URL…"), this))
    , m_check(new QAction(ThemedIcon::named(u"view-refresh"_s), tr("Check for &Updates"), this))
    , m_scheduleMenu(new QMenu(tr("Check &Automatically"), window))
    , m_intervals(new QActionGroup(this))
    , m_scheduleTimer(new QTimer(this))
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

    m_scheduleMenu->setIcon(ThemedIcon::named(u"view-calendar-upcoming-days"_s));
    m_scheduleMenu->menuAction()->setToolTip(
        tr("Check the focused source for changes on a schedule while Parallax runs; as any robot, such a check does what the site's robots.txt allows"));
    m_scheduleMenu->setToolTipsVisible(true);
    const std::pair<int, QString> intervals[] = {
        {0, tr("&Only When Asked")},
        {1, tr("Every &Hour")},
        {6, tr("Every &6 Hours")},
        {24, tr("Every &Day")},
        {7 * 24, tr("Every &Week")},
    };
    for (const auto &[hours, text] : intervals) {
        QAction *interval = m_scheduleMenu->addAction(text);
        interval->setCheckable(true);
        interval->setData(hours);
        m_intervals->addAction(interval);
    }
    connect(m_intervals, &QActionGroup::triggered, this, [this](QAction *interval) {
        setFocusedSourceInterval(interval->data().toInt());
    });
    connect(m_scheduleMenu, &QMenu::aboutToShow, this, &WebOpener::updateScheduleMenu);
    m_scheduleTimer->setInterval(std::chrono::minutes(1));
    connect(m_scheduleTimer, &QTimer::timeout, this, &WebOpener::checkDueSources);
    m_scheduleTimer->start();
}

WebOpener::~WebOpener() = default;

void WebOpener::setScheduleTick(std::chrono::milliseconds tick)
{
    m_scheduleTimer->start(tick);
}

bool WebOpener::isBusy() const
{
    return m_fetch || m_checking;
}

void WebOpener::open(const QList<QUrl> &urls, ArticlePane *pane, ArticlePane *other)
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
    openNext(web, pane ? pane : m_focusedPane(), other);
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
            const StoreResult<StoredArticle> article = m_store()->article(update->articleId);
            if (article) {
                const int row = m_articles->addArticle(article->id, article->document);
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
    const QList<qint64> articles = store->webArticles().value_or({});
    if (articles.isEmpty()) {
        m_messages->showWarning(tr("No article in this library was read from the web: open one with File > Open URL…"));
        return;
    }
    m_sources = std::make_unique<WebSources>(*store, m_formats);
    m_checking = true;
    showProgress(tr("Checking %n web page(s) for changes…", nullptr, int(articles.size())), int(articles.size()));
    auto tally = std::make_shared<CheckTally>();
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
            if (const std::optional<QString> title = showNewRevision(*update))
                tally->changed << *title;
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

std::optional<QString> WebOpener::showNewRevision(const WebUpdate &update)
{
    if (update.kind != WebUpdate::Kind::NewRevision)
        return std::nullopt;
    const StoreResult<StoredArticle> article = m_store()->article(update.articleId);
    if (!article)
        return std::nullopt;
    m_articles->addArticle(article->id, article->document);
    Q_EMIT revised(article->document.path);
    return article->document.metadata.title;
}

void WebOpener::checkDueSources()
{
    Store *store = m_store();
    if (m_checkingOnSchedule || !store || !store->isOpen() || store->isReadOnly())
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<qint64> due;
    for (const qint64 article : store->dueForCheck(now).value_or({})) {
        const auto failed = m_failedChecks.constFind(article);
        if (failed == m_failedChecks.cend() || failed->addSecs(qint64(store->checkInterval(article).value_or(0)) * 3600) <= now)
            due << article;
    }
    if (due.isEmpty())
        return;
    // The sources of the check before are let go here, not in its last answer: they
    // are still giving it.
    m_scheduledSources = std::make_unique<WebSources>(*store, m_formats);
    m_checkingOnSchedule = true;
    auto tally = std::make_shared<CheckTally>();
    m_scheduledSources->check(
        due,
        [this, tally, now](qint64 article, const Expected<WebUpdate> &update) {
            if (!update) {
                m_failedChecks.insert(article, now);
                tally->failed << update.error().message;
                return;
            }
            m_failedChecks.remove(article);
            if (const std::optional<QString> title = showNewRevision(*update))
                tally->changed << *title;
        },
        [this, tally] {
            m_checkingOnSchedule = false;
            if (!tally->changed.isEmpty()) {
                Q_EMIT libraryChanged();
                m_messages->showWarning(tr("Changed since the last check (on its schedule): %1").arg(tally->changed.join(u"; "_s)));
            } else if (!tally->failed.isEmpty()) {
                m_messages->showError(tr("A scheduled check could not check: %1").arg(tally->failed.join(u"; "_s)));
            }
        },
        WebSources::CheckMode::OnSchedule);
}

void WebOpener::updateScheduleMenu()
{
    const qint64 article = m_focusedArticle();
    Store *store = m_store();
    const bool fromTheWeb = article != 0 && store && store->snapshot(article, Store::SnapshotBytes::LeftOut).has_value();
    const int hours = fromTheWeb ? store->checkInterval(article).value_or(0) : 0;
    for (QAction *interval : m_intervals->actions()) {
        interval->setEnabled(fromTheWeb && !store->isReadOnly());
        interval->setChecked(fromTheWeb && interval->data().toInt() == hours);
        interval->setToolTip(fromTheWeb ? QString() : tr("The focused article was not read from the web: open a page with File > Open URL…"));
    }
}

void WebOpener::setFocusedSourceInterval(int hours)
{
    const qint64 article = m_focusedArticle();
    Store *store = m_store();
    const QString title = m_focusedPane()->document().metadata.title;
    if (article == 0 || !store->snapshot(article, Store::SnapshotBytes::LeftOut)) {
        m_messages->showWarning(tr("“%1” was not read from the web: only a page opened with File > Open URL… can be checked").arg(title));
        return;
    }
    if (const StoreResult<void> scheduled = store->setCheckInterval(article, hours); !scheduled) {
        m_messages->showError(tr("The schedule could not be changed: %1").arg(scheduled.error().message));
        return;
    }
    m_failedChecks.remove(article);
    if (hours == 0)
        m_messages->showInformation(tr("“%1” is checked only when you ask (Source > Check for Updates).").arg(title));
    else
        m_messages->showInformation(tr("“%1” is checked every %n hour(s) while Parallax runs.", nullptr, hours).arg(title));
    // A page last checked longer ago than its new interval is checked now.
    checkDueSources();
}

void WebOpener::showProgress(const QString &label, int maximum)
{
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setWindowTitle(tr("Parallax"));
        m_progress->setMinimumDuration(500);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        connect(m_progress, &QProgressDialog::canceled, this, &WebOpener::cancel);
        // Escape rejects the dialog, which a progress dialog does not count as Cancel.
        connect(m_progress, &QDialog::rejected, this, &WebOpener::cancel);
    }
    m_progress->setLabelText(label);
    m_progress->setRange(0, maximum);
    m_progress->setValue(0);
}

void WebOpener::stopForLibraryChange()
{
    cancel();
    m_scheduledSources.reset();
    m_checkingOnSchedule = false;
    m_failedChecks.clear();
}

void WebOpener::cancel()
{
    if (m_fetch)
        m_sources->fetcher().cancel(m_fetch);
    m_fetch = nullptr;
    m_checking = false;
    m_sources.reset(); // the requests still on their way are aborted with it
    closeProgress();
}

void WebOpener::closeProgress()
{
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
}

} // namespace Parallax
