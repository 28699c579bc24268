// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "factextractor.h"

#include "entitynames.h"
#include "numberparser.h"
#include "stemmer.h"
#include "textsegmenter.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
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
    {
    }

    const QString &sentence() const { return m_sentence; }
    qsizetype offset() const { return m_range.start; }

    bool isFree(qsizetype start, qsizetype end) const
    {
        const TextRange range {m_range.start + start, m_range.start + end};
        return std::none_of(m_facts.cbegin(), m_facts.cend(), [&](const Fact &fact) {
            return fact.range.overlaps(range);
        }) && !m_text.isBoilerplate(range);
    }

    /// Adds a fact over [start, end) of the sentence; returns it for the caller to fill.
    Fact *add(FactKind kind, qsizetype start, qsizetype end)
    {
        if (!isFree(start, end))
            return nullptr;
        Fact fact;
        fact.kind = kind;
        fact.range = {m_range.start + start, m_range.start + end};
        fact.sentence = m_sentenceIndex;
        fact.text = m_sentence.mid(start, end - start);
        m_facts.append(std::move(fact));
        return &m_facts.last();
    }

    QList<Fact> take() { return std::move(m_facts); }

private:
    const SegmentedText &m_text;
    int m_sentenceIndex;
    TextRange m_range;
    QString m_sentence;
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
            u"nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen"_s);
        add(Cue::MonthOrDay,
            u"january february march april may june july august september october november december jan feb mar apr jun jul aug sep "
            u"sept oct nov dec monday tuesday wednesday thursday friday saturday sunday"_s);
        add(Cue::RelativeDate, u"yesterday today tomorrow year month week day days weeks months years decade decades ago"_s);
        add(Cue::CurrencyWord,
            u"dollar dollars rouble roubles ruble rubles euro euros yuan renminbi pound pounds rupiah rupee rupees yen usd rub eur cny gbp jpy "
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

// What a sentence could state, judged from its tokens: most sentences have no number,
// no date and no currency, and the patterns for those need not run on them at all.
// Each flag errs on the side of running a pattern.
struct SentenceProfile {
    bool number = false; ///< digits or number words: counts
    bool year = false; ///< a four-digit token
    bool monthOrDay = false; ///< a month or weekday name
    bool century = false;
    bool relativeDate = false; ///< "weeks after", "yesterday", "last year"
    bool isoDate = false;
    bool money = false; ///< a currency symbol or word
    bool percent = false; ///< "%", "percent", or a fraction word
    bool ordinal = false; ///< "31st": a rank or a century
    bool multiplier = false;
    bool unit = false; ///< a unit of measure or "magnitude"

    void note(Cues word)
    {
        number = number || word.testFlag(Cue::NumberWord);
        monthOrDay = monthOrDay || word.testFlag(Cue::MonthOrDay);
        relativeDate = relativeDate || word.testFlag(Cue::RelativeDate);
        money = money || word.testFlag(Cue::CurrencyWord);
        percent = percent || word.testFlag(Cue::FractionWord);
        multiplier = multiplier || word.testFlag(Cue::MultiplierWord);
        unit = unit || word.testFlag(Cue::UnitWord);
    }

    SentenceProfile(const Sentence &sentence, QStringView text)
    {
        for (const Token &token : sentence.tokens) {
            const QString &word = token.word;
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
                percent = percent || tail.testFlag(Cue::FractionWord);
            }
        }
        // Symbols are not word tokens.
        for (const QChar c : text) {
            if (c == u'%')
                percent = true;
            else if (c == u'$' || c == u'€' || c == u'£' || c == u'¥' || c == u'₽')
                money = true;
            else if (c == u'×')
                multiplier = true;
        }
        isoDate = year && text.contains(u'-');
    }
};

// --- Dates ---------------------------------------------------------------------------

