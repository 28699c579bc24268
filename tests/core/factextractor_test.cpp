// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/compare/factextractor.h>
#include <core/text/textsegmenter.h>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

QList<Fact> factsOf(const QString &text, FactKind kind)
{
    QList<Fact> facts = FactExtractor::extract(TextSegmenter::segment(text));
    facts.removeIf([kind](const Fact &fact) {
        return fact.kind != kind;
    });
    return facts;
}

// The subject of the first count in SENTENCE, or nothing.
QString subjectOf(const QString &sentence)
{
    const QList<Fact> facts = factsOf(sentence, FactKind::Count);
    return facts.isEmpty() ? QString() : facts.first().subject;
}

struct Case {
    QString sentence;
    QString text; ///< the span as written
    QString value; ///< the normalized value
};

void expectFacts(FactKind kind, const QList<Case> &cases)
{
    for (const Case &c : cases) {
        SCOPED_TRACE(c.sentence.toStdString());
        const QList<Fact> facts = factsOf(c.sentence, kind);
        ASSERT_EQ(facts.size(), 1) << "found " << facts.size() << " facts";
        EXPECT_EQ(facts.first().text, c.text);
        EXPECT_EQ(facts.first().value, c.value);
        EXPECT_EQ(c.sentence.mid(facts.first().range.start, facts.first().range.length()), c.text);
    }
}

} // namespace

TEST(FactExtractor, money_inSymbolsWordsAndScales)
{
    expectFacts(FactKind::Money,
        {
            {u"GDP could grow to $109 billion by then."_s, u"$109 billion"_s, u"USD 109000000000"_s},
            {u"The deal is worth US$5bn in total."_s, u"US$5bn"_s, u"USD 5000000000"_s},
            {u"It raised 250 million euros last spring."_s, u"250 million euros"_s, u"EUR 250000000"_s},
            {u"Fines reached 3.5 trillion rubles."_s, u"3.5 trillion rubles"_s, u"RUB 3500000000000"_s},
            {u"A grant of £12m was made."_s, u"£12m"_s, u"GBP 12000000"_s},
            {u"Sales hit 40 billion yuan."_s, u"40 billion yuan"_s, u"CNY 40000000000"_s},
            {u"The ticket costs 1,200 dollars."_s, u"1,200 dollars"_s, u"USD 1200"_s},
            {u"They stole about $2.5 million in cash."_s, u"about $2.5 million"_s, u"USD 2500000"_s},
        });
}

TEST(FactExtractor, anApproximationWordInsideAnotherWord_boundsNothing)
{
    // "over" in "recover", "some" in "handsome": the figure is stated exactly.
    expectFacts(FactKind::Money,
        {
            {u"The firm hopes to recover $5 million from its insurer."_s, u"$5 million"_s, u"USD 5000000"_s},
            {u"They were paid a handsome 40 million euros."_s, u"40 million euros"_s, u"EUR 40000000"_s},
        });
    const QList<Fact> recovered = factsOf(u"The firm hopes to recover $5 million from its insurer."_s, FactKind::Money);
    ASSERT_EQ(recovered.size(), 1);
    EXPECT_EQ(recovered.first().admitted.high, recovered.first().written.high);
    // As a word of its own it still bounds the figure.
    const QList<Fact> over = factsOf(u"The firm hopes to get over $5 million from its insurer."_s, FactKind::Money);
    ASSERT_EQ(over.size(), 1);
    EXPECT_EQ(over.first().text, u"over $5 million"_s);
    EXPECT_EQ(over.first().admitted.high, ValueInterval::Unbounded);
}

TEST(FactExtractor, money_oneClaimInTwoCurrencies)
{
    const QList<Fact> facts = factsOf(u"It could add 11.2 trillion roubles ($109 billion) to GDP."_s, FactKind::Money);
    ASSERT_EQ(facts.size(), 1);
    EXPECT_EQ(facts.first().text, u"11.2 trillion roubles ($109 billion)"_s);
    ASSERT_EQ(facts.first().money.size(), 2);
    EXPECT_EQ(facts.first().money.at(0).currency, u"RUB"_s);
    EXPECT_EQ(facts.first().money.at(1).currency, u"USD"_s);
    EXPECT_DOUBLE_EQ(facts.first().money.at(1).amount, 109e9);
}

