// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// A person can overrule the aligner: "these two passages match".
#include <core/compare/comparison.h>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

// Two reports whose second sentences say the same thing in words that share no stem,
// so that only a person can tell they match.
const QString ReportA = u"The storm reached the coast on Monday. Officials counted 12 dead in the harbour district. Schools stay closed."_s;
const QString ReportB = u"Schools stay closed this week. Authorities reported 15 fatalities near the port."_s;

TextRange rangeOf(const QString &text, const QString &passage)
{
    const qsizetype start = text.indexOf(passage);
    return {start, start + passage.size()};
}

const Alignment *alignmentOf(const ComparisonResult &result, const TextRange &a, const TextRange &b)
{
    for (const Alignment &alignment : result.alignments) {
        if (alignment.a.contains(a) && alignment.b.contains(b))
            return &alignment;
    }
    return nullptr;
}

} // namespace

TEST(PinnedAlignment, withoutAPin_theParaphraseIsNotAligned)
{
    const ComparisonResult result = Comparator::compare(ReportA, ReportB);
    EXPECT_FALSE(alignmentOf(result, rangeOf(ReportA, u"12 dead"_s), rangeOf(ReportB, u"15 fatalities"_s)));
}

TEST(PinnedAlignment, aPinAlignsThePassages_andTheirClaimsAreCompared)
{
    const PinnedPassage pin {rangeOf(ReportA, u"counted 12"_s), rangeOf(ReportB, u"15 fatalities"_s)};
    const ComparisonResult result = Comparator::compare(ReportA, ReportB, {pin});

    const Alignment *pinned = alignmentOf(result, pin.a, pin.b);
    ASSERT_TRUE(pinned);
    EXPECT_TRUE(pinned->pinned);
    EXPECT_DOUBLE_EQ(pinned->score, 1.0);
    // The pin puts the two death tolls side by side: 12 against 15 is a conflict.
    const auto conflict = std::find_if(result.claims.cbegin(), result.claims.cend(), [](const Claim &claim) {
        return claim.status == ClaimStatus::Conflict;
    });
    ASSERT_NE(conflict, result.claims.cend());
    EXPECT_EQ(conflict->a->text, u"12"_s);
    EXPECT_EQ(conflict->b->text, u"15"_s);
}

TEST(PinnedAlignment, aPinnedSentenceKeepsNoOtherPartner)
{
    // "Schools stay closed." aligns by itself; pinning it to the casualty sentence
    // instead removes that alignment.
    const PinnedPassage pin {rangeOf(ReportA, u"Schools stay closed."_s), rangeOf(ReportB, u"15 fatalities"_s)};
    const ComparisonResult unpinned = Comparator::compare(ReportA, ReportB);
    ASSERT_TRUE(alignmentOf(unpinned, pin.a, rangeOf(ReportB, u"Schools stay closed this week."_s)));

    const ComparisonResult result = Comparator::compare(ReportA, ReportB, {pin});
    for (const Alignment &alignment : result.alignments) {
        if (alignment.a.contains(pin.a) || alignment.b.contains(pin.b)) {
            EXPECT_TRUE(alignment.pinned) << "an automatic alignment survived the pin";
        }
    }
}

TEST(PinnedAlignment, theSamePinTwice_givesOneAlignment)
{
    const PinnedPassage pin {rangeOf(ReportA, u"counted 12"_s), rangeOf(ReportB, u"15 fatalities"_s)};
    const ComparisonResult result = Comparator::compare(ReportA, ReportB, {pin, pin});
    EXPECT_EQ(std::count_if(result.alignments.cbegin(),
                  result.alignments.cend(),
                  [](const Alignment &alignment) {
                      return alignment.pinned;
                  }),
        1);
}

TEST(PinnedAlignment, aPinOutsideTheText_changesNothing)
{
    const PinnedPassage pin {{10'000, 10'010}, {20'000, 20'010}};
    const ComparisonResult plain = Comparator::compare(ReportA, ReportB);
    const ComparisonResult result = Comparator::compare(ReportA, ReportB, {pin});
    EXPECT_EQ(result.alignments.size(), plain.alignments.size());
    EXPECT_EQ(result.claims.size(), plain.claims.size());
}
