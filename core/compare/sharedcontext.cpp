// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "sharedcontext.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace Parallax
{

namespace
{

bool carriesMeaning(const Token &token)
{
    return !token.isStopWord && !token.isNumber && token.stem.size() >= 3;
}

class StemIds
{
public:
    int idOf(const QString &stem)
    {
        const auto known = m_ids.constFind(stem);
        return known != m_ids.cend() ? *known : *m_ids.insert(stem, int(m_ids.size()));
    }
    int count() const { return int(m_ids.size()); }

private:
    QHash<QString, int> m_ids;
};

// Counts, per stem, the sentences of TEXT that use it; returns each sentence's distinct
// stems, sorted.
QList<QList<int>> countSentences(const SegmentedText &text, StemIds &ids, QList<int> &sentencesWith)
{
    QList<QList<int>> stemsOfSentences;
    stemsOfSentences.reserve(text.sentences.size());
    for (const Sentence &sentence : text.sentences) {
        QList<int> own;
        for (const Token &token : sentence.tokens)
            if (carriesMeaning(token))
                own.append(ids.idOf(token.stem));
        std::sort(own.begin(), own.end());
        own.erase(std::unique(own.begin(), own.end()), own.end());
        sentencesWith.resize(ids.count());
        for (const int id : std::as_const(own))
            ++sentencesWith[id];
        stemsOfSentences.append(std::move(own));
    }
    return stemsOfSentences;
}

// Per fact, the distinct stems within Reach tokens of it in its sentence; empty for names.
QList<QList<int>> surroundings(const SegmentedText &text, const QList<Fact> &facts, StemIds &ids)
{
    QList<QList<int>> result;
    result.reserve(facts.size());
    for (const Fact &fact : facts) {
        QList<int> own;
        if (fact.kind != FactKind::Entity && fact.sentence >= 0 && fact.sentence < text.sentences.size()) {
            const QList<Token> &tokens = text.sentences.at(fact.sentence).tokens;
            const auto first = std::partition_point(tokens.cbegin(), tokens.cend(), [&](const Token &token) {
                return token.range.end <= fact.range.start;
            });
            const auto last = std::partition_point(first, tokens.cend(), [&](const Token &token) {
                return token.range.start < fact.range.end;
            });
            const auto from = first - std::min<qsizetype>(SharedContext::Reach, first - tokens.cbegin());
            const auto to = last + std::min<qsizetype>(SharedContext::Reach, tokens.cend() - last);
            for (auto token = from; token != to; ++token)
                if (carriesMeaning(*token))
                    own.append(ids.idOf(token->stem));
            std::sort(own.begin(), own.end());
            own.erase(std::unique(own.begin(), own.end()), own.end());
        }
        result.append(std::move(own));
    }
    return result;
}

} // namespace

SharedContext::SharedContext(const SegmentedText &a, const QList<Fact> &factsA, const SegmentedText &b, const QList<Fact> &factsB)
{
    StemIds ids;
    QList<int> &sentencesWith = m_sentencesWith;
    m_sentenceStemsA = countSentences(a, ids, sentencesWith);
    m_sentenceStemsB = countSentences(b, ids, sentencesWith);
    const double sentences = std::max<qsizetype>(1, a.sentences.size() + b.sentences.size());
    m_rareWordWeight = std::log(sentences / 2);
    m_weights.reserve(sentencesWith.size());
    for (const int count : std::as_const(sentencesWith))
        m_weights.append(std::log(sentences / std::max(1, count)));

    m_framesA = framesOf(a, factsA);
    m_framesB = framesOf(b, factsB);
    m_surroundingsA = surroundings(a, factsA, ids);
    const QList<QList<int>> surroundingsB = surroundings(b, factsB, ids);
    // A word in a good share of all sentences weighs little and would tie every figure
    // to every other: it is left out of the index, as the aligner leaves it out.
    m_frequent = std::max(MinimumFrequentWordCount, int(sentences) / FrequentWordShare);
    for (int j = 0; j < surroundingsB.size(); ++j)
        for (const int id : surroundingsB.at(j))
            if (sentencesWith.at(id) <= m_frequent)
                m_factsOfBByStem[id].append(j);
}

QList<SharedContext::Frame> SharedContext::framesOf(const SegmentedText &text, const QList<Fact> &facts)
{
    constexpr int FrameWords = 2;
    QList<Frame> frames;
    frames.reserve(facts.size());
    for (const Fact &fact : facts) {
        Frame frame;
        if (fact.sentence >= 0 && fact.sentence < text.sentences.size()) {
            const QList<Token> &tokens = text.sentences.at(fact.sentence).tokens;
            const auto first = std::partition_point(tokens.cbegin(), tokens.cend(), [&](const Token &token) {
                return token.range.end <= fact.range.start;
            });
            const auto last = std::partition_point(first, tokens.cend(), [&](const Token &token) {
                return token.range.start < fact.range.end;
            });
            for (auto token = first - std::min<qsizetype>(FrameWords, first - tokens.cbegin()); token != first; ++token) {
                frame.before.append(token->stem);
                frame.meaningfulBefore = frame.meaningfulBefore || carriesMeaning(*token);
            }
            for (auto token = last; token != tokens.cend() && token != last + FrameWords; ++token) {
                frame.after.append(token->stem);
                frame.meaningfulAfter = frame.meaningfulAfter || carriesMeaning(*token);
            }
        }
        frames.append(std::move(frame));
    }
    return frames;
}

bool SharedContext::sharesFrame(int i, int j) const
{
    if (i < 0 || i >= m_framesA.size() || j < 0 || j >= m_framesB.size())
        return false;
    const Frame &a = m_framesA.at(i);
    const Frame &b = m_framesB.at(j);
    return (a.meaningfulAfter && a.after.size() == 2 && a.after == b.after) || (a.meaningfulBefore && a.before.size() == 2 && a.before == b.before);
}

QHash<int, double> SharedContext::tiesOfA(int i) const
{
    QHash<int, double> ties;
    if (i < 0 || i >= m_surroundingsA.size())
        return ties;
    for (const int id : m_surroundingsA.at(i)) {
        const auto factsOfB = m_factsOfBByStem.constFind(id);
        if (factsOfB == m_factsOfBByStem.cend())
            continue;
        for (const int j : *factsOfB)
            ties[j] += m_weights.at(id);
    }
    return ties;
}

double SharedContext::sentenceTie(int sentenceA, int sentenceB) const
{
    if (sentenceA < 0 || sentenceA >= m_sentenceStemsA.size() || sentenceB < 0 || sentenceB >= m_sentenceStemsB.size())
        return 0;
    const QList<int> &x = m_sentenceStemsA.at(sentenceA);
    const QList<int> &y = m_sentenceStemsB.at(sentenceB);
    QVarLengthArray<int, 32> shared;
    std::set_intersection(x.cbegin(), x.cend(), y.cbegin(), y.cend(), std::back_inserter(shared));
    double weight = 0;
    for (const int id : std::as_const(shared))
        if (m_sentencesWith.at(id) <= m_frequent)
            weight += m_weights.at(id);
    return weight;
}

} // namespace Parallax
