// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "librarycommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace Parallax
{

LibraryCommand::LibraryCommand(LibraryDocument *document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{
}

void LibraryCommand::undo()
{
    replay(false);
}

void LibraryCommand::redo()
{
    if (m_done) { // push() calls redo() once; the edit is already made
        m_done = false;
        return;
    }
    replay(true);
}

void LibraryCommand::replay(bool forward)
{
    // The views follow what the library holds, also when it refused: announce either way.
    const StoreResult<void> applied = apply(forward);
    announce();
    if (applied)
        return;
    if (applied.error().kind != StoreError::Kind::Conflict) {
        Q_EMIT m_document->failed(applied.error().message);
        return;
    }
    // Over another coder's later edit, this step leaves the history: undo never undoes
    // (nor redo redoes) over their work. QUndoStack deletes a command made obsolete in
    // undo() or redo().
    setObsolete(true);
    Q_EMIT m_document->failed(
        QCoreApplication::translate("Parallax::LibraryDocument", "%1 Undo and redo leave their edit as it is.").arg(applied.error().message));
}

StoreError LibraryCommand::refuseOverOthersEdit(const QString &message)
{
    return {StoreError::Kind::Conflict, message};
}

AnnotateCommand::AnnotateCommand(LibraryDocument *document, const QString &text, Annotation made, CreatedTags created)
    : LibraryCommand(document, text)
    , m_made(std::move(made))
    , m_created(std::move(created))
{
}

StoreResult<void> AnnotateCommand::apply(bool forward)
{
    return store().batch([&] {
        if (forward) {
            if (!m_created.restore(store()) || !store().restoreAnnotation(m_made))
                return false;
            setOwnVersion(Item::Annotation, m_made.id, m_made.rowVersion);
            return true;
        }
        // Put back later at the version it has now, which edits after it expect.
        m_made.rowVersion = ownVersion(Item::Annotation, m_made.id);
        return store().deleteAnnotation(m_made.id, m_made.rowVersion) && m_created.remove(store());
    });
}

void AnnotateCommand::announce() const
{
    Q_EMIT document()->tagsChanged();
    Q_EMIT document()->annotationsChanged(m_made.articleId);
}

DeleteAnnotationCommand::DeleteAnnotationCommand(LibraryDocument *document, Annotation deleted)
    : LibraryCommand(document, QCoreApplication::translate("Parallax::LibraryDocument", "Delete Annotation"))
    , m_deleted(std::move(deleted))
{
}

StoreResult<void> DeleteAnnotationCommand::apply(bool forward)
{
    if (!forward) {
        StoreResult<void> restored = store().restoreAnnotation(m_deleted);
        if (restored)
            setOwnVersion(Item::Annotation, m_deleted.id, m_deleted.rowVersion);
        return restored;
    }
    m_deleted.rowVersion = ownVersion(Item::Annotation, m_deleted.id);
    return store().deleteAnnotation(m_deleted.id, m_deleted.rowVersion);
}

void DeleteAnnotationCommand::announce() const
{
    Q_EMIT document()->tagsChanged();
    Q_EMIT document()->annotationsChanged(m_deleted.articleId);
}

TagArticleCommand::TagArticleCommand(LibraryDocument *document, qint64 articleId, qint64 tagId, CreatedTags created)
    : LibraryCommand(document, QCoreApplication::translate("Parallax::LibraryDocument", "Tag Article"))
    , m_articleId(articleId)
    , m_tagId(tagId)
    , m_created(std::move(created))
{
}

StoreResult<void> TagArticleCommand::apply(bool forward)
{
    return store().batch([&] {
        if (forward)
            return m_created.restore(store()) && store().tagArticle(m_articleId, m_tagId);
        return store().untagArticle(m_articleId, m_tagId) && m_created.remove(store());
    });
}

void TagArticleCommand::announce() const
{
    Q_EMIT document()->tagsChanged();
    Q_EMIT document()->articlesChanged();
}

CreateTagCommand::CreateTagCommand(LibraryDocument *document, CreatedTags created)
    : LibraryCommand(document, QCoreApplication::translate("Parallax::LibraryDocument", "New Tag"))
    , m_created(std::move(created))
{
}

StoreResult<void> CreateTagCommand::apply(bool forward)
{
    return store().batch([&] {
        return forward ? m_created.restore(store()) : m_created.remove(store());
    });
}

void CreateTagCommand::announce() const
{
    Q_EMIT document()->tagsChanged();
}

PropertyCommand::PropertyCommand(
    LibraryDocument *document, LibraryCommandId kind, const QString &text, qint64 itemId, Setter setter, QString before, QString after)
    : LibraryCommand(document, text)
    , m_kind(kind)
    , m_itemId(itemId)
    , m_setter(setter)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

bool PropertyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const PropertyCommand *>(other); // same id(), same class
    if (next->m_itemId != m_itemId)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

StoreResult<void> PropertyCommand::apply(bool forward)
{
    // Only over the version this window left: a later edit by someone else stays.
    const Item item = m_kind == LibraryCommandId::EditNote ? Item::Annotation : Item::Tag;
    const int seen = ownVersion(item, m_itemId);
    StoreResult<void> set = (store().*m_setter)(m_itemId, forward ? m_after : m_before, seen);
    if (set)
        setOwnVersion(item, m_itemId, seen + 1);
    return set;
}

void PropertyCommand::announce() const
{
    if (m_kind == LibraryCommandId::EditNote) {
        const auto annotation = document()->store()->annotation(m_itemId);
        Q_EMIT document()->annotationsChanged(annotation ? annotation->articleId : 0);
        return;
    }
    Q_EMIT document()->tagsChanged();
    // A renamed tag changes the paths that annotations show.
    if (m_kind == LibraryCommandId::RenameTag)
        Q_EMIT document()->annotationsChanged(0);
}

MoveTagCommand::MoveTagCommand(LibraryDocument *document, qint64 tagId, std::optional<qint64> from, std::optional<qint64> to)
    : LibraryCommand(document, QCoreApplication::translate("Parallax::LibraryDocument", "Move Tag"))
    , m_tagId(tagId)
    , m_from(from)
    , m_to(to)
{
}

StoreResult<void> MoveTagCommand::apply(bool forward)
{
    return store().moveTag(m_tagId, forward ? m_to : m_from);
}

void MoveTagCommand::announce() const
{
    Q_EMIT document()->tagsChanged();
    Q_EMIT document()->annotationsChanged(0);
}

DeleteTagCommand::DeleteTagCommand(LibraryDocument *document, TagSnapshot deleted, std::optional<TagSnapshot> into)
    : LibraryCommand(document,
          into ? QCoreApplication::translate("Parallax::LibraryDocument", "Merge Tags")
               : QCoreApplication::translate("Parallax::LibraryDocument", "Delete Tag"))
    , m_deleted(std::move(deleted))
    , m_into(std::move(into))
{
}

StoreResult<void> DeleteTagCommand::apply(bool forward)
{
    const qint64 id = m_deleted.tags.first().id;
    if (forward)
        return m_into ? store().mergeTags(id, m_into->tags.first().id) : store().deleteTag(id);
    return store().restoreTags(m_deleted, m_into);
}

void DeleteTagCommand::announce() const
{
    Q_EMIT document()->tagsChanged();
    Q_EMIT document()->annotationsChanged(0);
    Q_EMIT document()->articlesChanged();
}

ReviewClaimCommand::ReviewClaimCommand(
    LibraryDocument *document, qint64 reviewId, ReviewedClaim claim, ClaimReview::State before, QString noteBefore, ClaimReview::State after, QString noteAfter)
    : LibraryCommand(document, QCoreApplication::translate("Parallax::LibraryDocument", "Review Claim"))
    , m_reviewId(reviewId)
    , m_claim(std::move(claim))
    , m_before(before)
    , m_noteBefore(std::move(noteBefore))
    , m_after(after)
    , m_noteAfter(std::move(noteAfter))
{
}

StoreResult<void> ReviewClaimCommand::apply(bool forward)
{
    const int seen = ownVersion(Item::Review, m_reviewId);
    const StoreResult<qint64> reviewed = store().setClaimReview(
        m_claim.articleA, m_claim.articleB, m_claim.kind, m_claim.a, m_claim.b, forward ? m_after : m_before, forward ? m_noteAfter : m_noteBefore, seen);
    if (!reviewed)
        return reviewed.error();
    setOwnVersion(Item::Review, m_reviewId, seen + 1);
    return {};
}

void ReviewClaimCommand::announce() const
{
    Q_EMIT document()->reviewsChanged(m_claim.articleA, m_claim.articleB);
}

SetPinsCommand::SetPinsCommand(
    LibraryDocument *document, const QString &text, qint64 articleA, qint64 articleB, QList<PinnedPassage> before, QList<PinnedPassage> after)
    : LibraryCommand(document, text)
    , m_articleA(articleA)
    , m_articleB(articleB)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

StoreResult<void> SetPinsCommand::apply(bool forward)
{
    // Pins have no version: what this step left (or found) must still be there.
    const StoreResult<QList<PinnedPassage>> read = store().pins(m_articleA, m_articleB);
    if (!read)
        return read.error();
    const QList<PinnedPassage> &now = *read;
    const QList<PinnedPassage> &expected = forward ? m_before : m_after;
    if (!std::is_permutation(now.cbegin(), now.cend(), expected.cbegin(), expected.cend()))
        return refuseOverOthersEdit(
            QCoreApplication::translate("Parallax::LibraryDocument", "Someone else changed the passages pinned between these articles since."));
    return store().setPins(m_articleA, m_articleB, forward ? m_after : m_before);
}

void SetPinsCommand::announce() const
{
    Q_EMIT document()->pinsChanged(m_articleA, m_articleB);
}

} // namespace Parallax
