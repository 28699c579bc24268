// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "sentencealigner.h"

#include <QHash>

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

using TermCounts = QList<std::pair<int, int>>; // (term id, occurrences), sorted by term

QList<TermCounts> termCounts(const SegmentedText &text, TermTable &terms)
{
    QList<TermCounts> counts(text.sentences.size());
    QList<int> ids;
    for (qsizetype i = 0; i < text.sentences.size(); ++i) {
        const Sentence &sentence = text.sentences.at(i);
        if (sentence.isBoilerplate)
            continue;
        // A sentence has a few dozen terms: sorting their ids counts them faster than a hash.
        ids.clear();
        for (const Token &token : sentence.tokens) {
            if (isContentToken(token))
                ids.append(terms.idOf(token.stem));
        }
        std::sort(ids.begin(), ids.end());
        TermCounts &sentenceCounts = counts[i];
        for (const int id : std::as_const(ids)) {
            if (!sentenceCounts.isEmpty() && sentenceCounts.last().first == id) {
                ++sentenceCounts.last().second;
            } else {
                sentenceCounts.append({id, 1});
                ++terms.documentFrequency[id];
            }
        }
    }
    return counts;
}

QList<SparseVector> tfIdfVectors(const QList<TermCounts> &counts, const TermTable &terms, int sentenceCount)
{
    QList<SparseVector> vectors(counts.size());
    for (qsizetype i = 0; i < counts.size(); ++i) {
        SparseVector &vector = vectors[i];
        vector.reserve(counts.at(i).size());
        double norm = 0;
        for (const auto &[term, occurrences] : counts.at(i)) {
            // Smoothed IDF, so that a term in every sentence still weighs a little.
            const double idf = std::log((1.0 + sentenceCount) / (1.0 + terms.documentFrequency.at(term))) + 1.0;
            const double weight = (1.0 + std::log(double(occurrences))) * idf;
            vector.append({term, weight});
            norm += weight * weight;
        }
        norm = std::sqrt(norm);
        for (auto &[term, weight] : vector)
            weight /= norm;
    }
    return vectors;
}

// Facts by sentence, as sorted ids of "kind|value" keys shared by both texts, to reward
// sentences that state the same thing.
QList<QList<int>> factKeysBySentence(const QList<Fact> &facts, qsizetype sentenceCount, QHash<QString, int> &keyIds)
{
    QList<QList<int>> keys(sentenceCount);
    for (const Fact &fact : facts) {
        if (fact.kind == FactKind::Entity || fact.sentence < 0 || fact.sentence >= sentenceCount)
            continue;
        const QString key = factKindName(fact.kind) + u'|' + fact.value;
        auto found = keyIds.constFind(key);
        if (found == keyIds.constEnd())
            found = keyIds.insert(key, int(keyIds.size()));
        const int id = *found;
        QList<int> &sentenceKeys = keys[fact.sentence];
        if (!sentenceKeys.contains(id))
            sentenceKeys.insert(std::lower_bound(sentenceKeys.begin(), sentenceKeys.end(), id), id);
    }
    return keys;
}

int sharedCount(const QList<int> &x, const QList<int> &y)
{
    int shared = 0;
    for (auto i = x.cbegin(), j = y.cbegin(); i != x.cend() && j != y.cend();) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++shared;
            ++i;
            ++j;
        }
    }
    return shared;
}

// The dot product of a sentence of B with the sentence of A whose weights are spread
// over DENSE (indexed by term): a lookup per term of B, no merge of two sorted lists,
// whose unpredictable branches cost more than the multiplications.
double dot(const QList<double> &dense, const SparseVector &y)
{
    double sum = 0;
    for (const auto &[term, weight] : y)
        sum += dense.at(term) * weight;
    return sum;
}

QList<int> sentencesOverlapping(const SegmentedText &text, const TextRange &range)
{
    QList<int> sentences;
    for (int i = 0; i < text.sentences.size(); ++i) {
        const TextRange &sentence = text.sentences.at(i).range;
        if (sentence.overlaps(range) || (range.isEmpty() && sentence.start <= range.start && range.start < sentence.end))
            sentences.append(i);
    }
    return sentences;
}

