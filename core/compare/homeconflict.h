// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "fact.h"

#include <QList>
#include <QString>

namespace Parallax
{

/**
 * One person's home as two reports give it, in two places: "Anthony LaSalle, 36, of
 * Minneapolis" / "the Bloomington man" (FactExtractor marks each place's Fact::homeOf).
 */
struct HomeConflict {
    const Fact *a = nullptr;
    const Fact *b = nullptr;
    QString person; ///< as the report that names the home names them

    /// "home of Anthony LaSalle — A: Minneapolis · B: Bloomington"
    QString explanation() const;

    /// The homes two reports give one person, where they differ. Named on both sides,
    /// the person is matched by name. A report that only says "the Bloomington man"
    /// points back at someone it named: it is taken to mean the one person the other
    /// report gives a home to, when it names that person, gives them no home by name,
    /// and all its unnamed homes are one place. ENTITIES are each report's distinct names.
    static QList<HomeConflict> find(
        const QList<Fact> &factsA, const QList<const Fact *> &entitiesA, const QList<Fact> &factsB, const QList<const Fact *> &entitiesB);
};

} // namespace Parallax
