// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include <core/exchange/agreementreport.h>
#include <core/import/corpus.h>
#include <core/library/intercoderagreement.h>
#include <core/library/store.h>

#include <QJsonArray>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>
#include <tests/storeassertions.h>

using namespace Qt::StringLiterals;
using namespace Parallax;

namespace
{

class AgreementReportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
        ASSERT_TRUE(Testing::succeeded(m_store.open(m_dir.filePath(u"library.sqlite"_s))));
        for (int index : {0, 1})
            m_articles.append(m_store.importDocument(m_corpus.at(index))->articleId);
    }

    // Annotates the first occurrence of PASSAGE in article INDEX as CODER, with TAG.
    TextRange code(const QString &coder, int index, const QString &passage, const QString &tag)
    {
        m_store.setCoder(coder);
        const qsizetype start = m_corpus.at(index).text.indexOf(passage);
        EXPECT_GE(start, 0) << qPrintable(passage);
        const TextRange range {start, start + passage.size()};
        EXPECT_TRUE(Testing::succeeded(m_store.addAnnotation(m_articles.at(index), range, {*m_store.ensureTagPath(tag)}, {})));
        return range;
    }

    QTemporaryDir m_dir;
    QList<Document> m_corpus;
    QList<qint64> m_articles;
    Store m_store;
};

} // namespace

TEST_F(AgreementReportTest, theSameCoding_agreesFully)
{
    for (const QString &coder : {u"Ada"_s, u"Grace"_s}) {
        code(coder, 0, u"Russia plans to join China"_s, u"Actors/Russia"_s);
        code(coder, 1, u"BRICS"_s, u"Actors/BRICS"_s);
    }
    const Expected<AgreementReport> report = AgreementReport::compute(m_store, {u"Ada"_s, u"Grace"_s});
    ASSERT_TRUE(report.has_value()) << qPrintable(report.error().message);
    EXPECT_EQ(report->articles, m_articles);
    ASSERT_EQ(report->tags.size(), 2);
    for (const AgreementReport::Row &row : report->tags) {
        EXPECT_DOUBLE_EQ(*row.percent, 1.0) << qPrintable(row.tag);
        EXPECT_DOUBLE_EQ(*row.kappa, 1.0) << qPrintable(row.tag);
        EXPECT_DOUBLE_EQ(*row.alpha, 1.0) << qPrintable(row.tag);
    }
    EXPECT_DOUBLE_EQ(*report->overall.alpha, 1.0);
    EXPECT_TRUE(report->disagreements.isEmpty());
}

TEST_F(AgreementReportTest, differentPassages_giveTheStatisticsOfTheSectionsOnTheArticlesOneAfterTheOther)
{
    const TextRange ada = code(u"Ada"_s, 1, u"Russia collaborates with BRICS"_s, u"Actors"_s);
    const TextRange grace = code(u"Grace"_s, 1, u"BRICS to establish an AI alliance"_s, u"Actors"_s);
    code(u"Ada"_s, 0, u"China"_s, u"Other"_s);
    code(u"Grace"_s, 0, u"China"_s, u"Other"_s);
    const Expected<AgreementReport> report = AgreementReport::compute(m_store, {u"Ada"_s, u"Grace"_s}, u"Actors"_s);
    ASSERT_TRUE(report.has_value()) << qPrintable(report.error().message);
    ASSERT_EQ(report->tags.size(), 1);

    // The same figures straight from the statistics: article 0's text comes first.
    const double offset = double(m_store.article(m_articles.at(0))->document.text.size());
    const double length = offset + double(m_store.article(m_articles.at(1))->document.text.size());
    const QList<IntercoderAgreement::Section> sections
        = {{0, offset + double(ada.start), double(ada.length())}, {1, offset + double(grace.start), double(grace.length())}};
    const auto alpha = IntercoderAgreement::unitizedAlpha(0, length, 2, sections);
    const auto kappa = IntercoderAgreement::cohensKappa(IntercoderAgreement::characterMatrix(0, length, sections));
    ASSERT_TRUE(alpha && kappa);
    EXPECT_DOUBLE_EQ(*report->tags.first().alpha, alpha->alpha);
    EXPECT_DOUBLE_EQ(*report->tags.first().kappa, kappa->kappa);
    EXPECT_LT(*report->tags.first().alpha, 1.0);

    // Where they differ: "Russia collaborates with " only Ada, " to establish an AI
    // alliance" only Grace; "BRICS", which both gave, is no disagreement.
    ASSERT_EQ(report->disagreements.size(), 2);
    EXPECT_EQ(report->disagreements.at(0).quote, u"Russia collaborates with "_s);
    EXPECT_EQ(report->disagreements.at(0).codedBy, QStringList {u"Ada"_s});
    EXPECT_EQ(report->disagreements.at(1).quote, u" to establish an AI alliance"_s);
    EXPECT_EQ(report->disagreements.at(1).codedBy, QStringList {u"Grace"_s});
    EXPECT_EQ(report->toJson().value(u"disagreements"_s).toArray().size(), 2);
    EXPECT_TRUE(report->toText().contains(u"only Grace"_s)) << qPrintable(report->toText());
}

TEST_F(AgreementReportTest, withoutTwoCodersOrASharedArticle_saysWhy)
{
    code(u"Ada"_s, 0, u"China"_s, u"Actors"_s);
    code(u"Grace"_s, 1, u"BRICS"_s, u"Actors"_s);
    const auto alone = AgreementReport::compute(m_store, {u"Ada"_s});
    ASSERT_FALSE(alone.has_value());
    EXPECT_TRUE(alone.error().message.contains(u"two coders"_s)) << qPrintable(alone.error().message);
    const auto apart = AgreementReport::compute(m_store, {u"Ada"_s, u"Grace"_s});
    ASSERT_FALSE(apart.has_value());
    EXPECT_TRUE(apart.error().message.contains(u"No article was coded by all of Ada, Grace"_s)) << qPrintable(apart.error().message);
}