// The user knows better: a pinned sentence keeps only the partners the pin gives it.
void applyPins(QList<Alignment> &alignments, const SegmentedText &a, const SegmentedText &b, const QList<PinnedPassage> &pins)
{
    QList<Alignment> pinned;
    QList<bool> pinnedA(a.sentences.size(), false);
    QList<bool> pinnedB(b.sentences.size(), false);
    for (const PinnedPassage &pin : pins) {
        const QList<int> sentencesA = sentencesOverlapping(a, pin.a);
        const QList<int> sentencesB = sentencesOverlapping(b, pin.b);
        for (const int i : sentencesA) {
            for (const int j : sentencesB) {
                const bool known = std::any_of(pinned.cbegin(), pinned.cend(), [&](const Alignment &alignment) {
                    return alignment.sentenceA == i && alignment.sentenceB == j;
                });
                if (known)
                    continue;
                pinnedA[i] = pinnedB[j] = true;
                pinned.append({i, j, a.sentences.at(i).range, b.sentences.at(j).range, 1.0, {}, true});
            }
        }
    }
    alignments.removeIf([&](const Alignment &alignment) {
        return pinnedA.at(alignment.sentenceA) || pinnedB.at(alignment.sentenceB);
    });
    alignments.append(pinned);
}

} // namespace

QList<Alignment> SentenceAligner::align(
    const SegmentedText &a, const SegmentedText &b, const QList<Fact> &factsA, const QList<Fact> &factsB, const QList<PinnedPassage> &pins)
{
    TermTable terms;
    const QList<TermCounts> countsA = termCounts(a, terms);
    const QList<TermCounts> countsB = termCounts(b, terms);
    const int sentenceCount = int(a.sentences.size() + b.sentences.size());
    const QList<SparseVector> vectorsA = tfIdfVectors(countsA, terms, sentenceCount);
    const QList<SparseVector> vectorsB = tfIdfVectors(countsB, terms, sentenceCount);

    // Candidates come from the postings of the terms that discriminate: a term in a
    // large share of all sentences would pair nearly every sentence with every other,
    // which costs quadratic time for no information. The score itself is the full cosine.
    const int frequentTerm = std::max(MinimumFrequentTermCount, sentenceCount / FrequentTermShare);
    QList<QList<int>> postingsB(terms.ids.size());
    for (int j = 0; j < vectorsB.size(); ++j) {
        for (const auto &[term, weight] : vectorsB.at(j)) {
            if (terms.documentFrequency.at(term) <= frequentTerm)
                postingsB[term].append(j);
        }
    }
    QHash<QString, int> factKeyIds;
    const QList<QList<int>> factKeysA = factKeysBySentence(factsA, a.sentences.size(), factKeyIds);
    const QList<QList<int>> factKeysB = factKeysBySentence(factsB, b.sentences.size(), factKeyIds);

    // Scores of the candidate pairs that come near the threshold, per sentence of A.
    // A marker per sentence of B collects each candidate once without a set.
    QList<QList<std::pair<int, double>>> scores(vectorsA.size());
    QList<int> seenFor(vectorsB.size(), -1);
    QList<int> candidates;
    QList<double> weightsOfA(terms.ids.size(), 0.0);
    for (int i = 0; i < vectorsA.size(); ++i) {
        for (const auto &[term, weight] : vectorsA.at(i))
            weightsOfA[term] = weight;
        candidates.clear();
        for (const auto &[term, weight] : vectorsA.at(i)) {
            for (const int j : postingsB.at(term)) {
                if (seenFor.at(j) != i) {
                    seenFor[j] = i;
                    candidates.append(j);
                }
            }
        }
        for (const int j : std::as_const(candidates)) {
            double score = dot(weightsOfA, vectorsB.at(j));
            if (!factKeysA.at(i).isEmpty()) {
                const int sharedFacts = sharedCount(factKeysA.at(i), factKeysB.at(j));
                score = std::min(1.0, score + 0.15 * double(std::min(sharedFacts, 2)));
            }
            // Pairs far below the threshold are dropped now, so memory stays linear.
            if (score >= MinimumScore * RunnerUpRatio)
                scores[i].append({j, score});
        }
        for (const auto &[term, weight] : vectorsA.at(i))
            weightsOfA[term] = 0.0;
    }

    // Each sentence keeps its best match and the near-best ones, seen from either side.
    QList<double> bestA(vectorsA.size(), 0);
    QList<double> bestB(vectorsB.size(), 0);
    for (int i = 0; i < scores.size(); ++i) {
        for (const auto &[j, score] : scores.at(i)) {
            bestA[i] = std::max(bestA.at(i), score);
            bestB[j] = std::max(bestB.at(j), score);
        }
    }
    QList<Alignment> alignments;
    for (int i = 0; i < scores.size(); ++i) {
        for (const auto &[j, score] : scores.at(i)) {
            if (score < MinimumScore || (score < bestA.at(i) * RunnerUpRatio && score < bestB.at(j) * RunnerUpRatio))
                continue;
            alignments.append({i, j, a.sentences.at(i).range, b.sentences.at(j).range, score, {}});
        }
    }
    applyPins(alignments, a, b, pins);
    std::sort(alignments.begin(), alignments.end(), [](const Alignment &x, const Alignment &y) {
        return std::tie(x.sentenceA, x.sentenceB) < std::tie(y.sentenceA, y.sentenceB);
    });
    return alignments;
}

} // namespace Parallax
