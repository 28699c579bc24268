// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "articleopener.h"

#include "articlepane.h"
#include "documentlistmodel.h"
#include "fileopener.h"
#include "messagebar.h"

#include <QFileInfo>
#include <QMainWindow>
#include <QMimeData>
#include <QStatusBar>
#include <QUrl>

#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Parallax
{

ArticleOpener::ArticleOpener(
    QMainWindow *window, const ImportFormats &formats, DocumentListModel *articles, ArticlePane *left, ArticlePane *right, MessageBar *messages)
    : QObject(window)
    , m_window(window)
    , m_articles(articles)
    , m_left(left)
    , m_right(right)
    , m_messages(messages)
    , m_reader(new FileOpener(window, formats))
{
}

void ArticleOpener::openFiles(const QStringList &paths, ArticlePane *target)
{
    // What one call has read so far, and where its next file goes.
    struct Opening {
        ArticlePane *nextPane;
        QStringList problems;
        QStringList warnings;
    };
    auto opening = std::make_shared<Opening>(Opening {target ? target : m_left, {}, {}});
    const auto showRead = [this, opening](const QString &path, const ImportResult &imported) {
        if (!imported.has_value()) {
            opening->problems << imported.error().message;
            return;
        }
        opening->warnings << imported->warnings;
        opening->nextPane->setCurrentRow(m_articles->addDocument(imported->document));
        opening->nextPane = opening->nextPane == m_left ? m_right : m_left;
        Q_EMIT fileOpened(path);
    };
    const auto report = [this, opening](bool cancelled) {
        if (!opening->problems.isEmpty())
            m_messages->showError(tr("Could not open: %1").arg(opening->problems.join(u"; "_s)));
        else if (!opening->warnings.isEmpty())
            m_messages->showWarning(opening->warnings.join(u"; "_s));
        else if (cancelled)
            m_window->statusBar()->showMessage(tr("Opening cancelled"), 5000);
        Q_EMIT filesOpened();
    };
    m_reader->open(paths, showRead, report);
}

void ArticleOpener::showPair(const QString &leftPath, const QString &rightPath)
{
    const int left = leftPath.isEmpty() ? -1 : m_articles->rowOfPath(leftPath);
    const int right = rightPath.isEmpty() ? -1 : m_articles->rowOfPath(rightPath);
    const int count = m_articles->rowCount();
    m_left->setCurrentRow(left >= 0 ? left : (count > 0 ? 0 : -1));
    m_right->setCurrentRow(right >= 0 ? right : (count > 1 ? 1 : m_left->currentRow()));
    // A file opened last time from outside the library is read again, in the background.
    for (const auto &[pane, path, row] : {std::tuple {m_left, leftPath, left}, std::tuple {m_right, rightPath, right}}) {
        if (row >= 0 || path.isEmpty() || !QFileInfo::exists(path))
            continue;
        m_reader->open(
            {path},
            [this, pane](const QString &, const ImportResult &imported) {
                if (imported.has_value())
                    pane->setCurrentRow(m_articles->addDocument(imported->document));
            },
            [](bool) {});
    }
}

bool ArticleOpener::isBusy() const
{
    return m_reader->isBusy();
}

bool ArticleOpener::canOpen(const QMimeData *data)
{
    // Files from the desktop, or articles from the library.
    return data->hasUrls() || data->hasFormat(DocumentListModel::RowsMimeType);
}

bool ArticleOpener::drop(const QMimeData *data, ArticlePane *target)
{
    // Dropped on a pane, the article goes there; elsewhere, to the left pane first.
    const QList<int> rows = DocumentListModel::rowsFromMimeData(data);
    if (!rows.isEmpty()) {
        ArticlePane *pane = target ? target : m_left;
        for (int row : rows) {
            if (row < 0 || row >= m_articles->rowCount())
                continue;
            pane->setCurrentRow(row);
            pane = pane == m_left ? m_right : m_left;
        }
        return true;
    }
    QStringList paths;
    QList<QUrl> links;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
        else if (m_openWeb && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1))
            links << url;
    }
    if (paths.isEmpty() && links.isEmpty())
        return false;
    if (!paths.isEmpty())
        openFiles(paths, target);
    if (!links.isEmpty())
        m_openWeb(links, target ? target : m_left, target == m_right ? m_left : m_right);
    return true;
}

} // namespace Parallax
