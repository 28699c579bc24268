// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/import/importformats.h>
#include <core/text/sourcetext.h>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>
#include <tests/testfiles.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

class DocumentImporterTest : public ::testing::Test
{
protected:
    QString write(const QString &name, const QByteArray &bytes) { return writeTestFile(m_dir, name, bytes); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(DocumentImporterTest, importMarkdown_readsFrontMatterAndBody)
{
    const ImportResult result = ImportFormats().importFile(write(u"article.md"_s, "---\ntitle: Headline\noutlet: Wire\n---\nBody.\r\n"));
    ASSERT_TRUE(result.has_value()) << qPrintable(result.error().message);
    EXPECT_EQ(result->document.metadata.title, u"Headline"_s);
    EXPECT_EQ(result->document.metadata.outlet, u"Wire"_s);
    EXPECT_EQ(result->document.text, u"Body.\n"_s);
    EXPECT_EQ(result->document.path, m_dir.filePath(u"article.md"_s));
}

TEST_F(DocumentImporterTest, importMarkdownWithoutTitle_usesFirstHeading)
{
    const ImportResult result = ImportFormats().importFile(write(u"notes.markdown"_s, "Intro\n\n## The Real Title ##\ntext\n"));
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->document.metadata.title, u"The Real Title"_s);
}

TEST_F(DocumentImporterTest, importPlainText_isNamedByItsFile)
{
    const ImportResult result = ImportFormats().importFile(write(u"saved page.txt"_s, "×\nHeadline\n"));
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->document.metadata.title, u"saved page"_s);
    EXPECT_EQ(result->document.metadata.originalFileName, u"saved page.txt"_s);
    EXPECT_EQ(result->document.text, u"×\nHeadline\n"_s);
}

TEST_F(DocumentImporterTest, importMissingFile_saysItDoesNotExist)
{
    const ImportResult result = ImportFormats().importFile(m_dir.filePath(u"nowhere.md"_s));
    EXPECT_FALSE(result.has_value());
    EXPECT_EQ(result.error().message, u"nowhere.md does not exist"_s);
}

TEST_F(DocumentImporterTest, importFolder_saysItIsAFolder)
{
    const ImportResult result = ImportFormats().importFile(m_dir.path());
    EXPECT_FALSE(result.has_value());
    EXPECT_TRUE(result.error().message.endsWith(u" is a folder, not a file"_s)) << qPrintable(result.error().message);
}

TEST_F(DocumentImporterTest, importBinaryFile_saysItIsBinary)
{
    const ImportResult result = ImportFormats().importFile(write(u"photo.txt"_s, QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11)));
    EXPECT_FALSE(result.has_value());
    EXPECT_EQ(result.error().message, u"photo.txt is a binary file, not text"_s);
}

TEST_F(DocumentImporterTest, importInvalidUtf8_saysSo)
{
    const ImportResult result = ImportFormats().importFile(write(u"latin1.md"_s, "---\ntitle: Caf\xE9\n---\n"));
    EXPECT_FALSE(result.has_value());
    EXPECT_TRUE(result.error().message.startsWith(u"latin1.md is not valid UTF-8 text"_s)) << qPrintable(result.error().message);
}

TEST_F(DocumentImporterTest, importEmptyFile_saysItIsEmpty)
{
    const ImportResult result = ImportFormats().importFile(write(u"empty.md"_s, {}));
    EXPECT_FALSE(result.has_value());
    EXPECT_EQ(result.error().message, u"empty.md is empty"_s);
}

TEST_F(DocumentImporterTest, importBrokenFrontMatter_namesTheFileAndProblem)
{
    const ImportResult result = ImportFormats().importFile(write(u"broken.md"_s, "---\ntitle: [unbalanced\n---\nbody\n"));
    EXPECT_FALSE(result.has_value());
    EXPECT_TRUE(result.error().message.startsWith(u"broken.md has a front matter that is not valid YAML"_s)) << qPrintable(result.error().message);
}

TEST_F(DocumentImporterTest, importHugeFile_isRefusedWithoutReadingIt)
{
    const QString path = m_dir.filePath(u"huge.txt"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    // A sparse file: the size is what counts, and writing 64 MiB would only slow the test.
    ASSERT_TRUE(file.resize(SourceText::MaximumFileSize + 1));
    file.close();
    const ImportResult result = ImportFormats().importFile(path);
    EXPECT_FALSE(result.has_value());
    EXPECT_EQ(result.error().message, u"huge.txt is too large (65 MiB; the limit is 64 MiB)"_s);
}

TEST_F(DocumentImporterTest, aPdf_withoutThePdfImporter_isRefusedAsPdf_notAsBinary)
{
    // core alone cannot read PDF (core/pdf can, and the application installs it).
    for (const QString &name : {u"report.pdf"_s, u"report.bin"_s}) {
        const ImportResult result = ImportFormats().importFile(write(name, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"));
        ASSERT_FALSE(result.has_value());
        EXPECT_EQ(result.error().message, name + u" is a PDF file, and this build of Parallax cannot read PDF"_s);
    }
}

TEST_F(DocumentImporterTest, aFormatGivenAReader_readsItsFiles_byTheirBeginningWhateverTheirName)
{
    ImportFormats formats;
    EXPECT_FALSE(formats.filePatterns().contains(u"*.pdf"_s)) << "a file dialog offers only what can be read";
    EXPECT_TRUE(formats.recognizes(u"report.PDF"_s)) << "a folder import names why a PDF was left out";
    EXPECT_FALSE(formats.recognizes(u"photo.jpg"_s));
    EXPECT_FALSE(formats.setReader(QLatin1StringView("EPUB"), {}));

    QStringList readPaths;
    ASSERT_TRUE(formats.setReader(ImportFormats::Pdf, [&readPaths](const QString &path, const QByteArray &bytes) {
        readPaths << path;
        Document document;
        document.path = path;
        document.text = QString::fromLatin1(bytes.left(8)) + u'\n';
        return ImportResult::success(document);
    }));
    EXPECT_TRUE(formats.filePatterns().contains(u"*.pdf"_s));
    const QString misnamed = write(u"report.txt"_s, "%PDF-1.4 body");
    const ImportResult result = formats.importFile(misnamed);
    ASSERT_TRUE(result.has_value()) << qPrintable(result.error().message);
    EXPECT_EQ(result->document.text, u"%PDF-1.4\n"_s);
    EXPECT_EQ(readPaths, QStringList {misnamed});
    // Another registry is not changed: nothing is global.
    EXPECT_FALSE(ImportFormats().importFile(misnamed).has_value());
}

TEST_F(DocumentImporterTest, aFileOfNoKnownSuffix_isReadAsText)
{
    const ImportResult result = ImportFormats().importFile(write(u"notes.log"_s, "Council met on Monday.\n"));
    ASSERT_TRUE(result.has_value()) << qPrintable(result.error().message);
    EXPECT_EQ(result->document.text, u"Council met on Monday.\n"_s);
}
