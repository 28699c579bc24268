// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/import/importformats.h>

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QAction;
class QActionGroup;
class QMenu;
class QNetworkReply;
class QTimer;
class QProgressDialog;
class QWidget;

namespace Parallax
{

class ArticlePane;
class DocumentListModel;
class MessageBar;
class Store;
class WebSources;
struct WebUpdate;

/**
 * Sources from the web in the window: File > Open URL… (Ctrl+L) and links dropped on a
 * pane fetch a page into the library and show its article; Source > Check for Updates
 * (F5) asks the servers whether the pages read from the web changed, and shows a changed
 * article's new revision where the old one was shown. Fetching runs on the event loop
 * with progress and Cancel: the window stays live.
 *
 * Source > Check Automatically puts the focused source on a schedule (every hour … every
 * week); while the window is open, the sources whose time has come are checked quietly
 * in the background, as a robot (robots.txt honoured), and only a change or a failure is
 * said.
 */
class WebOpener final : public QObject
{
    Q_OBJECT

public:
    /// STORE gives the library in use (it changes when a team library is opened);
    /// FOCUSEDPANE the pane a page opened from the menu goes to; FOCUSEDARTICLE the
    /// article shown in it (0: none), whose source Check Automatically schedules.
    WebOpener(QWidget *window,
        const ImportFormats &formats,
        std::function<Store *()> store,
        std::function<ArticlePane *()> focusedPane,
        std::function<qint64()> focusedArticle,
        DocumentListModel *articles,
        MessageBar *messages);
    ~WebOpener() override;

    QAction *openUrlAction() const { return m_openUrl; }
    QAction *checkAction() const { return m_check; }
    /// Source > Check Automatically: how often the focused source is checked.
    QMenu *scheduleMenu() const { return m_scheduleMenu; }

    /// How often the schedules are looked at (a minute; the tests make it shorter).
    void setScheduleTick(std::chrono::milliseconds tick);

    /// Fetches URLS into the library and shows them, the first in PANE (null: the
    /// focused pane), the next in OTHER, and so on by turns (with no OTHER, all in PANE).
    void open(const QList<QUrl> &urls, ArticlePane *pane, ArticlePane *other = nullptr);
    /// Checks every page read from the web; then updated() names what changed.
    void checkForUpdates();
    bool isBusy() const;
    /// Stops every fetch and check, scheduled or not: the library they write to is
    /// about to be closed.
    void stopForLibraryChange();
    /// Whether sources whose time had come are being checked in the background.
    bool isCheckingOnSchedule() const { return m_checkingOnSchedule; }

Q_SIGNALS:
    /// Articles were added to the library, or new revisions of them.
    void libraryChanged();
    /// The article shown from PATH (the page's address) has a new revision.
    void revised(const QString &path);

private:
    void openNext(QList<QUrl> urls, ArticlePane *pane, ArticlePane *other);
    void checkDueSources();
    /// A revision a check found: listed, and shown where its source was shown.
    std::optional<QString> showNewRevision(const WebUpdate &update);
    void updateScheduleMenu();
    void setFocusedSourceInterval(int hours);
    void showProgress(const QString &label, int maximum);
    /// Stops the fetch or the check under way; nothing it brings is kept.
    void cancel();
    void closeProgress();

    QWidget *m_window;
    const ImportFormats m_formats;
    std::function<Store *()> m_store;
    std::function<ArticlePane *()> m_focusedPane;
    std::function<qint64()> m_focusedArticle;
    DocumentListModel *m_articles;
    MessageBar *m_messages;
    QAction *m_openUrl;
    QAction *m_check;
    QMenu *m_scheduleMenu;
    QActionGroup *m_intervals;
    QTimer *m_scheduleTimer;
    std::unique_ptr<WebSources> m_sources;
    /// A check on a schedule fetches on its own: the user's work never cancels it.
    std::unique_ptr<WebSources> m_scheduledSources;
    /// Sources whose scheduled check failed, and when: asked again after their
    /// interval, not at every tick.
    QHash<qint64, QDateTime> m_failedChecks;
    QPointer<QNetworkReply> m_fetch;
    QPointer<QProgressDialog> m_progress;
    bool m_checking = false;
    bool m_checkingOnSchedule = false;
};

} // namespace Parallax
