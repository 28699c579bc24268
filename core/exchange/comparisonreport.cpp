// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "comparisonreport.h"

#include "comparisonhtml.h"
#include "notesexport.h"

#include <core/compare/claimpalette.h>
#include <core/text/codepoints.h>

#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

QJsonObject documentJson(const Document &document)
{
    return {{u"path"_s, document.path}, {u"title"_s, document.metadata.title}, {u"text"_s, document.text}};
}

QJsonObject rangeJson(const TextRange &range, const CodePointMap &codePoints)
{
    return {{u"start"_s, codePoints.toCodePoint(range.start)}, {u"end"_s, codePoints.toCodePoint(range.end)}};
}

QJsonValue factJson(const std::optional<Fact> &fact, const CodePointMap &codePoints)
{
    if (!fact)
        return QJsonValue::Null;
    QJsonObject object = rangeJson(fact->range, codePoints);
    object.insert(u"text"_s, fact->text);
    object.insert(u"value"_s, fact->value);
    return object;
}

// Line numbers (1-based) of UTF-16 positions, for the text report: the line starts are
// found once, so that a report of many claims on a long text takes no quadratic time.
class LineNumbers
{
public:
    explicit LineNumbers(const QString &text)
    {
        for (qsizetype at = text.indexOf(u'\n'); at >= 0; at = text.indexOf(u'\n', at + 1))
            m_breaks.append(at);
    }
    int of(qsizetype position) const { return int(std::lower_bound(m_breaks.cbegin(), m_breaks.cend(), position) - m_breaks.cbegin()) + 1; }

private:
    QList<qsizetype> m_breaks;
};

} // namespace

ComparisonReport::ComparisonReport(const Document &a, const Document &b, const ComparisonResult &result)
    : m_a(a)
    , m_b(b)
    , m_result(result)
{
}

QJsonObject ComparisonReport::toJson() const
{
    const CodePointMap pointsA(m_a.text);
    const CodePointMap pointsB(m_b.text);
    QJsonArray alignments;
    for (const Alignment &alignment : m_result.alignments) {
        alignments.append(QJsonObject {
            {u"a"_s, rangeJson(alignment.a, pointsA)}, {u"b"_s, rangeJson(alignment.b, pointsB)}, {u"score"_s, std::round(alignment.score * 1000) / 1000}});
    }
    QJsonArray claims;
    for (const Claim &claim : m_result.claims) {
        claims.append(QJsonObject {{u"kind"_s, factKindName(claim.kind)},
            {u"status"_s, claimStatusName(claim.status)},
            {u"a"_s, factJson(claim.a, pointsA)},
            {u"b"_s, factJson(claim.b, pointsB)},
            {u"explanation"_s, claim.explanation}});
    }
    return {{u"a"_s, documentJson(m_a)}, {u"b"_s, documentJson(m_b)}, {u"alignments"_s, alignments}, {u"claims"_s, claims}};
}

QString ComparisonReport::toCsv() const
{
    const CodePointMap pointsA(m_a.text);
    const CodePointMap pointsB(m_b.text);
    const auto side = [](const std::optional<Fact> &fact, const CodePointMap &points) -> QStringList {
        if (!fact)
            return {QString(), QString(), QString()};
        return {fact->text, QString::number(points.toCodePoint(fact->range.start)), QString::number(points.toCodePoint(fact->range.end))};
    };
    QString csv = CsvExport::record({u"kind"_s, u"status"_s, u"a_text"_s, u"a_start"_s, u"a_end"_s, u"b_text"_s, u"b_start"_s, u"b_end"_s, u"explanation"_s});
    for (const Claim &claim : m_result.claims)
        csv += CsvExport::record(QStringList {factKindName(claim.kind), claimStatusName(claim.status)} + side(claim.a, pointsA) + side(claim.b, pointsB)
            + QStringList {claim.explanation});
    return csv;
}

QString ComparisonReport::toText() const
{
    QString report;
    report += u"A: %1 (%2)\nB: %3 (%4)\n"_s.arg(m_a.metadata.title, m_a.path, m_b.metadata.title, m_b.path);
    report += u"%1 aligned passages, %2 claims\n"_s.arg(m_result.alignments.size()).arg(m_result.claims.size());
    const struct {
        ClaimStatus status;
        QString heading;
    } groups[] = {
        {ClaimStatus::Conflict, u"Conflicts"_s},
        {ClaimStatus::OnlyA, u"Only in A"_s},
        {ClaimStatus::OnlyB, u"Only in B"_s},
        {ClaimStatus::Compatible, u"Compatible"_s},
        {ClaimStatus::Agree, u"Agreements"_s},
    };
    const LineNumbers linesA(m_a.text);
    const LineNumbers linesB(m_b.text);
    for (const auto &group : groups) {
        QStringList lines;
        for (const Claim &claim : m_result.claims) {
            if (claim.status != group.status)
                continue;
            QString where;
            if (claim.a)
                where += u"A:%1"_s.arg(linesA.of(claim.a->range.start));
            if (claim.b)
                where += (where.isEmpty() ? QString() : u" "_s) + u"B:%1"_s.arg(linesB.of(claim.b->range.start));
            lines << u"  %1  %2  [%3]"_s.arg(factKindName(claim.kind).leftJustified(10), claim.explanation, where);
        }
        report += u"\n%1 (%2)\n"_s.arg(group.heading).arg(lines.size());
        for (const QString &line : std::as_const(lines))
            report += line + u'\n';
    }
    return report;
}

