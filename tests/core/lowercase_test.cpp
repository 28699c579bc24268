// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/text/lowercase.h>

#include <QList>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

TEST(LowerCased, givesWhatToLowerGives_forAsciiAndEveryOtherScript)
{
    const QList<QString> texts = {
        {},
        u"The Death Toll ROSE to 11, AP said @ 13:38 GMT [update]."_s,
        u"@[`{ AZ az 09 ~\u007f"_s, // the characters just outside A–Z and a–z
        u"İSTANBUL, Straße, ÉCOLE, ΣΟΦΙΑ, Ǆemal"_s, // special casings: a dotted capital I, final sigma, a title-case digraph
        u"Owen’s 𝐀 MATH capital, 😀 and \u00a0no-break"_s, // outside the BMP, and Latin-1
        u"ASCII until the very end: Ä"_s,
    };
    for (const QString &text : texts)
        EXPECT_EQ(lowerCased(text), text.toLower()) << qPrintable(text);
}

TEST(LowerCased, readsAViewInPlace_withoutTheRestOfItsText)
{
    const QString text = u"ABC DEF GHI"_s;
    EXPECT_EQ(lowerCased(QStringView(text).mid(4, 3)), u"def"_s);
}
