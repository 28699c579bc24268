// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/import/documentimporter.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Parallax
{

/// One kind of file a program reads: how it is recognised, and how it is read.
struct ImportFormat {
    using Reader = std::function<ImportResult(const QString &path, const QByteArray &bytes)>;

    QString name; ///< what a person calls it: "PDF", "Markdown"
    QStringList suffixes; ///< file name suffixes in lower case, without the dot
    QByteArray signature; ///< how a file of this format begins, whatever its name; may be empty
    Reader read; ///< empty for a format that is known but cannot be read here
};

/**
 * The formats a program reads, passed to whatever imports files. Markdown (with YAML
 * front matter), HTML and plain text are read by core itself. PDF needs Poppler,
 * which links Qt GUI: a program that wants it gives the format a reader
 * (PdfImport::importPdf), and until then a PDF is refused with a message that says so. Being handed in, the set of
 * formats is visible where files are read, instead of depending on a global hook that
 * a tool may forget to install.
 *
 * A file is read by the format whose signature it begins with, else by the format of
 * its suffix, else as plain text. Bad input (missing, unreadable, binary, empty, too
 * large, undecodable, broken front matter) gives a failure with a clear message.
 */
class ImportFormats final
{
public:
    /// The name of the format that core knows but cannot read by itself.
    static constexpr QLatin1StringView Pdf {"PDF"};

    /// Markdown, HTML and plain text; PDF known, and refused.
    ImportFormats();

    /// Reads files of the format named NAME with READER from now on (an empty one
    /// refuses them). False if there is no such format.
    bool setReader(QLatin1StringView name, ImportFormat::Reader reader);
    /// Whether PATH is, by its suffix, a file of one of the formats (even one that
    /// cannot be read here: it is better refused with that reason than left out).
    bool recognizes(const QString &path) const;

    ImportResult importFile(const QString &path) const;
    /// Reads BYTES as a file named NAME is read (by its signature, its suffix, or as
    /// text): for what did not come from a file, such as a page fetched from the web.
    ImportResult importBytes(const QString &name, const QByteArray &bytes) const;

    /// "*.md", "*.pdf" …: the names of the files that can be read, for file dialogs.
    QStringList filePatterns() const;

private:
    const ImportFormat &formatOf(const QString &path, const QByteArray &bytes) const;

    QList<ImportFormat> m_formats;
};

} // namespace Parallax
