// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// W3C Web Annotation export (golden file; its schema validation is the ctest
// w3c_export_schema) and import: the round trip into an empty library, the W3C
// examples (valid ones read, incorrect ones rejected) and hostile input.
#include <core/exchange/webannotation.h>
#include <core/text/codepoints.h>

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <tests/core/fixturelibrary.h>
#include <tests/testfiles.h>

namespace
{

const QString W3cData = QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/w3c-annotation");

const QDateTime Generated(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::UTC);

QStringList filesIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, {u"*.json"_s}, QDir::Files);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

} // namespace

using WebAnnotationExportTest = FixtureLibrary;

TEST_F(WebAnnotationExportTest, libraryCollection_matchesTheGolden_inPagesOfTwo)
{
    const auto exported = WebAnnotation::exportCollection(m_store, ExportScope::library(), {u"Ada Reporter"_s, Generated, 2});
    expectGolden(u"annotations-w3c.jsonld"_s, exported);
    ASSERT_TRUE(exported);
    const QJsonObject collection = QJsonDocument::fromJson(*exported).object();
    EXPECT_EQ(collection.value(u"type"_s).toString(), u"AnnotationCollection"_s);
    EXPECT_EQ(collection.value(u"total"_s).toInt(), 5) << "four passages and one article tagged as a whole";
    const QJsonObject first = collection.value(u"first"_s).toObject();
    EXPECT_EQ(first.value(u"items"_s).toArray().size(), 2);
    const QJsonArray included = collection.value(u"@included"_s).toArray();
    ASSERT_EQ(included.size(), 2);
    EXPECT_EQ(first.value(u"next"_s).toString(), included.first().toObject().value(u"id"_s).toString());
    EXPECT_EQ(included.first().toObject().value(u"next"_s).toString(), included.last().toObject().value(u"id"_s).toString());
    EXPECT_EQ(collection.value(u"last"_s).toString(), included.last().toObject().value(u"id"_s).toString());
    // The whole article's tag: an annotation whose target is the text itself.
    const QJsonObject wholeArticle = included.first().toObject().value(u"items"_s).toArray().last().toObject();
    EXPECT_EQ(wholeArticle.value(u"motivation"_s).toString(), u"tagging"_s);
    EXPECT_EQ(wholeArticle.value(u"target"_s).toString(), u"file:///library/001-russia-collaborates-with-brics.md"_s);
    EXPECT_EQ(wholeArticle.value(u"body"_s).toObject().value(u"value"_s).toString(), u"Sources/Trade press"_s);
}

TEST_F(WebAnnotationExportTest, anAnnotation_hasQuoteAndCodePointPosition_tagsAndNote)
{
    const auto exported = WebAnnotation::exportCollection(m_store, ExportScope::article(m_articles.at(0)), {u"Ada Reporter"_s, Generated, 100});
    ASSERT_TRUE(exported);
    const QJsonArray items = QJsonDocument::fromJson(*exported).object().value(u"first"_s).toObject().value(u"items"_s).toArray();
    ASSERT_EQ(items.size(), 3);
    QJsonObject rank;
    for (const QJsonValue &item : items)
        if (item.toObject().value(u"motivation"_s).toString() == u"commenting"_s && item.toObject().value(u"body"_s).isArray())
            rank = item.toObject();
    ASSERT_FALSE(rank.isEmpty());
    const QJsonArray selectors = rank.value(u"target"_s).toObject().value(u"selector"_s).toArray();
    ASSERT_EQ(selectors.size(), 2);
    EXPECT_EQ(selectors.at(0).toObject().value(u"exact"_s).toString(), u"31st out of 83"_s);
    const QString &text = m_texts.at(0);
    const qsizetype start = text.indexOf(u"31st out of 83"_s);
    const CodePointMap codePoints(text);
    EXPECT_EQ(selectors.at(1).toObject().value(u"start"_s).toInteger(), codePoints.toCodePoint(start));
    EXPECT_EQ(selectors.at(1).toObject().value(u"end"_s).toInteger(), codePoints.toCodePoint(start + 14));
    QStringList purposes;
    for (const QJsonValue &body : rank.value(u"body"_s).toArray())
        purposes.append(body.toObject().value(u"purpose"_s).toString() + u':' + body.toObject().value(u"value"_s).toString());
    EXPECT_TRUE(purposes.contains(u"tagging:Economy/Rankings"_s));
    EXPECT_TRUE(purposes.contains(u"tagging:Checked"_s));
    EXPECT_TRUE(purposes.contains(u"commenting:Same rank as in *001*; the index is from **2024**."_s));
    EXPECT_EQ(rank.value(u"created"_s).toString(), u"2026-11-20T09:30:00.000Z"_s);
    EXPECT_EQ(rank.value(u"creator"_s).toObject().value(u"name"_s).toString(), u"Ada Reporter"_s);
}

