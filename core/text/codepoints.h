// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QList>
#include <QString>

namespace Parallax
{

/**
 * Converts between QString (UTF-16) positions, which Parallax uses inside, and Unicode
 * code point positions, which every external format uses (the compare JSON, W3C Web
 * Annotation, REFI-QDA). This is the one place where that conversion happens.
 *
 * The text is scanned once for surrogate pairs; conversions are then a binary search,
 * so that converting every offset of a long document stays cheap.
 */
class CodePointMap final
{
public:
    explicit CodePointMap(const QString &text);

    /// The code point index of UTF-16 position UTF16 (0 ≤ UTF16 ≤ size; a position
    /// inside a surrogate pair maps to the pair's code point).
    qsizetype toCodePoint(qsizetype utf16) const;
    /// The UTF-16 position of code point index CODE_POINT.
    qsizetype toUtf16(qsizetype codePoint) const;

private:
    // UTF-16 positions of the low surrogates, in ascending order. Each one makes every
    // later UTF-16 position one more than its code point index.
    QList<qsizetype> m_lowSurrogates;
};

} // namespace Parallax
