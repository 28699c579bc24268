// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "librarydocument.h"

#include "librarycommands.h"

#include <QPointer>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Parallax
{

LibraryDocument::LibraryDocument(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
}

LibraryDocument::~LibraryDocument() = default;

Store *LibraryDocument::scratch() const
{
    if (!m_scratch) {
        m_scratchFolder = std::make_unique<QTemporaryDir>();
        m_scratch = std::make_unique<Store>();
        // Where no temporary folder can be made, the store stays closed and says so
        // on every edit; it is never null.
        if (m_scratchFolder->isValid())
            static_cast<void>(m_scratch->open(m_scratchFolder->filePath(u"scratch.sqlite"_s), Store::Access::Scratch));
    }
    return m_scratch.get();
}

void LibraryDocument::setStore(Store *store)
{
    m_store = store;
    m_undoStack->clear();
    m_ownVersions.clear();
    m_unheld.clear();
    if (store)
        watchOthersWork(store);
    Q_EMIT storeChanged();
}

// On a shared library, what others do is announced as it happens and shown as one's own
// edits are: row by row, the selection and the undo history (of one's own work) kept.
void LibraryDocument::watchOthersWork(Store *store)
{
    store->watchChanges([document = QPointer(this), store](const StoreChange &change) {
        if (!document || document->m_store != store)
            return;
        switch (change.what) {
        case StoreChange::What::Articles:
            Q_EMIT document->articlesChanged();
            break;
        case StoreChange::What::Tags:
            Q_EMIT document->tagsChanged();
            Q_EMIT document->annotationsChanged(0);
            break;
        case StoreChange::What::Annotations:
            Q_EMIT document->tagsChanged(); // their counts of uses
            Q_EMIT document->annotationsChanged(change.articleA);
            break;
        case StoreChange::What::Reviews:
            Q_EMIT document->reviewsChanged(change.articleA, change.articleB);
            break;
        case StoreChange::What::Pins:
            Q_EMIT document->pinsChanged(change.articleA, change.articleB);
            break;
        }
    });
}

int LibraryDocument::ownVersion(Item item, qint64 id) const
{
    return m_ownVersions.value({int(item), id});
}

void LibraryDocument::setOwnVersion(Item item, qint64 id, int version)
{
    m_ownVersions.insert({int(item), id}, version);
}

StoreError LibraryDocument::refuse(const StoreError &error)
{
    // Refused for another coder's edit that this window has not shown yet (a file
    // library announces none): the views show the library as it is now, theirs included.
    if (error.kind == StoreError::Kind::Conflict) {
        Q_EMIT tagsChanged();
        Q_EMIT annotationsChanged(0);
        Q_EMIT reviewsChanged(0, 0);
    }
    Q_EMIT failed(error.message);
    return error;
}

std::optional<StoreError> LibraryDocument::refuseUnheld(std::initializer_list<qint64> articleIds)
{
    if (std::none_of(articleIds.begin(), articleIds.end(), &LibraryDocument::isUnheld))
        return std::nullopt;
    // Refused before the store sees it: the id is this window's, not the library's.
    return refuse({StoreError::Kind::NotFound, tr("The library does not hold this article, so nothing can be annotated, reviewed or pinned on it here.")});
}

void LibraryDocument::push(LibraryCommand *command)
{
    m_undoStack->push(command); // announces nothing: redo() skips the edit already made
}

qint64 LibraryDocument::articleIdOf(const Document &document)
{
    if (!store()->isReadOnly()) {
        const StoreResult<ImportOutcome> outcome = store()->importDocument(document);
        if (outcome) {
            if (outcome->kind != ImportOutcome::Kind::AlreadyStored)
                Q_EMIT articlesChanged();
            return outcome->articleId;
        }
        refuse(outcome.error()); // says why; the text is still read and compared
    } else if (const StoreResult<qint64> stored = store()->articleIdForText(document.text)) {
        return *stored;
    }
    for (auto shown = m_unheld.cbegin(); shown != m_unheld.cend(); ++shown) {
        if (shown->text == document.text)
            return shown.key();
    }
    const qint64 id = -(m_unheld.size() + 1);
    m_unheld.insert(id, document);
    return id;
}

std::optional<Document> LibraryDocument::article(qint64 id) const
{
    if (isUnheld(id)) {
        const auto shown = m_unheld.constFind(id);
        return shown != m_unheld.cend() ? std::optional(*shown) : std::nullopt;
    }
    StoreResult<StoredArticle> stored = store()->article(id);
    return stored ? std::optional(std::move(stored->document)) : std::nullopt;
}

StoreResult<qint64> LibraryDocument::annotate(qint64 articleId, TextRange range, const QStringList &tagPaths, const QString &note)
{
    if (const auto refused = refuseUnheld({articleId}))
        return *refused;
    CreatedTags created(*store(), tagPaths);
    std::optional<qint64> id;
    const StoreResult<void> done = store()->batch([&] {
        QList<qint64> tagIds;
        for (const QString &path : tagPaths) {
            const auto tagId = store()->ensureTagPath(path);
            if (!tagId)
                return false;
            tagIds.append(*tagId);
        }
        const StoreResult<qint64> added = store()->addAnnotation(articleId, range, tagIds, note);
        if (added)
            id = *added;
        return added.has_value();
    });
    if (!done)
        return refuse(done.error());
    if (const StoreResult<void> captured = created.capture(*store()); !captured)
        return refuse(captured.error());
    const StoreResult<Annotation> made = store()->annotation(*id);
    if (!made)
        return refuse(made.error());
    setOwnVersion(Item::Annotation, made->id, made->rowVersion);
    push(new AnnotateCommand(this, tagPaths.isEmpty() ? tr("Add Note") : tr("Tag “%1”").arg(made->anchor.exact.left(30)), *made, created));
    Q_EMIT tagsChanged();
    Q_EMIT annotationsChanged(articleId);
    return *id;
}

StoreResult<void> LibraryDocument::deleteAnnotation(qint64 id, int seenVersion)
{
    const StoreResult<Annotation> before = store()->annotation(id);
    if (!before)
        return refuse(before.error());
    if (const StoreResult<void> deleted = store()->deleteAnnotation(id, seenVersion ? seenVersion : before->rowVersion); !deleted)
        return refuse(deleted.error());
    setOwnVersion(Item::Annotation, id, before->rowVersion); // undo puts it back at that version
    push(new DeleteAnnotationCommand(this, *before));
    Q_EMIT tagsChanged();
    Q_EMIT annotationsChanged(before->articleId);
    return {};
}

StoreResult<void> LibraryDocument::setNote(qint64 id, const QString &note, int seenVersion)
{
    const StoreResult<Annotation> before = store()->annotation(id);
    if (!before)
        return refuse(before.error());
    // Always against a known version: the history must know the one its edit made.
    const int seen = seenVersion ? seenVersion : before->rowVersion;
    if (const StoreResult<void> edited = store()->setAnnotationNote(id, note, seen); !edited)
        return refuse(edited.error());
    setOwnVersion(Item::Annotation, id, seen + 1);
    push(new PropertyCommand(this, LibraryCommandId::EditNote, tr("Edit Note"), id, &Store::setAnnotationNote, before->note, note));
    Q_EMIT annotationsChanged(before->articleId);
    return {};
}

StoreResult<void> LibraryDocument::tagArticle(qint64 articleId, const QString &tagPath)
{
    if (const auto refused = refuseUnheld({articleId}))
        return *refused;
    CreatedTags created(*store(), {tagPath});
    std::optional<qint64> tagId;
    const StoreResult<void> done = store()->batch([&] {
        const StoreResult<qint64> ensured = store()->ensureTagPath(tagPath);
        if (ensured)
            tagId = *ensured;
        return ensured && store()->tagArticle(articleId, *tagId);
    });
    if (!done)
        return refuse(done.error());
    if (const StoreResult<void> captured = created.capture(*store()); !captured)
        return refuse(captured.error());
    push(new TagArticleCommand(this, articleId, *tagId, created));
    Q_EMIT tagsChanged();
    Q_EMIT articlesChanged();
    return {};
}

StoreResult<qint64> LibraryDocument::createTag(const QString &path)
{
    if (const StoreResult<qint64> existing = store()->tagIdForPath(path))
        return *existing;
    CreatedTags created(*store(), {path});
    const StoreResult<qint64> id = store()->ensureTagPath(path);
    if (!id)
        return refuse(id.error());
    if (const StoreResult<void> captured = created.capture(*store()); !captured)
        return refuse(captured.error());
    push(new CreateTagCommand(this, created));
    Q_EMIT tagsChanged();
    return *id;
}

StoreResult<void> LibraryDocument::renameTag(qint64 id, const QString &name, int seenVersion)
{
    const StoreResult<Tag> before = store()->tag(id);
    if (!before)
        return refuse(before.error());
    const int seen = seenVersion ? seenVersion : before->rowVersion;
    if (const StoreResult<void> edited = store()->renameTag(id, name, seen); !edited)
        return refuse(edited.error());
    setOwnVersion(Item::Tag, id, seen + 1);
    push(new PropertyCommand(this, LibraryCommandId::RenameTag, tr("Rename Tag"), id, &Store::renameTag, before->name, name));
    Q_EMIT tagsChanged();
    Q_EMIT annotationsChanged(0);
    return {};
}

StoreResult<void> LibraryDocument::moveTag(qint64 id, qint64 newParentId)
{
    const StoreResult<Tag> before = store()->tag(id);
    if (!before)
        return refuse(before.error());
    const std::optional<qint64> parent = newParentId > 0 ? std::optional(newParentId) : std::nullopt;
    if (const StoreResult<void> moved = store()->moveTag(id, parent); !moved)
        return refuse(moved.error());
    push(new MoveTagCommand(this, id, before->parentId, parent));
    Q_EMIT tagsChanged();
    Q_EMIT annotationsChanged(0);
    return {};
}

StoreResult<void> LibraryDocument::recolorTag(qint64 id, const QString &color, int seenVersion)
{
    const StoreResult<Tag> before = store()->tag(id);
    if (!before)
        return refuse(before.error());
    const int seen = seenVersion ? seenVersion : before->rowVersion;
    if (const StoreResult<void> edited = store()->setTagColor(id, color, seen); !edited)
        return refuse(edited.error());
    setOwnVersion(Item::Tag, id, seen + 1);
    push(new PropertyCommand(this, LibraryCommandId::RecolorTag, tr("Recolor Tag"), id, &Store::setTagColor, before->color, color));
    Q_EMIT tagsChanged();
    return {};
}

StoreResult<void> LibraryDocument::describeTag(qint64 id, const QString &description, int seenVersion)
{
    const StoreResult<Tag> before = store()->tag(id);
    if (!before)
        return refuse(before.error());
    const int seen = seenVersion ? seenVersion : before->rowVersion;
    if (const StoreResult<void> edited = store()->setTagDescription(id, description, seen); !edited)
        return refuse(edited.error());
    setOwnVersion(Item::Tag, id, seen + 1);
    push(new PropertyCommand(this, LibraryCommandId::DescribeTag, tr("Describe Tag"), id, &Store::setTagDescription, before->description, description));
    Q_EMIT tagsChanged();
    return {};
}

StoreResult<void> LibraryDocument::deleteTag(qint64 id)
{
    const StoreResult<TagSnapshot> before = store()->snapshotTag(id);
    if (!before)
        return refuse(before.error());
    if (const StoreResult<void> deleted = store()->deleteTag(id); !deleted)
        return refuse(deleted.error());
    push(new DeleteTagCommand(this, *before));
    Q_EMIT tagsChanged();
    Q_EMIT annotationsChanged(0);
    Q_EMIT articlesChanged();
    return {};
}

StoreResult<void> LibraryDocument::mergeTag(qint64 fromId, qint64 intoId)
{
    const StoreResult<TagSnapshot> from = store()->snapshotTag(fromId);
    if (!from)
        return refuse(from.error());
    const StoreResult<TagSnapshot> into = store()->snapshotTag(intoId);
    if (!into)
        return refuse(into.error());
    if (const StoreResult<void> merged = store()->mergeTags(fromId, intoId); !merged)
        return refuse(merged.error());
    push(new DeleteTagCommand(this, *from, *into));
    Q_EMIT tagsChanged();
    Q_EMIT annotationsChanged(0);
    Q_EMIT articlesChanged();
    return {};
}

StoreResult<void> LibraryDocument::reviewClaim(
    const ReviewedClaim &claim, ClaimReview::State state, const QString &note, const std::optional<ClaimReview> &before)
{
    if (const auto refused = refuseUnheld({claim.articleA, claim.articleB}))
        return *refused;
    const auto id
        = store()->setClaimReview(claim.articleA, claim.articleB, claim.kind, claim.a, claim.b, state, note, before ? before->rowVersion : Store::NoReviewSeen);
    if (!id)
        return refuse(id.error());
    // Seen, the review was written over (a version up); unseen, it was made (version 1).
    setOwnVersion(Item::Review, *id, before ? before->rowVersion + 1 : 1);
    push(new ReviewClaimCommand(this, *id, claim, before ? before->state : ClaimReview::State::Unreviewed, before ? before->note : QString(), state, note));
    Q_EMIT reviewsChanged(claim.articleA, claim.articleB);
    return {};
}

StoreResult<void> LibraryDocument::setPins(qint64 articleA, qint64 articleB, const QList<PinnedPassage> &pins, const QString &actionText)
{
    if (const auto refused = refuseUnheld({articleA, articleB}))
        return *refused;
    const StoreResult<QList<PinnedPassage>> before = store()->pins(articleA, articleB);
    if (!before)
        return refuse(before.error());
    if (const StoreResult<void> pinned = store()->setPins(articleA, articleB, pins); !pinned)
        return refuse(pinned.error());
    push(new SetPinsCommand(this, actionText, articleA, articleB, *before, pins));
    Q_EMIT pinsChanged(articleA, articleB);
    return {};
}

} // namespace Parallax
