// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "textencoding.h"

#include <QHash>
#include <QRegularExpression>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Parallax::TextEncoding
{

namespace
{

struct DetectorCloser {
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};

struct ConverterCloser {
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};

// What browsers make of some labels (the WHATWG Encoding Standard): pages that say
// Latin-1 or ASCII are written in windows-1252, and GB2312 pages in its supersets.
QByteArray asBrowsersRead(QByteArray label)
{
    label = label.trimmed();
    static const QHash<QByteArray, QByteArray> aliases = {
        {"iso-8859-1", "windows-1252"},
        {"iso8859-1", "windows-1252"},
        {"latin1", "windows-1252"},
        {"l1", "windows-1252"},
        {"us-ascii", "windows-1252"},
        {"ascii", "windows-1252"},
        {"iso-8859-9", "windows-1254"},
        {"gb2312", "GB18030"},
        {"gbk", "GB18030"},
        {"x-gbk", "GB18030"},
        {"x-sjis", "Shift_JIS"},
    };
    return aliases.value(label.toLower(), label);
}

} // namespace

QByteArray byteOrderMark(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return "UTF-8";
    if (bytes.startsWith("\xFF\xFE"))
        return "UTF-16LE";
    if (bytes.startsWith("\xFE\xFF"))
        return "UTF-16BE";
    return {};
}

QByteArray declaredInHtml(const QByteArray &bytes)
{
    // The prescan of the HTML standard reads the first 1024 bytes; a regular expression
    // over them finds the same two forms in practice.
    static const QRegularExpression meta(uR"(<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+))"_s, QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.left(1024));
    const QRegularExpressionMatch match = meta.match(head);
    if (!match.hasMatch())
        return {};
    const QByteArray label = asBrowsersRead(match.captured(1).toLatin1());
    // A page saved as UTF-16 cannot declare it in bytes read as ASCII: the declaration
    // is the browser's, not the file's.
    return label.startsWith("utf-16") ? QByteArray("UTF-8") : label;
}

QByteArray detect(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UCharsetDetector, DetectorCloser> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return {};
    ucsdet_enableInputFilter(detector.get(), true); // markup says nothing of the language
    ucsdet_setText(detector.get(), bytes.constData(), int32_t(std::min<qsizetype>(bytes.size(), 1 << 20)), &status);
    const UCharsetMatch *match = ucsdet_detect(detector.get(), &status);
    if (U_FAILURE(status) || !match)
        return {};
    const char *name = ucsdet_getName(match, &status);
    return U_FAILURE(status) || !name ? QByteArray() : asBrowsersRead(QByteArray(name));
}

std::optional<QString> decode(const QByteArray &bytes, const QByteArray &encoding)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(encoding.constData(), &status));
    if (U_FAILURE(status))
        return std::nullopt;
    // Measured first, so that the text takes the memory it needs and no more.
    const int32_t length = ucnv_toUChars(converter.get(), nullptr, 0, bytes.constData(), int32_t(bytes.size()), &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status))
        return std::nullopt;
    status = U_ZERO_ERROR;
    ucnv_reset(converter.get());
    QString text(length, Qt::Uninitialized);
    ucnv_toUChars(converter.get(), reinterpret_cast<UChar *>(text.data()), length, bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // the byte-order mark is no text
    return text;
}

} // namespace Parallax::TextEncoding
