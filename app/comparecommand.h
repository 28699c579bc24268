// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/import/importformats.h>

#include <QStringList>

namespace Parallax
{

/**
 * `parallax compare A B [C…] [--format text|json|html]`: compares two documents and
 * prints the claims; with more, compares every pair and adds the claim matrix. Exit status 0 on success, 2 on bad arguments, 1 on unreadable input,
 * with a one-line message on stderr.
 */
class CompareCommand final
{
public:
    /// ARGUMENTS as the application got them, starting with the program and "compare".
    /// FORMATS: what the files are read with.
    static int run(const QStringList &arguments, const ImportFormats &formats);
};

} // namespace Parallax
