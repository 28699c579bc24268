// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "textrange.h"

#include <QList>
#include <QString>

namespace Parallax
{

/// A word or number in the text, with its lower-case form and Snowball stem.
struct Token {
    TextRange range;
    QString word; ///< lower case, typographic apostrophes made plain, possessive 's dropped
    QString stem;
    bool isStopWord = false;
    bool isNumber = false;
};

} // namespace Parallax

// Its members are relocatable: a growing list of tokens moves them as bytes.
Q_DECLARE_TYPEINFO(Parallax::Token, Q_RELOCATABLE_TYPE);

namespace Parallax
{

/// A sentence, or a bullet item, which counts as one even without a full stop.
struct Sentence {
    TextRange range;
    int paragraph = 0;
    /// Entirely page junk (newsletter prompts, teasers, comment forms): never a claim.
    bool isBoilerplate = false;
    QList<Token> tokens;
};

/// A paragraph is a line of text: saved web pages put one block on each line.
struct Paragraph {
    TextRange range;
};

/**
 * A text cut into paragraphs, sentences and tokens, with the page junk marked.
 * The text itself is never changed: every part refers to it by range.
 */
struct SegmentedText {
    QString text;
    QList<Paragraph> paragraphs;
    QList<Sentence> sentences;
    /// Ranges of page junk, sorted and disjoint. Sentences inside one are boilerplate;
    /// a range may also cover only the start of a paragraph (" date 2025-02-06 ...").
    QList<TextRange> boilerplate;

    bool isBoilerplate(const TextRange &range) const;
    QStringView view(const TextRange &range) const { return QStringView(text).mid(range.start, range.length()); }
};

/**
 * Segments text with QTextBoundaryFinder (Unicode UAX #29 sentence and word breaks),
 * stems words with Snowball and marks boilerplate (BoilerplateDetector).
 */
class TextSegmenter final
{
public:
    /// Longer sentences are cut at a space (UTF-16 units): no sentence a person writes
    /// comes near it.
    static constexpr qsizetype MaximumSentenceLength = 2000;

    /// FURNITURE: what the source marks as not its article (Document::furniture); it is
    /// boilerplate along with what BoilerplateDetector finds.
    static SegmentedText segment(const QString &text, const QList<TextRange> &furniture = {});
    /// The page junk of TEXT (BoilerplateDetector, and FURNITURE), without segmenting it
    /// into sentences.
    static QList<TextRange> boilerplate(const QString &text, const QList<TextRange> &furniture = {});
};

} // namespace Parallax
