// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// pairgen OUTPUT_DIR ARTICLE…: writes generated comparison pairs, NNN-a.txt and
// NNN-b.txt, with NNN-expected.json beside them (the edits, the conflicts they
// introduced and the sentences that align; offsets in code points).
#include "pairgenerator.h"

#include <core/import/importformats.h>
#include <core/text/codepoints.h>
#include <core/text/textsegmenter.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QJsonObject span(const TextRange &range, const CodePointMap &codePoints)
{
    return {{u"start"_s, codePoints.toCodePoint(range.start)}, {u"end"_s, codePoints.toCodePoint(range.end)}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: pairgen OUTPUT_DIR ARTICLE...\n");
        return 2;
    }
    const QDir output(arguments.first());
    if (!QDir().mkpath(output.path())) {
        std::fprintf(stderr, "pairgen: cannot create %s\n", qPrintable(output.path()));
        return 1;
    }
    PairGenerator generator(20261122);
    int written = 0;
    for (const QString &path : arguments.mid(1)) {
        const ImportResult article = ImportFormats().importFile(path);
        if (!article.has_value()) {
            std::fprintf(stderr, "pairgen: %s\n", qPrintable(article.error().message));
            return 1;
        }
        for (const Edit edit : allEdits()) {
            const std::optional<GeneratedPair> pair = generator.generate(QFileInfo(path).fileName(), article->document.text, edit);
            if (!pair)
                continue;
            const QString stem = output.filePath(u"%1"_s.arg(written, 3, 10, QChar(u'0')));
            const CodePointMap pointsA(pair->textA);
            const CodePointMap pointsB(pair->textB);
            const SegmentedText a = TextSegmenter::segment(pair->textA);
            const SegmentedText b = TextSegmenter::segment(pair->textB);
            QJsonArray edits, conflicts, alignments;
            for (const Edit e : pair->edits)
                edits.append(editName(e));
            for (const auto &[inA, inB] : pair->expectedConflicts)
                conflicts.append(QJsonObject {{u"a"_s, span(inA, pointsA)}, {u"b"_s, span(inB, pointsB)}});
            for (const auto &[i, j] : pair->expectedAlignments)
                alignments.append(QJsonObject {{u"a"_s, span(a.sentences.at(i).range, pointsA)}, {u"b"_s, span(b.sentences.at(j).range, pointsB)}});
            const QJsonObject expected {{u"name"_s, pair->name}, {u"edits"_s, edits}, {u"conflicts"_s, conflicts}, {u"alignments"_s, alignments}};
            if (!writeFile(stem + u"-a.txt"_s, pair->textA.toUtf8()) || !writeFile(stem + u"-b.txt"_s, pair->textB.toUtf8())
                || !writeFile(stem + u"-expected.json"_s, QJsonDocument(expected).toJson())) {
                std::fprintf(stderr, "pairgen: cannot write %s\n", qPrintable(stem));
                return 1;
            }
            ++written;
        }
    }
    std::printf("pairgen: wrote %d pairs to %s\n", written, qPrintable(output.path()));
    return 0;
}
