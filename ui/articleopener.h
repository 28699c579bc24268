// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

class QMainWindow;
class QMimeData;

namespace Parallax
{

class ArticlePane;
class DocumentListModel;
class FileOpener;
class ImportFormats;
class MessageBar;

/**
 * Puts articles into the two panes: files read on a worker thread (with progress and
 * Cancel when slow), files and library rows dropped on the window, a file shown last
 * time read again. The first goes to the pane asked for, the next to the other one;
 * what could not be read is named in the message bar.
 */
class ArticleOpener final : public QObject
{
    Q_OBJECT

public:
    ArticleOpener(QMainWindow *window, const ImportFormats &formats, DocumentListModel *articles, ArticlePane *left, ArticlePane *right, MessageBar *messages);

    /// Reads PATHS and shows them, the first in TARGET (the left pane if null);
    /// filesOpened() follows.
    void openFiles(const QStringList &paths, ArticlePane *target = nullptr);
    /// Shows the articles at these paths, as shown last time: from the list when it has
    /// them, else read again from their files in the background; the first two articles
    /// of the list where neither is to be had.
    void showPair(const QString &leftPath, const QString &rightPath);
    bool isBusy() const;
    /// Whether DATA holds what a drop can open: files, or articles of the library.
    static bool canOpen(const QMimeData *data);
    /// Opens what was dropped on TARGET (null: not on a pane). False if nothing.
    bool drop(const QMimeData *data, ArticlePane *target);
    /// How links to web pages dropped on the window are opened (none: not at all).
    using OpenWeb = std::function<void(const QList<QUrl> &urls, ArticlePane *target, ArticlePane *other)>;
    void setWebOpener(OpenWeb openWeb) { m_openWeb = std::move(openWeb); }

Q_SIGNALS:
    /// The file at PATH was read and shown.
    void fileOpened(const QString &path);
    /// The files of one openFiles() call are shown, or named as unreadable.
    void filesOpened();

private:
    QMainWindow *m_window;
    DocumentListModel *m_articles;
    ArticlePane *m_left;
    ArticlePane *m_right;
    MessageBar *m_messages;
    FileOpener *m_reader;
    OpenWeb m_openWeb;
};

} // namespace Parallax
