// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// `parallax compare` as a script calls it: the JSON contract of design.md, the other
// formats, and the exit codes.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>
#include <tests/testfiles.h>

using namespace Qt::StringLiterals;

namespace
{

struct Output {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Output compare(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(PARALLAX_EXECUTABLE), QStringList {u"compare"_s} + arguments);
    EXPECT_TRUE(process.waitForFinished(120000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << "parallax crashed";
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QString corpusFile(const char *name)
{
    return QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/") + QLatin1StringView(name);
}

// The substring of TEXT between code point offsets START and END.
QString codePointSlice(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> codePoints = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()) + start, end - start);
}

} // namespace

TEST(Compare, jsonOnCorpusArticles_followsTheContract)
{
    const Output output
        = compare({corpusFile("000-russia-plans-to-join-china.md"), corpusFile("001-russia-collaborates-with-brics.md"), u"--format"_s, u"json"_s});
    ASSERT_EQ(output.exitCode, 0) << qPrintable(output.err);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(output.out, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());

    const QString textA = root[u"a"_s][u"text"_s].toString();
    const QString textB = root[u"b"_s][u"text"_s].toString();
    EXPECT_EQ(root[u"a"_s][u"title"_s].toString(), u"Russia plans to join China in challenge to US AI dominance"_s);
    EXPECT_TRUE(root[u"b"_s][u"path"_s].toString().endsWith(u"001-russia-collaborates-with-brics.md"_s));
    EXPECT_FALSE(textA.isEmpty());

    const QJsonArray alignments = root[u"alignments"_s].toArray();
    ASSERT_FALSE(alignments.isEmpty());
    for (const QJsonValue &alignment : alignments) {
        const double score = alignment[u"score"_s].toDouble();
        EXPECT_GT(score, 0.0);
        EXPECT_LE(score, 1.0);
        EXPECT_LT(alignment[u"a"_s][u"start"_s].toInteger(), alignment[u"a"_s][u"end"_s].toInteger());
    }

    const QSet<QString> kinds = {u"money"_s, u"quantity"_s, u"percent"_s, u"rank"_s, u"count"_s, u"multiplier"_s, u"date"_s, u"entity"_s, u"time"_s, u"age"_s};
    const QSet<QString> statuses = {u"agree"_s, u"compatible"_s, u"conflict"_s, u"only_a"_s, u"only_b"_s};
    const QJsonArray claims = root[u"claims"_s].toArray();
    ASSERT_FALSE(claims.isEmpty());
    bool sawRank = false;
    for (const QJsonValue &claim : claims) {
        const QString status = claim[u"status"_s].toString();
        EXPECT_TRUE(kinds.contains(claim[u"kind"_s].toString())) << qPrintable(claim[u"kind"_s].toString());
        EXPECT_TRUE(statuses.contains(status)) << qPrintable(status);
        EXPECT_FALSE(claim[u"explanation"_s].toString().isEmpty());
        EXPECT_EQ(claim[u"a"_s].isNull(), status == "only_b"_L1);
        EXPECT_EQ(claim[u"b"_s].isNull(), status == "only_a"_L1);
        // Every span reads, in code points, exactly the text it claims.
        for (const auto &[side, text] : {std::pair {u"a"_s, textA}, std::pair {u"b"_s, textB}}) {
            const QJsonValue span = claim[side];
            if (span.isNull())
                continue;
            EXPECT_EQ(codePointSlice(text, span[u"start"_s].toInteger(), span[u"end"_s].toInteger()), span[u"text"_s].toString());
            EXPECT_FALSE(span[u"value"_s].toString().isEmpty());
        }
        if (claim[u"kind"_s] == u"rank"_s && claim[u"a"_s][u"text"_s] == u"31st out of 83"_s) {
            sawRank = true;
            EXPECT_EQ(status, u"agree"_s);
            EXPECT_EQ(claim[u"a"_s][u"value"_s].toString(), u"31/83"_s);
            EXPECT_EQ(claim[u"explanation"_s].toString(), u"both: 31st of 83"_s);
        }
    }
    EXPECT_TRUE(sawRank);
}

TEST(Compare, offsetsAreCodePointsAfterCharactersOutsideTheBmp)
{
    QTemporaryDir dir;
    const QString a = writeTestFile(dir, u"a.txt"_s, "\xF0\x9F\x8C\x8D\xF0\x9F\x8C\x8D Russia ranks 31st out of 83 countries in the global index of AI.\n");
    const QString b = writeTestFile(dir, u"b.txt"_s, "Russia ranks 35th out of 83 countries in the global index of AI.\n");
    const Output output = compare({a, b, u"--format=json"_s});
    ASSERT_EQ(output.exitCode, 0) << qPrintable(output.err);
    const QJsonObject root = QJsonDocument::fromJson(output.out).object();
    const QJsonArray claims = root[u"claims"_s].toArray();
    const auto rank = std::find_if(claims.begin(), claims.end(), [](const QJsonValue &claim) {
        return claim[u"kind"_s] == u"rank"_s;
    });
    ASSERT_NE(rank, claims.end());
    EXPECT_EQ((*rank)[u"status"_s].toString(), u"conflict"_s);
    EXPECT_EQ((*rank)[u"explanation"_s].toString(), u"A: 31st of 83 · B: 35th of 83"_s);
    // Two globes, a space and "Russia ranks " come first: 2 + 1 + 13 code points (4 + 1 + 13 in UTF-16).
    EXPECT_EQ((*rank)[u"a"_s][u"start"_s].toInteger(), 16);
    EXPECT_EQ((*rank)[u"a"_s][u"end"_s].toInteger(), 30);
}

TEST(Compare, textFormat_groupsByStatus)
{
    const Output output = compare({corpusFile("001-russia-collaborates-with-brics.md"), corpusFile("003-putin-directs-russia.md")});
    ASSERT_EQ(output.exitCode, 0) << qPrintable(output.err);
    const QString text = QString::fromUtf8(output.out);
    for (const QString &heading : {u"\nConflicts ("_s, u"\nOnly in A ("_s, u"\nOnly in B ("_s, u"\nAgreements ("_s})
        EXPECT_TRUE(text.contains(heading)) << qPrintable(heading);
    EXPECT_TRUE(text.contains(u"both: 21st century"_s));
}

TEST(Compare, htmlFormat_isASelfContainedSideBySidePage)
{
    const Output output
        = compare({corpusFile("000-russia-plans-to-join-china.md"), corpusFile("001-russia-collaborates-with-brics.md"), u"--format"_s, u"html"_s});
    ASSERT_EQ(output.exitCode, 0) << qPrintable(output.err);
    const QString html = QString::fromUtf8(output.out);
    EXPECT_TRUE(html.startsWith(u"<!DOCTYPE html>"_s));
    EXPECT_TRUE(html.contains(u"agree: both: 31st of 83\">31st out of 83</span>"_s)) << "the passage is colored, its tooltip explains";
    EXPECT_TRUE(html.contains(u"<table class=\"claims\""_s)) << "with the claim table";
    EXPECT_TRUE(html.contains(u"<span class=\"junk\""_s));
    // Nothing is fetched: no scripts, links or remote resources.
    for (const QString &remote : {u"<script"_s, u"<link"_s, u"src="_s, u"http://"_s, u"https://"_s})
        EXPECT_FALSE(html.contains(remote)) << qPrintable(remote);
}

TEST(Compare, badArguments_exitWithTwo)
{
    const QString a = corpusFile("000-russia-plans-to-join-china.md");
    for (const QStringList &arguments : {QStringList {a}, QStringList {}, QStringList {a, a, u"--format"_s, u"pdf"_s}, QStringList {u"--bogus"_s, a, a}}) {
        SCOPED_TRACE(arguments.join(u' ').toStdString());
        const Output output = compare(arguments);
        EXPECT_EQ(output.exitCode, 2);
        EXPECT_TRUE(output.out.isEmpty());
        EXPECT_EQ(output.err.count(u'\n'), 1) << qPrintable(output.err);
        EXPECT_TRUE(output.err.startsWith(u"parallax compare: "_s)) << qPrintable(output.err);
    }
}

TEST(Compare, unreadableInput_exitsWithOneAndAOneLineMessage)
{
    QTemporaryDir dir;
    const QString good = corpusFile("000-russia-plans-to-join-china.md");
    struct Case {
        QString path;
        QString message;
    };
    const QString huge = dir.filePath(u"huge.txt"_s);
    {
        QFile file(huge);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(100 * 1024 * 1024)); // 100 MB, sparse
    }
    const Case cases[] = {
        {dir.filePath(u"missing.txt"_s), u"missing.txt does not exist"_s},
        {writeTestFile(dir,
             u"binary.txt"_s,
             QByteArray("\x7f"
                        "ELF\x02\x01\x01\0\0\0",
                 10)),
            u"binary.txt is a binary file, not text"_s},
        {writeTestFile(dir, u"latin1.txt"_s, "na\xefve caf\xe9\n"), u"latin1.txt is not valid UTF-8 text"_s},
        {writeTestFile(dir, u"empty.txt"_s, {}), u"empty.txt is empty"_s},
        {huge, u"huge.txt is too large (100 MiB; the limit is 64 MiB)"_s},
        {writeTestFile(dir, u"nested.html"_s, "<html><body>" + QByteArray("<div>").repeated(100000) + "Five people" + QByteArray("</div>").repeated(100000)),
            u"nested.html nests its elements 100000 levels deep; web pages of more than 2000 levels are not read"_s},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.path.toStdString());
        for (const QStringList &arguments : {QStringList {c.path, good}, QStringList {good, c.path}}) {
            const Output output = compare(arguments);
            EXPECT_EQ(output.exitCode, 1);
            EXPECT_TRUE(output.out.isEmpty());
            EXPECT_EQ(output.err.count(u'\n'), 1) << qPrintable(output.err);
            EXPECT_TRUE(output.err.startsWith(u"parallax compare: "_s + c.message)) << qPrintable(output.err);
        }
    }
}

