// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "claimclassifier.h"

#include "entitynames.h"
#include "homeconflict.h"
#include "numberparser.h"
#include "sharedcontext.h"

#include <core/text/lexicon.h>

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

QString ordinal(int number)
{
    const int lastTwo = number % 100;
    const int last = number % 10;
    const char *suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
    return QString::number(number) + QLatin1StringView(suffix);
}

QString scaled(double amount)
{
    struct Scale {
        double factor;
        const char *name;
    };
    for (const Scale scale : {Scale {1e12, "trillion"}, Scale {1e9, "billion"}, Scale {1e6, "million"}}) {
        if (std::abs(amount) >= scale.factor)
            return QString::number(amount / scale.factor, 'g', 6) + u' ' + QLatin1StringView(scale.name);
    }
    return QString::number(amount, 'g', 9);
}

// A date as comparable parts: year, month and day where stated (0 where not), and the
// qualifier that bounds it ("by", "since"; empty for "in 2030" or a bare date).
struct DateParts {
    int year = 0;
    int month = 0;
    int day = 0;
    QString qualifier;

    bool isAbsolute() const { return year || month || day; }
    // The components both state; with differing precision, the others say nothing.
    int shared(const DateParts &other) const { return (year && other.year) + (month && other.month) + (day && other.day); }
    bool sharedEqual(const DateParts &other) const
    {
        return (!year || !other.year || year == other.year) && (!month || !other.month || month == other.month) && (!day || !other.day || day == other.day);
    }
    bool samePrecision(const DateParts &other) const
    {
        return bool(year) == bool(other.year) && bool(month) == bool(other.month) && bool(day) == bool(other.day);
    }
};

// "2024-12-11", "2024-12", "2030", "--12-11", "--09", each maybe after "by ".
DateParts dateParts(const Fact &fact)
{
    DateParts parts;
    if (fact.granularity == DateGranularity::Weekday || fact.granularity == DateGranularity::Relative || fact.granularity == DateGranularity::Century
        || fact.granularity == DateGranularity::Decade)
        return parts;
    QString value = fact.value;
    if (!fact.qualifier.isEmpty() && value.startsWith(fact.qualifier + u' '))
        value = value.mid(fact.qualifier.size() + 1);
    parts.qualifier = fact.qualifier;
    if (value.startsWith(u"--"_s)) {
        const QStringList fields = value.mid(2).split(u'-');
        parts.month = fields.value(0).toInt();
        parts.day = fields.value(1).toInt();
    } else {
        const QStringList fields = value.split(u'-');
        parts.year = fields.value(0).toInt();
        parts.month = fields.value(1).toInt();
        parts.day = fields.value(2).toInt();
    }
    return parts;
}

// The years a decade spans: "1980s" 1980–1989, "early 1980s" 1980–1983, "mid-1980s"
// 1983–1986, "late 1980s" 1986–1989; for another date, its year alone; nothing without one.
std::optional<std::pair<int, int>> yearSpan(const Fact &fact)
{
    if (fact.granularity == DateGranularity::Decade) {
        const int start = fact.value.right(5).left(4).toInt();
        if (fact.value.startsWith(u"early"_s))
            return std::pair {start, start + 3};
        if (fact.value.startsWith(u"mid"_s))
            return std::pair {start + 3, start + 6};
        if (fact.value.startsWith(u"late"_s))
            return std::pair {start + 6, start + 9};
        return std::pair {start, start + 9};
    }
    const int year = dateParts(fact).year;
    return year ? std::optional(std::pair {year, year}) : std::nullopt;
}

bool isDecade(const Fact &fact)
{
    return fact.kind == FactKind::Date && fact.granularity == DateGranularity::Decade;
}

// "three weeks after" → {3, "week after"}: the same period and direction is one claim.
struct RelativePeriod {
    double amount = 0;
    QString unitAndDirection;
};