// The sources are real files here, so that an empty library can read them again when
// the user asks for the texts in their folder.
class WebAnnotationRoundTrip : public FixtureLibrary
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(QDir().mkpath(m_dir.filePath(u"sources"_s)));
        for (const QString &name : QDir(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).entryList(QDir::Files))
            ASSERT_TRUE(QFile::copy(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/") + name, m_dir.filePath(u"sources/"_s + name)));
        build(m_dir.filePath(u"sources"_s));
    }
};

TEST_F(WebAnnotationRoundTrip, exportThenImportIntoAnEmptyLibrary_keepsTagsQuotesOffsetsAndNotes)
{
    const auto exported = WebAnnotation::exportCollection(m_store, ExportScope::library(), {{}, Generated, 3});
    ASSERT_TRUE(exported);
    const auto read = WebAnnotation::read(*exported);
    ASSERT_TRUE(read.has_value()) << qPrintable(read.error().message);

    Store empty;
    ASSERT_TRUE(empty.open(m_dir.filePath(u"empty.sqlite"_s)));
    AnnotationImporter importer(empty);
    importer.readTextsUnder(ReadableFolder(m_dir.filePath(u"sources"_s)), ImportFormats()); // as with --with-texts
    const auto report = importer.import({}, *read);
    ASSERT_TRUE(report) << qPrintable(report.error().message);
    EXPECT_EQ(report->annotations, 4);
    EXPECT_EQ(report->articles, 2);
    EXPECT_TRUE(report->skipped.isEmpty()) << qPrintable(report->skipped.join(u'\n'));
    EXPECT_EQ(keptAnnotations(empty), keptAnnotations(m_store));
    // The tag of a whole article comes back as one, from an annotation on the whole text.
    EXPECT_EQ(report->articleTags, 1);
    ASSERT_EQ(keptArticleTags(m_store).size(), 1);
    EXPECT_EQ(keptArticleTags(empty), keptArticleTags(m_store));
    QStringList tagPaths;
    for (const Tag &tag : *empty.tags())
        tagPaths.append(tag.path);
    tagPaths.sort();
    EXPECT_EQ(tagPaths,
        (QStringList {u"Checked"_s,
            u"Economy"_s,
            u"Economy/Banks, state-owned"_s,
            u"Economy/Rankings"_s,
            u"People"_s,
            u"People/Putin"_s,
            u"Sources"_s,
            u"Sources/Trade press"_s}));

    // Importing the same file again into the library that made it finds its articles.
    const auto again = AnnotationImporter(m_store).import({}, *read);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->articles, 0);
}

TEST_F(WebAnnotationRoundTrip, eachAnnotationsCoder_isItsCreator_andComesBackAsTheCoder)
{
    const QString text = m_store.article(m_articles.at(1))->document.text;
    const qsizetype start = text.indexOf(u"BRICS"_s);
    m_store.setCoder(u"Grace"_s);
    ASSERT_TRUE(m_store.addAnnotation(m_articles.at(1), {start, start + 5}, {}, u"by Grace"_s));
    const auto exported = WebAnnotation::exportCollection(m_store, ExportScope::article(m_articles.at(1)), {u"Ada Reporter"_s, Generated, 100});
    ASSERT_TRUE(exported);
    // The annotation names its coder; the others, made before coders were recorded,
    // the export's creator.
    EXPECT_TRUE(exported->contains("\"name\": \"Grace\"")) << exported->constData();
    EXPECT_TRUE(exported->contains("\"name\": \"Ada Reporter\""));

    const auto read = WebAnnotation::read(*exported);
    ASSERT_TRUE(read.has_value()) << qPrintable(read.error().message);
    Store other;
    ASSERT_TRUE(other.open(m_dir.filePath(u"other.sqlite"_s)));
    AnnotationImporter importer(other);
    importer.readTextsUnder(ReadableFolder(m_dir.filePath(u"sources"_s)), ImportFormats());
    ASSERT_TRUE(importer.import({}, *read));
    QStringList coders;
    for (const Annotation &annotation : *other.annotations())
        coders << (annotation.note == u"by Grace"_s ? annotation.coder : QString());
    EXPECT_TRUE(coders.contains(u"Grace"_s));
    EXPECT_EQ(other.coders(), (QStringList {u"Ada Reporter"_s, u"Grace"_s}));
}

