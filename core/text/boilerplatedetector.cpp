// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "boilerplatedetector.h"

#include "lexicon.h"
#include "textsegmenter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

// What a paragraph's first words can make of it, in one expression, tried in this
// order: a heading that starts a section of teasers; a line that is junk whole; a
// dateline that the page template puts before the first sentence (" date 2025-02-06").
// One expression, as every paragraph of a page is matched against it.
//
// Teaser headings start a section that goes on while its paragraphs stay short: teasers
// are a headline and a blurb, never a paragraph of argument. Junk lines are page
// furniture with no content of their own.
const QRegularExpression &paragraphKinds()
{
    static const QRegularExpression expression(u"^(?:(?<teaserHeading>"_s + Lexicon::list("teaser-headings").join(u'|') + u")[.:]?$"_s + u"|(?<junkLine>"_s
            + Lexicon::list("junk-lines").join(u'|') + u")[.!:]?$"_s
            + uR"(|(?<dateStamp>(?:date|posted|published|updated)[:\s]+\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\s*)))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return expression;
}

constexpr int TeaserMaximumWords = 25;

int wordCount(QStringView text)
{
    return int(text.split(u' ', Qt::SkipEmptyParts).size());
}

} // namespace

QList<TextRange> BoilerplateDetector::detect(const QString &text, const QList<Paragraph> &paragraphs)
{
    QList<TextRange> junk;
    const auto mark = [&junk](TextRange range) {
        // Paragraphs come in order, so merging with the last range keeps the list sorted.
        if (!junk.isEmpty() && junk.last().end >= range.start - 1)
            junk.last().end = std::max(junk.last().end, range.end);
        else
            junk.append(range);
    };

    bool inTeaserSection = false;
    for (const Paragraph &paragraph : paragraphs) {
        const QStringView line = QStringView(text).mid(paragraph.range.start, paragraph.range.length());
        const QRegularExpressionMatch kind = paragraphKinds().matchView(line);
        if (kind.hasCaptured(u"teaserHeading")) {
            inTeaserSection = true;
            mark(paragraph.range);
            continue;
        }
        if (inTeaserSection) {
            if (wordCount(line) < TeaserMaximumWords) {
                mark(paragraph.range);
                continue;
            }
            inTeaserSection = false;
        }
        if (kind.hasCaptured(u"junkLine"))
            mark(paragraph.range);
        else if (kind.hasCaptured(u"dateStamp"))
            mark({paragraph.range.start, paragraph.range.start + kind.capturedLength(u"dateStamp")});
    }
    return junk;
}

} // namespace Parallax
