// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "exporter.h"

#include "comparisonhtml.h"
#include "notesexport.h"
#include "refiqda.h"
#include "webannotation.h"

#include <core/compare/comparison.h>

#include <QCoreApplication>
#include <QDir>
#include <QObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Parallax::Exporter
{

namespace
{

// The report of the comparison SCOPE names, as the window shows it (with the pins the
// user made), with both articles' annotations in its margins and the reviews of its claims.
Expected<QByteArray> comparisonReport(const Store &store, const ExportScope &scope)
{
    if (scope.kind != ExportScope::Kind::Comparison)
        return Failure {
            QCoreApplication::translate("Parallax::Exporter", "A report compares two articles: choose the two, not an article, a tag or the library.")};
    const auto scoped = ScopedAnnotations::collect(store, scope);
    if (!scoped)
        return Failure {scoped.error().message};
    const StoredArticle &a = scoped->articles.at(0);
    const StoredArticle &b = scoped->articles.at(1);
    const StoreResult<QList<PinnedPassage>> pins = store.pins(a.id, b.id);
    const StoreResult<QList<ClaimReview>> reviews = store.claimReviews(a.id, b.id); // with A and B as in the report
    if (!pins || !reviews)
        return Failure {(pins ? reviews.error() : pins.error()).message};
    const ComparisonResult result = Comparator::compare(a.document, b.document, *pins);
    ComparisonHtml report(a.document, b.document, result);
    report.setAnnotations(scoped->byArticle.value(a.id), scoped->byArticle.value(b.id));
    report.setReviews(*reviews);
    return report.toHtml().toUtf8();
}

} // namespace

QList<ExportFormat> formats()
{
    return {ExportFormat::Markdown, ExportFormat::Html, ExportFormat::Pdf, ExportFormat::Csv, ExportFormat::WebAnnotation, ExportFormat::RefiQda};
}

QString formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return u"md"_s;
    case ExportFormat::Html:
        return u"html"_s;
    case ExportFormat::Pdf:
        return u"pdf"_s;
    case ExportFormat::Csv:
        return u"csv"_s;
    case ExportFormat::WebAnnotation:
        return u"w3c"_s;
    case ExportFormat::RefiQda:
        break;
    }
    return u"qdpx"_s;
}

std::optional<ExportFormat> formatNamed(const QString &name)
{
    for (ExportFormat format : formats())
        if (formatName(format) == name)
            return format;
    return std::nullopt;
}

QString suffix(ExportFormat format)
{
    return format == ExportFormat::WebAnnotation ? u"jsonld"_s : formatName(format);
}

bool isComparisonReport(ExportFormat format)
{
    return format == ExportFormat::Html || format == ExportFormat::Pdf;
}

Expected<QByteArray> exportBytes(const Store &store, ExportFormat format, const ExportScope &scope, const QString &creator, const PdfPrinter &pdfPrinter)
{
    switch (format) {
    case ExportFormat::Markdown:
    case ExportFormat::Csv: {
        const auto text = format == ExportFormat::Markdown ? NotesExport::markdown(store, scope) : CsvExport::annotations(store, scope);
        if (!text)
            return Failure {text.error().message};
        return text->toUtf8();
    }
    case ExportFormat::Html:
        return comparisonReport(store, scope);
    case ExportFormat::Pdf: {
        if (!pdfPrinter)
            return Failure {QCoreApplication::translate("Parallax::Exporter", "PDF cannot be written here: this program was built without a PDF printer.")};
        const Expected<QByteArray> html = comparisonReport(store, scope);
        if (!html)
            return html.error();
        return pdfPrinter(QString::fromUtf8(*html));
    }
    case ExportFormat::WebAnnotation: {
        WebAnnotation::ExportOptions options;
        options.creatorName = creator;
        const auto bytes = WebAnnotation::exportCollection(store, scope, options);
        if (!bytes)
            return Failure {bytes.error().message};
        return *bytes;
    }
    case ExportFormat::RefiQda:
        break;
    }
    RefiQda::ExportOptions options;
    options.creatorName = creator;
    const auto project = RefiQda::exportProject(store, scope, options);
    if (!project)
        return Failure {project.error().message};
    const auto bytes = RefiQda::zip(*project);
    if (!bytes)
        return Failure {QCoreApplication::translate("Parallax::Exporter", "The REFI-QDA archive could not be packed.")};
    return *bytes;
}

QString defaultCreator()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

Expected<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
        return Failure {QCoreApplication::translate("Parallax::Exporter", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

} // namespace Parallax::Exporter
