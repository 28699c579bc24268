// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors

// Markdown notes and CSV of a fixture library, against golden files in
// tests/data/exports/ (PARALLAX_UPDATE_GOLDEN=1 rewrites them; review the diff).
#include <core/corpus.h>
#include <core/notesexport.h>
#include <core/store.h>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

class NotesExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_store.open(m_dir.filePath(u"library.sqlite"_s)));
        const QList<Document> corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
        ASSERT_EQ(corpus.size(), 4);
        // Paths as if imported from one folder, so that the output does not name the checkout.
        for (int i : {0, 1}) {
            Document document = corpus.at(i);
            document.path = u"/library/"_s + document.path.section(u'/', -1);
            m_articles.append(m_store.importDocument(document)->articleId);
            m_texts.append(document.text);
        }
        const QDateTime time(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::UTC);
        annotate(1, 0, u"31st out of 83"_s, {u"Economy/Rankings"_s, u"Checked"_s}, u"Same rank as in *001*; the index is from **2024**."_s, time);
        annotate(2, 0, u"Vladimir Putin"_s, {u"People/Putin"_s}, {}, time.addSecs(60));
        annotate(3, 1, u"Sberbank"_s, {u"Economy/Banks, state-owned"_s}, u"CEO: German Gref, \"quoted\"\non two lines"_s, time.addSecs(120));
        annotate(4, 0, u"Artificial intelligence development"_s, {}, u"Opening line"_s, time.addSecs(180));
        const qsizetype rank = m_texts.at(0).indexOf(u"31st out of 83"_s);
        const qsizetype rankB = m_texts.at(1).indexOf(u"31st out of 83"_s);
        ASSERT_TRUE(m_store.setClaimReview(m_articles.at(0),
            m_articles.at(1),
            u"rank"_s,
            TextRange {rank, rank + 14},
            TextRange {rankB, rankB + 14},
            ClaimReview::State::Confirmed,
            u"Both cite the Global AI Index"_s));
    }

    void annotate(qint64 id, int article, const QString &quote, const QStringList &tags, const QString &note, const QDateTime &time)
    {
        Annotation annotation;
        annotation.id = id;
        annotation.articleId = m_articles.at(article);
        const qsizetype start = m_texts.at(article).indexOf(quote);
        ASSERT_GE(start, 0);
        annotation.anchor = TextAnchor::capture(m_texts.at(article), {start, start + quote.size()});
        for (const QString &path : tags)
            annotation.tagIds.append(*m_store.ensureTagPath(path));
        annotation.note = note;
        annotation.created = time;
        annotation.modified = time;
        ASSERT_TRUE(m_store.restoreAnnotation(annotation)) << qPrintable(m_store.lastError().message);
    }

    void expectGolden(const QString &name, const std::optional<QString> &output)
    {
        ASSERT_TRUE(output) << qPrintable(m_store.lastError().message);
        const QString path = QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/exports/") + name;
        QFile golden(path);
        if (qEnvironmentVariableIsSet("PARALLAX_UPDATE_GOLDEN")) {
            ASSERT_TRUE(golden.open(QIODevice::WriteOnly));
            golden.write(output->toUtf8());
            return;
        }
        ASSERT_TRUE(golden.open(QIODevice::ReadOnly)) << qPrintable(path);
        EXPECT_EQ(*output, QString::fromUtf8(golden.readAll())) << "differs from " << qPrintable(path);
    }

    QTemporaryDir m_dir;
    Store m_store;
    QList<qint64> m_articles;
    QStringList m_texts;
};

} // namespace

TEST_F(NotesExportTest, markdownOfAnArticle_matchesTheGolden)
{
    expectGolden(u"notes-article.md"_s, NotesExport::markdown(m_store, ExportScope::article(m_articles.at(0))));
}

TEST_F(NotesExportTest, markdownOfATag_takesItsSubtags_acrossArticles)
{
    const auto notes = NotesExport::markdown(m_store, ExportScope::tag(u"Economy"_s));
    expectGolden(u"notes-tag-economy.md"_s, notes);
    ASSERT_TRUE(notes);
    EXPECT_TRUE(notes->contains(u"> 31st out of 83"_s));
    EXPECT_TRUE(notes->contains(u"> Sberbank"_s));
    EXPECT_FALSE(notes->contains(u"> Vladimir Putin"_s));
}

TEST_F(NotesExportTest, markdown_isInTextOrder_withObsidianTags)
{
    const auto notes = NotesExport::markdown(m_store, ExportScope::library());
    ASSERT_TRUE(notes);
    EXPECT_LT(notes->indexOf(u"> Artificial intelligence development"_s), notes->indexOf(u"> Vladimir Putin"_s));
    EXPECT_LT(notes->indexOf(u"> Vladimir Putin"_s), notes->indexOf(u"> 31st out of 83"_s));
    EXPECT_TRUE(notes->contains(u"#Economy/Rankings #Checked"_s) || notes->contains(u"#Checked #Economy/Rankings"_s));
    EXPECT_TRUE(notes->contains(u"#Economy/Banks_state-owned"_s));
    EXPECT_TRUE(notes->startsWith(u"---\ntitle: \"Notes\"\n"_s));
    EXPECT_TRUE(notes->contains(u"**confirmed** rank: “31st out of 83” here"_s));
    EXPECT_EQ(NotesExport::obsidianTag(u"Economy/Gross product"_s), u"#Economy/Gross_product"_s);
}

TEST_F(NotesExportTest, csvOfAnnotations_matchesTheGolden_andQuotesPerRfc4180)
{
    const auto csv = CsvExport::annotations(m_store, ExportScope::library());
    expectGolden(u"annotations.csv"_s, csv);
    ASSERT_TRUE(csv);
    EXPECT_TRUE(csv->startsWith(u"id,article_id,article_title,start,end,quote,tags,note,orphaned,created,modified\r\n"_s));
    EXPECT_TRUE(csv->contains(u"\"CEO: German Gref, \"\"quoted\"\"\non two lines\""_s));
    EXPECT_EQ(CsvExport::record({u"a"_s, u"b,c"_s, u"d\"e"_s, QString()}), u"a,\"b,c\",\"d\"\"e\",\r\n"_s);
}
