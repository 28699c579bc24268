// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

// The library every export test starts from, and golden-file comparison.
#include <core/import/corpus.h>
#include <core/library/store.h>

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>
#include <tests/qstringprinter.h>
#include <tests/storeassertions.h>

#include <algorithm>

// Test code only: the export tests all spell strings and types this way.
using namespace Qt::StringLiterals;
using namespace Parallax;

// What an export and import into another library must keep of an annotation,
// independent of ids and of where the texts came from.
struct KeptAnnotation {
    QString textStart; ///< the first words of its article
    TextAnchor anchor;
    QStringList tags;
    QString note;
    QDateTime created;
    QDateTime modified;
    friend bool operator==(const KeptAnnotation &, const KeptAnnotation &) = default;
};

inline QList<KeptAnnotation> keptAnnotations(const Store &store)
{
    QList<KeptAnnotation> kept;
    for (const Annotation &annotation : *store.annotations()) {
        QStringList tags = annotation.tagPaths;
        tags.sort();
        kept.append(
            {store.article(annotation.articleId)->document.text.left(40), annotation.anchor, tags, annotation.note, annotation.created, annotation.modified});
    }
    std::sort(kept.begin(), kept.end(), [](const KeptAnnotation &a, const KeptAnnotation &b) {
        return std::tie(a.textStart, a.anchor.range.start) < std::tie(b.textStart, b.anchor.range.start);
    });
    return kept;
}

// The tags of whole articles, as "first words of the article: tag path", sorted.
inline QStringList keptArticleTags(const Store &store)
{
    QStringList kept;
    const QHash<qint64, QStringList> byArticle = *store.articleTagPaths();
    for (auto it = byArticle.cbegin(); it != byArticle.cend(); ++it) {
        for (const QString &path : it.value())
            kept.append(store.article(it.key())->document.text.left(40) + u": "_s + path);
    }
    kept.sort();
    return kept;
}

class FixtureLibrary : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Paths as if imported from one folder, so that the output does not name the checkout.
        build(u"/library"_s);
    }

    // Seeds 000 and 001 as if imported from FOLDER, with four annotations under five
    // tags (one note with quotes and a line break), 001 tagged as a whole, and one
    // reviewed claim.
    void build(const QString &folder)
    {
        ASSERT_TRUE(m_store.open(m_dir.filePath(u"library.sqlite"_s)));
        const QList<Document> corpus = Corpus::load(QStringLiteral(PARALLAX_SOURCE_DIR "/corpus")).documents();
        ASSERT_EQ(corpus.size(), 4);
        for (int i : {0, 1}) {
            Document document = corpus.at(i);
            document.path = folder + u'/' + document.path.section(u'/', -1);
            m_articles.append(m_store.importDocument(document)->articleId);
            m_texts.append(document.text);
        }
        const QDateTime time(QDate(2026, 11, 20), QTime(9, 30), QTimeZone::UTC);
        annotate(1, 0, u"31st out of 83"_s, {u"Economy/Rankings"_s, u"Checked"_s}, u"Same rank as in *001*; the index is from **2024**."_s, time);
        annotate(2, 0, u"Vladimir Putin"_s, {u"People/Putin"_s}, {}, time.addSecs(60));
        annotate(3, 1, u"Sberbank"_s, {u"Economy/Banks, state-owned"_s}, u"CEO: German Gref, \"quoted\"\non two lines"_s, time.addSecs(120));
        annotate(4, 0, u"Artificial intelligence development"_s, {}, u"Opening line"_s, time.addSecs(180));
        ASSERT_TRUE(m_store.tagArticle(m_articles.at(1), *m_store.ensureTagPath(u"Sources/Trade press"_s)));
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
        ASSERT_TRUE(Testing::succeeded(m_store.restoreAnnotation(annotation)));
    }

    void expectGolden(const QString &name, const StoreResult<QString> &output)
    {
        ASSERT_TRUE(output) << qPrintable(output.error().message);
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

    void expectGolden(const QString &name, const StoreResult<QByteArray> &output)
    {
        if (!output)
            return expectGolden(name, StoreResult<QString>(output.error()));
        expectGolden(name, StoreResult<QString>(QString::fromUtf8(*output)));
    }

    QTemporaryDir m_dir;
    Store m_store;
    QList<qint64> m_articles;
    QStringList m_texts;
};
