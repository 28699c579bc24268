// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QProcess>
#include <QString>

namespace Parallax::Testing
{

/**
 * A TCP proxy on 127.0.0.1 to a server (tests/tools/tcp-proxy.py): the network between a
 * test's client and its server, which the test can cut (every connection closes at once)
 * and restore on the same port. Needs PARALLAX_PYTHON and TCP_PROXY defined.
 */
class TcpProxy
{
public:
    TcpProxy(const QString &host, int port)
        : m_host(host)
        , m_targetPort(port)
    {
        start(0);
    }
    ~TcpProxy() { stop(); }
    TcpProxy(const TcpProxy &) = delete;
    TcpProxy &operator=(const TcpProxy &) = delete;

    /// The port clients connect to; 0 when the proxy did not start.
    int port() const { return m_port; }

    /// Cuts the network: every connection through the proxy closes, and none is taken.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    /// Restores the network, on the same port.
    bool restart()
    {
        stop();
        start(m_port);
        return m_process.state() == QProcess::Running;
    }

private:
    void start(int listenPort)
    {
        m_process.setProgram(QStringLiteral(PARALLAX_PYTHON));
        m_process.setArguments({QStringLiteral(TCP_PROXY), m_host, QString::number(m_targetPort), QString::number(listenPort)});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (m_process.waitForStarted(10000) && m_process.waitForReadyRead(10000))
            m_port = m_process.readLine().trimmed().toInt();
    }

    QString m_host;
    int m_targetPort;
    int m_port = 0;
    QProcess m_process;
};

} // namespace Parallax::Testing