TEST(FactExtractor, percent_inDigitsWordsAndFractions)
{
    expectFacts(FactKind::Percent,
        {
            {u"Equip 80% of workers with skills."_s, u"80%"_s, u"80%"_s},
            {u"Turnout was 80 percent this time."_s, u"80 percent"_s, u"80%"_s},
            {u"Prices rose 4.5 per cent in May."_s, u"4.5 per cent"_s, u"4.5%"_s},
            {u"Four-fifths of voters agreed."_s, u"Four-fifths"_s, u"80%"_s},
            {u"Nearly two-thirds of homes lost power."_s, u"two-thirds"_s, u"66.7%"_s},
        });
}

TEST(FactExtractor, rank_withAndWithoutTheField)
{
    expectFacts(FactKind::Rank,
        {
            {u"Russia ranks 31st out of 83 countries."_s, u"31st out of 83"_s, u"31/83"_s},
            {u"The tool places Russia at 29th among 36 evaluated countries."_s, u"29th among 36"_s, u"29/36"_s},
            {u"The index places Russia at 29th."_s, u"29th"_s, u"29"_s},
            {u"The team was ranked 3rd this year."_s, u"3rd"_s, u"3"_s},
        });
}

TEST(FactExtractor, count_withSubject)
{
    expectFacts(FactKind::Count,
        {
            {u"Russia is among just 10 countries developing models."_s, u"10"_s, u"10 country"_s},
            {u"Russia is among ten nations, including Israel."_s, u"ten"_s, u"10 country"_s},
            {u"Five dead after the storm."_s, u"Five"_s, u"5 deaths"_s},
            {u"A dozen people were rescued."_s, u"A dozen"_s, u"12 rescued"_s},
            {u"A dozen people waited."_s, u"A dozen"_s, u"12 people"_s},
            {u"The quake killed three in the village."_s, u"three"_s, u"3 deaths"_s},
            {u"Twenty-five volunteers came."_s, u"Twenty-five"_s, u"25 volunt"_s},
        });
}

TEST(FactExtractor, clockTimes_countNothing)
{
    EXPECT_TRUE(factsOf(u"The quake struck at 06:36 GMT near the coast."_s, FactKind::Count).isEmpty());
}

TEST(FactExtractor, count_subjectsKeepDifferentClaimsApart)
{
    const QList<Fact> facts = factsOf(u"The blast killed three people and injured seven others."_s, FactKind::Count);
    ASSERT_EQ(facts.size(), 2);
    // The verb says what the number counts: three dead, seven injured.
    EXPECT_EQ(facts.at(0).subject, u"deaths"_s);
    EXPECT_EQ(facts.at(1).subject, u"injured"_s);
}

TEST(FactExtractor, multiplier_inWordsAndSymbols)
{
    expectFacts(FactKind::Multiplier,
        {
            {u"Investment will increase sevenfold to 850 billion."_s, u"sevenfold"_s, u"×7"_s},
            {u"Profits tripled last year."_s, u"tripled"_s, u"×3"_s},
            {u"The new chip is 7x faster."_s, u"7x"_s, u"×7"_s},
        });
}

TEST(FactExtractor, date_atItsOwnGranularity)
{
    expectFacts(FactKind::Date,
        {
            {u"The order was published on January 1st, signalling a shift."_s, u"January 1st"_s, u"--01-01"_s},
            {u"In December 2024, Putin announced the network."_s, u"December 2024"_s, u"2024-12"_s},
            {u"The goal is to lead by 2030."_s, u"by 2030"_s, u"by 2030"_s},
            {u"Putin spoke on Wednesday in Moscow."_s, u"on Wednesday"_s, u"Wednesday"_s},
            {u"The directive comes three weeks after the speech."_s, u"three weeks after"_s, u"three weeks after"_s},
            {u"It is the key technology of the 21st century."_s, u"21st century"_s, u"century 21"_s},
            {u"The report is dated 2025-02-06 here."_s, u"2025-02-06"_s, u"2025-02-06"_s},
            {u"The quake struck on 3 August 2014, officials said."_s, u"3 August 2014"_s, u"2014-08-03"_s},
        });
}

