// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// Importing a folder of articles, recursively, into a library: what comes in, what is
// skipped and why, cancelling, and importing the same folder again.
#include <core/exchange/folderimport.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>
#include <tests/slowpdfreader.h>
#include <tests/testfiles.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

QByteArray seed(const char *name)
{
    QFile file(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/") + QLatin1StringView(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class FolderImportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_dir.filePath(u"library.sqlite"_s)));
        ASSERT_TRUE(QDir(m_dir.path()).mkpath(u"articles/2025/february"_s));
        ASSERT_TRUE(QDir(m_dir.path()).mkpath(u"articles/.cache"_s));
        write(u"articles/000.md"_s, seed("000-russia-plans-to-join-china.md"));
        write(u"articles/2025/001.md"_s, seed("001-russia-collaborates-with-brics.md"));
        write(u"articles/2025/february/page.html"_s,
            "<html><head><title>Budget</title></head><body><article><p>The council approved 12 schools.</p></article></body></html>");
        write(u"articles/2025/february/notes.txt"_s, "Call the press office on Monday.\n");
        write(u"articles/photo.jpg"_s, QByteArray("\xff\xd8\xff\xe0", 4) + QByteArray(64, '\0'));
        write(u"articles/2025/broken.txt"_s, "caf\xe9 au lait\n"); // Latin-1, not UTF-8
        write(u"articles/annotations.jsonld"_s, "{}");
        write(u"articles/.cache/hidden.md"_s, "# Hidden\n\nNot to be imported.\n");
        write(u"articles/.DS_Store"_s, "junk");
    }

    void write(const QString &name, const QByteArray &bytes) { writeTestFile(m_dir, name, bytes); }
    QString folder() const { return m_dir.filePath(u"articles"_s); }

    QTemporaryDir m_dir;
    Store m_store;
};

} // namespace

TEST_F(FolderImportTest, importsTheArticlesOfEverySubfolder_andSaysWhatItSkippedAndWhy)
{
    const FolderImportReport report = FolderImport::run(m_store, folder(), ImportFormats());
    EXPECT_EQ(report.added, 4);
    EXPECT_EQ(m_store.articles()->size(), 4);
    EXPECT_FALSE(report.cancelled);
    ASSERT_EQ(report.skipped.size(), 3) << "hidden files and folders are left out without a word";
    QStringList reasons;
    for (const FolderImportReport::Skipped &skipped : report.skipped)
        reasons.append(skipped.reason);
    EXPECT_TRUE(reasons.at(0).startsWith(u"broken.txt is not valid UTF-8"_s)) << qPrintable(reasons.at(0));
    EXPECT_EQ(reasons.at(1), u"annotations.jsonld holds annotations, not an article: use Import Annotations for it"_s);
    EXPECT_EQ(reasons.at(2), u"photo.jpg is not a document Parallax reads (Markdown, plain text, web page, PDF)"_s);
    EXPECT_EQ(report.summary(), u"4 articles added; 3 files skipped"_s);
}

TEST_F(FolderImportTest, aLinkToAFileOutsideTheFolder_isNotRead_whileALinkInsideIs)
{
    QTemporaryDir outside;
    const QString secret = writeTestFile(outside, u"secret.txt"_s, "The private key is under the mat.\n");
    ASSERT_TRUE(QFile::link(secret, m_dir.filePath(u"articles/2025/escape.txt"_s)));
    ASSERT_TRUE(QFile::link(m_dir.filePath(u"articles/000.md"_s), m_dir.filePath(u"articles/2025/same.md"_s)));
    const FolderImportReport report = FolderImport::run(m_store, folder(), ImportFormats());
    EXPECT_EQ(report.added, 4) << "the link inside the folder reads an article already in";
    EXPECT_EQ(report.unchanged, 1);
    QStringList reasons;
    for (const FolderImportReport::Skipped &skipped : report.skipped)
        reasons.append(skipped.reason);
    EXPECT_TRUE(reasons.contains(u"escape.txt is a link to a file outside the folder, so it is not read"_s)) << qPrintable(reasons.join(u'\n'));
    for (const StoredArticle &article : *m_store.articles())
        EXPECT_FALSE(m_store.article(article.id)->document.text.contains(u"private key"_s));
}

