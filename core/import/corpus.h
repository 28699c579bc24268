// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/document.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace Parallax
{

/**
 * A folder of articles as Markdown files with front matter (title, outlet, date),
 * read in file-name order. The bundled sample corpus is one.
 */
class Corpus final
{
public:
    /// Imports every Markdown file in DIRECTORY. Files that cannot be
    /// imported are skipped and named in errors(); the rest still load.
    static Corpus load(const QString &directory);

    /// The bundled corpus for an executable in APPLICATION_DIR: "<prefix>/bin" finds
    /// "<prefix>/share/parallax/corpus", in the build tree as in an installed tree.
    /// Returns an empty string when there is none.
    static QString locateBundled(const QString &applicationDir);

    const QString &directory() const { return m_directory; }
    const QList<Document> &documents() const { return m_documents; }
    const QStringList &errors() const { return m_errors; }

private:
    QString m_directory;
    QList<Document> m_documents;
    QStringList m_errors;
};

} // namespace Parallax
