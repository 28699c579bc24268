// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/text/sourcetext.h>
#include <core/text/textencoding.h>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

// Real sentences in the legacy encodings of their languages (written with Python's codecs).
const QString French = u"Le café de la gare a rouvert ses portes à Noël : « une réussite », disent les élèves. Le maire, très ému, a salué l’équipe."_s;
const QByteArray FrenchInWindows1252
    = QByteArray::fromHex("4c6520636166e9206465206c612067617265206120726f75766572742073657320706f7274657320e0204e6feb6c203a20ab"
                          "20756e652072e975737369746520bb2c20646973656e74206c657320e96ce87665732e204c65206d616972652c207472e873"
                          "20e96d752c20612073616c75e9206c92e971756970652e");
const QString Japanese = u"東京で大きな地震があり、多くの建物が壊れました。政府は被害の状況を調べています。住民は避難所に集まり、夜を過ごしました。"_s;
const QByteArray JapaneseInShiftJis = QByteArray::fromHex("938c8b9e82c591e582ab82c8926e906b82aa82a082e8814191bd82ad82cc8c9a95a882aa89f382ea82dc82b582bd814290ad"
                                                          "957b82cd94ed8a5182cc8ff38bb582f092b282d782c482a282dc82b781428f5a96af82cd94f093ef8f8a82c98f5782dc82e8"
                                                          "814196e982f089df82b282b582dc82b582bd8142");
const QString Chinese = u"北京市政府今天宣布，将在明年增加对公共交通的投资。官员表示，这项计划将改善城市的空气质量，并减少交通拥堵。"_s;
const QByteArray ChineseInGb18030 = QByteArray::fromHex("b1b1bea9cad0d5feb8aebdf1ccecd0fbb2bca3acbdabd4dac3f7c4ead4f6bcd3b6d4b9abb9b2bdbbcda8b5c4cdb6d7caa1a3"
                                                        "b9d9d4b1b1edcabea3acd5e2cfeebcc6bbaebdabb8c4c9c6b3c7cad0b5c4bfd5c6f8d6cac1bfa3acb2a2bcf5c9d9bdbbcda8"
                                                        "d3b5b6c2a1a3");
const QString Russian
    = u"В понедельник в Москве прошла пресс-конференция министра, который рассказал о новых планах правительства по развитию транспорта и строительству дорог."_s;
const QByteArray RussianInWindows1251
    = QByteArray::fromHex("c220efeeede5e4e5ebfcede8ea20e220cceef1eae2e520eff0eef8ebe020eff0e5f1f12deaeeedf4e5f0e5edf6e8ff20ece8"
                          "ede8f1f2f0e02c20eaeef2eef0fbe920f0e0f1f1eae0e7e0eb20ee20edeee2fbf520efebe0ede0f520eff0e0e2e8f2e5ebfc"
                          "f1f2e2e020efee20f0e0e7e2e8f2e8fe20f2f0e0edf1efeef0f2e020e820f1f2f0eee8f2e5ebfcf1f2e2f320e4eef0eee32e");

QByteArray page(const QByteArray &head, const QByteArray &paragraph)
{
    return "<!DOCTYPE html><html><head>" + head + "<title>T</title></head><body><p>" + paragraph + "</p><p>" + paragraph + "</p></body></html>";
}

} // namespace

