// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/text/sourcetext.h>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

TEST(SourceText, decodeUtf8_keepsTextAndCharactersOutsideTheBmp)
{
    const SourceText source = SourceText::decode("Ten nations \xF0\x9F\x8C\x8D agree.\n");
    ASSERT_TRUE(source.isValid()) << qPrintable(source.error());
    EXPECT_EQ(source.text(), u"Ten nations 🌍 agree.\n"_s);
    EXPECT_EQ(source.text().size(), 22); // the globe is a surrogate pair in UTF-16
}

TEST(SourceText, decode_normalizesLineEndingsToNewline)
{
    const SourceText source = SourceText::decode("one\r\ntwo\rthree\n");
    ASSERT_TRUE(source.isValid());
    EXPECT_EQ(source.text(), u"one\ntwo\nthree\n"_s);
}

TEST(SourceText, decode_normalizesToNfc)
{
    // "é" as e + combining acute accent becomes the single precomposed character.
    const SourceText source = SourceText::decode("caf\x65\xCC\x81");
    ASSERT_TRUE(source.isValid());
    EXPECT_EQ(source.text(), u"caf\u00e9"_s);
}

TEST(SourceText, decode_dropsByteOrderMark)
{
    const SourceText source = SourceText::decode("\xEF\xBB\xBFHeadline");
    ASSERT_TRUE(source.isValid());
    EXPECT_EQ(source.text(), u"Headline"_s);
}

TEST(SourceText, decodeEmpty_isAnError)
{
    const SourceText source = SourceText::decode({});
    EXPECT_FALSE(source.isValid());
    EXPECT_EQ(source.error(), u"is empty"_s);
}

TEST(SourceText, decodeWhitespaceOnly_isAnError)
{
    const SourceText source = SourceText::decode(" \n\t\r\n");
    EXPECT_FALSE(source.isValid());
    EXPECT_EQ(source.error(), u"contains no text"_s);
}

TEST(SourceText, decodeInvalidUtf8_isAnError)
{
    for (const QByteArray &bytes : {QByteArray("caf\xE9"), QByteArray("\xC3\x28 broken"), QByteArray("cut \xE2\x82"), QByteArray("\xED\xA0\x80 surrogate")}) {
        SCOPED_TRACE(bytes.toHex().constData());
        const SourceText source = SourceText::decode(bytes);
        EXPECT_FALSE(source.isValid());
        EXPECT_TRUE(source.error().startsWith(u"is not valid UTF-8 text"_s)) << qPrintable(source.error());
    }
}

TEST(SourceText, decodeBinary_isAnError)
{
    const SourceText source = SourceText::decode(QByteArray("%PDF-1.7\n\0\0\x01\x02", 13));
    EXPECT_FALSE(source.isValid());
    EXPECT_EQ(source.error(), u"is a binary file, not text"_s);
}

TEST(SourceText, tooLargeError_namesSizeAndLimit)
{
    EXPECT_EQ(SourceText::tooLargeError(SourceText::MaximumFileSize + 1), u"is too large (65 MiB; the limit is 64 MiB)"_s);
}
