// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "textsegmenter.h"

#include "boilerplatedetector.h"
#include "stemmer.h"

#include <QHash>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

bool isBulletMark(QChar c)
{
    return c == u'•' || c == u'◦' || c == u'▪' || c == u'‣' || c == u'-' || c == u'*' || c == u'–' || c == u'—';
}

// Narrows RANGE past surrounding white space, and past a leading bullet mark: the
// bullet is layout, not part of what the item says.
TextRange trimmed(const QString &text, TextRange range)
{
    while (range.start < range.end && text.at(range.start).isSpace())
        ++range.start;
    if (range.start + 1 < range.end && isBulletMark(text.at(range.start)) && text.at(range.start + 1).isSpace()) {
        ++range.start;
        while (range.start < range.end && text.at(range.start).isSpace())
            ++range.start;
    }
    while (range.end > range.start && text.at(range.end - 1).isSpace())
        --range.end;
    return range;
}

QList<Paragraph> splitParagraphs(const QString &text)
{
    QList<Paragraph> paragraphs;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const TextRange range = trimmed(text, {lineStart, lineEnd});
        if (!range.isEmpty())
            paragraphs.append({range});
        lineStart = lineEnd + 1;
    }
    return paragraphs;
}

/// What each distinct word of a text is, worked out once: its normalized form (lower
/// case, typographic apostrophes made plain, a possessive 's dropped), its stem, and
/// whether it is a stop word. A text repeats its words, and stemming is the costliest
/// step of segmentation; the tokens share the strings kept here, so a word seen before
/// costs neither an allocation nor a second lookup.
class WordCache
{
public:
    struct Word {
        QString normalized;
        QString stem;
        bool isStopWord = false;
    };

    const Word &word(QStringView segment)
    {
        normalizeInto(m_buffer, segment);
        auto found = m_words.constFind(m_buffer);
        if (found == m_words.cend()) {
            const QString normalized(m_buffer.constData(), m_buffer.size()); // its own copy: the buffer is reused
            const bool isNumber = !normalized.isEmpty() && normalized.front().isDigit();
            found = m_words.insert(normalized, {normalized, isNumber ? normalized : m_stemmer.stem(normalized), Stemmer::isStopWord(normalized)});
        }
        return *found;
    }

private:
    // Most words are ASCII, which is lowered here; any other character leaves the
    // lowering to QString::toLower().
    static void normalizeInto(QString &word, QStringView segment)
    {
        word.resize(segment.size());
        QChar *out = word.data();
        for (const QChar c : segment) {
            const char16_t unit = c.unicode();
            if (unit == u'’') {
                *out++ = u'\'';
            } else if (unit < 0x80) {
                *out++ = QChar(unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit);
            } else {
                word = segment.toString().toLower();
                word.replace(u'’', u'\'');
                break;
            }
        }
        if (word.endsWith(u"'s"_s))
            word.chop(2);
    }

    Stemmer m_stemmer;
    QString m_buffer;
    QHash<QString, Word> m_words;
};

QList<Token> tokenize(const QString &text, const TextRange &sentence, WordCache &words)
{
    QList<Token> tokens;
    tokens.reserve(sentence.length() / 6 + 4); // a word and a space take six characters on average
    // The finder reads the sentence in place: no copy of it is made.
    const QStringView sentenceText = QStringView(text).mid(sentence.start, sentence.length());
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, sentenceText.data(), sentenceText.size());
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        const QStringView segment = sentenceText.mid(start, end - start);
        if (std::any_of(segment.begin(), segment.end(), [](QChar c) {
                return c.isLetterOrNumber();
            })) {
            const WordCache::Word &word = words.word(segment);
            Token token;
            token.range = {sentence.start + start, sentence.start + end};
            token.word = word.normalized;
            token.isNumber = segment.front().isDigit();
            token.isStopWord = word.isStopWord;
            token.stem = word.stem;
            tokens.append(std::move(token));
        }
        start = end;
    }
    return tokens;
}

// "Bryant A.", "General Manager A.J.": a name's initials, which a name goes on from. One
// letter alone, or letters after a capitalized word; "in the U.S." ends a sentence.
bool endsWithInitials(QStringView sentence)
{
    // Each way of ending in initials ends in a capital and a stop, which most sentences
    // do not: the pattern, tried from every position of the sentence, runs only on those.
    // (A capital outside the BMP ends in a low surrogate.)
    if (sentence.size() < 2 || sentence.back() != u'.' || !(sentence.at(sentence.size() - 2).isUpper() || sentence.at(sentence.size() - 2).isLowSurrogate()))
        return false;
    static const QRegularExpression initials(uR"((?:\b\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.){1,3}|(?:^|\s)\p{Lu}\.)$)"_s);
    return initials.matchView(sentence).hasMatch();
}

