// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "entitynames.h"

#include <core/text/editdistance.h>
#include <core/text/lexicon.h>
#include <core/text/stemmer.h>

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace Parallax::EntityNames
{

namespace
{

// The lists are data: core/lexicon/*.txt, each with why its entries are there.
const QHash<QString, QString> &aliases()
{
    static const auto &map = Lexicon::map("entity-aliases");
    return map;
}

const QSet<QString> &places()
{
    static const auto &words = Lexicon::set("places");
    return words;
}

const QSet<QString> &knownOrganisations()
{
    static const auto &words = Lexicon::set("organisations");
    return words;
}

} // namespace

QString canonical(const QString &name)
{
    const QString cleaned = name.trimmed();
    return aliases().value(cleaned, cleaned);
}

bool opensKnownName(const QString &word)
{
    // Built once: the first words of every known name of several words.
    static const QSet<QString> firstWords = [] {
        QSet<QString> words;
        QStringList names = aliases().keys();
        names += QStringList(places().cbegin(), places().cend());
        names += QStringList(knownOrganisations().cbegin(), knownOrganisations().cend());
        for (const QString &name : std::as_const(names)) {
            if (name.contains(u' '))
                words.insert(name.section(u' ', 0, 0));
        }
        return words;
    }();
    return firstWords.contains(word);
}

bool isTitle(QStringView word)
{
    static const auto &words = Lexicon::set("titles");
    return words.contains(word.toString());
}

bool isNotAName(QStringView word)
{
    static const auto &words = Lexicon::set("not-names");
    return words.contains(word.toString()) || isTitle(word);
}

bool isGenericAcronym(QStringView word)
{
    static const auto &words = Lexicon::set("generic-acronyms");
    return words.contains(word.toString());
}

bool isAbbreviation(QStringView word)
{
    static const QStringList &abbreviations = Lexicon::list("abbreviations");
    for (const QString &abbreviation : abbreviations) {
        if (word.endsWith(abbreviation))
            return true;
    }
    return false;
}

bool isKnown(const QString &name)
{
    const QString canonicalName = canonical(name);
    return aliases().contains(name) || places().contains(canonicalName) || knownOrganisations().contains(canonicalName);
}

bool isPlaceWord(const QString &word)
{
    static const QSet<QString> &placeWords = Lexicon::set("place-words");
    return placeWords.contains(word);
}

QString category(const QString &canonicalName)
{
    if (places().contains(canonicalName))
        return u"place"_s;
    if (knownOrganisations().contains(canonicalName))
        return u"organisation"_s;
    static const QSet<QString> &organisationWords = Lexicon::set("organisation-words");
    static const QSet<QString> &placeOpeners = Lexicon::set("place-openers");
    const QStringList words = canonicalName.split(u' ');
    if (words.size() >= 2 && (isPlaceWord(words.last()) || placeOpeners.contains(words.first())))
        return u"place"_s;
    if (std::any_of(words.cbegin(), words.cend(), [](const QString &word) {
            return organisationWords.contains(word);
        }))
        return u"organisation"_s;
    if (words.size() >= 2 && words.size() <= 3)
        return u"person"_s;
    return {};
}

namespace
{

// Words of a name, folded for comparison: "Ka'Loni" and "Ka’loni" are one spelling.
QStringList foldedWords(const QString &name)
{
    QString folded = name.toCaseFolded();
    folded.replace(u'’', u'\'');
    return folded.split(u' ', Qt::SkipEmptyParts);
}

bool isInitial(const QString &word)
{
    return word.size() <= 2 || (word.size() <= 4 && word.contains(u'.'));
}

} // namespace

bool sameGivenName(const QString &a, const QString &b)
{
    const QString x = foldedWords(a).value(0);
    const QString y = foldedWords(b).value(0);
    if (x.isEmpty() || y.isEmpty())
        return false;
    if (x == y)
        return true;
    // "Phil" / "Philip", and spellings that share their first four letters ("Bettie" / "Betty").
    const QString &shorter = x.size() < y.size() ? x : y;
    const QString &longer = x.size() < y.size() ? y : x;
    if (shorter.size() >= 3 && longer.startsWith(shorter))
        return true;
    qsizetype common = 0;
    while (common < shorter.size() && shorter.at(common) == longer.at(common))
        ++common;
    if (common >= 4)
        return true;
    // Transliterations that differ in one letter: "Gurbanguly" / "Kurbanguly".
    if (shorter.size() >= 5 && longer.size() == shorter.size() && editDistance(shorter, longer) == 1)
        return true;
    static const QHash<QString, QString> &forms = Lexicon::map("given-names");
    return forms.contains(x) && forms.value(x) == forms.value(y);
}

namespace
{

// The words of a person's name without what reports add around it: a generation
// ("Herbert Flynn Jr") or a home ("Warren Gotcher of McAlester"). "Bank of America" and
// "Federal Bureau of Investigation" keep theirs: too short before "of", or an
// organisation's word.
QStringList nameCore(QStringList words)
{
    static const QSet<QString> generations = {u"jr"_s, u"jr."_s, u"sr"_s, u"sr."_s, u"ii"_s, u"iii"_s, u"iv"_s};
    while (words.size() > 2 && generations.contains(words.constLast()))
        words.removeLast();
    static const QSet<QString> &organisationWords = Lexicon::set("organisation-words");
    const qsizetype of = words.indexOf(u"of"_s);
    if (of >= 2 && std::none_of(words.cbegin(), words.cbegin() + of, [](const QString &word) {
            return organisationWords.contains(word);
        }))
        words.resize(of);
    return words;
}

} // namespace

bool sameEntity(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    const QStringList x = foldedWords(a);
    const QStringList y = foldedWords(b);
    if (x.isEmpty() || y.isEmpty())
        return false;
    if (x == y)
        return true;
    // One person with other words around the name: "Prosecutor Anthony Evans" /
    // "Assistant District Attorney Anthony Evans", "Herbert Flynn Jr" / "Herbert Flynn
    // of Fort Coffee". Places and organisations that end alike stay apart.
    const auto isPlaceOrOrganisation = [](const QString &name) {
        const QString kind = category(name);
        return kind == "place"_L1 || kind == "organisation"_L1;
    };
    const QStringList coreX = nameCore(x);
    const QStringList coreY = nameCore(y);
    if (coreX.size() >= 2 && coreY.size() >= 2 && coreX.sliced(coreX.size() - 2) == coreY.sliced(coreY.size() - 2)
        && !Stemmer::isStopWord(coreX.at(coreX.size() - 2)) && !isPlaceOrOrganisation(a) && !isPlaceOrOrganisation(b))
        return true;
    const QStringList &shorter = x.size() < y.size() ? x : y;
    const QStringList &longer = x.size() < y.size() ? y : x;
    const QString &longerName = x.size() < y.size() ? b : a;
    if (shorter.size() == 1 && longer.size() == 1) {
        // "Bern" / "Berne": one letter more at the end of a name.
        const QString &s = shorter.first().size() < longer.first().size() ? shorter.first() : longer.first();
        const QString &l = shorter.first().size() < longer.first().size() ? longer.first() : shorter.first();
        return s.size() >= 4 && l.size() == s.size() + 1 && l.startsWith(s);
    }
    if (shorter.last() != longer.last()) {
        // "Hugh Heffner" / "Hugh Hefner": one given name, and a surname spelt a letter
        // apart, as reports misspell names. A short surname a letter apart is another.
        const QString &surname = shorter.last();
        const QString &otherSurname = longer.last();
        return shorter.size() >= 2 && surname.size() >= 5 && std::abs(surname.size() - otherSurname.size()) <= 1
            && sameGivenName(shorter.first(), longer.first()) && editDistance(surname, otherSurname) == 1 && !isPlaceOrOrganisation(a)
            && !isPlaceOrOrganisation(b);
    }
    // "Putin" is "Vladimir Putin" once the longer name is a person's.
    if (shorter.size() == 1)
        return category(longerName) == "person"_L1;
    // "Olivia de Berardinis" in "Artist Olivia De Berardinis"; "Anthony LaSalle" and
    // "Anthony Phillip Lasalle": the same words, with a middle name or a label more.
    if (std::all_of(shorter.cbegin(), shorter.cend(), [&](const QString &word) {
            return longer.contains(word);
        }))
        return true;
    // "Jim Oler" / "James Oler", "Philip Schiller" / "Phil Schiller".
    return sameGivenName(shorter.first(), longer.first());
}

bool sameSurnameOtherGivenName(const QString &a, const QString &b)
{
    const QStringList x = foldedWords(a);
    const QStringList y = foldedWords(b);
    if (x.size() < 2 || y.size() < 2 || x.size() > 4 || y.size() > 4 || x.last() != y.last())
        return false;
    if (isInitial(x.first()) || isInitial(y.first()) || sameEntity(a, b))
        return false;
    return category(a) == "person"_L1 && category(b) == "person"_L1;
}

} // namespace Parallax::EntityNames
