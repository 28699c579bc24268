// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/exchange/exporter.h>
#include <core/import/importformats.h>

#include <QCoreApplication>
#include <QStringList>

namespace Parallax
{

/**
 * The scripting commands over the library database, each with `--db PATH` (default: the
 * library in the user's data location):
 *
 *   parallax import FILE…                      prints each article's id; for an annotation
 *                                              file (.jsonld, .json, .qdpx) what it imported
 *   parallax tags [--format text|json]
 *   parallax annotate ARTICLE --quote TEXT [--occurrence N] [--tag PATH]… [--note TEXT]
 *   parallax annotations [ARTICLE] [--format text|json]
 *   parallax export --format md|csv|w3c|qdpx [--article ID|--tag PATH] [--creator NAME] --out PATH
 *   parallax agreement --coder A --coder B… [--tag PATH] [--format text|json]
 *   parallax revisions ARTICLE [--format text|json]   the revisions of its source, each with
 *                                              what changed from the one before
 *   parallax snapshot ARTICLE [--out PATH]     the page a revision was read from, as received
 *
 * import and annotate take --coder NAME: who the work is recorded as made by.
 *
 * ARTICLE is an article id or a file (imported if need be). Exit status 0 on success —
 * for annotate, only once the annotation is committed — 1 when the work failed, 2 on
 * bad arguments, with a one-line message on stderr.
 */
class LibraryCommands final
{
    Q_DECLARE_TR_FUNCTIONS(LibraryCommands)

public:
    /// What the commands read files with, and how a PDF report is laid out (null where
    /// Qt GUI is not loaded: then `export --format pdf` is refused with the reason).
    struct Formats {
        ImportFormats imports;
        Exporter::PdfPrinter pdfPrinter;
    };

    static bool isLibraryCommand(const QString &name);
    /// ARGUMENTS as the application got them, starting with the program and the command.
    static int run(const QStringList &arguments, const Formats &formats);
};

} // namespace Parallax
