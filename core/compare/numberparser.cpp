// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "numberparser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parallax::NumberParser
{

namespace
{

const QHash<QString, int> &numberWords()
{
    static const QHash<QString, int> words = {
        {u"zero"_s, 0},
        {u"one"_s, 1},
        {u"two"_s, 2},
        {u"three"_s, 3},
        {u"four"_s, 4},
        {u"five"_s, 5},
        {u"six"_s, 6},
        {u"seven"_s, 7},
        {u"eight"_s, 8},
        {u"nine"_s, 9},
        {u"ten"_s, 10},
        {u"eleven"_s, 11},
        {u"twelve"_s, 12},
        {u"thirteen"_s, 13},
        {u"fourteen"_s, 14},
        {u"fifteen"_s, 15},
        {u"sixteen"_s, 16},
        {u"seventeen"_s, 17},
        {u"eighteen"_s, 18},
        {u"nineteen"_s, 19},
        {u"twenty"_s, 20},
        {u"thirty"_s, 30},
        {u"forty"_s, 40},
        {u"fifty"_s, 50},
        {u"sixty"_s, 60},
        {u"seventy"_s, 70},
        {u"eighty"_s, 80},
        {u"ninety"_s, 90},
        {u"hundred"_s, 100},
        {u"dozen"_s, 12},
    };
    return words;
}

const QString &numberWordAlternatives()
{
    static const QString alternatives = u"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                                        u"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"_s;
    return alternatives;
}

} // namespace

QString pattern()
{
    // Digits with thousands separators or a decimal part; or words: "twenty-five",
    // "one hundred", "a dozen".
    return uR"((?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:a|one|two|three|half a)\s+dozen|(?:)"_s + numberWordAlternatives() + uR"()(?:[-\s](?:)"_s
        + numberWordAlternatives() + uR"())?(?:\s+hundred)?))"_s;
}

QString scalePattern()
{
    return uR"((?:thousand|million|billion|trillion|bn|mn|tn|m|k)\b)"_s;
}

QString approximationPattern()
{
    // A whole word: "over" in "discover 5 bodies" bounds nothing.
    return uR"(\b(?:about|around|roughly|approximately|some|nearly|almost|over|more than|less than|fewer than|at least|at most|up to|)"
           uR"(as many as|as much as|an estimated|estimated|just over|just under|close to|upwards of)\s+)"_s;
}

std::optional<WrittenNumber> parse(QStringView written)
{
    const QString text = written.trimmed().toString().toLower();
    if (text.isEmpty())
        return std::nullopt;
    if (text.front().isDigit()) {
        QString digits = text;
        digits.remove(u',');
        bool ok = false;
        const double value = digits.toDouble(&ok);
        if (!ok)
            return std::nullopt;
        const qsizetype point = digits.indexOf(u'.');
        const int decimals = point < 0 ? 0 : int(digits.size() - point - 1);
        // Integers are exact counts unless a scale follows; the caller widens then.
        return WrittenNumber {value, decimals == 0 ? 0.0 : 0.5 * std::pow(10.0, -decimals)};
    }
    if (text.endsWith(u"dozen"_s)) {
        const QString multiplier = text.chopped(5).trimmed();
        const double count = multiplier == "a"_L1 || multiplier == "one"_L1 ? 1 : multiplier == "half a"_L1 ? 0.5 : numberWords().value(multiplier, -1);
        if (count < 0)
            return std::nullopt;
        return WrittenNumber {12 * count, 0};
    }
    double value = 0;
    // Compiled once: this runs for every number in every text.
    static const QRegularExpression separators(u"[-\\s]+"_s);
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!numberWords().contains(part))
            return std::nullopt;
        const int number = numberWords().value(part);
        value = number == 100 ? std::max(value, 1.0) * 100 : value + number;
    }
    return WrittenNumber {value, 0};
}

bool isNumberWord(QStringView lowerCaseWord)
{
    // Views into the table's keys, so that a lookup needs no copy: this runs per token.
    static const QSet<QStringView> words = [] {
        QSet<QStringView> views;
        for (auto it = numberWords().keyBegin(); it != numberWords().keyEnd(); ++it)
            views.insert(*it);
        return views;
    }();
    return words.contains(lowerCaseWord);
}

double scale(QStringView scaleWord)
{
    const QString word = scaleWord.trimmed().toString().toLower();
    if (word == "thousand"_L1 || word == "k"_L1)
        return 1e3;
    if (word == "million"_L1 || word == "m"_L1 || word == "mn"_L1)
        return 1e6;
    if (word == "billion"_L1 || word == "bn"_L1)
        return 1e9;
    if (word == "trillion"_L1 || word == "tn"_L1)
        return 1e12;
    return 1;
}

ValueInterval admitted(double value, double halfStep, QStringView approximation)
{
    const QString word = approximation.trimmed().toString().toLower();
    ValueInterval interval {value - halfStep, value + halfStep};
    if (word.isEmpty())
        return interval;
    if (word == "more than"_L1 || word == "over"_L1 || word == "upwards of"_L1 || word == "just over"_L1)
        return {value, ValueInterval::Unbounded};
    if (word == "at least"_L1)
        return {value, ValueInterval::Unbounded};
    if (word == "less than"_L1 || word == "fewer than"_L1 || word == "just under"_L1)
        return {0, value};
    if (word == "at most"_L1 || word == "up to"_L1 || word == "as many as"_L1 || word == "as much as"_L1)
        return {0, value};
    if (word == "nearly"_L1 || word == "almost"_L1 || word == "close to"_L1)
        return {value * 0.9, value};
    // about, around, roughly, approximately, some, estimated: ±10 %.
    return {std::min(interval.low, value * 0.9), std::max(interval.high, value * 1.1)};
}

int bound(QStringView approximation)
{
    const ValueInterval interval = admitted(1, 0, approximation);
    if (interval.high == ValueInterval::Unbounded)
        return 1;
    if (interval.low == 0)
        return -1;
    return 0;
}

} // namespace Parallax::NumberParser
