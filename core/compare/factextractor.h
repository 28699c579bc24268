// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "fact.h"

#include <QList>

namespace Parallax
{

struct SegmentedText;

/**
 * Finds the facts a text states — money, quantities, percentages, ranks, counts,
 * multipliers, dates and named entities — each with its span, a normalized value
 * and, for numbers, its subject. Nothing in boilerplate is a fact.
 *
 * Patterns are tried in order of specificity (a date before a bare number, money
 * before a count), and a span that one pattern took is not taken again.
 */
class FactExtractor final
{
public:
    static QList<Fact> extract(const SegmentedText &text);
};

} // namespace Parallax
