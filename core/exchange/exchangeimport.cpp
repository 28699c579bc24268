// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "exchangeimport.h"

#include "refiqda.h"
#include "webannotation.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QObject>

using namespace Qt::StringLiterals;

namespace Parallax::ExchangeImport
{

namespace
{

// An annotation file larger than this is refused before it is read into memory.
constexpr qint64 MaximumJsonSize = 256 * 1024 * 1024;

bool isWebAnnotationFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == "jsonld"_L1 || suffix == "json"_L1;
}

Expected<QList<ExchangedAnnotation>> readWebAnnotations(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure {QCoreApplication::translate("Parallax::ExchangeImport", "Cannot open %1: %2").arg(path, file.errorString())};
    if (file.size() > MaximumJsonSize)
        return Failure {QCoreApplication::translate("Parallax::ExchangeImport", "%1 is %2 MiB; annotation files of more than %3 MiB are not read.")
                .arg(path)
                .arg(file.size() >> 20)
                .arg(MaximumJsonSize >> 20)};
    auto read = WebAnnotation::read(file.readAll());
    if (!read)
        return Failure {QCoreApplication::translate("Parallax::ExchangeImport", "%1 was not imported. %2").arg(path, read.error().message)};
    return read;
}

Expected<AnnotationImportReport> importWebAnnotations(Store &store, const QString &path, const ImportFormats &formats, TextReading reading)
{
    const auto read = readWebAnnotations(path);
    if (!read)
        return read.error();
    AnnotationImporter importer(store);
    if (reading == TextReading::FilesBesideTheAnnotations)
        importer.readTextsUnder(ReadableFolder(QFileInfo(path).absolutePath()), formats);
    const auto report = importer.import({}, *read);
    if (!report)
        return Failure {QCoreApplication::translate("Parallax::ExchangeImport", "%1 was not imported: %2").arg(path, report.error().message)};
    return *report;
}

bool isRefiQdaFile(const QString &path)
{
    return QFileInfo(path).suffix().toLower() == "qdpx"_L1;
}

Expected<AnnotationImportReport> importRefiQda(Store &store, const QString &path)
{
    const auto read = RefiQda::readArchive(path);
    if (!read)
        return read.error();
    const RefiQda::Project &project = *read;
    const auto carried = [&project](const QString &iri) {
        return project.sources.contains(iri) ? std::optional(project.sources.value(iri)) : std::nullopt;
    };
    auto report = AnnotationImporter(store, carried).import(project.tags, project.annotations);
    if (!report)
        return Failure {QCoreApplication::translate("Parallax::ExchangeImport", "%1 was not imported: %2").arg(path, report.error().message)};
    report->skipped = project.leftOut + report->skipped;
    return *report;
}

} // namespace

bool handles(const QString &path)
{
    return isWebAnnotationFile(path) || isRefiQdaFile(path);
}

Expected<AnnotationImportReport> importFile(Store &store, const QString &path, const ImportFormats &formats, TextReading reading)
{
    if (isWebAnnotationFile(path))
        return importWebAnnotations(store, path, formats, reading);
    if (isRefiQdaFile(path))
        return importRefiQda(store, path);
    return Failure {
        QCoreApplication::translate("Parallax::ExchangeImport", "%1 is not a file of a format Parallax imports annotations from (.jsonld, .json, .qdpx).")
            .arg(path)};
}

QStringList textsBeside(const Store &store, const QString &path)
{
    if (!isWebAnnotationFile(path))
        return {};
    const auto read = readWebAnnotations(path);
    if (!read)
        return {};
    const ReadableFolder folder(QFileInfo(path).absolutePath());
    QStringList texts;
    for (const ExchangedAnnotation &annotation : *read) {
        const auto file = folder.resolve(annotation.sourceIri);
        if (file && !texts.contains(*file) && !store.articleIdForPath(*file)
            && !store.articleIdForPath(ReadableFolder::localPath(annotation.sourceIri, folder.path())))
            texts.append(*file);
    }
    texts.sort();
    return texts;
}

QString summary(const AnnotationImportReport &report)
{
    const auto count = [](int n, const QString &one, const QString &many) {
        return u"%1 %2"_s.arg(n).arg(n == 1 ? one : many);
    };
    QString text = QCoreApplication::translate("Parallax::ExchangeImport", "%1 imported, %2 added, %3 created")
                       .arg(count(report.annotations,
                                QCoreApplication::translate("Parallax::ExchangeImport", "annotation"),
                                QCoreApplication::translate("Parallax::ExchangeImport", "annotations")),
                           count(report.articles,
                               QCoreApplication::translate("Parallax::ExchangeImport", "text"),
                               QCoreApplication::translate("Parallax::ExchangeImport", "texts")),
                           count(report.tags,
                               QCoreApplication::translate("Parallax::ExchangeImport", "tag"),
                               QCoreApplication::translate("Parallax::ExchangeImport", "tags")));
    if (report.articleTags > 0)
        text += QCoreApplication::translate("Parallax::ExchangeImport", ", %1 on whole articles")
                    .arg(count(report.articleTags,
                        QCoreApplication::translate("Parallax::ExchangeImport", "tag"),
                        QCoreApplication::translate("Parallax::ExchangeImport", "tags")));
    if (!report.skipped.isEmpty())
        text += QCoreApplication::translate("Parallax::ExchangeImport", "; %1 left out:").arg(report.skipped.size()) + u"\n  "_s
            + report.skipped.join(u"\n  "_s);
    return text + u'\n';
}

} // namespace Parallax::ExchangeImport
