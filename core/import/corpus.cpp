// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "corpus.h"

#include "importformats.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Parallax
{

Corpus Corpus::load(const QString &directory)
{
    Corpus corpus;
    corpus.m_directory = directory;
    const QDir dir(directory);
    if (!dir.exists()) {
        corpus.m_errors.append(u"The corpus folder %1 does not exist"_s.arg(QDir::toNativeSeparators(directory)));
        return corpus;
    }
    const QFileInfoList files = dir.entryInfoList({u"*.md"_s, u"*.markdown"_s}, QDir::Files | QDir::Readable, QDir::Name);
    // The corpus is Markdown, which core reads by itself.
    const ImportFormats formats;
    for (const QFileInfo &file : files) {
        const ImportResult result = formats.importFile(file.absoluteFilePath());
        if (result.has_value())
            corpus.m_documents.append(result->document);
        else
            corpus.m_errors.append(result.error().message);
    }
    return corpus;
}

QString Corpus::locateBundled(const QString &applicationDir)
{
    const QString candidate = QDir(applicationDir).absoluteFilePath(QStringLiteral(PARALLAX_CORPUS_FROM_BINDIR));
    return QFileInfo(candidate).isDir() ? QDir::cleanPath(candidate) : QString();
}

} // namespace Parallax
