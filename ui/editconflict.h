// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/library/store.h>

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace Parallax
{

class LibraryDocument;

/**
 * Asks whose edit should stand when the library refused one because another coder
 * changed the item after the user last saw it: theirs (nothing is written) or the
 * user's (written over theirs, now that it has been seen). Both values are shown, so
 * that the choice is made knowing what is lost.
 */
class EditConflict final
{
    Q_DECLARE_TR_FUNCTIONS(Parallax::EditConflict)

public:
    /// REASON names who changed the item (the library's message); THEIRS and YOURS are
    /// the two values, as text. True when the user chose their own.
    static bool yoursShouldStand(QWidget *parent, const QString &reason, const QString &theirs, const QString &yours);

    /// An item's value and row version as the library holds it now.
    struct Current {
        QString value;
        int version = 0;
    };
    /// Saves YOURS by EDIT, given the version the user saw (SEEN_VERSION). When another
    /// coder's edit came in between, asks whose should stand, with theirs read by
    /// CURRENT, and if the user chooses theirs, writes nothing. True when YOURS was saved.
    static bool save(QWidget *parent,
        int seenVersion,
        const QString &yours,
        const std::function<StoreResult<void>(int seenVersion)> &edit,
        const std::function<std::optional<Current>()> &current);
    /// save() for the note of annotation ID.
    static bool saveNote(QWidget *parent, LibraryDocument &library, qint64 id, const QString &note, int seenVersion);
};

} // namespace Parallax
