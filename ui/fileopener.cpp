// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "fileopener.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{
// Most files are read before a dialog could be seen; only a slow one gets it.
constexpr int ProgressDelayMilliseconds = 400;
} // namespace

FileOpener::FileOpener(QWidget *window, const ImportFormats &formats)
    : QObject(window)
    , m_window(window)
    , m_formats(formats)
{
    connect(&m_reading, &QFutureWatcher<ImportResult>::finished, this, &FileOpener::takeResult);
}

FileOpener::~FileOpener()
{
    // A read still running finishes on its worker and is dropped: it holds nothing of ours.
    m_reading.disconnect(this);
    delete m_progress;
}

void FileOpener::open(const QStringList &paths, Each each, Done done)
{
    m_requests.push_back({paths, std::move(each), std::move(done)});
    if (!m_reading.isRunning())
        readNext();
}

void FileOpener::cancel()
{
    if (m_reading.isRunning())
        m_cancelling = true;
    std::deque<Request> cancelled;
    cancelled.swap(m_requests);
    for (const Request &request : cancelled)
        request.done(true);
    closeProgress();
}

void FileOpener::readNext()
{
    while (!m_requests.empty() && m_requests.front().next >= m_requests.front().paths.size())
        finishRequest(false);
    if (m_requests.empty()) {
        closeProgress();
        return;
    }
    const QString path = m_requests.front().paths.at(m_requests.front().next);
    m_reading.setFuture(QtConcurrent::run([formats = m_formats, path] {
        return formats.importFile(path);
    }));
    // Last: a modal dialog's setValue() handles events, and with them a new open() or Cancel.
    showProgress(path);
}

void FileOpener::takeResult()
{
    if (m_cancelling) {
        m_cancelling = false; // what was asked for after the cancel is read now
        readNext();
        return;
    }
    Request &request = m_requests.front();
    const QString path = request.paths.at(request.next++);
    request.each(path, m_reading.result());
    readNext();
}

void FileOpener::finishRequest(bool cancelled)
{
    const Request finished = std::move(m_requests.front());
    m_requests.pop_front();
    finished.done(cancelled);
}

void FileOpener::showProgress(const QString &path)
{
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setWindowTitle(tr("Open Articles"));
        m_progress->setWindowModality(Qt::WindowModal);
        m_progress->setMinimumDuration(ProgressDelayMilliseconds);
        m_progress->setAutoReset(false);
        m_progress->setAutoClose(false);
        connect(m_progress, &QProgressDialog::canceled, this, &FileOpener::cancel);
        // Escape rejects the dialog, which a progress dialog does not count as Cancel.
        connect(m_progress, &QDialog::rejected, this, &FileOpener::cancel);
    }
    qsizetype total = 0;
    qsizetype done = 0;
    for (const Request &request : m_requests) {
        total += request.paths.size();
        done += request.next;
    }
    m_progress->setLabelText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    // One file cannot say how far it has come: the bar then only shows that work goes on.
    m_progress->setRange(0, total > 1 ? int(total) : 0);
    m_progress->setValue(int(done));
}

void FileOpener::closeProgress()
{
    // Cancel is one of the dialog's own signals: it must not be deleted under itself.
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
}

} // namespace Parallax