TEST(FactExtractor, quantity_convertedToSiUnits)
{
    expectFacts(FactKind::Quantity,
        {
            {u"The fire spread five miles overnight."_s, u"five miles"_s, u"8046.72 m"_s},
            {u"The fire spread 8 km overnight."_s, u"8 km"_s, u"8000 m"_s},
            {u"The ship carried 40,000 tonnes of grain."_s, u"40,000 tonnes"_s, u"40000000 kg"_s},
            {u"A magnitude 6.1 earthquake hit the island."_s, u"magnitude 6.1"_s, u"magnitude 6.1"_s},
        });
}

TEST(FactExtractor, entities_withAliasesAndTitles)
{
    const QList<Fact> facts = factsOf(u"The alliance challenges the U.S., as Sberbank CEO German Gref said in Moscow."_s, FactKind::Entity);
    QStringList values;
    for (const Fact &fact : facts)
        values << fact.value;
    EXPECT_EQ(values, (QStringList {u"United States"_s, u"Sberbank"_s, u"German Gref"_s, u"Moscow"_s}));
    EXPECT_EQ(facts.at(2).subject, u"person"_s);
    EXPECT_EQ(facts.at(0).subject, u"place"_s);
}

TEST(FactExtractor, entities_placesNamedNew_keepTheirFirstWord)
{
    const QList<Fact> facts = factsOf(u"Experts in New Zealand and New York agree with officials in Sydney."_s, FactKind::Entity);
    QStringList values;
    for (const Fact &fact : facts)
        values << fact.value;
    EXPECT_EQ(values, (QStringList {u"New Zealand"_s, u"New York"_s, u"Sydney"_s}));
}

TEST(FactExtractor, entities_notFromHeadlineCapitalsOrSentenceStarts)
{
    const QList<Fact> facts = factsOf(u"How Sanctions Impact the Path to Overcome Them\nDomestic firms lead the market.\n"_s, FactKind::Entity);
    EXPECT_TRUE(facts.isEmpty()) << qPrintable(facts.isEmpty() ? QString() : facts.first().value);
}

TEST(FactExtractor, entities_withoutTheAdverbThatOpensASentence)
{
    const QList<Fact> facts = factsOf(
        u"Purportedly Simpson bragged to a witness. Reportedly Kelly Smith and Sally Jones left. Kimberly Brown stayed in Italy.\n"_s, FactKind::Entity);
    QStringList values;
    for (const Fact &fact : facts)
        values << fact.value;
    // "Simpson" alone at a sentence's start is no sure name; "Purportedly Simpson" was one.
    EXPECT_EQ(values, (QStringList {u"Kelly Smith"_s, u"Sally Jones"_s, u"Kimberly Brown"_s, u"Italy"_s}));
}

TEST(FactExtractor, sourcesAndDatelines_areNoFigures_norNames)
{
    // "One report said": who speaks; "six" is the figure, and no noun after "said".
    const QList<Fact> counts = factsOf(u"One report said six children were killed when a mosque collapsed."_s, FactKind::Count);
    ASSERT_EQ(counts.size(), 1);
    EXPECT_EQ(counts.first().value, u"6 deaths"_s);
    EXPECT_TRUE(factsOf(u"3 July 2013 Last updated at 13:38 GMT\n"_s, FactKind::Entity).isEmpty());
}

