// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "textrange.h"

#include <QDate>
#include <QList>
#include <QString>

namespace Parallax
{

/**
 * What is known about a document besides its text. Every field may be empty: a saved
 * web page often does not say who published it or when, and Parallax never guesses.
 */
struct DocumentMetadata {
    QString title;
    QString byline; ///< the authors as the source names them ("By Jane Doe and John Roe")
    QString outlet; ///< the outlet or site that published the text
    QDate published; ///< invalid when the source does not state a date
    QDate modified; ///< when the source says it was last updated; invalid if it does not
    QString url; ///< where the source lives on the web (a page's canonical address), or empty
    QString originalFileName; ///< the file the text was first saved as
    QString language; ///< BCP 47 tag, e.g. "en"

    friend bool operator==(const DocumentMetadata &, const DocumentMetadata &) = default;
};

/**
 * One source as Parallax reads it: normalized text plus metadata.
 *
 * The text is NFC-normalized with '\n' line endings and otherwise verbatim; all
 * offsets into it are QString (UTF-16) positions.
 */
struct Document {
    QString path; ///< where it was imported from
    DocumentMetadata metadata;
    QString text;
    /// What of the text is not the article: a saved page's menus, teasers, comments …
    /// as whole lines, sorted and disjoint. Never compared, never a claim; shown dimmed
    /// or hidden. Empty for most documents.
    QList<TextRange> furniture;

    friend bool operator==(const Document &, const Document &) = default;
};

} // namespace Parallax
