// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "intercoderagreement.h"

#include <algorithm>

namespace Parallax::IntercoderAgreement
{

namespace
{

// One coder's continuum cut into sections: those given the category (coded) and the
// gaps between them, in order, covering it without holes.
struct Piece {
    long double begin;
    long double length;
    bool coded;
};

QList<Piece> partition(double begin, double length, int coder, const QList<Section> &sections)
{
    QList<Section> own;
    for (const Section &section : sections) {
        if (section.coder == coder && section.length > 0)
            own.append(section);
    }
    std::sort(own.begin(), own.end(), [](const Section &a, const Section &b) {
        return a.begin < b.begin;
    });
    QList<Piece> pieces;
    long double at = begin;
    const long double end = (long double)begin + length;
    for (const Section &section : std::as_const(own)) {
        const long double from = std::max<long double>(section.begin, begin);
        const long double to = std::min<long double>((long double)section.begin + section.length, end);
        if (to <= from)
            continue;
        // Overlapping sections of one coder are one stretch of the category; sections
        // that only touch stay two units, as two annotations side by side are.
        if (from < at) {
            if (to > at) {
                pieces.last().length = to - pieces.last().begin;
                at = to;
            }
            continue;
        }
        if (from > at)
            pieces.append({at, from - at, false});
        pieces.append({from, to - from, true});
        at = to;
    }
    if (at < end)
        pieces.append({at, end - at, false});
    return pieces;
}

// Krippendorff's distance δ² between section G of one coder and H of another.
long double distance(const Piece &g, const Piece &h)
{
    const long double offset = g.begin - h.begin;
    if (g.coded && h.coded) {
        if (-g.length < offset && offset < h.length) {
            const long double endOffset = (g.begin + g.length) - (h.begin + h.length);
            return offset * offset + endOffset * endOffset;
        }
        return 0;
    }
    // A coded section inside the other's gap counts its whole length.
    if (g.coded && h.length - g.length >= offset && offset >= 0)
        return g.length * g.length;
    if (h.coded && g.length - h.length >= -offset && -offset >= 0)
        return h.length * h.length;
    return 0;
}

} // namespace

std::optional<Kappa> cohensKappa(const QList<QList<double>> &matrix)
{
    const qsizetype categories = matrix.size();
    double total = 0;
    double agreed = 0;
    QList<double> rows(categories, 0);
    QList<double> columns(categories, 0);
    for (qsizetype a = 0; a < categories; ++a) {
        if (matrix.at(a).size() != categories)
            return std::nullopt;
        for (qsizetype b = 0; b < categories; ++b) {
            const double count = matrix.at(a).at(b);
            total += count;
            rows[a] += count;
            columns[b] += count;
            if (a == b)
                agreed += count;
        }
    }
    if (total <= 0)
        return std::nullopt;
    double expected = 0;
    for (qsizetype c = 0; c < categories; ++c)
        expected += (rows.at(c) / total) * (columns.at(c) / total);
    const double observed = agreed / total;
    if (expected >= 1)
        return std::nullopt;
    return Kappa {observed, expected, (observed - expected) / (1 - expected)};
}

std::optional<Unitized> unitizedAlpha(double begin, double length, int coders, QList<Section> sections)
{
    if (coders < 2 || length <= 0)
        return std::nullopt;
    QList<QList<Piece>> pieces;
    for (int coder = 0; coder < coders; ++coder)
        pieces.append(partition(begin, length, coder, sections));

    // Observed: every section of one coder against the sections of each other coder it
    // meets (the distance of sections that do not meet is 0), in one sweep per pair.
    long double disagreement = 0;
    for (int i = 0; i < coders; ++i) {
        for (int j = 0; j < coders; ++j) {
            if (i == j)
                continue;
            qsizetype first = 0;
            for (const Piece &g : pieces.at(i)) {
                const QList<Piece> &other = pieces.at(j);
                while (first < other.size() && other.at(first).begin + other.at(first).length <= g.begin)
                    ++first;
                for (qsizetype h = first; h < other.size() && other.at(h).begin < g.begin + g.length; ++h)
                    disagreement += distance(g, other.at(h));
            }
        }
    }
    const long double m = coders;
    const long double L = length;
    const long double observed = disagreement / (m * (m - 1) * L * L);

    // Expected: of every coded section against every way the category's sections and
    // the gaps could be placed; gaps of at least a section's length are what it fits in.
    QList<long double> gaps;
    QList<long double> coded;
    for (const QList<Piece> &coder : std::as_const(pieces)) {
        for (const Piece &piece : coder)
            (piece.coded ? coded : gaps).append(piece.length);
    }
    std::sort(gaps.begin(), gaps.end());
    QList<long double> longerSums(gaps.size() + 1, 0); // sum of gaps[k…]
    for (qsizetype k = gaps.size() - 1; k >= 0; --k)
        longerSums[k] = longerSums.at(k + 1) + gaps.at(k);
    const long double sections_ = coded.size();
    long double placed = 0;
    long double selfPairs = 0;
    for (const long double l : std::as_const(coded)) {
        const qsizetype firstFitting = std::lower_bound(gaps.cbegin(), gaps.cend(), l) - gaps.cbegin();
        const long double fitting = gaps.size() - firstFitting;
        const long double roomInGaps = longerSums.at(firstFitting) - fitting * (l - 1);
        placed += (sections_ - 1) / 3 * (2 * l * l * l - 3 * l * l + l) + l * l * roomInGaps;
        selfPairs += l * l - l;
    }
    const long double pairs = m * L * (m * L - 1) - selfPairs;
    const long double expected = pairs > 0 ? (2 / L) * placed / pairs : 0;
    if (expected <= 0)
        return std::nullopt;
    return Unitized {double(observed), double(expected), double(1 - observed / expected)};
}

std::optional<double> unitizedAlpha(const QList<Unitized> &categories)
{
    double observed = 0;
    double expected = 0;
    for (const Unitized &category : categories) {
        observed += category.observed;
        expected += category.expected;
    }
    if (expected <= 0)
        return std::nullopt;
    return 1 - observed / expected;
}

QList<QList<double>> characterMatrix(double begin, double length, QList<Section> sections)
{
    const QList<Piece> a = partition(begin, length, 0, sections);
    const QList<Piece> b = partition(begin, length, 1, sections);
    QList<QList<double>> matrix {{0, 0}, {0, 0}};
    // Both partitions cover the continuum: walk them together, stretch by stretch.
    qsizetype i = 0;
    qsizetype j = 0;
    long double at = begin;
    while (i < a.size() && j < b.size()) {
        const long double endA = a.at(i).begin + a.at(i).length;
        const long double endB = b.at(j).begin + b.at(j).length;
        const long double to = std::min(endA, endB);
        matrix[a.at(i).coded ? 0 : 1][b.at(j).coded ? 0 : 1] += double(to - at);
        at = to;
        if (endA <= to)
            ++i;
        if (endB <= to)
            ++j;
    }
    return matrix;
}

} // namespace Parallax::IntercoderAgreement