void extractDates(SentenceFacts &facts, const SentenceProfile &profile)
{
    static const QRegularExpression isoDate(uR"(\b(\d{4})-(\d{2})-(\d{2})\b)"_s);
    static const QRegularExpression monthDay(u"\\b(?<month>"_s + MonthNames + uR"()\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<year>\d{4})\b)?)"_s);
    static const QRegularExpression dayMonth(
        uR"(\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<month>)"_s + MonthNames + uR"()(?:,?\s+(?<year>\d{4}))?\b)"_s);
    static const QRegularExpression monthYear(u"\\b(?<month>"_s + MonthNames + uR"()\s+(?:of\s+)?(?<year>\d{4})\b)"_s);
    static const QRegularExpression century(uR"(\b(?<n>\d{1,2})(?:st|nd|rd|th)[-\s]century\b)"_s, CaseInsensitive);
    static const QRegularExpression wordCentury(uR"(\b(?<n>twenty-first|twentieth|nineteenth|twenty-second)[-\s]century\b)"_s, CaseInsensitive);
    static const QRegularExpression weekday(uR"(\b(?:(?:on|last|next|this)\s+)?(?<day>)"_s + WeekdayNames + uR"()\b)"_s);
    static const QRegularExpression qualifiedYear(
        uR"(\b(?<q>by|in|since|until|till|from|to|before|after|during|through|of|early|late|mid-?)\s*(?<year>(?:1[89]|20|21)\d{2})\b(?!\s*%))"_s,
        CaseInsensitive);
    static const QRegularExpression bareYear(uR"(\b(?<year>(?:19|20)\d{2})\b(?![\d,.%]|\s*(?:%|percent|per cent)))"_s);
    static const QRegularExpression relative(u"\\b(?<n>"_s + NumberParser::pattern()
            + uR"()\s+(?<unit>days?|weeks?|months?|years?|decades?)\s+(?<dir>after|before|later|earlier|ago)\b|)"_s
            + uR"(\b(?:yesterday|today|tomorrow|last (?:year|month|week)|next (?:year|month|week)|this (?:year|month|week)|earlier this (?:year|month|week))\b)"_s,
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
    for (auto it = century.globalMatch(profile.century ? sentence : QString()); it.hasNext();) {
        const auto match = it.next();
        addDate(match, DateGranularity::Century, u"century %1"_s.arg(match.captured(u"n").toInt()));
    }
    static const QHash<QString, int> centuryWords = {{u"nineteenth"_s, 19}, {u"twentieth"_s, 20}, {u"twenty-first"_s, 21}, {u"twenty-second"_s, 22}};
    for (auto it = wordCentury.globalMatch(profile.century ? sentence : QString()); it.hasNext();) {
        const auto match = it.next();
        addDate(match, DateGranularity::Century, u"century %1"_s.arg(centuryWords.value(match.captured(u"n").toLower())));
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
        const QString qualifier = match.captured(u"q").toLower();
        addDate(match, DateGranularity::Year, qualifier + u' ' + match.captured(u"year"), qualifier);
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
    return amount;
}

void extractMoney(SentenceFacts &facts)
{
    static const QString number = u"(?<num>"_s + NumberParser::pattern() + u")(?:\\s?(?<scale>"_s + NumberParser::scalePattern() + u"))?"_s;
    static const QString approximation = u"(?:(?<approx>"_s + NumberParser::approximationPattern() + u"))?"_s;
    static const QRegularExpression symbolFirst(approximation + uR"((?<cur>US\$|U\.S\.\s?\$|\$|€|£|¥|₽))"_s + number, CaseInsensitive);
    static const QRegularExpression wordAfter(approximation + number
            + uR"(\s+(?<cur>(?:US |U\.S\. )?dollars?|roubles?|rubles?|euros?|yuan|renminbi|pounds?(?: sterling)?|rupiah|rupees?|yen|USD|RUB|EUR|CNY|GBP|JPY|INR|IDR)\b)"_s,
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
    for (const QRegularExpression *expression : {&symbolFirst, &wordAfter}) {
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
    for (auto it = percent.globalMatch(sentence); it.hasNext();) {
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
    for (auto it = fraction.globalMatch(sentence); it.hasNext();) {
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

// --- Counts --------------------------------------------------------------------------

// The canonical subject for nouns that news uses interchangeably.
QString canonicalSubject(const QString &stem)
{
    static const QHash<QString, QString> synonyms = {
        {u"nation"_s, u"country"_s},
        {u"countri"_s, u"country"_s},
        {u"state"_s, u"country"_s},
        {u"peopl"_s, u"people"_s},
        {u"person"_s, u"people"_s},
        {u"individu"_s, u"people"_s},
        {u"kill"_s, u"dead"_s},
        {u"dead"_s, u"dead"_s},
        {u"death"_s, u"dead"_s},
        {u"die"_s, u"dead"_s},
        {u"fatal"_s, u"dead"_s},
        {u"bodi"_s, u"dead"_s},
        {u"injur"_s, u"injured"_s},
        {u"wound"_s, u"injured"_s},
        {u"hurt"_s, u"injured"_s},
        {u"arrest"_s, u"arrested"_s},
        {u"miss"_s, u"missing"_s},
        {u"evacu"_s, u"evacuated"_s},
        // Those who left their homes, whatever the report calls them.
        {u"fled"_s, u"displaced"_s},
        {u"refuge"_s, u"displaced"_s},
        {u"displac"_s, u"displaced"_s},
        {u"homeless"_s, u"homeless"_s},
    };
    return synonyms.value(stem, stem);
}

void extractCounts(SentenceFacts &facts, const Sentence &sentence)
{
    static const QRegularExpression count(u"(?:(?<approx>"_s + NumberParser::approximationPattern() + u"))?\\b(?<num>"_s + NumberParser::pattern()
            + u")(?:\\s(?<scale>thousand|million|billion))?\\b"_s,
        CaseInsensitive);
    static const QSet<QString> casualtyStems
        = {u"kill"_s, u"dead"_s, u"die"_s, u"injur"_s, u"wound"_s, u"hurt"_s, u"arrest"_s, u"miss"_s, u"evacu"_s, u"fled"_s, u"refuge"_s, u"displac"_s};
    const QString &text = facts.sentence();
    const QList<Token> &tokens = sentence.tokens;
    for (auto it = count.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const qsizetype start = match.capturedStart();
        const qsizetype end = match.capturedEnd();
        if (!facts.isFree(start, end))
            continue;
        // "one" is as often a pronoun as a number: only count it before a noun.
        const auto number = NumberParser::parse(match.capturedView(u"num"));
        if (!number)
            continue;
        // A clock time ("06:36 GMT") or a score ("3:1") counts nothing.
        if ((start > 0 && text.at(start - 1) == u':') || (end < text.size() && text.at(end) == u':'))
            continue;
        // The tokens after the number: the subject is the first plural or casualty word
        // among the next three content words, or the last of them.
        const qsizetype absoluteEnd = facts.offset() + end;
        const qsizetype absoluteStart = facts.offset() + start;
        auto next = std::find_if(tokens.cbegin(), tokens.cend(), [&](const Token &token) {
            return token.range.start >= absoluteEnd;
        });
        QString subject;
        QString subjectWord;
        for (int taken = 0; next != tokens.cend() && taken < 3; ++next, ++taken) {
            if (next->isStopWord || next->isNumber)
                break;
            // Words must follow directly, separated by spaces or hyphens only.
            const qsizetype gapStart = taken == 0 ? absoluteEnd : (next - 1)->range.end;
            const QStringView gap = QStringView(facts.sentence()).mid(gapStart - facts.offset(), next->range.start - gapStart);
            if (!gap.trimmed().isEmpty() && gap.trimmed() != u"-"_s)
                break;
            subject = canonicalSubject(next->stem);
            subjectWord = subject == next->stem ? next->word : subject;
            if (next->word.endsWith(u's') || casualtyStems.contains(next->stem))
                break;
        }
        // "killed three", "three were injured": a casualty verb next to the number names it.
        if (subject.isEmpty() || !casualtyStems.contains(subject)) {
            auto before = std::find_if(tokens.crbegin(), tokens.crend(), [&](const Token &token) {
                return token.range.end <= absoluteStart;
            });
            if (before != tokens.crend() && casualtyStems.contains(before->stem) && absoluteStart - before->range.end <= 2) {
                subject = canonicalSubject(before->stem);
                subjectWord = subject;
            }
        }
        if (subject.isEmpty())
            continue;
        const double value = number->value * NumberParser::scale(match.capturedView(u"scale"));
        // A bare year is a date, already taken; a four-digit number without a noun is not a count.
        if (Fact *fact = facts.add(FactKind::Count, start, end)) {
            fact->admitted = NumberParser::admitted(value, number->halfStep, match.capturedView(u"approx"));
            fact->written = {value - number->halfStep, value + number->halfStep};
            fact->bound = NumberParser::bound(match.capturedView(u"approx"));
            fact->subject = subject;
            fact->subjectWord = subjectWord;
            fact->value = formatAmount(value) + u' ' + subject;
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
        const auto dropped = [](const Word &word) {
            return Stemmer::isStopWord(word.text.toLower()) || EntityNames::isNotAName(word.text);
        };
        while (!name.isEmpty() && dropped(name.first()))
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
    // "People’s Republic of China" is a name, not China's people.
    return (word.endsWith(u"’s"_s) || word.endsWith(u"'s"_s)) && !word.startsWith(u"People"_s);
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
    const QList<QStringView> words = sentence.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QStringView word = words.at(i);
        if (i > 0 && word.front().isUpper() && Stemmer::isStopWord(word.toString().toLower()))
            capitalizedFunctionWord = true;
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
            const qsizetype start = words.first().start;
            const qsizetype end = words.last().start + words.last().text.size();
            if (Fact *fact = facts.add(FactKind::Entity, start, end)) {
                fact->value = EntityNames::canonical(name);
                fact->subject = EntityNames::category(fact->value);
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
        const QList<QStringView> words = view.split(u' ', Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < words.size(); ++i) {
            const QStringView previous = words.at(i - 1);
            if (!words.at(i).front().isUpper() || !(previous.front().isLower() || previous.endsWith(u',')))
                continue;
            const QString name = cleanedWord(words.at(i).toString());
            if (!name.isEmpty() && !EntityNames::isNotAName(name))
                names.insert(name);
        }
    }
    return names;
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
    for (int i = 0; i < text.sentences.size(); ++i) {
        const Sentence &sentence = text.sentences.at(i);
        if (sentence.isBoilerplate)
            continue;
        SentenceFacts facts(text, i);
        const SentenceProfile profile(sentence, text.view(sentence.range));
        if (profile.year || profile.monthOrDay || profile.century || profile.relativeDate)
            extractDates(facts, profile);
        if (profile.money)
            extractMoney(facts);
        if (profile.percent)
            extractPercents(facts);
        if (profile.ordinal)
            extractRanks(facts);
        if (profile.multiplier)
            extractMultipliers(facts);
        if (profile.unit)
            extractQuantities(facts);
        if (profile.number)
            extractCounts(facts, sentence);
        extractEntities(facts, headlines.at(i), knownNames);
        QList<Fact> found = facts.take();
        std::sort(found.begin(), found.end(), [](const Fact &a, const Fact &b) {
            return a.range.start < b.range.start;
        });
        result.append(std::move(found));
    }
    return result;
}

} // namespace Parallax
