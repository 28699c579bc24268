// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "comparisonhtml.h"

#include "notesexport.h"

#include <core/compare/claimpalette.h>

#include <QObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

// How much of a quote a margin note repeats before it is cut.
constexpr qsizetype MarginQuoteLength = 90;

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QString shortened(const QString &text, qsizetype length)
{
    const QString simple = text.simplified();
    return simple.size() <= length ? simple : simple.left(length - 1) + u'…';
}

// The paragraphs of TEXT: runs of lines that are not blank.
QList<TextRange> paragraphsOf(const QString &text)
{
    QList<TextRange> paragraphs;
    qsizetype lineStart = 0;
    std::optional<TextRange> current;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const bool blank = QStringView(text).mid(lineStart, lineEnd - lineStart).trimmed().isEmpty();
        if (blank && current) {
            paragraphs.append(*current);
            current.reset();
        } else if (!blank) {
            current = TextRange {current ? current->start : lineStart, lineEnd};
        }
        lineStart = lineEnd + 1;
    }
    if (current)
        paragraphs.append(*current);
    return paragraphs;
}

// A colored passage; where passages overlap, the one of highest rank shows.
struct Highlight {
    TextRange range;
    QString cssClass;
    QString title;
    int rank = 0;
};

QString cssClassOf(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Conflict:
        return u"conflict"_s;
    case ClaimStatus::OnlyA:
    case ClaimStatus::OnlyB:
        return u"only"_s;
    case ClaimStatus::Compatible:
        return u"compatible"_s;
    case ClaimStatus::Agree:
        break;
    }
    return u"agree"_s;
}

// The status as a reader says it; claimStatusName is the JSON contract's token.
QString statusLabel(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Conflict:
        return ComparisonHtml::tr("conflict");
    case ClaimStatus::OnlyA:
        return ComparisonHtml::tr("only in A");
    case ClaimStatus::OnlyB:
        return ComparisonHtml::tr("only in B");
    case ClaimStatus::Compatible:
        return ComparisonHtml::tr("compatible");
    case ClaimStatus::Agree:
        break;
    }
    return ComparisonHtml::tr("agree");
}

struct MarginNote {
    QString label; ///< "A1", "B3": the mark in the text and in the margin
    const Annotation *annotation;
};

/// One side of the report: its text, marked up paragraph by paragraph, and the
/// margin notes that go beside each paragraph.
class SideMarkup
{
public:
    SideMarkup(const QString &text, QList<Highlight> highlights, const QList<Annotation> &annotations, const QString &labelPrefix)
        : m_text(text)
        , m_highlights(std::move(highlights))
    {
        for (const Annotation &annotation : annotations)
            m_notes.append({labelPrefix + QString::number(m_notes.size() + 1), &annotation});
    }

    QString paragraphHtml(TextRange paragraph) const
    {
        // Cut the paragraph where any highlight or annotation begins or ends, so each
        // run has one color and is either annotated or not: no overlapping spans.
        QList<qsizetype> cuts {paragraph.start, paragraph.end};
        const auto cutAt = [&](TextRange range) {
            for (qsizetype position : {range.start, range.end})
                if (position > paragraph.start && position < paragraph.end)
                    cuts.append(position);
        };
        for (const Highlight &highlight : m_highlights)
            cutAt(highlight.range);
        for (const MarginNote &note : m_notes)
            if (!note.annotation->orphaned)
                cutAt(note.annotation->anchor.range);
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

        QString html;
        for (qsizetype i = 0; i + 1 < cuts.size(); ++i)
            html += runHtml({cuts.at(i), cuts.at(i + 1)});
        return html;
    }

    /// The notes on annotations that begin in paragraph ROW of PARAGRAPHS, or in the
    /// blank lines after it; the first row also takes what begins before it.
    QString marginHtml(const QList<TextRange> &paragraphs, qsizetype row) const
    {
        const qsizetype from = row == 0 ? 0 : paragraphs.at(row).start;
        const qsizetype to = row + 1 < paragraphs.size() ? paragraphs.at(row + 1).start : m_text.size() + 1;
        QString html;
        for (const MarginNote &note : m_notes) {
            const qsizetype start = note.annotation->anchor.range.start;
            if (!note.annotation->orphaned && start >= from && start < to)
                html += noteHtml(note);
        }
        return html;
    }

