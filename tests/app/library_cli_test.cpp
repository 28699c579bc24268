// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// The scripting commands over the library, run as a script would run them.
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>
#include <tests/app/runparallax.h>
#include <tests/postgresserver.h>
#include <tests/qstringprinter.h>
#include <tests/testfiles.h>

using namespace Qt::StringLiterals;

namespace
{

const QString Seed0 = QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/000-russia-plans-to-join-china.md");
const QString Seed1 = QStringLiteral(PARALLAX_SOURCE_DIR "/corpus/001-russia-collaborates-with-brics.md");

class LibraryCommandLine : public ::testing::Test
{
protected:
    QStringList db() const { return {u"--db"_s, m_dir.filePath(u"library.sqlite"_s)}; }

    ProcessResult run(const QString &command, const QStringList &arguments) { return runParallax(QStringList {command} + db() + arguments); }

    QJsonArray annotationsJson(const QStringList &arguments = {})
    {
        const ProcessResult listed = run(u"annotations"_s, arguments + QStringList {u"--format"_s, u"json"_s});
        EXPECT_EQ(listed.exitCode, 0) << qPrintable(listed.err);
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

    // Imports FILE (after the TEXTS it annotates) into a second library; its annotations as JSON.
    QJsonArray importIntoOtherLibrary(const QString &file, const QString &expectedSummary, const QStringList &texts = {})
    {
        const QStringList other {u"--db"_s, m_dir.filePath(u"other.sqlite"_s)};
        const ProcessResult imported = runParallax(QStringList {u"import"_s} + other + texts + QStringList {file});
        EXPECT_EQ(imported.exitCode, 0) << qPrintable(imported.err);
        EXPECT_TRUE(imported.out.startsWith(expectedSummary)) << qPrintable(imported.out);
        const ProcessResult listed = runParallax(QStringList {u"annotations"_s} + other + QStringList {u"--format"_s, u"json"_s});
        return QJsonDocument::fromJson(listed.out.toUtf8()).array();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(LibraryCommandLine, import_printsOneIdPerFile_andTheSameIdForTheSameText)
{
    const ProcessResult first = run(u"import"_s, {Seed0, Seed1});
    ASSERT_EQ(first.exitCode, 0) << qPrintable(first.err);
    const QStringList ids = first.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(ids.size(), 2);
    EXPECT_NE(ids.at(0), ids.at(1));
    const ProcessResult again = run(u"import"_s, {Seed0});
    EXPECT_EQ(again.out.trimmed(), ids.at(0));
}

TEST_F(LibraryCommandLine, import_ofABadFile_failsForItAlone)
{
    const QString binary = writeTestFile(m_dir, u"photo.txt"_s, QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 11));
    const ProcessResult result = run(u"import"_s, {binary, Seed0});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(u"photo.txt"_s)) << qPrintable(result.err);
    EXPECT_EQ(result.out.split(u'\n', Qt::SkipEmptyParts).size(), 1) << "the good file was not imported";
}

TEST_F(LibraryCommandLine, annotate_createsTagsAndPrintsTheId_andAnnotationsGivesCodePointOffsets)
{
    const QString article = run(u"import"_s, {Seed0}).out.trimmed();
    const ProcessResult annotated = run(u"annotate"_s,
        {article, u"--quote"_s, u"31st out of 83"_s, u"--tag"_s, u"Economy/Rankings"_s, u"--tag"_s, u"Checked"_s, u"--note"_s, u"Matches the index"_s});
    ASSERT_EQ(annotated.exitCode, 0) << qPrintable(annotated.err);
    const qint64 id = annotated.out.trimmed().toLongLong();
    EXPECT_GT(id, 0);

    const QJsonArray list = annotationsJson({article});
    ASSERT_EQ(list.size(), 1);
    const QJsonObject annotation = list.first().toObject();
    EXPECT_EQ(annotation.value(u"id"_s).toInteger(), id);
    EXPECT_EQ(annotation.value(u"article"_s).toInteger(), article.toLongLong());
    EXPECT_EQ(annotation.value(u"quote"_s).toString(), u"31st out of 83"_s);
    EXPECT_EQ(annotation.value(u"note"_s).toString(), u"Matches the index"_s);
    EXPECT_EQ(annotation.value(u"tags"_s).toArray(), (QJsonArray {u"Checked"_s, u"Economy/Rankings"_s}));
    EXPECT_TRUE(QDateTime::fromString(annotation.value(u"created"_s).toString(), Qt::ISODateWithMs).isValid());
    EXPECT_TRUE(annotation.value(u"modified"_s).isString());
    // The offsets count code points of the stored text.
    QFile seed(Seed0);
    ASSERT_TRUE(seed.open(QIODevice::ReadOnly));
    const qint64 start = annotation.value(u"start"_s).toInteger();
    EXPECT_EQ(annotation.value(u"end"_s).toInteger() - start, 14);

    const ProcessResult tags = run(u"tags"_s, {u"--format"_s, u"json"_s});
    ASSERT_EQ(tags.exitCode, 0);
    QStringList paths;
    for (const QJsonValue &tag : QJsonDocument::fromJson(tags.out.toUtf8()).array())
        paths << tag.toObject().value(u"path"_s).toString();
    EXPECT_EQ(paths, (QStringList {u"Checked"_s, u"Economy"_s, u"Economy/Rankings"_s}));
    EXPECT_TRUE(run(u"tags"_s, {}).out.contains(u"  Rankings (1)"_s));
}

TEST_F(LibraryCommandLine, libraryCopy_makesANewLibraryWithEverything_andRefusesToWriteOverOne)
{
    const QString article = run(u"import"_s, {Seed0, Seed1}).out.section(u'\n', 0, 0).trimmed();
    const ProcessResult annotated = run(u"annotate"_s, {u"--coder"_s, u"Ana"_s, article, u"--quote"_s, u"31st out of 83"_s, u"--tag"_s, u"Rankings"_s});
    ASSERT_EQ(annotated.exitCode, 0) << qPrintable(annotated.err);
    const QString copy = m_dir.filePath(u"copy.sqlite"_s);
    const ProcessResult copied = runParallax({u"library"_s, u"copy"_s, m_dir.filePath(u"library.sqlite"_s), copy});
    EXPECT_EQ(copied.exitCode, 0) << qPrintable(copied.err);
    EXPECT_TRUE(copied.out.endsWith(u": articles 2, tags 1, annotations 1.\n"_s)) << qPrintable(copied.out);
    const ProcessResult listed = runParallax({u"annotations"_s, u"--db"_s, copy, u"--format"_s, u"json"_s});
    EXPECT_EQ(QJsonDocument::fromJson(listed.out.toUtf8()).array(), annotationsJson());

    const ProcessResult again = runParallax({u"library"_s, u"copy"_s, m_dir.filePath(u"library.sqlite"_s), copy});
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_TRUE(again.err.contains(u"is not empty"_s)) << qPrintable(again.err);
    EXPECT_EQ(runParallax({u"library"_s, u"move"_s, copy, copy}).exitCode, 2);
    const ProcessResult missing = runParallax({u"library"_s, u"copy"_s, m_dir.filePath(u"nowhere/none.sqlite"_s), copy});
    EXPECT_EQ(missing.exitCode, 1);
}

TEST_F(LibraryCommandLine, annotate_countsCodePointsOutsideTheBmp)
{
    const QString file = writeTestFile(m_dir, u"emoji.txt"_s, "Crowds 🎉🎉 cheered as the budget of 5 billion passed.\n");
    ASSERT_EQ(run(u"annotate"_s, {file, u"--quote"_s, u"5 billion"_s}).exitCode, 0);
    const QJsonArray list = annotationsJson({file});
    ASSERT_EQ(list.size(), 1);
    const QString before = u"Crowds 🎉🎉 cheered as the budget of "_s;
    ASSERT_EQ(before.size(), 37); // UTF-16 units: each emoji takes two
    EXPECT_EQ(list.first().toObject().value(u"start"_s).toInteger(), 35);
    EXPECT_EQ(list.first().toObject().value(u"end"_s).toInteger(), 44);
}

TEST_F(LibraryCommandLine, annotate_picksTheRequestedOccurrence_andSaysWhenThereIsNone)
{
    const QString file = writeTestFile(m_dir, u"repeat.txt"_s, "The vote passed. Later the vote failed. A third vote is due.\n");
    ASSERT_EQ(run(u"annotate"_s, {file, u"--quote"_s, u"vote"_s, u"--occurrence"_s, u"2"_s}).exitCode, 0);
    EXPECT_EQ(annotationsJson().first().toObject().value(u"start"_s).toInteger(), QStringLiteral("The vote passed. Later the ").size());
    const ProcessResult fourth = run(u"annotate"_s, {file, u"--quote"_s, u"vote"_s, u"--occurrence"_s, u"4"_s});
    EXPECT_EQ(fourth.exitCode, 1);
    EXPECT_TRUE(fourth.err.contains(u"only 3 times in article"_s)) << qPrintable(fourth.err);
    // English plurals come from the English catalogue, in any language without its own.
    const ProcessResult second = run(u"annotate"_s, {file, u"--quote"_s, u"third"_s, u"--occurrence"_s, u"2"_s});
    EXPECT_TRUE(second.err.contains(u"only 1 time in article"_s)) << qPrintable(second.err);
    const ProcessResult missing = run(u"annotate"_s, {file, u"--quote"_s, u"referendum"_s});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(u"not in article"_s)) << qPrintable(missing.err);
    EXPECT_EQ(annotationsJson().size(), 1);
}

TEST_F(LibraryCommandLine, badArguments_exitWithTwo_andAMissingArticleWithOne)
{
    EXPECT_EQ(run(u"annotate"_s, {u"1"_s}).exitCode, 2); // no --quote
    EXPECT_EQ(run(u"annotate"_s, {u"1"_s, u"--quote"_s, u"x"_s, u"--occurrence"_s, u"zero"_s}).exitCode, 2);
    EXPECT_EQ(run(u"tags"_s, {u"--format"_s, u"xml"_s}).exitCode, 2);
    EXPECT_EQ(run(u"import"_s, {}).exitCode, 2);
    const ProcessResult missing = run(u"annotate"_s, {u"4242"_s, u"--quote"_s, u"x"_s});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(u"no article 4242"_s)) << qPrintable(missing.err);
}