std::optional<RelativePeriod> relativePeriod(const Fact &fact)
{
    if (fact.granularity != DateGranularity::Relative)
        return std::nullopt;
    static const QRegularExpression period(
        u"^(?<n>"_s + NumberParser::pattern() + uR"()\s+(?<unit>day|week|month|year|decade)s?\s+(?<dir>after|before|later|earlier|ago)$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto match = period.match(fact.value);
    const auto number = match.hasMatch() ? NumberParser::parse(match.capturedView(u"n")) : std::nullopt;
    if (!number)
        return std::nullopt;
    QString direction = match.captured(u"dir");
    if (direction == "after"_L1)
        direction = u"later"_s;
    else if (direction == "before"_L1)
        direction = u"earlier"_s;
    return RelativePeriod {number->value, match.captured(u"unit") + u' ' + direction};
}

// Whether one of two dates is counted from the day its report was written ("last week",
// "a century ago", "nine days earlier"), and neither is counted from an event named
// beside it ("five days before a key playoff game") nor are both periods that compare
// ("three weeks ago" / "five weeks ago").
bool countedFromTheDayOfWriting(const Fact &a, const Fact &b)
{
    const auto fromAnEvent = [](const Fact &fact) {
        return fact.granularity == DateGranularity::Relative && (fact.value.endsWith(u"before"_s) || fact.value.endsWith(u"after"_s));
    };
    const bool relativeA = a.granularity == DateGranularity::Relative;
    const bool relativeB = b.granularity == DateGranularity::Relative;
    return (relativeA || relativeB) && !fromAnEvent(a) && !fromAnEvent(b) && !(relativePeriod(a) && relativePeriod(b));
}

// The day as the text names it ("tuesday", "yesterday"), whether or not it was resolved
// against the report's date; empty for other dates.
QString writtenDay(const Fact &fact)
{
    if (fact.kind != FactKind::Date)
        return {};
    return fact.granularity == DateGranularity::Weekday ? fact.value.toLower() : fact.subjectWord;
}

bool datesAgree(const Fact &a, const Fact &b, bool strict)
{
    if (a.value == b.value)
        return true;
    // A weekday or "yesterday", resolved against each report's date or not: the same
    // word agrees.
    if (!writtenDay(a).isEmpty() && writtenDay(a) == writtenDay(b))
        return true;
    if (strict)
        return false;
    if (const auto x = relativePeriod(a), y = relativePeriod(b); x && y)
        return x->unitAndDirection == y->unitAndDirection && x->amount == y->amount;
    // A decade contains its years: "the early 1980s" admits "1982".
    if (isDecade(a) || isDecade(b)) {
        const auto x = yearSpan(a);
        const auto y = yearSpan(b);
        return x && y && x->first <= y->second && y->first <= x->second;
    }
    const DateParts x = dateParts(a);
    const DateParts y = dateParts(b);
    if (!x.isAbsolute() || !y.isAbsolute())
        return false;
    // "by 2030" and "in 2030" are different claims; a bare year goes with any qualifier.
    if (!x.qualifier.isEmpty() && !y.qualifier.isEmpty() && x.qualifier != y.qualifier)
        return false;
    // A vaguer date contains a precise one: "2024" ⊃ "December 2024" ⊃ "December 11";
    // a day without a year matches that day in any year.
    return x.shared(y) > 0 && x.sharedEqual(y);
}

// Times of day in minutes; a time without a.m. or p.m. ("7:42") matches either half.
bool timesAgree(const Fact &a, const Fact &b, bool strict)
{
    if (!a.unit.isEmpty() && !b.unit.isEmpty() && a.unit != b.unit)
        return false; // "13:38 GMT" and "8:38 EST" need a time-zone table to compare
    const bool eitherHalf = !a.qualifier.isEmpty() || !b.qualifier.isEmpty();
    const ValueInterval &x = strict ? a.written : a.admitted;
    const ValueInterval &y = strict ? b.written : b.admitted;
    for (const double shift : {0.0, 720.0, -720.0}) {
        if (shift != 0 && !eitherHalf)
            break;
        if (ValueInterval {x.low + shift, x.high + shift}.overlaps(y))
            return true;
    }
    return false;
}

// Two statements of a number agree when the values they admit overlap. Two bounds of
// one direction ("more than 160" and "more than 221") state their bound, which must match.
bool valuesAgree(const ValueInterval &admittedA,
    const ValueInterval &writtenA,
    const ValueInterval &admittedB,
    const ValueInterval &writtenB,
    int boundA,
    int boundB,
    bool strict)
{
    if (strict || (boundA != 0 && boundA == boundB))
        return writtenA.overlaps(writtenB);
    return admittedA.overlaps(admittedB);
}

// Every currency both facts state must agree: "0.2 trillion roubles ($1.9 billion)" and
// "0.6 trillion roubles ($1.9 billion)" contradict each other in roubles. A fact that
// states two sums in one currency ("$US1 million ($1.52 million)", where the bare "$" is
// the outlet's own dollar) agrees in it when either sum does.
bool moneyAgrees(const Fact &a, const Fact &b, bool strict)
{
    QSet<QString> currencies;
    for (const MoneyAmount &x : a.money)
        currencies.insert(x.currency);
    int shared = 0;
    for (const QString &currency : std::as_const(currencies)) {
        bool stated = false;
        bool matched = false;
        for (const MoneyAmount &x : a.money) {
            for (const MoneyAmount &y : b.money) {
                if (x.currency != currency || y.currency != currency)
                    continue;
                stated = true;
                matched = matched || valuesAgree(x.admitted, x.written, y.admitted, y.written, a.bound, b.bound, strict);
            }
        }
        if (stated && !matched)
            return false;
        shared += stated;
    }
    return shared > 0;
}

bool shareCurrency(const Fact &a, const Fact &b)
{
    return std::any_of(a.money.cbegin(), a.money.cend(), [&](const MoneyAmount &x) {
        return std::any_of(b.money.cbegin(), b.money.cend(), [&](const MoneyAmount &y) {
            return x.currency == y.currency;
        });
    });
}

// What the claim is about, when both facts name it: "deaths", "age", "round".
QString sharedSubject(const Fact *a, const Fact *b)
{
    // The role two names are given: "general manager — A: A.J Smith · B: AJ Butler".
    if (a && b && a->kind == FactKind::Entity && !a->qualifier.isEmpty() && a->qualifier == b->qualifier)
        return a->qualifier;
    if (!a || !b || a->subject.isEmpty() || a->subject != b->subject)
        return {};
    if (a->kind != FactKind::Count && a->kind != FactKind::Age && a->kind != FactKind::Rank)
        return {};
    return a->subjectWord.isEmpty() ? a->subject : a->subjectWord;
}

// A fact's value as the explanation gives it beside a named subject: "at least 24".
QString describeUnderSubject(const Fact &fact)
{
    if (fact.kind == FactKind::Count || fact.kind == FactKind::Age)
        return fact.text.simplified();
    return ClaimClassifier::describe(fact);
}

Claim makeClaim(ClaimStatus status, const Fact *a, const Fact *b)
{
    Claim claim;
    claim.kind = a ? a->kind : b->kind;
    claim.status = status;
    if (a)
        claim.a = *a;
    if (b)
        claim.b = *b;
    // "deaths — A: 11 · B: at least 24": the subject once, then both values.
    const QString subject = sharedSubject(a, b);
    const auto described = [&](const Fact *fact) {
        return !fact ? QString() : subject.isEmpty() ? ClaimClassifier::describe(*fact) : describeUnderSubject(*fact);
    };
    const QString describedA = described(a);
    const QString describedB = described(b);
    const QString prefix = subject.isEmpty() ? QString() : subject + u" — "_s;
    switch (status) {
    case ClaimStatus::Agree:
        claim.explanation
            = prefix + (describedA.compare(describedB, Qt::CaseInsensitive) == 0 ? u"both: "_s + describedA : u"A: %1 · B: %2"_s.arg(describedA, describedB));
        break;
    case ClaimStatus::Compatible:
    case ClaimStatus::Conflict:
        claim.explanation = prefix + u"A: %1 · B: %2"_s.arg(describedA, describedB);
        break;
    case ClaimStatus::OnlyA:
        claim.explanation = u"only A: "_s + describedA;
        break;
    case ClaimStatus::OnlyB:
        claim.explanation = u"only B: "_s + describedB;
        break;
    }
    return claim;
}

// The status of two facts that agree: the same value, or values that can both be true
// at another precision or bound ("at least five" / "24", "December" / "Dec. 6").
ClaimStatus agreementStatus(const Fact &a, const Fact &b)
{
    switch (a.kind) {
    case FactKind::Date: {
        if ((isDecade(a) || isDecade(b)) && a.value != b.value)
            return ClaimStatus::Compatible;
        const DateParts x = dateParts(a);
        const DateParts y = dateParts(b);
        return x.isAbsolute() && y.isAbsolute() && !x.samePrecision(y) ? ClaimStatus::Compatible : ClaimStatus::Agree;
    }
    case FactKind::Money:
    case FactKind::Percent:
    case FactKind::Multiplier:
    case FactKind::Quantity:
    case FactKind::Count:
    case FactKind::Time:
        // The same value as written, and neither a bound nor "about" that the other lacks.
        if (a.bound != b.bound)
            return ClaimStatus::Compatible;
        // A figure inside a span ("250" / "between 200 and 300") can be true with it.
        if ((a.isSpan || b.isSpan) && (a.written.low != b.written.low || a.written.high != b.written.high))
            return ClaimStatus::Compatible;
        if (a.kind == FactKind::Money)
            return moneyAgrees(a, b, true) ? ClaimStatus::Agree : ClaimStatus::Compatible;
        return a.written.overlaps(b.written) && a.admitted.overlaps(b.written) && b.admitted.overlaps(a.written) ? ClaimStatus::Agree : ClaimStatus::Compatible;
    case FactKind::Age:
        return a.isSpan != b.isSpan ? ClaimStatus::Compatible : ClaimStatus::Agree;
    case FactKind::Rank:
    case FactKind::Entity:
        break;
    }
    return ClaimStatus::Agree;
}

// The status of two facts of one claim: agree, compatible or conflict.
ClaimStatus statusOf(const Fact &a, const Fact &b)
{
    return ClaimClassifier::agree(a, b) ? agreementStatus(a, b) : ClaimStatus::Conflict;
}

bool isEventSubject(const QString &subject)
{
    static const auto &words = Lexicon::set("event-subjects");
    return words.contains(subject);
}

// Within a pair of matching sentences the context says more: the same number counting
// other words is most often one claim in other words ("two wives" / "two women", "59
// passes" / "59 catches"), unless both name different things that happened ("2 killed"
// / "2 injured"). An ordinal and a count of one noun agree too ("the 11th round" /
// "11 rounds").
bool agreeInContext(const Fact &a, const Fact &b)
{
    if (ClaimClassifier::agree(a, b))
        return true;
    const auto sameNumber = [](const Fact &x, const Fact &y) {
        return x.written.low == y.written.low && x.written.high == y.written.high;
    };
    if (a.kind == FactKind::Count && b.kind == FactKind::Count && a.subject != u"score"_s && b.subject != u"score"_s)
        return sameNumber(a, b) && !(isEventSubject(a.subject) && isEventSubject(b.subject));
    const bool ordinalAndCount = (a.kind == FactKind::Rank && b.kind == FactKind::Count) || (a.kind == FactKind::Count && b.kind == FactKind::Rank);
    if (ordinalAndCount) {
        const Fact &rank = a.kind == FactKind::Rank ? a : b;
        const Fact &count = a.kind == FactKind::Rank ? b : a;
        return rank.rankTotal == 0 && !rank.subject.isEmpty() && rank.subject == count.subject && count.written.low == rank.rank
            && count.written.high == rank.rank;
    }
    return false;
}

// Whether two counts could be one toll: figures an order of magnitude apart are of
// another event ("the 2004 tsunami killed 170,000" beside today's 11).
bool ofOneScale(const Fact &a, const Fact &b)
{
    if (a.kind != FactKind::Count || b.kind != FactKind::Count)
        return true;
    const double x = std::max(a.written.low, 1.0);
    const double y = std::max(b.written.low, 1.0);
    return std::max(x, y) / std::min(x, y) <= 10;
}

// A figure that names nothing it counts ("now has 2,301."): see FactExtractor.
bool isBareNumber(const Fact &fact)
{
    return fact.kind == FactKind::Count && fact.subject.isEmpty();
}

bool countsPeople(const Fact &fact)
{
    static const QSet<QString> &peopleWords = Lexicon::set("people-words");
    return fact.kind == FactKind::Count && (fact.subject == "people"_L1 || peopleWords.contains(fact.subject));
}

// In matching sentences, two counts of people are one claim whatever noun each uses
// ("19 wives" / "20 women", "at least three of the employees" / "four people").
bool sameClaimInContext(const Fact &a, const Fact &b)
{
    // Tied by the words around them alone, a decade and a year far from it are two times
    // a report speaks of ("throughout the 1960s" / "told the Times in 2006"), not one it
    // got wrong; a decade is one claim with the years of its own and the next decade only.
    if (isDecade(a) || isDecade(b)) {
        const auto x = yearSpan(a);
        const auto y = yearSpan(b);
        if (x && y && (y->first - x->second > 10 || x->first - y->second > 10))
            return false;
    }
    return ClaimClassifier::sameClaim(a, b) || (countsPeople(a) && countsPeople(b));
}

ClaimStatus statusInContext(const Fact &a, const Fact &b)
{
    if (countsPeople(a) && countsPeople(b) && a.subject != b.subject) {
        Fact sameSubject = b;
        sameSubject.subject = a.subject;
        return statusOf(a, sameSubject);
    }
    return statusOf(a, b);
}

// Sentences about an earlier event than the report's, with the earlier years they
// state: a year before the latest the report names, or "last year", "five years ago"
// (year -1). Their figures ("the 2004 tsunami killed 170,000") belong to that event.
QHash<int, QSet<int>> sentencesAboutThePast(const QList<Fact> &facts)
{
    int latestYear = 0;
    for (const Fact &fact : facts)
        if (fact.kind == FactKind::Date)
            latestYear = std::max(latestYear, dateParts(fact).year);
    QHash<int, QSet<int>> past;
    for (const Fact &fact : facts) {
        if (fact.kind != FactKind::Date)
            continue;
        const int year = dateParts(fact).year;
        if (year > 0 && year < latestYear)
            past[fact.sentence].insert(year);
        else if (fact.granularity == DateGranularity::Relative
            && (fact.value.startsWith(u"last year"_s) || (fact.value.contains(u"year"_s) && fact.value.endsWith(u"ago"_s))))
            past[fact.sentence].insert(-1);
    }
    return past;
}

// Whether FACT stands near a date of an earlier time than the report's: within a few
// words ("the magnitude 9.1 quake of 2004", "the 2004 tsunami, which killed 170,000"),
// not a sentence away ("accused of having two wives, is charged with polygamy between
// Nov. 1, 2004, and …").
// SENTENCE_FACTS are the indexes of the facts of FACT's sentence.
bool nearAnEarlierTime(const Fact &fact, const QList<Fact> &facts, const QList<int> &sentenceFacts, const QHash<int, QSet<int>> &past)
{
    constexpr qsizetype Near = 30; // characters: four or five words
    if (!past.contains(fact.sentence))
        return false;
    const QSet<int> &years = past.value(fact.sentence);
    return std::any_of(sentenceFacts.cbegin(), sentenceFacts.cend(), [&](int k) {
        const Fact &date = facts.at(k);
        if (date.kind != FactKind::Date || &date == &fact)
            return false;
        const bool earlier = years.contains(dateParts(date).year) || (date.granularity == DateGranularity::Relative && years.contains(-1));
        return earlier && std::max(date.range.start - fact.range.end, fact.range.start - date.range.end) <= Near;
    });
}

// Where a matching sentence pair holds several figures of one claim on each side, the
// word-level difference tells which is which: the figures inside replaced words are
// the ones that changed, and they pair in reading order ("2 in March and 3 in April" /
// "4 in March and 6 in April"). The partner of A's fact I, or -1.
int replacedCounterpart(
    int i, const QList<int> &candidatesA, const QList<int> &candidatesB, const QList<Fact> &factsA, const QList<Fact> &factsB, const WordChanges &changes)
{
    const auto replaced = [](const Fact &fact, const QList<TextRange> &changed) {
        return std::any_of(changed.cbegin(), changed.cend(), [&](const TextRange &word) {
            return word.overlaps(fact.range);
        });
    };
    QList<int> changedA, changedB;
    for (const int k : candidatesA)
        if (replaced(factsA.at(k), changes.a))
            changedA.append(k);
    for (const int k : candidatesB)
        if (replaced(factsB.at(k), changes.b))
            changedB.append(k);
    const qsizetype at = changedA.indexOf(i);
    if (at < 0 || changedA.size() != changedB.size())
        return -1;
    return changedB.at(at); // the candidates are in reading order
}

double midpoint(const ValueInterval &interval)
{
    return (interval.low + interval.high) / 2;
}

// Whether A and B state figures of one kind that differ only by a slip: at least 100,
// apart by more than their rounding and by at most NearlyIdenticalShare of the larger
// ("2,301" / "2,302", "7 minutes 41 seconds" / "7:42"). Exact figures only: a bound or
// an estimate admits the other. A bare number is a figure of whatever the other counts.
constexpr double NearlyIdenticalShare = 0.005;

bool nearlyIdentical(const Fact &a, const Fact &b)
{
    constexpr double SmallestFigure = 100;
    const auto exact = [](const Fact &fact) {
        return !fact.isSpan && fact.bound == 0 && fact.admitted.low == fact.written.low && fact.admitted.high == fact.written.high;
    };
    if (a.kind != b.kind || a.kind == FactKind::Date || a.kind == FactKind::Entity || !exact(a) || !exact(b))
        return false;
    if (a.kind == FactKind::Count ? !(sameClaimInContext(a, b) || isBareNumber(a) || isBareNumber(b)) : !ClaimClassifier::sameClaim(a, b))
        return false;
    const double x = midpoint(a.written);
    const double y = midpoint(b.written);
    return std::min(x, y) >= SmallestFigure && !a.written.overlaps(b.written) && std::abs(x - y) <= NearlyIdenticalShare * std::max(x, y);
}

// Whether FACT states again a value of its report that is already in a claim.
bool repeatsAnAgreement(const Fact &fact, const QList<Fact> &facts, const QSet<int> &used)
{
    return std::any_of(used.cbegin(), used.cend(), [&](int k) {
        return facts.at(k).kind == fact.kind && facts.at(k).value == fact.value && &facts.at(k) != &fact;
    });
}

// Whether A and B count one group that a report names as such ("a 1,000-member church" /
// "up to 1,000 parishioners"): then a bound admits the other's figure anywhere in the
// text. People, countries and times are said of too many things to tie figures so far
// apart.
bool countsOneNamedGroup(const Fact &a, const Fact &b)
{
    static const QSet<QString> tooGeneral = {u"people"_s, u"country"_s, u"time"_s};
    return a.kind == FactKind::Count && b.kind == FactKind::Count && !a.subject.isEmpty() && a.subject == b.subject && !tooGeneral.contains(a.subject)
        && !isEventSubject(a.subject);
}

// One distinct entity per document: a name that recurs is one claim, anchored where
// it first appears.
QList<const Fact *> distinctEntities(const QList<Fact> &facts)
{
    QList<const Fact *> entities;
    for (const Fact &fact : facts) {
        if (fact.kind != FactKind::Entity)
            continue;
        const auto known = std::find_if(entities.begin(), entities.end(), [&](const Fact *seen) {
            return EntityNames::sameEntity(seen->value, fact.value);
        });
        if (known == entities.end())
            entities.append(&fact);
        else if (fact.value.size() > (*known)->value.size())
            *known = &fact; // keep the fuller name: "Vladimir Putin" over "Putin"
    }
    return entities;
}

// The people given each role ("general manager"), by the mentions that give it.
QHash<QString, QList<const Fact *>> roleMentions(const QList<Fact> &facts)
{
    QHash<QString, QList<const Fact *>> mentions;
    for (const Fact &fact : facts) {
        if (fact.kind == FactKind::Entity && !fact.qualifier.isEmpty())
            mentions[fact.qualifier].append(&fact);
    }
    return mentions;
}

// The one distinct entity (of ENTITIES) that all MENTIONS name, or null when they name
// several people or none.
const Fact *representative(const QList<const Fact *> &entities, const QList<const Fact *> &mentions)
{
    const Fact *person = nullptr;
    for (const Fact *mention : mentions) {
        const auto entity = std::find_if(entities.cbegin(), entities.cend(), [&](const Fact *candidate) {
            return EntityNames::sameEntity(candidate->value, mention->value);
        });
        if (entity == entities.cend() || (person && person != *entity))
            return nullptr;
        person = *entity;
    }
    return person;
}

} // namespace

