// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "factextractor.h"

#include "entitynames.h"
#include "numberparser.h"

#include <core/text/lexicon.h>
#include <core/text/lowercase.h>
#include <core/text/stemmer.h>
#include <core/text/textsegmenter.h>

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringTokenizer>

#include <algorithm>
#include <bitset>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parallax
{

QString factKindName(FactKind kind)
{
    switch (kind) {
    case FactKind::Money:
        return u"money"_s;
    case FactKind::Quantity:
        return u"quantity"_s;
    case FactKind::Percent:
        return u"percent"_s;
    case FactKind::Rank:
        return u"rank"_s;
    case FactKind::Count:
        return u"count"_s;
    case FactKind::Multiplier:
        return u"multiplier"_s;
    case FactKind::Date:
        return u"date"_s;
    case FactKind::Entity:
        return u"entity"_s;
    case FactKind::Time:
        return u"time"_s;
    case FactKind::Age:
        return u"age"_s;
    }
    return {};
}

namespace
{

constexpr auto CaseInsensitive = QRegularExpression::CaseInsensitiveOption;

const QString MonthNames = u"January|February|March|April|May|June|July|August|September|October|November|December|"
                           u"Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"_s;
const QString WeekdayNames = u"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"_s;

int monthNumber(QStringView name)
{
    static const QStringList prefixes
        = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s, u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return int(prefixes.indexOf(name.left(3).toString().toLower())) + 1;
}

QString formatAmount(double value)
{
    // Whole numbers print without exponent or decimals: "109000000000".
    if (std::abs(value - std::round(value)) < 1e-9 && std::abs(value) < 1e18)
        return QString::number(qint64(std::llround(value)));
    return QString::number(value, 'g', 12);
}

/// Collects facts for one sentence, refusing spans that overlap a fact already taken.
class SentenceFacts
{
public:
    SentenceFacts(const SegmentedText &text, int sentenceIndex)
        : m_text(text)
        , m_sentenceIndex(sentenceIndex)
        , m_range(text.sentences.at(sentenceIndex).range)
        , m_sentence(text.text.mid(m_range.start, m_range.length()))
        , m_lowerCase(lowerCased(m_sentence))
    {
        for (qsizetype i = 1; i < m_lowerCase.size(); ++i)
            m_pairs.set(pairBit(m_lowerCase.at(i - 1), m_lowerCase.at(i)));
        if (mentions({u"://", u"www.", u"@"}))
            m_addresses = addressesIn(m_sentence);
        if (mentions({u"posted", u"published", u"updated", u"modified"}))
            m_stamps = stampsIn(m_sentence);
    }

    const QString &sentence() const { return m_sentence; }
    /// Whether the sentence holds any of WORDS (in lower case) in any case: a quick test
    /// that spares a sentence each pattern it cannot match, since a pattern that starts
    /// with a number is tried at every position of it.
    bool mentions(std::initializer_list<QStringView> words) const
    {
        return std::any_of(words.begin(), words.end(), [this](QStringView word) {
            return mayHold(word) && m_lowerCase.contains(word);
        });
    }
    int sentenceIndex() const { return m_sentenceIndex; }
    qsizetype offset() const { return m_range.start; }

    bool isFree(qsizetype start, qsizetype end) const
    {
        const TextRange range {m_range.start + start, m_range.start + end};
        return std::none_of(m_facts.cbegin(),
                   m_facts.cend(),
                   [&](const Fact &fact) {
                       return fact.range.overlaps(range);
                   })
            && !m_text.isBoilerplate(range) && std::none_of(m_addresses.cbegin(), m_addresses.cend(), [&](const TextRange &address) {
                   return address.overlaps({start, end});
               });
    }

    /// Adds a fact over [start, end) of the sentence; returns it for the caller to fill.
    Fact *add(FactKind kind, qsizetype start, qsizetype end)
    {
        if (!isFree(start, end))
            return nullptr;
        Fact fact;
        fact.kind = kind;
        fact.isStamp = std::any_of(m_stamps.cbegin(), m_stamps.cend(), [&](const TextRange &stamp) {
            return stamp.overlaps({start, end});
        });
        fact.range = {m_range.start + start, m_range.start + end};
        fact.sentence = m_sentenceIndex;
        fact.text = m_sentence.mid(start, end - start);
        m_facts.append(std::move(fact));
        return &m_facts.last();
    }

    QList<Fact> &found() { return m_facts; }
    QList<Fact> take() { return std::move(m_facts); }

private:
    // Most words asked about are not in the sentence; most of those hold a pair of
    // adjacent characters that the sentence lacks, which two bit tests tell without a
    // search through it. (A hashed bit can be shared: "may".)
    static size_t pairBit(QChar first, QChar second) { return (size_t(first.unicode()) * 31 + second.unicode()) % PairBits; }
    bool mayHold(QStringView word) const
    {
        for (qsizetype i = 1; i < word.size(); ++i) {
            if (!m_pairs.test(pairBit(word.at(i - 1), word.at(i))))
                return false;
        }
        return true;
    }

    // Web and mail addresses in SENTENCE: their digits ("region-hit-by-2004-tsunami",
    // "desk2004@") state nothing.
    static QList<TextRange> addressesIn(const QString &sentence)
    {
        QList<TextRange> addresses;
        static const QRegularExpression address(uR"(\b(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"_s, QRegularExpression::CaseInsensitiveOption);
        for (auto it = address.globalMatch(sentence); it.hasNext();) {
            const auto match = it.next();
            addresses.append({match.capturedStart(), match.capturedEnd()});
        }
        return addresses;
    }

    // A page's stamps copied with its text: "Posted: Nov 27, 2005 8:20 AM ET", "Last
    // Updated at 13:38 GMT", "Published: November 28, 2005". They date the page, not the
    // event. Capitalized, as stamps are: "the rules were updated on March 5" is a claim.
    // (A line that is a date alone is often a dateline too, but as often the end of a
    // sentence cut after "7 p.m.": it stays a claim.)
    static QList<TextRange> stampsIn(const QString &sentence)
    {
        QList<TextRange> stamps;
        static const QString dateWords = uR"((?:(?:)"_s + MonthNames + u'|' + WeekdayNames
            + uR"(|\d{1,4}(?:st|nd|rd|th)?|[AaPp]\.?[Mm]\.?|GMT|UTC|[ECMP][SD]?T|BST|CET|CEST|at)(?:[\s,.:/-]+|$)){1,12})"_s;
        static const QRegularExpression stamp(uR"(\b(?:Posted|Published|Updated|Last [Uu]pdated|Last [Mm]odified)(?:\s+(?:on|at))?\s*:?\s*)"_s + dateWords);
        for (auto it = stamp.globalMatch(sentence); it.hasNext();) {
            const auto match = it.next();
            stamps.append({match.capturedStart(), match.capturedEnd()});
        }
        return stamps;
    }

    const SegmentedText &m_text;
    int m_sentenceIndex;
    TextRange m_range;
    QString m_sentence;
    QString m_lowerCase; ///< for mentions() only: lower case may change the positions
    QList<TextRange> m_addresses; ///< in the sentence's own positions
    QList<TextRange> m_stamps; ///< a page's stamps, in the sentence's own positions
    static constexpr size_t PairBits = 2048;
    std::bitset<PairBits> m_pairs; ///< the pairs of adjacent characters of m_lowerCase, hashed
    QList<Fact> m_facts;
};

// The words that make a kind of fact possible in a sentence, in one table so that
// each token is looked up once.
enum class Cue : quint8 {
    NumberWord = 0x01,
    MonthOrDay = 0x02,
    RelativeDate = 0x04,
    CurrencyWord = 0x08,
    FractionWord = 0x10,
    MultiplierWord = 0x20,
    UnitWord = 0x40,
    DurationWord = 0x80,
};
Q_DECLARE_FLAGS(Cues, Cue)

const QHash<QString, Cues> &cues()
{
    static const QHash<QString, Cues> table = [] {
        QHash<QString, Cues> words;
        const auto add = [&](Cue cue, const QString &list) {
            for (const QString &word : list.split(u' '))
                words[word] |= cue;
        };
        add(Cue::NumberWord,
            u"zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
            u"nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen "
            // Number words in the plural: a span ("dozens of people").
            u"dozens scores hundreds thousands millions "
            // Ordinal words: a place in a sequence ("the sixth round").
            u"third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth twentieth"_s);
        add(Cue::MonthOrDay,
            u"january february march april may june july august september october november december jan feb mar apr jun jul aug sep "
            u"sept oct nov dec monday tuesday wednesday thursday friday saturday sunday"_s);
        add(Cue::RelativeDate, u"yesterday today tomorrow year month week day days weeks months years decade decades ago"_s);
        add(Cue::DurationWord, u"second seconds minute minutes hour hours"_s);
        add(Cue::CurrencyWord,
            u"cent cents dollar dollars rouble roubles ruble rubles euro euros yuan renminbi pound pounds rupiah rupee rupees yen usd rub eur cny gbp jpy "
            u"inr idr"_s);
        add(Cue::FractionWord, u"percent cent pct half third thirds quarter quarters fifth fifths"_s);
        add(Cue::MultiplierWord, u"double doubled doubling triple tripled tripling quadruple quadrupled quadrupling"_s);
        add(Cue::UnitWord,
            u"km kilometer kilometers kilometre kilometres mile miles meter meters metre metres feet foot kg kilogram kilograms tonne "
            u"tonnes ton tons lb lbs liter liters litre litres gallon gallons barrel barrels hectare hectares acre acres sq mph h mw "
            u"megawatt megawatts gw gigawatt gigawatts degree degrees magnitude richter"_s);
        return words;
    }();
    return table;
}

// "sixties", "nineteen-sixties": a decade in words ("the nineteen sixties"), or an age
// ("in his sixties").
bool isDecadeWord(const QString &word)
{
    static const QSet<QStringView> words = {u"twenties", u"thirties", u"forties", u"fifties", u"sixties", u"seventies", u"eighties", u"nineties"};
    return word.endsWith(u"ties"_s) && words.contains(QStringView(word).sliced(word.lastIndexOf(u'-') + 1));
}

// What a sentence could state, judged from its tokens: most sentences have no number,
// no date and no currency, and the patterns for those need not run on them at all.
// Each flag errs on the side of running a pattern.
struct SentenceProfile {
    bool number = false; ///< digits or number words: counts
    bool year = false; ///< a four-digit token
    bool monthOrDay = false; ///< a month or weekday name
    bool century = false;
    bool decade = false; ///< "1980s", or a word that may be a decade's ("sixties")
    bool relativeDate = false; ///< "weeks after", "yesterday", "last year"
    bool isoDate = false;
    bool money = false; ///< a currency symbol or word
    bool percent = false; ///< "%", "percent", or a fraction word
    bool ordinal = false; ///< "31st": a rank or a century
    bool multiplier = false;
    bool unit = false; ///< a unit of measure or "magnitude"
    bool clock = false; ///< "13:38", "3pm", "a.m."
    bool duration = false; ///< "seconds", "minutes", "hours"; longer periods are relative-date words

    void note(Cues word)
    {
        number = number || word.testFlag(Cue::NumberWord);
        monthOrDay = monthOrDay || word.testFlag(Cue::MonthOrDay);
        relativeDate = relativeDate || word.testFlag(Cue::RelativeDate);
        money = money || word.testFlag(Cue::CurrencyWord);
        percent = percent || word.testFlag(Cue::FractionWord);
        multiplier = multiplier || word.testFlag(Cue::MultiplierWord);
        unit = unit || word.testFlag(Cue::UnitWord);
        duration = duration || word.testFlag(Cue::DurationWord);
    }

    SentenceProfile(const Sentence &sentence, QStringView text)
    {
        for (const Token &token : sentence.tokens) {
            const QString &word = token.word;
            decade = decade || (word.size() == 5 && word.endsWith(u's') && std::all_of(word.cbegin(), word.cend() - 1, [](QChar c) {
                return c.isDigit();
            })) || isDecadeWord(word);
            if (token.isNumber) {
                number = true;
                const bool allDigits = std::all_of(word.cbegin(), word.cend(), [](QChar c) {
                    return c.isDigit();
                });
                year = year || (word.size() == 4 && allDigits);
                ordinal = ordinal || (!allDigits && (word.endsWith(u"st"_s) || word.endsWith(u"nd"_s) || word.endsWith(u"rd"_s) || word.endsWith(u"th"_s)));
                multiplier = multiplier || word.endsWith(u"fold"_s) || word.endsWith(u'x');
                unit = unit || word.endsWith(u"km"_s) || word.endsWith(u"kg"_s);
                money = money || word.endsWith(u"bn"_s) || word.endsWith(u'm') || word.endsWith(u'k');
                continue;
            }
            if (word.endsWith(u"fold"_s))
                number = multiplier = true;
            if (word == "century"_L1)
                century = true;
            note(cues().value(word));
            // "twenty-five", "four-fifths", "magnitude-6": compounds count by their parts.
            if (word.contains(u'-')) {
                const Cues head = cues().value(word.section(u'-', 0, 0));
                const Cues tail = cues().value(word.section(u'-', -1));
                number = number || head.testFlag(Cue::NumberWord);
                unit = unit || head.testFlag(Cue::UnitWord);
                duration = duration || tail.testFlag(Cue::DurationWord) || tail.testFlag(Cue::RelativeDate);
                relativeDate = relativeDate || tail.testFlag(Cue::RelativeDate);
                percent = percent || tail.testFlag(Cue::FractionWord);
            }
        }
        // Symbols are not word tokens.
        bool digit = false;
        for (const QChar c : text) {
            digit = digit || c.isDigit();
            if (c == u'%')
                percent = true;
            else if (c == u'$' || c == u'€' || c == u'£' || c == u'¥' || c == u'₽')
                money = true;
            else if (c == u'×')
                multiplier = true;
        }
        isoDate = year && text.contains(u'-');
        static const QRegularExpression clockCue(uR"(\d:\s?\d|\d\s?[ap]\.?\s?m\b|\d{4}\s*(?:GMT|UTC|local time)\b)"_s, CaseInsensitive);
        clock = digit && clockCue.matchView(text).hasMatch(); // each way of writing a time has a digit
    }
};

// --- Dates ---------------------------------------------------------------------------

// "by 2030", "since 2020", "before May" bound a date and make another claim than "in
// 2030"; "in", "of", "during", "from", "to", "last" only place the event.
QString boundingQualifier(const QString &word)
{
    static const QSet<QString> neutral = {u"in"_s, u"of"_s, u"during"_s, u"from"_s, u"to"_s, u"through"_s, u"on"_s, u"last"_s, u"this"_s, u"next"_s};
    const QString qualifier = word.toLower();
    return neutral.contains(qualifier) ? QString() : qualifier;
}

void extractDates(SentenceFacts &facts, const SentenceProfile &profile)
{
    static const QRegularExpression isoDate(uR"(\b(\d{4})-(\d{2})-(\d{2})\b)"_s);
    static const QRegularExpression monthDay(u"\\b(?<month>"_s + MonthNames + uR"()\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{4})\b)?)"_s);
    static const QRegularExpression dayMonth(
        uR"(\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>)"_s + MonthNames + uR"()(?:,?\s+(?<year>\d{4}))?\b)"_s);
    static const QRegularExpression monthYear(u"\\b(?<month>"_s + MonthNames + uR"()\s+(?:of\s+)?(?<year>\d{4})\b)"_s);
    static const QRegularExpression monthAlone(
        uR"(\b(?<q>(?i:in|last|next|this|since|by|until|early|late|mid-?|during))\s+(?<month>January|February|March|April|May|June|July|)"
        uR"(August|September|October|November|December)\b(?!\s*\d))"_s);
    static const QRegularExpression century(uR"(\b(?<n>\d{1,2})(?:st|nd|rd|th)[-\s]century\b)"_s, CaseInsensitive);
    static const QRegularExpression wordCentury(uR"(\b(?<n>twenty-first|twentieth|nineteenth|twenty-second)[-\s]century\b)"_s, CaseInsensitive);
    static const QRegularExpression weekday(uR"(\b(?:(?:on|last|next|this)\s+)?(?<day>)"_s + WeekdayNames + uR"()\b)"_s);
    static const QRegularExpression qualifiedYear(
        uR"(\b(?<q>by|in|since|until|till|from|to|before|after|during|through|of|early|late|mid-?)\s*(?<year>(?:1[89]|20|21)\d{2})\b(?!\s*(?:%|(?:GMT|UTC)\b)))"_s,
        CaseInsensitive);
    static const QRegularExpression bareYear(uR"(\b(?<year>(?:19|20)\d{2})\b(?![\d,.%]|\s*(?:%|percent|per cent)|\s*(?:GMT|UTC)\b))"_s);
    static const QRegularExpression relative(u"\\b(?<n>"_s + NumberParser::pattern()
            + uR"()\s+(?<unit>days?|weeks?|months?|years?|decades?)\s+(?<dir>after|before|later|earlier|ago)\b|)"_s
            + uR"(\b(?:yesterday|today|tomorrow|last (?:year|month|week)|next (?:year|month|week)|this (?:year|month|week)|earlier this (?:year|month|week))\b|)"_s
            // "more than a century ago", "decades ago": a time counted back from the day of writing.
            + uR"(\b(?:(?:more than|nearly|almost|about|over|some)\s+)?(?:a|one)\s+(?:century|decade)\s+ago\b|\b(?:centuries|decades)\s+ago\b)"_s,
        CaseInsensitive);

    const QString &sentence = facts.sentence();
    auto addDate = [&](const QRegularExpressionMatch &match, DateGranularity granularity, const QString &value, const QString &qualifier = {}) {
        if (Fact *fact = facts.add(FactKind::Date, match.capturedStart(), match.capturedEnd())) {
            fact->granularity = granularity;
            fact->value = value;
            fact->qualifier = qualifier;
        }
    };
    for (auto it = isoDate.globalMatch(profile.isoDate ? sentence : QString()); it.hasNext();) {
        const auto match = it.next();
        addDate(match, DateGranularity::Day, match.captured(0));
    }
    for (const QRegularExpression *expression : {&monthDay, &dayMonth}) {
        if (!profile.monthOrDay)
            break;
        for (auto it = expression->globalMatch(sentence); it.hasNext();) {
            const auto match = it.next();
            const int month = monthNumber(match.capturedView(u"month"));
            const int day = match.captured(u"day").toInt();
            if (day < 1 || day > 31)
                continue;
            const QString year = match.captured(u"year");
            addDate(
                match, DateGranularity::Day, (year.isEmpty() ? u"--"_s : year + u'-') + u"%1-%2"_s.arg(month, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0')));
        }
    }
    for (auto it = monthYear.globalMatch(profile.monthOrDay && profile.year ? sentence : QString()); it.hasNext();) {
        const auto match = it.next();
        addDate(match, DateGranularity::Month, u"%1-%2"_s.arg(match.captured(u"year")).arg(monthNumber(match.capturedView(u"month")), 2, 10, QChar(u'0')));
    }
    // "in September", "last September": a month of the year the report is about.
    for (auto it = monthAlone.globalMatch(profile.monthOrDay ? sentence : QString()); it.hasNext();) {
        const auto match = it.next();
        // "Last June" opens a sentence as "last June" stands inside one.
        const QString qualifier = boundingQualifier(match.captured(u"q"));
        addDate(match,
            DateGranularity::Month,
            (qualifier.isEmpty() ? QString() : qualifier + u' ') + u"--%1"_s.arg(monthNumber(match.capturedView(u"month")), 2, 10, QChar(u'0')),
            qualifier);
    }
    for (auto it = century.globalMatch(profile.century ? sentence : QString()); it.hasNext();) {
        const auto match = it.next();
        addDate(match, DateGranularity::Century, u"century %1"_s.arg(match.captured(u"n").toInt()));
    }
    static const QHash<QString, int> centuryWords = {{u"nineteenth"_s, 19}, {u"twentieth"_s, 20}, {u"twenty-first"_s, 21}, {u"twenty-second"_s, 22}};
    for (auto it = wordCentury.globalMatch(profile.century ? sentence : QString()); it.hasNext();) {
        const auto match = it.next();
        addDate(match, DateGranularity::Century, u"century %1"_s.arg(centuryWords.value(match.captured(u"n").toLower())));
    }
    // "the 1980s", "the early 1980s", "mid-1990s": a span of years, "1980s" or "early 1980s".
    static const QRegularExpression decade(uR"(\b(?:(?<part>early|mid|late)[-\s]+)?(?<decade>(?:1[89]|20)\d0)s\b)"_s, CaseInsensitive);
    for (auto it = decade.globalMatch(profile.decade ? sentence : QString()); it.hasNext();) {
        const auto match = it.next();
        const QString part = match.captured(u"part").toLower();
        addDate(match, DateGranularity::Decade, (part.isEmpty() ? QString() : part + u' ') + match.captured(u"decade") + u's');
    }
    // "the nineteen sixties", "the early nineteen-eighties": the decade in words, read as
    // "1960s". Without its century ("in his sixties") it is an age, not a decade.
    static const QRegularExpression decadeInWords(
        uR"(\b(?:(?<part>early|mid|late)[-\s]+)?(?<century>eighteen|nineteen)[-\s](?<tens>twen|thir|for|fif|six|seven|eigh|nine)ties\b)"_s, CaseInsensitive);
    for (auto it = decadeInWords.globalMatch(profile.decade ? sentence : QString()); it.hasNext();) {
        const auto match = it.next();
        static const QStringList tens = {u"twen"_s, u"thir"_s, u"for"_s, u"fif"_s, u"six"_s, u"seven"_s, u"eigh"_s, u"nine"_s};
        const int decadeYear
            = (match.captured(u"century").toLower() == "eighteen"_L1 ? 1800 : 1900) + 10 * (2 + int(tens.indexOf(match.captured(u"tens").toLower())));
        const QString part = match.captured(u"part").toLower();
        addDate(match, DateGranularity::Decade, (part.isEmpty() ? QString() : part + u' ') + QString::number(decadeYear) + u's');
    }
    for (auto it = weekday.globalMatch(profile.monthOrDay ? sentence : QString()); it.hasNext();) {
        const auto match = it.next();
        addDate(match, DateGranularity::Weekday, match.captured(u"day"));
    }
    for (auto it = relative.globalMatch(profile.relativeDate ? sentence : QString()); it.hasNext();) {
        const auto match = it.next();
        addDate(match, DateGranularity::Relative, match.captured(0).toLower());
    }
    for (auto it = qualifiedYear.globalMatch(profile.year ? sentence : QString()); it.hasNext();) {
        const auto match = it.next();
        const QString qualifier = boundingQualifier(match.captured(u"q"));
        addDate(match, DateGranularity::Year, (qualifier.isEmpty() ? QString() : qualifier + u' ') + match.captured(u"year"), qualifier);
    }
    for (auto it = bareYear.globalMatch(profile.year ? sentence : QString()); it.hasNext();) {
        const auto match = it.next();
        addDate(match, DateGranularity::Year, match.captured(u"year"));
    }
}

// --- Money ---------------------------------------------------------------------------

QString currencyCode(QStringView written)
{
    const QString word = written.toString().toLower().remove(u'.');
    // Dollars of other countries are written with their country before the sign.
    static const QHash<QString, QString> otherDollars
        = {{u"a$"_s, u"AUD"_s}, {u"au$"_s, u"AUD"_s}, {u"c$"_s, u"CAD"_s}, {u"ca$"_s, u"CAD"_s}, {u"nz$"_s, u"NZD"_s}, {u"hk$"_s, u"HKD"_s}};
    if (otherDollars.contains(word))
        return otherDollars.value(word);
    if (word.contains(u'$') || word.contains(u"dollar"_s) || word == "usd"_L1)
        return u"USD"_s;
    if (word.startsWith(u"roubl"_s) || word.startsWith(u"rubl"_s) || word == "rub"_L1 || word == u"₽"_s)
        return u"RUB"_s;
    if (word.startsWith(u"euro"_s) || word == u"€"_s || word == "eur"_L1)
        return u"EUR"_s;
    if (word == "yuan"_L1 || word == "renminbi"_L1 || word == "cny"_L1 || word == u"¥"_s)
        return u"CNY"_s;
    if (word.startsWith(u"pound"_s) || word == u"£"_s || word == "gbp"_L1)
        return u"GBP"_s;
    if (word == "rupiah"_L1 || word == "idr"_L1)
        return u"IDR"_s;
    if (word.startsWith(u"rupee"_s) || word == "inr"_L1)
        return u"INR"_s;
    if (word == "yen"_L1 || word == "jpy"_L1)
        return u"JPY"_s;
    return word.toUpper();
}

std::optional<MoneyAmount> moneyFrom(const QRegularExpressionMatch &match)
{
    const std::optional<WrittenNumber> number = NumberParser::parse(match.capturedView(u"num"));
    if (!number)
        return std::nullopt;
    const double scale = NumberParser::scale(match.capturedView(u"scale"));
    // "$109 billion" is rounded to the billion: the last written digit sets the step.
    const double halfStep = (number->halfStep > 0 ? number->halfStep : (scale > 1 ? 0.5 : 0.0)) * scale;
    MoneyAmount amount;
    amount.currency = currencyCode(match.capturedView(u"cur"));
    amount.amount = number->value * scale;
    amount.admitted = NumberParser::admitted(amount.amount, halfStep, match.capturedView(u"approx"));
    amount.written = {amount.amount - halfStep, amount.amount + halfStep};
    // "69 cents" is "$0.69": English news counts cents of the dollar.
    if (match.capturedView(u"cur").startsWith(u"cent"_s, Qt::CaseInsensitive)) {
        amount.currency = u"USD"_s;
        amount.amount /= 100;
        amount.admitted = {amount.admitted.low / 100, amount.admitted.high / 100};
        amount.written = {amount.written.low / 100, amount.written.high / 100};
    }
    return amount;
}

void extractMoney(SentenceFacts &facts)
{
    static const QString number = u"(?<num>"_s + NumberParser::pattern() + u")(?:\\s?(?<scale>"_s + NumberParser::scalePattern() + u"))?"_s;
    static const QString approximation = u"(?:(?<approx>"_s + NumberParser::approximationPattern() + u"))?"_s;
    static const QRegularExpression symbolFirst(
        approximation + uR"((?<cur>US\$|U\.S\.\s?\$|\$\s?US|\bA\$|\bAU\$|\bC\$|\bCA\$|\bNZ\$|\bHK\$|\$|€|£|¥|₽))"_s + number, CaseInsensitive);
    static const QRegularExpression wordAfter(approximation + number
            + uR"(\s+(?<cur>(?:US |U\.S\. )?dollars?|cents?|roubles?|rubles?|euros?|yuan|renminbi|pounds?(?: sterling)?|rupiah|rupees?|yen|USD|RUB|EUR|CNY|GBP|JPY|INR|IDR)\b)"_s,
        CaseInsensitive);
    static const QRegularExpression parenthetical(uR"(^\s*\(\s*(?:about |around |roughly |some |or )?)"_s);

    const QString &sentence = facts.sentence();
    struct Found {
        qsizetype start;
        qsizetype end;
        MoneyAmount amount;
        int bound;
    };
    QList<Found> found;
    const std::pair<const QRegularExpression *, bool> patterns[] = {
        {&symbolFirst, facts.mentions({u"$", u"€", u"£", u"¥", u"₽"})},
        {&wordAfter,
            facts.mentions({u"dollar",
                u"cent",
                u"rouble",
                u"rub",
                u"eur",
                u"yuan",
                u"renminbi",
                u"pound",
                u"rupiah",
                u"rupee",
                u"yen",
                u"usd",
                u"cny",
                u"gbp",
                u"jpy",
                u"inr",
                u"idr"})},
    };
    for (const auto &[expression, mayMatch] : patterns) {
        if (!mayMatch)
            continue;
        for (auto it = expression->globalMatch(sentence); it.hasNext();) {
            const auto match = it.next();
            if (const auto amount = moneyFrom(match))
                found.append({match.capturedStart(), match.capturedEnd(), *amount, NumberParser::bound(match.capturedView(u"approx"))});
        }
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.start < b.start;
    });
    for (qsizetype i = 0; i < found.size(); ++i) {
        Found merged = found.at(i);
        QList<MoneyAmount> amounts {merged.amount};
        // "11.2 trillion roubles ($109 billion)": one claim stated in two currencies.
        while (i + 1 < found.size()) {
            const Found &next = found.at(i + 1);
            const QStringView between = QStringView(sentence).mid(merged.end, next.start - merged.end);
            const qsizetype close = sentence.indexOf(u')', next.end);
            if (next.start < merged.end || !parenthetical.matchView(between).hasMatch() || close < 0 || close - next.end > 2)
                break;
            amounts.append(next.amount);
            merged.end = close + 1;
            ++i;
        }
        if (Fact *fact = facts.add(FactKind::Money, merged.start, merged.end)) {
            fact->money = amounts;
            fact->unit = amounts.first().currency;
            fact->admitted = amounts.first().admitted;
            fact->written = amounts.first().written;
            fact->bound = merged.bound;
            QStringList values;
            for (const MoneyAmount &amount : std::as_const(amounts))
                values << amount.currency + u' ' + formatAmount(amount.amount);
            fact->value = values.join(u" = "_s);
        }
    }
}

// --- Percentages, ranks, multipliers, quantities --------------------------------------

void extractPercents(SentenceFacts &facts)
{
    static const QRegularExpression percent(
        u"(?:(?<approx>"_s + NumberParser::approximationPattern() + u"))?(?<num>"_s + NumberParser::pattern() + uR"()\s?(?:%|percent\b|per cent\b|pct\b))"_s,
        CaseInsensitive);
    static const QRegularExpression fraction(uR"(\b(?<frac>(?:one|a)[- ]half|(?:one|a)[- ]third|two[- ]thirds|(?:one|a)[- ]quarter|three[- ]quarters|)"
                                             uR"((?:one|a)[- ]fifth|(?:two|three|four)[- ]fifths)(?=\s+of\b))"_s,
        CaseInsensitive);
    static const QHash<QString, double> fractions = {
        {u"half"_s, 50},
        {u"third"_s, 100.0 / 3},
        {u"thirds"_s, 200.0 / 3},
        {u"quarter"_s, 25},
        {u"quarters"_s, 75},
        {u"fifth"_s, 20},
    };
    const QString &sentence = facts.sentence();
    const QString none;
    for (auto it = percent.globalMatch(facts.mentions({u"%", u"percent", u"per cent", u"pct"}) ? sentence : none); it.hasNext();) {
        const auto match = it.next();
        const auto number = NumberParser::parse(match.capturedView(u"num"));
        if (!number)
            continue;
        if (Fact *fact = facts.add(FactKind::Percent, match.capturedStart(), match.capturedEnd())) {
            fact->admitted = NumberParser::admitted(number->value, number->halfStep, match.capturedView(u"approx"));
            fact->written = {number->value - number->halfStep, number->value + number->halfStep};
            fact->bound = NumberParser::bound(match.capturedView(u"approx"));
            fact->unit = u"%"_s;
            fact->value = formatAmount(number->value) + u'%';
        }
    }
    for (auto it = fraction.globalMatch(facts.mentions({u"half", u"third", u"quarter", u"fifth"}) ? sentence : none); it.hasNext();) {
        const auto match = it.next();
        static const QRegularExpression separator(u"[- ]"_s);
        const QStringList parts = match.captured(u"frac").toLower().split(separator);
        double value = 0;
        if (parts.last() == "fifths"_L1)
            value = 20 * NumberParser::parse(parts.first()).value_or(WrittenNumber {}).value;
        else
            value = fractions.value(parts.last());
        if (Fact *fact = facts.add(FactKind::Percent, match.capturedStart(), match.capturedEnd())) {
            // A fraction in words is as exact as the percentage it names, to a point.
            fact->admitted = {value - 0.5, value + 0.5};
            fact->written = fact->admitted;
            fact->unit = u"%"_s;
            fact->value = formatAmount(std::round(value * 10) / 10) + u'%';
        }
    }
}

void extractRanks(SentenceFacts &facts)
{
    static const QRegularExpression outOf(
        uR"(\b(?<pos>\d+)(?:st|nd|rd|th)\s+(?:place\s+)?(?:out of|of|among|in a field of)\s+(?<total>\d+|)"_s + NumberParser::pattern() + uR"()\b)"_s,
        CaseInsensitive);
    static const QRegularExpression ranked(uR"(\b(?:rank(?:s|ed|ing)?|plac(?:es|ed|ing)\s+\S+\s+at|(?:comes?|came)\s+in|at|is|was)\s+(?:number\s+|no\.\s*)?)"
                                           uR"((?<pos>\d+)(?:st|nd|rd|th)\b(?!\s+century))"_s,
        CaseInsensitive);
    const QString &sentence = facts.sentence();
    for (auto it = outOf.globalMatch(sentence); it.hasNext();) {
        const auto match = it.next();
        const auto total = NumberParser::parse(match.capturedView(u"total"));
        if (!total)
            continue;
        if (Fact *fact = facts.add(FactKind::Rank, match.capturedStart(), match.capturedEnd())) {
            fact->rank = match.captured(u"pos").toInt();
            fact->rankTotal = int(total->value);
            fact->admitted = fact->written = ValueInterval::exactly(fact->rank);
            fact->value = u"%1/%2"_s.arg(fact->rank).arg(fact->rankTotal);
        }
    }
    for (auto it = ranked.globalMatch(sentence); it.hasNext();) {
        const auto match = it.next();
        if (Fact *fact = facts.add(FactKind::Rank, match.capturedStart(u"pos"), match.capturedEnd())) {
            fact->rank = match.captured(u"pos").toInt();
            fact->admitted = fact->written = ValueInterval::exactly(fact->rank);
            fact->value = QString::number(fact->rank);
        }
    }
}

void extractMultipliers(SentenceFacts &facts)
{
    static const QRegularExpression multiplier(uR"(\b(?<fold>[a-z]+|\d+)-?fold\b|\b(?<verb>doubled?|doubling|tripled?|tripling|quadrupled?|quadrupling)\b|)"
                                               uR"(\b(?<x>\d+(?:\.\d+)?)\s?[x×](?=\s|$|[,.;]))"_s,
        CaseInsensitive);
    static const QHash<QString, double> verbs = {{u"doubl"_s, 2}, {u"tripl"_s, 3}, {u"quadrupl"_s, 4}};
    const QString &sentence = facts.sentence();
    for (auto it = multiplier.globalMatch(sentence); it.hasNext();) {
        const auto match = it.next();
        double factor = 0;
        if (match.hasCaptured(u"fold"))
            factor = NumberParser::parse(match.capturedView(u"fold")).value_or(WrittenNumber {}).value;
        else if (match.hasCaptured(u"verb"))
            factor = verbs.value(match.captured(u"verb").toLower().left(match.captured(u"verb").startsWith(u"quad"_s, Qt::CaseInsensitive) ? 8 : 5));
        else
            factor = match.captured(u"x").toDouble();
        if (factor <= 0)
            continue;
        if (Fact *fact = facts.add(FactKind::Multiplier, match.capturedStart(), match.capturedEnd())) {
            fact->admitted = fact->written = ValueInterval::exactly(factor);
            fact->unit = u"×"_s;
            fact->value = u"×"_s + formatAmount(factor);
        }
    }
}

// "shot twice in the head", "married thrice": a count of times, as "two times" is.
// "Twice as many" and "twice the size" multiply instead, and say nothing alone.
void extractRepetitions(SentenceFacts &facts)
{
    static const QRegularExpression repeated(
        uR"(\b(?<word>twice|thrice)\b(?!\s+(?:as|the|that|this|a|an|more|less|over|its|their|his|her)\b))"_s, CaseInsensitive);
    for (auto it = repeated.globalMatch(facts.sentence()); it.hasNext();) {
        const auto match = it.next();
        const double times = match.captured(u"word").compare(u"twice"_s, Qt::CaseInsensitive) == 0 ? 2 : 3;
        if (Fact *fact = facts.add(FactKind::Count, match.capturedStart(), match.capturedEnd())) {
            fact->admitted = fact->written = ValueInterval::exactly(times);
            fact->subject = u"time"_s;
            fact->subjectWord = u"times"_s;
            fact->value = formatAmount(times) + u" time"_s;
        }
    }
}

struct Unit {
    QString dimension; ///< the SI unit the value is converted to
    double factor;
};

// Units of measure, as written, with the factor to the dimension's SI unit.
const QHash<QString, Unit> &units()
{
    static const QHash<QString, Unit> table = {
        {u"km"_s, {u"m"_s, 1000}},
        {u"kilometer"_s, {u"m"_s, 1000}},
        {u"kilometre"_s, {u"m"_s, 1000}},
        {u"mile"_s, {u"m"_s, 1609.344}},
        {u"meter"_s, {u"m"_s, 1}},
        {u"metre"_s, {u"m"_s, 1}},
        {u"feet"_s, {u"m"_s, 0.3048}},
        {u"foot"_s, {u"m"_s, 0.3048}},
        {u"kg"_s, {u"kg"_s, 1}},
        {u"kilogram"_s, {u"kg"_s, 1}},
        {u"tonne"_s, {u"kg"_s, 1000}},
        {u"ton"_s, {u"kg"_s, 907.18474}},
        {u"lb"_s, {u"kg"_s, 0.45359237}},
        {u"litre"_s, {u"l"_s, 1}},
        {u"liter"_s, {u"l"_s, 1}},
        {u"gallon"_s, {u"l"_s, 3.785411784}},
        {u"barrel"_s, {u"l"_s, 158.987294928}},
        {u"hectare"_s, {u"m²"_s, 1e4}},
        {u"acre"_s, {u"m²"_s, 4046.8564224}},
        {u"square kilometer"_s, {u"m²"_s, 1e6}},
        {u"square kilometre"_s, {u"m²"_s, 1e6}},
        {u"sq km"_s, {u"m²"_s, 1e6}},
        {u"square mile"_s, {u"m²"_s, 2589988.110336}},
        {u"km/h"_s, {u"m/s"_s, 1 / 3.6}},
        {u"mph"_s, {u"m/s"_s, 0.44704}},
        {u"mw"_s, {u"W"_s, 1e6}},
        {u"megawatt"_s, {u"W"_s, 1e6}},
        {u"gw"_s, {u"W"_s, 1e9}},
        {u"gigawatt"_s, {u"W"_s, 1e9}},
        {u"magnitude"_s, {u"magnitude"_s, 1}},
        {u"degree"_s, {u"°"_s, 1}},
    };
    return table;
}

void extractQuantities(SentenceFacts &facts)
{
    static const QRegularExpression quantity(u"(?:(?<approx>"_s + NumberParser::approximationPattern() + u"))?(?<num>"_s + NumberParser::pattern()
            + u")(?:\\s?(?<scale>thousand|million|billion))?[-\\s]?"_s
            + uR"((?<unit>square (?:kilomet(?:er|re)s?|miles?)|sq km|km/h|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|feet|foot|)"
              uR"(kg|kilograms?|tonnes?|tons?|lbs?|lit(?:er|re)s?|gallons?|barrels?|hectares?|acres?|mph|MW|megawatts?|GW|gigawatts?|degrees?)\b)"_s,
        CaseInsensitive);
    // Earthquake magnitudes: "magnitude 6.1", "6.1-magnitude", and the older "3.8 on the
    // Richter scale" (sometimes "3.8 degrees on the Richter scale", which is no angle).
    static const QRegularExpression magnitude(uR"(\bmagnitude(?:[-\s]of)?[-\s](?<num>\d+(?:\.\d+)?)|(?<num2>\d+(?:\.\d+)?)[-\s]magnitude\b|)"
                                              uR"((?<num3>\d+(?:\.\d+)?)(?:\s+degrees?)?\s+on\s+the\s+Richter\s+scale\b)"_s,
        CaseInsensitive);
    const QString &sentence = facts.sentence();
    for (auto it = magnitude.globalMatch(sentence); it.hasNext();) {
        const auto match = it.next();
        const QString written = match.hasCaptured(u"num") ? match.captured(u"num")
            : match.hasCaptured(u"num2")                  ? match.captured(u"num2")
                                                          : match.captured(u"num3");
        if (Fact *fact = facts.add(FactKind::Quantity, match.capturedStart(), match.capturedEnd())) {
            const auto number = NumberParser::parse(written).value_or(WrittenNumber {});
            fact->admitted = fact->written = {number.value - number.halfStep, number.value + number.halfStep};
            fact->unit = u"magnitude"_s;
            fact->value = u"magnitude "_s + written;
        }
    }
    for (auto it = quantity.globalMatch(sentence); it.hasNext();) {
        const auto match = it.next();
        const auto number = NumberParser::parse(match.capturedView(u"num"));
        QString unitName = match.captured(u"unit").toLower();
        if (!units().contains(unitName) && unitName.endsWith(u's'))
            unitName.chop(1);
        if (unitName == "kilometers"_L1 || unitName == "kilometres"_L1)
            unitName.chop(1);
        if (!number || !units().contains(unitName))
            continue;
        const Unit unit = units().value(unitName);
        const double scale = NumberParser::scale(match.capturedView(u"scale"));
        // A measurement written as a whole number is rounded to that unit: "five miles" is 4.5–5.5 miles.
        const double halfStep = (number->halfStep > 0 ? number->halfStep : 0.5) * scale * unit.factor;
        if (Fact *fact = facts.add(FactKind::Quantity, match.capturedStart(), match.capturedEnd())) {
            const double value = number->value * scale * unit.factor;
            fact->admitted = NumberParser::admitted(value, halfStep, match.capturedView(u"approx"));
            fact->written = {value - halfStep, value + halfStep};
            fact->bound = NumberParser::bound(match.capturedView(u"approx"));
            fact->unit = unit.dimension;
            fact->value = formatAmount(std::round(value * 1000) / 1000) + u' ' + unit.dimension;
        }
    }
}

// A period of VALUE seconds, written as MATCH, rounded to HALF_STEP either way.
void addDuration(SentenceFacts &facts, const QRegularExpressionMatch &match, double value, double halfStep)
{
    if (Fact *fact = facts.add(FactKind::Quantity, match.capturedStart(), match.capturedEnd())) {
        const QStringView approximation = match.hasCaptured(u"approx") ? match.capturedView(u"approx") : QStringView();
        fact->admitted = NumberParser::admitted(value, halfStep, approximation);
        fact->written = {value - halfStep, value + halfStep};
        fact->bound = NumberParser::bound(approximation);
        fact->unit = u"duration"_s;
        fact->value = formatAmount(std::round(value)) + u" s"_s;
    }
}

// The length of a unit of time in seconds, by its name in the singular: "week" 604,800.
// Months and years are the Gregorian averages, so that "six months" is half a year.
const QHash<QString, double> &secondsPerUnit()
{
    static const QHash<QString, double> seconds = {
        {u"second"_s, 1},
        {u"minute"_s, 60},
        {u"hour"_s, 3600},
        {u"day"_s, 86400},
        {u"week"_s, 7 * 86400},
        {u"month"_s, 30.436875 * 86400},
        {u"year"_s, 365.2425 * 86400},
        {u"decade"_s, 3652.425 * 86400},
    };
    return seconds;
}

// How long something lasted: "five months in federal prison", "for two decades", "a
// six-month sentence", "four and a half months". A quantity of the dimension "duration"
// in seconds, so that "two decades" and "21 years" compare. Periods that place an
// event ("three weeks after", "two years ago") are dates, and ages are ages: both are
// read first.
void extractDurations(SentenceFacts &facts)
{
    static const QRegularExpression duration(u"(?:(?<approx>"_s + NumberParser::approximationPattern() + u"))?\\b(?<num>"_s + NumberParser::pattern()
            + uR"()(?<half>\s+and\s+a\s+half)?[-\s](?<unit>second|minute|hour|day|week|month|year|decade)s?\b(?![-\s](?:old|ago)\b))"_s,
        CaseInsensitive);
    const QHash<QString, double> &secondsPer = secondsPerUnit();
    // "7 minutes 41 seconds", "two hours and 15 minutes": one period, to the second.
    static const QRegularExpression twoUnits(u"\\b(?<n1>"_s + NumberParser::pattern() + uR"()\s+(?<u1>hour|minute)s?,?\s+(?:and\s+)?(?<n2>)"_s
            + NumberParser::pattern() + uR"()\s+(?<u2>minute|second)s?\b)"_s,
        CaseInsensitive);
    const QString none;
    for (auto it = twoUnits.globalMatch(facts.mentions({u"hour", u"minute"}) ? facts.sentence() : none); it.hasNext();) {
        const auto match = it.next();
        const auto first = NumberParser::parse(match.capturedView(u"n1"));
        const auto second = NumberParser::parse(match.capturedView(u"n2"));
        if (first && second) {
            addDuration(facts,
                match,
                first->value * secondsPer.value(match.captured(u"u1").toLower()) + second->value * secondsPer.value(match.captured(u"u2").toLower()),
                0);
        }
    }
    const bool namesAUnit = facts.mentions({u"second", u"minute", u"hour", u"day", u"week", u"month", u"year", u"decade"});
    for (auto it = duration.globalMatch(namesAUnit ? facts.sentence() : none); it.hasNext();) {
        const auto match = it.next();
        const auto number = NumberParser::parse(match.capturedView(u"num"));
        if (!number)
            continue;
        const QString unit = match.captured(u"unit").toLower();
        const double perUnit = secondsPer.value(unit);
        const bool half = match.hasCaptured(u"half");
        // Periods are counted exactly ("five months" is not "four and a half"), except in
        // decades, which round the years: "two decades" is about 20 years.
        const double halfStep = (unit == "decade"_L1 ? 0.5 : half ? 0.25 : number->halfStep) * perUnit;
        addDuration(facts, match, (number->value + (half ? 0.5 : 0)) * perUnit, halfStep);
    }
}

// "With 7:42 left in the first half", "1:05 to play": a game clock counts down a period,
// it tells no time of day.
void extractClockDurations(SentenceFacts &facts)
{
    static const QRegularExpression gameClock(uR"(\b(?<m>\d{1,2}):(?<s>[0-5]\d)(?=\s+(?:left|remaining|to go|to play)\b))"_s, CaseInsensitive);
    for (auto it = gameClock.globalMatch(facts.sentence()); it.hasNext();) {
        const auto match = it.next();
        addDuration(facts, match, match.captured(u"m").toInt() * 60 + match.captured(u"s").toInt(), 0);
    }
}

// --- Clock times and ages ---------------------------------------------------------------

// "3.45pm", "about 3pm", "13:38 GMT", "4:59 a.m. local time", "6: 22AM". A time with a.m.
// or p.m., or past 12:59, is resolved to the day's minute; "7:42" alone could be
// morning or evening, and is kept as written with the qualifier "12h".
void extractTimes(SentenceFacts &facts)
{
    static const QString zone = uR"((?:\s*(?<zone>GMT|UTC|[ECMP][SD]T|BST|CET|CEST|WIB|IST|JST|local time)\b)?)"_s;
    static const QRegularExpression twelveHour(uR"((?<approx>(?:about|around|approximately|shortly (?:before|after)|just (?:before|after))\s+)?)"
                                               uR"(\b(?<h>1[0-2]|0?[1-9])(?:(?:[:.]\s?)(?<m>[0-5]\d))?\s*(?<half>[ap])\.?\s?m\b\.?)"_s
            + zone,
        CaseInsensitive);
    static const QRegularExpression twentyFourHour(
        uR"((?<approx>(?:about|around|approximately|shortly (?:before|after)|just (?:before|after))\s+)?\b(?<h>[01]?\d|2[0-3]):\s?(?<m>[0-5]\d)\b(?![:\d]))"_s
            + zone,
        CaseInsensitive);
    // "0241 GMT", "1530 local time": four digits with a zone are a time as wire services
    // write it. Without one, "1400" is a count or a year.
    static const QRegularExpression wireTime(uR"(\b(?<h>[01]\d|2[0-3])(?<m>[0-5]\d)\s*(?<zone>GMT|UTC|local time)\b)"_s, CaseInsensitive);
    const QString &sentence = facts.sentence();
    // "3 July 2013 Last updated at 13:38 GMT": the time of the page, not of the event.
    static const QRegularExpression dateline(uR"(^\W*(?:\S+\s+){0,8}\S*$)"_s);
    static const QRegularExpression year(uR"(\b(?:19|20)\d{2}\b(?!\s*(?:GMT|UTC)\b))"_s);
    if (dateline.matchView(sentence).hasMatch() && year.matchView(sentence).hasMatch())
        return;
    const auto add = [&](const QRegularExpressionMatch &match, int hour, int minute, bool resolved) {
        Fact *fact = facts.add(FactKind::Time, match.capturedStart(), match.capturedEnd());
        if (!fact)
            return;
        const int minutes = hour * 60 + minute;
        const bool approximate = match.hasCaptured(u"approx");
        fact->written = ValueInterval::exactly(minutes);
        fact->admitted = approximate ? ValueInterval {minutes - 30.0, minutes + 30.0} : fact->written;
        fact->unit = match.captured(u"zone").toUpper();
        fact->qualifier = resolved ? QString() : u"12h"_s;
        fact->value = u"%1:%2"_s.arg(hour, resolved ? 2 : 1, 10, QChar(u'0')).arg(minute, 2, 10, QChar(u'0'));
        if (!fact->unit.isEmpty())
            fact->value += u' ' + fact->unit;
    };
    for (auto it = twelveHour.globalMatch(sentence); it.hasNext();) {
        const auto match = it.next();
        const int hour = match.captured(u"h").toInt() % 12 + (match.captured(u"half").toLower() == "p"_L1 ? 12 : 0);
        add(match, hour, match.captured(u"m").toInt(), true);
    }
    for (auto it = twentyFourHour.globalMatch(sentence); it.hasNext();) {
        const auto match = it.next();
        const int hour = match.captured(u"h").toInt();
        add(match, hour, match.captured(u"m").toInt(), hour == 0 || hour > 12 || match.captured(u"h").startsWith(u'0'));
    }
    for (auto it = wireTime.globalMatch(sentence); it.hasNext();) {
        const auto match = it.next();
        add(match, match.captured(u"h").toInt(), match.captured(u"m").toInt(), true);
    }
}

// "61-year-old", "aged 61", "at the age of 61", "died at 85", "Hiller, 43, had",
// "61, of Troy", "She was 85.": the age of a person, a claim of its own kind, so that
// "36" in "Klitschko, 36," and "36-year-old Klitschko" agree.
void extractAges(SentenceFacts &facts)
{
    // "61-year-old", "a six-month-old baby", "her 8- to 12-week-old fetus".
    static const QRegularExpression yearsOld(u"\\b(?:(?<from>"_s + NumberParser::pattern() + uR"()-?\s*(?:to|-)\s*)?(?<n>)"_s + NumberParser::pattern()
            + uR"()[-\s](?<unit>day|week|month|year)s?[-\s]old\b)"_s,
        CaseInsensitive);
    // "their 12 week unborn child", "a six-month baby": a span of time written as an
    // adjective of a young being is its age, though "old" is left out. Only units below a
    // year: "a five-year plan" names no one.
    static const QRegularExpression youngBeing(u"\\b(?<n>"_s + NumberParser::pattern()
            + uR"()[-\s](?<unit>day|week|month)(?=[-\s](?:(?:old|unborn|newborn|premature)[-\s]+)?(?:child|baby|fetus|foetus|infant|son|daughter|boy|girl)\b))"_s,
        CaseInsensitive);
    static const QRegularExpression aged(uR"(\b(?:aged|at the age of|age of|died at|dies at|dead at)\s+(?<n>\d{1,3})\b(?![:.,]?\d))"_s, CaseInsensitive);
    static const QRegularExpression afterName(uR"((?<name>\b\p{Lu}[\p{L}'’.-]+),\s(?<n>\d{1,3})(?=\s*(?:[,;)]|\.(?:\s|$)|$|\s+of\s+\p{Lu})))"_s);
    static const QRegularExpression wasAge(uR"(\b(?:he|she) (?:was|is)\s+(?<n>\d{1,3})(?=\s*(?:\.(?:\s|$)|$|;|\s+when\b)))"_s, CaseInsensitive);
    const QString &sentence = facts.sentence();
    // Each pattern with the words it cannot match without.
    const std::pair<const QRegularExpression *, bool> patterns[] = {
        {&yearsOld, facts.mentions({u"old"})},
        {&youngBeing, facts.mentions({u"day", u"week", u"month"})},
        {&aged, facts.mentions({u"age", u"died at", u"dies at", u"dead at"})},
        {&afterName, facts.mentions({u","})},
        {&wasAge, facts.mentions({u"he was", u"he is"})},
    };
    for (const auto &[expression, mayMatch] : patterns) {
        if (!mayMatch)
            continue;
        for (auto it = expression->globalMatch(sentence); it.hasNext();) {
            const auto match = it.next();
            // "December 2, 2008" and "Chapter 11, the": not ages.
            if (expression == &afterName && EntityNames::isNotAName(match.capturedView(u"name")))
                continue;
            const auto number = NumberParser::parse(match.capturedView(u"n"));
            if (!number || number->value < 1 || number->value > 120)
                continue;
            const qsizetype start = expression == &afterName ? match.capturedStart(u"n") : match.capturedStart();
            // Younger than a year, the unit stays in the value: "12 weeks", "8–12 weeks".
            const QString unit = match.hasCaptured(u"unit") ? match.captured(u"unit").toLower() : u"year"_s;
            const auto from = match.hasCaptured(u"from") ? NumberParser::parse(match.capturedView(u"from")) : std::nullopt;
            if (from && from->value >= number->value)
                continue;
            if (Fact *fact = facts.add(FactKind::Age, start, match.capturedEnd())) {
                const double perYear = secondsPerUnit().value(unit) / secondsPerUnit().value(u"year"_s);
                fact->admitted = fact->written = {(from ? from->value : number->value) * perYear, number->value * perYear};
                fact->isSpan = bool(from);
                fact->subject = u"age"_s;
                fact->subjectWord = u"age"_s;
                fact->value = (from ? formatAmount(from->value) + u'–' : QString()) + formatAmount(number->value);
                if (unit != "year"_L1)
                    fact->value += u' ' + unit + u's';
            }
        }
    }
}

// "91-73", "(52-3, 46 KOs)", "45-7-2": a score or a record, compared as written.
void extractScores(SentenceFacts &facts)
{
    static const QRegularExpression score(
        uR"((?<![\d.,/:-])\b\d{1,3}(?:-\d{1,3}){1,2}\b(?![\d.,/:]\d|-\d|-?\s?(?:year|month|week|day|hour|minute|yard|foot|meter|metre|mile|inch|pound)))"_s
        // "200-300 people", "20-30 houses": a span of what is counted, not a score.
        uR"((?!\s+(?:people|children|men|women|\p{Ll}{2,}s)\b))"_s,
        CaseInsensitive);
    const QString &sentence = facts.sentence();
    for (auto it = score.globalMatch(sentence); it.hasNext();) {
        const auto match = it.next();
        if (Fact *fact = facts.add(FactKind::Count, match.capturedStart(), match.capturedEnd())) {
            fact->subject = u"score"_s;
            fact->subjectWord = u"score"_s;
            fact->value = match.captured(0) + u" score"_s;
        }
    }
}

/// The noun that the last ordinal of a text ordered, for the ordinals after it that
/// leave it out: "the sixth round" … "wrapping it up in the seventh".
struct OrderedNoun {
    QString stem;
    QString word;
    int sentence = -1;
};

// "the sixth round", "third-floor", "his fourth season", "the 11th round", "No. 5
// seed": a place in a sequence, as a rank without a field, about the noun after it.
// Reports leave the noun out once it is known ("in the seventh", "his 16th in a row"):
// then it is the noun of the last ordinal a few sentences before (LAST).
void extractOrdinals(SentenceFacts &facts, OrderedNoun &last)
{
    // How many sentences back a left-out noun is still the one meant.
    constexpr int EllipsisReach = 8;
    static const QRegularExpression ordinal(
        uR"(\b(?:(?<word>third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|twentieth)|)"
        uR"((?<![\d,])(?<digits>\d{1,3}(?:,\d{3})*)(?:st|nd|rd|th)|No\.\s?(?<no>\d{1,3}))(?=[-\s]\p{L}|\s*[,.;:!?)]|\s*$)(?!\s+(?:century|centuries)\b|[-\s]century))"_s,
        CaseInsensitive);
    // Where an ordinal may stand for "the sixth round" without its noun.
    static const QRegularExpression ellipsisBefore(uR"(\b(?:in the|his|her|its|their)\s+$)"_s, CaseInsensitive);
    // "first" and "second" are left out: "for the first time", "a second look", "two
    // seconds" say no place in a sequence often enough to drown the ones that do.
    static const QHash<QString, int> words = {{u"third"_s, 3},
        {u"fourth"_s, 4},
        {u"fifth"_s, 5},
        {u"sixth"_s, 6},
        {u"seventh"_s, 7},
        {u"eighth"_s, 8},
        {u"ninth"_s, 9},
        {u"tenth"_s, 10},
        {u"eleventh"_s, 11},
        {u"twelfth"_s, 12},
        {u"thirteenth"_s, 13},
        {u"fourteenth"_s, 14},
        {u"fifteenth"_s, 15},
        {u"twentieth"_s, 20}};
    const QString &text = facts.sentence();
    for (auto it = ordinal.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const int position = match.hasCaptured(u"word") ? words.value(match.captured(u"word").toLower())
            : match.hasCaptured(u"digits")              ? match.captured(u"digits").remove(u',').toInt()
                                                        : match.captured(u"no").toInt();
        if (position < 2)
            continue;
        // The noun it orders: the next word ("round" in "seventh-round" too), a content word.
        static const QRegularExpression nounAfter(uR"([-\s](?<noun>\p{L}+))"_s);
        const auto noun = nounAfter.match(text, match.capturedEnd(), QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        QString word = noun.captured(u"noun").toLower();
        thread_local const Stemmer stemmer;
        QString stem = word.isEmpty() ? QString() : stemmer.stem(word);
        // Without its noun: a stop word or a name follows ("in the sixth Klitschko
        // landed"), or nothing does.
        const bool nameAfter = !word.isEmpty() && noun.capturedView(u"noun").front().isUpper();
        if (word.isEmpty() || Stemmer::isStopWord(word) || nameAfter) {
            const bool ellipsis = ellipsisBefore.matchView(QStringView(text).left(match.capturedStart())).hasMatch();
            if (!ellipsis || last.sentence < 0 || facts.sentenceIndex() - last.sentence > EllipsisReach) {
                if (word.isEmpty() || Stemmer::isStopWord(word))
                    continue;
            } else {
                word = last.word;
                stem = last.stem;
            }
        }
        if (Fact *fact = facts.add(FactKind::Rank, match.capturedStart(), match.capturedEnd())) {
            fact->rank = position;
            fact->admitted = fact->written = ValueInterval::exactly(position);
            fact->subject = stem;
            fact->subjectWord = word;
            fact->value = QString::number(position) + u' ' + fact->subject;
        }
        last = {stem, word, facts.sentenceIndex()};
    }
}

// "top-ranked North Carolina", "the No. 1 seed", "first-seeded": the first place of a
// ranking, a rank as "third-seeded" is. ("First" alone says too little to be one, see
// extractOrdinals(); before these nouns it says a place.)
void extractFirstPlaces(SentenceFacts &facts)
{
    static const QRegularExpression firstPlace(uR"(\b(?:top|first|No\.\s?1|number[-\s]one)[-\s](?<noun>ranked|seeded|seed)\b)"_s, CaseInsensitive);
    for (auto it = firstPlace.globalMatch(facts.sentence()); it.hasNext();) {
        const auto match = it.next();
        if (Fact *fact = facts.add(FactKind::Rank, match.capturedStart(), match.capturedEnd())) {
            thread_local const Stemmer stemmer;
            fact->rank = 1;
            fact->admitted = fact->written = ValueInterval::exactly(1);
            fact->subjectWord = match.captured(u"noun").toLower();
            fact->subject = stemmer.stem(fact->subjectWord);
            fact->value = u"1 "_s + fact->subject;
        }
    }
}

// --- Counts --------------------------------------------------------------------------

// The canonical subject for words that news uses interchangeably (lexicon/subjects.txt).
QString canonicalSubject(const QString &stem)
{
    static const auto &map = Lexicon::map("subjects");
    return map.value(stem, stem);
}

// Whether STEM names what happened to people in an event ("killed", "trapped").
bool isEventWord(const QString &stem)
{
    static const auto &words = Lexicon::set("event-subjects");
    return words.contains(canonicalSubject(stem));
}

// Whether the word before position AT of TEXT is capitalized: "Flight 370".
bool followsAName(const QString &text, qsizetype at)
{
    qsizetype end = at;
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    qsizetype start = end;
    while (start > 0 && text.at(start - 1).isLetter())
        --start;
    return start < end && text.at(start).isUpper();
}

// A span of two numbers that one count gives: "between 200 and 300 people", "200 to 300
// people", "200-300 people". Keyed by where the upper number starts.
struct CountRange {
    qsizetype start = 0; ///< of the whole span
    qsizetype lowStart = 0;
    double low = 0;
};

// Whether TOKENS hold two numbers, each a token of its own ("11", "eleven", "a dozen",
// "twenty-five"): the ends of a span do.
bool namesTwoNumbers(const QList<Token> &tokens)
{
    int numbers = 0;
    for (const Token &token : tokens) {
        const qsizetype dash = token.word.indexOf(u'-');
        const QStringView head = dash < 0 ? QStringView(token.word) : QStringView(token.word).left(dash);
        if ((token.isNumber || NumberParser::isNumberWord(head)) && ++numbers == 2)
            return true;
    }
    return false;
}

QHash<qsizetype, CountRange> countRanges(const QString &text)
{
    // "from 11 to 24" and "rose 11 to 24" are a change, not a span.
    static const QRegularExpression range(u"(?<!from )(?<!rose )(?<!fell )(?<!grew )\\b(?<between>between\\s+)?(?<low>"_s + NumberParser::pattern()
            + uR"()(?(<between>)\s+and\s+|(?:\s*[-–—]\s*|\s+to\s+))(?<high>)"_s + NumberParser::pattern() + u")\\b"_s,
        CaseInsensitive);
    QHash<qsizetype, CountRange> ranges;
    for (auto it = range.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const auto low = NumberParser::parse(match.capturedView(u"low"));
        const auto high = NumberParser::parse(match.capturedView(u"high"));
        // A span goes up; "3-1" is a score, "1-2-3" no span.
        if (!low || !high || low->value >= high->value)
            continue;
        ranges.insert(match.capturedStart(u"high"), {match.capturedStart(), match.capturedStart(u"low"), low->value});
    }
    return ranges;
}

// The span a number word in the plural gives: "dozens" 24–99, "hundreds" 200–999,
// "tens of thousands" 20,000–99,999. A reader takes "dozens" for two dozen or more, and
// "hundreds" for two hundred or more.
std::optional<ValueInterval> vagueSpan(QStringView words)
{
    static const QHash<QString, ValueInterval> spans = {
        {u"dozens"_s, {24, 99}},
        {u"scores"_s, {40, 99}},
        {u"hundreds"_s, {200, 999}},
        {u"thousands"_s, {2000, 9999}},
        {u"tens of thousands"_s, {20'000, 99'999}},
        {u"hundreds of thousands"_s, {200'000, 999'999}},
        {u"millions"_s, {2'000'000, 9'999'999}},
    };
    const auto span = spans.constFind(words.toString().toLower().simplified());
    return span == spans.cend() ? std::nullopt : std::optional(*span);
}

// The capture groups of the count pattern by number: looking one up by name, for each
// of a million numbers, costs more than the match.
struct CountGroups {
    int num;
    int approx;
    int scale;
    int vague;

    explicit CountGroups(const QRegularExpression &pattern)
    {
        const QStringList names = pattern.namedCaptureGroups();
        num = int(names.indexOf(u"num"_s));
        approx = int(names.indexOf(u"approx"_s));
        scale = int(names.indexOf(u"scale"_s));
        vague = int(names.indexOf(u"vague"_s));
    }
};

// Whether MATCH is a lone digit between two other numbers ("… 1 1 1 …", a row of a
// table): it names nothing it counts, there is no noun for it to count, and it is no
// figure alone. Said before any other work on it, for a text of numbers.
bool standsAmongNumbers(const QRegularExpressionMatch &match, const CountGroups &groups, const QList<Token> &tokens, qsizetype offset)
{
    if (match.capturedLength(groups.num) != 1 || !match.capturedView(groups.num).front().isDigit() || match.hasCaptured(groups.approx)
        || match.hasCaptured(groups.scale))
        return false;
    const qsizetype at = offset + match.capturedStart(groups.num);
    const auto token = std::partition_point(tokens.cbegin(), tokens.cend(), [&](const Token &each) {
        return each.range.end <= at;
    });
    if (token == tokens.cend() || token->range.start != at)
        return false;
    const bool numberBefore = token == tokens.cbegin() || (token - 1)->isNumber;
    const bool numberAfter = token + 1 == tokens.cend() || (token + 1)->isNumber;
    return numberBefore && numberAfter;
}

void extractCounts(SentenceFacts &facts, const Sentence &sentence)
{
    static const QRegularExpression count(u"(?:(?<approx>"_s + NumberParser::approximationPattern() + u"))?\\b(?:(?<num>"_s + NumberParser::pattern()
            + u")(?:\\s(?<scale>thousand|million|billion))?|(?<vague>(?:tens of |hundreds of )?thousands|dozens|hundreds|millions)(?=\\s+of\\s+\\p{L}|\\s+(?:were|have|had|are)\\b))\\b"_s,
        CaseInsensitive);
    const QString &text = facts.sentence();
    // A span needs two numbers and a dash, "to", or "between … and" (countRanges()).
    const bool maySpan = namesTwoNumbers(sentence.tokens) && facts.mentions({u"-", u"–", u"—", u"to", u"between"});
    const QHash<qsizetype, CountRange> ranges = maySpan ? countRanges(text) : QHash<qsizetype, CountRange>();
    QSet<qsizetype> lowEnds;
    for (const CountRange &range : ranges)
        lowEnds.insert(range.lowStart);
    const QList<Token> &tokens = sentence.tokens;
    static const QSet<QString> &peopleWords = Lexicon::set("people-words");
    static const CountGroups groups(count);
    for (auto it = count.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        // The lower end of a span is counted with its upper one.
        if (match.hasCaptured(groups.num) && lowEnds.contains(match.capturedStart(groups.num)))
            continue;
        // "dozens of people", "hundreds were injured": a span that words give.
        const std::optional<ValueInterval> vague = match.hasCaptured(groups.vague) ? vagueSpan(match.capturedView(groups.vague)) : std::nullopt;
        const auto range = ranges.constFind(match.capturedStart(groups.num));
        const bool spans = match.hasCaptured(groups.num) && range != ranges.cend() && !match.hasCaptured(groups.approx);
        const qsizetype start = spans ? range->start : match.capturedStart();
        const qsizetype end = match.capturedEnd();
        if (standsAmongNumbers(match, groups, tokens, facts.offset()))
            continue;
        if (!facts.isFree(start, end))
            continue;
        // "one" is as often a pronoun as a number: only count it before a noun.
        const auto number = vague ? std::optional(WrittenNumber {vague->high, 0}) : NumberParser::parse(match.capturedView(groups.num));
        if (!number)
            continue;
        // A clock time ("06:36 GMT") or a score ("3:1") counts nothing.
        if ((start > 0 && text.at(start - 1) == u':') || (end < text.size() && text.at(end) == u':'))
            continue;
        // The tokens after the number: the subject is the first plural or casualty word
        // among the next three content words, or the last of them.
        const qsizetype absoluteEnd = facts.offset() + end;
        const qsizetype absoluteStart = facts.offset() + start;
        // Tokens are in text order: binary searches keep a long sentence of numbers linear.
        const auto firstAfter = std::partition_point(tokens.cbegin(), tokens.cend(), [&](const Token &token) {
            return token.range.start < absoluteEnd;
        });
        auto next = firstAfter;
        qsizetype nounFrom = absoluteEnd; // where the counted noun may begin
        // "hundreds of people": what the words count follows "of".
        if (vague && next != tokens.cend() && next->word == "of"_L1) {
            nounFrom = next->range.end;
            ++next;
        }
        QString subject;
        QString subjectWord;
        bool countsPeople = false;
        bool named = false; // by "of the …"
        // "a mother of 12", "a population of 1,000": the noun before "of" says what is
        // counted.
        static const auto &countedAfterOf = Lexicon::map("counted-after-of");
        if (const auto before = std::partition_point(tokens.cbegin(),
                tokens.cend(),
                [&](const Token &token) {
                    return token.range.end <= absoluteStart;
                });
            before - tokens.cbegin() >= 2 && (before - 1)->word == "of"_L1 && countedAfterOf.contains((before - 2)->stem)) {
            subject = countedAfterOf.value((before - 2)->stem);
            subjectWord = subject;
            named = true;
        }
        // "178 of 369 punches": a part of a whole counts what the whole counts.
        if (!named && next != tokens.cend() && next->word == "of"_L1 && next + 1 != tokens.cend() && (next + 1)->isNumber && next + 2 != tokens.cend()
            && !(next + 2)->isStopWord && !(next + 2)->isNumber) {
            next += 2;
            subject = canonicalSubject(next->stem);
            subjectWord = next->word;
            countsPeople = peopleWords.contains(next->stem);
            named = true;
        }
        // "three of the employees": what the number counts follows "of the".
        if (!named && next != tokens.cend() && next->word == "of"_L1 && next + 1 != tokens.cend() && (next + 1)->isStopWord && (next + 1)->word != "them"_L1
            && next + 2 != tokens.cend() && !(next + 2)->isStopWord && !(next + 2)->isNumber && (next + 2)->word.endsWith(u's')) {
            next += 2;
            subject = canonicalSubject(next->stem);
            subjectWord = next->word;
            countsPeople = peopleWords.contains(next->stem);
            named = true;
        }
        static const QSet<QString> saying = {u"said"_s, u"says"_s, u"say"_s, u"told"_s, u"added"_s, u"reported"_s, u"stated"_s};
        for (int taken = 0; !named && next != tokens.cend() && taken < 3; ++next, ++taken) {
            // A number in words starts another figure ("One report said six children"),
            // and a verb of saying ends the noun.
            if (next->isStopWord || next->isNumber || NumberParser::parse(next->word) || saying.contains(next->word))
                break;
            // Words must follow directly, separated by spaces or hyphens only.
            const qsizetype gapStart = taken == 0 ? nounFrom : (next - 1)->range.end;
            const QStringView gap = QStringView(facts.sentence()).mid(gapStart - facts.offset(), next->range.start - gapStart);
            if (!gap.trimmed().isEmpty() && gap.trimmed() != u"-"_s)
                break;
            subject = canonicalSubject(next->stem);
            subjectWord = subject == next->stem ? next->word : subject;
            countsPeople = peopleWords.contains(next->stem);
            if (next->word.endsWith(u's') || isEventWord(next->stem) || countsPeople)
                break;
        }
        // "One report said", "one official told": who speaks, not a figure.
        if (number->value == 1 && !subject.isEmpty() && next != tokens.cend() && saying.contains(next->word))
            continue;
        // "six children were killed", "14 others trapped": who was counted is named
        // first, what happened to them is the claim.
        // "14 were trapped": with no noun, the verb after the number names it.
        if (subject.isEmpty() && firstAfter != tokens.cend() && firstAfter != tokens.cbegin()) {
            next = firstAfter - 1; // the scan below starts after it
            countsPeople = true;
        }
        if (countsPeople && next != tokens.cend()) {
            // Only auxiliaries may stand between: in "three people and injured seven"
            // the verb belongs to the next number.
            static const QSet<QString> auxiliaries = {u"were"_s,
                u"was"_s,
                u"are"_s,
                u"is"_s,
                u"have"_s,
                u"has"_s,
                u"had"_s,
                u"been"_s,
                u"being"_s,
                u"be"_s,
                u"reportedly"_s,
                u"also"_s,
                u"still"_s,
                u"later"_s};
            for (auto after = next + 1; after != tokens.cend() && after - next <= 4 && !after->isNumber; ++after) {
                if (isEventWord(after->stem)) {
                    subject = canonicalSubject(after->stem);
                    subjectWord = subject;
                    break;
                }
                if (!auxiliaries.contains(after->word.toLower()))
                    break; // "six children from the village were killed" is beyond reach
            }
        }
        // "killed three", "three were injured": a casualty verb next to the number names it.
        if (subject.isEmpty() || !isEventWord(subject)) {
            // The last token that ends before the number.
            auto before = std::make_reverse_iterator(std::partition_point(tokens.cbegin(), tokens.cend(), [&](const Token &token) {
                return token.range.end <= absoluteStart;
            }));
            if (before != tokens.crend() && isEventWord(before->stem) && absoluteStart - before->range.end <= 2) {
                subject = canonicalSubject(before->stem);
                subjectWord = subject;
            } else if (subject.isEmpty()) {
                // "the confirmed death toll from the disaster to 11": a toll named a few
                // words before, with no other number between.
                for (int steps = 0; before != tokens.crend() && steps < 8 && !before->isNumber; ++before, ++steps) {
                    if (before->stem == "toll"_L1) {
                        subject = canonicalSubject(before->stem);
                        subjectWord = subject;
                        break;
                    }
                }
                // "raise the number of seats from 65 to 125": the number of what, said
                // before the figures, in the same clause.
                static const QRegularExpression numberOf(uR"(\bnumber of (?:the )?(?<noun>\p{L}{3,})\b[^.;:!?]{0,40}$)"_s, CaseInsensitive);
                const auto match = subject.isEmpty()
                    ? numberOf.matchView(QStringView(text).mid(std::max<qsizetype>(0, start - 80), std::min<qsizetype>(start, 80)))
                    : QRegularExpressionMatch();
                if (match.hasMatch() && !Stemmer::isStopWord(match.captured(u"noun").toLower())) {
                    thread_local const Stemmer stemmer;
                    subjectWord = match.captured(u"noun").toLower();
                    subject = canonicalSubject(stemmer.stem(subjectWord));
                }
            }
        }
        // A figure that names nothing it counts ("Hansbrough now has 2,301.", "broke the
        // mark of 2,290") is kept as a bare number: it can agree with the same figure
        // in a matching sentence, but it makes no claim alone and contradicts nothing.
        // Only figures in digits of two or more: a lone "one" or "3" is too often no
        // figure at all.
        // A number after a capitalized word names something ("Flight 370", "Interstate
        // 805", "Statement 12"): a label, not a figure.
        if (subject.isEmpty() && (number->value < 10 || !text.at(start).isDigit() || match.hasCaptured(groups.scale) || followsAName(text, start)))
            continue;
        const double value = number->value * NumberParser::scale(match.capturedView(groups.scale));
        if (Fact *fact = facts.add(FactKind::Count, start, end)) {
            fact->admitted = NumberParser::admitted(value, number->halfStep, match.capturedView(groups.approx));
            fact->written = {value - number->halfStep, value + number->halfStep};
            fact->bound = NumberParser::bound(match.capturedView(groups.approx));
            fact->subject = subject;
            fact->subjectWord = subjectWord;
            fact->value = formatAmount(value) + u' ' + subject;
            if (vague) {
                fact->isSpan = true;
                fact->written = *vague;
                fact->admitted = *vague;
                fact->value = match.captured(groups.vague).toLower() + u' ' + subject;
            }
            if (spans) {
                const double low = range->low * NumberParser::scale(match.capturedView(groups.scale));
                fact->isSpan = true;
                fact->written = {low, value};
                fact->admitted = {low, value};
                fact->value = formatAmount(low) + u'-' + formatAmount(value) + u' ' + subject;
            }
        }
    }
}

// --- Entities ------------------------------------------------------------------------

struct Word {
    qsizetype start;
    QString text;
    bool endsName = false; ///< a possessive: "Stanford University’s AI" names one thing
};

// "Soviet-era", "UK-based": a name turned into a description.
bool isDescribingCompound(QStringView word)
{
    for (qsizetype hyphen = word.indexOf(u'-'); hyphen >= 0 && hyphen + 1 < word.size(); hyphen = word.indexOf(u'-', hyphen + 1)) {
        if (word.at(hyphen + 1).isLower())
            return true;
    }
    return false;
}

// Cuts a run of capitalized words into names: titles separate them ("Sberbank CEO
// German Gref" names two), and function words or non-names at either end fall away.
QList<QList<Word>> namesInRun(const QList<Word> &run)
{
    QList<QList<Word>> names;
    QList<Word> current;
    for (const Word &word : run) {
        if (EntityNames::isTitle(word.text) || isDescribingCompound(word.text)) {
            names.append(current);
            current.clear();
        } else {
            current.append(word);
            if (word.endsName) {
                names.append(current);
                current.clear();
            }
        }
    }
    names.append(current);
    for (QList<Word> &name : names) {
        // An adverb that opens a sentence ("Purportedly Simpson told him") is no part
        // of a name: long words with an adverb's ending.
        static const QRegularExpression adverb(uR"(^\p{Lu}\p{Ll}{3,}(?:edly|ntly|ally|usly|ately|ively|ingly)$)"_s);
        const auto dropped = [](const Word &word) {
            return Stemmer::isStopWord(word.text.toLower()) || EntityNames::isNotAName(word.text) || adverb.matchView(word.text).hasMatch();
        };
        // "New" goes from "New Insights", not from "New Zealand".
        const auto opensAKnownName = [](const QList<Word> &words) {
            return words.size() >= 2 && EntityNames::isKnown(words.at(0).text + u' ' + words.at(1).text);
        };
        while (!name.isEmpty() && dropped(name.first()) && !opensAKnownName(name))
            name.removeFirst();
        // Trailing acronyms are what the name is about ("Global AI Index for AI"), and a
        // connector left at the end ("for") goes with them.
        while (!name.isEmpty() && (dropped(name.last()) || EntityNames::isGenericAcronym(name.last().text)))
            name.removeLast();
    }
    names.removeIf([](const QList<Word> &name) {
        return name.isEmpty() || (name.size() == 1 && EntityNames::isGenericAcronym(name.first().text));
    });
    return names;
}

bool isPossessive(const QString &word)
{
    // "People’s Republic of China" is a name, not China's people: a word that opens a
    // known name keeps its "’s".
    return (word.endsWith(u"’s"_s) || word.endsWith(u"'s"_s)) && !EntityNames::opensKnownName(word);
}

QString cleanedWord(QString word)
{
    // Trailing punctuation and possessives are not part of the name; "U.S." keeps its stop.
    if (isPossessive(word))
        word.chop(2);
    while (!word.isEmpty() && (word.back() == u'.' || word.back() == u'-' || word.back() == u'\'' || word.back() == u'’') && !EntityNames::isAbbreviation(word))
        word.chop(1);
    return word;
}

// "Putin Directs Russia to Strengthen AI Corporation With China": in a headline every
// word is capitalized, so capitals say nothing about names.
bool isHeadlineCase(QStringView sentence)
{
    int longWords = 0;
    int capitalized = 0;
    bool capitalizedFunctionWord = false; // "With", "Through", "That": only title case does that
    bool first = true;
    for (const QStringView word : qTokenize(sentence, u' ', Qt::SkipEmptyParts)) {
        if (!first && word.front().isUpper() && Stemmer::isStopWord(word.toString().toLower()))
            capitalizedFunctionWord = true;
        first = false;
        if (word.size() < 4 || !word.front().isLetter())
            continue;
        ++longWords;
        if (word.front().isUpper())
            ++capitalized;
    }
    // Short headings without a full stop ("New Insights and Trends") count too.
    const bool heading = !sentence.trimmed().isEmpty() && !QStringLiteral(".!?”\"").contains(sentence.trimmed().back());
    return (capitalizedFunctionWord && capitalized * 10 >= longWords * 6) || (heading && longWords >= 2 && capitalized == longWords);
}

// The role the sentence gives the person named at NAMESTART, in the two words before the
// name ("general manager AJ Butler", "the wounded man, Brian Dalton"): "general manager",
// "wounded man". Empty when the words before are no role, or the role is one word alone
// ("spokesman"), which says too little about which person is meant.
QString roleBefore(QStringView sentence, qsizetype nameStart)
{
    static const QSet<QString> &roleNouns = Lexicon::set("role-nouns");
    const QList<QStringView> words = sentence.left(nameStart).split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return {};
    QString noun = words.last().toString().toLower();
    if (noun.endsWith(u','))
        noun.chop(1);
    const QString modifier = words.at(words.size() - 2).toString().toLower();
    const bool modifierIsAWord = std::all_of(modifier.cbegin(), modifier.cend(), [](QChar c) {
        return c.isLetter() || c == u'-';
    });
    if (!roleNouns.contains(noun) || !modifierIsAWord || Stemmer::isStopWord(modifier))
        return {};
    return modifier + u' ' + noun;
}

void extractEntities(SentenceFacts &facts, bool headline, const QSet<QString> &namesSeenMidSentence)
{
    static const QRegularExpression capitalized(
        uR"(\b(?:[A-Z][\p{L}\p{M}’'.&-]*)(?:\s+(?:(?:of|the|de|for|al|bin|van|von)\s+)?(?:[A-Z][\p{L}\p{M}’'.&-]*))*)"_s);
    const QString &sentence = facts.sentence();
    // A headline in capitals names nothing more than its words.
    const qsizetype letters = std::count_if(sentence.cbegin(), sentence.cend(), [](QChar c) {
        return c.isLetter();
    });
    const qsizetype upper = std::count_if(sentence.cbegin(), sentence.cend(), [](QChar c) {
        return c.isUpper();
    });
    if (letters > 12 && upper * 10 > letters * 6)
        return;
    for (auto it = capitalized.globalMatch(sentence); it.hasNext();) {
        const auto match = it.next();
        // The run's words with their positions; the run is one line of text, so
        // splitting at spaces finds them.
        QList<Word> run;
        const QStringView matched = match.capturedView();
        qsizetype offset = 0;
        for (const QStringView written : matched.split(u' ')) {
            const qsizetype start = match.capturedStart() + offset;
            offset += written.size() + 1;
            if (written.isEmpty())
                continue;
            const QString text = cleanedWord(written.toString());
            if (!text.isEmpty())
                run.append({start, text, isPossessive(written.toString())});
        }
        // Words that open the sentence are capitalized anyway: a lone word there is a
        // name only if the text capitalizes it mid-sentence too, or it is a known name.
        static const QRegularExpression sentenceOpening(uR"(^(?:\d+[.)]?)?$|[:“"]$)"_s);
        const QStringView before = QStringView(sentence).left(match.capturedStart()).trimmed();
        const bool opensSentence = sentenceOpening.matchView(before).hasMatch();
        if (headline) {
            // Only names known from the body or from the start survive a headline.
            QList<Word> known;
            for (const Word &word : std::as_const(run)) {
                if ((namesSeenMidSentence.contains(word.text) || EntityNames::isKnown(word.text)) && !EntityNames::isGenericAcronym(word.text))
                    known.append(word);
            }
            for (const Word &word : std::as_const(known)) {
                if (Fact *fact = facts.add(FactKind::Entity, word.start, word.start + word.text.size())) {
                    fact->value = EntityNames::canonical(word.text);
                    fact->subject = EntityNames::category(fact->value);
                }
            }
            continue;
        }
        // "Strategic initiative unveiled:", "Market Forecasts:": a label, not a name.
        // A label is a few words that open the sentence and end at a colon, sometimes
        // two in a row ("Looking ahead: Strategic implications:").
        qsizetype labelEnd = -1;
        for (qsizetype colon = sentence.indexOf(u':'); colon >= 0 && QStringView(sentence).left(colon).count(u' ') < 5;
            colon = sentence.indexOf(u':', colon + 1))
            labelEnd = colon;
        if (match.capturedStart() < labelEnd)
            continue;
        for (const QList<Word> &words : namesInRun(run)) {
            QStringList parts;
            for (const Word &word : words)
                parts << word.text;
            const QString name = parts.join(u' ');
            if (opensSentence && words.size() == 1 && !namesSeenMidSentence.contains(name) && !EntityNames::isKnown(name))
                continue;
            if (words.size() == 1 && EntityNames::isPlaceWord(name))
                continue; // "District 27": a capitalized noun, not a name
            const qsizetype start = words.first().start;
            const qsizetype end = words.last().start + words.last().text.size();
            if (Fact *fact = facts.add(FactKind::Entity, start, end)) {
                fact->value = EntityNames::canonical(name);
                fact->subject = EntityNames::category(fact->value);
                if (fact->subject.isEmpty() || fact->subject == "person"_L1)
                    fact->qualifier = roleBefore(sentence, start);
            }
        }
    }
}

// Marks the names of the sentence that say where someone lives: "Anthony LaSalle, 36, of
// Minneapolis", "LuAnn Marie Johnson, of Burnsville" (home to the name before), and "the
// Bloomington man" (home to someone the report named before: "the" points back).
void markHomes(SentenceFacts &facts)
{
    static const QRegularExpression ofAfterAPerson(uR"(^(?:,\s*(?:aged\s+)?\d{1,3})?,?\s+of\s+$)"_s);
    static const QRegularExpression definite(uR"(\bthe\s+$)"_s, CaseInsensitive);
    static const QRegularExpression personAfter(uR"(^\s+(?:man|woman|resident|native|teenager|teen|boy|girl)\b)"_s);
    const QString &sentence = facts.sentence();
    QList<Fact> &found = facts.found();
    for (Fact &place : found) {
        if (place.kind != FactKind::Entity)
            continue;
        const qsizetype start = place.range.start - facts.offset();
        const qsizetype end = place.range.end - facts.offset();
        if (personAfter.matchView(QStringView(sentence).mid(end)).hasMatch() && definite.matchView(QStringView(sentence).left(start)).hasMatch()) {
            place.homeOf = Fact::HomeOfSomeoneNamedBefore;
            continue;
        }
        for (const Fact &person : std::as_const(found)) {
            const qsizetype personEnd = person.range.end - facts.offset();
            if (person.kind == FactKind::Entity && EntityNames::category(person.value) == "person"_L1 && personEnd < start
                && ofAfterAPerson.matchView(QStringView(sentence).mid(personEnd, start - personEnd)).hasMatch()) {
                place.homeOf = person.value;
                break;
            }
        }
    }
}

// Single capitalized words that stand mid-sentence somewhere in the text: proper nouns,
// which are then recognized at the start of a sentence too.
QSet<QString> namesSeenMidSentence(const SegmentedText &text, const QList<bool> &headlines)
{
    // A capitalized word right after a lower-case one (or a comma) is capitalized for
    // being a name, not for opening a sentence or standing in a heading.
    QSet<QString> names;
    for (qsizetype s = 0; s < text.sentences.size(); ++s) {
        const Sentence &sentence = text.sentences.at(s);
        const QStringView view = text.view(sentence.range);
        if (sentence.isBoilerplate || headlines.at(s))
            continue;
        QStringView previous;
        for (const QStringView word : qTokenize(view, u' ', Qt::SkipEmptyParts)) {
            const bool afterLowerCase = !previous.isEmpty() && (previous.front().isLower() || previous.endsWith(u','));
            previous = word;
            if (!afterLowerCase || !word.front().isUpper())
                continue;
            const QString name = cleanedWord(word.toString());
            if (!name.isEmpty() && !EntityNames::isNotAName(name))
                names.insert(name);
        }
    }
    return names;
}

// The date of the report: the first full date among its first sentences, where a
// saved page puts its dateline ("July 03, 2013 6: 22AM", "3 July 2013 Last updated").
QDate reportDate(const QList<Fact> &facts)
{
    constexpr int DatelineSentences = 4;
    for (const Fact &fact : facts) {
        if (fact.sentence >= DatelineSentences)
            break;
        if (fact.kind == FactKind::Date && fact.granularity == DateGranularity::Day && !fact.value.startsWith(u"--"_s))
            return QDate::fromString(fact.value.right(10), Qt::ISODate);
    }
    return {};
}

// "on Tuesday" in a report of Wednesday 3 July 2013 is 2 July 2013; "yesterday" the day
// before the report. Resolved, they compare with dates written out.
void resolveAgainstReportDate(QList<Fact> &facts)
{
    const QDate reported = reportDate(facts);
    if (!reported.isValid())
        return;
    static const QStringList weekdays = {u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s, u"saturday"_s, u"sunday"_s};
    for (Fact &fact : facts) {
        QDate date;
        if (fact.kind == FactKind::Date && fact.granularity == DateGranularity::Weekday) {
            const int weekday = int(weekdays.indexOf(fact.value.toLower())) + 1;
            const bool ahead = fact.text.startsWith(u"next"_s, Qt::CaseInsensitive);
            if (weekday < 1)
                continue;
            // The last such day up to the report's own, or the next one after it for "next".
            const int back = (reported.dayOfWeek() - weekday + 7) % 7;
            date = ahead ? reported.addDays((weekday - reported.dayOfWeek() + 7) % 7 == 0 ? 7 : (weekday - reported.dayOfWeek() + 7) % 7)
                         : reported.addDays(-back);
        } else if (fact.kind == FactKind::Date && fact.granularity == DateGranularity::Relative && (fact.value == "yesterday"_L1 || fact.value == "today"_L1)) {
            date = fact.value == "today"_L1 ? reported : reported.addDays(-1);
        }
        if (!date.isValid())
            continue;
        // The day as written stays known: two reports of different days can both say
        // "Monday" of one event, and "will resume Monday" looks ahead.
        fact.subjectWord = fact.value.toLower();
        fact.granularity = DateGranularity::Day;
        fact.value = date.toString(Qt::ISODate);
    }
}

} // namespace

QList<Fact> FactExtractor::extract(const SegmentedText &text)
{
    QList<Fact> result;
    QList<bool> headlines;
    headlines.reserve(text.sentences.size());
    for (const Sentence &sentence : text.sentences)
        headlines.append(!sentence.isBoilerplate && isHeadlineCase(text.view(sentence.range)));
    const QSet<QString> knownNames = namesSeenMidSentence(text, headlines);
    OrderedNoun lastOrdered;
    for (int i = 0; i < text.sentences.size(); ++i) {
        const Sentence &sentence = text.sentences.at(i);
        if (sentence.isBoilerplate)
            continue;
        SentenceFacts facts(text, i);
        const SentenceProfile profile(sentence, text.view(sentence.range));
        if (profile.year || profile.decade || profile.monthOrDay || profile.century || profile.relativeDate)
            extractDates(facts, profile);
        if (profile.money)
            extractMoney(facts);
        if (profile.percent)
            extractPercents(facts);
        if (profile.ordinal)
            extractRanks(facts);
        if (facts.mentions({u"ranked", u"seed"}))
            extractFirstPlaces(facts);
        if (profile.clock) {
            extractClockDurations(facts);
            extractTimes(facts);
        }
        if (profile.number)
            extractAges(facts);
        if (profile.multiplier)
            extractMultipliers(facts);
        if (profile.unit)
            extractQuantities(facts);
        if (profile.number && (profile.relativeDate || profile.duration))
            extractDurations(facts);
        if (profile.number) {
            extractOrdinals(facts, lastOrdered);
            extractScores(facts);
            extractCounts(facts, sentence);
        }
        if (facts.mentions({u"twice", u"thrice"}))
            extractRepetitions(facts);
        extractEntities(facts, headlines.at(i), knownNames);
        markHomes(facts);
        QList<Fact> found = facts.take();
        std::sort(found.begin(), found.end(), [](const Fact &a, const Fact &b) {
            return a.range.start < b.range.start;
        });
        result.append(std::move(found));
    }
    resolveAgainstReportDate(result);
    result.removeIf([](const Fact &fact) {
        return fact.isStamp;
    });
    return result;
}

} // namespace Parallax