TEST_F(LibraryCommandLine, corruptDatabase_isNamedAndLeftAlone)
{
    const QString path = writeTestFile(m_dir, u"library.sqlite"_s, "definitely not SQLite");
    const ProcessResult result = run(u"tags"_s, {});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(u"not a Parallax library"_s)) << qPrintable(result.err);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("definitely not SQLite"));
}

TEST_F(LibraryCommandLine, annotationsAsText_showQuoteTagsAndNote)
{
    const QString article = run(u"import"_s, {Seed1}).out.trimmed();
    ASSERT_EQ(run(u"annotate"_s, {article, u"--quote"_s, u"Sberbank"_s, u"--tag"_s, u"Banks"_s, u"--note"_s, u"Check the **CEO**"_s}).exitCode, 0);
    const ProcessResult text = run(u"annotations"_s, {});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(u"\"Sberbank\" #Banks"_s)) << qPrintable(text.out);
    EXPECT_TRUE(text.out.contains(u"    Check the **CEO**"_s)) << qPrintable(text.out);
}

TEST_F(LibraryCommandLine, export_writesMarkdownOrCsv_ofAnArticleOrATag)
{
    const QString article = run(u"import"_s, {Seed0}).out.trimmed();
    ASSERT_EQ(run(u"annotate"_s, {article, u"--quote"_s, u"31st out of 83"_s, u"--tag"_s, u"Economy/Rankings"_s, u"--note"_s, u"Check it"_s}).exitCode, 0);
    ASSERT_EQ(run(u"annotate"_s, {article, u"--quote"_s, u"Vladimir Putin"_s, u"--tag"_s, u"People"_s}).exitCode, 0);

    const QString markdown = m_dir.filePath(u"notes.md"_s);
    ProcessResult result = run(u"export"_s, {u"--format"_s, u"md"_s, u"--tag"_s, u"Economy"_s, u"--out"_s, markdown});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    QFile notes(markdown);
    ASSERT_TRUE(notes.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(notes.readAll());
    EXPECT_TRUE(text.startsWith(u"---\n"_s));
    EXPECT_TRUE(text.contains(u"> 31st out of 83\n\nCheck it\n\n#Economy/Rankings"_s)) << qPrintable(text);
    EXPECT_FALSE(text.contains(u"Vladimir Putin"_s));

    const QString csv = m_dir.filePath(u"annotations.csv"_s);
    result = run(u"export"_s, {u"--format"_s, u"csv"_s, u"--article"_s, article, u"--out"_s, csv});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    QFile table(csv);
    ASSERT_TRUE(table.open(QIODevice::ReadOnly));
    EXPECT_EQ(table.readAll().count("\r\n"), 3); // header and two rows
}

TEST_F(LibraryCommandLine, export_refusesBadRequests_andWritesNothing)
{
    const QString out = m_dir.filePath(u"never.md"_s);
    EXPECT_EQ(run(u"export"_s, {u"--format"_s, u"docx"_s, u"--out"_s, out}).exitCode, 2);
    EXPECT_EQ(run(u"export"_s, {u"--format"_s, u"md"_s}).exitCode, 2);
    const ProcessResult noTag = run(u"export"_s, {u"--format"_s, u"md"_s, u"--tag"_s, u"Nope"_s, u"--out"_s, out});
    EXPECT_EQ(noTag.exitCode, 1);
    EXPECT_TRUE(noTag.err.contains(u"no tag Nope"_s));
    EXPECT_EQ(run(u"export"_s, {u"--format"_s, u"md"_s, u"--out"_s, u"/nonexistent/folder/notes.md"_s}).exitCode, 1);
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(LibraryCommandLine, export_ofAComparison_writesAnHtmlAndAPdfReport)
{
    const QString a = run(u"import"_s, {Seed0}).out.trimmed();
    const QString b = run(u"import"_s, {Seed1}).out.trimmed();
    ASSERT_EQ(run(u"annotate"_s, {b, u"--quote"_s, u"Sberbank"_s, u"--tag"_s, u"Economy/Banks"_s, u"--note"_s, u"State-owned"_s}).exitCode, 0);

    const QString html = m_dir.filePath(u"report.html"_s);
    ProcessResult result = run(u"export"_s, {u"--format"_s, u"html"_s, u"--article"_s, a, u"--with"_s, b, u"--out"_s, html});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    QFile page(html);
    ASSERT_TRUE(page.open(QIODevice::ReadOnly));
    const QString report = QString::fromUtf8(page.readAll());
    EXPECT_TRUE(report.contains(u"<b class=\"ref\">B1</b> <i>“Sberbank”</i><br>State-owned"_s)) << "B's annotation is in B's margin";

    const QString pdf = m_dir.filePath(u"report.pdf"_s);
    result = run(u"export"_s, {u"--format"_s, u"pdf"_s, u"--article"_s, a, u"--with"_s, b, u"--out"_s, pdf});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    QFile printed(pdf);
    ASSERT_TRUE(printed.open(QIODevice::ReadOnly));
    const QByteArray bytes = printed.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-1."));
    EXPECT_GE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page "), 2) << "the report runs over several pages";
    EXPECT_TRUE(bytes.trimmed().endsWith("%%EOF"));
}

TEST_F(LibraryCommandLine, export_ofAReport_needsTwoArticles_andWritesNothingWithout)
{
    const QString a = run(u"import"_s, {Seed0}).out.trimmed();
    const QString out = m_dir.filePath(u"report.pdf"_s);
    const ProcessResult one = run(u"export"_s, {u"--format"_s, u"pdf"_s, u"--article"_s, a, u"--out"_s, out});
    EXPECT_EQ(one.exitCode, 2);
    EXPECT_TRUE(one.err.contains(u"--article A --with B"_s)) << qPrintable(one.err);
    EXPECT_EQ(run(u"export"_s, {u"--format"_s, u"html"_s, u"--with"_s, a, u"--out"_s, out}).exitCode, 2);
    const ProcessResult missing = run(u"export"_s, {u"--format"_s, u"html"_s, u"--article"_s, a, u"--with"_s, u"999"_s, u"--out"_s, out});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(LibraryCommandLine, w3cExport_importsIntoAnotherLibrary_withTheSameAnnotations)
{
    const QString article = run(u"import"_s, {Seed0}).out.trimmed();
    ASSERT_EQ(run(u"annotate"_s, {article, u"--quote"_s, u"31st out of 83"_s, u"--tag"_s, u"Economy/Rankings"_s, u"--note"_s, u"Check it"_s}).exitCode, 0);
    const QString exported = m_dir.filePath(u"annotations.jsonld"_s);
    ProcessResult result = run(u"export"_s, {u"--format"_s, u"w3c"_s, u"--creator"_s, u"Ada"_s, u"--out"_s, exported});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);

    // A W3C file does not carry its texts: the other library imports the text first.
    const QJsonArray annotations = importIntoOtherLibrary(exported, u"1\n1 annotation imported, 0 texts added, 2 tags created"_s, {Seed0});
    ASSERT_EQ(annotations.size(), 1);
    QJsonObject imported = annotations.first().toObject();
    QJsonObject original = annotationsJson().first().toObject();
    // The file names its creator, who becomes the coder of what it brings.
    EXPECT_EQ(imported.take(u"coder"_s).toString(), u"Ada"_s);
    EXPECT_EQ(original.take(u"coder"_s).toString(), QString());
    EXPECT_EQ(QString::fromUtf8(QJsonDocument(imported).toJson()), QString::fromUtf8(QJsonDocument(original).toJson()));
}

TEST_F(LibraryCommandLine, importOfAnAnnotationFile_neverReadsAFileItNames_andWithTextsOnlyThoseBesideIt)
{
    QTemporaryDir shared;
    const QString minutes = writeTestFile(shared, u"minutes.txt"_s, "The root of the problem was the budget.\n");
    const QString w3c = QString(uR"({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
        "first": {"type": "AnnotationPage", "items": [
          {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:x:1", "type": "Annotation",
           "body": {"type": "TextualBody", "value": "x", "purpose": "tagging"},
           "target": {"type": "SpecificResource", "source": "file:///etc/passwd", "selector": {"type": "TextQuoteSelector", "exact": "root"}}},
          {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:x:2", "type": "Annotation",
           "body": {"type": "TextualBody", "value": "x", "purpose": "tagging"},
           "target": {"type": "SpecificResource", "source": "MINUTES", "selector": {"type": "TextQuoteSelector", "exact": "root"}}}]}})"_s)
                            .replace(u"MINUTES"_s, QUrl::fromLocalFile(minutes).toString());
    const QString file = writeTestFile(shared, u"evil.jsonld"_s, w3c.toUtf8());

    const ProcessResult plain = run(u"import"_s, {file});
    EXPECT_EQ(plain.exitCode, 0) << qPrintable(plain.err);
    EXPECT_TRUE(plain.out.startsWith(u"0 annotations imported, 0 texts added, 0 tags created; 2 left out:"_s)) << qPrintable(plain.out);
    EXPECT_TRUE(plain.out.contains(u"its text (file:///etc/passwd) is not in the library: import the text first"_s)) << qPrintable(plain.out);
    EXPECT_TRUE(annotationsJson().isEmpty());

    const ProcessResult withTexts = run(u"import"_s, {u"--with-texts"_s, file});
    EXPECT_EQ(withTexts.exitCode, 0) << qPrintable(withTexts.err);
    EXPECT_TRUE(withTexts.out.startsWith(u"1 annotation imported, 1 text added, 1 tag created; 1 left out:"_s)) << qPrintable(withTexts.out);
    EXPECT_TRUE(withTexts.out.contains(u"not in the folder of the annotation file, so it is not read"_s)) << qPrintable(withTexts.out);
    const QJsonArray annotations = annotationsJson();
    ASSERT_EQ(annotations.size(), 1);
    EXPECT_EQ(annotations.first().toObject().value(u"quote"_s).toString(), u"root"_s);
}

TEST_F(LibraryCommandLine, importOfAMalformedAnnotationFile_failsAndWritesNothing)
{
    const QString broken = writeTestFile(m_dir, u"broken.jsonld"_s, R"({"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",)");
    const ProcessResult result = run(u"import"_s, {broken});
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.err.contains(u"broken.jsonld was not imported. This is not JSON"_s)) << qPrintable(result.err);
    EXPECT_TRUE(annotationsJson().isEmpty());
}

