// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "createdtags.h"

using namespace Qt::StringLiterals;

namespace Parallax
{

CreatedTags::CreatedTags(const Store &store, const QStringList &paths)
{
    for (const QString &path : paths) {
        // The names as Store::ensureTagPath() reads them: trimmed, empty ones skipped.
        QString prefix;
        for (const QString &name : path.split(u'/', Qt::SkipEmptyParts)) {
            prefix += (prefix.isEmpty() ? QString() : u"/"_s) + name.trimmed();
            if (!store.tagIdForPath(prefix)) {
                if (!m_topPaths.contains(prefix))
                    m_topPaths.append(prefix);
                break; // what comes below a new tag is new too
            }
        }
    }
}

StoreResult<void> CreatedTags::capture(const Store &store)
{
    m_snapshots.clear();
    for (const QString &path : std::as_const(m_topPaths)) {
        const StoreResult<qint64> id = store.tagIdForPath(path);
        if (!id)
            return id.error();
        StoreResult<TagSnapshot> snapshot = store.snapshotTag(*id);
        if (!snapshot)
            return snapshot.error();
        m_snapshots.append(*std::move(snapshot));
    }
    return {};
}

bool CreatedTags::remove(Store &store)
{
    for (TagSnapshot &snapshot : m_snapshots) {
        // Taken again, for the row versions that edits since have counted up: put back,
        // the tags must be at the versions that the edits after them expect.
        auto now = store.snapshotTag(snapshot.tags.first().id);
        if (!now || !store.deleteTag(snapshot.tags.first().id))
            return false;
        snapshot = std::move(*now);
    }
    return true;
}

bool CreatedTags::restore(Store &store) const
{
    for (const TagSnapshot &snapshot : m_snapshots) {
        if (!store.restoreTags(snapshot))
            return false;
    }
    return true;
}

} // namespace Parallax