TEST_F(WebAnnotationRoundTrip, aPassageMovedInAChangedFile_isFoundByItsQuote)
{
    const auto exported = WebAnnotation::exportCollection(m_store, ExportScope::article(m_articles.at(1)));
    ASSERT_TRUE(exported);
    // The text gained a paragraph at the top since the export.
    const QString path = m_store.article(m_articles.at(1))->document.path;
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    file.close();
    const qsizetype bodyStart = original.indexOf("\n\n") + 2;
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(original.left(bodyStart) + "A correction was added at the top.\n\n" + original.mid(bodyStart));
    file.close();

    Store empty;
    ASSERT_TRUE(empty.open(m_dir.filePath(u"empty.sqlite"_s)));
    AnnotationImporter importer(empty);
    importer.readTextsUnder(ReadableFolder(m_dir.filePath(u"sources"_s)), ImportFormats());
    const auto report = importer.import({}, *WebAnnotation::read(*exported));
    ASSERT_TRUE(report);
    ASSERT_EQ(report->annotations, 1);
    const Annotation sberbank = empty.annotations()->first();
    EXPECT_EQ(sberbank.anchor.exact, u"Sberbank"_s);
    EXPECT_EQ(empty.article(sberbank.articleId)->document.text.mid(sberbank.anchor.range.start, 8), u"Sberbank"_s);
}

TEST(WebAnnotationRead, theW3cExamples_areRead)
{
    QStringList files = filesIn(W3cData + u"/w3c-web-annotation/admin/annotation/2016/examples/json"_s);
    files += filesIn(W3cData + u"/annotation-model/tools/samples"_s);
    ASSERT_GE(files.size(), 60);
    for (const QString &file : std::as_const(files)) {
        const auto read = WebAnnotation::read(readTestFile(file));
        EXPECT_TRUE(read.has_value()) << qPrintable(file) << ": " << qPrintable(read.error().message);
    }
    // The collection example holds 41 annotations; their text selectors come through.
    const auto collection = WebAnnotation::read(readTestFile(W3cData + u"/w3c-web-annotation/admin/annotation/2016/examples/json/collection1.json"_s));
    const auto &annotations = *collection;
    EXPECT_GE(annotations.size(), 41);
    const auto quote = std::find_if(annotations.cbegin(), annotations.cend(), [](const ExchangedAnnotation &a) {
        return a.exact == u"anotation"_s;
    });
    ASSERT_NE(quote, annotations.cend());
    EXPECT_EQ(quote->sourceIri, u"http://example.org/page1"_s);
    EXPECT_EQ(quote->prefix, u"this is an "_s);
    const auto tagged = std::find_if(annotations.cbegin(), annotations.cend(), [](const ExchangedAnnotation &a) {
        return a.tagPaths.contains(u"readme"_s);
    });
    ASSERT_NE(tagged, annotations.cend());
    EXPECT_EQ(tagged->note, u"A good description of the topic that bears further investigation"_s);
}