TEST(TextEncoding, aPageNotInUtf8_isReadInTheCharsetItDeclares_asBrowsersReadTheLabel)
{
    const SourceText french = SourceText::decodePage(page("<meta charset=\"windows-1252\">", FrenchInWindows1252));
    ASSERT_TRUE(french.isValid()) << qPrintable(french.error());
    EXPECT_TRUE(french.text().contains(French)) << qPrintable(french.text());
    EXPECT_EQ(french.encoding(), "windows-1252");

    // "ISO-8859-1" in the old http-equiv form: browsers read windows-1252, whose curly
    // quote (0x92) Latin-1 does not have.
    const SourceText latin1 = SourceText::decodePage(page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", FrenchInWindows1252));
    ASSERT_TRUE(latin1.isValid()) << qPrintable(latin1.error());
    EXPECT_TRUE(latin1.text().contains(u"salué l’équipe"_s)) << qPrintable(latin1.text());

    const SourceText chinese = SourceText::decodePage(page("<meta charset='gb2312'>", ChineseInGb18030));
    ASSERT_TRUE(chinese.isValid()) << qPrintable(chinese.error());
    EXPECT_TRUE(chinese.text().contains(Chinese));

    // A page saved as UTF-8 that still declares its server's charset is read as UTF-8.
    const SourceText resaved = SourceText::decodePage(page("<meta charset=\"gb2312\">", Chinese.toUtf8()));
    ASSERT_TRUE(resaved.isValid()) << qPrintable(resaved.error());
    EXPECT_TRUE(resaved.text().contains(Chinese));

    // A charset nobody knows is said so, not guessed past.
    const SourceText unknown = SourceText::decodePage(page("<meta charset=\"x-no-such-charset\">", "caf\xE9"));
    EXPECT_FALSE(unknown.isValid());
    EXPECT_TRUE(unknown.error().contains(u"x-no-such-charset"_s)) << qPrintable(unknown.error());
}

TEST(TextEncoding, aPageThatDeclaresNothing_isUtf8IfItCanBe_elseWhatTheDetectorFinds)
{
    const SourceText utf8 = SourceText::decodePage(page({}, French.toUtf8()));
    ASSERT_TRUE(utf8.isValid());
    EXPECT_EQ(utf8.encoding(), "UTF-8");
    EXPECT_TRUE(utf8.text().contains(French));

    const SourceText japanese = SourceText::decodePage(page({}, JapaneseInShiftJis));
    ASSERT_TRUE(japanese.isValid()) << qPrintable(japanese.error()) << japanese.encoding().constData();
    EXPECT_EQ(japanese.encoding(), "Shift_JIS");
    EXPECT_TRUE(japanese.text().contains(Japanese)) << qPrintable(japanese.text());

    const SourceText russian = SourceText::decodePage(page({}, RussianInWindows1251));
    ASSERT_TRUE(russian.isValid()) << qPrintable(russian.error());
    EXPECT_TRUE(russian.text().contains(Russian)) << qPrintable(russian.text());

    // A byte-order mark outranks everything, even a declaration.
    const QString utf16Page = u"<html><head><meta charset=\"windows-1252\"></head><body><p>Café 東京</p></body></html>"_s;
    QByteArray utf16Bytes("\xFF\xFE", 2);
    utf16Bytes.append(reinterpret_cast<const char *>(utf16Page.utf16()), utf16Page.size() * 2);
    const SourceText utf16 = SourceText::decodePage(utf16Bytes);
    ASSERT_TRUE(utf16.isValid()) << qPrintable(utf16.error());
    EXPECT_EQ(utf16.encoding(), "UTF-16LE");
    EXPECT_TRUE(utf16.text().contains(u"Café 東京"_s)) << qPrintable(utf16.text());
}

TEST(TextEncoding, aTextFile_keepsTheUtf8Rule_butSaysWhatItLooksLike)
{
    const SourceText russian = SourceText::decode(RussianInWindows1251);
    EXPECT_FALSE(russian.isValid());
    EXPECT_TRUE(russian.error().startsWith(u"is not valid UTF-8 text; it looks like windows-1251"_s)) << qPrintable(russian.error());

    const SourceText japanese = SourceText::decode(JapaneseInShiftJis);
    EXPECT_FALSE(japanese.isValid());
    EXPECT_TRUE(japanese.error().contains(u"Shift_JIS"_s)) << qPrintable(japanese.error());

    // With a byte-order mark, UTF-16 is no guess.
    QByteArray utf16("\xFF\xFE", 2);
    const QString text = u"Café au lait."_s;
    utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const SourceText marked = SourceText::decode(utf16);
    ASSERT_TRUE(marked.isValid()) << qPrintable(marked.error());
    EXPECT_EQ(marked.text(), text);
}
