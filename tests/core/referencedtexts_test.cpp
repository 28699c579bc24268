// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// An annotation file is someone else's work: the files it names are never read unless
// the user asked for the texts beside it, and then only inside its folder. Each hostile
// reference leaves the library as it was and says why.
#include <core/exchange/exchangeimport.h>
#include <core/import/readablefolder.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>
#include <tests/testfiles.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

// One tagging annotation on SOURCE, quoting "root".
QByteArray annotationOn(const QString &source)
{
    return QByteArray(R"({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
 "first": {"type": "AnnotationPage", "items": [
  {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:x:1", "type": "Annotation",
   "body": {"type": "TextualBody", "value": "x", "purpose": "tagging"},
   "target": {"type": "SpecificResource", "source": "SOURCE",
              "selector": [{"type": "TextQuoteSelector", "exact": "root"}]}}]}})")
        .replace("SOURCE", source.toUtf8());
}

class ReferencedTextsTest : public ::testing::TestWithParam<ExchangeImport::TextReading>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_library.filePath(u"library.sqlite"_s)));
        ASSERT_TRUE(QDir(m_shared.path()).mkpath(u"project/texts"_s));
        m_secret = writeTestFile(m_private, u"config"_s, "Host work\n  User root\n  IdentityFile ~/.ssh/id_root\n");
    }

    QString project() const { return m_shared.filePath(u"project"_s); }

    // Imports an annotation file in the project folder that names SOURCE, and expects
    // it to have changed nothing, saying why: the annotation left out, or the whole file
    // refused (W3C sources must be IRIs, so "../x" is refused as not one).
    void expectNothingReadFor(const QString &source)
    {
        const QString file = writeTestFile(m_shared, u"project/evil.jsonld"_s, annotationOn(source));
        const auto imported = ExchangeImport::importFile(m_store, file, ImportFormats(), GetParam());
        if (!imported) {
            EXPECT_TRUE(imported.error().message.contains(u"is not an IRI"_s)) << qPrintable(imported.error().message);
        } else {
            const AnnotationImportReport &report = *imported;
            EXPECT_EQ(report.annotations, 0) << qPrintable(source);
            EXPECT_EQ(report.articles, 0) << qPrintable(source);
            EXPECT_EQ(report.tags, 0) << qPrintable(source);
            ASSERT_EQ(report.skipped.size(), 1) << qPrintable(source);
            EXPECT_TRUE(report.skipped.first().contains(u"import the text first"_s)) << qPrintable(report.skipped.first());
        }
        EXPECT_TRUE(m_store.articles()->isEmpty()) << qPrintable(source);
        EXPECT_TRUE(m_store.annotations()->isEmpty()) << qPrintable(source);
        EXPECT_TRUE(m_store.tags()->isEmpty()) << qPrintable(source);
        EXPECT_TRUE(ExchangeImport::textsBeside(m_store, file).isEmpty()) << qPrintable(source);
    }

    QTemporaryDir m_library;
    QTemporaryDir m_shared;
    QTemporaryDir m_private;
    QString m_secret;
    Store m_store;
};

} // namespace

TEST_P(ReferencedTextsTest, theSystemsPasswordFile_isNotRead)
{
    expectNothingReadFor(u"file:///etc/passwd"_s);
}

TEST_P(ReferencedTextsTest, aPrivateFileElsewhere_isNotRead)
{
    expectNothingReadFor(QUrl::fromLocalFile(m_secret).toString());
    expectNothingReadFor(u"file:///root/.ssh/config"_s);
    expectNothingReadFor(m_secret); // a bare absolute path
}

TEST_P(ReferencedTextsTest, theProcessEnvironment_isNotRead)
{
    expectNothingReadFor(u"file:///proc/self/environ"_s);
}

TEST_P(ReferencedTextsTest, aRelativePathOutOfTheFolder_isNotRead)
{
    const QString relative = QDir(project()).relativeFilePath(m_secret);
    ASSERT_TRUE(relative.startsWith(u"../../"_s)) << qPrintable(relative);
    expectNothingReadFor(relative);
}

TEST_P(ReferencedTextsTest, aLinkInTheFolderPointingOutOfIt_isNotRead)
{
    ASSERT_TRUE(QFile::link(m_secret, m_shared.filePath(u"project/texts/article.md"_s)));
    expectNothingReadFor(QUrl::fromLocalFile(m_shared.filePath(u"project/texts/article.md"_s)).toString());
}

