// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "entitynames.h"

#include "lexicon.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax::EntityNames
{

namespace
{

QSet<QString> wordSet(const QString &words, QChar separator = u' ')
{
    const QStringList list = words.split(separator, Qt::SkipEmptyParts);
    return QSet<QString>(list.cbegin(), list.cend());
}

const QHash<QString, QString> &aliases()
{
    static const QHash<QString, QString> table = {
        {u"U.S."_s, u"United States"_s},
        {u"US"_s, u"United States"_s},
        {u"USA"_s, u"United States"_s},
        {u"U.S.A."_s, u"United States"_s},
        {u"America"_s, u"United States"_s},
        {u"United States of America"_s, u"United States"_s},
        {u"UK"_s, u"United Kingdom"_s},
        {u"U.K."_s, u"United Kingdom"_s},
        {u"Britain"_s, u"United Kingdom"_s},
        {u"Great Britain"_s, u"United Kingdom"_s},
        {u"Russian Federation"_s, u"Russia"_s},
        {u"People’s Republic of China"_s, u"China"_s},
        {u"People's Republic of China"_s, u"China"_s},
        {u"PRC"_s, u"China"_s},
        {u"EU"_s, u"European Union"_s},
        {u"UN"_s, u"United Nations"_s},
        {u"U.N."_s, u"United Nations"_s},
        {u"Kremlin"_s, u"Kremlin"_s},
    };
    return table;
}

const QSet<QString> &places()
{
    static const QSet<QString> set
        = wordSet(u"United States|United Kingdom|Russia|China|India|Brazil|South Africa|Serbia|Indonesia|Israel|Ukraine|Taiwan|Japan|Germany|"
                  u"France|Italy|Spain|Canada|Mexico|Iran|Iraq|Syria|Turkey|Egypt|Pakistan|Afghanistan|Australia|North Korea|South Korea|Saudi Arabia|"
                  u"Moscow|Beijing|Washington|London|Paris|Berlin|Kyiv|Kiev|New York|Brussels|Tokyo|Delhi|New Delhi|Europe|Asia|Africa|"
                  u"California|Texas|Florida|Los Angeles|San Francisco|Chicago|Boston|Ireland|Scotland|Wales|Greece|Poland|Netherlands|Belgium|"
                  u"Sweden|Norway|Finland|Denmark|Switzerland|Austria|Portugal|Argentina|Chile|Peru|Colombia|Venezuela|Nigeria|Kenya|Ethiopia|"
                  u"Philippines|Vietnam|Thailand|Malaysia|Singapore|Kazakhstan|Belarus|Georgia|Armenia|Azerbaijan|Cuba|Haiti|Nepal|Bangladesh"_s,
            u'|');
    return set;
}

const QSet<QString> &knownOrganisations()
{
    static const QSet<QString> set = wordSet(u"BRICS|NATO|United Nations|European Union|Kremlin|White House|Pentagon|Congress|Sberbank|Yandex|"
                                             u"Nvidia|Google|Microsoft|Apple|OpenAI|Amazon|Meta|Facebook|Huawei|DeepSeek|Reuters"_s,
        u'|');
    return set;
}

} // namespace

QString canonical(const QString &name)
{
    const QString cleaned = name.trimmed();
    return aliases().value(cleaned, cleaned);
}

bool isTitle(QStringView word)
{
    static const QSet<QString> titles
        = wordSet(u"President President-elect Vice Prime Minister Chancellor CEO CFO COO CTO Chairman Chairwoman Chair Director Deputy First Secretary "
                  u"Governor Senator Sen. Rep. Representative Mayor Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Professor Sir Dame King Queen Prince Princess "
                  u"Pope General Gen. Colonel Col. Captain Capt. Lieutenant Sergeant Judge Justice Spokesman Spokeswoman Spokesperson Ambassador "
                  u"Commissioner Chief Officer Founder Co-founder Head Leader Executive Minister-President"_s);
    return titles.contains(word.toString());
}

bool isNotAName(QStringView word)
{
    static const QSet<QString> words
        = wordSet(u"January February March April May June July August September October November December "
                  u"Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
                  u"I I’m I've I’ve I'm Here There This That These Those It Its Our We They He She His Her However Moreover Additionally Also "
                  u"Despite Since While Although As After Before During With Without Among Between Key Important New Recent Current "
                  // Nationality adjectives describe; the country they derive from is the entity.
                  u"Russian Russians Chinese American Americans British Indian Brazilian Western Eastern Soviet European African Asian Ukrainian "
                  u"Israeli Serbian Indonesian Japanese French Iranian Turkish Korean Taiwanese Arab Arabic"_s);
    return words.contains(word.toString()) || isTitle(word);
}

bool isGenericAcronym(QStringView word)
{
    static const QSet<QString> words = wordSet(u"AI GDP GPU GPUs CPU RAM IT TV PM AM OK FAQ CEO CEOs ID"_s);
    return words.contains(word.toString());
}

bool isAbbreviation(QStringView word)
{
    static const QSet<QString> abbreviations = wordSet(u"U.S. U.K. U.N. U.S.A. E.U. Inc. Corp. Ltd. Co. Jr. Sr. St."_s);
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

QString category(const QString &canonicalName)
{
    if (places().contains(canonicalName))
        return u"place"_s;
    if (knownOrganisations().contains(canonicalName))
        return u"organisation"_s;
    static const QSet<QString> organisationWords
        = wordSet(u"Bank Bank’s University Institute Inc Inc. Corp Corp. Ltd Group Ministry Agency Network Association Council Party Company Media Partners "
                  u"Alliance Index Times News Post Journal Foundation Fund Committee Commission Department Office Service Services Organisation "
                  u"Organization Union Federation Authority Court Parliament Army Navy Force Forces Police Talks Press Corporation Technologies"_s);
    const QStringList words = canonicalName.split(u' ');
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
    if (shorter.size() >= 5 && longer.size() == shorter.size()) {
        qsizetype differences = 0;
        for (qsizetype k = 0; k < shorter.size(); ++k)
            differences += shorter.at(k) != longer.at(k);
        if (differences == 1)
            return true;
    }
    const QHash<QString, QString> &forms = Lexicon::map("given-names");
    return forms.contains(x) && forms.value(x) == forms.value(y);
}

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
    const QStringList &shorter = x.size() < y.size() ? x : y;
    const QStringList &longer = x.size() < y.size() ? y : x;
    const QString &longerName = x.size() < y.size() ? b : a;
    if (shorter.size() == 1 && longer.size() == 1) {
        // "Bern" / "Berne": one letter more at the end of a name.
        const QString &s = shorter.first().size() < longer.first().size() ? shorter.first() : longer.first();
        const QString &l = shorter.first().size() < longer.first().size() ? longer.first() : shorter.first();
        return s.size() >= 4 && l.size() == s.size() + 1 && l.startsWith(s);
    }
    if (shorter.last() != longer.last())
        return false;
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
