// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "pairgenerator.h"

#include <core/entitynames.h>
#include <core/factextractor.h>
#include <core/numberparser.h>
#include <core/textsegmenter.h>

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Parallax
{

QString editName(Edit edit)
{
    switch (edit) {
    case Edit::ChangeNumber:
        return u"change-number"_s;
    case Edit::ChangeDate:
        return u"change-date"_s;
    case Edit::ChangeRank:
        return u"change-rank"_s;
    case Edit::ChangeName:
        return u"change-name"_s;
    case Edit::ChangeListMember:
        return u"change-list-member"_s;
    case Edit::DropSentence:
        return u"drop-sentence"_s;
    case Edit::MoveParagraphs:
        return u"move-paragraphs"_s;
    case Edit::Paraphrase:
        return u"paraphrase"_s;
    }
    return {};
}

namespace
{

/// One line of the text being built: which line of A it came from, and the edited
/// span within it, if any.
struct Line {
    int sourceLine = -1;
    QString text;
    qsizetype editStart = -1;
    qsizetype editLength = 0;
};

int lineOfPosition(const QString &text, qsizetype position)
{
    return int(QStringView(text).left(position).count(u'\n'));
}

qsizetype lineStart(const QString &text, int line)
{
    qsizetype position = 0;
    for (int i = 0; i < line; ++i)
        position = text.indexOf(u'\n', position) + 1;
    return position;
}

QString ordinalSuffix(int number)
{
    const int lastTwo = number % 100;
    const int last = number % 10;
    if (lastTwo >= 11 && lastTwo <= 13)
        return u"th"_s;
    return last == 1 ? u"st"_s : last == 2 ? u"nd"_s : last == 3 ? u"rd"_s : u"th"_s;
}

// A different number written like the original: "109" → "150", "1.9" → "2.6".
QString changedNumber(const QString &digits)
{
    QString plain = digits;
    plain.remove(u',');
    const qsizetype point = plain.indexOf(u'.');
    const int decimals = point < 0 ? 0 : int(plain.size() - point - 1);
    const double value = plain.toDouble();
    double changed = value * 1.37 + (decimals == 0 ? 2 : 0.3);
    const double step = std::pow(10.0, -decimals);
    changed = std::round(changed / step) * step;
    QString written = QString::number(changed, 'f', decimals);
    if (digits.contains(u',') && decimals == 0) {
        // Keep thousands separators where the original had them.
        for (qsizetype i = written.size() - 3; i > 0; i -= 3)
            written.insert(i, u',');
    }
    return written;
}

// The part of a fact's text to change, relative to the fact: its first run of digits,
// or a number word. Empty when there is none.
std::pair<qsizetype, qsizetype> numberWithin(const QString &factText)
{
    static const QRegularExpression digits(uR"(\d[\d,]*(?:\.\d+)?)"_s);
    const QRegularExpressionMatch match = digits.match(factText);
    if (match.hasMatch()) {
        qsizetype length = match.capturedLength();
        while (length > 0 && factText.at(match.capturedStart() + length - 1) == u',')
            --length;
        return {match.capturedStart(), length};
    }
    static const QRegularExpression word(
        uR"(\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)(?:-[a-z]+)?\b)"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch wordMatch = word.match(factText);
    if (wordMatch.hasMatch())
        return {wordMatch.capturedStart(), wordMatch.capturedLength()};
    return {-1, 0};
}

bool isChangeableNumber(const Fact &fact)
{
    switch (fact.kind) {
    case FactKind::Money:
    case FactKind::Percent:
    case FactKind::Quantity:
        return numberWithin(fact.text).first >= 0;
    case FactKind::Count:
        return !fact.subject.isEmpty() && numberWithin(fact.text).first >= 0;
    default:
        return false;
    }
}

bool isChangeableDate(const Fact &fact)
{
    static const QRegularExpression year(uR"(\b(19|20)\d{2}\b)"_s);
    return fact.kind == FactKind::Date && fact.granularity != DateGranularity::Weekday && fact.granularity != DateGranularity::Relative
        && fact.granularity != DateGranularity::Century && !fact.value.startsWith(u"--"_s) && year.match(fact.text).hasMatch();
}

/// The replacement for a fact's text under EDIT: the new text and the changed span.
struct Replacement {
    qsizetype start; ///< within the fact's text
    qsizetype length;
    QString with;
};

Replacement numberReplacement(const Fact &fact)
{
    const auto [start, length] = numberWithin(fact.text);
    const QString number = fact.text.mid(start, length);
    if (number.front().isDigit())
        return {start, length, changedNumber(number)};
    // A number word becomes a clearly different number in digits.
    const double value = NumberParser::parse(number.section(u'-', 0, 0)).value_or(WrittenNumber {3, 0}).value;
    return {start, length, QString::number(int(value) * 2 + 1)};
}

Replacement dateReplacement(const Fact &fact)
{
    static const QRegularExpression year(uR"(\b(19|20)\d{2}\b)"_s);
    const QRegularExpressionMatch match = year.match(fact.text);
    return {match.capturedStart(), match.capturedLength(), QString::number(match.captured(0).toInt() + 3)};
}

Replacement rankReplacement(const Fact &fact)
{
    static const QRegularExpression position(uR"(\d+(?:st|nd|rd|th))"_s);
    const QRegularExpressionMatch match = position.match(fact.text);
    int changed = fact.rank + 4;
    if (fact.rankTotal > 0 && changed > fact.rankTotal)
        changed = std::max(1, fact.rank - 4);
    return {match.capturedStart(), match.capturedLength(), QString::number(changed) + ordinalSuffix(changed)};
}

QString paraphrased(QString line)
{
    static const QRegularExpression percentSign(uR"((\d)\s?%)"_s);
    static const QRegularExpression smallNumber(uR"((?<![\d.,$€£¥-])\b([2-9]|1[0-2])\b(?=\s+[a-z]{3,}\b(?!\s*(?:percent|per cent|%))))"_s);
    static const QStringList words
        = {u""_s, u""_s, u"two"_s, u"three"_s, u"four"_s, u"five"_s, u"six"_s, u"seven"_s, u"eight"_s, u"nine"_s, u"ten"_s, u"eleven"_s, u"twelve"_s};
    line.replace(percentSign, u"\\1 percent"_s);
    QString result;
    qsizetype position = 0;
    for (auto it = smallNumber.globalMatch(line); it.hasNext();) {
        const auto match = it.next();
        result += line.mid(position, match.capturedStart() - position) + words.at(match.captured(1).toInt());
        position = match.capturedEnd();
    }
    result += line.mid(position);
    result.replace(u" countries"_s, u" nations"_s);
    result.replace(u" said "_s, u" stated "_s);
    return result;
}

} // namespace

PairGenerator::PairGenerator(quint32 seed)
    : m_random(seed)
{
}

std::optional<GeneratedPair> PairGenerator::generate(const QString &name, const QString &article, Edit edit)
{
    const SegmentedText segmentedA = TextSegmenter::segment(article);
    const QList<Fact> facts = FactExtractor::extract(segmentedA);
    const QStringList sourceLines = article.split(u'\n');
    QList<Line> lines;
    for (int i = 0; i < sourceLines.size(); ++i)
        lines.append({i, sourceLines.at(i), -1, 0});

    GeneratedPair pair;
    pair.textA = article;
    pair.edits = {edit};
    std::optional<TextRange> editedFactInA;

    const auto pickFact = [&](auto &&accept) -> const Fact * {
        QList<const Fact *> candidates;
        for (const Fact &fact : facts) {
            if (accept(fact))
                candidates.append(&fact);
        }
        return candidates.isEmpty() ? nullptr : candidates.at(m_random.bounded(int(candidates.size())));
    };
    const auto replaceInFact = [&](const Fact &fact, const Replacement &replacement, bool isConflict) {
        const int line = lineOfPosition(article, fact.range.start);
        const qsizetype inLine = fact.range.start - lineStart(article, line);
        Line &target = lines[line];
        target.text.replace(inLine + replacement.start, replacement.length, replacement.with);
        target.editStart = inLine;
        target.editLength = fact.range.length() - replacement.length + replacement.with.size();
        if (isConflict)
            editedFactInA = fact.range;
    };

    switch (edit) {
    case Edit::ChangeNumber: {
        const Fact *fact = pickFact(isChangeableNumber);
        if (!fact)
            return std::nullopt;
        replaceInFact(*fact, numberReplacement(*fact), true);
        break;
    }
    case Edit::ChangeDate: {
        const Fact *fact = pickFact(isChangeableDate);
        if (!fact)
            return std::nullopt;
        replaceInFact(*fact, dateReplacement(*fact), true);
        break;
    }
    case Edit::ChangeRank: {
        const Fact *fact = pickFact([](const Fact &f) {
            return f.kind == FactKind::Rank && f.rankTotal > 0;
        });
        if (!fact)
            return std::nullopt;
        replaceInFact(*fact, rankReplacement(*fact), true);
        break;
    }
    case Edit::ChangeName: {
        const Fact *fact = pickFact([](const Fact &f) {
            return f.kind == FactKind::Entity && f.subject == "person"_L1;
        });
        if (!fact)
            return std::nullopt;
        replaceInFact(*fact, {0, fact->text.size(), u"Olga Petrova"_s}, false);
        break;
    }
    case Edit::ChangeListMember: {
        const Fact *fact = pickFact([&](const Fact &f) {
            return f.kind == FactKind::Entity && f.subject == "place"_L1 && segmentedA.view(segmentedA.sentences.at(f.sentence).range).count(u',') >= 2;
        });
        if (!fact)
            return std::nullopt;
        const QString replacement = article.contains(u"Portugal"_s) ? u"Uruguay"_s : u"Portugal"_s;
        replaceInFact(*fact, {0, fact->text.size(), replacement}, false);
        break;
    }
    case Edit::DropSentence: {
        QList<int> candidates;
        for (int i = 0; i < segmentedA.sentences.size(); ++i) {
            if (!segmentedA.sentences.at(i).isBoilerplate && segmentedA.sentences.at(i).tokens.size() >= 6)
                candidates.append(i);
        }
        if (candidates.isEmpty())
            return std::nullopt;
        const TextRange dropped = segmentedA.sentences.at(candidates.at(m_random.bounded(int(candidates.size())))).range;
        const int line = lineOfPosition(article, dropped.start);
        lines[line].text.remove(dropped.start - lineStart(article, line), dropped.length());
        lines[line].editStart = 0; // the line changed shape: no sentence-level expectation
        break;
    }
    case Edit::MoveParagraphs:
        break;
    case Edit::Paraphrase:
        for (Line &line : lines)
            line.text = paraphrased(line.text);
        break;
    }

    // Moving paragraphs: as the edit itself, or on top of another one half of the time.
    if (edit == Edit::MoveParagraphs || m_random.bounded(2) == 0) {
        QList<int> movable;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).text.split(u' ', Qt::SkipEmptyParts).size() >= 8)
                movable.append(i);
        }
        if (movable.size() < 3 && edit == Edit::MoveParagraphs)
            return std::nullopt;
        if (movable.size() >= 3) {
            const int first = movable.at(m_random.bounded(int(movable.size())));
            int second = first;
            while (second == first)
                second = movable.at(m_random.bounded(int(movable.size())));
            lines.swapItemsAt(first, second);
            if (edit != Edit::MoveParagraphs)
                pair.edits.append(Edit::MoveParagraphs);
        }
    }

    QStringList textsB;
    QList<int> sourceOfLineB;
    for (const Line &line : std::as_const(lines)) {
        textsB.append(line.text);
        sourceOfLineB.append(line.sourceLine);
    }
    pair.textB = textsB.join(u'\n');
    QStringList editNames;
    for (const Edit e : std::as_const(pair.edits))
        editNames << editName(e);
    pair.name = name + u": "_s + editNames.join(u" + "_s);

    if (editedFactInA) {
        for (int lineB = 0; lineB < lines.size(); ++lineB) {
            const Line &line = lines.at(lineB);
            if (line.editStart < 0 || line.sourceLine != lineOfPosition(article, editedFactInA->start))
                continue;
            const qsizetype start = lineStart(pair.textB, lineB) + line.editStart;
            pair.expectedConflicts.append({*editedFactInA, {start, start + line.editLength}});
        }
    }

    // Expected alignments: each sentence with its counterpart in the same line of B,
    // where the line kept its sentences (a dropped sentence leaves its line out).
    const SegmentedText segmentedB = TextSegmenter::segment(pair.textB);
    QHash<int, QList<int>> sentencesOfLineA, sentencesOfLineB;
    const auto countable = [](const Sentence &sentence) {
        return !sentence.isBoilerplate && std::count_if(sentence.tokens.cbegin(), sentence.tokens.cend(), [](const Token &token) {
            return !token.isStopWord;
        }) >= 3;
    };
    for (int i = 0; i < segmentedA.sentences.size(); ++i)
        sentencesOfLineA[lineOfPosition(article, segmentedA.sentences.at(i).range.start)].append(i);
    for (int j = 0; j < segmentedB.sentences.size(); ++j)
        sentencesOfLineB[sourceOfLineB.at(lineOfPosition(pair.textB, segmentedB.sentences.at(j).range.start))].append(j);
    for (auto it = sentencesOfLineA.cbegin(); it != sentencesOfLineA.cend(); ++it) {
        const QList<int> &inA = it.value();
        const QList<int> inB = sentencesOfLineB.value(it.key());
        const bool lineDropped = edit == Edit::DropSentence && lines.at(sourceOfLineB.indexOf(it.key())).editStart == 0;
        if (inA.size() != inB.size() || lineDropped)
            continue;
        for (int k = 0; k < inA.size(); ++k) {
            if (countable(segmentedA.sentences.at(inA.at(k))) && countable(segmentedB.sentences.at(inB.at(k))))
                pair.expectedAlignments.append({inA.at(k), inB.at(k)});
        }
    }
    return pair;
}

} // namespace Parallax