TEST_P(ReferencedTextsTest, aFileIriWithPercentEncodedDots_isNotRead)
{
    const QString climb = QUrl::fromLocalFile(project()).toString() + u"/texts/%2E%2E/%2e%2e"_s;
    const QString target = climb + QDir(m_shared.path()).relativeFilePath(m_secret).replace(u".."_s, u"%2E%2E"_s).prepend(u'/');
    expectNothingReadFor(target);
    expectNothingReadFor(climb + u"/%2E%2E/%2E%2E/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd"_s);
}

INSTANTIATE_TEST_SUITE_P(WithAndWithoutTexts,
    ReferencedTextsTest,
    ::testing::Values(ExchangeImport::TextReading::LibraryOnly, ExchangeImport::TextReading::FilesBesideTheAnnotations),
    [](const auto &info) {
        return info.param == ExchangeImport::TextReading::LibraryOnly ? std::string("libraryOnly") : std::string("withTexts");
    });

TEST(ReferencedTexts, aTextBesideTheAnnotations_isReadOnlyWhenAskedFor)
{
    QTemporaryDir library;
    QTemporaryDir shared;
    Store store;
    ASSERT_TRUE(store.open(library.filePath(u"library.sqlite"_s)));
    ASSERT_TRUE(QDir(shared.path()).mkpath(u"texts"_s));
    const QString text = writeTestFile(shared, u"texts/minutes.txt"_s, "The root of the problem was the budget.\n");
    const QString file = writeTestFile(shared, u"notes.jsonld"_s, annotationOn(QUrl::fromLocalFile(text).toString()));

    EXPECT_EQ(ExchangeImport::textsBeside(store, file), QStringList {QFileInfo(text).canonicalFilePath()});
    const auto refused = ExchangeImport::importFile(store, file, ImportFormats());
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->annotations, 0);
    EXPECT_TRUE(store.articles()->isEmpty());

    const auto read = ExchangeImport::importFile(store, file, ImportFormats(), ExchangeImport::TextReading::FilesBesideTheAnnotations);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->articles, 1);
    EXPECT_EQ(read->annotations, 1);
    ASSERT_EQ(store.annotations()->size(), 1);
    EXPECT_EQ(store.annotations()->first().anchor.exact, u"root"_s);
    EXPECT_TRUE(ExchangeImport::textsBeside(store, file).isEmpty()) << "the library has it now";

    // Once in the library, the text is found there without reading anything.
    const auto again = ExchangeImport::importFile(store, file, ImportFormats());
    EXPECT_EQ(again->annotations, 1);
    EXPECT_EQ(again->articles, 0);
}

TEST(ReadableFolder, resolvesOnlyExistingFilesInside)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkpath(u"a/b"_s));
    const QString inside = writeTestFile(dir, u"a/b/x.md"_s, "x");
    const ReadableFolder folder(dir.filePath(u"a"_s));
    EXPECT_EQ(folder.resolve(u"b/x.md"_s), QFileInfo(inside).canonicalFilePath());
    EXPECT_EQ(folder.resolve(QUrl::fromLocalFile(inside).toString()), QFileInfo(inside).canonicalFilePath());
    EXPECT_EQ(folder.resolve(u"b/../b/x.md"_s), QFileInfo(inside).canonicalFilePath());
    EXPECT_FALSE(folder.resolve(u"b/missing.md"_s));
    EXPECT_FALSE(folder.resolve(u"b"_s)) << "a folder is not a text";
    EXPECT_FALSE(folder.resolve(u"urn:uuid:0d5ab52c-1f8a-4d0e-9d9a-3c1f3c1f3c1f"_s));
    EXPECT_FALSE(folder.resolve(u"http://example.org/b/x.md"_s));
    EXPECT_FALSE(ReadableFolder(dir.filePath(u"missing"_s)).resolve(inside));
    EXPECT_FALSE(ReadableFolder(dir.filePath(u"a/b"_s)).contains(dir.filePath(u"a"_s)));
    // A sibling whose name starts like the folder's is not inside it.
    ASSERT_TRUE(QDir(dir.path()).mkpath(u"ab"_s));
    const QString sibling = writeTestFile(dir, u"ab/y.md"_s, "y");
    EXPECT_FALSE(folder.contains(sibling));
}
