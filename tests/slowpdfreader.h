// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/import/documentimporter.h>

#include <QThread>

#include <atomic>
#include <chrono>
#include <thread>

namespace Parallax::Testing
{

/**
 * A PDF reader as slow as Poppler on a book, installed for a test's length: it takes
 * DURATION over any file ending in .pdf (it does not look inside), notes the thread
 * it ran on, and gives an article titled "A long report".
 */
class SlowPdfReader
{
public:
    explicit SlowPdfReader(std::chrono::milliseconds duration)
    {
        DocumentImporter::setPdfReader([this, duration](const QString &path, const QByteArray &) {
            m_thread = QThread::currentThread();
            std::this_thread::sleep_for(duration);
            Document document;
            document.path = path;
            document.metadata.title = QStringLiteral("A long report");
            document.text = QStringLiteral("Every page of a long report, read slowly.\n");
            return ImportResult::success(document);
        });
    }
    ~SlowPdfReader() { DocumentImporter::setPdfReader({}); }
    SlowPdfReader(const SlowPdfReader &) = delete;
    SlowPdfReader &operator=(const SlowPdfReader &) = delete;

    /// The thread the last file was read on; null before any.
    QThread *thread() const { return m_thread; }

private:
    std::atomic<QThread *> m_thread = nullptr;
};

} // namespace Parallax::Testing
