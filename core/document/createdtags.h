// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/library/store.h>

#include <QList>
#include <QStringList>

namespace Parallax
{

/**
 * The tags that an action makes on the way, when it tags with a path that is not in
 * the library yet ("People/Politicians/Mayors" where only "People" exists): noted
 * before the action, captured after it, so that undoing the action takes exactly them
 * away and redoing it puts them back with the same ids, colors and uses.
 */
class CreatedTags final
{
public:
    /// Notes which tags of PATHS, parents included, the library lacks now.
    CreatedTags(const Store &store, const QStringList &paths);

    bool isEmpty() const { return m_topPaths.isEmpty(); }
    /// Once the action made them: keeps them as they are, with their uses so far.
    StoreResult<void> capture(const Store &store);
    /// Deletes them (each with the tags under it, which it made too).
    bool remove(Store &store);
    /// Puts them back as captured.
    bool restore(Store &store) const;

private:
    QStringList m_topPaths; ///< the highest new tag of each path; the rest are below them
    QList<TagSnapshot> m_snapshots;
};

} // namespace Parallax
