// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "textanchor.h"

#include "editdistance.h"

#include <QList>
#include <QStringView>

#include <algorithm>

namespace Parallax
{

TextAnchor TextAnchor::capture(const QString &text, TextRange range)
{
    range.start = std::clamp<qsizetype>(range.start, 0, text.size());
    range.end = std::clamp<qsizetype>(range.end, range.start, text.size());
    const qsizetype prefixStart = std::max<qsizetype>(range.start - ContextLength, 0);
    return {range, text.mid(range.start, range.length()), text.mid(prefixStart, range.start - prefixStart), text.mid(range.end, ContextLength)};
}

namespace
{

// A quote longer than this is compared by its two ends only: the edit distance is
// quadratic in the length, and the ends are what places a long passage.
constexpr qsizetype LongestComparedQuote = 600;
// Below this similarity of the quote, a candidate is a different passage.
constexpr double MinimumQuoteSimilarity = 0.65;
// No more candidates than this are scored, however often the context repeats.
constexpr int MaximumCandidates = 64;

// 1 for equal texts, 0 for nothing in common.
double similarity(QStringView a, QStringView b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    if (a.size() > LongestComparedQuote || b.size() > LongestComparedQuote) {
        const qsizetype half = LongestComparedQuote / 2;
        return (similarity(a.first(std::min(half, a.size())), b.first(std::min(half, b.size())))
                   + similarity(a.last(std::min(half, a.size())), b.last(std::min(half, b.size()))))
            / 2.0;
    }
    return 1.0 - double(editDistance(a, b)) / double(std::max(a.size(), b.size()));
}

// How many characters of CONTEXT match TEXT just before (BEFORE) or after POSITION.
qsizetype contextMatch(const QString &text, qsizetype position, const QString &context, bool before)
{
    qsizetype matched = 0;
    if (before) {
        while (matched < context.size() && position - matched - 1 >= 0 && text[position - matched - 1] == context[context.size() - matched - 1])
            ++matched;
    } else {
        while (matched < context.size() && position + matched < text.size() && text[position + matched] == context[matched])
            ++matched;
    }
    return matched;
}

QList<qsizetype> occurrences(const QString &text, QStringView needle)
{
    QList<qsizetype> found;
    if (needle.isEmpty())
        return found;
    for (qsizetype at = text.indexOf(needle); at >= 0 && found.size() < MaximumCandidates; at = text.indexOf(needle, at + 1))
        found.append(at);
    return found;
}

std::optional<Relocation> byQuote(const TextAnchor &anchor, const QString &text)
{
    const QList<qsizetype> starts = occurrences(text, anchor.exact);
    if (starts.isEmpty())
        return std::nullopt;
    // The occurrence with the most context around it; of equals, the nearest.
    const auto rank = [&](qsizetype start) {
        const qsizetype context = contextMatch(text, start, anchor.prefix, true) + contextMatch(text, start + anchor.exact.size(), anchor.suffix, false);
        return std::pair {-context, std::abs(start - anchor.range.start)};
    };
    const qsizetype best = *std::min_element(starts.cbegin(), starts.cend(), [&](qsizetype x, qsizetype y) {
        return rank(x) < rank(y);
    });
    return Relocation {{best, best + anchor.exact.size()}, Placement::Quote};
}

std::optional<Relocation> byFuzzyMatch(const TextAnchor &anchor, const QString &text)
{
    const qsizetype length = anchor.exact.size();
    if (length == 0 || text.isEmpty())
        return std::nullopt;
    // Candidate passages start where the prefix ends or the quote's head is found, and
    // end where the suffix begins or the quote's tail is found.
    const qsizetype probe = std::clamp<qsizetype>(length / 3, 1, 16);
    QList<qsizetype> startPoints, endPoints;
    for (qsizetype at : occurrences(text, QStringView(anchor.prefix).last(std::min<qsizetype>(anchor.prefix.size(), 16))))
        startPoints.append(at + std::min<qsizetype>(anchor.prefix.size(), 16));
    for (qsizetype at : occurrences(text, QStringView(anchor.exact).first(probe)))
        startPoints.append(at);
    for (qsizetype at : occurrences(text, QStringView(anchor.suffix).first(std::min<qsizetype>(anchor.suffix.size(), 16))))
        endPoints.append(at);
    for (qsizetype at : occurrences(text, QStringView(anchor.exact).last(probe)))
        endPoints.append(at + probe);
    startPoints.append(std::clamp<qsizetype>(anchor.range.start, 0, text.size()));

    QList<TextRange> candidates;
    for (qsizetype start : std::as_const(startPoints)) {
        candidates.append({start, std::min(start + length, text.size())});
        // Or up to an end point, if one lies where an edited quote could end.
        for (qsizetype end : std::as_const(endPoints)) {
            if (end > start + length / 2 && end < start + length * 2)
                candidates.append({start, end});
        }
    }
    for (qsizetype end : std::as_const(endPoints))
        candidates.append({std::max<qsizetype>(end - length, 0), end});

    std::optional<Relocation> best;
    double bestScore = 0;
    for (const TextRange &candidate : std::as_const(candidates)) {
        if (candidate.isEmpty())
            continue;
        const QStringView passage = QStringView(text).sliced(candidate.start, candidate.length());
        const double quote = similarity(anchor.exact, passage);
        if (quote < MinimumQuoteSimilarity)
            continue;
        const qsizetype prefixStart = std::max<qsizetype>(candidate.start - anchor.prefix.size(), 0);
        const double prefix = similarity(anchor.prefix, QStringView(text).sliced(prefixStart, candidate.start - prefixStart));
        const double suffix = similarity(anchor.suffix, QStringView(text).sliced(candidate.end, std::min(anchor.suffix.size(), text.size() - candidate.end)));
        const double distance = double(std::abs(candidate.start - anchor.range.start)) / double(std::max<qsizetype>(text.size(), 1));
        const double score = 0.6 * quote + 0.15 * prefix + 0.15 * suffix + 0.1 * (1.0 - distance);
        if (score > bestScore) {
            bestScore = score;
            best = Relocation {candidate, Placement::Fuzzy};
        }
    }
    return best;
}

} // namespace

std::optional<Relocation> relocate(const TextAnchor &anchor, const QString &text)
{
    const TextRange &range = anchor.range;
    if (range.start >= 0 && range.end <= text.size() && QStringView(text).sliced(range.start, range.length()) == anchor.exact)
        return Relocation {range, Placement::Position};
    if (auto found = byQuote(anchor, text))
        return found;
    return byFuzzyMatch(anchor, text);
}

} // namespace Parallax
