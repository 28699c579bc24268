// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "exporter.h"

#include "notesexport.h"
#include "refiqda.h"
#include "webannotation.h"

#include <QDir>
#include <QObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Parallax::Exporter
{

QString formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return u"md"_s;
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
    for (ExportFormat format : {ExportFormat::Markdown, ExportFormat::Csv, ExportFormat::WebAnnotation, ExportFormat::RefiQda})
        if (formatName(format) == name)
            return format;
    return std::nullopt;
}

QString suffix(ExportFormat format)
{
    return format == ExportFormat::WebAnnotation ? u"jsonld"_s : formatName(format);
}

std::optional<QByteArray> exportBytes(const Store &store, ExportFormat format, const ExportScope &scope, const QString &creator)
{
    switch (format) {
    case ExportFormat::Markdown:
    case ExportFormat::Csv: {
        const auto text = format == ExportFormat::Markdown ? NotesExport::markdown(store, scope) : CsvExport::annotations(store, scope);
        return text ? std::optional(text->toUtf8()) : std::nullopt;
    }
    case ExportFormat::WebAnnotation: {
        WebAnnotation::ExportOptions options;
        options.creatorName = creator;
        return WebAnnotation::exportCollection(store, scope, options);
    }
    case ExportFormat::RefiQda:
        break;
    }
    RefiQda::ExportOptions options;
    options.creatorName = creator;
    const auto project = RefiQda::exportProject(store, scope, options);
    return project ? RefiQda::zip(*project) : std::nullopt;
}

QString defaultCreator()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit())
        return QObject::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

} // namespace Parallax::Exporter
