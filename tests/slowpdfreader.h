// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/import/importformats.h>

#include <QThread>

#include <atomic>
#include <chrono>
#include <thread>

namespace Parallax::Testing
{

/**
 * A PDF reader as slow as Poppler on a book: it takes DURATION over any file that
 * begins as a PDF (it does not look further), notes the thread it ran on, and gives an
 * article titled "A long report". formats() are core's with this reader for PDF.
 */
class SlowPdfReader
{
public:
    explicit SlowPdfReader(std::chrono::milliseconds duration)
    {
        m_formats.setReader(ImportFormats::Pdf, [this, duration](const QString &path, const QByteArray &) {
            m_thread = QThread::currentThread();
            std::this_thread::sleep_for(duration);
            Document document;
            document.path = path;
            document.metadata.title = QStringLiteral("A long report");
            document.text = QStringLiteral("Every page of a long report, read slowly.\n");
            return ImportResult::success(document);
        });
    }
    SlowPdfReader(const SlowPdfReader &) = delete;
    SlowPdfReader &operator=(const SlowPdfReader &) = delete;

    const ImportFormats &formats() const { return m_formats; }
    /// The thread the last file was read on; null before any.
    QThread *thread() const { return m_thread; }

private:
    ImportFormats m_formats;
    std::atomic<QThread *> m_thread = nullptr;
};

} // namespace Parallax::Testing
