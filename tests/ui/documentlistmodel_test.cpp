// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/document/librarydocument.h>
#include <core/import/corpus.h>
#include <ui/documentlistmodel.h>
#include <ui/itemroles.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

// The list over a library in a folder of its own, with the model tester watching.
class DocumentListModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(m_store.open(m_dir.filePath(u"library.sqlite"_s)));
        m_library.setStore(&m_store);
    }

    static Document article(const QString &path, const QString &text)
    {
        Document document;
        document.path = path;
        document.metadata.title = path;
        document.text = text;
        return document;
    }

    const QList<Document> m_corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
    QTemporaryDir m_dir;
    Store m_store;
    LibraryDocument m_library;
    DocumentListModel m_model {&m_library};
    QAbstractItemModelTester m_tester {&m_model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(DocumentListModelTest, corpus_passesTheModelTesterAndShowsColumns)
{
    m_model.setDocuments(m_corpus);
    ASSERT_EQ(m_model.rowCount(), 4);
    ASSERT_EQ(m_model.columnCount(), 4);

    EXPECT_EQ(m_model.headerData(DocumentListModel::OutletColumn, Qt::Horizontal).toString(), u"Outlet"_s);
    EXPECT_EQ(m_model.index(1, DocumentListModel::TitleColumn).data().toString(),
        u"Russia collaborates with BRICS to establish an AI alliance, according to Putin"_s);
    EXPECT_EQ(m_model.index(1, DocumentListModel::OutletColumn).data().toString(), u"Defence Talks"_s);
    EXPECT_TRUE(m_model.index(1, DocumentListModel::PublishedColumn).data().toString().isEmpty());
    EXPECT_EQ(m_model.index(2, DocumentListModel::PublishedColumn).data(SortRole).toDate(), QDate(2025, 2, 6));
    EXPECT_EQ(m_model.rowOfPath(m_model.index(3, 0).data(DocumentPathRole).toString()), 3);
    EXPECT_EQ(m_model.rowOfPath(u"/not/there.md"_s), -1);

    // Who wrote an article is a column of its own.
    Document bylined = article(u"/saved/quake.html"_s, u"The quake killed 24 people.\n"_s);
    bylined.metadata.title = u"Quake kills 24"_s;
    bylined.metadata.byline = u"Jane Doe"_s;
    const int row = m_model.addDocument(bylined);
    EXPECT_EQ(m_model.headerData(DocumentListModel::BylineColumn, Qt::Horizontal).toString(), u"Author"_s);
    EXPECT_EQ(m_model.index(row, DocumentListModel::BylineColumn).data().toString(), u"Jane Doe"_s);

    // The library keeps what was opened, so it is listed after the files of a new list.
    m_model.setDocuments({});
    EXPECT_EQ(m_model.rowCount(), 0) << "nothing is listed from the library until asked";
    m_model.listLibrary();
    EXPECT_EQ(m_model.rowCount(), 5);
}

TEST_F(DocumentListModelTest, eachFileOpened_isKeptInTheLibraryAsItIsOpened_andPickingARowWritesNothing)
{
    QSignalSpy articles(&m_library, &LibraryDocument::articlesChanged);
    m_model.setDocuments(m_corpus);
    ASSERT_EQ(m_store.articles()->size(), m_corpus.size());
    EXPECT_EQ(articles.size(), m_corpus.size());
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const qint64 id = m_model.articleId(row);
        ASSERT_GT(id, 0);
        EXPECT_EQ(m_model.rowOfArticle(id), row);
        EXPECT_EQ(m_store.article(id)->document.text, m_model.document(row).text);
    }
    // The same file opened again, changed: its row, another id; unchanged: the same.
    Document changed = m_corpus.at(1);
    changed.text += u"A paragraph added later.\n"_s;
    const qint64 before = m_model.articleId(1);
    EXPECT_EQ(m_model.addDocument(changed), 1);
    EXPECT_NE(m_model.articleId(1), before);
    EXPECT_EQ(m_model.rowCount(), m_corpus.size());
    EXPECT_EQ(m_model.addDocument(m_corpus.at(2)), 2);
    EXPECT_EQ(m_model.rowOfArticle(0), -1);
}

