// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/import/corpus.h>
#include <core/text/editdistance.h>
#include <core/text/textanchor.h>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

const QString Text = u"Russia ranks 31st out of 83 countries in the index. The agency said so on Tuesday. "
                     "Sberbank leads with GigaChat, a model trained at home."_s;

TextAnchor anchorOf(const QString &text, const QString &passage)
{
    const qsizetype start = text.indexOf(passage);
    EXPECT_GE(start, 0);
    return TextAnchor::capture(text, {start, start + passage.size()});
}

} // namespace

TEST(EditDistance, countsInsertionsDeletionsAndSubstitutions)
{
    EXPECT_EQ(editDistance(u"Hefner", u"Hefner"), 0);
    EXPECT_EQ(editDistance(u"Hefner", u"Heffner"), 1) << "one letter more";
    EXPECT_EQ(editDistance(u"Gurbanguly", u"Kurbanguly"), 1) << "one letter replaced";
    EXPECT_EQ(editDistance(u"Stevens", u"Stevenson"), 2);
    EXPECT_EQ(editDistance(u"kitten", u"sitting"), 3);
    EXPECT_EQ(editDistance(u"", u"abc"), 3);
    EXPECT_EQ(editDistance(u"abc", u""), 3);
}

TEST(TextAnchor, capture_keepsTheQuoteAndUpTo32CharactersAroundIt)
{
    const TextAnchor anchor = anchorOf(Text, u"31st out of 83"_s);
    EXPECT_EQ(anchor.exact, u"31st out of 83"_s);
    EXPECT_EQ(anchor.prefix, u"Russia ranks "_s);
    EXPECT_EQ(anchor.suffix.size(), TextAnchor::ContextLength);
    EXPECT_TRUE(anchor.suffix.startsWith(u" countries in the index"_s));
    // A range past the text is clamped, not trusted.
    const TextAnchor clamped = TextAnchor::capture(Text, {Text.size() - 5, Text.size() + 50});
    EXPECT_EQ(clamped.range.end, Text.size());
    EXPECT_EQ(clamped.exact, u"home."_s);
}

TEST(TextAnchor, unchangedText_isFoundAtItsPosition)
{
    const TextAnchor anchor = anchorOf(Text, u"Sberbank leads"_s);
    const auto found = relocate(anchor, Text);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->placement, Placement::Position);
    EXPECT_EQ(found->range, anchor.range);
}

TEST(TextAnchor, movedQuote_isFoundByQuote)
{
    const TextAnchor anchor = anchorOf(Text, u"31st out of 83"_s);
    const QString edited = u"A new first sentence pushes everything along. "_s + Text;
    const auto found = relocate(anchor, edited);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->placement, Placement::Quote);
    EXPECT_EQ(edited.mid(found->range.start, found->range.length()), u"31st out of 83"_s);
}

TEST(TextAnchor, repeatedQuote_theContextChoosesTheOccurrence)
{
    const QString text = u"On Monday the agency met. Officials said the talks failed on Tuesday. Later, on Tuesday, the minister resigned."_s;
    const TextAnchor anchor = anchorOf(text, u"on Tuesday, the minister"_s);
    TextAnchor second = TextAnchor::capture(text, {anchor.range.start, anchor.range.start + 10}); // "on Tuesday" of the second sentence
    ASSERT_EQ(second.exact, u"on Tuesday"_s);
    const QString edited = u"Breaking: "_s + text;
    const auto found = relocate(second, edited);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->placement, Placement::Quote);
    EXPECT_EQ(found->range.start, edited.indexOf(u"on Tuesday, the"_s)) << "the first occurrence was taken";
}

TEST(TextAnchor, editedQuote_isFoundByFuzzyMatch)
{
    const TextAnchor anchor = anchorOf(Text, u"Sberbank leads with GigaChat"_s);
    QString edited = Text;
    edited.replace(u"Sberbank leads with GigaChat"_s, u"Sberbank now leads with its GigaChat"_s);
    edited.prepend(u"Update: "_s);
    const auto found = relocate(anchor, edited);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->placement, Placement::Fuzzy);
    const QString passage = edited.mid(found->range.start, found->range.length());
    EXPECT_TRUE(passage.startsWith(u"Sberbank"_s)) << qPrintable(passage);
    EXPECT_TRUE(passage.contains(u"GigaChat"_s)) << qPrintable(passage);
}

TEST(TextAnchor, removedPassage_isNotPlaced)
{
    const TextAnchor anchor = anchorOf(Text, u"The agency said so on Tuesday."_s);
    QString edited = Text;
    edited.remove(u"The agency said so on Tuesday. "_s);
    EXPECT_FALSE(relocate(anchor, edited).has_value());
    EXPECT_FALSE(relocate(anchor, QString()).has_value());
}

TEST(TextAnchor, seedArticle_everySentenceSurvivesAnInsertedParagraph)
{
    const QList<Document> corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
    ASSERT_FALSE(corpus.isEmpty());
    const QString text = corpus.first().text;
    constexpr qsizetype Insertion = 200;
    const QString edited = text.left(Insertion) + u"\n\nAn editor's note inserted later.\n\n"_s + text.mid(Insertion);
    int placed = 0;
    for (qsizetype start = 0; start + 40 < text.size(); start += 97) {
        if (start < Insertion && Insertion < start + 40)
            continue; // that passage itself changed
        const TextAnchor anchor = TextAnchor::capture(text, {start, start + 40});
        const auto found = relocate(anchor, edited);
        ASSERT_TRUE(found) << "lost: " << qPrintable(anchor.exact);
        EXPECT_EQ(edited.mid(found->range.start, found->range.length()), anchor.exact);
        ++placed;
    }
    EXPECT_GT(placed, 10);
}
