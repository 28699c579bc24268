// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "sourcetext.h"

#include "textencoding.h"

#include <QStringDecoder>

#include <optional>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{
// A NUL byte never occurs in UTF-8 text that a person wrote, but in nearly every
// binary format within the first few kilobytes.
bool looksBinary(const QByteArray &bytes)
{
    return bytes.contains('\0');
}
} // namespace

// Empty, too large, binary without a byte-order mark that explains its NUL bytes: what
// no decoding can mend. A valid result means "go on".
SourceText SourceText::checkedBytes(const QByteArray &bytes, const QByteArray &byteOrderMark)
{
    SourceText result;
    if (bytes.isEmpty())
        result.m_error = u"is empty"_s;
    else if (bytes.size() > MaximumFileSize)
        result.m_error = tooLargeError(bytes.size());
    else if (byteOrderMark.isEmpty() && looksBinary(bytes))
        result.m_error = u"is a binary file, not text"_s;
    return result;
}

SourceText SourceText::decoded(const QByteArray &bytes, const QByteArray &encoding)
{
    SourceText result;
    std::optional<QString> text;
    if (encoding == "UTF-8") {
        // Stateless: a truncated multi-byte sequence at the end is an error, not held
        // back. An initial byte-order mark is skipped by default.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder.decode(bytes);
        if (decoder.hasError()) {
            const QByteArray lookalike = TextEncoding::detect(bytes);
            result.m_error = lookalike.isEmpty() || lookalike == "UTF-8"
                ? u"is not valid UTF-8 text (convert it to UTF-8 and import it again)"_s
                : u"is not valid UTF-8 text; it looks like %1 (convert it to UTF-8 and import it again)"_s.arg(QString::fromLatin1(lookalike));
            return result;
        }
    } else {
        text = TextEncoding::decode(bytes, encoding);
        if (!text) {
            result.m_error = u"is written in %1, an encoding Parallax cannot read"_s.arg(QString::fromLatin1(encoding));
            return result;
        }
    }
    return fromText(std::move(*text), encoding);
}

SourceText SourceText::fromText(QString text, const QByteArray &encoding)
{
    SourceText result;
    // A NUL in UTF-16 ("\xFF\xFE\0\0" is also UTF-32's mark) is as binary as in UTF-8.
    if (text.contains(QChar(0))) {
        result.m_error = u"is a binary file, not text"_s;
        return result;
    }
    if (text.trimmed().isEmpty()) {
        result.m_error = u"contains no text"_s;
        return result;
    }
    result.m_text = normalize(std::move(text));
    result.m_encoding = encoding;
    return result;
}

SourceText SourceText::decode(const QByteArray &bytes)
{
    const QByteArray marked = TextEncoding::byteOrderMark(bytes);
    if (SourceText checked = checkedBytes(bytes, marked); !checked.isValid())
        return checked;
    return decoded(bytes, marked.isEmpty() ? QByteArray("UTF-8") : marked);
}

SourceText SourceText::decodePage(const QByteArray &bytes)
{
    QByteArray encoding = TextEncoding::byteOrderMark(bytes);
    if (SourceText checked = checkedBytes(bytes, encoding); !checked.isValid())
        return checked;
    // Valid UTF-8 is UTF-8, whatever the page declares: saved pages keep the charset of
    // the server they came from ("gb2312") after being written out in UTF-8, and text in
    // a legacy encoding is almost never valid UTF-8 by chance.
    if (encoding.isEmpty()) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString asUtf8 = utf8.decode(bytes); // decoding happens on conversion
        if (!utf8.hasError())
            return fromText(std::move(asUtf8), "UTF-8");
    }
    if (encoding.isEmpty())
        encoding = TextEncoding::declaredInHtml(bytes);
    if (encoding.isEmpty())
        encoding = TextEncoding::detect(bytes);
    if (encoding.isEmpty())
        encoding = "windows-1252"; // what browsers fall back to for pages of the West
    return decoded(bytes, encoding);
}

QString SourceText::tooLargeError(qint64 size)
{
    constexpr qint64 mebibyte = 1024 * 1024;
    return u"is too large (%1 MiB; the limit is %2 MiB)"_s.arg((size + mebibyte - 1) / mebibyte).arg(MaximumFileSize / mebibyte);
}

QString SourceText::normalize(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text.normalized(QString::NormalizationForm_C);
}

} // namespace Parallax
