// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "importformats.h"

#include <core/text/sourcetext.h>

#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

const auto PlainTextName = u"Plain text"_s;

ImportFormat markdown()
{
    return {u"Markdown"_s, {u"md"_s, u"markdown"_s}, {}, [](const QString &path, const QByteArray &bytes) {
                const SourceText source = SourceText::decode(bytes);
                return source.isValid() ? DocumentImporter::importMarkdown(path, source.text()) : ImportResult::failure(path, source.error());
            }};
}

// A page names its encoding, or has it found: unlike a text file, it need not be UTF-8.
ImportFormat html()
{
    return {u"HTML"_s, {u"html"_s, u"htm"_s, u"xhtml"_s}, {}, [](const QString &path, const QByteArray &bytes) {
                const SourceText source = SourceText::decodePage(bytes);
                return source.isValid() ? DocumentImporter::importHtml(path, source.text()) : ImportResult::failure(path, source.error());
            }};
}

ImportFormat plainText()
{
    return {PlainTextName, {u"txt"_s, u"text"_s}, {}, [](const QString &path, const QByteArray &bytes) {
                const SourceText source = SourceText::decode(bytes);
                return source.isValid() ? DocumentImporter::importPlainText(path, source.text()) : ImportResult::failure(path, source.error());
            }};
}

} // namespace

ImportFormats::ImportFormats()
    : m_formats {markdown(), html(), {Pdf, {u"pdf"_s}, "%PDF-", {}}, plainText()}
{
}

bool ImportFormats::setReader(QLatin1StringView name, ImportFormat::Reader reader)
{
    for (ImportFormat &format : m_formats) {
        if (format.name == name) {
            format.read = std::move(reader);
            return true;
        }
    }
    return false;
}

const ImportFormat &ImportFormats::formatOf(const QString &path, const QByteArray &bytes) const
{
    for (const ImportFormat &format : m_formats) {
        if (!format.signature.isEmpty() && bytes.startsWith(format.signature))
            return format;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const ImportFormat &format : m_formats) {
        if (format.suffixes.contains(suffix))
            return format;
    }
    // Anything else is read as text: notes saved as ".text", files without a suffix. A
    // binary file is refused by the text's decoding.
    for (const ImportFormat &format : m_formats) {
        if (format.name == PlainTextName)
            return format;
    }
    return m_formats.constFirst();
}

ImportResult ImportFormats::importFile(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return ImportResult::failure(path, u"does not exist"_s);
    if (info.isDir())
        return ImportResult::failure(path, u"is a folder, not a file"_s);
    // Checked before reading, so that a huge file is refused without loading it.
    if (info.size() > SourceText::MaximumFileSize)
        return ImportResult::failure(path, SourceText::tooLargeError(info.size()));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImportResult::failure(path, u"cannot be read (%1)"_s.arg(file.errorString()));
    return importBytes(path, file.readAll());
}

ImportResult ImportFormats::importBytes(const QString &name, const QByteArray &bytes) const
{
    if (bytes.size() > SourceText::MaximumFileSize)
        return ImportResult::failure(name, SourceText::tooLargeError(bytes.size()));
    const ImportFormat &format = formatOf(name, bytes);
    if (!format.read)
        return ImportResult::failure(name, u"is a %1 file, and this build of Parallax cannot read %1"_s.arg(format.name));
    return format.read(name, bytes);
}

bool ImportFormats::recognizes(const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return std::any_of(m_formats.cbegin(), m_formats.cend(), [&suffix](const ImportFormat &format) {
        return format.suffixes.contains(suffix);
    });
}

QStringList ImportFormats::filePatterns() const
{
    QStringList patterns;
    for (const ImportFormat &format : m_formats) {
        if (format.read) {
            for (const QString &suffix : format.suffixes)
                patterns << u"*."_s + suffix;
        }
    }
    return patterns;
}

} // namespace Parallax