TEST_F(FolderImportTest, reportsProgressForEveryFile_andCancelKeepsWhatIsIn)
{
    QList<int> seen;
    int total = 0;
    const FolderImportReport report = FolderImport::run(m_store, folder(), ImportFormats(), [&](int done, int of, const QString &) {
        if (seen.isEmpty() || seen.last() != done) // a slow read is reported more than once
            seen.append(done);
        total = of;
        return done < 2; // cancel before the third file
    });
    EXPECT_EQ(total, 7);
    EXPECT_EQ(seen, (QList<int> {0, 1, 2}));
    EXPECT_TRUE(report.cancelled);
    EXPECT_EQ(report.added, 2) << "000.md and 2025/001.md, in path order";
    EXPECT_EQ(m_store.articles()->size(), 2);
    EXPECT_TRUE(report.summary().endsWith(u"(cancelled)"_s));
}

TEST_F(FolderImportTest, importingTheSameFolderAgain_addsNothing)
{
    FolderImport::run(m_store, folder(), ImportFormats());
    const FolderImportReport again = FolderImport::run(m_store, folder(), ImportFormats());
    EXPECT_EQ(again.added, 0);
    EXPECT_EQ(again.unchanged, 4);
    EXPECT_EQ(m_store.articles()->size(), 4);
}

TEST_F(FolderImportTest, aFolderThatIsNotThere_importsNothing)
{
    const FolderImportReport report = FolderImport::run(m_store, m_dir.filePath(u"nowhere"_s), ImportFormats());
    EXPECT_EQ(report.added, 0);
    EXPECT_TRUE(report.skipped.isEmpty());
    EXPECT_EQ(report.summary(), u"0 articles added"_s);
}

TEST_F(FolderImportTest, aSlowFile_isReadOnAWorkerThread_whileTheCallerHearsProgress)
{
    const Testing::SlowPdfReader reader(std::chrono::milliseconds(400));
    write(u"articles/2025/report.pdf"_s, "%PDF-1.4 stand-in: the reader above does not look");
    const QStringList files = FolderImport::filesIn(folder());
    const int slowFile = int(files.indexOf(m_dir.filePath(u"articles/2025/report.pdf"_s)));
    ASSERT_GE(slowFile, 0);

    int callsDuringTheSlowFile = 0;
    const FolderImportReport report = FolderImport::run(m_store, folder(), reader.formats(), [&](int done, int, const QString &) {
        callsDuringTheSlowFile += done == slowFile;
        return true;
    });
    EXPECT_EQ(report.added, 5);
    ASSERT_NE(reader.thread(), nullptr);
    EXPECT_NE(reader.thread(), QThread::currentThread());
    // Once before it, then every 50 ms of the 400 ms read (fewer on a busy machine).
    EXPECT_GE(callsDuringTheSlowFile, 2);
}

TEST_F(FolderImportTest, cancelWhileAFileIsRead_leavesThatFileOut)
{
    const Testing::SlowPdfReader reader(std::chrono::milliseconds(400));
    write(u"articles/001-second.pdf"_s, "%PDF-1.4 stand-in");
    int calls = 0;
    const FolderImportReport report = FolderImport::run(m_store, folder(), reader.formats(), [&](int, int, const QString &path) {
        return !(path.endsWith(u"001-second.pdf"_s) && ++calls == 2); // Cancel once its read is under way
    });
    EXPECT_TRUE(report.cancelled);
    EXPECT_EQ(report.added, 1) << "000.md, which comes before; not the PDF being read";
    ASSERT_EQ(m_store.articles()->size(), 1);
    EXPECT_NE(m_store.articles()->at(0).document.metadata.title, u"A long report"_s);
}
