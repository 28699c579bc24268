// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/comparison.h>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

// The claims of KIND when comparing two short texts.
QList<Claim> claimsOf(const QString &a, const QString &b, FactKind kind)
{
    QList<Claim> claims = Comparator::compare(a, b).claims;
    claims.removeIf([kind](const Claim &claim) {
        return claim.kind != kind;
    });
    return claims;
}

const QString Context = u" according to the annual report on national technology development."_s;

} // namespace

TEST(ClaimClassifier, differentRankInTheSameField_conflictsWithExplanation)
{
    const QList<Claim> claims
        = claimsOf(u"Russia ranks 35th out of 83 countries"_s + Context, u"Russia ranks 31st out of 83 countries"_s + Context, FactKind::Rank);
    ASSERT_EQ(claims.size(), 1);
    EXPECT_EQ(claims.first().status, ClaimStatus::Conflict);
    EXPECT_EQ(claims.first().explanation, u"A: 35th of 83 · B: 31st of 83"_s);
}

TEST(ClaimClassifier, sameRank_agreesWithBothExplanation)
{
    const QList<Claim> claims = claimsOf(u"Russia ranks 31st out of 83 countries"_s + Context, u"Russia is 31st of 83 countries"_s + Context, FactKind::Rank);
    ASSERT_EQ(claims.size(), 1);
    EXPECT_EQ(claims.first().status, ClaimStatus::Agree);
    EXPECT_EQ(claims.first().explanation, u"both: 31st of 83"_s);
}

TEST(ClaimClassifier, differentMoneyForTheSameClaim_conflicts)
{
    const QList<Claim> claims = claimsOf(u"The flood caused $3 billion in damage to the coastal region, officials said."_s,
        u"The flood caused $5 billion in damage to the coastal region, officials said."_s,
        FactKind::Money);
    ASSERT_EQ(claims.size(), 1);
    EXPECT_EQ(claims.first().status, ClaimStatus::Conflict);
}

TEST(ClaimClassifier, countsOfDifferentSubjects_areNotAConflict)
{
    const QList<Claim> claims = claimsOf(u"The earthquake in the northern province killed three people on Sunday."_s,
        u"The earthquake in the northern province injured seven people on Sunday."_s,
        FactKind::Count);
    for (const Claim &claim : claims)
        EXPECT_NE(claim.status, ClaimStatus::Conflict) << qPrintable(claim.explanation);
}

TEST(ClaimClassifier, differentDeathToll_conflicts)
{
    const QList<Claim> claims = claimsOf(u"The earthquake in the northern province left 12 dead on Sunday."_s,
        u"The earthquake in the northern province left 15 dead on Sunday."_s,
        FactKind::Count);
    ASSERT_EQ(claims.size(), 1);
    EXPECT_EQ(claims.first().status, ClaimStatus::Conflict);
    EXPECT_EQ(claims.first().explanation, u"A: 12 (dead) · B: 15 (dead)"_s);
}

TEST(ClaimClassifier, approximateValues_agreeWithWhatTheyAdmit)
{
    struct Case {
        QString a;
        QString b;
        FactKind kind;
    };
    const Case cases[] = {
        {u"The storm left about 1,200 people homeless in the valley."_s, u"The storm left 1,150 people homeless in the valley."_s, FactKind::Count},
        {u"Rescuers found more than 500 survivors in the rubble."_s, u"Rescuers found 650 survivors in the rubble."_s, FactKind::Count},
        {u"The fire spread five miles overnight through the forest."_s, u"The fire spread 8 km overnight through the forest."_s, FactKind::Quantity},
        {u"Since the quake 14,000 people fled to the hills near the town."_s,
            u"Since the quake 14,000 refugees went to the hills near the town."_s,
            FactKind::Count},
        {u"A magnitude 5.6 quake shook the island of Qeshm on Sunday."_s,
            u"A quake of 5.6 on the Richter scale shook the island of Qeshm on Sunday."_s,
            FactKind::Quantity},
        {u"Equip four-fifths of workers with skills by then."_s, u"Equip 80% of workers with skills by then."_s, FactKind::Percent},
        {u"The strategy foresees a sevenfold rise in investment."_s, u"The strategy foresees a 7x rise in investment."_s, FactKind::Multiplier},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.a.toStdString());
        const QList<Claim> claims = claimsOf(c.a, c.b, c.kind);
        ASSERT_EQ(claims.size(), 1);
        EXPECT_EQ(claims.first().status, ClaimStatus::Agree) << qPrintable(claims.first().explanation);
    }
}

TEST(ClaimClassifier, vaguerDateContainingAPreciseOne_isNoConflict)
{
    const QList<Claim> claims = claimsOf(u"Putin announced the network in December 2024 at a conference in Moscow."_s,
        u"Putin announced the network on December 11, 2024 at a conference in Moscow."_s,
        FactKind::Date);
    ASSERT_EQ(claims.size(), 1);
    EXPECT_EQ(claims.first().status, ClaimStatus::Agree);
}

TEST(ClaimClassifier, weekdayAndMonth_areNoConflict)
{
    const QList<Claim> claims = claimsOf(u"Putin announced the network on Wednesday at a conference in Moscow."_s,
        u"Putin announced the network in December 2024 at a conference in Moscow."_s,
        FactKind::Date);
    for (const Claim &claim : claims)
        EXPECT_NE(claim.status, ClaimStatus::Conflict);
}

TEST(ClaimClassifier, twoUnrelatedNumbersInOneSentence_areNoConflict)
{
    const QList<Claim> claims = claimsOf(u"The bank lent $2 billion and the fund invested $7 billion in the new plant this spring."_s,
        u"The bank lent $3 billion and the fund invested $9 billion in the new plant this spring."_s,
        FactKind::Money);
    for (const Claim &claim : claims)
        EXPECT_NE(claim.status, ClaimStatus::Conflict) << qPrintable(claim.explanation);
}

TEST(ClaimClassifier, factOnlyOneSideStates_isOnlyAOrOnlyB)
{
    const QList<Claim> claims
        = claimsOf(u"The plan was announced in Moscow. It aims for 80% coverage."_s, u"The plan was announced in Moscow."_s, FactKind::Percent);
    ASSERT_EQ(claims.size(), 1);
    EXPECT_EQ(claims.first().status, ClaimStatus::OnlyA);
    EXPECT_FALSE(claims.first().b.has_value());
    EXPECT_EQ(claims.first().explanation, u"only A: 80%"_s);
}

TEST(ClaimClassifier, entityAliases_agree)
{
    const QList<Claim> claims
        = claimsOf(u"The alliance challenges the U.S. in technology."_s, u"The alliance challenges the United States in technology."_s, FactKind::Entity);
    ASSERT_EQ(claims.size(), 1);
    EXPECT_EQ(claims.first().status, ClaimStatus::Agree);
}
