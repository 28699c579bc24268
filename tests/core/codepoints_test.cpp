// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/text/codepoints.h>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

TEST(CodePointMap, bmpText_positionsAreEqual)
{
    const CodePointMap map(u"plain text é"_s);
    for (qsizetype i = 0; i <= 12; ++i) {
        EXPECT_EQ(map.toCodePoint(i), i);
        EXPECT_EQ(map.toUtf16(i), i);
    }
}

TEST(CodePointMap, surrogatePairs_countAsOneCodePoint)
{
    const QString text = u"a😀b🌍🌍c"_s; // UTF-16: a, pair, b, pair, pair, c
    const CodePointMap map(text);
    const qsizetype expectedCodePoints[] = {0, 1, 1, 2, 3, 3, 4, 4, 5, 6};
    for (qsizetype utf16 = 0; utf16 <= text.size(); ++utf16)
        EXPECT_EQ(map.toCodePoint(utf16), expectedCodePoints[utf16]) << utf16;
    const qsizetype expectedUtf16[] = {0, 1, 3, 4, 6, 8, 9};
    for (qsizetype codePoint = 0; codePoint <= 6; ++codePoint)
        EXPECT_EQ(map.toUtf16(codePoint), expectedUtf16[codePoint]) << codePoint;
    EXPECT_EQ(text.toUcs4().size(), 6);
}
