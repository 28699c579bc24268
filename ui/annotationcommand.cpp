// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "annotationcommand.h"

namespace Parallax
{

AnnotationCommand::AnnotationCommand(const QString &text, Step redo, Step undo, std::function<void()> changed)
    : QUndoCommand(text)
    , m_redo(std::move(redo))
    , m_undo(std::move(undo))
    , m_changed(std::move(changed))
{
}

void AnnotationCommand::undo()
{
    // A step the store refuses (disk full, read-only) leaves the command where it was;
    // the store's error is shown by the callback.
    if (m_undo())
        m_done = false;
    m_changed();
}

void AnnotationCommand::redo()
{
    if (m_done)
        return;
    if (m_redo())
        m_done = true;
    m_changed();
}

} // namespace Parallax
