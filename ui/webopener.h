// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/import/importformats.h>

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QAction;
class QNetworkReply;
class QProgressDialog;
class QWidget;

namespace Parallax
{

class ArticlePane;
class DocumentListModel;
class MessageBar;
class Store;
class WebSources;

/**
 * Sources from the web in the window: File > Open URL… (Ctrl+L) and links dropped on a
 * pane fetch a page into the library and show its article; Source > Check for Updates
 * (F5) asks the servers whether the pages read from the web changed, and shows a changed
 * article's new revision where the old one was shown. Fetching runs on the event loop
 * with progress and Cancel: the window stays live.
 */
class WebOpener final : public QObject
{
    Q_OBJECT

public:
    /// STORE gives the library in use (it changes when a team library is opened);
    /// FOCUSEDPANE the pane a page opened from the menu goes to.
    WebOpener(QWidget *window,
        const ImportFormats &formats,
        std::function<Store *()> store,
        std::function<ArticlePane *()> focusedPane,
        DocumentListModel *articles,
        MessageBar *messages);
    ~WebOpener() override;

    QAction *openUrlAction() const { return m_openUrl; }
    QAction *checkAction() const { return m_check; }

    /// Fetches URLS into the library and shows them, the first in PANE (null: the
    /// focused pane), the next in the other.
    void open(const QList<QUrl> &urls, ArticlePane *pane);
    /// Checks every page read from the web; then updated() names what changed.
    void checkForUpdates();
    bool isBusy() const;

Q_SIGNALS:
    /// Articles were added to the library, or new revisions of them.
    void libraryChanged();
    /// The article shown from PATH (the page's address) has a new revision.
    void revised(const QString &path);

private:
    void openNext(QList<QUrl> urls, ArticlePane *pane, ArticlePane *other);
    void showProgress(const QString &label, int maximum);
    void closeProgress();

    QWidget *m_window;
    const ImportFormats m_formats;
    std::function<Store *()> m_store;
    std::function<ArticlePane *()> m_focusedPane;
    DocumentListModel *m_articles;
    MessageBar *m_messages;
    QAction *m_openUrl;
    QAction *m_check;
    std::unique_ptr<WebSources> m_sources;
    QPointer<QNetworkReply> m_fetch;
    QPointer<QProgressDialog> m_progress;
    bool m_checking = false;
};

} // namespace Parallax