QString ClaimClassifier::describe(const Fact &fact)
{
    switch (fact.kind) {
    case FactKind::Rank:
        if (fact.rankTotal > 0)
            return u"%1 of %2"_s.arg(ordinal(fact.rank)).arg(fact.rankTotal);
        return fact.subjectWord.isEmpty() ? ordinal(fact.rank) : ordinal(fact.rank) + u' ' + fact.subjectWord;
    case FactKind::Money: {
        QStringList amounts;
        for (const MoneyAmount &amount : fact.money)
            amounts << amount.currency + u' ' + scaled(amount.amount);
        return amounts.first() + (amounts.size() > 1 ? u" ("_s + amounts.mid(1).join(u", "_s) + u')' : QString());
    }
    case FactKind::Count:
        if (fact.subject == "score"_L1 || fact.subject.isEmpty())
            return fact.text.simplified();
        return u"%1 (%2)"_s.arg(fact.value.section(u' ', 0, 0), fact.subjectWord.isEmpty() ? fact.subject : fact.subjectWord);
    case FactKind::Age:
        return u"aged %1"_s.arg(fact.value);
    case FactKind::Percent:
    case FactKind::Multiplier:
    case FactKind::Entity:
        return fact.value;
    case FactKind::Quantity:
    case FactKind::Date:
    case FactKind::Time:
        return fact.text.simplified();
    }
    return fact.text;
}