TEST(FactExtractor, aPagesStamps_dateThePage_notTheEvent)
{
    const QString posted
        = u"Posted: Nov 27, 2005 8:20 AM ET Last Updated: Nov 27, 2005 8:10 PM ET An earthquake of magnitude 5.9 hit southern Iran on Sunday.\n"_s;
    EXPECT_TRUE(factsOf(posted, FactKind::Time).isEmpty());
    const QList<Fact> dates = factsOf(posted, FactKind::Date);
    ASSERT_EQ(dates.size(), 1);
    EXPECT_EQ(dates.first().text, u"on Sunday"_s) << "the event's day stays";
    EXPECT_EQ(factsOf(posted, FactKind::Quantity).size(), 1) << "and its magnitude";
    EXPECT_TRUE(factsOf(u"Published: November 28, 2005 A powerful earthquake killed ten people.\n"_s, FactKind::Date).isEmpty());
    EXPECT_TRUE(factsOf(u"3 July 2013 Last updated at 13:38 GMT Rescue operations are under way.\n"_s, FactKind::Time).isEmpty());
    // The stamp still dates the report: "on Tuesday" in a report published on Wednesday
    // 3 July 2013 is the day before.
    const QList<Fact> resolved = factsOf(u"Published: July 3, 2013\nRescuers searched the rubble on Tuesday, officials said.\n"_s, FactKind::Date);
    ASSERT_EQ(resolved.size(), 1);
    EXPECT_EQ(resolved.first().value, u"2013-07-02"_s);
    // In a sentence's own words, an update is news.
    EXPECT_EQ(factsOf(u"The rules were updated on March 5, officials said.\n"_s, FactKind::Date).size(), 1);
    EXPECT_EQ(factsOf(u"Published in 1990, the book sold a million copies.\n"_s, FactKind::Date).size(), 1);
}

TEST(FactExtractor, entities_notFromLabelsBeforeAColon)
{
    const QList<Fact> facts
        = factsOf(u"Looking ahead: Strategic implications: Russia leads the market.\nDomestic Russian AI ecosystem: Sberbank leads.\n"_s, FactKind::Entity);
    QStringList values;
    for (const Fact &fact : facts)
        values << fact.value;
    EXPECT_EQ(values, (QStringList {u"Russia"_s, u"Sberbank"_s}));
}

TEST(FactExtractor, nothingInBoilerplate)
{
    const QString text = u"Real body text says 31st out of 83.\nSee also  Biden authorizes $571 million in military assistance for Taiwan\n"_s;
    for (const Fact &fact : FactExtractor::extract(TextSegmenter::segment(text)))
        EXPECT_LT(fact.range.end, text.indexOf(u"See also"_s)) << qPrintable(fact.text);
}

TEST(FactExtractor, offsetsStayRightAfterCharactersOutsideTheBmp)
{
    const QString text = u"🌍🌍 Russia ranks 31st out of 83 countries."_s;
    const QList<Fact> facts = factsOf(text, FactKind::Rank);
    ASSERT_EQ(facts.size(), 1);
    EXPECT_EQ(text.mid(facts.first().range.start, facts.first().range.length()), u"31st out of 83"_s);
}

TEST(FactExtractor, time_ofDay_withZonesAndApproximation)
{
    expectFacts(FactKind::Time,
        {
            {u"The quake struck at 13:38 GMT near the coast."_s, u"13:38 GMT"_s, u"13:38 GMT"_s},
            {u"It hit at 4:59 a.m. local time on Tuesday."_s, u"4:59 a.m. local time"_s, u"04:59 LOCAL TIME"_s},
            {u"The shop closed at 3.45pm yesterday."_s, u"3.45pm"_s, u"15:45"_s},
            {u"The alarm went off at about 3pm, police said."_s, u"about 3pm"_s, u"15:00"_s},
            {u"The rescue began at 2.30am near the bridge."_s, u"2.30am"_s, u"02:30"_s},
            {u"The last call came at 11 p.m. from the boat."_s, u"11 p.m."_s, u"23:00"_s},
            {u"She passed away at 18:41 this evening."_s, u"18:41"_s, u"18:41"_s},
            {u"The ferry left at 7:42 from the pier."_s, u"7:42"_s, u"7:42"_s},
            {u"It was shot at 6: 22AM on the bridge."_s, u"6: 22AM"_s, u"06:22"_s},
            {u"She passed away in a hospital (0241 GMT Friday), her agent said."_s, u"0241 GMT"_s, u"02:41 GMT"_s},
            {u"The ceasefire began at 1945 GMT, the army said."_s, u"1945 GMT"_s, u"19:45 GMT"_s},
            {u"Polls close at 1530 local time in the capital."_s, u"1530 local time"_s, u"15:30 LOCAL TIME"_s},
        });
    // Four digits without a zone are no time: a count, or a year.
    EXPECT_TRUE(factsOf(u"Volunteers logged 1400 hours of work."_s, FactKind::Time).isEmpty());
    EXPECT_TRUE(factsOf(u"The war ended in 1945 after six years."_s, FactKind::Time).isEmpty());
    EXPECT_TRUE(factsOf(u"The ceasefire began at 1945 GMT, the army said."_s, FactKind::Date).isEmpty()) << "a time is no year";
    EXPECT_TRUE(factsOf(u"She passed away at 0241 GMT Friday."_s, FactKind::Count).isEmpty()) << "a time is no count";
    // "7:42" could be morning or evening: it says so.
    const QList<Fact> ferry = factsOf(u"The ferry left at 7:42 from the pier."_s, FactKind::Time);
    ASSERT_EQ(ferry.size(), 1);
    EXPECT_EQ(ferry.first().qualifier, u"12h"_s);
    EXPECT_TRUE(factsOf(u"The score was 3:1 at half time."_s, FactKind::Time).isEmpty()) << "a score is no time of day";
}