// Whether RANGE lies wholly in one range of page junk (BOILERPLATE: sorted, disjoint; a
// saved page has thousands).
bool isInBoilerplate(const QList<TextRange> &boilerplate, const TextRange &range)
{
    auto after = std::upper_bound(boilerplate.cbegin(), boilerplate.cend(), range.start, [](qsizetype start, const TextRange &junk) {
        return start < junk.start;
    });
    return after != boilerplate.cbegin() && std::prev(after)->contains(range);
}

// The page junk in TEXT: FURNITURE, and what BoilerplateDetector finds in the rest. The
// detector does not see the furniture: a "Most read" heading in a page's sidebar says
// nothing of the article's paragraphs that follow it in the text.
QList<TextRange> junkOf(const QString &text, const QList<Paragraph> &paragraphs, const QList<TextRange> &furniture)
{
    // Sorted and disjoint, whatever the detector gives: the lookups search them.
    if (furniture.isEmpty())
        return united(BoilerplateDetector::detect(text, paragraphs));
    QList<Paragraph> article;
    for (const Paragraph &paragraph : paragraphs) {
        if (!isInBoilerplate(furniture, paragraph.range))
            article.append(paragraph);
    }
    return united(BoilerplateDetector::detect(text, article) + furniture);
}

} // namespace

bool SegmentedText::isBoilerplate(const TextRange &range) const
{
    // Sorted and disjoint: the first range that ends after RANGE starts is the only one
    // that can overlap it. Every candidate fact asks, and a saved page has many ranges.
    const auto first = std::upper_bound(boilerplate.cbegin(), boilerplate.cend(), range.start, [](qsizetype start, const TextRange &junk) {
        return start < junk.end;
    });
    return first != boilerplate.cend() && first->overlaps(range);
}

QList<TextRange> TextSegmenter::boilerplate(const QString &text, const QList<TextRange> &furniture)
{
    return junkOf(text, splitParagraphs(text), united(furniture));
}

SegmentedText TextSegmenter::segment(const QString &text, const QList<TextRange> &furniture)
{
    SegmentedText result;
    result.text = text;
    result.paragraphs = splitParagraphs(text);
    result.boilerplate = junkOf(text, result.paragraphs, united(furniture));

    WordCache words;
    for (int p = 0; p < result.paragraphs.size(); ++p) {
        const TextRange paragraph = result.paragraphs.at(p).range;
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text.constData() + paragraph.start, paragraph.length());
        qsizetype start = 0;
        // The next boundary Qt's rules give; a cut made before it keeps it, as asking the
        // finder again would scan the rest of a long paragraph each time.
        qsizetype boundary = finder.toNextBoundary();
        while (boundary >= 0) {
            qsizetype end = boundary;
            // A "sentence" longer than any a person writes (a table dumped as one line, a
            // hostile file of numbers) is cut at spaces, so that no step that looks at a
            // sentence's tokens grows with the square of the whole text.
            if (end - start > MaximumSentenceLength) {
                const qsizetype space = QStringView(text).mid(paragraph.start + start, MaximumSentenceLength).lastIndexOf(u' ');
                if (space > 0) {
                    end = start + space + 1;
                } else {
                    end = start + MaximumSentenceLength;
                    if (text.at(paragraph.start + end).isLowSurrogate())
                        --end; // never between the halves of a character
                }
            } else {
                boundary = finder.toNextBoundary();
            }
            const TextRange range = trimmed(text, {paragraph.start + start, paragraph.start + end});
            start = end;
            if (range.isEmpty())
                continue;
            // Qt's rules end a sentence at some abbreviations that do not end one: what
            // goes on in lower case continues it ("in southeastern B.C., where members"),
            // and so does what follows the initials of a name ("Bryant A. Dalton").
            if (!result.sentences.isEmpty() && result.sentences.constLast().paragraph == p
                && (text.at(range.start).isLower() || endsWithInitials(result.view(result.sentences.constLast().range)))
                && range.end - result.sentences.constLast().range.start <= MaximumSentenceLength) {
                Sentence &previous = result.sentences.last();
                previous.range.end = range.end;
                previous.isBoilerplate = previous.isBoilerplate && isInBoilerplate(result.boilerplate, previous.range);
                previous.tokens = tokenize(text, previous.range, words);
                continue;
            }
            Sentence sentence;
            sentence.range = range;
            sentence.paragraph = p;
            sentence.isBoilerplate = isInBoilerplate(result.boilerplate, range);
            sentence.tokens = tokenize(text, range, words);
            result.sentences.append(std::move(sentence));
        }
    }
    return result;
}

} // namespace Parallax