// A line of a million numbers is no sentence a person wrote: it is compared (no claim
// comes of a number that counts nothing) instead of running for minutes. The 4 MB line
// is timed in compare_bench.
TEST(Compare, aLongLineOfNumbers_isCompared)
{
    QTemporaryDir dir;
    const QString numbers = writeTestFile(dir, u"numbers.txt"_s, QByteArray("1 ").repeated(250000) + "\n");
    const Output output = compare({numbers, numbers, u"--format"_s, u"json"_s});
    ASSERT_EQ(output.exitCode, 0) << qPrintable(output.err);
    const QJsonObject root = QJsonDocument::fromJson(output.out).object();
    EXPECT_TRUE(root[u"claims"_s].toArray().isEmpty());
    EXPECT_EQ(root[u"a"_s][u"text"_s].toString().size(), 500001) << "the text is kept whole";
}

TEST(Compare, threeDocuments_compareEveryPairAndAddTheClaimMatrix)
{
    const QStringList files
        = {corpusFile("000-russia-plans-to-join-china.md"), corpusFile("001-russia-collaborates-with-brics.md"), corpusFile("003-putin-directs-russia.md")};
    const Output output = compare(files + QStringList {u"--format=json"_s});
    ASSERT_EQ(output.exitCode, 0) << qPrintable(output.err);
    const QJsonObject root = QJsonDocument::fromJson(output.out).object();
    ASSERT_EQ(root[u"documents"_s].toArray().size(), 3);
    const QJsonArray comparisons = root[u"comparisons"_s].toArray();
    ASSERT_EQ(comparisons.size(), 3);
    EXPECT_EQ(comparisons.at(2)[u"a"_s].toInt(), 1);
    EXPECT_EQ(comparisons.at(2)[u"b"_s].toInt(), 2);

    const QJsonObject matrix = root[u"matrix"_s].toObject();
    EXPECT_EQ(matrix[u"columns"_s].toArray().size(), 3);
    const QJsonArray rows = matrix[u"rows"_s].toArray();
    const auto rank = std::find_if(rows.begin(), rows.end(), [](const QJsonValue &row) {
        return row[u"kind"_s] == u"rank"_s && row[u"cells"_s][2][u"value"_s] == u"31/83"_s;
    });
    ASSERT_NE(rank, rows.end());
    EXPECT_EQ((*rank)[u"status"_s].toString(), u"agree"_s);
    for (int column = 0; column < 3; ++column)
        EXPECT_EQ((*rank)[u"cells"_s][column][u"text"_s].toString(), u"31st out of 83"_s);
    // "$109 billion" is in 000 and 001 only: a partial row with an empty cell for 003.
    const auto money = std::find_if(rows.begin(), rows.end(), [](const QJsonValue &row) {
        return row[u"kind"_s] == u"money"_s && row[u"cells"_s][0][u"text"_s] == u"$109 billion"_s;
    });
    ASSERT_NE(money, rows.end());
    EXPECT_EQ((*money)[u"status"_s].toString(), u"partial"_s);
    EXPECT_TRUE((*money)[u"cells"_s][2].isNull());
    for (const QJsonValue &row : rows)
        EXPECT_NE(row[u"status"_s].toString(), u"conflict"_s);
}