TEST(FactExtractor, age_inTheWaysNewsWritesIt)
{
    expectFacts(FactKind::Age,
        {
            {u"The 61-year-old driver was arrested."_s, u"61-year-old"_s, u"61"_s},
            {u"A man aged 61 was arrested."_s, u"aged 61"_s, u"61"_s},
            {u"Andrew Lopez, 20, is the accused gunman."_s, u"20"_s, u"20"_s},
            {u"John Miller, 61, of Troy was arrested."_s, u"61"_s, u"61"_s},
            {u"She died in Los Angeles at the age of 85."_s, u"at the age of 85"_s, u"85"_s},
            {u"Frederick LaRue dies at 75 in Mississippi."_s, u"dies at 75"_s, u"75"_s},
            {u"Twenty-year-old Andrew Lopez was charged."_s, u"Twenty-year-old"_s, u"20"_s},
            {u"She was 85."_s, u"She was 85"_s, u"85"_s},
            {u"The six-month-old baby was unhurt."_s, u"six-month-old"_s, u"6 months"_s},
            {u"The death of her 8- to 12-week-old fetus."_s, u"8- to 12-week-old"_s, u"8–12 weeks"_s},
            {u"He killed her and their 12 week unborn child."_s, u"12 week"_s, u"12 weeks"_s},
            {u"A six-month baby was found unhurt."_s, u"six-month"_s, u"6 months"_s},
        });
    // An age is no count of what it describes: "12-week-old fetus" is not twelve fetuses.
    EXPECT_TRUE(factsOf(u"A DNA expert testified that he fathered the 12-week-old fetus."_s, FactKind::Count).isEmpty());
    // A date after a month name is no age, and neither is a count.
    EXPECT_TRUE(factsOf(u"He was due to be released on December 2, but fell ill."_s, FactKind::Age).isEmpty());
    EXPECT_TRUE(factsOf(u"The quake killed 12 people in the town."_s, FactKind::Age).isEmpty());
    // A span of time before what is not a young being is how long, not how old.
    EXPECT_TRUE(factsOf(u"He served a six-month sentence in prison."_s, FactKind::Age).isEmpty());
    EXPECT_TRUE(factsOf(u"The baby was born after a 12 week wait."_s, FactKind::Age).isEmpty());
}

TEST(FactExtractor, ordinal_ofASequence_isARankOfItsNoun)
{
    expectFacts(FactKind::Rank,
        {
            {u"He won in the sixth round of the fight."_s, u"sixth"_s, u"6 round"_s},
            {u"A dominant seventh-round knockout ended it."_s, u"seventh"_s, u"7 round"_s},
            {u"Protesters marched on the eighth day of protests."_s, u"eighth"_s, u"8 day"_s},
            {u"The challenge ended in the 11th round."_s, u"11th"_s, u"11 round"_s},
            {u"They locked up the No. 5 seed in the AFC."_s, u"No. 5"_s, u"5 seed"_s},
            // Thousands are part of the ordinal, not a number before it.
            {u"It was the 2,292nd point of his career."_s, u"2,292nd"_s, u"2292 point"_s},
            // The first place of a ranking, where "first" alone says too little.
            {u"Top-ranked North Carolina waited for the game."_s, u"Top-ranked"_s, u"1 rank"_s},
            {u"They locked up the No. 1 seed in the AFC."_s, u"No. 1 seed"_s, u"1 seed"_s},
            {u"The first-seeded player lost in the final."_s, u"first-seeded"_s, u"1 seed"_s},
        });
    EXPECT_TRUE(factsOf(u"It was the 21st century that changed it."_s, FactKind::Rank).isEmpty());
    EXPECT_TRUE(factsOf(u"For the first time, the top team lost."_s, FactKind::Rank).isEmpty());
}