    /// The notes on annotations whose passage is no longer in the text.
    QString orphanedHtml() const
    {
        QString html;
        for (const MarginNote &note : m_notes)
            if (note.annotation->orphaned)
                html += noteHtml(note);
        return html;
    }

private:
    QString runHtml(TextRange run) const
    {
        const Highlight *shown = nullptr;
        for (const Highlight &highlight : m_highlights)
            if (highlight.range.contains(run) && (!shown || highlight.rank > shown->rank))
                shown = &highlight;
        bool annotated = false;
        QStringList endingLabels;
        for (const MarginNote &note : m_notes) {
            if (note.annotation->orphaned)
                continue;
            const TextRange range = note.annotation->anchor.range;
            annotated = annotated || range.contains(run);
            if (range.end == run.end)
                endingLabels.append(note.label);
        }
        QString html = escaped(m_text.mid(run.start, run.length()));
        if (annotated)
            html = u"<span class=\"annotated\">%1</span>"_s.arg(html);
        if (shown)
            html = u"<span class=\"%1\" title=\"%2\">%3</span>"_s.arg(shown->cssClass, shown->title.toHtmlEscaped(), html);
        for (const QString &label : std::as_const(endingLabels))
            html += u"<sup class=\"ref\">%1</sup>"_s.arg(label);
        return html;
    }

    static QString noteHtml(const MarginNote &note)
    {
        const Annotation &annotation = *note.annotation;
        QString html
            = u"<p class=\"note\"><b class=\"ref\">%1</b> <i>“%2”</i>"_s.arg(note.label, shortened(annotation.anchor.exact, MarginQuoteLength).toHtmlEscaped());
        if (!annotation.note.isEmpty())
            html += u"<br>"_s + escaped(annotation.note);
        if (!annotation.tagPaths.isEmpty()) {
            QStringList tags;
            for (const QString &path : annotation.tagPaths)
                tags.append(NotesExport::obsidianTag(path).toHtmlEscaped());
            html += u"<br><span class=\"tags\">%1</span>"_s.arg(tags.join(u' '));
        }
        return html + u"</p>"_s;
    }

    const QString &m_text;
    QList<Highlight> m_highlights;
    QList<MarginNote> m_notes;
};

QString citation(const Document &document)
{
    QStringList parts {u"<b>%1</b>"_s.arg(document.metadata.title.toHtmlEscaped())};
    if (!document.metadata.byline.isEmpty())
        parts.append(document.metadata.byline.toHtmlEscaped());
    if (!document.metadata.outlet.isEmpty())
        parts.append(document.metadata.outlet.toHtmlEscaped());
    if (document.metadata.published.isValid())
        parts.append(document.metadata.published.toString(Qt::ISODate));
    if (!document.metadata.url.isEmpty())
        parts.append(u"<a href=\"%1\">%1</a>"_s.arg(document.metadata.url.toHtmlEscaped()));
    const QString file = document.metadata.originalFileName.isEmpty() ? document.path : document.metadata.originalFileName;
    if (!file.isEmpty())
        parts.append(u"<code>%1</code>"_s.arg(file.toHtmlEscaped()));
    return parts.join(u", "_s);
}

// The claims in the order a reader wants them: conflicts first, then what only one
// side says, then agreements; in text order within each.
QList<const Claim *> byImportance(const QList<Claim> &claims)
{
    QList<const Claim *> ordered;
    for (const Claim &claim : claims)
        ordered.append(&claim);
    std::stable_sort(ordered.begin(), ordered.end(), [](const Claim *x, const Claim *y) {
        const auto order = [](ClaimStatus status) {
            return status == ClaimStatus::Conflict  ? 0
                : status == ClaimStatus::OnlyA      ? 1
                : status == ClaimStatus::OnlyB      ? 2
                : status == ClaimStatus::Compatible ? 3
                                                    : 4;
        };
        return order(x->status) < order(y->status);
    });
    return ordered;
}

QString factCell(const std::optional<Fact> &fact)
{
    return fact ? fact->text.toHtmlEscaped() : u"<span class=\"missing\">—</span>"_s;
}

bool sameAnchor(const std::optional<TextAnchor> &anchor, const std::optional<Fact> &fact)
{
    if (!anchor || !fact)
        return !anchor && !fact;
    return anchor->range == fact->range || anchor->exact == fact->text;
}

} // namespace

ComparisonHtml::ComparisonHtml(const Document &a, const Document &b, const ComparisonResult &result)
    : m_a(a)
    , m_b(b)
    , m_result(result)
{
}