TEST_F(DocumentListModelTest, theLibrarysArticles_areReadWhenAskedFor_andStayListedAfterSetDocuments)
{
    for (int i : {7, 9})
        ASSERT_TRUE(m_store.importDocument(article(u"/library/%1.txt"_s.arg(i), u"Menu\n\nText of %1\n"_s.arg(i))));
    m_model.setDocuments(m_corpus);
    m_model.listLibrary();
    ASSERT_EQ(m_model.rowCount(), m_corpus.size() + 2);
    EXPECT_EQ(m_model.index(int(m_corpus.size()) + 1, DocumentListModel::TitleColumn).data().toString(), u"/library/9.txt"_s);

    const int row = m_model.rowOfPath(u"/library/9.txt"_s);
    EXPECT_EQ(m_model.document(row).text, u"Menu\n\nText of 9\n"_s);
    EXPECT_EQ(m_store.article(m_model.articleId(row))->document.text, m_model.document(row).text);

    // Reloading the corpus (one file fewer) keeps the library's articles, in order;
    // the file left out is in the library now, so it is listed again when asked.
    m_model.setDocuments(m_corpus.mid(1));
    ASSERT_EQ(m_model.rowCount(), m_corpus.size() + 1);
    EXPECT_EQ(m_model.index(int(m_corpus.size()) - 1, DocumentListModel::TitleColumn).data().toString(), u"/library/7.txt"_s);
    EXPECT_EQ(m_model.document(m_model.rowOfPath(u"/library/7.txt"_s)).text, u"Menu\n\nText of 7\n"_s);
    m_model.listLibrary();
    EXPECT_EQ(m_model.rowCount(), m_corpus.size() + 2);
}

TEST_F(DocumentListModelTest, anotherLibrary_replacesTheRowsTheOneBeforeListed_andKeepsTheFilesOpened)
{
    ASSERT_TRUE(m_store.importDocument(article(u"/a.txt"_s, u"First library, a.\n"_s)));
    ASSERT_TRUE(m_store.importDocument(article(u"/shared.txt"_s, u"Shared, as the first library holds it.\n"_s)));
    m_model.setDocuments(m_corpus);
    m_model.listLibrary();
    ASSERT_EQ(m_model.rowCount(), m_corpus.size() + 2);

    // The second library holds the shared file under another id and text, and one of its own.
    Store second;
    ASSERT_TRUE(second.open(m_dir.filePath(u"second.sqlite"_s)));
    ASSERT_TRUE(second.importDocument(article(u"/c.txt"_s, u"Second library, c.\n"_s)));
    ASSERT_TRUE(second.importDocument(article(u"/shared.txt"_s, u"Shared, as the second library holds it.\n"_s)));
    m_library.setStore(&second);
    EXPECT_EQ(m_model.rowCount(), m_corpus.size() + 2);
    EXPECT_EQ(m_model.rowOfPath(u"/a.txt"_s), -1);
    const int shared = m_model.rowOfPath(u"/shared.txt"_s);
    ASSERT_GE(shared, 0);
    EXPECT_EQ(m_model.document(shared).text, u"Shared, as the second library holds it.\n"_s) << "read by this library's id";
    EXPECT_EQ(m_model.document(m_model.rowOfPath(u"/c.txt"_s)).text, u"Second library, c.\n"_s);
    // The files opened stay, kept in the second library under its ids.
    for (const Document &document : m_corpus) {
        const int row = m_model.rowOfPath(document.path);
        ASSERT_GE(row, 0);
        EXPECT_EQ(second.article(m_model.articleId(row))->document.text, document.text);
    }
    m_library.setStore(&m_store); // the first library outlives the second
}

TEST_F(DocumentListModelTest, aFileTheLibraryRefuses_isStillListedAndRead_andTheOthersAreKept)
{
    {
        // A library that refuses one file, as a full disk or a constraint would.
        QSqlDatabase database = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"refusing"_s);
        database.setDatabaseName(m_store.path());
        ASSERT_TRUE(database.open());
        QSqlQuery trigger(database);
        ASSERT_TRUE(trigger.exec(u"CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.path LIKE '%refused%' "
                                 "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s))
            << qPrintable(trigger.lastError().text());
    }
    QSqlDatabase::removeDatabase(u"refusing"_s);
    QSignalSpy failed(&m_library, &LibraryDocument::failed);
    m_model.setDocuments({article(u"/kept-1.txt"_s, u"The first file.\n"_s),
        article(u"/refused.txt"_s, u"The file the library refuses.\n"_s),
        article(u"/kept-2.txt"_s, u"The second file.\n"_s)});
    ASSERT_EQ(m_model.rowCount(), 3);
    EXPECT_GT(m_model.articleId(0), 0);
    EXPECT_TRUE(LibraryDocument::isUnheld(m_model.articleId(1)));
    EXPECT_GT(m_model.articleId(2), 0);
    EXPECT_EQ(m_model.document(1).text, u"The file the library refuses.\n"_s);
    EXPECT_EQ(m_store.articles()->size(), 2);
    EXPECT_FALSE(failed.isEmpty()) << "the refusal is said";
}
