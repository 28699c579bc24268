// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <QUndoCommand>

#include <functional>

namespace Parallax
{

/**
 * One change to the library that the user can undo and redo, as two store calls: one
 * that makes the change and one that takes it back. The change is made before the
 * command is pushed (a failure must not enter the undo history), so the first redo()
 * that QUndoStack::push() calls does nothing.
 */
class AnnotationCommand final : public QUndoCommand
{
public:
    using Step = std::function<bool()>;

    AnnotationCommand(const QString &text, Step redo, Step undo, std::function<void()> changed);

    void undo() override;
    void redo() override;

private:
    Step m_redo;
    Step m_undo;
    std::function<void()> m_changed;
    bool m_done = true; ///< made before it was pushed
};

} // namespace Parallax
