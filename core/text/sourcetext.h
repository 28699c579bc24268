// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QByteArray>
#include <QString>

namespace Parallax
{

/**
 * Turns the bytes of a source file into the text that Parallax works on, or says in
 * one sentence why it cannot. Every importer goes through here, so that all formats
 * reject the same bad input in the same words and normalize text the same way.
 */
class SourceText final
{
public:
    /// Files larger than this are refused: they are not articles, and reading them
    /// whole would make the program unresponsive.
    static constexpr qint64 MaximumFileSize = 64 * 1024 * 1024;

    /// Decodes UTF-8, or UTF-16 with a byte-order mark (the mark is dropped); rejects
    /// binary data and invalid UTF-8, naming the encoding the bytes look like; then
    /// normalizes to NFC with '\n' line endings. A text file says nothing of its
    /// encoding, so none is guessed.
    static SourceText decode(const QByteArray &bytes);
    /// Decodes a web page: by its byte-order mark, else as UTF-8 if it is valid UTF-8
    /// (saved pages often keep a charset declaration that no longer holds), else in the
    /// charset its <meta> declares, else in the encoding ICU's detector finds
    /// (windows-1252, Shift_JIS, GB18030 …).
    static SourceText decodePage(const QByteArray &bytes);

    /// NFC and '\n' line endings, nothing else: the one normalization Parallax applies.
    static QString normalize(QString text);

    /// The reason given for a file of SIZE bytes over MaximumFileSize.
    static QString tooLargeError(qint64 size);

    bool isValid() const { return m_error.isEmpty(); }
    const QString &text() const { return m_text; }
    /// A reason fit to show a user, e.g. "is not valid UTF-8 text"; empty when valid.
    const QString &error() const { return m_error; }
    /// The encoding the text was decoded from: "UTF-8", "windows-1252" …
    const QByteArray &encoding() const { return m_encoding; }

private:
    static SourceText decoded(const QByteArray &bytes, const QByteArray &encoding);
    /// TEXT, decoded from ENCODING, checked for binary data and emptiness, normalized.
    static SourceText fromText(QString text, const QByteArray &encoding);
    static SourceText checkedBytes(const QByteArray &bytes, const QByteArray &byteOrderMark);

    QString m_text;
    QString m_error;
    QByteArray m_encoding;
};

} // namespace Parallax
