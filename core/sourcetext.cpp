// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "sourcetext.h"

#include <QStringDecoder>

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

SourceText SourceText::decode(const QByteArray &bytes)
{
    SourceText result;
    if (bytes.isEmpty()) {
        result.m_error = u"is empty"_s;
        return result;
    }
    if (bytes.size() > MaximumFileSize) {
        result.m_error = tooLargeError(bytes.size());
        return result;
    }
    if (looksBinary(bytes)) {
        result.m_error = u"is a binary file, not text"_s;
        return result;
    }
    // Stateless: a truncated multi-byte sequence at the end is an error, not held back.
    // An initial byte-order mark is skipped by default.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        result.m_error = u"is not valid UTF-8 text (convert it to UTF-8 and import it again)"_s;
        return result;
    }
    if (text.trimmed().isEmpty()) {
        result.m_error = u"contains no text"_s;
        return result;
    }
    result.m_text = normalize(std::move(text));
    return result;
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
