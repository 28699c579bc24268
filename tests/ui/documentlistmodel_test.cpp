// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/import/corpus.h>
#include <ui/documentlistmodel.h>
#include <ui/itemroles.h>

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

TEST(DocumentListModel, corpus_passesTheModelTesterAndShowsColumns)
{
    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setDocuments(Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents());
    ASSERT_EQ(model.rowCount(), 4);
    ASSERT_EQ(model.columnCount(), 4);

    EXPECT_EQ(model.headerData(DocumentListModel::OutletColumn, Qt::Horizontal).toString(), u"Outlet"_s);
    EXPECT_EQ(
        model.index(1, DocumentListModel::TitleColumn).data().toString(), u"Russia collaborates with BRICS to establish an AI alliance, according to Putin"_s);
    EXPECT_EQ(model.index(1, DocumentListModel::OutletColumn).data().toString(), u"Defence Talks"_s);
    EXPECT_TRUE(model.index(1, DocumentListModel::PublishedColumn).data().toString().isEmpty());
    EXPECT_EQ(model.index(2, DocumentListModel::PublishedColumn).data(SortRole).toDate(), QDate(2025, 2, 6));
    EXPECT_EQ(model.rowOfPath(model.index(3, 0).data(DocumentPathRole).toString()), 3);
    EXPECT_EQ(model.rowOfPath(u"/not/there.md"_s), -1);

    // Who wrote an article is a column of its own.
    Document bylined;
    bylined.path = u"/saved/quake.html"_s;
    bylined.metadata.title = u"Quake kills 24"_s;
    bylined.metadata.byline = u"Jane Doe"_s;
    const int row = model.addDocument(bylined);
    EXPECT_EQ(model.headerData(DocumentListModel::BylineColumn, Qt::Horizontal).toString(), u"Author"_s);
    EXPECT_EQ(model.index(row, DocumentListModel::BylineColumn).data().toString(), u"Jane Doe"_s);

    model.setDocuments({});
    EXPECT_EQ(model.rowCount(), 0);
}

TEST(DocumentListModel, storedArticles_areReadWhenAskedFor_andStayListedAfterSetDocuments)
{
    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<Document> corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
    model.setDocuments(corpus);

    QList<std::pair<qint64, Document>> stored;
    for (qint64 id : {7, 9}) {
        Document document;
        document.path = u"/library/%1.txt"_s.arg(id);
        document.metadata.title = u"Stored %1"_s.arg(id);
        stored.append({id, document});
    }
    stored.append({11, corpus.first()}); // already listed: not twice
    QList<qint64> read;
    model.setStoredDocuments(stored, [&read](qint64 id) {
        read.append(id);
        Document loaded;
        loaded.text = u"Menu\n\nText of %1"_s.arg(id);
        loaded.furniture = {{0, 6}};
        return loaded;
    });
    ASSERT_EQ(model.rowCount(), corpus.size() + 2);
    EXPECT_EQ(model.index(int(corpus.size()) + 1, DocumentListModel::TitleColumn).data().toString(), u"Stored 9"_s);
    EXPECT_TRUE(read.isEmpty()) << "listing must not read the texts";

    const int row = model.rowOfPath(u"/library/9.txt"_s);
    EXPECT_EQ(model.document(row).text, u"Menu\n\nText of 9"_s);
    EXPECT_EQ(model.document(row).furniture, (QList<TextRange> {{0, 6}})) << "a page's furniture comes with its text";
    EXPECT_EQ(model.document(row).text, u"Menu\n\nText of 9"_s);
    EXPECT_EQ(read, QList<qint64> {9}) << "a text is read once";

    // Reloading the corpus (one file fewer) keeps the library's articles, in order.
    model.setDocuments(corpus.mid(1));
    ASSERT_EQ(model.rowCount(), corpus.size() + 1);
    EXPECT_EQ(model.index(int(corpus.size()) - 1, DocumentListModel::TitleColumn).data().toString(), u"Stored 7"_s);
    EXPECT_EQ(model.document(model.rowOfPath(u"/library/7.txt"_s)).text, u"Menu\n\nText of 7"_s);
    EXPECT_EQ(read, (QList<qint64> {9, 7}));
}

TEST(DocumentListModel, anotherLibrary_replacesTheRowsTheOneBeforeListed_andKeepsTheFilesOpened)
{
    DocumentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<Document> corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
    model.setDocuments(corpus);
    const auto article = [](qint64 id, const QString &path) {
        Document document;
        document.path = path;
        document.metadata.title = path;
        return std::pair {id, document};
    };
    const auto textOf = [](const QString &library) {
        return [library](qint64 id) {
            Document loaded;
            loaded.text = u"%1 article %2"_s.arg(library).arg(id);
            return loaded;
        };
    };
    model.setStoredDocuments({article(1, u"/a.txt"_s), article(2, u"/b.txt"_s), article(3, u"/shared.txt"_s)}, textOf(u"first"_s));
    ASSERT_EQ(model.rowCount(), corpus.size() + 3);
    EXPECT_EQ(model.document(model.rowOfPath(u"/shared.txt"_s)).text, u"first article 3"_s);

    // The second library holds the shared file under another id, and one of its own.
    model.setStoredDocuments({article(1, u"/shared.txt"_s), article(2, u"/c.txt"_s)}, textOf(u"second"_s));
    EXPECT_EQ(model.rowCount(), corpus.size() + 2);
    EXPECT_EQ(model.rowOfPath(u"/a.txt"_s), -1);
    EXPECT_EQ(model.rowOfPath(u"/b.txt"_s), -1);
    EXPECT_EQ(model.document(model.rowOfPath(u"/shared.txt"_s)).text, u"second article 1"_s) << "read by this library's id";
    EXPECT_EQ(model.document(model.rowOfPath(u"/c.txt"_s)).text, u"second article 2"_s);
    for (const Document &document : corpus)
        EXPECT_GE(model.rowOfPath(document.path), 0) << "files opened stay";

    // The same library listed again (after an import) changes nothing that is there.
    model.setStoredDocuments({article(1, u"/shared.txt"_s), article(2, u"/c.txt"_s), article(3, u"/d.txt"_s)}, textOf(u"second"_s));
    EXPECT_EQ(model.rowCount(), corpus.size() + 3);
}
