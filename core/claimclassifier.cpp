// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "claimclassifier.h"

#include "entitynames.h"

#include <QHash>
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

// Dates as comparable parts: "2024-12-11", "2024-12", "2030", with the qualifier apart.
struct DateParts {
    QString absolute; // empty for weekdays and relative dates
    QString qualifier;
};

DateParts dateParts(const Fact &fact)
{
    if (fact.granularity == DateGranularity::Weekday || fact.granularity == DateGranularity::Relative || fact.granularity == DateGranularity::Century)
        return {{}, {}};
    QString value = fact.value;
    if (!fact.qualifier.isEmpty() && value.startsWith(fact.qualifier + u' '))
        value = value.mid(fact.qualifier.size() + 1);
    return {value, fact.qualifier};
}

bool datesAgree(const Fact &a, const Fact &b, bool strict)
{
    if (a.value == b.value)
        return true;
    if (strict)
        return false;
    if (a.granularity == DateGranularity::Century || b.granularity == DateGranularity::Century)
        return false;
    const DateParts x = dateParts(a);
    const DateParts y = dateParts(b);
    if (x.absolute.isEmpty() || y.absolute.isEmpty())
        return false;
    // "by 2030" and "in 2030" are different claims; a bare year goes with any qualifier.
    if (!x.qualifier.isEmpty() && !y.qualifier.isEmpty() && x.qualifier != y.qualifier)
        return false;
    // A vaguer date contains a precise one: "2024" ⊃ "2024-12" ⊃ "2024-12-11"; a day
    // without a year ("--01-01") matches that day in any year.
    const QString &longer = x.absolute.size() >= y.absolute.size() ? x.absolute : y.absolute;
    const QString &shorter = x.absolute.size() >= y.absolute.size() ? y.absolute : x.absolute;
    if (longer.startsWith(shorter + u'-'))
        return true;
    if (shorter.startsWith(u"--"_s))
        return longer.endsWith(shorter.mid(1));
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
// "0.6 trillion roubles ($1.9 billion)" contradict each other in roubles.
bool moneyAgrees(const Fact &a, const Fact &b, bool strict)
{
    int shared = 0;
    for (const MoneyAmount &x : a.money) {
        for (const MoneyAmount &y : b.money) {
            if (x.currency != y.currency)
                continue;
            ++shared;
            if (!valuesAgree(x.admitted, x.written, y.admitted, y.written, a.bound, b.bound, strict))
                return false;
        }
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

Claim makeClaim(ClaimStatus status, const Fact *a, const Fact *b)
{
    Claim claim;
    claim.kind = a ? a->kind : b->kind;
    claim.status = status;
    if (a)
        claim.a = *a;
    if (b)
        claim.b = *b;
    const QString describedA = a ? ClaimClassifier::describe(*a) : QString();
    const QString describedB = b ? ClaimClassifier::describe(*b) : QString();
    switch (status) {
    case ClaimStatus::Agree:
        claim.explanation
            = describedA.compare(describedB, Qt::CaseInsensitive) == 0 ? u"both: "_s + describedA : u"A: %1 · B: %2"_s.arg(describedA, describedB);
        break;
    case ClaimStatus::Conflict:
        claim.explanation = u"A: %1 · B: %2"_s.arg(describedA, describedB);
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

} // namespace

QString ClaimClassifier::describe(const Fact &fact)
{
    switch (fact.kind) {
    case FactKind::Rank:
        return fact.rankTotal > 0 ? u"%1 of %2"_s.arg(ordinal(fact.rank)).arg(fact.rankTotal) : ordinal(fact.rank);
    case FactKind::Money: {
        QStringList amounts;
        for (const MoneyAmount &amount : fact.money)
            amounts << amount.currency + u' ' + scaled(amount.amount);
        return amounts.first() + (amounts.size() > 1 ? u" ("_s + amounts.mid(1).join(u", "_s) + u')' : QString());
    }
    case FactKind::Count:
        return u"%1 (%2)"_s.arg(fact.value.section(u' ', 0, 0), fact.subjectWord.isEmpty() ? fact.subject : fact.subjectWord);
    case FactKind::Percent:
    case FactKind::Multiplier:
    case FactKind::Entity:
        return fact.value;
    case FactKind::Quantity:
    case FactKind::Date:
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
        return a.subject == b.subject && numbersAgree();
    case FactKind::Rank:
        return a.rank == b.rank && (a.rankTotal == b.rankTotal || a.rankTotal == 0 || b.rankTotal == 0);
    case FactKind::Date:
        return datesAgree(a, b, strict);
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
    case FactKind::Quantity:
        return a.unit == b.unit;
    case FactKind::Count:
        return !a.subject.isEmpty() && a.subject == b.subject;
    case FactKind::Rank:
        // Two ranks of different fields are two rankings.
        return a.rankTotal > 0 && a.rankTotal == b.rankTotal;
    case FactKind::Date: {
        // Only absolute dates of one granularity and one qualifier can contradict.
        const DateParts x = dateParts(a);
        const DateParts y = dateParts(b);
        return !x.absolute.isEmpty() && !y.absolute.isEmpty() && a.granularity == b.granularity && x.qualifier == y.qualifier && !x.absolute.startsWith(u"--"_s)
            && !y.absolute.startsWith(u"--"_s);
    }
    case FactKind::Entity:
        return false; // a different name is another entity, not a contradiction
    }
    return false;
}

QList<Claim> ClaimClassifier::classify(const QList<Fact> &factsA, const QList<Fact> &factsB, const QList<Alignment> &alignments)
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
    const auto valueKey = [](const Fact &fact) {
        return factKindName(fact.kind) + u'|' + fact.value;
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

    // 1. Agreement within aligned sentences, best-aligned first, the same value as
    // written before a looser match ("55 kilometers (34 miles)" pairs 34 miles with
    // 34 miles, not with 55 km).
    for (const bool strict : {true, false}) {
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
                    if (!usedB.contains(j) && agree(a, factsB.at(j), strict)) {
                        best = j;
                        bestScore = (*it)->score;
                        break;
                    }
                }
            }
            if (best >= 0) {
                usedA.insert(i);
                usedB.insert(best);
                claims.append(makeClaim(ClaimStatus::Agree, &a, &factsB.at(best)));
            }
        }
    }
    // 2. Anywhere, when the value is the same as written: news reorders, but a looser
    // match needs the context of an alignment.
    for (const int i : std::as_const(numericA)) {
        if (usedA.contains(i))
            continue;
        const QList<int> sameValue = numericByValueB.values(valueKey(factsA.at(i)));
        for (auto it = sameValue.crbegin(); it != sameValue.crend(); ++it) { // values() lists the last inserted first
            if (!usedB.contains(*it) && agree(factsA.at(i), factsB.at(*it), true)) {
                usedA.insert(i);
                usedB.insert(*it);
                claims.append(makeClaim(ClaimStatus::Agree, &factsA.at(i), &factsB.at(*it)));
                break;
            }
        }
    }
    // 3. Conflicts: in well-aligned sentences, exactly one open fact of the same claim on each side.
    for (const Alignment &alignment : alignments) {
        if (alignment.score < ConflictMinimumScore)
            continue;
        const QList<int> inA = numericBySentenceA.value(alignment.sentenceA);
        const QList<int> inB = numericBySentenceB.value(alignment.sentenceB);
        for (const int i : inA) {
            if (usedA.contains(i))
                continue;
            const Fact &a = factsA.at(i);
            QList<int> candidatesB;
            for (const int j : inB) {
                if (!usedB.contains(j) && sameClaim(a, factsB.at(j)))
                    candidatesB.append(j);
            }
            const qsizetype candidatesA = std::count_if(inA.cbegin(), inA.cend(), [&](int other) {
                return !usedA.contains(other) && sameClaim(factsA.at(other), a);
            });
            if (candidatesB.size() != 1 || candidatesA != 1)
                continue;
            usedA.insert(i);
            usedB.insert(candidatesB.first());
            claims.append(makeClaim(ClaimStatus::Conflict, &a, &factsB.at(candidatesB.first())));
        }
    }
    // 4. A repeated statement agrees with the counterpart its twin already found.
    QMultiHash<QString, int> numericByValueA;
    for (const int i : std::as_const(numericA))
        numericByValueA.insert(valueKey(factsA.at(i)), i);
    for (const int i : std::as_const(numericA)) {
        if (usedA.contains(i))
            continue;
        const QList<int> sameValue = numericByValueB.values(valueKey(factsA.at(i)));
        if (!sameValue.isEmpty()) {
            usedA.insert(i);
            claims.append(makeClaim(ClaimStatus::Agree, &factsA.at(i), &factsB.at(sameValue.constLast())));
        }
    }
    for (const int j : std::as_const(numericB)) {
        if (usedB.contains(j))
            continue;
        const QList<int> sameValue = numericByValueA.values(valueKey(factsB.at(j)));
        if (!sameValue.isEmpty()) {
            usedB.insert(j);
            claims.append(makeClaim(ClaimStatus::Agree, &factsA.at(sameValue.constLast()), &factsB.at(j)));
        }
    }
    // 5. What is left, one side says alone.
    for (const int i : std::as_const(numericA)) {
        if (!usedA.contains(i))
            claims.append(makeClaim(ClaimStatus::OnlyA, &factsA.at(i), nullptr));
    }
    for (const int j : std::as_const(numericB)) {
        if (!usedB.contains(j))
            claims.append(makeClaim(ClaimStatus::OnlyB, nullptr, &factsB.at(j)));
    }

    // Entities: one claim per distinct entity.
    const QList<const Fact *> entitiesA = distinctEntities(factsA);
    const QList<const Fact *> entitiesB = distinctEntities(factsB);
    QSet<const Fact *> matchedB;
    for (const Fact *a : entitiesA) {
        const auto match = std::find_if(entitiesB.cbegin(), entitiesB.cend(), [&](const Fact *b) {
            return EntityNames::sameEntity(a->value, b->value);
        });
        if (match != entitiesB.cend()) {
            matchedB.insert(*match);
            claims.append(makeClaim(ClaimStatus::Agree, a, *match));
        } else {
            claims.append(makeClaim(ClaimStatus::OnlyA, a, nullptr));
        }
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
