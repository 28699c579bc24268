// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/import/importformats.h>

#include <QStringList>

namespace Parallax
{

/**
 * `parallax extract FILE… [--format text|json|md]`: prints each file's article as a
 * reader view shows it (page junk left out) with its metadata. Works for every format
 * the importer reads. Exit status 0 on success, 2 on bad arguments, 1 on unreadable
 * input, with a one-line message on stderr.
 */
class ExtractCommand final
{
public:
    /// ARGUMENTS as the application got them, starting with the program and "extract".
    /// FORMATS: what the files are read with.
    static int run(const QStringList &arguments, const ImportFormats &formats);
};

} // namespace Parallax
