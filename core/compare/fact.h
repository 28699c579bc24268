// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/textrange.h>

#include <QList>
#include <QString>

#include <algorithm>
#include <limits>

namespace Parallax
{

enum class FactKind { Money, Quantity, Percent, Rank, Count, Multiplier, Date, Entity, Time, Age };

/// The name used in the compare JSON: "money", "quantity", … , "entity", "time", "age".
QString factKindName(FactKind kind);

/// A range of values that a written number admits: "1.9 billion" admits 1.85–1.95
/// billion, "about 1,200" admits ±10 %, "more than 500" everything above 500.
struct ValueInterval {
    double low = 0;
    double high = 0;

    static ValueInterval exactly(double value) { return {value, value}; }
    /// Whether some value is admitted by both. Two roundings that only touch ("$2 billion"
    /// admits up to 2.5, "$3 billion" from 2.5) do not count: each writer would have
    /// rounded the boundary their own way.
    bool overlaps(const ValueInterval &other) const
    {
        const double from = std::max(low, other.low);
        const double to = std::min(high, other.high);
        return from < to || (from == to && (low == high || other.low == other.high));
    }
    static constexpr double Unbounded = std::numeric_limits<double>::infinity();
};

/// An amount in one currency; a money fact may state the same sum in several
/// ("11.2 trillion roubles ($109 billion)").
struct MoneyAmount {
    QString currency; ///< ISO 4217: USD, RUB, EUR, CNY, GBP
    double amount = 0;
    ValueInterval admitted;
    ValueInterval written; ///< the rounding of the written number alone, without "about"
};

/// The granularity at which a date is stated; a vaguer date contains a precise one.
enum class DateGranularity { Day, Month, Year, Century, Weekday, Relative, Decade };

/**
 * One factual statement found in a sentence: its kind, where it is, what it says in
 * normalized form, and what it is about (its subject), so that "killed three" and
 * "injured seven" are two claims, not a conflict.
 */
struct Fact {
    FactKind kind = FactKind::Count;
    TextRange range;
    int sentence = -1; ///< index into SegmentedText::sentences
    QString text; ///< as written
    QString value; ///< normalized, for people and for JSON: "31/83", "USD 109000000000"
    QString subject; ///< canonical noun (a stem) the number is about ("country", "dead", "quak"), or empty
    QString subjectWord; ///< the subject as a person reads it ("quakes"); for explanations
    QString qualifier; ///< for dates: "by", "in", "since", … ; for ranks: the index name; for people: their role ("general manager")
    /// For a place: the person it is home to ("Anthony LaSalle, 36, of Minneapolis" →
    /// "Anthony LaSalle"), or HomeOfSomeoneNamedBefore ("the Bloomington man"); else empty.
    QString homeOf;
    static inline const QString HomeOfSomeoneNamedBefore = QStringLiteral("*");

    // Numeric facts: the admitted interval in the fact's unit (currency, SI unit, …).
    ValueInterval admitted;
    ValueInterval written; ///< the rounding of the written number alone, without "about"
    /// +1 for a lower bound ("more than 500"), -1 for an upper one ("up to 500"), else 0.
    int bound = 0;
    /// A span of values ("between 200 and 300 people", "8-12 weeks"): WRITTEN and
    /// ADMITTED hold the span, and a value inside it is compatible, not the same.
    bool isSpan = false;
    /// Inside a page's stamp ("Posted: Nov 27, 2005 8:20 AM ET"): it dates the page, not
    /// the event. The extractor reads the report's date from it and gives it to no claim.
    bool isStamp = false;
    QString unit;
    QList<MoneyAmount> money; ///< Money only: every currency the fact states

    // Rank: position and, when stated, the size of the field.
    int rank = 0;
    int rankTotal = 0;

    // Date: granularity and the normalized components ("2024-12", "2030", "c21", "Wednesday").
    DateGranularity granularity = DateGranularity::Year;
};

} // namespace Parallax