TEST(FactExtractor, ordinalWithoutItsNoun_ordersTheNounOfTheOrdinalBefore)
{
    const auto valuesOf = [](const QString &text) {
        QStringList values;
        for (const Fact &fact : factsOf(text, FactKind::Rank))
            values << fact.value;
        return values;
    };
    EXPECT_EQ(valuesOf(u"He was floored in the sixth round. He wrapped it up in the seventh with a left hook."_s), (QStringList {u"6 round"_s, u"7 round"_s}));
    EXPECT_EQ(valuesOf(u"It was his 58th victory. It was his 16th in a row."_s), (QStringList {u"58 victori"_s, u"16 victori"_s}));
    EXPECT_EQ(valuesOf(u"A dominant seventh-round knockout. In the sixth Klitschko landed two hooks."_s), (QStringList {u"7 round"_s, u"6 round"_s}))
        << "a name after it is not what it orders";
    // Without an ordinal with its noun before, or far from it, or not after "in the", "his" …,
    // it orders nothing that can be told.
    EXPECT_TRUE(valuesOf(u"He wrapped it up in the seventh with a left hook."_s).isEmpty());
    EXPECT_EQ(valuesOf(u"They met in the sixth round. The vote is on the 5th, they said."_s), QStringList {u"6 round"_s});
    QString far = u"He was floored in the sixth round."_s;
    for (int i = 0; i < 10; ++i)
        far += u" The crowd cheered loudly again."_s;
    EXPECT_EQ(valuesOf(far + u" He won in the seventh with a hook."_s), QStringList {u"6 round"_s});
}

TEST(FactExtractor, scoresAndRecords_areComparedAsWritten)
{
    expectFacts(FactKind::Count,
        {
            {u"The Tar Heels beat Evansville 91-73 on Sunday."_s, u"91-73"_s, u"91-73 score"_s},
            {u"Hasim Rahman (45-7-2) went down once."_s, u"45-7-2"_s, u"45-7-2 score"_s},
        });
    EXPECT_TRUE(factsOf(u"The 2004-2005 season was long."_s, FactKind::Count).isEmpty());
}

TEST(FactExtractor, casualties_areCountedByWhatHappened_notByWhoItHappenedTo)
{
    EXPECT_EQ(subjectOf(u"An earthquake killed six children in the village."_s), u"deaths"_s);
    EXPECT_EQ(subjectOf(u"Six children were killed when the mosque collapsed."_s), u"deaths"_s);
    EXPECT_EQ(subjectOf(u"It left 14 others trapped under the rubble."_s), u"trapped"_s);
    EXPECT_EQ(subjectOf(u"It brought the confirmed death toll from the disaster to 11."_s), u"deaths"_s);
    EXPECT_EQ(subjectOf(u"At least 24 people were killed in the quake."_s), u"deaths"_s);
    EXPECT_EQ(subjectOf(u"She encountered at least three of the employees there."_s), u"employe"_s);
    EXPECT_EQ(subjectOf(u"Six children from the village school were killed."_s), u"children"_s) << "the verb is too far to tell";
}

TEST(FactExtractor, twiceAndThrice_countTimes_butTwiceAsManyMultiplies)
{
    expectFacts(FactKind::Count,
        {
            {u"Simpson shot Flynn twice in the head, prosecutors said."_s, u"twice"_s, u"2 time"_s},
            {u"She was married thrice and had no children."_s, u"thrice"_s, u"3 time"_s},
            {u"Page was divorced three times and had no children."_s, u"three"_s, u"3 time"_s},
        });
    for (const QString &multiplied : {u"The city has twice as many buses as it had."_s, u"The new hall is twice the size of the old one."_s})
        EXPECT_TRUE(factsOf(multiplied, FactKind::Count).isEmpty()) << qPrintable(multiplied);
}

