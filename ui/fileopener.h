// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/import/importformats.h>

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <deque>
#include <functional>

class QProgressDialog;
class QWidget;

namespace Parallax
{

/**
 * Reads files into documents on a worker thread, one after another, so that a saved
 * page of fifty megabytes neither freezes the window nor keeps the user from
 * cancelling. Past a moment's work a progress dialog names the file being read and
 * offers Cancel; a cancelled read finishes unseen and its result is dropped.
 *
 * Each call of open() is a request of its own: its callbacks run on the GUI thread,
 * in the order of the files, and a later request waits for the earlier ones.
 */
class FileOpener final : public QObject
{
    Q_OBJECT

public:
    using Each = std::function<void(const QString &path, const ImportResult &result)>;
    /// CANCELLED: the user stopped the reading before every file was read.
    using Done = std::function<void(bool cancelled)>;

    /// WINDOW: where the progress dialog is shown; the callbacks are dropped with it.
    /// FORMATS: what files are read as.
    FileOpener(QWidget *window, const ImportFormats &formats);
    ~FileOpener() override;

    void open(const QStringList &paths, Each each, Done done);
    /// Whether files are being read or wait to be.
    bool isBusy() const { return !m_requests.empty(); }
    void cancel();

private:
    struct Request {
        QStringList paths;
        Each each;
        Done done;
        qsizetype next = 0;
    };

    void readNext();
    void takeResult();
    void finishRequest(bool cancelled);
    void showProgress(const QString &path);
    void closeProgress();

    QWidget *m_window;
    const ImportFormats m_formats;
    std::deque<Request> m_requests;
    QFutureWatcher<ImportResult> m_reading;
    QPointer<QProgressDialog> m_progress;
    bool m_cancelling = false;
};

} // namespace Parallax
