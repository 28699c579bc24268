// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "pairgenerator.h"

#include <core/text/textsegmenter.h>

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace Parallax
{

const QList<Edit> &allEdits()
{
    static const QList<Edit> edits = {Edit::ChangeNumber,
        Edit::ChangeDate,
        Edit::ChangeDayOfMonth,
        Edit::ChangeRank,
        Edit::ChangeRankTotal,
        Edit::ChangeRelativePeriod,
        Edit::ChangeAge,
        Edit::ChangeTime,
        Edit::ChangeTollInHeadline,
        Edit::ChangeNumberInWords,
        Edit::ChangeName,
        Edit::ChangeListMember,
        Edit::DropSentence,
        Edit::MoveParagraphs,
        Edit::MoveParagraphFar,
        Edit::Paraphrase};
    return edits;
}

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
    case Edit::ChangeDayOfMonth:
        return u"change-day-of-month"_s;
    case Edit::ChangeRankTotal:
        return u"change-rank-total"_s;
    case Edit::ChangeRelativePeriod:
        return u"change-relative-period"_s;
    case Edit::ChangeAge:
        return u"change-age"_s;
    case Edit::ChangeTime:
        return u"change-time"_s;
    case Edit::ChangeTollInHeadline:
        return u"change-toll-in-headline"_s;
    case Edit::ChangeNumberInWords:
        return u"change-number-in-words"_s;
    case Edit::MoveParagraphFar:
        return u"move-paragraph-far"_s;
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

/// A place in the article where an edit applies: the span to replace and its new text.
struct Site {
    qsizetype start = 0; ///< in the article
    qsizetype length = 0;
    QString with;
};

/// Lines that are text, not the URL or the dateline a saved article starts with.
bool isProse(QStringView line)
{
    return line.count(u' ') >= 5 && !line.contains(u"://"_s);
}

/// The matches of EXPRESSION's group GROUP in the article's prose lines (or in its
/// first line only, for a headline), each with the replacement MAKE gives it; a match
/// MAKE returns nothing for is left out.
QList<Site> sitesOf(const QString &article,
    const QRegularExpression &expression,
    const QString &group,
    const std::function<QString(const QRegularExpressionMatch &)> &make,
    bool headlineOnly = false)
{
    QList<Site> sites;
    qsizetype lineStartAt = 0;
    const QStringList lines = article.split(u'\n');
    for (int l = 0; l < lines.size(); lineStartAt += lines.at(l).size() + 1, ++l) {
        const QString &line = lines.at(l);
        const bool headline = !line.trimmed().isEmpty() && !line.contains(u"://"_s) && line.count(u' ') >= 3;
        if (headlineOnly ? !headline : !isProse(line))
            continue;
        for (auto it = expression.globalMatch(line); it.hasNext();) {
            const auto match = it.next();
            const QString with = make(match);
            if (!with.isEmpty())
                sites.append({lineStartAt + match.capturedStart(group), match.capturedLength(group), with});
        }
        if (headlineOnly)
            break;
    }
    return sites;
}

const QStringList &numberWords()
{
    static const QStringList words
        = {u"zero"_s, u"one"_s, u"two"_s, u"three"_s, u"four"_s, u"five"_s, u"six"_s, u"seven"_s, u"eight"_s, u"nine"_s, u"ten"_s, u"eleven"_s, u"twelve"_s};
    return words;
}

// "31st out of 83": the position with its suffix (p), its digits (n), the field (t).
const QRegularExpression &rankPattern()
{
    static const QRegularExpression rank(uR"(\b(?<p>(?<n>\d{1,3})(?:st|nd|rd|th))\s(?:place\s)?(?:out of|of)\s(?<t>\d{1,3})\b)"_s);
    return rank;
}

// This generator finds its edit sites with patterns of its own, so that it measures
// what the engine misses as well as what it finds.
QList<Site> sitesFor(Edit edit, const QString &article)
{
    const auto digits = [](const QRegularExpressionMatch &match) {
        return changedNumber(match.captured(u"n"_s));
    };
    switch (edit) {
    case Edit::ChangeNumber: {
        // A figure with what it counts or costs: "250 people", "$109 billion", "12 percent".
        static const QRegularExpression figure(
            uR"((?<![\d.,:/-])(?:\$|€|£)?(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s(?:million|billion))?\s?(?:%|percent\b|(?:people|dead|injured|homes|houses|children|soldiers|workers|countries|nations|kilometres|kilometers|miles|points|dollars|years)\b))"_s);
        return sitesOf(article, figure, u"n"_s, digits);
    }
    case Edit::ChangeDate: {
        static const QRegularExpression year(
            uR"(\b(?:in|since|by|until|of|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s\d{1,2},)?)\s(?<y>(?:19|20)\d{2})\b)"_s);
        return sitesOf(article, year, u"y"_s, [](const QRegularExpressionMatch &match) {
            return QString::number(match.captured(u"y"_s).toInt() + 3);
        });
    }
    case Edit::ChangeDayOfMonth: {
        static const QRegularExpression day(
            uR"(\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s(?<d>\d{1,2})(?:st|nd|rd|th)?\b)"_s);
        return sitesOf(article, day, u"d"_s, [](const QRegularExpressionMatch &match) {
            const int changed = match.captured(u"d"_s).toInt() % 26 + 2;
            return QString::number(changed);
        });
    }
    case Edit::ChangeRank:
        return sitesOf(article, rankPattern(), u"p"_s, [](const QRegularExpressionMatch &match) {
            const int position = match.captured(u"n"_s).toInt();
            const int total = match.captured(u"t"_s).toInt();
            const int changed = position + 4 <= total ? position + 4 : std::max(1, position - 4);
            return changed == position ? QString() : QString::number(changed) + ordinalSuffix(changed);
        });
    case Edit::ChangeRankTotal:
        return sitesOf(article, rankPattern(), u"t"_s, [](const QRegularExpressionMatch &match) {
            return QString::number(match.captured(u"t"_s).toInt() + 2);
        });
    case Edit::ChangeRelativePeriod: {
        static const QRegularExpression period(
            uR"(\b(?<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s(?:days|weeks|months|years)\s(?:after|before|later|earlier|ago)\b)"_s);
        return sitesOf(article, period, u"n"_s, [](const QRegularExpressionMatch &match) {
            const QString n = match.captured(u"n"_s);
            const qsizetype word = numberWords().indexOf(n);
            return word >= 0 ? numberWords().at((word + 3) % 11 + 2) : QString::number(n.toInt() + 3);
        });
    }
    case Edit::ChangeAge: {
        static const QRegularExpression age(uR"(\b(?<n>\d{1,2})-year-old\b|\b\p{Lu}\p{Ll}+,\s(?<m>\d{2}),\s)"_s);
        QList<Site> sites = sitesOf(article, age, u"n"_s, [](const QRegularExpressionMatch &match) {
            return match.hasCaptured(u"n"_s) ? QString::number(match.captured(u"n"_s).toInt() + 7) : QString();
        });
        sites += sitesOf(article, age, u"m"_s, [](const QRegularExpressionMatch &match) {
            return match.hasCaptured(u"m"_s) ? QString::number(match.captured(u"m"_s).toInt() + 7) : QString();
        });
        return sites;
    }
    case Edit::ChangeTime: {
        static const QRegularExpression time(uR"(\b(?<h>\d{1,2})(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b))"_s);
        return sitesOf(article, time, u"h"_s, [](const QRegularExpressionMatch &match) {
            const int hour = match.captured(u"h"_s).toInt();
            return hour >= 1 && hour <= 9 ? QString::number(hour + 2) : QString();
        });
    }
    case Edit::ChangeTollInHeadline: {
        static const QRegularExpression toll(
            uR"(\b(?<n>\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?=[^.]{0,40}\b(?:killed|dead|die|died|deaths|injured|hurt)\b))"_s,
            QRegularExpression::CaseInsensitiveOption);
        return sitesOf(
            article,
            toll,
            u"n"_s,
            [](const QRegularExpressionMatch &match) {
                const QString n = match.captured(u"n"_s);
                const qsizetype word = numberWords().indexOf(n.toLower());
                return word >= 0 ? QString::number(word * 3 + 4) : QString::number(n.toInt() * 2 + 3);
            },
            true);
    }
    case Edit::ChangeNumberInWords: {
        static const QRegularExpression inWords(
            uR"(\b(?<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s(?=(?:people|children|men|women|countries|nations|years|days|weeks|months|times|houses|homes|soldiers|officers|members)\b))"_s);
        return sitesOf(article, inWords, u"n"_s, [](const QRegularExpressionMatch &match) {
            const qsizetype word = numberWords().indexOf(match.captured(u"n"_s));
            return numberWords().at((word + 4) % 11 + 2 == word ? (word + 5) % 11 + 2 : (word + 4) % 11 + 2);
        });
    }
    case Edit::ChangeName: {
        // Two capitalized words after a lower-case one: a name, mid-sentence.
        static const QRegularExpression name(uR"((?<=\b[a-z]{2,}\s)(?<name>\p{Lu}\p{Ll}{2,}\s\p{Lu}\p{Ll}{2,})\b(?!\s\p{Lu}))"_s);
        return sitesOf(article, name, u"name"_s, [](const QRegularExpressionMatch &) {
            return u"Olga Petrova"_s;
        });
    }
    case Edit::ChangeListMember: {
        static const QRegularExpression member(uR"((?<=,\s)(?<name>\p{Lu}\p{Ll}{3,})(?=,\s))"_s);
        return sitesOf(article, member, u"name"_s, [&article](const QRegularExpressionMatch &) {
            return article.contains(u"Portugal"_s) ? u"Uruguay"_s : u"Portugal"_s;
        });
    }
    case Edit::DropSentence:
    case Edit::MoveParagraphs:
    case Edit::MoveParagraphFar:
    case Edit::Paraphrase:
        break;
    }
    return {};
}

bool isConflictEdit(Edit edit)
{
    return edit != Edit::ChangeName && edit != Edit::ChangeListMember && edit != Edit::DropSentence && edit != Edit::MoveParagraphs
        && edit != Edit::MoveParagraphFar && edit != Edit::Paraphrase;
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
    const QStringList sourceLines = article.split(u'\n');
    QList<Line> lines;
    for (int i = 0; i < sourceLines.size(); ++i)
        lines.append({i, sourceLines.at(i), -1, 0});

    GeneratedPair pair;
    pair.textA = article;
    pair.edits = {edit};
    std::optional<TextRange> editedInA;

    const auto applySite = [&](const Site &site, bool isConflict) {
        const int line = lineOfPosition(article, site.start);
        const qsizetype inLine = site.start - lineStart(article, line);
        Line &target = lines[line];
        target.text.replace(inLine, site.length, site.with);
        target.editStart = inLine;
        target.editLength = site.with.size();
        if (isConflict)
            editedInA = TextRange {site.start, site.start + site.length};
    };

    switch (edit) {
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
    case Edit::MoveParagraphFar: {
        // A paragraph from the first quarter goes to the end: news reorders that far.
        QList<int> early;
        for (int i = 0; i < lines.size() / 4; ++i) {
            if (isProse(lines.at(i).text))
                early.append(i);
        }
        if (early.isEmpty() || lines.size() < 8)
            return std::nullopt;
        lines.append(lines.takeAt(early.at(m_random.bounded(int(early.size())))));
        break;
    }
    case Edit::Paraphrase:
        for (Line &line : lines)
            line.text = paraphrased(line.text);
        break;
    default: {
        const QList<Site> sites = sitesFor(edit, article);
        if (sites.isEmpty())
            return std::nullopt;
        applySite(sites.at(m_random.bounded(int(sites.size()))), isConflictEdit(edit));
        break;
    }
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

    if (editedInA) {
        for (int lineB = 0; lineB < lines.size(); ++lineB) {
            const Line &line = lines.at(lineB);
            if (line.editStart < 0 || line.sourceLine != lineOfPosition(article, editedInA->start))
                continue;
            const qsizetype start = lineStart(pair.textB, lineB) + line.editStart;
            pair.expectedConflicts.append({*editedInA, {start, start + line.editLength}});
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
