// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/library/store.h>

#include <QCoreApplication>

#include <functional>
#include <memory>

class QWidget;

namespace Parallax
{

/**
 * Opens the library database for the window. When the file cannot be used (damaged,
 * from a newer Parallax, unreadable) it says so and offers to open another library or
 * start a new one; the troubled file itself is never touched.
 */
class LibraryOpener final
{
    Q_DECLARE_TR_FUNCTIONS(LibraryOpener)

public:
    /// What the user chose when the library could not be opened.
    enum class Choice { OpenAnother, StartNew, ContinueWithout };
    /// Asks the user; replaced in tests and where nobody can answer (a screenshot).
    using Asker = std::function<Choice(const StoreError &error)>;
    /// Asks for a file: to open (EXISTING) or to create.
    using FileChooser = std::function<QString(bool existing)>;

    static Asker dialogAsker(QWidget *parent);
    static FileChooser dialogFileChooser(QWidget *parent, const QString &nearPath);

    /// The library at PATH, or the one the user chose instead; null to go on without.
    static std::unique_ptr<Store> open(const QString &path, const Asker &ask, const FileChooser &chooseFile);
};

} // namespace Parallax