bool ClaimClassifier::agree(const Fact &a, const Fact &b, bool strict)
{
    if (a.kind != b.kind)
        return false;
    const auto numbersAgree = [&] {
        return valuesAgree(a.admitted, a.written, b.admitted, b.written, a.bound, b.bound, strict);
    };
    switch (a.kind) {
    case FactKind::Money:
        return moneyAgrees(a, b, strict);
    case FactKind::Percent:
    case FactKind::Multiplier:
    case FactKind::Quantity:
        return a.unit == b.unit && numbersAgree();
    case FactKind::Count:
        if (a.subject == "score"_L1 || b.subject == "score"_L1)
            return a.value == b.value; // "91-73" is compared as written
        return a.subject == b.subject && numbersAgree();
    case FactKind::Age:
        // An age within a span ("8- to 12-week-old") can be true with it.
        if (a.isSpan || b.isSpan)
            return a.written.overlaps(b.written);
        return a.written.low == b.written.low;
    case FactKind::Rank:
        if (a.rank != b.rank)
            return false;
        if (a.rankTotal > 0 && b.rankTotal > 0)
            return a.rankTotal == b.rankTotal;
        // "the sixth round" and "in the sixth": one says what is ordered, the other not.
        return a.subject.isEmpty() || b.subject.isEmpty() || a.subject == b.subject;
    case FactKind::Date:
        return datesAgree(a, b, strict);
    case FactKind::Time:
        return timesAgree(a, b, strict);
    case FactKind::Entity:
        return EntityNames::sameEntity(a.value, b.value);
    }
    return false;
}

