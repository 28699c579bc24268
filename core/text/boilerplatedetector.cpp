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

constexpr auto CaseInsensitive = QRegularExpression::CaseInsensitiveOption;

// One expression for the alternatives of a list of lexicon/, matched against a whole line.
QRegularExpression wholeLineOf(const char *list, const QString &ending)
{
    return QRegularExpression(u"^(?:"_s + Lexicon::list(list).join(u'|') + u")"_s + ending + u'$', CaseInsensitive);
}

// Lines that are junk whole: page furniture with no content of its own.
const QRegularExpression &junkLine()
{
    static const QRegularExpression expression = wholeLineOf("junk-lines", u"[.!:]?"_s);
    return expression;
}

// Headings that start a section of teasers or links to other stories. The section goes
// on while its paragraphs stay short: teasers are a headline and a blurb, never a
// paragraph of argument.
const QRegularExpression &teaserSectionHeading()
{
    static const QRegularExpression expression = wholeLineOf("teaser-headings", u"[.:]?"_s);
    return expression;
}

constexpr int TeaserMaximumWords = 25;

// A dateline that the page template puts before the first sentence (" date 2025-02-06").
const QRegularExpression &leadingDateStamp()
{
    static const QRegularExpression expression(
        uR"(^(?:date|posted|published|updated)[:\s]+\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\s*)"_s, CaseInsensitive);
    return expression;
}

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
        if (teaserSectionHeading().matchView(line).hasMatch()) {
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
        if (junkLine().matchView(line).hasMatch()) {
            mark(paragraph.range);
            continue;
        }
        const QRegularExpressionMatch stamp = leadingDateStamp().matchView(line);
        if (stamp.hasMatch())
            mark({paragraph.range.start, paragraph.range.start + stamp.capturedLength()});
    }
    return junk;
}

} // namespace Parallax
