// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include "createdtags.h"
#include "librarydocument.h"

#include <QUndoCommand>

namespace Parallax
{

/// The kinds of edit, as QUndoCommand::id(): edits of one kind to one item merge.
enum class LibraryCommandId {
    Annotate = 1,
    DeleteAnnotation,
    EditNote,
    TagArticle,
    CreateTag,
    RenameTag,
    MoveTag,
    RecolorTag,
    DescribeTag,
    DeleteTag,
    MergeTags,
    ReviewClaim,
    SetPins,
};

/**
 * One edit of the library that undo and redo replay. The edit is made before the
 * command is pushed (a failure must not enter the history), so the redo() that
 * QUndoStack::push() calls first does nothing. Each command says which signals of the
 * document its edit calls for (announce()), so that views update only what changed.
 */
class LibraryCommand : public QUndoCommand
{
public:
    LibraryCommand(LibraryDocument *document, const QString &text);

    void undo() final;
    void redo() final;

protected:
    using Item = LibraryDocument::Item;
    Store &store() const { return *m_document->store(); }
    LibraryDocument *document() const { return m_document; }
    int ownVersion(Item item, qint64 id) const { return m_document->ownVersion(item, id); }
    void setOwnVersion(Item item, qint64 id, int version) { m_document->setOwnVersion(item, id, version); }
    /// Makes the edit (FORWARD) or takes it back, or says why the store refused.
    virtual StoreResult<void> apply(bool forward) = 0;
    /// What apply() returns when the library no longer holds what this step left (or,
    /// for redo, found): another coder changed it since. MESSAGE says so.
    static StoreError refuseOverOthersEdit(const QString &message);
    /// Emits the document's signals for what the edit changed.
    virtual void announce() const = 0;

private:
    void replay(bool forward);

    LibraryDocument *m_document;
    bool m_done = true; ///< made before it was pushed
};

/// A passage tagged or noted, with the tags made on the way.
class AnnotateCommand final : public LibraryCommand
{
public:
    AnnotateCommand(LibraryDocument *document, const QString &text, Annotation made, CreatedTags created);
    int id() const override { return int(LibraryCommandId::Annotate); }

private:
    StoreResult<void> apply(bool forward) override;
    void announce() const override;

    Annotation m_made;
    CreatedTags m_created;
};

class DeleteAnnotationCommand final : public LibraryCommand
{
public:
    DeleteAnnotationCommand(LibraryDocument *document, Annotation deleted);
    int id() const override { return int(LibraryCommandId::DeleteAnnotation); }

private:
    StoreResult<void> apply(bool forward) override;
    void announce() const override;

    Annotation m_deleted;
};

/// A whole article tagged, with the tags made on the way.
class TagArticleCommand final : public LibraryCommand
{
public:
    TagArticleCommand(LibraryDocument *document, qint64 articleId, qint64 tagId, CreatedTags created);
    int id() const override { return int(LibraryCommandId::TagArticle); }

private:
    StoreResult<void> apply(bool forward) override;
    void announce() const override;

    qint64 m_articleId;
    qint64 m_tagId;
    CreatedTags m_created;
};

class CreateTagCommand final : public LibraryCommand
{
public:
    CreateTagCommand(LibraryDocument *document, CreatedTags created);
    int id() const override { return int(LibraryCommandId::CreateTag); }

private:
    StoreResult<void> apply(bool forward) override;
    void announce() const override;

    CreatedTags m_created;
};

/**
 * One text property of one item set to another value: a note, a tag's name, colour or
 * description. Edits of one property of one item in a row merge into one step (picking
 * colours, renaming twice), and a step that ends where it began leaves the history.
 */
class PropertyCommand final : public LibraryCommand
{
public:
    using Setter = StoreResult<void> (Store::*)(qint64, const QString &, int seenVersion);

    PropertyCommand(LibraryDocument *document, LibraryCommandId kind, const QString &text, qint64 itemId, Setter setter, QString before, QString after);
    int id() const override { return int(m_kind); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    StoreResult<void> apply(bool forward) override;
    void announce() const override;

    LibraryCommandId m_kind;
    qint64 m_itemId;
    Setter m_setter;
    QString m_before;
    QString m_after;
};

class MoveTagCommand final : public LibraryCommand
{
public:
    MoveTagCommand(LibraryDocument *document, qint64 tagId, std::optional<qint64> from, std::optional<qint64> to);
    int id() const override { return int(LibraryCommandId::MoveTag); }

private:
    StoreResult<void> apply(bool forward) override;
    void announce() const override;

    qint64 m_tagId;
    std::optional<qint64> m_from;
    std::optional<qint64> m_to;
};

/// A tag deleted with its sub-tags and uses, or merged into another (INTO set).
class DeleteTagCommand final : public LibraryCommand
{
public:
    DeleteTagCommand(LibraryDocument *document, TagSnapshot deleted, std::optional<TagSnapshot> into = std::nullopt);
    int id() const override { return int(m_into ? LibraryCommandId::MergeTags : LibraryCommandId::DeleteTag); }

private:
    StoreResult<void> apply(bool forward) override;
    void announce() const override;

    TagSnapshot m_deleted;
    std::optional<TagSnapshot> m_into;
};

class ReviewClaimCommand final : public LibraryCommand
{
public:
    ReviewClaimCommand(LibraryDocument *document,
        qint64 reviewId,
        ReviewedClaim claim,
        ClaimReview::State before,
        QString noteBefore,
        ClaimReview::State after,
        QString noteAfter);
    int id() const override { return int(LibraryCommandId::ReviewClaim); }

private:
    StoreResult<void> apply(bool forward) override;
    void announce() const override;

    qint64 m_reviewId;
    ReviewedClaim m_claim;
    ClaimReview::State m_before;
    QString m_noteBefore;
    ClaimReview::State m_after;
    QString m_noteAfter;
};

class SetPinsCommand final : public LibraryCommand
{
public:
    SetPinsCommand(LibraryDocument *document, const QString &text, qint64 articleA, qint64 articleB, QList<PinnedPassage> before, QList<PinnedPassage> after);
    int id() const override { return int(LibraryCommandId::SetPins); }

private:
    StoreResult<void> apply(bool forward) override;
    void announce() const override;

    qint64 m_articleA;
    qint64 m_articleB;
    QList<PinnedPassage> m_before;
    QList<PinnedPassage> m_after;
};

} // namespace Parallax
