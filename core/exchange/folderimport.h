// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/import/importformats.h>
#include <core/library/store.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>

namespace Parallax
{

/// What a folder import did: what came in, and each file it skipped and why.
struct FolderImportReport {
    struct Skipped {
        QString path;
        QString reason;
    };
    int added = 0;
    int revised = 0; ///< new revisions of articles already stored
    int unchanged = 0; ///< already stored as they are
    QList<Skipped> skipped;
    bool cancelled = false;
    QString storeError; ///< why the import stopped, if the library failed

    /// "12 articles added, 1 revised, 2 unchanged; 3 files skipped", and "(cancelled)".
    QString summary() const;
};

/**
 * Imports every document under a folder and its subfolders into the library: the
 * files of the FORMATS, in path order. Hidden files and folders are left
 * out; other files, and files that cannot be read, are skipped with the reason.
 *
 * Each file is read on a worker thread, so that the caller hears from the import
 * while a big PDF is read; the library is written on the caller's thread, whose
 * connection it is.
 */
namespace FolderImport
{
/// Called before each file, and every PollInterval while a file is read; returning
/// false cancels the rest (what is in stays in, the file being read does not come in).
using Progress = std::function<bool(int done, int total, const QString &path)>;
inline constexpr std::chrono::milliseconds PollInterval {50};

/// The files under FOLDER, recursively, in path order, hidden ones left out.
QStringList filesIn(const QString &folder);
FolderImportReport run(Store &store, const QString &folder, const ImportFormats &formats, const Progress &progress = {});
} // namespace FolderImport

} // namespace Parallax
