// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "folderimport.h"

#include "exchangeimport.h"

#include <core/import/readablefolder.h>

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QObject>

#include <algorithm>
#include <future>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

// Why a file that the import formats do not recognize is left out.
QString reasonToSkip(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    if (ExchangeImport::handles(path))
        return QCoreApplication::translate("Parallax::FolderImport", "%1 holds annotations, not an article: use Import Annotations for it").arg(name);
    return QCoreApplication::translate("Parallax::FolderImport", "%1 is not a document Parallax reads (Markdown, plain text, web page, PDF)").arg(name);
}

} // namespace

QString FolderImportReport::summary() const
{
    // Spelled out rather than with tr's %n, which reads "article(s)" until a
    // translation is loaded.
    const auto count = [](qsizetype n, const QString &one, const QString &many) {
        return u"%1 %2"_s.arg(n).arg(n == 1 ? one : many);
    };
    QString text
        = QCoreApplication::translate("Parallax::FolderImport", "%1 added")
              .arg(count(
                  added, QCoreApplication::translate("Parallax::FolderImport", "article"), QCoreApplication::translate("Parallax::FolderImport", "articles")));
    if (revised)
        text += QCoreApplication::translate("Parallax::FolderImport", ", %1 revised").arg(revised);
    if (unchanged)
        text += QCoreApplication::translate("Parallax::FolderImport", ", %1 already in the library").arg(unchanged);
    if (!skipped.isEmpty())
        text += QCoreApplication::translate("Parallax::FolderImport", "; %1 skipped")
                    .arg(count(skipped.size(),
                        QCoreApplication::translate("Parallax::FolderImport", "file"),
                        QCoreApplication::translate("Parallax::FolderImport", "files")));
    if (cancelled)
        text += QCoreApplication::translate("Parallax::FolderImport", " (cancelled)");
    return text;
}

QStringList FolderImport::filesIn(const QString &folder)
{
    // Symbolic links to folders are not followed, so that a link cannot loop.
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(it.next());
    std::sort(files.begin(), files.end());
    return files;
}

FolderImportReport FolderImport::run(Store &store, const QString &folder, const ImportFormats &formats, const Progress &progress)
{
    FolderImportReport report;
    const QStringList files = filesIn(folder);
    const ReadableFolder chosen(folder);
    for (qsizetype done = 0; done < files.size(); ++done) {
        const QString &path = files.at(done);
        if (progress && !progress(int(done), int(files.size()), path)) {
            report.cancelled = true;
            break;
        }
        if (!formats.recognizes(path)) {
            report.skipped.append({path, reasonToSkip(path)});
            continue;
        }
        // A link in the folder may point anywhere; only what lies inside was chosen.
        if (!chosen.contains(path)) {
            report.skipped.append({path,
                QCoreApplication::translate("Parallax::FolderImport", "%1 is a link to a file outside the folder, so it is not read")
                    .arg(QFileInfo(path).fileName())});
            continue;
        }
        std::future<ImportResult> reading = std::async(std::launch::async, [&formats, path] {
            return formats.importFile(path);
        });
        while (reading.wait_for(FolderImport::PollInterval) != std::future_status::ready) {
            if (progress && !progress(int(done), int(files.size()), path)) {
                report.cancelled = true;
                break; // the future's destructor waits for the reader to finish
            }
        }
        if (report.cancelled)
            break;
        const ImportResult imported = reading.get();
        if (!imported.has_value()) {
            report.skipped.append({path, imported.error().message});
            continue;
        }
        const StoreResult<ImportOutcome> outcome = store.importDocument(imported->document);
        if (!outcome) {
            // The library cannot take more (a full disk, a lost lock): stop, keep what is in.
            report.storeError = outcome.error().message;
            break;
        }
        switch (outcome->kind) {
        case ImportOutcome::Kind::Added:
            ++report.added;
            break;
        case ImportOutcome::Kind::NewRevision:
            ++report.revised;
            break;
        case ImportOutcome::Kind::AlreadyStored:
            ++report.unchanged;
            break;
        }
    }
    if (progress && !report.cancelled && report.storeError.isEmpty())
        progress(int(files.size()), int(files.size()), {});
    return report;
}

} // namespace Parallax
