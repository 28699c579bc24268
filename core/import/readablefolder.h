// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QString>

#include <optional>

namespace Parallax
{

/**
 * The one folder under which an importer may read the files that imported data refers
 * to: the folder the user chose, or the folder of the annotation file the user chose.
 *
 * A reference — a `file://` IRI, an absolute path, or a path relative to the folder —
 * is followed only when, with every symbolic link and `..` resolved, it names an
 * existing file inside the folder. Anything else (`/etc/passwd`, `../../x`, a link in
 * the folder pointing out of it, `%2E%2E` in an IRI) is not read at all.
 */
class ReadableFolder final
{
public:
    /// FOLDER must exist; an empty or missing one contains nothing.
    explicit ReadableFolder(const QString &folder);

    /// The folder with its links resolved; empty when it does not exist.
    const QString &path() const { return m_root; }

    /// The resolved path of the existing file REFERENCE names, when it lies inside.
    std::optional<QString> resolve(const QString &reference) const;
    /// Whether the existing file at PATH, links resolved, lies inside.
    bool contains(const QString &path) const;

    /// The local path REFERENCE names, resolved against BASE when relative, without
    /// looking at the disk; empty for an IRI of another scheme (urn:, http:…).
    static QString localPath(const QString &reference, const QString &base = {});

private:
    QString m_root;
};

} // namespace Parallax