TEST(FactExtractor, theNumberOfSomething_namesWhatTheFiguresAfterItCount)
{
    const QList<Fact> seats = factsOf(u"The new constitution will raise the number of seats in parliament from 65 to 125."_s, FactKind::Count);
    ASSERT_EQ(seats.size(), 2);
    EXPECT_EQ(seats.at(0).value, u"65 seat"_s);
    EXPECT_EQ(seats.at(1).value, u"125 seat"_s);
    // Not past the end of the clause, and not a figure that names its own noun.
    EXPECT_EQ(subjectOf(u"The number of seats is unclear; 125 is a guess."_s), QString()) << "a bare number";
    EXPECT_EQ(subjectOf(u"The number of seats grew by 12 delegates."_s), u"deleg"_s);
}

TEST(FactExtractor, monthWithoutYear_andDatesThatOnlyPlaceTheEvent)
{
    expectFacts(FactKind::Date,
        {
            {u"A follow-up investigation began last September in the town."_s, u"last September"_s, u"--09"_s},
            {u"Last June, the minister appointed a special prosecutor."_s, u"Last June"_s, u"--06"_s},
            {u"The bridge will be finished by March, the mayor said."_s, u"by March"_s, u"by --03"_s},
            {u"Ford finished his career in 1978 with many points."_s, u"in 1978"_s, u"1978"_s},
            {u"The comics came out in the early 1980s in America."_s, u"early 1980s"_s, u"early 1980s"_s},
            {u"The band was formed in the 1990s by two brothers."_s, u"1990s"_s, u"1990s"_s},
            {u"She helped pave the way for the sexual revolution of the nineteen sixties."_s, u"nineteen sixties"_s, u"1960s"_s},
            {u"The house was built in the late nineteen-twenties by a banker."_s, u"late nineteen-twenties"_s, u"late 1920s"_s},
            {u"Railways spread in the eighteen forties across Europe."_s, u"eighteen forties"_s, u"1840s"_s},
        });
    // Without its century a decade in words is an age: "in his sixties".
    EXPECT_TRUE(factsOf(u"The driver, a man in his sixties, was unhurt."_s, FactKind::Date).isEmpty());
    EXPECT_TRUE(factsOf(u"It was the revolution of the nineteen sixties."_s, FactKind::Count).isEmpty()) << "the decade counts nothing";
}

TEST(FactExtractor, durations_inTheWaysNewsWritesThem_andNotPeriodsThatPlaceAnEvent)
{
    expectFacts(FactKind::Quantity,
        {
            {u"He served five months in federal prison."_s, u"five months"_s, u"13148730 s"_s},
            {u"He served a reduced sentence of four and a half months there."_s, u"four and a half months"_s, u"11833857 s"_s},
            {u"He served most of a six-month sentence."_s, u"six-month"_s, u"15778476 s"_s},
            {u"The leader who ruled the country for two decades died."_s, u"two decades"_s, u"631139040 s"_s},
            {u"She was outside for about nine minutes before coming back."_s, u"about nine minutes"_s, u"540 s"_s},
            {u"He set the record with a bank shot with 7 minutes 41 seconds to go."_s, u"7 minutes 41 seconds"_s, u"461 s"_s},
            {u"With 7:42 left in the first half, he scored."_s, u"7:42"_s, u"462 s"_s},
        });
    // A clock without "left" or "to go" is a time of day.
    EXPECT_TRUE(factsOf(u"The quake struck at 7:42 on Tuesday."_s, FactKind::Quantity).isEmpty());
    // "three weeks after" and "two years ago" place an event; "a 12-week-old" is an age.
    EXPECT_TRUE(factsOf(u"The vote came three weeks after the flood."_s, FactKind::Quantity).isEmpty());
    EXPECT_TRUE(factsOf(u"The church opened two years ago in the town."_s, FactKind::Quantity).isEmpty());
    EXPECT_TRUE(factsOf(u"The 30-year-old congregation met on Sunday."_s, FactKind::Quantity).isEmpty());
}

