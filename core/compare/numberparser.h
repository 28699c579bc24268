// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "fact.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace Parallax
{

/// A number as written, with the precision its writing implies.
struct WrittenNumber {
    double value = 0;
    /// Half the step of the last written digit: "1.9" → 0.05, "109" → 0.5, "ten" → 0.
    /// Zero for number words and integers counted exactly.
    double halfStep = 0;
};

/**
 * Reads numbers the way news writes them: "1,200", "1.9", "ten", "twenty-five",
 * "a dozen", "one hundred", with scale words ("11.2 trillion", "$5bn") and
 * approximation words ("about", "more than").
 */
namespace NumberParser
{

/// The regular-expression fragment that matches one written number (digits or words).
QString pattern();
/// The fragment that matches a scale word: thousand, million, billion, trillion, bn, m, k.
QString scalePattern();
/// The fragment that matches an approximation or bound before a number.
QString approximationPattern();

std::optional<WrittenNumber> parse(QStringView written);
/// Whether LOWERCASEWORD is a number word: "seven", "ninety", "hundred", "dozen".
bool isNumberWord(QStringView lowerCaseWord);
/// 1e3, 1e6, 1e9, 1e12 for a scale word; 1 for an empty or unknown one.
double scale(QStringView scaleWord);
/// The interval that VALUE admits after an approximation word ("about", "more than", …)
/// and given the precision of its writing.
ValueInterval admitted(double value, double halfStep, QStringView approximation);
/// +1 when APPROXIMATION makes the number a lower bound ("more than"), -1 an upper
/// bound ("up to"), 0 otherwise.
int bound(QStringView approximation);

} // namespace NumberParser

} // namespace Parallax
