// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "agreementreport.h"

#include <core/library/intercoderagreement.h>
#include <core/text/codepoints.h>

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <map>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

using IntercoderAgreement::Section;

QString formatShare(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'f', 3) : u"–"_s;
}

QJsonValue jsonNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

Expected<AgreementReport> AgreementReport::compute(const Store &store, const QStringList &coders, const QString &tagPath)
{
    QStringList names;
    for (const QString &coder : coders) {
        if (!coder.trimmed().isEmpty() && !names.contains(coder.trimmed()))
            names.append(coder.trimmed());
    }
    if (names.size() < 2)
        return Failure {tr("Agreement is measured between two coders or more: name them with --coder.")};

    const StoreResult<QList<Annotation>> all = store.annotations();
    if (!all)
        return Failure {all.error().message};
    // The articles every coder coded, and each coder's annotations on them.
    QHash<QString, QSet<qint64>> articlesOf;
    for (const Annotation &annotation : *all) {
        if (!annotation.orphaned && names.contains(annotation.coder))
            articlesOf[annotation.coder].insert(annotation.articleId);
    }
    QSet<qint64> shared = articlesOf.value(names.first());
    for (const QString &name : std::as_const(names))
        shared.intersect(articlesOf.value(name));
    if (shared.isEmpty())
        return Failure {tr("No article was coded by all of %1.").arg(names.join(u", "_s))};

    AgreementReport report;
    report.coders = names;
    report.articles = QList<qint64>(shared.cbegin(), shared.cend());
    std::sort(report.articles.begin(), report.articles.end());

    // The continuum: the articles' texts one after the other, read together.
    const StoreResult<QHash<qint64, QString>> read = store.texts(report.articles);
    if (!read)
        return Failure {read.error().message};
    const QHash<qint64, QString> &texts = *read;
    if (texts.size() != report.articles.size())
        return Failure {tr("An article coded was not found in the library.")};
    QHash<qint64, double> offsetOf;
    double length = 0;
    for (const qint64 id : std::as_const(report.articles)) {
        offsetOf.insert(id, length);
        length += double(texts.value(id).size());
    }

    QList<const Annotation *> counted;
    QSet<QString> tagSet;
    for (const Annotation &annotation : *all) {
        if (annotation.orphaned || !shared.contains(annotation.articleId) || !names.contains(annotation.coder))
            continue;
        counted.append(&annotation);
        for (const QString &path : annotation.tagPaths)
            tagSet.insert(path);
    }
    QStringList tagsToMeasure = tagPath.isEmpty() ? QStringList(tagSet.cbegin(), tagSet.cend()) : QStringList {tagPath};
    tagsToMeasure.sort();
    // The annotations that count for each tag (given it or one of its sub-tags), in
    // reading order, gathered once: not every annotation looked at again for every tag.
    QHash<QString, QList<const Annotation *>> countedFor;
    for (const Annotation *annotation : std::as_const(counted)) {
        QSet<QString> tags;
        for (const QString &path : annotation->tagPaths) {
            for (qsizetype slash = path.indexOf(u'/'); slash >= 0; slash = path.indexOf(u'/', slash + 1))
                tags.insert(path.left(slash));
            tags.insert(path);
        }
        for (const QString &tag : std::as_const(tags))
            countedFor[tag].append(annotation);
    }
    // A title for each article a disagreement is in: listed, or (an earlier revision) read.
    auto titleOf = [&store, titles = QHash<qint64, QString>()](qint64 articleId) mutable {
        if (titles.isEmpty())
            for (const StoredArticle &article : store.articles().value_or({}))
                titles.insert(article.id, article.document.metadata.title);
        if (!titles.contains(articleId)) {
            const StoreResult<StoredArticle> article = store.article(articleId);
            titles.insert(articleId, article ? article->document.metadata.title : QString());
        }
        return titles.value(articleId);
    };

    QList<IntercoderAgreement::Unitized> categories;
    QList<QList<double>> pooled {{0, 0}, {0, 0}};
    for (const QString &tag : std::as_const(tagsToMeasure)) {
        QList<Section> sections;
        // Per article, the stretches of each coder, for the disagreements.
        std::map<qint64, QList<std::pair<int, TextRange>>> byArticle;
        for (const Annotation *annotation : countedFor.value(tag)) {
            const int coder = int(names.indexOf(annotation->coder));
            const TextRange range = annotation->anchor.range;
            sections.append({coder, offsetOf.value(annotation->articleId) + double(range.start), double(range.length())});
            byArticle[annotation->articleId].append({coder, range});
        }
        Row row;
        row.tag = tag;
        row.sections = int(sections.size());
        if (const auto alpha = IntercoderAgreement::unitizedAlpha(0, length, int(names.size()), sections)) {
            row.alpha = alpha->alpha;
            categories.append(*alpha);
        }
        if (names.size() == 2) {
            const QList<QList<double>> matrix = IntercoderAgreement::characterMatrix(0, length, sections);
            for (int a = 0; a < 2; ++a)
                for (int b = 0; b < 2; ++b)
                    pooled[a][b] += matrix.at(a).at(b);
            row.percent = (matrix.at(0).at(0) + matrix.at(1).at(1)) / std::max(1.0, length);
            if (const auto kappa = IntercoderAgreement::cohensKappa(matrix))
                row.kappa = kappa->kappa;
        }
        report.tags.append(row);

        // Where some coders gave the tag and others did not, stretch by stretch.
        for (const auto &[articleId, stretches] : byArticle) {
            QList<qsizetype> cuts;
            for (const auto &[coder, range] : stretches)
                cuts << range.start << range.end;
            std::sort(cuts.begin(), cuts.end());
            cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
            for (qsizetype k = 0; k + 1 < cuts.size(); ++k) {
                const TextRange piece {cuts.at(k), cuts.at(k + 1)};
                QStringList codedBy;
                for (const auto &[coder, range] : stretches) {
                    if (range.contains(piece) && !codedBy.contains(names.at(coder)))
                        codedBy.append(names.at(coder));
                }
                if (codedBy.isEmpty() || codedBy.size() == names.size())
                    continue;
                std::sort(codedBy.begin(), codedBy.end());
                // A stretch that goes on where the last one ended, with the same coders, is one.
                if (!report.disagreements.isEmpty()) {
                    Disagreement &last = report.disagreements.last();
                    if (last.articleId == articleId && last.tag == tag && last.range.end == piece.start && last.codedBy == codedBy) {
                        last.range.end = piece.end;
                        continue;
                    }
                }
                report.disagreements.append({articleId, titleOf(articleId), tag, piece, {}, {}, codedBy});
            }
        }
    }
    std::map<qint64, CodePointMap> codePointsOf; // each article's, made once
    for (Disagreement &disagreement : report.disagreements) {
        const QString &text = *texts.constFind(disagreement.articleId);
        const CodePointMap &codePoints = codePointsOf.try_emplace(disagreement.articleId, text).first->second;
        disagreement.codePoints = {codePoints.toCodePoint(disagreement.range.start), codePoints.toCodePoint(disagreement.range.end)};
        disagreement.quote = text.mid(disagreement.range.start, disagreement.range.length());
    }

    report.overall.sections = std::accumulate(report.tags.cbegin(), report.tags.cend(), 0, [](int sum, const Row &row) {
        return sum + row.sections;
    });
    report.overall.alpha = IntercoderAgreement::unitizedAlpha(categories);
    if (names.size() == 2 && !report.tags.isEmpty()) {
        const double total = pooled.at(0).at(0) + pooled.at(0).at(1) + pooled.at(1).at(0) + pooled.at(1).at(1);
        report.overall.percent = (pooled.at(0).at(0) + pooled.at(1).at(1)) / std::max(1.0, total);
        if (const auto kappa = IntercoderAgreement::cohensKappa(pooled))
            report.overall.kappa = kappa->kappa;
    }
    return report;
}

