// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// REFI-QDA: project.qde of the fixture library against its golden file (the ctest
// refiqda_export_schema validates that file with xmllint), the round trip into an
// empty library, the ATLAS.ti sample, and hostile archives.
#include <core/exchange/exchangeimport.h>
#include <core/exchange/refiqda.h>

#include <QDir>

#include <tests/core/fixturelibrary.h>
#include <tests/storeassertions.h>
#include <tests/testfiles.h>

namespace
{

const QString RefiData = QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/refi-qda");
const QString Hostile = QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/hostile/");
const QDateTime Generated(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::UTC);

class RefiQdaTest : public FixtureLibrary
{
protected:
    void SetUp() override
    {
        FixtureLibrary::SetUp();
        ASSERT_TRUE(m_store.setTagColor(*m_store.tagIdForPath(u"Economy"_s), u"#1f77b4"_s));
        ASSERT_TRUE(m_store.setTagDescription(*m_store.tagIdForPath(u"Economy"_s), u"Money & markets"_s));
    }

    QString exportArchive()
    {
        const auto project = RefiQda::exportProject(m_store, ExportScope::library(), {u"Ada Reporter"_s, Generated});
        EXPECT_TRUE(project);
        const auto zipped = RefiQda::zip(*project);
        EXPECT_TRUE(zipped);
        const QString path = m_dir.filePath(u"library.qdpx"_s);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(*zipped);
        return path;
    }
};

} // namespace

TEST_F(RefiQdaTest, projectXml_matchesTheGolden)
{
    const auto project = RefiQda::exportProject(m_store, ExportScope::library(), {u"Ada Reporter"_s, Generated});
    ASSERT_TRUE(project);
    expectGolden(u"project.qde"_s, StoreResult<QByteArray>(project->projectXml));
    ASSERT_EQ(project->sources.size(), 2);
    EXPECT_TRUE(project->sources.first().first.startsWith(u"sources/"_s));
    EXPECT_EQ(QString::fromUtf8(project->sources.first().second), m_texts.at(0));
}

TEST_F(RefiQdaTest, exportThenImportIntoAnEmptyLibrary_keepsCodesSelectionsAndNotes)
{
    const QString archive = exportArchive();
    Store empty;
    ASSERT_TRUE(empty.open(m_dir.filePath(u"empty.sqlite"_s)));
    const auto imported = ExchangeImport::importFile(empty, archive, ImportFormats());
    ASSERT_TRUE(imported.has_value()) << qPrintable(imported.error().message);
    const auto &report = *imported;
    EXPECT_EQ(report.annotations, 4);
    EXPECT_EQ(report.articles, 2);
    EXPECT_TRUE(report.skipped.isEmpty()) << qPrintable(report.skipped.join(u'\n'));
    EXPECT_EQ(keptAnnotations(empty), keptAnnotations(m_store));
    // The tag of a whole article travels as a coding of its source.
    EXPECT_EQ(report.articleTags, 1);
    ASSERT_EQ(keptArticleTags(m_store).size(), 1);
    EXPECT_EQ(keptArticleTags(empty), keptArticleTags(m_store));
    const auto economy = empty.tag(*empty.tagIdForPath(u"Economy"_s));
    EXPECT_EQ(economy->color, u"#1f77b4"_s);
    EXPECT_EQ(economy->description, u"Money & markets"_s);
    ASSERT_TRUE(empty.tagIdForPath(u"Economy/Banks, state-owned"_s));
    // The texts are the archive's: the articles carry the source names as titles.
    const QList<StoredArticle> articles = *empty.articles();
    ASSERT_EQ(articles.size(), 2);
    EXPECT_TRUE(articles.first().document.path.startsWith(archive + u'#')) << qPrintable(articles.first().document.path);
}

