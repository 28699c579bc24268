// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QString>
#include <QStringView>

namespace Parallax
{

/**
 * What Parallax knows about names: aliases that mean the same entity ("U.S.",
 * "United States", "US"), titles that are not part of a name ("President", "CEO"),
 * words that are capitalized without naming anything ("AI", month names), and a
 * rough category (place, organisation, person).
 */
namespace EntityNames
{

/// The one name for all aliases of an entity: "U.S." → "United States".
QString canonical(const QString &name);
/// Titles and honorifics: a name starts after them ("President Vladimir Putin").
bool isTitle(QStringView word);
/// Capitalized words that do not start or end a name ("January", "Russian", "However").
bool isNotAName(QStringView word);
/// Geographic nouns that end a place's name ("County", "Valley"); alone, they name nothing.
bool isPlaceWord(const QString &word);
/// Acronyms too generic to be an entity on their own ("AI", "GDP"); inside a longer
/// name they belong to it ("Global AI Index").
bool isGenericAcronym(QStringView word);
/// Abbreviations whose final full stop belongs to them ("U.S.", "Inc.").
bool isAbbreviation(QStringView word);
/// Whether WORD is the first word of a known name of several ("People’s" of "People’s
/// Republic of China").
bool opensKnownName(const QString &word);
/// A name known without context (countries, alliances, major organisations).
bool isKnown(const QString &name);
/// "place", "organisation", "person", or empty when unknown.
QString category(const QString &canonicalName);
/// Whether two canonical names can mean the same entity: equal but for case, one is
/// the other's surname ("Putin" / "Vladimir Putin"), the other with a middle name or
/// label more ("Artist Olivia De Berardinis"), a short form of the given name ("Jim" /
/// "James", "Phil" / "Philip"), or a spelling variant ("Bettie" / "Betty", "Bern" /
/// "Berne").
bool sameEntity(const QString &a, const QString &b);
/// Whether two given names are one: a short form or a spelling variant.
bool sameGivenName(const QString &a, const QString &b);
/// Two people's names with one surname and given names that are not the same name
/// ("David Stevens" / "Dale Stevens"): for one role, a conflict a fact-checker flags.
bool sameSurnameOtherGivenName(const QString &a, const QString &b);

} // namespace EntityNames

} // namespace Parallax