QString AgreementReport::toText() const
{
    QString text = tr("Agreement of %1 on %n article(s)", nullptr, int(articles.size())).arg(coders.join(u", "_s)) + u"\n\n"_s;
    const auto line = [](const QString &tag, const Row &row) {
        return u"%1 %2 %3 %4 %5\n"_s.arg(tag.leftJustified(30), QString::number(row.sections).rightJustified(8))
            .arg(formatShare(row.percent).rightJustified(9), formatShare(row.kappa).rightJustified(7), formatShare(row.alpha).rightJustified(7));
    };
    text += u"%1 %2 %3 %4 %5\n"_s.arg(tr("tag").leftJustified(30), tr("passages").rightJustified(8), tr("agreement").rightJustified(9))
                .arg(tr("kappa").rightJustified(7), tr("alpha").rightJustified(7));
    for (const Row &row : tags)
        text += line(row.tag, row);
    text += line(tr("all tags"), overall);
    if (!disagreements.isEmpty()) {
        text += u'\n' + tr("Where they differ:") + u'\n';
        for (const Disagreement &disagreement : disagreements) {
            text += tr("  article %1 [%2–%3] %4: only %5: “%6”")
                        .arg(disagreement.articleId)
                        .arg(disagreement.codePoints.start)
                        .arg(disagreement.codePoints.end)
                        .arg(disagreement.tag, disagreement.codedBy.join(u", "_s), disagreement.quote.simplified().left(80))
                + u'\n';
        }
    }
    return text;
}

QJsonObject AgreementReport::toJson() const
{
    const auto rowJson = [](const Row &row) {
        QJsonObject object {{u"passages"_s, row.sections},
            {u"percent_agreement"_s, jsonNumber(row.percent)},
            {u"cohens_kappa"_s, jsonNumber(row.kappa)},
            {u"krippendorffs_alpha"_s, jsonNumber(row.alpha)}};
        if (!row.tag.isEmpty())
            object.insert(u"tag"_s, row.tag);
        return object;
    };
    QJsonArray tagRows;
    for (const Row &row : tags)
        tagRows.append(rowJson(row));
    QJsonArray articleIds;
    for (const qint64 id : articles)
        articleIds.append(id);
    QJsonArray differences;
    for (const Disagreement &disagreement : disagreements) {
        differences.append(QJsonObject {{u"article"_s, disagreement.articleId},
            {u"title"_s, disagreement.title},
            {u"tag"_s, disagreement.tag},
            {u"start"_s, disagreement.codePoints.start},
            {u"end"_s, disagreement.codePoints.end},
            {u"quote"_s, disagreement.quote},
            {u"coded_by"_s, QJsonArray::fromStringList(disagreement.codedBy)}});
    }
    return {{u"coders"_s, QJsonArray::fromStringList(coders)},
        {u"articles"_s, articleIds},
        {u"tags"_s, tagRows},
        {u"overall"_s, rowJson(overall)},
        {u"disagreements"_s, differences}};
}

} // namespace Parallax
