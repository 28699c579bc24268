// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/library/store.h>

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

class QTemporaryDir;
class QUndoStack;

namespace Parallax
{

/// A claim between two articles, as a review names it: its kind and its passages (one is
/// missing for what only one side says).
struct ReviewedClaim {
    qint64 articleA = 0;
    qint64 articleB = 0;
    QString kind;
    std::optional<TextRange> a;
    std::optional<TextRange> b;
};

/**
 * The user's library as the window edits it: the store, the undo history of every
 * change to it, and a signal for each kind of thing that changed, so that each view
 * updates what it shows and nothing else (an edited note changes one row of one
 * article's annotations, not the tag tree).
 *
 * Every edit is made at once and, when the store took it, pushed as a typed command
 * (librarycommands.h) that undo and redo replay; a change the store refuses never
 * enters the history, and failed() says why. It knows no widget.
 */
class LibraryDocument final : public QObject
{
    Q_OBJECT

public:
    explicit LibraryDocument(QObject *parent = nullptr);
    ~LibraryDocument() override;

    /// The library to work in (not owned). Null, or none set, is a scratch library in a
    /// temporary folder that lives as long as the document: work goes on as with any
    /// other, and is gone when the document is (isScratch()). Clears the undo history.
    void setStore(Store *store);
    /// The library worked in; never null. The scratch library is made here, when first
    /// needed: a window given its library at start-up never makes one.
    Store *store() const { return m_store ? m_store : scratch(); }
    /// Whether the library is the document's own scratch library.
    bool isScratch() const { return !m_store; }
    bool isWritable() const { return !store()->isReadOnly(); }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// The article's id in the library, kept there on first sight (once per text). Not
    /// undoable. A read-only library gives the id of the same text if it holds it. A
    /// text the library does not hold and cannot keep (read-only, or a write that failed:
    /// failed() says why) gets an id below zero for as long as the library is set
    /// (isUnheld()): every article shown has an id, and this one can be read and
    /// compared but never annotated.
    qint64 articleIdOf(const Document &document);
    /// The article ID as the library holds it (text, page furniture, metadata), or as it
    /// was shown, for an unheld text; none for an id the library does not know.
    std::optional<Document> article(qint64 id) const;
    /// Whether ID is of a text the library does not hold (articleIdOf()).
    static bool isUnheld(qint64 id) { return id < 0; }

    /// Tags and notes RANGE of an article; new tags on TAG_PATHS are made on the way and
    /// undo takes them away again. The annotation's id.
    StoreResult<qint64> annotate(qint64 articleId, TextRange range, const QStringList &tagPaths, const QString &note);
    // SEEN_VERSION, in the edits of one item below: the item's rowVersion as the user
    // saw it. When another coder changed it since, the edit is refused with
    // StoreError::Kind::Conflict (the caller may ask whose edit should stand); 0 takes
    // the item as it is now.
    StoreResult<void> deleteAnnotation(qint64 id, int seenVersion = 0);
    StoreResult<void> setNote(qint64 id, const QString &note, int seenVersion = 0);
    StoreResult<void> tagArticle(qint64 articleId, const QString &tagPath);

    /// The tag at PATH, made if it is new.
    StoreResult<qint64> createTag(const QString &path);
    StoreResult<void> renameTag(qint64 id, const QString &name, int seenVersion = 0);
    /// NEW_PARENT_ID 0: to the top.
    StoreResult<void> moveTag(qint64 id, qint64 newParentId);
    /// COLOR is "#rrggbb".
    StoreResult<void> recolorTag(qint64 id, const QString &color, int seenVersion = 0);
    StoreResult<void> describeTag(qint64 id, const QString &description, int seenVersion = 0);
    /// Deletes a tag with its sub-tags and uses; undo puts them all back.
    StoreResult<void> deleteTag(qint64 id);
    StoreResult<void> mergeTag(qint64 fromId, qint64 intoId);

    /// Records the review of CLAIM; undo gives back the state and note it had BEFORE
    /// (Unreviewed when it had none). BEFORE is the review as the user saw it: when
    /// another coder reviewed the claim since, the review is refused as a Conflict.
    StoreResult<void> reviewClaim(const ReviewedClaim &claim, ClaimReview::State state, const QString &note, const std::optional<ClaimReview> &before);
    /// Makes PINS the passages pinned as matching between two articles; ACTION_TEXT names
    /// the step in the undo history ("Pin Passages").
    StoreResult<void> setPins(qint64 articleA, qint64 articleB, const QList<PinnedPassage> &pins, const QString &actionText);

Q_SIGNALS:
    /// The articles of the library changed: one was kept for the first time.
    void articlesChanged();
    /// Tags changed: made, renamed, moved, recoloured, described, deleted, merged, or
    /// their counts of uses.
    void tagsChanged();
    /// The annotations of ARTICLE_ID changed; 0 when those of any article may have (a
    /// deleted or renamed tag changes the tags of annotations everywhere).
    void annotationsChanged(qint64 articleId);
    /// The reviews of claims between two articles changed; 0 and 0 when those of any pair
    /// may have (another coder's reviews, found at an edit).
    void reviewsChanged(qint64 articleA, qint64 articleB);
    /// The pins between two articles changed.
    void pinsChanged(qint64 articleA, qint64 articleB);
    /// Another library is set: everything changed.
    void storeChanged();
    /// An edit, undo or redo that the library refused, with the reason.
    void failed(const QString &message);

private:
    friend class LibraryCommand;
    enum class Item { Annotation, Tag, Review };
    /// The row version ITEM had after this document's last write to it, 0 before any:
    /// what undo and redo expect to find, so that they never write over a later edit of
    /// another coder's. Undo and redo count versions up too, so each command cannot keep
    /// its own.
    int ownVersion(Item item, qint64 id) const;
    void setOwnVersion(Item item, qint64 id, int version);
    void watchOthersWork(Store *store);
    void push(class LibraryCommand *command);
    /// Says why the library refused an edit (failed()); gives ERROR back for the edit's result.
    StoreError refuse(const StoreError &error);
    /// Refuses an edit of an article the library does not hold (isUnheld()), saying so;
    /// the refusal, if it refused.
    std::optional<StoreError> refuseUnheld(std::initializer_list<qint64> articleIds);

    /// The scratch library, made when first needed, in a folder removed with it.
    Store *scratch() const;

    mutable std::unique_ptr<QTemporaryDir> m_scratchFolder;
    mutable std::unique_ptr<Store> m_scratch;
    Store *m_store = nullptr; ///< the library set; null for the scratch one
    QHash<qint64, Document> m_unheld; ///< texts the library does not hold, by their ids below zero
    QHash<std::pair<int, qint64>, int> m_ownVersions; ///< by (Item, id); see ownVersion()
    QUndoStack *m_undoStack;
};

} // namespace Parallax
