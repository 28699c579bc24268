// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/import/corpus.h>
#include <core/text/sourcetext.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>
#include <tests/testfiles.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

QString bundledCorpusDir()
{
    return QStringLiteral(PARALLAX_SOURCE_DIR "/corpus");
}

} // namespace

TEST(Corpus, loadBundled_readsAllFourArticlesWithoutErrors)
{
    const Corpus corpus = Corpus::load(bundledCorpusDir());
    EXPECT_TRUE(corpus.errors().isEmpty()) << qPrintable(corpus.errors().join(u'\n'));
    ASSERT_EQ(corpus.documents().size(), 4);
}

TEST(Corpus, loadBundled_readsTitlesAndFrontMatterFields)
{
    const Corpus corpus = Corpus::load(bundledCorpusDir());
    ASSERT_EQ(corpus.documents().size(), 4);
    const QList<Document> &documents = corpus.documents();

    struct Expected {
        QString title;
        QString outlet;
        QDate published;
        QString originalFile;
    };
    const Expected expected[] = {
        {u"Russia plans to join China in challenge to US AI dominance"_s, {}, {}, u"000_b4cadb93ebb6f281.txt"_s},
        {u"Russia collaborates with BRICS to establish an AI alliance, according to Putin"_s, u"Defence Talks"_s, {}, u"001_93f4aeba23e3ae0c.txt"_s},
        {u"Unleashing the Power of AI: The Russia-China Alliance That Could Change Everything"_s, {}, QDate(2025, 2, 6), u"002_a6efdd55eed48b25.txt"_s},
        {u"Putin Directs Russia to Strengthen AI Corporation With China"_s, {}, {}, u"003_71402c0976a1aaa4.txt"_s},
    };
    for (int i = 0; i < 4; ++i) {
        SCOPED_TRACE(i);
        const DocumentMetadata &metadata = documents.at(i).metadata;
        EXPECT_EQ(metadata.title, expected[i].title);
        EXPECT_EQ(metadata.outlet, expected[i].outlet);
        EXPECT_EQ(metadata.published, expected[i].published);
        EXPECT_EQ(metadata.originalFileName, expected[i].originalFile);
        EXPECT_EQ(metadata.language, u"en"_s);
    }
}

// The corpus keeps the sources verbatim: each body is its seed file, character for character.
TEST(Corpus, loadBundled_bodiesEqualTheSeedText)
{
    const QDir seeds(QStringLiteral(PARALLAX_SEEDS_DIR));
    if (!seeds.exists())
        GTEST_SKIP() << "the seeds are not beside the checkout: " << qPrintable(seeds.path());
    const Corpus corpus = Corpus::load(bundledCorpusDir());
    ASSERT_EQ(corpus.documents().size(), 4);
    for (const Document &document : corpus.documents()) {
        SCOPED_TRACE(qPrintable(document.metadata.originalFileName));
        QFile seed(seeds.filePath(document.metadata.originalFileName));
        ASSERT_TRUE(seed.open(QIODevice::ReadOnly));
        const QString seedText = QString::fromUtf8(seed.readAll());
        EXPECT_EQ(document.text, seedText);
        // The seeds are already NFC with '\n' endings; so the normalization kept them as they are.
        EXPECT_EQ(SourceText::normalize(seedText), seedText);
    }
}

TEST(Corpus, loadMissingFolder_reportsItAndHasNoDocuments)
{
    const Corpus corpus = Corpus::load(u"/nonexistent/parallax-corpus"_s);
    EXPECT_TRUE(corpus.documents().isEmpty());
    ASSERT_EQ(corpus.errors().size(), 1);
    EXPECT_TRUE(corpus.errors().constFirst().contains(u"does not exist"_s)) << qPrintable(corpus.errors().constFirst());
}

TEST(Corpus, loadFolderWithBadFiles_keepsTheGoodOnesAndNamesTheBadOnes)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    writeTestFile(dir, u"a-good.md"_s, "---\ntitle: Good\n---\nBody text.\n");
    writeTestFile(dir, u"b-binary.md"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    writeTestFile(dir, u"c-latin1.markdown"_s, "caf\xe9 au lait\n");
    writeTestFile(dir, u"d-not-an-article.txt"_s, "not looked at");

    const Corpus corpus = Corpus::load(dir.path());
    ASSERT_EQ(corpus.documents().size(), 1);
    EXPECT_EQ(corpus.documents().constFirst().metadata.title, u"Good"_s);
    ASSERT_EQ(corpus.errors().size(), 2);
    EXPECT_TRUE(corpus.errors().at(0).startsWith(u"b-binary.md "_s)) << qPrintable(corpus.errors().at(0));
    EXPECT_TRUE(corpus.errors().at(1).startsWith(u"c-latin1.markdown "_s)) << qPrintable(corpus.errors().at(1));
}

TEST(Corpus, locateBundled_findsShareFolderBesideBin)
{
    QTemporaryDir prefix;
    ASSERT_TRUE(prefix.isValid());
    QDir(prefix.path()).mkpath(u"bin"_s);
    EXPECT_TRUE(Corpus::locateBundled(prefix.filePath(u"bin"_s)).isEmpty());

    QDir(prefix.path()).mkpath(u"share/parallax/corpus"_s);
    EXPECT_EQ(Corpus::locateBundled(prefix.filePath(u"bin"_s)), QDir::cleanPath(prefix.filePath(u"share/parallax/corpus"_s)));
}