TEST_F(RefiQdaTest, eachSelection_namesTheCoderWhoMadeIt_andTheImportKeepsThem)
{
    // Two coders' annotations beside the fixture's, which recorded none.
    for (const auto &[id, coder, quote] : {std::tuple {10, u"Ben Fact-Checker"_s, u"Sberbank"_s}, std::tuple {11, u"Ana Coder"_s, u"Vladimir Putin"_s}}) {
        Annotation annotation;
        annotation.id = id;
        annotation.articleId = m_articles.at(0);
        const qsizetype start = m_texts.at(0).indexOf(quote);
        ASSERT_GE(start, 0);
        annotation.anchor = TextAnchor::capture(m_texts.at(0), {start, start + quote.size()});
        annotation.tagIds.append(*m_store.ensureTagPath(u"Checked"_s));
        annotation.note = u"by "_s + coder;
        annotation.created = annotation.modified = Generated;
        annotation.coder = coder;
        ASSERT_TRUE(Testing::succeeded(m_store.restoreAnnotation(annotation)));
    }
    const auto project = RefiQda::exportProject(m_store, ExportScope::library(), {u"Ada Reporter"_s, Generated});
    ASSERT_TRUE(project);
    const QString xml = QString::fromUtf8(project->projectXml);
    // The export's author first, then the coders; each user once.
    const qsizetype ada = xml.indexOf(u"name=\"Ada Reporter\""_s);
    const qsizetype ana = xml.indexOf(u"name=\"Ana Coder\""_s);
    const qsizetype ben = xml.indexOf(u"name=\"Ben Fact-Checker\""_s);
    ASSERT_TRUE(ada >= 0 && ana > ada && ben > ana) << qPrintable(xml.left(1200));
    EXPECT_EQ(xml.count(u"<User "_s), 3);

    const QString archive = exportArchive();
    Store empty;
    ASSERT_TRUE(empty.open(m_dir.filePath(u"empty.sqlite"_s)));
    const auto imported = ExchangeImport::importFile(empty, archive, ImportFormats());
    ASSERT_TRUE(imported.has_value()) << qPrintable(imported.error().message);
    QMap<QString, QString> coderOfNote;
    for (const Annotation &annotation : *empty.annotations())
        coderOfNote.insert(annotation.note, annotation.coder);
    EXPECT_EQ(coderOfNote.value(u"by Ben Fact-Checker"_s), u"Ben Fact-Checker"_s);
    EXPECT_EQ(coderOfNote.value(u"by Ana Coder"_s), u"Ana Coder"_s);
    EXPECT_EQ(coderOfNote.value(u"Opening line"_s), u"Ada Reporter"_s) << "work with no coder recorded is the author's";
    EXPECT_EQ(empty.coders(), (QStringList {u"Ada Reporter"_s, u"Ana Coder"_s, u"Ben Fact-Checker"_s}));
}

TEST(RefiQdaRead, theAtlasTiSample_readsItsCodes_andSaysItsTextsAreMissing)
{
    const auto read = RefiQda::readArchive(RefiData + u"/samples/sky-loom-refi-qda/TestProject.qdpx"_s);
    ASSERT_TRUE(read.has_value()) << qPrintable(read.error().message);
    const auto &project = *read;
    EXPECT_EQ(project.tags.size(), 14);
    const auto diet = std::find_if(project.tags.cbegin(), project.tags.cend(), [](const ExchangedTag &tag) {
        return tag.path == u"Coke::diet Coke"_s;
    });
    ASSERT_NE(diet, project.tags.cend());
    EXPECT_EQ(diet->color, u"#966450"_s);
    EXPECT_EQ(diet->description, u"non sucré"_s);
    EXPECT_TRUE(project.annotations.isEmpty()) << "its Sources folder is empty";
    EXPECT_TRUE(project.leftOut.join(u'\n').contains(u"its text is not in the archive"_s)) << qPrintable(project.leftOut.join(u'\n'));
    EXPECT_TRUE(project.leftOut.join(u'\n').contains(u"PDFSource"_s));

    QTemporaryDir dir;
    Store store;
    ASSERT_TRUE(store.open(dir.filePath(u"library.sqlite"_s)));
    const auto imported = ExchangeImport::importFile(store, RefiData + u"/samples/sky-loom-refi-qda/TestProject.qdpx"_s, ImportFormats());
    ASSERT_TRUE(imported.has_value());
    EXPECT_EQ(imported->tags, 14);
    EXPECT_EQ(store.tags()->size(), 14);
}

TEST(RefiQdaRead, theAtlasTiProjectWithItsTexts_givesCodedPassagesAndNotes)
{
    // The sample's XML with one of its texts supplied, as a complete export would hold it.
    const QString text
        = u"Mabel: Hello. "_s + QString(236, u'x') + u"For some reason babies aren't supposed to have cow's milk that is low fat."_s + QString(200, u'y');
    const auto read = RefiQda::readProject(readTestFile(RefiData + u"/samples/sky-loom-refi-qda/Project.qde"_s), u"/p.qdpx"_s, [&](const QString &name) {
        return name == u"88293C71-CB70-4AB7-8413-C24110A19C2E.txt"_s ? std::optional(text.toUtf8()) : std::nullopt;
    });
    ASSERT_TRUE(read.has_value()) << qPrintable(read.error().message);
    const auto &project = *read;
    ASSERT_EQ(project.annotations.size(), 1);
    const ExchangedAnnotation &mabel = project.annotations.first();
    EXPECT_EQ(mabel.start, 250);
    EXPECT_EQ(mabel.end, 412);
    EXPECT_TRUE(mabel.exact.startsWith(u"For some reason babies"_s)) << qPrintable(mabel.exact);
    EXPECT_EQ(mabel.note, u"Mabel is not the only person I know who has Coke for breakfast!"_s);
    EXPECT_EQ(project.sources.value(mabel.sourceIri).metadata.title, u"Mabêl 2ième"_s);
}