void ComparisonHtml::setAnnotations(const QList<Annotation> &a, const QList<Annotation> &b)
{
    m_annotationsA = a;
    m_annotationsB = b;
}

void ComparisonHtml::setReviews(const QList<ClaimReview> &reviews)
{
    m_reviews = reviews;
}

QString ComparisonHtml::summary() const
{
    int conflicts = 0, onlyA = 0, onlyB = 0, agreements = 0, compatible = 0;
    for (const Claim &claim : m_result.claims) {
        conflicts += claim.status == ClaimStatus::Conflict;
        onlyA += claim.status == ClaimStatus::OnlyA;
        onlyB += claim.status == ClaimStatus::OnlyB;
        agreements += claim.status == ClaimStatus::Agree;
        compatible += claim.status == ClaimStatus::Compatible;
    }
    const qsizetype pinned = std::count_if(m_result.alignments.cbegin(), m_result.alignments.cend(), [](const Alignment &alignment) {
        return alignment.pinned;
    });
    return ComparisonHtml::tr("%1 conflicts · %2 only in A · %3 only in B · %4 compatible · %5 agreements · %6 aligned passages%7 · %8 annotations")
        .arg(conflicts)
        .arg(onlyA)
        .arg(onlyB)
        .arg(compatible)
        .arg(agreements)
        .arg(m_result.alignments.size())
        .arg(pinned ? ComparisonHtml::tr(" (%1 pinned by hand)").arg(pinned) : QString())
        .arg(m_annotationsA.size() + m_annotationsB.size());
}

QString ComparisonHtml::claimTable() const
{
    QString rows;
    int number = 0;
    for (const Claim *claim : byImportance(m_result.claims)) {
        ++number;
        QString review;
        for (const ClaimReview &candidate : m_reviews) {
            if (candidate.kind != factKindName(claim->kind) || !sameAnchor(candidate.a, claim->a) || !sameAnchor(candidate.b, claim->b))
                continue;
            review = NotesExport::reviewStateName(candidate.state).toHtmlEscaped();
            if (!candidate.note.isEmpty())
                review += u": "_s + escaped(candidate.note);
        }
        rows += u"<tr><td>%1</td><td>%2</td><td class=\"%3\">%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td></tr>\n"_s.arg(QString::number(number),
            factKindName(claim->kind),
            cssClassOf(claim->status),
            statusLabel(claim->status),
            factCell(claim->a),
            factCell(claim->b),
            claim->explanation.toHtmlEscaped(),
            review);
    }
    if (rows.isEmpty())
        return u"<p>%1</p>\n"_s.arg(ComparisonHtml::tr("Neither text states a number, date, name or quotation that the other could be checked against."));
    return u"<table class=\"claims\" width=\"100%\"><thead><tr><th>#</th><th>%1</th><th>%2</th><th>A</th><th>B</th><th>%3</th><th>%4</th></tr></thead>\n"
           "<tbody>\n%5</tbody></table>\n"_s.arg(
               ComparisonHtml::tr("Kind"), ComparisonHtml::tr("Status"), ComparisonHtml::tr("Explanation"), ComparisonHtml::tr("Review"), rows);
}

