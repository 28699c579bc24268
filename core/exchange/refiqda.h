// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/exchange/annotationimport.h>
#include <core/exchange/exportscope.h>
#include <core/text/expected.h>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Parallax
{

/**
 * REFI-QDA project exchange (QDA-XML 1.0, https://www.qdasoftware.org/): the format
 * QDA tools (ATLAS.ti, MAXQDA, NVivo, QualCoder…) read and write.
 *
 * A .qdpx is a zip holding project.qde (XML) and the sources under sources/. Parallax
 * writes its tags as codes (hierarchy and colors), each article as a plain-text
 * TextSource, each annotation as a PlainTextSelection (positions in code points) with
 * a Coding per tag and its note as a Note the selection refers to.
 *
 * Reading accepts what tools really write (Project.qde in any case, an empty Sources
 * folder, notes as a selection's Description), refuses an archive with an entry whose
 * path would leave the project folder, and parses the XML without any DTD, so no
 * entity is ever expanded or loaded.
 */
namespace RefiQda
{

struct ExportOptions {
    QString creatorName; ///< the user the project names as author; empty: "Parallax"
    QDateTime generated; ///< invalid: now
};

/// project.qde of SCOPE's annotations, and the texts it refers to by their names in the
/// archive ("sources/….txt"). std::nullopt (with the store's error) if they cannot be read.
struct ProjectFiles {
    QByteArray projectXml;
    QList<std::pair<QString, QByteArray>> sources;
};
StoreResult<ProjectFiles> exportProject(const Store &store, const ExportScope &scope, const ExportOptions &options = {});
/// FILES as a .qdpx zip.
std::optional<QByteArray> zip(const ProjectFiles &files);

/// What a project holds that Parallax can use.
struct Project {
    QList<ExchangedTag> tags;
    QList<ExchangedAnnotation> annotations;
    QHash<QString, Document> sources; ///< by the IRI the annotations name
    QStringList leftOut; ///< what the project has that Parallax does not import, and why
};

/// Reads a .qdpx archive; the error says why it cannot be read.
Expected<Project> readArchive(const QString &path);
/// Reads project.qde XML; SOURCE_FILE gives the bytes of an archive file by its name
/// under the sources folder ("ABC.txt"), or nothing. ARCHIVE names the project in the
/// sources' paths.
Expected<Project> readProject(const QByteArray &xml, const QString &archive, const std::function<std::optional<QByteArray>(const QString &)> &sourceFile);

} // namespace RefiQda

} // namespace Parallax
