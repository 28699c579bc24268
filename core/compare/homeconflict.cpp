// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "homeconflict.h"

#include "entitynames.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

// The homes one report gives: to people it names, and to someone it named before.
struct Homes {
    QList<const Fact *> named;
    QList<const Fact *> unnamed;

    explicit Homes(const QList<Fact> &facts)
    {
        for (const Fact &fact : facts) {
            if (fact.homeOf == Fact::HomeOfSomeoneNamedBefore)
                unnamed.append(&fact);
            else if (!fact.homeOf.isEmpty())
                named.append(&fact);
        }
    }

    const Fact *namedFor(const QString &person) const
    {
        const auto found = std::find_if(named.cbegin(), named.cend(), [&](const Fact *home) {
            return EntityNames::sameEntity(home->homeOf, person);
        });
        return found == named.cend() ? nullptr : *found;
    }
};

// The unnamed home of OTHER that means the person HOME (of OWN) is said of, or null.
const Fact *unnamedHomeOf(const Fact *home, const Homes &own, const Homes &other, const QList<const Fact *> &otherEntities)
{
    if (other.unnamed.isEmpty() || other.namedFor(home->homeOf))
        return nullptr;
    const bool onePlace = std::all_of(other.unnamed.cbegin(), other.unnamed.cend(), [&](const Fact *unnamed) {
        return EntityNames::sameEntity(unnamed->value, other.unnamed.first()->value);
    });
    const bool onlyPersonLeft = std::all_of(own.named.cbegin(), own.named.cend(), [&](const Fact *each) {
        return EntityNames::sameEntity(each->homeOf, home->homeOf) || other.namedFor(each->homeOf);
    });
    const bool otherNamesThem = std::any_of(otherEntities.cbegin(), otherEntities.cend(), [&](const Fact *entity) {
        return EntityNames::sameEntity(entity->value, home->homeOf);
    });
    return onePlace && onlyPersonLeft && otherNamesThem ? other.unnamed.first() : nullptr;
}

} // namespace

QList<HomeConflict> HomeConflict::find(
    const QList<Fact> &factsA, const QList<const Fact *> &entitiesA, const QList<Fact> &factsB, const QList<const Fact *> &entitiesB)
{
    const Homes homesA(factsA);
    const Homes homesB(factsB);
    QList<HomeConflict> conflicts;
    const auto add = [&](const Fact *a, const Fact *b, const QString &person) {
        if (a && b && !EntityNames::sameEntity(a->value, b->value))
            conflicts.append({a, b, person});
    };
    for (const Fact *home : homesA.named) {
        const Fact *named = homesB.namedFor(home->homeOf);
        add(home, named ? named : unnamedHomeOf(home, homesA, homesB, entitiesB), home->homeOf);
    }
    for (const Fact *home : homesB.named) {
        if (!homesA.namedFor(home->homeOf))
            add(unnamedHomeOf(home, homesB, homesA, entitiesA), home, home->homeOf);
    }
    return conflicts;
}

QString HomeConflict::explanation() const
{
    return u"home of %1 — A: %2 · B: %3"_s.arg(person, a->value, b->value);
}

} // namespace Parallax
