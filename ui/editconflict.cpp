// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "editconflict.h"

#include <core/document/librarydocument.h>

#include <QMessageBox>
#include <QPushButton>

namespace Parallax
{

namespace
{

// A value as the question quotes it: long notes are cut, an empty one is said to be so.
QString quoted(const QString &value)
{
    constexpr int Shown = 300;
    if (value.trimmed().isEmpty())
        return EditConflict::tr("(empty)");
    return value.size() > Shown ? value.left(Shown) + u'…' : value;
}

} // namespace

bool EditConflict::yoursShouldStand(QWidget *parent, const QString &reason, const QString &theirs, const QString &yours)
{
    QMessageBox question(QMessageBox::Question, tr("Changed by Someone Else"), reason, QMessageBox::NoButton, parent);
    question.setInformativeText(tr("Theirs now: %1\n\nYours: %2\n\nKeep theirs, or replace it with yours?").arg(quoted(theirs), quoted(yours)));
    QPushButton *keepTheirs = question.addButton(tr("&Keep Theirs"), QMessageBox::RejectRole);
    QPushButton *useYours = question.addButton(tr("&Use Mine"), QMessageBox::AcceptRole);
    // Nothing of anyone's is lost by a reflexive Return.
    question.setDefaultButton(keepTheirs);
    question.setEscapeButton(keepTheirs);
    question.exec();
    return question.clickedButton() == useYours;
}

bool EditConflict::save(QWidget *parent,
    int seenVersion,
    const QString &yours,
    const std::function<StoreResult<void>(int seenVersion)> &edit,
    const std::function<std::optional<Current>()> &current)
{
    const StoreResult<void> saved = edit(seenVersion);
    if (saved)
        return true;
    if (saved.error().kind != StoreError::Kind::Conflict)
        return false;
    const QString reason = saved.error().message;
    const std::optional<Current> theirs = current();
    // Asked again should yet another edit come in while the user decides.
    return theirs && yoursShouldStand(parent, reason, theirs->value, yours) && save(parent, theirs->version, yours, edit, current);
}

bool EditConflict::saveNote(QWidget *parent, LibraryDocument &library, qint64 id, const QString &note, int seenVersion)
{
    return save(
        parent,
        seenVersion,
        note,
        [&](int seen) {
            return library.setNote(id, note, seen);
        },
        [&]() -> std::optional<Current> {
            const auto now = library.store()->annotation(id);
            return now ? std::optional(Current {now->note, now->rowVersion}) : std::nullopt;
        });
}

} // namespace Parallax
