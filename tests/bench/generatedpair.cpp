// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "generatedpair.h"

#include <core/import/corpus.h>

#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringList>

#include <map>

using namespace Qt::StringLiterals;

namespace Parallax::Bench
{

namespace
{

// News-like text of about WORDS words: sentences drawn from the corpus vocabulary,
// frequent words more often, with a fact in every other sentence. Every sentence is
// new, as in a real long document; repeating the corpus would instead measure how the
// engine copes with hundreds of identical paragraphs.
QString generatedArticle(int words, quint32 seed)
{
    static const QStringList vocabulary = [] {
        QHash<QString, int> frequency;
        const Corpus corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus"));
        for (const Document &document : corpus.documents()) {
            for (const QString &word : document.text.toLower().split(QRegularExpression(u"[^\\p{L}]+"_s), Qt::SkipEmptyParts))
                ++frequency[word];
        }
        QStringList words = frequency.keys();
        std::sort(words.begin(), words.end(), [&](const QString &x, const QString &y) {
            return frequency.value(x) > frequency.value(y) || (frequency.value(x) == frequency.value(y) && x < y);
        });
        return words;
    }();
    QRandomGenerator random(seed);
    const auto word = [&] {
        const double u = random.generateDouble();
        return vocabulary.at(qsizetype(double(vocabulary.size()) * u * u * u));
    };
    const auto fact = [&]() -> QString {
        switch (random.bounded(5)) {
        case 0:
            return u"ranked %1th out of %2 countries"_s.arg(4 + random.bounded(40)).arg(50 + random.bounded(50));
        case 1:
            return u"$%1 billion"_s.arg(1 + random.bounded(900));
        case 2:
            return u"%1% of workers"_s.arg(random.bounded(100));
        case 3:
            return u"%1 people"_s.arg(2 + random.bounded(5000));
        default:
            return u"in %1"_s.arg(1990 + random.bounded(40));
        }
    };
    QString text;
    int count = 0;
    while (count < words) {
        const int sentences = 2 + random.bounded(4);
        for (int s = 0; s < sentences; ++s) {
            QStringList sentence;
            const int length = 12 + random.bounded(16);
            for (int w = 0; w < length; ++w)
                sentence << word();
            if (s % 2 == 0)
                sentence.insert(random.bounded(int(sentence.size())), fact());
            sentence.first()[0] = sentence.first().at(0).toUpper();
            text += sentence.join(u' ') + u". "_s;
            count += length + 2;
        }
        text += u"\n\n"_s;
    }
    return text;
}

// B: A's paragraphs in another order, every tenth with a number changed.
QString editedCopy(const QString &a, quint32 seed)
{
    QStringList paragraphs = a.split(u"\n\n"_s, Qt::SkipEmptyParts);
    QRandomGenerator random(seed);
    for (qsizetype i = paragraphs.size() - 1; i > 0; --i) {
        if (random.bounded(4) == 0)
            paragraphs.swapItemsAt(i, random.bounded(int(i + 1)));
    }
    for (qsizetype i = 0; i < paragraphs.size(); i += 10)
        paragraphs[i].replace(u" billion"_s, u"0 billion"_s);
    return paragraphs.join(u"\n\n"_s) + u"\n"_s;
}

} // namespace

const Pair &pairOfSize(int words)
{
    static std::map<int, Pair> pairs; // a map: references stay valid as sizes are added
    auto found = pairs.find(words);
    if (found == pairs.end()) {
        const QString a = generatedArticle(words, quint32(words));
        found = pairs.emplace(words, Pair {a, editedCopy(a, quint32(words) + 1)}).first;
    }
    return found->second;
}

} // namespace Parallax::Bench