TEST(RefiQdaRead, hostileArchives_areRefusedWithAClearMessage_andNothingIsWritten)
{
    QTemporaryDir dir;
    Store store;
    ASSERT_TRUE(store.open(dir.filePath(u"library.sqlite"_s)));
    const QList<std::pair<QString, QString>> cases {
        {u"zip-slip.qdpx"_s, u"would be placed outside the project folder"_s},
        {u"entity-expansion.qdpx"_s, u"document type declaration (DTD)"_s},
        {u"external-entity.qdpx"_s, u"document type declaration (DTD)"_s},
        {u"truncated.qdpx"_s, u"is not a zip archive, or it is damaged"_s},
        // Found by fuzz_refiqda_archive: 166 bytes whose headers had KArchive allocate
        // 2 GiB when the entry was read whole; read a piece at a time, it is garbage.
        {u"declared-huge-entry.qdpx"_s, u"The project file cannot be read"_s},
    };
    for (const auto &[file, why] : cases) {
        const auto imported = ExchangeImport::importFile(store, Hostile + file, ImportFormats());
        ASSERT_TRUE(!imported.has_value()) << qPrintable(file) << " was accepted";
        EXPECT_TRUE(imported.error().message.contains(why)) << qPrintable(file) << ": " << qPrintable(imported.error().message);
    }
    EXPECT_TRUE(store.articles()->isEmpty());
    EXPECT_TRUE(store.tags()->isEmpty());

    // KArchive reads "/tmp/evil.txt" as "tmp/evil.txt" inside the archive: it stays in
    // the project folder, and the project itself is fine.
    const auto absolute = ExchangeImport::importFile(store, Hostile + u"absolute-path.qdpx"_s, ImportFormats());
    ASSERT_TRUE(absolute.has_value());
    EXPECT_EQ(absolute->annotations, 1);
}

TEST(RefiQdaRead, malformedXml_namesTheLine)
{
    const auto read = RefiQda::readProject("<?xml version=\"1.0\"?>\n<Project name=\"x\">\n<CodeBook>\n</Project>", u"/p.qdpx"_s, [](const QString &) {
        return std::optional<QByteArray>();
    });
    ASSERT_TRUE(!read.has_value());
    EXPECT_TRUE(read.error().message.contains(u"line 4"_s)) << qPrintable(read.error().message);
    const auto notProject = RefiQda::readProject("<html/>", u"/p.qdpx"_s, [](const QString &) {
        return std::optional<QByteArray>();
    });
    EXPECT_TRUE(notProject.error().message.contains(u"not a REFI-QDA project"_s));
}

// Found by fuzz_refiqda_project: references to codes and notes from a selection that
// was not taken (here, one outside any TextSource) read past the end of a list.
TEST(RefiQdaRead, referencesFromASelectionOutsideASource_areIgnored)
{
    const QByteArray xml = R"(<?xml version="1.0"?>
<Project name="x"><CodeBook><Codes><Code guid="C1" name="Economy"/></Codes></CodeBook>
<PlainTextSelection startPosition="0" endPosition="3"><Coding><CodeRef targetGUID="C1"/></Coding><NoteRef targetGUID="N1"/>
<Description>stray</Description></PlainTextSelection></Project>)";
    const auto read = RefiQda::readProject(xml, u"/p.qdpx"_s, [](const QString &) {
        return std::optional<QByteArray>();
    });
    ASSERT_TRUE(read.has_value()) << qPrintable(read.error().message);
    EXPECT_TRUE(read->annotations.isEmpty());
}

TEST(RefiQdaRead, elementsNestedWithoutEnd_areRefused_notRecursedInto)
{
    QByteArray xml = "<Project>";
    for (int i = 0; i < 100'000; ++i)
        xml += "<Codes>";
    const auto read = RefiQda::readProject(xml, u"/p.qdpx"_s, [](const QString &) {
        return std::optional<QByteArray>();
    });
    ASSERT_TRUE(!read.has_value());
    EXPECT_TRUE(read.error().message.contains(u"nested more than 256 levels deep"_s)) << qPrintable(read.error().message);
}