TEST(FactExtractor, theNounBeforeOf_saysWhatTheNumberCounts)
{
    // Not "shot", not "deaths": the mother is the one killed, 13 are her children.
    EXPECT_EQ(subjectOf(u"Video of Brooklyn Mother of 13 Zurana Horton shot and killed in a gang shooting."_s), u"children"_s);
    EXPECT_EQ(subjectOf(u"It captures the moment a Brooklyn mother of 12 was killed in a shootout."_s), u"children"_s);
    EXPECT_EQ(subjectOf(u"The community, with a population of approximately 1,000, follows the practices."_s), u"people"_s);
    // A part of a whole counts what the whole counts.
    EXPECT_EQ(subjectOf(u"Klitschko landed 178 of 369 punches in the fight."_s), u"punch"_s);
}

TEST(TextSegmenter, abbreviationsAndInitials_doNotEndASentence)
{
    const auto sentencesOf = [](const QString &text) {
        const SegmentedText segmented = TextSegmenter::segment(text);
        QStringList sentences;
        for (const Sentence &sentence : segmented.sentences)
            sentences << segmented.view(sentence.range).toString();
        return sentences;
    };
    EXPECT_EQ(sentencesOf(u"About 800 people live in the community in southeastern B.C., where members practice it. They were arrested."_s),
        QStringList({u"About 800 people live in the community in southeastern B.C., where members practice it."_s, u"They were arrested."_s}));
    EXPECT_EQ(sentencesOf(u"Police identified the victims as Bryant A. Dalton, 39, of Philadelphia."_s).size(), 1);
    EXPECT_EQ(sentencesOf(u"General Manager A.J. Smith issued the following statement."_s).size(), 1);
    // A country's initials still end a sentence.
    EXPECT_EQ(sentencesOf(u"She moved to the U.S. The family followed."_s).size(), 2);
}

TEST(FactExtractor, aHome_isThePlaceSaidOfAPerson)
{
    // The place after a name, maybe with an age between, is that person's home; after
    // "the" and before "man", "woman", "resident" … it is the home of someone named before.
    const auto homeIn = [](const QString &sentence, const QString &place) {
        const QList<Fact> names = factsOf(sentence, FactKind::Entity);
        const auto found = std::find_if(names.cbegin(), names.cend(), [&](const Fact &name) {
            return name.text == place;
        });
        return found == names.cend() ? u"(no name %1)"_s.arg(place) : found->homeOf;
    };
    EXPECT_EQ(homeIn(u"According to police, Anthony LaSalle, 36, of Minneapolis, hit a woman in the parking lot."_s, u"Minneapolis"_s), u"Anthony LaSalle"_s);
    EXPECT_EQ(homeIn(u"Police said LuAnn Marie Johnson, of Burnsville, was with her husband."_s, u"Burnsville"_s), u"LuAnn Marie Johnson"_s);
    EXPECT_EQ(homeIn(u"Police said Mark Tanner, aged 41, of Leeds was arrested."_s, u"Leeds"_s), u"Mark Tanner"_s);
    EXPECT_EQ(homeIn(u"Officers were able to apprehend the Bloomington man a few blocks away."_s, u"Bloomington"_s), Fact::HomeOfSomeoneNamedBefore);
    EXPECT_EQ(homeIn(u"Officers spoke to the Burnsville woman at the scene."_s, u"Burnsville"_s), Fact::HomeOfSomeoneNamedBefore);
    // A place of something else, or a person not yet named ("a … man"), is no home said.
    EXPECT_EQ(homeIn(u"She was hit in the parking lot of the Bloomington store on Wednesday."_s, u"Bloomington"_s), QString());
    EXPECT_EQ(homeIn(u"Officers said a Bloomington man was hurt on Wednesday."_s, u"Bloomington"_s), QString());
    EXPECT_EQ(homeIn(u"On Monday thousands of Chicago residents marched downtown."_s, u"Chicago"_s), QString());
}
