// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <optional>

/**
 * The web server of the tests that fetch pages: tests/tools/page-server.py (Python's
 * http.server) on 127.0.0.1, at a port the system picks; it stops with this object.
 * Needs PARALLAX_PYTHON and PAGE_SERVER defined by the test's CMakeLists.
 */
class PageServer
{
public:
    PageServer()
    {
        m_process.setProgram(QStringLiteral(PARALLAX_PYTHON));
        m_process.setArguments({QStringLiteral(PAGE_SERVER)});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (m_process.waitForStarted(10000) && m_process.waitForReadyRead(10000))
            m_port = m_process.readLine().trimmed().toInt();
    }
    ~PageServer()
    {
        m_process.closeWriteChannel(); // the server stops when its stdin closes
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    PageServer(const PageServer &) = delete;
    PageServer &operator=(const PageServer &) = delete;

    bool isRunning() const { return m_port > 0; }
    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }

    /// Makes VERSION (1, 2 or 3) of the story the one /story serves, as an editor would.
    bool setVersion(int version) const { return get(QStringLiteral("/set-version?n=%1").arg(version)).has_value(); }

    /// What the server answers at PATH (a control or a statistic), fetched by Python
    /// itself: nothing of Parallax's own fetching is in the way.
    std::optional<QByteArray> get(const QString &path) const
    {
        QProcess request;
        request.start(QStringLiteral(PARALLAX_PYTHON),
            {QStringLiteral("-c"),
                QStringLiteral("import sys, urllib.request; sys.stdout.buffer.write(urllib.request.urlopen(sys.argv[1]).read())"),
                url(path).toString(QUrl::FullyEncoded)});
        if (!request.waitForFinished(10000) || request.exitStatus() != QProcess::NormalExit || request.exitCode() != 0)
            return std::nullopt;
        return request.readAllStandardOutput();
    }

private:
    QProcess m_process;
    int m_port = 0;
};
