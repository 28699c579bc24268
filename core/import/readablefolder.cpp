// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "readablefolder.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Parallax
{

ReadableFolder::ReadableFolder(const QString &folder)
    : m_root(folder.isEmpty() ? QString() : QFileInfo(folder).canonicalFilePath())
{
    if (!m_root.isEmpty() && !QFileInfo(m_root).isDir())
        m_root.clear();
}

QString ReadableFolder::localPath(const QString &reference, const QString &base)
{
    if (reference.isEmpty())
        return {};
    const QUrl url(reference);
    QString path;
    if (url.isLocalFile())
        path = url.toLocalFile();
    else if (url.scheme().isEmpty() || QDir::isAbsolutePath(reference))
        path = QUrl::fromPercentEncoding(reference.toUtf8()); // "texts/a.md", "../a.md"
    else
        return {}; // urn:, http:, qdpx:… name no file here
    if (QDir::isRelativePath(path))
        path = QDir(base.isEmpty() ? QDir::currentPath() : base).filePath(path);
    return QDir::cleanPath(path);
}

std::optional<QString> ReadableFolder::resolve(const QString &reference) const
{
    if (m_root.isEmpty())
        return std::nullopt;
    const QString path = localPath(reference, m_root);
    if (path.isEmpty() || !contains(path))
        return std::nullopt;
    return QFileInfo(path).canonicalFilePath();
}

bool ReadableFolder::contains(const QString &path) const
{
    if (m_root.isEmpty())
        return false;
    // canonicalFilePath() resolves every link and "..", and is empty for what does
    // not exist, so a dangling link or a made-up path is never inside.
    const QFileInfo file(path);
    const QString resolved = file.canonicalFilePath();
    if (resolved.isEmpty() || !QFileInfo(resolved).isFile())
        return false;
    const QString root = m_root.endsWith(u'/') ? m_root : m_root + u'/';
    return resolved.startsWith(root);
}

} // namespace Parallax