TEST_F(LibraryCommandLine, qdpxExport_importsIntoAnotherLibrary_withCodesAndSelections)
{
    const QString article = run(u"import"_s, {Seed1}).out.trimmed();
    ASSERT_EQ(run(u"annotate"_s, {article, u"--quote"_s, u"Sberbank"_s, u"--tag"_s, u"Economy/Banks"_s, u"--note"_s, u"State-owned"_s}).exitCode, 0);
    const QString exported = m_dir.filePath(u"project.qdpx"_s);
    ProcessResult result = run(u"export"_s, {u"--format"_s, u"qdpx"_s, u"--out"_s, exported});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);

    const QJsonArray annotations = importIntoOtherLibrary(exported, u"1 annotation imported, 1 text added, 2 tags created"_s);
    ASSERT_EQ(annotations.size(), 1);
    const QJsonObject annotation = annotations.first().toObject();
    const QJsonObject original = annotationsJson().first().toObject();
    for (const QString &key : {u"start"_s, u"end"_s, u"quote"_s, u"note"_s, u"tags"_s})
        EXPECT_EQ(annotation.value(key), original.value(key)) << qPrintable(key);
}

TEST_F(LibraryCommandLine, agreement_measuresTheCodersWhoAnnotated_withCoder)
{
    const QString article = run(u"import"_s, {Seed0}).out.trimmed();
    for (const auto &[coder, quote] : {std::pair {u"Ada"_s, u"31st out of 83"_s}, std::pair {u"Grace"_s, u"31st out of 83 countries"_s}}) {
        const ProcessResult annotated = run(u"annotate"_s, {article, u"--quote"_s, quote, u"--tag"_s, u"Rankings"_s, u"--coder"_s, coder});
        ASSERT_EQ(annotated.exitCode, 0) << qPrintable(annotated.err);
    }
    EXPECT_EQ(annotationsJson().first().toObject().value(u"coder"_s).toString(), u"Ada"_s);

    const ProcessResult measured = run(u"agreement"_s, {u"--coder"_s, u"Ada"_s, u"--coder"_s, u"Grace"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(measured.exitCode, 0) << qPrintable(measured.err);
    const QJsonObject report = QJsonDocument::fromJson(measured.out.toUtf8()).object();
    const QJsonObject rankings = report.value(u"tags"_s).toArray().first().toObject();
    EXPECT_EQ(rankings.value(u"tag"_s).toString(), u"Rankings"_s);
    EXPECT_EQ(rankings.value(u"passages"_s).toInt(), 2);
    const double alpha = rankings.value(u"krippendorffs_alpha"_s).toDouble();
    EXPECT_GT(alpha, 0.5);
    EXPECT_LT(alpha, 1.0);
    const QJsonArray differ = report.value(u"disagreements"_s).toArray();
    ASSERT_EQ(differ.size(), 1);
    EXPECT_EQ(differ.first().toObject().value(u"quote"_s).toString(), u" countries"_s);
    EXPECT_EQ(differ.first().toObject().value(u"coded_by"_s).toArray(), QJsonArray {u"Grace"_s});
    EXPECT_TRUE(run(u"agreement"_s, {u"--coder"_s, u"Ada"_s, u"--coder"_s, u"Grace"_s}).out.contains(u"Rankings"_s));

    // One coder is no comparison; a coder who coded nothing shares no article.
    EXPECT_EQ(run(u"agreement"_s, {u"--coder"_s, u"Ada"_s}).exitCode, 2);
    const ProcessResult nobody = run(u"agreement"_s, {u"--coder"_s, u"Ada"_s, u"--coder"_s, u"Linus"_s});
    EXPECT_EQ(nobody.exitCode, 1);
    EXPECT_TRUE(nobody.err.contains(u"No article was coded by all of Ada, Linus"_s)) << qPrintable(nobody.err);
}

// --db takes a team library's address as it takes a file: the same commands, the same
// results, on the PostgreSQL test server.
TEST(LibraryCommandLineOnPostgres, importAnnotateAndExport_workOnATeamLibrary)
{
    // Qt Sql loads the server's driver as a plugin, which wants an application object.
    int argc = 1;
    char name[] = "cli_tests";
    char *argv[] = {name, nullptr};
    const QCoreApplication application(argc, argv);
    QString whyNot;
    if (!Parallax::Testing::postgresServer(&whyNot))
        GTEST_SKIP() << qPrintable(whyNot);
    const Parallax::Testing::PostgresDatabase library;
    ASSERT_FALSE(library.uri().isEmpty()) << qPrintable(library.error());
    const QStringList db {u"--db"_s, library.uri()};

    const ProcessResult imported = runParallax(QStringList {u"import"_s} + db + QStringList {Seed0, Seed1});
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.err);
    const QStringList ids = imported.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(ids.size(), 2);
    const ProcessResult annotated
        = runParallax(QStringList {u"annotate"_s} + db + QStringList {ids.first(), u"--quote"_s, u"31st out of 83"_s, u"--tag"_s, u"Economy/Rankings"_s});
    ASSERT_EQ(annotated.exitCode, 0) << qPrintable(annotated.err);
    const ProcessResult listed = runParallax(QStringList {u"annotations"_s} + db + QStringList {u"--format"_s, u"json"_s});
    ASSERT_EQ(listed.exitCode, 0) << qPrintable(listed.err);
    const QJsonArray annotations = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    ASSERT_EQ(annotations.size(), 1);
    EXPECT_EQ(annotations.first().toObject().value(u"quote"_s).toString(), u"31st out of 83"_s);
    EXPECT_EQ(annotations.first().toObject().value(u"tags"_s).toArray(), QJsonArray {u"Economy/Rankings"_s});

    QTemporaryDir out;
    const QString notes = out.filePath(u"notes.md"_s);
    const ProcessResult exported = runParallax(QStringList {u"export"_s} + db + QStringList {u"--format"_s, u"md"_s, u"--out"_s, notes});
    ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    QFile written(notes);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    EXPECT_TRUE(written.readAll().contains("31st out of 83"));

    // A password in the address is refused, and not echoed.
    QUrl withPassword(library.uri());
    withPassword.setPassword(u"hunter2"_s);
    const ProcessResult refused = runParallax(QStringList {u"tags"_s, u"--db"_s, withPassword.toString()});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"PGPASSWORD"_s)) << qPrintable(refused.err);
    EXPECT_FALSE(refused.err.contains(u"hunter2"_s));
}