bool ClaimClassifier::sameClaim(const Fact &a, const Fact &b)
{
    if (a.kind != b.kind)
        return false;
    switch (a.kind) {
    case FactKind::Money:
        return shareCurrency(a, b);
    case FactKind::Percent:
    case FactKind::Multiplier:
        return a.unit == b.unit;
    case FactKind::Quantity:
        // "two seconds remaining" and "an unbeaten run of eight years" measure other
        // things: periods of one claim differ in their value, not in their scale.
        if (a.unit == u"duration"_s && b.unit == a.unit)
            return std::max(a.written.high, b.written.high) <= 10 * std::min(a.written.high, b.written.high);
        return a.unit == b.unit;
    case FactKind::Count:
        return !a.subject.isEmpty() && a.subject == b.subject;
    case FactKind::Age:
        return true;
    case FactKind::Time:
        return a.unit.isEmpty() || b.unit.isEmpty() || a.unit == b.unit;
    case FactKind::Rank:
        // "31st of 83" / "31st of 85" conflict on the field; two ranks of fields of
        // unknown size, or of other things ordered, are two claims.
        if (a.rankTotal > 0 && b.rankTotal > 0)
            return a.rank == b.rank || a.rankTotal == b.rankTotal;
        return a.rankTotal == 0 && b.rankTotal == 0 && !a.subject.isEmpty() && a.subject == b.subject;
    case FactKind::Date: {
        if (const auto x = relativePeriod(a), y = relativePeriod(b); x && y)
            return x->unitAndDirection == y->unitAndDirection; // "three weeks after" / "five weeks after"
        if (a.granularity == DateGranularity::Weekday && b.granularity == DateGranularity::Weekday)
            return true; // "on Monday" / "on Tuesday" for the same event
        if (isDecade(a) || isDecade(b))
            return yearSpan(a) && yearSpan(b); // "in the 1980s" / "in 1995"
        // Absolute dates of one qualifier that state a common part: "June 27, 1973" and
        // "July 1973" disagree on the month, "April 8, 2012" and "April 9" on the day.
        const DateParts x = dateParts(a);
        const DateParts y = dateParts(b);
        return x.isAbsolute() && y.isAbsolute() && x.qualifier == y.qualifier && x.shared(y) > 0;
    }
    case FactKind::Entity:
        return false; // a different name is another entity, not a contradiction
    }
    return false;
}

