// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#pragma once

#include <core/compare/pinnedpassage.h>
#include <core/text/document.h>
#include <core/text/expected.h>
#include <core/text/textanchor.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Parallax
{

/// An article as stored: one revision of a source's text.
struct StoredArticle {
    qint64 id = 0;
    qint64 sourceId = 0;
    int revision = 1; ///< 1 for the first text of a source, then 2, 3…
    QString contentHash; ///< SHA-256 of the text, hex
    Document document;
    QDateTime imported; ///< set by article(); articles() leaves it invalid
};

/// A code of the hierarchy, e.g. "GDP" under "Economy".
struct Tag {
    qint64 id = 0;
    std::optional<qint64> parentId;
    QString name;
    QString path; ///< from the root, "Economy/GDP"
    QString color; ///< "#rrggbb"
    QString description;
    int annotationCount = 0; ///< passages and whole articles tagged with it
    int rowVersion = 1; ///< counted up by each edit; an edit names the one it saw
    QString editor; ///< who made the last edit; empty for none since coders were recorded
};

struct Annotation {
    qint64 id = 0;
    qint64 articleId = 0;
    TextAnchor anchor;
    bool orphaned = false; ///< its passage was not found in the article's latest text
    QList<qint64> tagIds;
    QStringList tagPaths;
    QString note; ///< Markdown
    QDateTime created;
    QDateTime modified;
    QString coder; ///< who made it; empty for work from before coders were recorded
    int rowVersion = 1; ///< counted up by each edit; an edit names the one it saw
    QString editor; ///< who made the last edit; empty for none since coders were recorded
};

/// A discrepancy the user settled: the claim's passages in two articles (one is
/// missing for what only one side says), joined in one record with a review state.
struct ClaimReview {
    enum class State { Unreviewed, Confirmed, Dismissed, Explained };
    qint64 id = 0;
    qint64 articleA = 0;
    qint64 articleB = 0;
    QString kind; ///< the claim's kind, e.g. "rank"
    std::optional<TextAnchor> a;
    std::optional<TextAnchor> b;
    State state = State::Unreviewed;
    QString note;
    QDateTime created;
    QDateTime modified;
    int rowVersion = 1; ///< counted up by each edit; an edit names the one it saw
    QString editor; ///< who made the last edit
};

/// What importing a document did.
struct ImportOutcome {
    qint64 articleId = 0;
    enum class Kind { Added, AlreadyStored, NewRevision } kind = Kind::Added;
    int reanchored = 0; ///< annotations moved to the new revision
    int orphaned = 0; ///< of those, the ones whose passage was not found
};

struct SearchHit {
    enum class Kind { Article, Note } kind = Kind::Article;
    qint64 articleId = 0;
    qint64 annotationId = 0; ///< for a note
    QString title;
    QString context; ///< the matching words with some text around, "[" and "]" around matches
};

/// A tag with its sub-tags and every use of them, as they were: what undoing a deletion
/// or a merge puts back.
struct TagSnapshot {
    struct Row {
        qint64 id;
        std::optional<qint64> parentId;
        QString name;
        QString color;
        QString description;
        int rowVersion = 1;
        QString editor;
    };
    QList<Row> tags; ///< parents before children
    QList<std::pair<qint64, qint64>> annotationUses; ///< (annotation, tag)
    QList<std::pair<qint64, qint64>> articleUses; ///< (article, tag)
};

/// A web page as it was received: the bytes exactly, and how they came. One is kept for
/// each revision of a source read from the web.
struct WebSnapshot {
    qint64 articleId = 0; ///< the revision read from these bytes
    QString url; ///< as asked for: the source's location
    QString finalUrl; ///< where the redirects ended
    QDateTime fetched; ///< when these bytes came
    QDateTime checked; ///< when the server was last asked whether the page changed
    int httpStatus = 0;
    QString etag; ///< the server's validators, for the next conditional request
    QString lastModified;
    QString contentType;
    QByteArray bytes; ///< as received (stored compressed)
    bool seen = true; ///< false for a revision a check found, until it is shown
};

/// What another connection changed in a shared library.
struct StoreChange {
    enum class What { Articles, Tags, Annotations, Reviews, Pins };
    What what = What::Annotations;
    qint64 articleA = 0; ///< the article concerned (0: unknown, or any)
    qint64 articleB = 0; ///< the other of a pair, for reviews and pins
};

/// Why the store could not do what was asked.
struct StoreError {
    /// Conflict: another coder changed the item since the version an edit names.
    enum class Kind { None, CannotOpen, Corrupt, TooNew, ReadOnly, Busy, DiskFull, NotFound, Invalid, Conflict, Failed };
    Kind kind = Kind::None;
    QString message;
};

/// The result of a change to the library: its value, or the StoreError that says why
/// nothing was changed.
template<typename T>
using StoreResult = Expected<T, StoreError>;

/**
 * The local database: articles (every revision, each text once), hierarchical tags,
 * annotations anchored by position and quote, and full-text search. SQLite through
 * Qt Sql, in WAL mode with foreign keys on; each call that changes something is one
 * transaction, committed (and durable) when the call returns a value.
 *
 * All SQL of Parallax lives in the store module, in prepared statements.
 */
class Store final
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    static constexpr int LatestSchemaVersion = 11;

    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /// The database in the user's data location, e.g. ~/.local/share/parallax/library.sqlite.
    static QString defaultPath();

    /// Scratch: read and write a library that lives no longer than the program (a file in
    /// a temporary folder, removed with it). Nothing of it is left after a crash, so its
    /// commits are not forced to the disk, which opening a document in it would wait for.
    enum class Access { ReadWrite, ReadOnly, Scratch };

    /// Opens (creating if missing) the database at PATH and migrates it to the latest
    /// schema. A file that is not a database, or is damaged, is left untouched and
    /// reported as Corrupt. A file the user may not write opens read-only, as does
    /// every file with Access::ReadOnly.
    StoreResult<void> open(const QString &path, Access access = Access::ReadWrite);
    bool isOpen() const;
    bool isReadOnly() const;
    QString path() const;
    int schemaVersion() const;

    /// Who makes the changes from now on: recorded with each annotation, whole-article
    /// tag, review and pin made through this store. Empty (the default) on SQLite
    /// records no one; on PostgreSQL the server's role stands in.
    void setCoder(const QString &name);
    /// The coder recorded with new work.
    QString coder() const;
    /// Everyone who coded annotations in this library, sorted.
    StoreResult<QStringList> coders() const;

    /// Calls CHANGED with each change that another connection (another window, another
    /// machine) makes to the library, while this thread's event loop runs; a change
    /// this store makes itself is not reported. False where the engine announces no
    /// changes (an SQLite file). Watching ends when the store is closed or opened again.
    bool watchChanges(std::function<void(const StoreChange &)> changed);

    /// Stores DOCUMENT. The same text is never stored twice; a changed text from a
    /// source already stored (same path) becomes its next revision, and the
    /// annotations move to it, re-anchored.
    StoreResult<ImportOutcome> importDocument(const Document &document);
    StoreResult<StoredArticle> article(qint64 id) const;
    /// Every article's latest revision, without texts loaded (document.text is empty).
    StoreResult<QList<StoredArticle>> articles() const;
    /// The texts of the articles IDS, read together (an id not stored is left out): for
    /// work over many articles at once, where article() each would read them one by one.
    StoreResult<QHash<qint64, QString>> texts(const QList<qint64> &ids) const;
    /// The latest revision of the source imported from PATH.
    StoreResult<qint64> articleIdForPath(const QString &path) const;
    /// The article whose text is TEXT, whichever file it came from (each text is stored once).
    StoreResult<qint64> articleIdForText(const QString &text) const;
    /// All revisions of the source of ARTICLE_ID, oldest first.
    StoreResult<QList<qint64>> revisions(qint64 articleId) const;

    /// Keeps SNAPSHOT as the bytes its article was read from (replacing one kept before).
    StoreResult<void> saveSnapshot(const WebSnapshot &snapshot);
    /// The bytes ARTICLE_ID was read from, if it came from the web.
    /// Whether snapshot() reads the page's bytes too, or only what is known of it: the
    /// bytes are up to 50 MB, and a menu or a check needs the address and validators.
    enum class SnapshotBytes { Included, LeftOut };
    StoreResult<WebSnapshot> snapshot(qint64 articleId, SnapshotBytes bytes = SnapshotBytes::Included) const;
    /// Records that the server was asked about ARTICLE_ID's page at CHECKED and said it
    /// had not changed, with the validators it gave for the next time.
    StoreResult<void> recordUnchanged(qint64 articleId, const QDateTime &checked, const QString &etag, const QString &lastModified);
    /// The latest revision of every source read from the web, oldest checked first.
    StoreResult<QList<qint64>> webArticles() const;
    /// The latest revisions that a check found and that were not shown since.
    StoreResult<QList<qint64>> unseenRevisions() const;
    /// Records that ARTICLE_ID was shown.
    StoreResult<void> markSeen(qint64 articleId);
    /// Checks the page of ARTICLE_ID's source every HOURS while the app runs (0: only
    /// when the user asks). The schedule belongs to the source: its revisions share it.
    StoreResult<void> setCheckInterval(qint64 articleId, int hours);
    /// Every how many hours ARTICLE_ID's source is checked (0: not on a schedule).
    StoreResult<int> checkInterval(qint64 articleId) const;
    /// The latest revisions of the sources on a schedule whose time to be checked has
    /// come at NOW (their interval has passed since the server was last asked).
    StoreResult<QList<qint64>> dueForCheck(const QDateTime &now) const;

    /// Copies the whole library into DESTINATION, a library with nothing in it yet, on
    /// either engine: every revision of every article, the tags, annotations, reviews,
    /// pins, web snapshots and schedules, each with the id it has here. All of it is
    /// copied, or none of it.
    StoreResult<void> copyTo(Store &destination) const;

    StoreResult<QList<Tag>> tags() const;
    StoreResult<Tag> tag(qint64 id) const;
    StoreResult<qint64> tagIdForPath(const QString &path) const;
    /// The tag at PATH ("Economy/GDP"), created with its parents where missing.
    StoreResult<qint64> ensureTagPath(const QString &path);
    StoreResult<qint64> createTag(const QString &name, std::optional<qint64> parentId, const QString &color = {}, const QString &description = {});
    // The edits of one tag or annotation below take SEEN_VERSION, the rowVersion its
    // editor saw: when another coder's edit came in between, the edit is refused as a
    // Conflict that names them. 0 edits whatever version the row has.
    StoreResult<void> renameTag(qint64 id, const QString &name, int seenVersion = 0);
    /// COLOR is "#rrggbb".
    StoreResult<void> setTagColor(qint64 id, const QString &color, int seenVersion = 0);
    StoreResult<void> setTagDescription(qint64 id, const QString &description, int seenVersion = 0);
    /// Moves the tag under NEW_PARENT (std::nullopt: to the top). Refuses to move a tag
    /// under itself or its own descendants.
    StoreResult<void> moveTag(qint64 id, std::optional<qint64> newParentId);
    /// Gives every use of FROM to INTO, moves FROM's children under INTO, deletes FROM.
    StoreResult<void> mergeTags(qint64 fromId, qint64 intoId);
    /// Deletes the tag, its descendants, and their uses (the annotations stay).
    StoreResult<void> deleteTag(qint64 id);
    /// The tag ID with its sub-tags and their uses, to put back later.
    StoreResult<TagSnapshot> snapshotTag(qint64 id) const;
    /// Puts the tags of SNAPSHOT back as they were (same ids, parents, names), with
    /// exactly their uses then: uses a merge gave to another tag meanwhile are taken
    /// back from it when WITHDRAW_FROM is given.
    StoreResult<void> restoreTags(const TagSnapshot &snapshot, std::optional<TagSnapshot> withdrawFrom = std::nullopt);

    /// Annotates RANGE of the article's text; returns the new annotation's id, once committed.
    StoreResult<qint64> addAnnotation(qint64 articleId, TextRange range, const QList<qint64> &tagIds, const QString &note);
    /// Puts back an annotation as it was (same id, times and anchor): for undo and import.
    StoreResult<void> restoreAnnotation(const Annotation &annotation);
    /// Adds ANNOTATION as given (anchor, tags, note, times) under a new id: for import.
    StoreResult<qint64> insertAnnotation(const Annotation &annotation);
    StoreResult<Annotation> annotation(qint64 id) const;
    /// The annotations of ARTICLE_ID (all of them without one), in text order.
    StoreResult<QList<Annotation>> annotations(std::optional<qint64> articleId = std::nullopt) const;
    StoreResult<void> setAnnotationNote(qint64 id, const QString &note, int seenVersion = 0);
    StoreResult<void> setAnnotationTags(qint64 id, const QList<qint64> &tagIds, int seenVersion = 0);
    StoreResult<void> deleteAnnotation(qint64 id, int seenVersion = 0);

    /// Tags for a whole article.
    StoreResult<void> tagArticle(qint64 articleId, qint64 tagId);
    StoreResult<void> untagArticle(qint64 articleId, qint64 tagId);
    StoreResult<QList<qint64>> articleTags(qint64 articleId) const;
    /// The paths of the tags of every whole article (latest revisions), by article id,
    /// each list sorted.
    StoreResult<QHash<qint64, QStringList>> articleTagPaths() const;

    /// SEEN_VERSION of a review the user saw none of: a review another coder made
    /// meanwhile is not replaced unseen.
    static constexpr int NoReviewSeen = -1;
    /// Records the review of a claim between two articles, replacing an earlier review of
    /// the same claim (same kind and passages) made at SEEN_VERSION (0: any; see
    /// NoReviewSeen). Returns the review's id.
    StoreResult<qint64> setClaimReview(qint64 articleA,
        qint64 articleB,
        const QString &kind,
        std::optional<TextRange> a,
        std::optional<TextRange> b,
        ClaimReview::State state,
        const QString &note,
        int seenVersion = 0);
    /// The reviews of claims between the two articles, in either order of comparison;
    /// sides are given as asked (A is ARTICLE_A's passage).
    StoreResult<QList<ClaimReview>> claimReviews(qint64 articleA, qint64 articleB) const;
    /// The reviews of claims between ARTICLE and any other, with ARTICLE as side A.
    StoreResult<QList<ClaimReview>> claimReviews(qint64 article) const;

    /// The passages the user pinned as matching between the two articles, made in either
    /// order of comparison; sides as asked (A is in ARTICLE_A), in the order pinned.
    /// Like annotations, pins follow an article to its next revision; a pin whose
    /// passage is gone from it is dropped.
    StoreResult<QList<PinnedPassage>> pins(qint64 articleA, qint64 articleB) const;
    /// Makes PINS the pins between the two articles, in place of those made in either
    /// order. Refuses a passage outside its article's text.
    StoreResult<void> setPins(qint64 articleA, qint64 articleB, const QList<PinnedPassage> &pins);

    /// Full-text search over article texts and notes (FTS5 query syntax; plain words
    /// work as expected). At most LIMIT hits, best first.
    StoreResult<QList<SearchHit>> search(const QString &query, int limit = 50) const;

    /// Makes the changes of CHANGES (calls to this store) in one transaction: all are
    /// saved, or, when CHANGES returns false or a change fails, none. For bulk work such
    /// as importing a folder; one user action is one transaction anyway.
    StoreResult<void> batch(const std::function<bool()> &changes);

    /// Runs PRAGMA integrity_check; true when it reports "ok".
    StoreResult<bool> checkIntegrity() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace Parallax
