// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "codepoints.h"

#include <algorithm>

namespace Parallax
{

CodePointMap::CodePointMap(const QString &text)
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate())
            m_lowSurrogates.append(i);
    }
}

qsizetype CodePointMap::toCodePoint(qsizetype utf16) const
{
    // Every low surrogate at or before UTF16 was the second half of one code point.
    const auto passed = std::upper_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16) - m_lowSurrogates.cbegin();
    return utf16 - passed;
}

qsizetype CodePointMap::toUtf16(qsizetype codePoint) const
{
    // The k-th low surrogate (0-based) sits at code point index position - k; find how
    // many of them lie before the code point, then add that many.
    qsizetype low = 0;
    qsizetype high = m_lowSurrogates.size();
    while (low < high) {
        const qsizetype middle = (low + high) / 2;
        if (m_lowSurrogates.at(middle) - middle <= codePoint)
            low = middle + 1;
        else
            high = middle;
    }
    return codePoint + low;
}

} // namespace Parallax