QList<Claim> ClaimClassifier::classify(const QList<Fact> &factsA, const QList<Fact> &factsB, const QList<Alignment> &alignments, const SharedContext &context)
{
    QList<Claim> claims;
    // Indexes that keep every pass proportional to the facts near each other, not to
    // the product of all facts: by sentence, and by normalized value.
    QMultiHash<int, const Alignment *> alignedWithA;
    for (const Alignment &alignment : alignments)
        alignedWithA.insert(alignment.sentenceA, &alignment);
    QHash<int, QList<int>> numericBySentenceA, numericBySentenceB;
    QMultiHash<QString, int> numericByValueB;
    QList<int> numericA, numericB;
    const auto valueKey = [](const Fact &fact) -> QString {
        // A day resolved against the report's date is keyed by the word the text gives.
        const QString day = writtenDay(fact);
        return factKindName(fact.kind) + u'|' + (day.isEmpty() ? fact.value : day);
    };
    for (int i = 0; i < factsA.size(); ++i) {
        if (factsA.at(i).kind != FactKind::Entity) {
            numericA.append(i);
            numericBySentenceA[factsA.at(i).sentence].append(i);
        }
    }
    for (int j = 0; j < factsB.size(); ++j) {
        if (factsB.at(j).kind != FactKind::Entity) {
            numericB.append(j);
            numericBySentenceB[factsB.at(j).sentence].append(j);
            numericByValueB.insert(valueKey(factsB.at(j)), j);
        }
    }
    QSet<int> usedA, usedB;
    // Who each paired fact found, for a repeat of it to find the same (pass 6).
    QHash<int, int> partnerOfA, partnerOfB;
    const QHash<int, QSet<int>> pastA = sentencesAboutThePast(factsA);
    const QHash<int, QSet<int>> pastB = sentencesAboutThePast(factsB);
    const auto pair = [&](int i, int j, ClaimStatus status) {
        usedA.insert(i);
        usedB.insert(j);
        partnerOfA.insert(i, j);
        partnerOfB.insert(j, i);
        claims.append(makeClaim(status, &factsA.at(i), &factsB.at(j)));
    };

    // 1. Agreement within aligned sentences, best-aligned first, the same value as
    // written before a looser match ("55 kilometers (34 miles)" pairs 34 miles with
    // 34 miles, not with 55 km), and last what only the context makes one claim.
    for (int pass = 0; pass < 3; ++pass) {
        const auto matches = [pass](const Fact &a, const Fact &b) {
            return pass == 0 ? agree(a, b, true) : pass == 1 ? agree(a, b) : agreeInContext(a, b);
        };
        for (const int i : std::as_const(numericA)) {
            if (usedA.contains(i))
                continue;
            const Fact &a = factsA.at(i);
            int best = -1;
            double bestScore = 0;
            for (auto it = alignedWithA.constFind(a.sentence); it != alignedWithA.cend() && it.key() == a.sentence; ++it) {
                if ((*it)->score <= bestScore)
                    continue;
                for (const int j : numericBySentenceB.value((*it)->sentenceB)) {
                    if (!usedB.contains(j) && matches(a, factsB.at(j))) {
                        best = j;
                        bestScore = (*it)->score;
                        break;
                    }
                }
            }
            if (best >= 0) {
                const Fact &b = factsB.at(best);
                const ClaimStatus inContext = a.bound == b.bound ? ClaimStatus::Agree : ClaimStatus::Compatible;
                pair(i, best, a.kind == b.kind && agree(a, b) ? agreementStatus(a, b) : inContext);
            }
        }
    }
    // 2. Conflicts: in well-aligned sentences, exactly one open fact of the same claim on
    // each side. They come before agreement found elsewhere: what a matching sentence
    // says differently is the discrepancy, even if the other report repeats the value
    // about something else.
    for (const Alignment &alignment : alignments) {
        if (alignment.score < FramedConflictMinimumScore)
            continue;
        // Sentences that paraphrase more freely still set one claim against another when
        // the figures stand in the same words ("… months in federal prison").
        const bool framedOnly = alignment.score < ConflictMinimumScore;
        // Two sentences about the same earlier year ("pleaded guilty in July 1973") may
        // conflict; one about an earlier event and one about today's may not, except in
        // their dates, which are what differs.
        const bool aboutThePast = pastA.contains(alignment.sentenceA) || pastB.contains(alignment.sentenceB);
        const bool otherTimes = aboutThePast && !pastA.value(alignment.sentenceA).intersects(pastB.value(alignment.sentenceB));
        const QList<int> inA = numericBySentenceA.value(alignment.sentenceA);
        const QList<int> inB = numericBySentenceB.value(alignment.sentenceB);
        for (const int i : inA) {
            if (usedA.contains(i))
                continue;
            const Fact &a = factsA.at(i);
            QList<int> candidatesB;
            for (const int j : inB) {
                if (!usedB.contains(j) && sameClaimInContext(a, factsB.at(j)))
                    candidatesB.append(j);
            }
            QList<int> candidatesA;
            for (const int other : inA) {
                if (!usedA.contains(other) && sameClaimInContext(factsA.at(other), a))
                    candidatesA.append(other);
            }
            int partner = candidatesB.size() == 1 && candidatesA.size() == 1 ? candidatesB.first() : -1;
            if (partner < 0)
                partner = replacedCounterpart(i, candidatesA, candidatesB, factsA, factsB, alignment.changes);
            // A figure beside an earlier time is set against the other only in one frame
            // of words too: "served four and a half months in federal prison for the
            // break-in of June 17, 1972" / "served five months in federal prison".
            if (partner < 0 || ((framedOnly || (otherTimes && a.kind != FactKind::Date)) && !context.sharesFrame(i, partner)))
                continue;
            // In sentences that also speak of an earlier time, a value this report
            // repeats, and that the other report confirmed where it first stood, is not
            // contradicted by another figure ("the 6.1-magnitude quake" again, beside
            // "the magnitude 9.1 quake of 2004").
            if (aboutThePast && (repeatsAnAgreement(a, factsA, usedA) || repeatsAnAgreement(factsB.at(partner), factsB, usedB)))
                continue;
            pair(i, partner, statusInContext(a, factsB.at(partner)));
        }
    }
    // 2b. The same claim in sentences that paraphrase each other too freely to align:
    // "turnout reached 93.87 percent" / "turnout was almost 90%". The words around the
    // figures tie them, when they tie each to no other candidate of another value (a
    // value stated twice is one statement, not a rival). The same value first, as above.
    for (const bool sameValue : {true, false}) {
        struct Candidate {
            int other;
            double weight;
        };
        QHash<int, QList<Candidate>> candidatesOfA, candidatesOfB;
        for (const int i : std::as_const(numericA)) {
            if (usedA.contains(i))
                continue;
            const QHash<int, double> ties = context.tiesOfA(i);
            for (auto tie = ties.cbegin(); tie != ties.cend(); ++tie) {
                const Fact &a = factsA.at(i);
                const Fact &b = factsB.at(tie.key());
                if (usedB.contains(tie.key()) || !sameClaimInContext(a, b) || sameValue != (statusInContext(a, b) != ClaimStatus::Conflict))
                    continue;
                candidatesOfA[i].append({tie.key(), *tie});
                candidatesOfB[tie.key()].append({i, *tie});
            }
        }
        // The candidate that the surroundings clearly favour, or -1.
        const auto favourite = [&](const QList<Candidate> &candidates, const QList<Fact> &facts) {
            const auto best = std::max_element(candidates.cbegin(), candidates.cend(), [](const Candidate &x, const Candidate &y) {
                return x.weight < y.weight || (x.weight == y.weight && x.other > y.other);
            });
            if (best == candidates.cend() || best->weight < ContextMinimumRareWords * context.rareWordWeight())
                return -1;
            for (const Candidate &rival : candidates) {
                if (rival.other != best->other && rival.weight * ContextMargin > best->weight && !agree(facts.at(rival.other), facts.at(best->other), true))
                    return -1;
            }
            return best->other;
        };
        for (auto it = candidatesOfA.cbegin(); it != candidatesOfA.cend(); ++it) {
            const int i = it.key();
            const int j = favourite(*it, factsB);
            if (j < 0 || usedB.contains(j) || favourite(candidatesOfB.value(j), factsA) != i)
                continue;
            const Fact &a = factsA.at(i);
            const Fact &b = factsB.at(j);
            // An earlier event's figure ("the 2004 tsunami, which killed 170,000") is not
            // the same claim as today's; a figure in a sentence that only also names an
            // earlier time may be.
            if ((a.kind != FactKind::Date
                    && nearAnEarlierTime(a, factsA, numericBySentenceA.value(a.sentence), pastA)
                        != nearAnEarlierTime(b, factsB, numericBySentenceB.value(b.sentence), pastB))
                || !ofOneScale(a, b))
                continue;
            pair(i, j, statusInContext(a, b));
        }
    }
    // 3. Anywhere, when the value is the same as written: news reorders, but a looser
    // match needs the context of an alignment.
    for (const int i : std::as_const(numericA)) {
        if (usedA.contains(i))
            continue;
        const QList<int> sameValue = numericByValueB.values(valueKey(factsA.at(i)));
        for (auto it = sameValue.crbegin(); it != sameValue.crend(); ++it) { // values() lists the last inserted first
            if (!usedB.contains(*it) && agree(factsA.at(i), factsB.at(*it), true)) {
                pair(i, *it, agreementStatus(factsA.at(i), factsB.at(*it)));
                break;
            }
        }
    }
    // 4. Anywhere, a looser match that is the only one on both sides: "64 kilometres"
    // in one paragraph, "about 40 miles" in another. Counts must name one subject.
    {
        QHash<int, QList<int>> candidatesOfA, candidatesOfB;
        // Bare numbers only agree as written (pass 3); they would make this pass quadratic
        // on a text of numbered lines.
        for (const int i : std::as_const(numericA)) {
            if (usedA.contains(i) || factsA.at(i).kind == FactKind::Rank || isBareNumber(factsA.at(i)))
                continue;
            for (const int j : std::as_const(numericB)) {
                if (!usedB.contains(j) && !isBareNumber(factsB.at(j)) && agree(factsA.at(i), factsB.at(j))) {
                    candidatesOfA[i].append(j);
                    candidatesOfB[j].append(i);
                }
            }
        }
        for (auto it = candidatesOfA.cbegin(); it != candidatesOfA.cend(); ++it) {
            if (it->size() != 1 || candidatesOfB.value(it->first()).size() != 1)
                continue;
            // Far from each other, only the same value is one claim: "more than one" and
            // "about 800" admit each other without saying the same thing. A date that
            // contains the other ("1972" / "March 30, 1972") is safe anywhere.
            const Fact &a = factsA.at(it.key());
            const Fact &b = factsB.at(it->first());
            const ClaimStatus status = agreementStatus(a, b);
            if (status == ClaimStatus::Agree || a.kind == FactKind::Date || countsOneNamedGroup(a, b))
                pair(it.key(), it->first(), status);
        }
    }
    // 5. The figure of an event, wherever it stands: for deaths, injured, arrested …,
    // the largest figure each report gives is its toll. Two tolls that differ conflict
    // (or are compatible when one is a bound that admits the other). Figures of a part
    // or of an earlier time are smaller than the toll and stay out; figures an order of
    // magnitude apart are of another event ("the 2004 tsunami killed 170,000").
    {
        const auto largest = [](const QList<Fact> &facts, const QString &subject, const QHash<int, QSet<int>> &past) {
            int index = -1;
            for (int k = 0; k < facts.size(); ++k) {
                if (facts.at(k).kind == FactKind::Count && facts.at(k).subject == subject && !past.contains(facts.at(k).sentence)
                    && (index < 0 || facts.at(k).written.low > facts.at(index).written.low))
                    index = k;
            }
            return index;
        };
        QSet<QString> subjects;
        for (const int i : std::as_const(numericA))
            if (isEventSubject(factsA.at(i).subject) && factsA.at(i).kind == FactKind::Count)
                subjects.insert(factsA.at(i).subject);
        for (const QString &subject : std::as_const(subjects)) {
            const int i = largest(factsA, subject, pastA);
            const int j = largest(factsB, subject, pastB);
            if (i < 0 || j < 0 || usedA.contains(i) || usedB.contains(j))
                continue;
            if (!ofOneScale(factsA.at(i), factsB.at(j)))
                continue;
            pair(i, j, statusOf(factsA.at(i), factsB.at(j)));
        }
    }
    // 6. A repeated statement agrees with the counterpart its twin already found: the
    // other report's same value, or whatever the twin was paired with ("1972" twice in B,
    // the first found "March 30, 1972" in A; the second is compatible with it too).
    QMultiHash<QString, int> numericByValueA;
    for (const int i : std::as_const(numericA))
        numericByValueA.insert(valueKey(factsA.at(i)), i);
    // The counterpart for FACT among OTHER_FACTS, or -1: the other report's last fact of
    // its value, else the partner of a twin in its own report, when it agrees (a twin in
    // conflict does not make its repeat one: the repeat may be said of something else).
    const auto counterpartOfRepeat = [&valueKey](const Fact &fact,
                                         const QList<Fact> &otherFacts,
                                         const QMultiHash<QString, int> &otherByValue,
                                         const QMultiHash<QString, int> &ownByValue,
                                         const QHash<int, int> &partnerOfOwn) {
        const QString key = valueKey(fact);
        const QList<int> sameValue = otherByValue.values(key);
        if (!sameValue.isEmpty())
            return sameValue.constLast();
        for (const int twin : ownByValue.values(key)) {
            const auto partner = partnerOfOwn.constFind(twin);
            if (partner != partnerOfOwn.cend() && agree(fact, otherFacts.at(*partner)))
                return *partner;
        }
        return -1;
    };
    for (const int i : std::as_const(numericA)) {
        if (usedA.contains(i))
            continue;
        const int j = counterpartOfRepeat(factsA.at(i), factsB, numericByValueB, numericByValueA, partnerOfA);
        if (j >= 0) {
            usedA.insert(i);
            // The same value, maybe as a bound: "up to 1,000" admits 1,000, it does not say it.
            const Fact &b = factsB.at(j);
            claims.append(makeClaim(agreementStatus(factsA.at(i), b), &factsA.at(i), &b));
        }
    }
    for (const int j : std::as_const(numericB)) {
        if (usedB.contains(j))
            continue;
        const int i = counterpartOfRepeat(factsB.at(j), factsA, numericByValueA, numericByValueB, partnerOfB);
        if (i >= 0) {
            usedB.insert(j);
            const Fact &a = factsA.at(i);
            claims.append(makeClaim(agreementStatus(a, factsB.at(j)), &a, &factsB.at(j)));
        }
    }
    // 6b. A time counted from the day of writing ("last week", "earlier this year", "more
    // than a century ago") and another date of the same event can both be true: without
    // the day each report was written, no reader can tell them apart. Compatible, where
    // the sentences match or the words around the two tie them.
    for (const int i : std::as_const(numericA)) {
        if (usedA.contains(i) || factsA.at(i).kind != FactKind::Date)
            continue;
        const Fact &a = factsA.at(i);
        const QHash<int, double> ties = context.tiesOfA(i);
        int best = -1;
        double bestStrength = 0;
        // The strongest tie; of ties as strong, the first date in reading order, whatever
        // order the ties come in (they come from a hash).
        const auto consider = [&](int j, double strength) {
            const Fact &b = factsB.at(j);
            if (usedB.contains(j) || b.kind != FactKind::Date || !countedFromTheDayOfWriting(a, b) || strength <= 0 || strength < bestStrength
                || (strength == bestStrength && j > best))
                return;
            best = j;
            bestStrength = strength;
        };
        // In rare words: a matching sentence counts as much as a tie, and the words near
        // each date choose among the dates of one sentence.
        const double tieNeeded = ContextMinimumRareWords * context.rareWordWeight();
        for (auto it = alignedWithA.constFind(a.sentence); it != alignedWithA.cend() && it.key() == a.sentence; ++it) {
            if ((*it)->score >= ConflictMinimumScore) {
                for (const int j : numericBySentenceB.value((*it)->sentenceB))
                    consider(j, tieNeeded + ties.value(j));
            }
        }
        for (auto tie = ties.cbegin(); tie != ties.cend(); ++tie) {
            if (*tie >= tieNeeded)
                consider(tie.key(), *tie);
        }
        if (best >= 0)
            pair(i, best, ClaimStatus::Compatible);
    }
    // 6c. A date the other report states only once, at its own precision, covers each
    // date of this report that it admits, even one it already paired with: "In 1955" in B
    // says nothing against A's "January 1955" when A also names 1955 elsewhere. Only
    // dates in a year, without a bound: a decade or "by 1958" is said of a period.
    const auto isPlainDate = [](const Fact &fact) {
        const DateParts parts = dateParts(fact);
        return fact.kind == FactKind::Date && parts.year && parts.qualifier.isEmpty();
    };
    // Plain dates by year: only dates of one year can cover each other.
    const auto plainDatesByYear = [&](const QList<Fact> &facts, const QList<int> &numeric) {
        QMultiHash<int, int> byYear;
        for (const int k : numeric) {
            if (isPlainDate(facts.at(k)))
                byYear.insert(dateParts(facts.at(k)).year, k);
        }
        return byYear;
    };
    const QMultiHash<int, int> plainDatesA = plainDatesByYear(factsA, numericA);
    const QMultiHash<int, int> plainDatesB = plainDatesByYear(factsB, numericB);
    // The one date of OTHER_DATES that admits FACT, or -1 (none, or several).
    const auto coveringDate = [](const Fact &fact, const QList<Fact> &otherFacts, const QMultiHash<int, int> &otherDates) {
        int found = -1;
        const int year = dateParts(fact).year;
        for (auto it = otherDates.constFind(year); it != otherDates.cend() && it.key() == year; ++it) {
            if (!agree(fact, otherFacts.at(*it)))
                continue;
            if (found >= 0)
                return -1;
            found = *it;
        }
        return found;
    };
    // In reading order, as every pass.
    for (const int i : std::as_const(numericA)) {
        const int j = usedA.contains(i) || !isPlainDate(factsA.at(i)) ? -1 : coveringDate(factsA.at(i), factsB, plainDatesB);
        if (j >= 0)
            pair(i, j, agreementStatus(factsA.at(i), factsB.at(j)));
    }
    for (const int j : std::as_const(numericB)) {
        const int i = usedB.contains(j) || !isPlainDate(factsB.at(j)) ? -1 : coveringDate(factsB.at(j), factsA, plainDatesA);
        if (i >= 0)
            pair(i, j, agreementStatus(factsA.at(i), factsB.at(j)));
    }
    // 6d. Near-identical figures in sentences that share a word: "Hansbrough now has
    // 2,301." / "Hansbrough … now has 2,302 for his career", "with 7 minutes 41 seconds
    // to go" / "With 7:42 left". Figures that close are one claim that a report got
    // slightly wrong far more often than two things that happen to measure alike; the
    // words of two sentences alone are too weak a tie for figures further apart (two
    // fights' rounds, two quakes' magnitudes). Dates are left out: a report names many
    // years a few apart.
    {
        // For each figure, the nearest of the other report's figures that qualify: those
        // of B within NearlyIdenticalShare of it, found in B's figures sorted by value.
        QList<std::pair<double, int>> byValueB;
        for (const int j : std::as_const(numericB)) {
            const double value = midpoint(factsB.at(j).written);
            if (!usedB.contains(j) && std::isfinite(value)) // a NaN would break the order
                byValueB.append({value, j});
        }
        std::sort(byValueB.begin(), byValueB.end());
        QHash<int, int> closestOfA, closestOfB;
        const auto apart = [&](int i, int j) {
            return std::abs(midpoint(factsA.at(i).written) - midpoint(factsB.at(j).written));
        };
        for (const int i : std::as_const(numericA)) {
            if (usedA.contains(i))
                continue;
            const double x = midpoint(factsA.at(i).written);
            const double reach = NearlyIdenticalShare * std::abs(x) / (1 - NearlyIdenticalShare);
            const auto first = std::lower_bound(byValueB.cbegin(), byValueB.cend(), std::pair(x - reach, -1));
            for (auto candidate = first; candidate != byValueB.cend() && candidate->first <= x + reach; ++candidate) {
                const int j = candidate->second;
                if (!nearlyIdentical(factsA.at(i), factsB.at(j)) || context.sentenceTie(factsA.at(i).sentence, factsB.at(j).sentence) <= 0)
                    continue;
                if (const int known = closestOfA.value(i, -1); known < 0 || apart(i, j) < apart(i, known))
                    closestOfA.insert(i, j);
                if (const int known = closestOfB.value(j, -1); known < 0 || apart(i, j) < apart(known, j))
                    closestOfB.insert(j, i);
            }
        }
        for (const int i : std::as_const(numericA)) {
            const int j = closestOfA.value(i, -1);
            if (j >= 0 && closestOfB.value(j) == i && !usedB.contains(j))
                pair(i, j, ClaimStatus::Conflict);
        }
    }
    // 7. What is left, one side says alone; a bare number says nothing alone.
    for (const int i : std::as_const(numericA)) {
        if (!usedA.contains(i) && !isBareNumber(factsA.at(i)))
            claims.append(makeClaim(ClaimStatus::OnlyA, &factsA.at(i), nullptr));
    }
    for (const int j : std::as_const(numericB)) {
        if (!usedB.contains(j) && !isBareNumber(factsB.at(j)))
            claims.append(makeClaim(ClaimStatus::OnlyB, nullptr, &factsB.at(j)));
    }

    // Entities: one claim per distinct entity; a person left on each side with the same
    // surname and another given name is one claim in conflict ("David Stevens" /
    // "Dale Stevens"), when no other name could be meant.
    const QList<const Fact *> entitiesA = distinctEntities(factsA);
    const QList<const Fact *> entitiesB = distinctEntities(factsB);
    QSet<const Fact *> matchedA, matchedB;
    for (const Fact *a : entitiesA) {
        const auto match = std::find_if(entitiesB.cbegin(), entitiesB.cend(), [&](const Fact *b) {
            return !matchedB.contains(b) && EntityNames::sameEntity(a->value, b->value);
        });
        if (match != entitiesB.cend()) {
            matchedA.insert(a);
            matchedB.insert(*match);
            claims.append(makeClaim(ClaimStatus::Agree, a, *match));
        }
    }
    // Only where one person of that surname is named on each side: "his wife, Joyce
    // LaRue" and "his father, Ike LaRue" are a family, not a discrepancy.
    const auto peopleNamed = [](const QList<const Fact *> &entities, const QString &name) {
        return std::count_if(entities.cbegin(), entities.cend(), [&](const Fact *entity) {
            return entity->value.contains(u' ') && entity->value.section(u' ', -1).compare(name.section(u' ', -1), Qt::CaseInsensitive) == 0;
        });
    };
    for (const Fact *a : entitiesA) {
        if (matchedA.contains(a))
            continue;
        QList<const Fact *> others;
        for (const Fact *b : entitiesB) {
            if (!matchedB.contains(b) && EntityNames::sameSurnameOtherGivenName(a->value, b->value))
                others.append(b);
        }
        const qsizetype rivalsInA = std::count_if(entitiesA.cbegin(), entitiesA.cend(), [&](const Fact *other) {
            return !matchedA.contains(other) && others.size() == 1 && EntityNames::sameSurnameOtherGivenName(other->value, others.first()->value);
        });
        if (others.size() == 1 && rivalsInA == 1 && peopleNamed(entitiesA, a->value) == 1 && peopleNamed(entitiesB, a->value) == 1) {
            matchedA.insert(a);
            matchedB.insert(others.first());
            claims.append(makeClaim(ClaimStatus::Conflict, a, others.first()));
        }
    }
    // One role given to two people in sentences that match: "General Manager A.J. Smith
    // issued a statement" / "Chargers general manager AJ Butler said". Only where each
    // side gives that role to one person alone.
    const QHash<QString, QList<const Fact *>> rolesA = roleMentions(factsA);
    const QHash<QString, QList<const Fact *>> rolesB = roleMentions(factsB);
    const auto aligned = [&](const Fact *a, const Fact *b) {
        for (auto it = alignedWithA.constFind(a->sentence); it != alignedWithA.cend() && it.key() == a->sentence; ++it) {
            if ((*it)->sentenceB == b->sentence && (*it)->score >= ConflictMinimumScore)
                return true;
        }
        return false;
    };
    for (auto role = rolesA.cbegin(); role != rolesA.cend(); ++role) {
        const QList<const Fact *> &mentionsA = role.value();
        const QList<const Fact *> mentionsB = rolesB.value(role.key());
        const Fact *personA = representative(entitiesA, mentionsA);
        const Fact *personB = representative(entitiesB, mentionsB);
        if (!personA || !personB || matchedA.contains(personA) || matchedB.contains(personB))
            continue;
        for (const Fact *a : mentionsA) {
            const auto b = std::find_if(mentionsB.cbegin(), mentionsB.cend(), [&](const Fact *b) {
                return aligned(a, b);
            });
            if (b != mentionsB.cend()) {
                matchedA.insert(personA);
                matchedB.insert(personB);
                claims.append(makeClaim(ClaimStatus::Conflict, a, *b));
                break;
            }
        }
    }
    // Where a person lives, said of one person in two places: "Anthony LaSalle, 36, of
    // Minneapolis" / "the Bloomington man".
    const QList<HomeConflict> homeConflicts = HomeConflict::find(factsA, entitiesA, factsB, entitiesB);
    for (const HomeConflict &conflict : homeConflicts) {
        Claim claim = makeClaim(ClaimStatus::Conflict, conflict.a, conflict.b);
        claim.explanation = conflict.explanation();
        claims.append(claim);
        // The place is said of the person in this claim: it is no name one side gives alone.
        matchedA.insert(representative(entitiesA, {conflict.a}));
        matchedB.insert(representative(entitiesB, {conflict.b}));
    }
    for (const Fact *a : entitiesA) {
        if (!matchedA.contains(a))
            claims.append(makeClaim(ClaimStatus::OnlyA, a, nullptr));
    }
    for (const Fact *b : entitiesB) {
        if (!matchedB.contains(b))
            claims.append(makeClaim(ClaimStatus::OnlyB, nullptr, b));
    }

    // In reading order of A, then of B.
    std::stable_sort(claims.begin(), claims.end(), [](const Claim &x, const Claim &y) {
        const qsizetype keyX = x.a ? x.a->range.start : std::numeric_limits<qsizetype>::max();
        const qsizetype keyY = y.a ? y.a->range.start : std::numeric_limits<qsizetype>::max();
        if (keyX != keyY)
            return keyX < keyY;
        return (x.b ? x.b->range.start : 0) < (y.b ? y.b->range.start : 0);
    });
    return claims;
}

} // namespace Parallax