QString ComparisonReport::toHtml() const
{
    return ComparisonHtml(m_a, m_b, m_result).toHtml();
}

MatrixReport::MatrixReport(const QList<Document> &documents, const QList<PairComparison> &comparisons, const ClaimMatrix &matrix)
    : m_documents(documents)
    , m_comparisons(comparisons)
    , m_matrix(matrix)
{
}

QJsonObject MatrixReport::toJson() const
{
    QJsonArray documents;
    for (const Document &document : m_documents)
        documents.append(documentJson(document));
    QJsonArray comparisons;
    for (const PairComparison &pair : m_comparisons) {
        QJsonObject json = ComparisonReport(m_documents.at(pair.first), m_documents.at(pair.second), pair.result).toJson();
        // The documents are listed once, above; a pair names them by index.
        json.insert(u"a"_s, pair.first);
        json.insert(u"b"_s, pair.second);
        comparisons.append(json);
    }
    QJsonArray columns;
    for (const Document &document : m_documents)
        columns.append(document.path);
    QJsonArray rows;
    for (const ClaimMatrix::Row &row : m_matrix.rows()) {
        QJsonArray cells;
        for (const ClaimMatrix::Cell &cell : row.cells)
            cells.append(cell.present ? QJsonValue(QJsonObject {{u"text"_s, cell.text}, {u"value"_s, cell.value}}) : QJsonValue(QJsonValue::Null));
        rows.append(QJsonObject {{u"kind"_s, factKindName(row.kind)}, {u"status"_s, row.status}, {u"cells"_s, cells}});
    }
    return {{u"documents"_s, documents}, {u"comparisons"_s, comparisons}, {u"matrix"_s, QJsonObject {{u"columns"_s, columns}, {u"rows"_s, rows}}}};
}

QString MatrixReport::toText() const
{
    QString report;
    for (const PairComparison &pair : m_comparisons) {
        report += u"=== %1 ↔ %2\n"_s.arg(pair.first + 1).arg(pair.second + 1);
        report += ComparisonReport(m_documents.at(pair.first), m_documents.at(pair.second), pair.result).toText() + u'\n';
    }
    report += u"=== Claims across all documents\n"_s;
    for (int i = 0; i < m_documents.size(); ++i)
        report += u"  [%1] %2\n"_s.arg(i + 1).arg(m_documents.at(i).metadata.title);
    for (const ClaimMatrix::Row &row : m_matrix.rows()) {
        QStringList cells;
        for (int i = 0; i < row.cells.size(); ++i)
            cells << u"[%1] %2"_s.arg(i + 1).arg(row.cells.at(i).present ? row.cells.at(i).text.simplified() : u"—"_s);
        report += u"  %1 %2 %3\n"_s.arg(row.status.leftJustified(8), factKindName(row.kind).leftJustified(10), cells.join(u" | "_s));
    }
    return report;
}

QString MatrixReport::toHtml() const
{
    QString header;
    for (const Document &document : m_documents)
        header += u"<th>%1</th>"_s.arg(document.metadata.title.toHtmlEscaped());
    QString body;
    for (const ClaimMatrix::Row &row : m_matrix.rows()) {
        const QString cssClass = row.status == "conflict"_L1 ? u"conflict"_s : row.status == "agree"_L1 ? u"agree"_s : u"only"_s;
        body += u"<tr class=\"%1\"><td>%2</td><td>%3</td>"_s.arg(cssClass, factKindName(row.kind), row.status);
        for (const ClaimMatrix::Cell &cell : row.cells)
            body += u"<td>%1</td>"_s.arg(cell.present ? cell.text.toHtmlEscaped() : QString());
        body += u"</tr>\n"_s;
    }
    return ClaimPalette::withCssRules(uR"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Parallax: claims across %1 documents</title>
<style>
body { font-family: sans-serif; margin: 1em; } table { border-collapse: collapse; }
td, th { border: 1px solid #ccc; padding: .3em .5em; vertical-align: top; text-align: left; }
CLAIM-COLOURS
@media (prefers-color-scheme: dark) { body { color: #ddd; background: #1e1e1e; } DARK-CLAIM-COLOURS }
</style></head><body>
<table><thead><tr><th>kind</th><th>status</th>%2</tr></thead><tbody>
%3</tbody></table></body></html>
)"_s)
        .arg(QString::number(m_documents.size()), header, body);
}

} // namespace Parallax
