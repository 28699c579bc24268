// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// Precision and recall of conflict detection and of alignment, measured on pairs that
// PairGenerator makes from real articles (the corpus and the ECB+ news reports in
// tests/data/news-pairs). The thresholds are the ones the project holds itself to.
#include "pairgenerator.h"

#include <core/compare/comparison.h>
#include <core/import/corpus.h>

#include <QDirIterator>
#include <QFile>
#include <QSet>

#include <gtest/gtest.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

struct Score {
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    double precision() const { return truePositives + falsePositives == 0 ? 1.0 : double(truePositives) / (truePositives + falsePositives); }
    double recall() const { return truePositives + falseNegatives == 0 ? 1.0 : double(truePositives) / (truePositives + falseNegatives); }
};

struct Article {
    QString name;
    QString text;
};

QList<Article> sourceArticles()
{
    QList<Article> articles;
    const Corpus corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus"));
    for (const Document &document : corpus.documents())
        articles.append({document.metadata.originalFileName, document.text});
    QDirIterator files(QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/news-pairs"), {u"*.txt"_s}, QDir::Files, QDirIterator::Subdirectories);
    QStringList paths;
    while (files.hasNext())
        paths.append(files.next());
    paths.sort();
    for (const QString &path : std::as_const(paths)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            articles.append({QFileInfo(path).completeBaseName(), QString::fromUtf8(file.readAll())});
    }
    return articles;
}

bool overlaps(const TextRange &x, const TextRange &y)
{
    return x.overlaps(y);
}

} // namespace

TEST(GeneratedPairs, conflictDetectionAndAlignment_meetThePrecisionAndRecallTargets)
{
    const QList<Article> articles = sourceArticles();
    ASSERT_GE(articles.size(), 4);
    const QList<Edit> &edits = allEdits();
    PairGenerator generator(20261122);

    QHash<Edit, Score> conflictsByEdit;
    Score conflicts, alignments;
    int pairCount = 0;
    // With only the corpus at hand, each article yields several variants per edit.
    const int rounds = articles.size() < 20 ? 8 : 1;
    for (int round = 0; round < rounds; ++round) {
        for (const Article &article : articles) {
            for (const Edit edit : edits) {
                const std::optional<GeneratedPair> pair = generator.generate(article.name, article.text, edit);
                if (!pair)
                    continue;
                ++pairCount;
                const ComparisonResult result = Comparator::compare(pair->textA, pair->textB);

                Score &byEdit = conflictsByEdit[edit];
                QSet<int> found;
                for (const Claim &claim : result.claims) {
                    if (claim.status != ClaimStatus::Conflict)
                        continue;
                    const auto expected = std::find_if(pair->expectedConflicts.cbegin(), pair->expectedConflicts.cend(), [&](const auto &expected) {
                        // The edited spot in B identifies the conflict; in A the same value may
                        // stand twice, and either occurrence is a right answer.
                        return overlaps(claim.b->range, expected.second);
                    });
                    if (expected == pair->expectedConflicts.cend()) {
                        ++conflicts.falsePositives;
                        ++byEdit.falsePositives;
                        ADD_FAILURE_AT(__FILE__, __LINE__) << "unexpected conflict in " << qPrintable(pair->name) << ": " << qPrintable(claim.explanation);
                    } else {
                        found.insert(int(expected - pair->expectedConflicts.cbegin()));
                    }
                }
                conflicts.truePositives += int(found.size());
                byEdit.truePositives += int(found.size());
                // Say which expected conflicts were missed, so a regression is easy to inspect.
                for (int k = 0; k < pair->expectedConflicts.size(); ++k) {
                    if (!found.contains(k) && qEnvironmentVariableIsSet("PARALLAX_VERBOSE")) {
                        const auto &[inA, inB] = pair->expectedConflicts.at(k);
                        std::printf("missed in %s: A \"%s\" B \"%s\"\n",
                            qPrintable(pair->name),
                            qPrintable(pair->textA.mid(inA.start, inA.length())),
                            qPrintable(pair->textB.mid(inB.start, inB.length())));
                    }
                }
                const int missed = int(pair->expectedConflicts.size() - found.size());
                conflicts.falseNegatives += missed;
                byEdit.falseNegatives += missed;

                QSet<std::pair<int, int>> expectedAlignments(pair->expectedAlignments.cbegin(), pair->expectedAlignments.cend());
                QSet<int> domain;
                for (const auto &[a, b] : pair->expectedAlignments)
                    domain.insert(a);
                QSet<std::pair<int, int>> reported;
                for (const Alignment &alignment : result.alignments) {
                    if (domain.contains(alignment.sentenceA))
                        reported.insert({alignment.sentenceA, alignment.sentenceB});
                }
                const int correct = int(QSet(reported).intersect(expectedAlignments).size());
                alignments.truePositives += correct;
                alignments.falsePositives += int(reported.size()) - correct;
                alignments.falseNegatives += int(expectedAlignments.size()) - correct;
            }
        }
    }

    std::printf("\nGenerated pairs: %d from %d articles\n", pairCount, int(articles.size()));
    std::printf("%-22s %9s %9s %6s %6s %6s\n", "conflicts by edit", "precision", "recall", "tp", "fp", "fn");
    for (const Edit edit : edits) {
        const Score &score = conflictsByEdit.value(edit);
        std::printf("%-22s %9.3f %9.3f %6d %6d %6d\n",
            qPrintable(editName(edit)),
            score.precision(),
            score.recall(),
            score.truePositives,
            score.falsePositives,
            score.falseNegatives);
    }
    std::printf("%-22s %9.3f %9.3f %6d %6d %6d\n",
        "conflicts (all)",
        conflicts.precision(),
        conflicts.recall(),
        conflicts.truePositives,
        conflicts.falsePositives,
        conflicts.falseNegatives);
    std::printf("%-22s %9.3f %9.3f %6d %6d %6d\n\n",
        "alignment",
        alignments.precision(),
        alignments.recall(),
        alignments.truePositives,
        alignments.falsePositives,
        alignments.falseNegatives);

    EXPECT_GE(pairCount, 200);
    EXPECT_GE(conflicts.truePositives, 50) << "too few conflicts were generated to measure";
    EXPECT_GE(conflicts.precision(), 0.95);
    EXPECT_GE(conflicts.recall(), 0.90);
    EXPECT_GE(alignments.precision(), 0.95);
    EXPECT_GE(alignments.recall(), 0.90);
}
