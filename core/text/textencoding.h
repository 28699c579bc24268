// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Parallax
{

/**
 * The character encodings of files that are not UTF-8, through ICU: its converters
 * decode every legacy encoding of the web (windows-1252, ISO-8859-x, Shift_JIS, EUC-KR,
 * GB18030, Big5 …), and its detector guesses which one a file uses from its bytes.
 */
namespace TextEncoding
{

/// The encoding a byte-order mark names ("UTF-8", "UTF-16LE", "UTF-16BE"), or empty.
QByteArray byteOrderMark(const QByteArray &bytes);
/// The charset a web page declares in its first 1024 bytes, as browsers look for it:
/// <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…">.
/// Labels that browsers read as another encoding are mapped as they do
/// ("iso-8859-1" and "us-ascii" are windows-1252, "gb2312" is GB18030). Empty if none.
QByteArray declaredInHtml(const QByteArray &bytes);
/// ICU's best guess at the encoding of BYTES (markup ignored), or empty when it has none.
QByteArray detect(const QByteArray &bytes);
/// BYTES decoded from ENCODING; nullopt when ICU does not know the encoding. Bytes that
/// the encoding does not define become U+FFFD, as in a browser.
std::optional<QString> decode(const QByteArray &bytes, const QByteArray &encoding);

} // namespace TextEncoding

} // namespace Parallax