TEST(Compare, csvFormat_isOneRfc4180RowPerClaim_withCodePointOffsets)
{
    const QString a = corpusFile("000-russia-plans-to-join-china.md");
    const QString b = corpusFile("001-russia-collaborates-with-brics.md");
    const Output csv = compare({a, b, u"--format"_s, u"csv"_s});
    ASSERT_EQ(csv.exitCode, 0) << qPrintable(csv.err);
    const QJsonArray claims = QJsonDocument::fromJson(compare({a, b, u"--format"_s, u"json"_s}).out).object().value(u"claims"_s).toArray();
    const QStringList rows = QString::fromUtf8(csv.out).split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), claims.size() + 1);
    EXPECT_EQ(rows.first(), u"kind,status,a_text,a_start,a_end,b_text,b_start,b_end,explanation"_s);
    // Every claim's A side is in its row with the offsets of the JSON contract.
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const QJsonObject claim = claims.at(i).toObject();
        if (!claim.value(u"a"_s).isObject() || claim.value(u"a"_s).toObject().value(u"text"_s).toString().contains(u','))
            continue;
        const QJsonObject sideA = claim.value(u"a"_s).toObject();
        const QString expected
            = u"%1,%2,%3,%4,%5,"_s.arg(claim.value(u"kind"_s).toString(), claim.value(u"status"_s).toString(), sideA.value(u"text"_s).toString())
                  .arg(sideA.value(u"start"_s).toInteger())
                  .arg(sideA.value(u"end"_s).toInteger());
        EXPECT_TRUE(rows.at(i + 1).startsWith(expected)) << qPrintable(rows.at(i + 1)) << " / " << qPrintable(expected);
    }
    EXPECT_EQ(compare({a, b, a, u"--format"_s, u"csv"_s}).exitCode, 2);
}
