// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "sentencealigner.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Parallax
{

namespace
{

using SparseVector = QList<std::pair<int, double>>; // (term id, weight), sorted by term

struct TermTable {
    QHash<QString, int> ids;
    QList<int> documentFrequency; // in how many sentences (of both texts) each term occurs

    int idOf(const QString &stem)
    {
        const auto found = ids.constFind(stem);
        if (found != ids.constEnd())
            return *found;
        const int id = int(ids.size());
        ids.insert(stem, id);
        documentFrequency.append(0);
        return id;
    }
};

bool isContentToken(const Token &token)
{
    return !token.isStopWord && (token.isNumber || token.stem.size() >= 2);
}

QList<QHash<int, int>> termCounts(const SegmentedText &text, TermTable &terms)
{
    QList<QHash<int, int>> counts(text.sentences.size());
    for (qsizetype i = 0; i < text.sentences.size(); ++i) {
        const Sentence &sentence = text.sentences.at(i);
        if (sentence.isBoilerplate)
            continue;
        for (const Token &token : sentence.tokens) {
            if (isContentToken(token))
                ++counts[i][terms.idOf(token.stem)];
        }
        for (auto it = counts[i].cbegin(); it != counts[i].cend(); ++it)
            ++terms.documentFrequency[it.key()];
    }
    return counts;
}

QList<SparseVector> tfIdfVectors(const QList<QHash<int, int>> &counts, const TermTable &terms, int sentenceCount)
{
    QList<SparseVector> vectors(counts.size());
    for (qsizetype i = 0; i < counts.size(); ++i) {
        SparseVector &vector = vectors[i];
        double norm = 0;
        for (auto it = counts.at(i).cbegin(); it != counts.at(i).cend(); ++it) {
            // Smoothed IDF, so that a term in every sentence still weighs a little.
            const double idf = std::log((1.0 + sentenceCount) / (1.0 + terms.documentFrequency.at(it.key()))) + 1.0;
            const double weight = (1.0 + std::log(double(it.value()))) * idf;
            vector.append({it.key(), weight});
            norm += weight * weight;
        }
        norm = std::sqrt(norm);
        for (auto &[term, weight] : vector)
            weight /= norm;
        std::sort(vector.begin(), vector.end());
    }
    return vectors;
}

// Facts by sentence, as "kind|value" keys, to reward sentences that state the same thing.
QList<QSet<QString>> factKeysBySentence(const QList<Fact> &facts, qsizetype sentenceCount)
{
    QList<QSet<QString>> keys(sentenceCount);
    for (const Fact &fact : facts) {
        if (fact.kind != FactKind::Entity && fact.sentence >= 0 && fact.sentence < sentenceCount)
            keys[fact.sentence].insert(factKindName(fact.kind) + u'|' + fact.value);
    }
    return keys;
}

} // namespace

QList<Alignment> SentenceAligner::align(const SegmentedText &a, const SegmentedText &b, const QList<Fact> &factsA, const QList<Fact> &factsB)
{
    TermTable terms;
    const QList<QHash<int, int>> countsA = termCounts(a, terms);
    const QList<QHash<int, int>> countsB = termCounts(b, terms);
    const int sentenceCount = int(a.sentences.size() + b.sentences.size());
    const QList<SparseVector> vectorsA = tfIdfVectors(countsA, terms, sentenceCount);
    const QList<SparseVector> vectorsB = tfIdfVectors(countsB, terms, sentenceCount);

    QList<QList<std::pair<int, double>>> postingsB(terms.ids.size());
    for (int j = 0; j < vectorsB.size(); ++j) {
        for (const auto &[term, weight] : vectorsB.at(j))
            postingsB[term].append({j, weight});
    }
    const QList<QSet<QString>> factKeysA = factKeysBySentence(factsA, a.sentences.size());
    const QList<QSet<QString>> factKeysB = factKeysBySentence(factsB, b.sentences.size());

    // Scores of every pair that shares a term, found through the postings.
    QList<QHash<int, double>> scores(vectorsA.size());
    for (int i = 0; i < vectorsA.size(); ++i) {
        QHash<int, double> &row = scores[i];
        for (const auto &[term, weight] : vectorsA.at(i)) {
            for (const auto &[j, weightB] : postingsB.at(term))
                row[j] += weight * weightB;
        }
        if (factKeysA.at(i).isEmpty())
            continue;
        for (auto it = row.begin(); it != row.end(); ++it) {
            const QSet<QString> &keysB = factKeysB.at(it.key());
            const qsizetype sharedFacts = std::count_if(factKeysA.at(i).cbegin(), factKeysA.at(i).cend(), [&](const QString &key) {
                return keysB.contains(key);
            });
            it.value() = std::min(1.0, it.value() + 0.15 * double(std::min<qsizetype>(sharedFacts, 2)));
        }
    }

    // Each sentence keeps its best match and the near-best ones, seen from either side.
    QList<double> bestA(vectorsA.size(), 0);
    QList<double> bestB(vectorsB.size(), 0);
    for (int i = 0; i < scores.size(); ++i) {
        for (auto it = scores.at(i).cbegin(); it != scores.at(i).cend(); ++it) {
            bestA[i] = std::max(bestA.at(i), it.value());
            bestB[it.key()] = std::max(bestB.at(it.key()), it.value());
        }
    }
    QList<Alignment> alignments;
    for (int i = 0; i < scores.size(); ++i) {
        for (auto it = scores.at(i).cbegin(); it != scores.at(i).cend(); ++it) {
            const double score = it.value();
            const int j = it.key();
            if (score < MinimumScore || (score < bestA.at(i) * RunnerUpRatio && score < bestB.at(j) * RunnerUpRatio))
                continue;
            alignments.append({i, j, a.sentences.at(i).range, b.sentences.at(j).range, score, {}});
        }
    }
    std::sort(alignments.begin(), alignments.end(), [](const Alignment &x, const Alignment &y) {
        return std::tie(x.sentenceA, x.sentenceB) < std::tie(y.sentenceA, y.sentenceB);
    });
    return alignments;
}

} // namespace Parallax