TEST(WebAnnotationRead, theIncorrectW3cExamples_areRejectedWithAClearMessage)
{
    const QStringList files = filesIn(W3cData + u"/w3c-web-annotation/model/wd2/examples/incorrect"_s);
    ASSERT_EQ(files.size(), 40);
    for (const QString &file : files) {
        const auto read = WebAnnotation::read(readTestFile(file));
        ASSERT_TRUE(!read.has_value()) << qPrintable(file) << " was accepted";
        EXPECT_FALSE(read.error().message.isEmpty());
    }
    const auto message = [](const QByteArray &json) {
        const auto read = WebAnnotation::read(json);
        return !read.has_value() ? read.error().message : QString();
    };
    EXPECT_TRUE(message("this is not json").startsWith(u"This is not JSON: illegal value at line 1, column "_s));
    EXPECT_TRUE(message("{\n \"a\": 1,\n}").contains(u"line 3"_s));
    EXPECT_TRUE(message(R"({"id": "http://example.org/anno1", "type": "Annotation", "target": "http://example.org/t"})").contains(u"@context"_s));
    const QByteArray valid
        = R"({"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno1", "type": "Annotation", %1 "target": "http://example.org/t"})";
    EXPECT_TRUE(message(QByteArray(valid).replace("%1", "")).isEmpty());
    EXPECT_EQ(
        message(QByteArray(valid).replace("%1", R"("created": "yesterday",)")), u"The annotation: its created is not one date and time (xsd:dateTime)."_s);
    EXPECT_EQ(message(QByteArray(valid).replace("%1", R"("body": {"type": "TextualBody"},)")), u"The annotation: a TextualBody has no single text value."_s);
    EXPECT_EQ(message(QByteArray(valid).replace("%1", R"("body": "x", "bodyValue": "y",)")), u"The annotation: it has both a body and a bodyValue."_s);
    EXPECT_EQ(message(R"({"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno1", "type": "Annotation",
        "target": {"source": "http://example.org/t", "selector": {"type": "TextPositionSelector", "start": 9, "end": 2}}})"),
        u"The annotation: its TextPositionSelector ends before it starts."_s);
}

TEST(WebAnnotationRead, pagesOfACollection_mustBeInTheFile_andNotGoRound)
{
    const QByteArray outside = R"({"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/c", "type": "AnnotationCollection", "total": 1,
        "first": "http://example.org/c/page1"})";
    EXPECT_TRUE((WebAnnotation::read(outside)).error().message.contains(u"not in this file"_s));
    const QByteArray circle = R"({"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/c", "type": "AnnotationCollection",
        "first": {"id": "http://example.org/p1", "type": "AnnotationPage", "items": [], "next": "http://example.org/p2"},
        "@included": [{"id": "http://example.org/p2", "type": "AnnotationPage", "items": [], "next": "http://example.org/p1"},
                      {"id": "http://example.org/p1", "type": "AnnotationPage", "items": [], "next": "http://example.org/p2"}]})";
    EXPECT_TRUE((WebAnnotation::read(circle)).error().message.contains(u"circle"_s));
}

TEST(WebAnnotationImport, annotationsOfTextsNotInTheLibrary_areReportedAndNothingElseChanges)
{
    QTemporaryDir dir;
    Store store;
    ASSERT_TRUE(store.open(dir.filePath(u"library.sqlite"_s)));
    const auto read = WebAnnotation::read(readTestFile(W3cData + u"/w3c-web-annotation/admin/annotation/2016/examples/json/collection1.json"_s));
    const auto report = AnnotationImporter(store).import({}, *read);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->annotations, 0);
    EXPECT_GE(report->skipped.size(), 41);
    EXPECT_TRUE(report->skipped.first().contains(u"is not in the library"_s)) << qPrintable(report->skipped.first());
    EXPECT_TRUE(store.annotations()->isEmpty());
    EXPECT_TRUE(store.articles()->isEmpty());
}

TEST_F(WebAnnotationRoundTrip, anAnnotationOnAWholeText_tagsTheArticle_andReportsANoteOnIt)
{
    // As another tool writes it: the target is the text itself, the tags and a note in the body.
    const QString source = WebAnnotation::sourceIri(m_store.article(m_articles.at(0))->document.path);
    const QByteArray json = QByteArray(R"({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "http://example.org/anno/9",
        "type": "Annotation",
        "body": [
            {"type": "TextualBody", "purpose": "tagging", "value": "Sources/Wire service"},
            {"type": "TextualBody", "purpose": "tagging", "value": "Checked"},
            {"type": "TextualBody", "purpose": "commenting", "value": "Read in full on Monday"}
        ],
        "target": "SOURCE"
    })")
                                .replace("SOURCE", source.toUtf8());
    const auto read = WebAnnotation::read(json);
    ASSERT_TRUE(read.has_value()) << qPrintable(read.error().message);
    const auto report = AnnotationImporter(m_store).import({}, *read);
    ASSERT_TRUE(report);
    EXPECT_EQ(report->annotations, 0);
    EXPECT_EQ(report->articleTags, 2);
    QStringList tags;
    for (qint64 id : *m_store.articleTags(m_articles.at(0)))
        tags.append(m_store.tag(id)->path);
    tags.sort();
    EXPECT_EQ(tags, (QStringList {u"Checked"_s, u"Sources/Wire service"_s}));
    ASSERT_EQ(report->skipped.size(), 1);
    EXPECT_TRUE(report->skipped.first().startsWith(u"A note on the whole of "_s + source)) << qPrintable(report->skipped.first());
}