QString ComparisonHtml::toHtml() const
{
    QList<Highlight> highlightsA, highlightsB;
    for (const TextRange &junk : m_result.a.boilerplate)
        highlightsA.append({junk, u"junk"_s, ComparisonHtml::tr("boilerplate"), 0});
    for (const TextRange &junk : m_result.b.boilerplate)
        highlightsB.append({junk, u"junk"_s, ComparisonHtml::tr("boilerplate"), 0});
    // Each passage's tooltip names its claim's number in the claim table.
    int number = 0;
    for (const Claim *claim : byImportance(m_result.claims)) {
        const QString title = u"#%1 %2: %3"_s.arg(QString::number(++number), statusLabel(claim->status), claim->explanation);
        if (claim->a)
            highlightsA.append({claim->a->range, cssClassOf(claim->status), title, claimSeverity(claim->status)});
        if (claim->b)
            highlightsB.append({claim->b->range, cssClassOf(claim->status), title, claimSeverity(claim->status)});
    }
    const SideMarkup sideA(m_a.text, highlightsA, m_annotationsA, u"A"_s);
    const SideMarkup sideB(m_b.text, highlightsB, m_annotationsB, u"B"_s);
    const QList<TextRange> paragraphsA = paragraphsOf(m_a.text);
    const QList<TextRange> paragraphsB = paragraphsOf(m_b.text);

    // Paragraph i of A beside paragraph i of B; each side's notes beside its paragraph.
    QString rows;
    const qsizetype rowCount = std::max(paragraphsA.size(), paragraphsB.size());
    const auto cells = [](const SideMarkup &side, const QList<TextRange> &paragraphs, qsizetype row) {
        if (row >= paragraphs.size())
            return u"<td class=\"text\"></td><td class=\"margin\"></td>"_s;
        return u"<td class=\"text\">%1</td><td class=\"margin\">%2</td>"_s.arg(side.paragraphHtml(paragraphs.at(row)), side.marginHtml(paragraphs, row));
    };
    for (qsizetype row = 0; row < rowCount; ++row)
        rows += u"<tr>%1%2</tr>\n"_s.arg(cells(sideA, paragraphsA, row), cells(sideB, paragraphsB, row));
    const QString orphanedA = sideA.orphanedHtml();
    const QString orphanedB = sideB.orphanedHtml();
    if (!orphanedA.isEmpty() || !orphanedB.isEmpty())
        rows += u"<tr><td class=\"text\"><i>%1</i></td><td class=\"margin\">%2</td><td class=\"text\"><i>%1</i></td><td class=\"margin\">%3</td></tr>\n"_s.arg(
            ComparisonHtml::tr("Annotations whose passage is no longer in the text:"), orphanedA, orphanedB);

    // The print rules ask browsers to keep the colors and to repeat the column heads on
    // every page; QTextDocument ignores what it does not know.
    return ClaimPalette::withCssRules(uR"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Parallax: %1 ↔ %2</title>
<style>
body { font-family: sans-serif; margin: 1em; color: #222; background: #fff; }
h1 { font-size: 1.3em; } h2 { font-size: 1.1em; margin-top: 1.2em; }
table { border-collapse: collapse; }
th { text-align: left; vertical-align: bottom; border-bottom: 2px solid #888; padding: 4px; }
td { vertical-align: top; padding: 4px; }
td.text { line-height: 1.45; }
td.margin { font-size: small; color: #444; border-left: 1px solid #ccc; }
.sidebyside td { border-bottom: 1px solid #eee; }
.claims td { border-bottom: 1px solid #ddd; }
CLAIM-COLOURS .conflict { font-weight: bold; }
.junk { color: #999999; } .missing { color: #999999; }
.annotated { text-decoration: underline; text-decoration-color: #3465a4; }
sup.ref, b.ref { color: #3465a4; font-size: x-small; }
p.note { margin: 0 0 .6em 0; } .tags { color: #3465a4; }
.legend span { padding: 0 .4em; margin-right: .6em; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; font-size: 9pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  thead { display: table-header-group; } tr { page-break-inside: avoid; }
}
@media screen and (prefers-color-scheme: dark) {
  body { color: #ddd; background: #1e1e1e; } td.margin { color: #bbb; }
  DARK-CLAIM-COLOURS .junk, .missing { color: #777; }
}
</style></head><body>
<h1>%3</h1>
<p>A: %4<br>B: %5</p>
<p class="summary">%6</p>
<p class="legend"><span class="conflict">%7</span> <span class="only">%8</span> <span class="compatible">%16</span> <span class="agree">%9</span> <span class="junk">%10</span> <span class="annotated">%11</span></p>
<table class="sidebyside" width="100%">
<thead><tr><th width="34%">A: %1</th><th width="16%">%12</th><th width="34%">B: %2</th><th width="16%">%12</th></tr></thead>
<tbody>
%13</tbody></table>
<h2>%14</h2>
%15</body></html>
)"_s)
        .arg(
            // One call, so that no text put in is searched again for placeholders.
            m_a.metadata.title.toHtmlEscaped(),
            m_b.metadata.title.toHtmlEscaped(),
            ComparisonHtml::tr("Comparison"),
            citation(m_a),
            citation(m_b),
            summary(),
            ComparisonHtml::tr("conflict"),
            ComparisonHtml::tr("only one side"),
            ComparisonHtml::tr("agree"),
            ComparisonHtml::tr("boilerplate"),
            ComparisonHtml::tr("annotated"),
            ComparisonHtml::tr("Notes"),
            rows,
            ComparisonHtml::tr("Claims"),
            claimTable(),
            ComparisonHtml::tr("compatible"));
}

} // namespace Parallax
