// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/text/textrange.h>

#include <QString>

#include <optional>

namespace Parallax
{

/**
 * Where a passage is in a text, said two ways, as the W3C Web Annotation model does:
 * by position (a TextPositionSelector) and by quote with some context before and after
 * (a TextQuoteSelector). The quote lets the passage be found again once the text
 * changes and the position no longer fits.
 */
struct TextAnchor {
    TextRange range;
    QString exact;
    QString prefix; ///< up to ContextLength characters before the passage
    QString suffix; ///< up to ContextLength characters after it

    static constexpr qsizetype ContextLength = 32;

    /// The anchor of RANGE in TEXT (clamped to the text).
    static TextAnchor capture(const QString &text, TextRange range);

    friend bool operator==(const TextAnchor &, const TextAnchor &) = default;
};

/// How an anchor was found again in a changed text.
enum class Placement {
    Position, ///< the quote is still at the stored position
    Quote, ///< the quote is elsewhere; its context chose among its occurrences
    Fuzzy, ///< the quote was edited; the closest passage was chosen by score
};

struct Relocation {
    TextRange range;
    Placement placement;
};

/**
 * Finds an anchor in TEXT: first at its stored position, if the quote still matches
 * there; else the quote with its context; else a fuzzy match scored on quote, prefix,
 * suffix and distance from the old position. std::nullopt when nothing is close
 * enough: the annotation is then orphaned, and kept.
 */
std::optional<Relocation> relocate(const TextAnchor &anchor, const QString &text);

} // namespace Parallax
