// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "textrange.h"

#include <QList>
#include <QString>

namespace Parallax
{

struct Paragraph;

/**
 * Finds the page junk that a saved web page carries around an article: newsletter
 * prompts, share and comment forms, "See also" links, empty bylines, and sections of
 * teasers for other stories ("Recent News", "Suggested Related Links").
 *
 * It only marks: the text stays as it is, and a research tool can show the junk dimmed.
 */
class BoilerplateDetector final
{
public:
    /// Ranges of junk within TEXT, sorted and disjoint.
    static QList<TextRange> detect(const QString &text, const QList<Paragraph> &paragraphs);
};

} // namespace Parallax
