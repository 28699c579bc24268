// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "store.h"

#include "storeengine.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <QVariant>

#include <functional>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace Parallax
{

namespace
{

// The tag tree as the table "tree" (id, path from the root: "Economy/GDP"), for a query
// to go on from.
QString tagTree()
{
    return uR"(WITH RECURSIVE tree(id, path) AS (
        SELECT id, name FROM tags WHERE parent_id IS NULL
        UNION ALL SELECT tags.id, tree.path || '/' || tags.name FROM tags JOIN tree ON tags.parent_id = tree.id) )"_s;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// Where a source lives: a web page at its URL, a file at its absolute path.
QString sourceLocation(const QString &path)
{
    const QUrl url(path);
    if (url.scheme() == "http"_L1 || url.scheme() == "https"_L1)
        return url.toString();
    return QFileInfo(path).absoluteFilePath();
}

QString hashOf(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// RANGES as stored: "start-end" pairs separated by spaces.
QString rangesText(const QList<TextRange> &ranges)
{
    QStringList pairs;
    pairs.reserve(ranges.size());
    for (const TextRange &range : ranges)
        pairs.append(u"%1-%2"_s.arg(range.start).arg(range.end));
    return pairs.join(u' ');
}

// The ranges stored as TEXT; what is malformed or lies outside a text of LENGTH is
// dropped, so that a damaged row hides nothing it should not.
QList<TextRange> rangesFrom(const QString &text, qsizetype length)
{
    QList<TextRange> ranges;
    for (const QStringView pair : QStringView(text).split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype dash = pair.indexOf(u'-');
        bool startRead = false;
        bool endRead = false;
        const TextRange range {pair.left(dash).toLongLong(&startRead), pair.mid(dash + 1).toLongLong(&endRead)};
        if (dash > 0 && startRead && endRead && 0 <= range.start && range.start < range.end && range.end <= length)
            ranges.append(range);
    }
    return united(ranges);
}

// A stable color per name, from a set light enough to read text on.
QString defaultTagColor(const QString &name)
{
    static const QStringList palette = {u"#f6c177"_s,
        u"#9ccfd8"_s,
        u"#c4a7e7"_s,
        u"#a3be8c"_s,
        u"#ebbcba"_s,
        u"#8fbcbb"_s,
        u"#e5c890"_s,
        u"#babbf1"_s,
        u"#f4b8e4"_s,
        u"#81c8be"_s,
        u"#ef9f76"_s,
        u"#99d1db"_s};
    return palette.at(qsizetype(qHash(name, 0) % size_t(palette.size())));
}

bool isColor(const QString &color)
{
    static const QRegularExpression hex(u"^#[0-9a-fA-F]{6}$"_s);
    return hex.match(color).hasMatch();
}

const QStringList ReviewStateNames = {u"unreviewed"_s, u"confirmed"_s, u"dismissed"_s, u"explained"_s};

QVariant nullInteger()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

// Whether a read's T is an optional, which is empty when there is nothing to give.
// The item of ITEMS whose id is ID; none when ITEMS has none, or could not be read (a
// read's failure stays recorded in the store, and answer() gives it).
template<typename Item>
std::optional<Item> itemWithId(const StoreResult<QList<Item>> &items, qint64 id)
{
    if (!items)
        return std::nullopt;
    const auto found = std::find_if(items->cbegin(), items->cend(), [id](const Item &item) {
        return item.id == id;
    });
    return found == items->cend() ? std::nullopt : std::optional<Item>(*found);
}

template<typename T>
struct IsOptional : std::false_type {
};
template<typename T>
struct IsOptional<std::optional<T>> : std::true_type {
};

} // namespace

class Store::Private
{
public:
    QString connectionName = u"parallax-store-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString path;
    std::unique_ptr<StoreEngine> engine = StoreEngine::forLocation({});
    QString coder; ///< as set; see effectiveCoder()
    bool open = false;
    mutable bool readOnly = false; ///< also set when a reconnection finds the rights gone
    Store::Access access = Store::Access::ReadWrite;
    bool watching = false; ///< watchChanges() subscribed; a new connection subscribes again
    mutable bool connectionLost = false; ///< the server went away: the next use connects again
    /// What the call being made failed with, recorded where it failed deep inside and
    /// handed back in the call's StoreResult by attempt() or answer().
    mutable StoreError error;
    mutable int transactionDepth = 0; ///< > 0 inside transaction()
    mutable bool nestedChangeFailed = false; ///< a change inside a batch failed: roll it all back

    QSqlDatabase database() const { return QSqlDatabase::database(connectionName, false); }

    bool fail(StoreError::Kind kind, const QString &message) const
    {
        error = {kind, message};
        return false;
    }

    // Makes a public change: CHANGE returns whether it was made (a bool) or what it made
    // (an optional). Gives back that, or the error the change recorded, never an older one.
    template<typename Change>
    auto attempt(Change change) const
    {
        error = {};
        auto made = change();
        if constexpr (std::is_same_v<decltype(made), bool>) {
            if (made)
                return StoreResult<void>();
            return StoreResult<void>(recordedFailure());
        } else {
            using Value = typename decltype(made)::value_type;
            if (made)
                return StoreResult<Value>(std::move(*made));
            return StoreResult<Value>(recordedFailure());
        }
    }
    // Answers a read: READ gives what it found, an optional being empty when there is
    // nothing (NOT_FOUND then says what is missing). The answer is that, or the error the
    // read recorded, never an older one.
    template<typename Read, typename NotFound>
    auto answer(Read read, NotFound notFound) const
    {
        error = {};
        auto found = read();
        using Found = decltype(found);
        if constexpr (IsOptional<Found>::value) {
            using Value = typename Found::value_type;
            if (error.kind == StoreError::Kind::None && !found)
                error = {StoreError::Kind::NotFound, notFound()};
            if (error.kind != StoreError::Kind::None)
                return StoreResult<Value>(error);
            return StoreResult<Value>(std::move(*found));
        } else {
            if (error.kind != StoreError::Kind::None)
                return StoreResult<Found>(error);
            return StoreResult<Found>(std::move(found));
        }
    }
    template<typename Read>
    auto answer(Read read) const
    {
        return answer(read, [] {
            return Store::tr("It is not in the library.");
        });
    }

    StoreError recordedFailure() const
    {
        return error.kind == StoreError::Kind::None ? StoreError {StoreError::Kind::Failed, Store::tr("The library could not be changed.")} : error;
    }

    // Records a failed statement as the store's error, in the user's terms.
    bool fail(const QSqlError &sqlError) const
    {
        error = engine->errorFor(sqlError);
        connectionLost = connectionLost || (open && error.kind == StoreError::Kind::CannotOpen);
        return false;
    }

    // After the connection to a server was lost, connects again before the next use
    // outside a transaction (a transaction that lost it has failed whole). False, with
    // the error, while the server cannot be reached.
    bool reconnectIfLost() const
    {
        if (!connectionLost || transactionDepth > 0)
            return true;
        QSqlDatabase connection = database();
        connection.close();
        bool mayOnlyRead = false;
        if (const std::optional<StoreError> refused = engine->open(connection, path, access, mayOnlyRead)) {
            error = *refused;
            return false;
        }
        connectionLost = false;
        // Rights may have been taken away while the server was out of reach; ones given
        // meanwhile wait for the library to be opened again.
        readOnly = readOnly || mayOnlyRead;
        if (watching)
            engine->subscribeToChanges(connection);
        return true;
    }

    // Who is recorded with new work: the coder set, else the engine's stand-in.
    QString effectiveCoder() const { return coder.isEmpty() ? engine->defaultCoder(database()) : coder; }

    // The id an INSERT … RETURNING id gave back.
    static QVariant returnedId(QSqlQuery &insert) { return insert.next() ? insert.value(0) : QVariant(); }

    // Prepares SQL, binds VALUES in order and runs it; false (with the error) on failure.
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values = {}) const
    {
        if (!reconnectIfLost())
            return false;
        query = QSqlQuery(database());
        // Every result is read once, front to back: no need for Qt to cache the rows.
        query.setForwardOnly(true);
        // Without values there is nothing to bind, and PostgreSQL prepares no
        // transaction control or schema statement: such SQL runs as it is.
        if (values.isEmpty())
            return query.exec(sql) || fail(query.lastError());
        if (!query.prepare(sql))
            return fail(query.lastError());
        return runPrepared(query, values);
    }

    // Runs a statement prepared before again with VALUES, bound in order: a copy of many
    // rows is prepared once.
    bool runPrepared(QSqlQuery &query, const QVariantList &values) const
    {
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QVariant &value = values.at(i);
            // A null QString binds as SQL NULL; every text column wants '' instead.
            // (A null QVariant of type QString, as nullText() makes, stays NULL.)
            const bool emptyText = value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull();
            query.bindValue(int(i), emptyText ? QVariant(QString(u""_s)) : value);
        }
        return query.exec() || fail(query.lastError());
    }

    bool run(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query;
        return run(query, sql, values);
    }

    // Each tag's path from the root ("Economy/GDP"), by id: what a list of annotations
    // shows, without the counts of uses that tags() gives (which read every use).
    QHash<qint64, QString> tagPaths() const
    {
        QHash<qint64, QString> paths;
        QSqlQuery query;
        if (!run(query, tagTree() + u"SELECT id, path FROM tree"_s))
            return paths;
        while (query.next())
            paths.insert(query.value(0).toLongLong(), query.value(1).toString());
        return paths;
    }

    // Rows of one table written many to a statement: a library copied to a server costs
    // a round trip a statement, and there are hundreds of thousands of rows.
    class BatchedInsert
    {
    public:
        static constexpr int RowsPerStatement = 100; // × columns stays far below either engine's limit of parameters

        BatchedInsert(const Private &to, const QString &table, const QStringList &columns)
            : m_to(to)
            , m_columns(columns.size())
        {
            QStringList quoted;
            for (const QString &column : columns)
                quoted.append(u'"' + column + u'"');
            m_head = u"INSERT INTO %1 (%2) VALUES "_s.arg(table, quoted.join(u", "_s));
        }

        // Adds ROW, writing the rows gathered once there are enough.
        bool add(const QVariantList &row)
        {
            m_pending.append(row);
            if (m_pending.size() < RowsPerStatement * m_columns)
                return true;
            if (!m_full) {
                m_full.emplace(m_to.database());
                if (!prepare(*m_full, RowsPerStatement))
                    return false;
            }
            return flush(*m_full);
        }

        // Writes the rows still gathered.
        bool finish()
        {
            if (m_pending.isEmpty())
                return true;
            QSqlQuery rest(m_to.database());
            return prepare(rest, int(m_pending.size() / m_columns)) && flush(rest);
        }

    private:
        bool prepare(QSqlQuery &query, int rows) const
        {
            const QString tuple = u'(' + QStringList(m_columns, u"?"_s).join(u", "_s) + u')';
            return query.prepare(m_head + QStringList(rows, tuple).join(u", "_s)) || m_to.fail(query.lastError());
        }

        bool flush(QSqlQuery &query)
        {
            const bool written = m_to.runPrepared(query, m_pending);
            m_pending.clear();
            return written;
        }

        const Private &m_to;
        qsizetype m_columns;
        QString m_head;
        std::optional<QSqlQuery> m_full; // prepared at the first full batch
        QVariantList m_pending;
    };

    std::optional<QVariant> value(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query;
        if (!run(query, sql, values))
            return std::nullopt;
        if (!query.next())
            return QVariant();
        return query.value(0);
    }

    // Edits one row of TABLE ("annotations", "tags" or "claim_reviews") as its editor saw
    // it: ASSIGNMENTS with VALUES, the row's version counted up and its editor recorded,
    // where the row still has SEEN_VERSION (0: any; no row has a negative one).
    bool editRow(const QString &table, qint64 id, int seenVersion, const QString &assignments, QVariantList values) const
    {
        QSqlQuery update;
        values << effectiveCoder() << id << seenVersion << seenVersion;
        if (!run(update,
                u"UPDATE %1 SET %2, row_version = row_version + 1, editor = ? WHERE id = ? AND (? = 0 OR row_version = ?)"_s.arg(table, assignments),
                values))
            return false;
        return update.numRowsAffected() > 0 || refuseStaleEdit(table, id);
    }

    // Why an edit of TABLE's row ID that changed nothing was refused: someone else's
    // edit came in between (a Conflict naming them), or the row is gone. False.
    bool refuseStaleEdit(const QString &table, qint64 id) const
    {
        struct Sentences {
            QString gone;
            QString byName;
            QString bySomeone;
        };
        const Sentences sentences = table == "tags"_L1 ? Sentences {Store::tr("There is no tag %1."),
                                                             Store::tr("%1 changed this tag after you last saw it."),
                                                             Store::tr("Someone else changed this tag after you last saw it.")}
            : table == "claim_reviews"_L1              ? Sentences {Store::tr("There is no review %1."),
                                                Store::tr("%1 reviewed this claim after you last saw it."),
                                                Store::tr("Someone else reviewed this claim after you last saw it.")}
                                                       : Sentences {Store::tr("There is no annotation %1."),
                                                Store::tr("%1 changed this annotation after you last saw it."),
                                                Store::tr("Someone else changed this annotation after you last saw it.")};
        const auto editor = value(u"SELECT editor FROM %1 WHERE id = ?"_s.arg(table), {id});
        if (!editor)
            return false;
        if (editor->isNull())
            return fail(StoreError::Kind::NotFound, sentences.gone.arg(id));
        const QString who = editor->toString();
        return fail(StoreError::Kind::Conflict, who.isEmpty() ? sentences.bySomeone : sentences.byName.arg(who));
    }

    // The ids (first column) that SQL selects; empty on failure.
    QList<qint64> ids(const QString &sql, const QVariantList &values) const
    {
        QList<qint64> found;
        QSqlQuery query;
        if (run(query, sql, values)) {
            while (query.next())
                found.append(query.value(0).toLongLong());
        }
        return found;
    }

    // Runs CHANGE as one transaction: all of it is saved, or (on false) none of it.
    // Inside a batch it is part of the batch's transaction.
    bool transaction(const std::function<bool()> &change) const
    {
        // Connected again first: the rights the server gives now decide.
        if (transactionDepth == 0 && !reconnectIfLost())
            return false;
        if (readOnly)
            return fail(StoreError::Kind::ReadOnly, Store::tr("The library is open read-only: changes cannot be saved."));
        if (transactionDepth > 0) {
            const QScopedValueRollback nested(transactionDepth, transactionDepth + 1);
            const bool changed = change();
            nestedChangeFailed = nestedChangeFailed || !changed;
            return changed;
        }
        if (!run(engine->beginTransaction()))
            return false;
        bool changed = false;
        {
            const QScopedValueRollback inside(transactionDepth, 1);
            nestedChangeFailed = false;
            changed = change() && !nestedChangeFailed;
        }
        if (changed && run(u"COMMIT"_s)) {
            error = {};
            return true;
        }
        const StoreError failure = error;
        if (database().isOpen()) {
            QSqlQuery rollback(database());
            rollback.exec(u"ROLLBACK"_s);
        }
        error = failure;
        return false;
    }

    bool migrate(int from)
    {
        const QList<QStringList> &steps = engine->migrations();
        return transaction([&] {
            for (int version = from; version < steps.size(); ++version) {
                for (const QString &statement : steps.at(version)) {
                    if (!run(statement))
                        return false;
                }
            }
            const QStringList record = engine->recordSchemaVersion(int(steps.size()));
            return std::all_of(record.cbegin(), record.cend(), [this](const QString &statement) {
                return run(statement);
            });
        });
    }

    std::optional<QString> articleText(qint64 articleId) const
    {
        const auto text = value(u"SELECT text FROM articles WHERE id = ?"_s, {articleId});
        if (!text)
            return std::nullopt;
        if (text->isNull()) {
            fail(StoreError::Kind::NotFound, Store::tr("There is no article %1.").arg(articleId));
            return std::nullopt;
        }
        return text->toString();
    }

    // Inserts ANNOTATION as given under ID (a null ID: a new one); returns the id.
    std::optional<qint64> insertAnnotation(const Annotation &annotation, const QVariant &id) const
    {
        const TextAnchor &a = annotation.anchor;
        QSqlQuery insert;
        // A new annotation leaves its id to the database: PostgreSQL's identity columns
        // take no NULL for one, as SQLite's rowid does.
        const QString columns = id.isNull() ? QString() : u"id, "_s;
        const QString idValue = id.isNull() ? QString() : u"?, "_s;
        QVariantList values {annotation.coder,
            annotation.articleId,
            a.range.start,
            a.range.end,
            a.exact,
            a.prefix,
            a.suffix,
            annotation.orphaned ? 1 : 0,
            annotation.note,
            annotation.created.toUTC().toString(Qt::ISODateWithMs),
            annotation.modified.toUTC().toString(Qt::ISODateWithMs),
            // Put back at the version it had, so that edits made on it before can still
            // be undone.
            std::max(1, annotation.rowVersion),
            annotation.editor};
        if (!id.isNull())
            values.prepend(id);
        if (!run(insert,
                u"INSERT INTO annotations (%1coder, article_id, start, \"end\", exact, prefix, suffix, orphaned, note, created, modified, row_version, editor) "
                "VALUES (%2?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s.arg(columns, idValue),
                values))
            return std::nullopt;
        const qint64 inserted = returnedId(insert).toLongLong();
        return insertAnnotationTags(inserted, annotation.tagIds) ? std::optional(inserted) : std::nullopt;
    }

    bool insertAnnotationTags(qint64 annotationId, const QList<qint64> &tagIds) const
    {
        for (qint64 tagId : tagIds) {
            if (!run(u"INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s, {annotationId, tagId}))
                return false;
        }
        return true;
    }

    // Moves the annotations of article FROM to article TO, whose text is TEXT, each
    // re-anchored or, where its passage is gone, marked orphaned.
    bool reanchorAnnotations(qint64 from, qint64 to, const QString &text, ImportOutcome &outcome) const
    {
        QSqlQuery query;
        if (!run(query, u"SELECT id, start, \"end\", exact, prefix, suffix FROM annotations WHERE article_id = ?"_s, {from}))
            return false;
        struct Moved {
            qint64 id;
            TextAnchor anchor;
            bool orphaned;
        };
        QList<Moved> moved;
        while (query.next()) {
            const TextAnchor old {
                {query.value(1).toLongLong(), query.value(2).toLongLong()}, query.value(3).toString(), query.value(4).toString(), query.value(5).toString()};
            const std::optional<Relocation> found = relocate(old, text);
            moved.append({query.value(0).toLongLong(), found ? TextAnchor::capture(text, found->range) : old, !found.has_value()});
        }
        for (const Moved &annotation : std::as_const(moved)) {
            const TextAnchor &a = annotation.anchor;
            if (!run(u"UPDATE annotations SET article_id = ?, start = ?, \"end\" = ?, exact = ?, prefix = ?, suffix = ?, orphaned = ? WHERE id = ?"_s,
                    {to, a.range.start, a.range.end, a.exact, a.prefix, a.suffix, annotation.orphaned ? 1 : 0, annotation.id}))
                return false;
            ++outcome.reanchored;
            outcome.orphaned += annotation.orphaned ? 1 : 0;
        }
        return run(u"INSERT INTO article_tags (article_id, tag_id) SELECT ?, tag_id FROM article_tags WHERE article_id = ? ON CONFLICT DO NOTHING"_s,
                   {to, from})
            && reanchorReviews(from, to, text, u"a"_s) && reanchorReviews(from, to, text, u"b"_s) && reanchorPins(from, to, text, u"a"_s)
            && reanchorPins(from, to, text, u"b"_s);
    }

    // The passages on SIDE ("a" or "b") of the rows of TABLE (claim_reviews or pins) that
    // are in article FROM, each with its row id and where it is in TEXT, FROM's next
    // revision: nullopt for a passage not found there, or for a side without one.
    struct MovedSide {
        qint64 id;
        std::optional<TextAnchor> old;
        std::optional<TextAnchor> found;
    };
    std::optional<QList<MovedSide>> relocateSides(const QString &table, const QString &side, qint64 from, const QString &text) const
    {
        // TABLE and SIDE are ours, never the user's: they name a table and columns, which
        // cannot be bound.
        QSqlQuery query;
        if (!run(query, u"SELECT id, %1_start, %1_end, %1_exact, %1_prefix, %1_suffix FROM %2 WHERE article_%1 = ?"_s.arg(side, table), {from}))
            return std::nullopt;
        QList<MovedSide> moved;
        while (query.next()) {
            MovedSide row {query.value(0).toLongLong(), std::nullopt, std::nullopt};
            if (!query.value(1).isNull()) {
                row.old = TextAnchor {{query.value(1).toLongLong(), query.value(2).toLongLong()},
                    query.value(3).toString(),
                    query.value(4).toString(),
                    query.value(5).toString()};
                if (const std::optional<Relocation> found = relocate(*row.old, text))
                    row.found = TextAnchor::capture(text, found->range);
            }
            moved.append(row);
        }
        return moved;
    }

    // Puts SIDE of TABLE's row ID in article TO, at ANCHOR (nullopt: that side has no passage).
    bool moveSide(const QString &table, const QString &side, qint64 id, qint64 to, const std::optional<TextAnchor> &anchor) const
    {
        const QString sql
            = u"UPDATE %2 SET article_%1 = ?, %1_start = ?, %1_end = ?, %1_exact = ?, %1_prefix = ?, %1_suffix = ? WHERE id = ?"_s.arg(side, table);
        return run(sql,
            anchor ? QVariantList {to, anchor->range.start, anchor->range.end, anchor->exact, anchor->prefix, anchor->suffix, id}
                   : QVariantList {to, nullInteger(), nullInteger(), nullText(), nullText(), nullText(), id});
    }

    // Moves the pins whose SIDE ("a" or "b") is in article FROM to article TO. A pin
    // says two passages match; one whose passage is gone says nothing, and goes.
    bool reanchorPins(qint64 from, qint64 to, const QString &text, const QString &side) const
    {
        const auto moved = relocateSides(u"pins"_s, side, from, text);
        if (!moved)
            return false;
        for (const MovedSide &pin : *moved) {
            if (!(pin.found ? moveSide(u"pins"_s, side, pin.id, to, pin.found) : run(u"DELETE FROM pins WHERE id = ?"_s, {pin.id})))
                return false;
        }
        return true;
    }

    // Moves the reviewed claims whose SIDE ("a" or "b") is in article FROM to article TO.
    // A passage that cannot be placed keeps its old anchor; the review is kept either way.
    bool reanchorReviews(qint64 from, qint64 to, const QString &text, const QString &side) const
    {
        const auto moved = relocateSides(u"claim_reviews"_s, side, from, text);
        if (!moved)
            return false;
        for (const MovedSide &review : *moved) {
            if (!moveSide(u"claim_reviews"_s, side, review.id, to, review.found ? review.found : review.old))
                return false;
        }
        return true;
    }

    bool isDescendant(qint64 candidate, qint64 ancestor) const
    {
        const auto found = value(uR"(WITH RECURSIVE below(id) AS (
                SELECT id FROM tags WHERE parent_id = ?
                UNION ALL SELECT tags.id FROM tags JOIN below ON tags.parent_id = below.id)
            SELECT count(*) FROM below WHERE id = ?)"_s,
            {ancestor, candidate});
        return found && found->toInt() > 0;
    }
};

Store::Store()
    : d(std::make_unique<Private>())
{
}

Store::~Store()
{
    if (QSqlDatabase::contains(d->connectionName)) {
        QSqlDatabase::database(d->connectionName, false).close();
        QSqlDatabase::removeDatabase(d->connectionName);
    }
}

QString Store::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"library.sqlite"_s);
}

StoreResult<void> Store::open(const QString &location, Access access)
{
    return d->attempt([&]() -> bool {
        d->path = location;
        d->open = false;
        d->access = access;
        d->watching = false;
        d->connectionLost = false;
        d->engine = StoreEngine::forLocation(location);
        const QString name = d->engine->displayName(location);
        if (QSqlDatabase::contains(d->connectionName))
            QSqlDatabase::removeDatabase(d->connectionName);
        QSqlDatabase database = QSqlDatabase::addDatabase(d->engine->driverName(), d->connectionName);
        if (!database.isValid())
            return d->fail(
                StoreError::Kind::CannotOpen, Store::tr("This Parallax cannot open %1: Qt's %2 driver is not installed.").arg(name, d->engine->driverName()));
        d->readOnly = false;
        if (const std::optional<StoreError> refused = d->engine->open(database, location, access, d->readOnly)) {
            database.close();
            d->error = *refused;
            return false;
        }
        QSqlError versionError;
        const std::optional<int> version = d->engine->schemaVersion(database, versionError);
        if (!version) {
            database.close();
            return d->fail(versionError);
        }
        const int current = *version;
        if (current > LatestSchemaVersion) {
            database.close();
            return d->fail(StoreError::Kind::TooNew,
                Store::tr("%1 was made by a newer Parallax (schema %2; this one knows up to %3).").arg(name).arg(current).arg(LatestSchemaVersion));
        }
        if (current < LatestSchemaVersion) {
            if (d->readOnly) {
                database.close();
                return d->fail(StoreError::Kind::ReadOnly, Store::tr("%1 needs an upgrade, but it is read-only.").arg(name));
            }
            if (!d->migrate(current)) {
                database.close();
                return false;
            }
        }
        d->open = true;
        d->error = {};
        return true;
    });
}

bool Store::isOpen() const
{
    return d->open;
}

bool Store::isReadOnly() const
{
    return d->readOnly;
}

QString Store::path() const
{
    return d->path;
}

int Store::schemaVersion() const
{
    QSqlError error;
    return d->engine->schemaVersion(d->database(), error).value_or(-1);
}

void Store::setCoder(const QString &name)
{
    d->coder = name.trimmed();
}

QString Store::coder() const
{
    return d->effectiveCoder();
}

bool Store::watchChanges(std::function<void(const StoreChange &)> changed)
{
    QSqlDatabase database = d->database();
    if (!d->open || !d->engine->subscribeToChanges(database))
        return false;
    d->watching = true;
    static const QHash<QString, StoreChange::What> tables = {{u"articles"_s, StoreChange::What::Articles},
        {u"tags"_s, StoreChange::What::Tags},
        {u"annotations"_s, StoreChange::What::Annotations},
        {u"annotation_tags"_s, StoreChange::What::Annotations},
        {u"article_tags"_s, StoreChange::What::Tags},
        {u"claim_reviews"_s, StoreChange::What::Reviews},
        {u"pins"_s, StoreChange::What::Pins}};
    QObject::connect(database.driver(),
        &QSqlDriver::notification,
        database.driver(),
        [changed = std::move(changed)](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
            if (source == QSqlDriver::SelfSource)
                return;
            // "table article_a article_b", as the trigger of the schema writes it.
            const QStringList parts = payload.toString().split(u' ');
            const auto what = tables.constFind(parts.value(0));
            if (what == tables.cend())
                return;
            changed({*what, parts.value(1).toLongLong(), parts.value(2).toLongLong()});
        });
    return true;
}

StoreResult<QStringList> Store::coders() const
{
    return d->answer([&]() -> QStringList {
        QStringList names;
        QSqlQuery query;
        if (d->run(query, u"SELECT DISTINCT coder FROM annotations WHERE coder <> '' ORDER BY coder"_s)) {
            while (query.next())
                names.append(query.value(0).toString());
        }
        return names;
    });
}

StoreResult<ImportOutcome> Store::importDocument(const Document &document)
{
    return d->attempt([&]() -> std::optional<ImportOutcome> {
        ImportOutcome outcome;
        const QString hash = hashOf(document.text);
        const QString furnitureText = rangesText(document.furniture);
        const QString location = document.path.isEmpty() ? u"sha256:"_s + hash : sourceLocation(document.path);
        const bool done = d->transaction([&] {
            const auto existing = d->value(u"SELECT id FROM articles WHERE content_hash = ?"_s, {hash});
            if (!existing)
                return false;
            if (!existing->isNull()) {
                outcome = {existing->toLongLong(), ImportOutcome::Kind::AlreadyStored};
                // The same page read again may find its article better: the text is the
                // same, what of it is furniture is what the reading says now.
                return d->run(u"UPDATE articles SET furniture = ? WHERE id = ? AND furniture <> ?"_s, {furnitureText, outcome.articleId, furnitureText});
            }
            auto source = d->value(u"SELECT id FROM sources WHERE location = ?"_s, {location});
            if (!source)
                return false;
            QSqlQuery previous;
            std::optional<qint64> previousId;
            int revision = 1;
            if (source->isNull()) {
                QSqlQuery insert;
                if (!d->run(insert, u"INSERT INTO sources (location) VALUES (?) RETURNING id"_s, {location}))
                    return false;
                source = d->returnedId(insert);
            } else {
                if (!d->run(previous, u"SELECT id, revision FROM articles WHERE source_id = ? AND superseded = 0"_s, {*source}))
                    return false;
                if (previous.next()) {
                    previousId = previous.value(0).toLongLong();
                    revision = previous.value(1).toInt() + 1;
                }
            }
            const DocumentMetadata &meta = document.metadata;
            QSqlQuery insert;
            if (!d->run(insert,
                    u"INSERT INTO articles (source_id, revision, content_hash, path, title, outlet, published, original_file_name, language, byline, "
                    "modified, url, text, furniture, imported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {*source,
                        revision,
                        hash,
                        document.path,
                        meta.title,
                        meta.outlet,
                        meta.published.isValid() ? meta.published.toString(Qt::ISODate) : QString(),
                        meta.originalFileName,
                        meta.language,
                        meta.byline,
                        meta.modified.isValid() ? meta.modified.toString(Qt::ISODate) : QString(),
                        meta.url,
                        document.text,
                        furnitureText,
                        now()}))
                return false;
            outcome.articleId = d->returnedId(insert).toLongLong();
            if (!previousId)
                return true;
            outcome.kind = ImportOutcome::Kind::NewRevision;
            return d->run(u"UPDATE articles SET superseded = 1 WHERE id = ?"_s, {*previousId})
                && d->reanchorAnnotations(*previousId, outcome.articleId, document.text, outcome);
        });
        return done ? std::optional(outcome) : std::nullopt;
    });
}

namespace
{

// The metadata columns, which come before the text in a row. The import time comes
// after it: reading it for a list would walk every text's overflow pages.
const QString ArticleColumns = u"id, source_id, revision, content_hash, path, title, outlet, published, original_file_name, language, byline, modified, url"_s;
constexpr int ArticleColumnCount = 13;

StoredArticle articleFrom(const QSqlQuery &query)
{
    StoredArticle article;
    article.id = query.value(0).toLongLong();
    article.sourceId = query.value(1).toLongLong();
    article.revision = query.value(2).toInt();
    article.contentHash = query.value(3).toString();
    article.document.path = query.value(4).toString();
    article.document.metadata.title = query.value(5).toString();
    article.document.metadata.outlet = query.value(6).toString();
    article.document.metadata.published = QDate::fromString(query.value(7).toString(), Qt::ISODate);
    article.document.metadata.originalFileName = query.value(8).toString();
    article.document.metadata.language = query.value(9).toString();
    article.document.metadata.byline = query.value(10).toString();
    article.document.metadata.modified = QDate::fromString(query.value(11).toString(), Qt::ISODate);
    article.document.metadata.url = query.value(12).toString();
    return article;
}

} // namespace

StoreResult<QHash<qint64, QString>> Store::texts(const QList<qint64> &ids) const
{
    return d->answer([&]() -> QHash<qint64, QString> {
        QHash<qint64, QString> texts;
        texts.reserve(ids.size());
        // In slices: the engines bound the number of values one statement may bind.
        constexpr qsizetype Slice = 500;
        for (qsizetype from = 0; from < ids.size(); from += Slice) {
            const QList<qint64> slice = ids.mid(from, Slice);
            QVariantList values;
            for (const qint64 id : slice)
                values.append(id);
            QSqlQuery query;
            if (!d->run(query, u"SELECT id, text FROM articles WHERE id IN (%1)"_s.arg(QStringList(slice.size(), u"?"_s).join(u", "_s)), values))
                return {};
            while (query.next())
                texts.insert(query.value(0).toLongLong(), query.value(1).toString());
        }
        return texts;
    });
}

StoreResult<StoredArticle> Store::article(qint64 id) const
{
    return d->answer([&]() -> std::optional<StoredArticle> {
        QSqlQuery query;
        if (!d->run(query, u"SELECT %1, text, imported, furniture FROM articles WHERE id = ?"_s.arg(ArticleColumns), {id}))
            return std::nullopt;
        if (!query.next()) {
            d->fail(StoreError::Kind::NotFound, Store::tr("There is no article %1.").arg(id));
            return std::nullopt;
        }
        StoredArticle article = articleFrom(query);
        article.document.text = query.value(ArticleColumnCount).toString();
        article.imported = timeFrom(query.value(ArticleColumnCount + 1));
        article.document.furniture = rangesFrom(query.value(ArticleColumnCount + 2).toString(), article.document.text.size());
        return article;
    });
}

StoreResult<QList<StoredArticle>> Store::articles() const
{
    return d->answer([&]() -> QList<StoredArticle> {
        QList<StoredArticle> articles;
        QSqlQuery query;
        if (!d->run(query, u"SELECT %1 FROM articles WHERE superseded = 0 ORDER BY title, id"_s.arg(ArticleColumns)))
            return articles;
        while (query.next())
            articles.append(articleFrom(query));
        return articles;
    });
}

StoreResult<qint64> Store::articleIdForPath(const QString &path) const
{
    return d->answer(
        [&]() -> std::optional<qint64> {
            const auto id
                = d->value(u"SELECT articles.id FROM articles JOIN sources ON sources.id = articles.source_id WHERE sources.location = ? AND superseded = 0"_s,
                    {sourceLocation(path)});
            if (!id || id->isNull())
                return std::nullopt;
            return id->toLongLong();
        },
        [&] {
            return Store::tr("No article in the library was read from \"%1\".").arg(path);
        });
}

StoreResult<qint64> Store::articleIdForText(const QString &text) const
{
    return d->answer(
        [&]() -> std::optional<qint64> {
            const auto id = d->value(u"SELECT id FROM articles WHERE content_hash = ?"_s, {hashOf(text)});
            if (!id || id->isNull())
                return std::nullopt;
            return id->toLongLong();
        },
        [&] {
            return Store::tr("The library holds no article with this text.");
        });
}

StoreResult<QList<qint64>> Store::revisions(qint64 articleId) const
{
    return d->answer([&]() -> QList<qint64> {
        return d->ids(u"SELECT id FROM articles WHERE source_id = (SELECT source_id FROM articles WHERE id = ?) ORDER BY revision"_s, {articleId});
    });
}

StoreResult<void> Store::saveSnapshot(const WebSnapshot &snapshot)
{
    return d->attempt([&]() -> bool {
        return d->transaction([&] {
            return d->run(u"DELETE FROM snapshots WHERE article_id = ?"_s, {snapshot.articleId})
                && d->run(u"INSERT INTO snapshots (article_id, url, final_url, fetched, checked, http_status, etag, last_modified, content_type, body, seen) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                    {snapshot.articleId,
                        snapshot.url,
                        snapshot.finalUrl,
                        snapshot.fetched.toUTC().toString(Qt::ISODateWithMs),
                        (snapshot.checked.isValid() ? snapshot.checked : snapshot.fetched).toUTC().toString(Qt::ISODateWithMs),
                        snapshot.httpStatus,
                        snapshot.etag,
                        snapshot.lastModified,
                        snapshot.contentType,
                        qCompress(snapshot.bytes),
                        snapshot.seen ? 1 : 0});
        });
    });
}

StoreResult<WebSnapshot> Store::snapshot(qint64 articleId, SnapshotBytes bytes) const
{
    return d->answer(
        [&]() -> std::optional<WebSnapshot> {
            QSqlQuery query;
            if (!d->run(query,
                    u"SELECT url, final_url, fetched, checked, http_status, etag, last_modified, content_type, %1, seen FROM snapshots WHERE article_id = ?"_s
                        .arg(bytes == SnapshotBytes::Included ? u"body"_s : u"NULL"_s),
                    {articleId}))
                return std::nullopt;
            if (!query.next()) {
                d->fail(StoreError::Kind::NotFound, Store::tr("Article %1 was not read from the web.").arg(articleId));
                return std::nullopt;
            }
            WebSnapshot snapshot {articleId,
                query.value(0).toString(),
                query.value(1).toString(),
                timeFrom(query.value(2)),
                timeFrom(query.value(3)),
                query.value(4).toInt(),
                query.value(5).toString(),
                query.value(6).toString(),
                query.value(7).toString(),
                bytes == SnapshotBytes::Included ? qUncompress(query.value(8).toByteArray()) : QByteArray(),
                query.value(9).toInt() != 0};
            return snapshot;
        },
        [&] {
            return Store::tr("The library holds no saved page of article %1.").arg(articleId);
        });
}

StoreResult<void> Store::recordUnchanged(qint64 articleId, const QDateTime &checked, const QString &etag, const QString &lastModified)
{
    return d->attempt([&]() -> bool {
        return d->transaction([&] {
            return d->run(u"UPDATE snapshots SET checked = ?, etag = ?, last_modified = ? WHERE article_id = ?"_s,
                {checked.toUTC().toString(Qt::ISODateWithMs), etag, lastModified, articleId});
        });
    });
}

StoreResult<QList<qint64>> Store::webArticles() const
{
    return d->answer([&]() -> QList<qint64> {
        return d->ids(u"SELECT articles.id FROM articles JOIN snapshots ON snapshots.article_id = articles.id WHERE articles.superseded = 0 "
                      "ORDER BY snapshots.checked, articles.id"_s,
            {});
    });
}

StoreResult<QList<qint64>> Store::unseenRevisions() const
{
    return d->answer([&]() -> QList<qint64> {
        return d->ids(u"SELECT articles.id FROM articles JOIN snapshots ON snapshots.article_id = articles.id "
                      "WHERE articles.superseded = 0 AND snapshots.seen = 0 ORDER BY articles.id"_s,
            {});
    });
}

StoreResult<void> Store::markSeen(qint64 articleId)
{
    return d->attempt([&]() -> bool {
        return d->transaction([&] {
            return d->run(u"UPDATE snapshots SET seen = 1 WHERE article_id = ? AND seen = 0"_s, {articleId});
        });
    });
}

StoreResult<void> Store::copyTo(Store &destination) const
{
    // What fails is recorded on the library copied into.
    return destination.d->attempt([&]() -> bool {
        // In the order of their references; a tag's parent may be younger than the tag, so
        // the tree is made after its tags.
        static const QStringList tables = {
            u"sources"_s, u"articles"_s, u"tags"_s, u"annotations"_s, u"annotation_tags"_s, u"article_tags"_s, u"claim_reviews"_s, u"pins"_s, u"snapshots"_s};
        Private &to = *destination.d;
        const auto empty = to.value(u"SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM tags)"_s);
        if (!empty)
            return false;
        if (empty->toLongLong() != 0)
            return to.fail(StoreError::Kind::Invalid, Store::tr("%1 is not empty: a library is copied into a new one.").arg(to.engine->displayName(to.path)));
        const bool copied = to.transaction([&] {
            for (const QString &table : tables) {
                QSqlQuery rows;
                if (!d->run(rows, u"SELECT * FROM %1"_s.arg(table)))
                    return to.fail(d->error.kind, d->error.message);
                QSqlQuery target;
                if (!to.run(target, u"SELECT * FROM %1 WHERE 1 = 0"_s.arg(table)))
                    return false;
                QStringList columns;
                const QSqlRecord source = rows.record();
                const QStringList computed = to.engine->computedColumns(table);
                for (int i = 0; i < source.count(); ++i)
                    if (target.record().contains(source.fieldName(i)) && !computed.contains(source.fieldName(i)))
                        columns.append(source.fieldName(i));
                const bool isTree = table == "tags"_L1;
                QList<std::pair<QVariant, QVariant>> parents; // (tag id, parent id)
                Private::BatchedInsert inserting(to, table, columns);
                while (rows.next()) {
                    QVariantList values;
                    for (const QString &column : std::as_const(columns)) {
                        const QVariant value = rows.value(column);
                        if (isTree && column == "parent_id"_L1) {
                            parents.append({rows.value(u"id"_s), value});
                            values.append(QVariant(QMetaType::fromType<qint64>()));
                        } else {
                            values.append(value);
                        }
                    }
                    if (!inserting.add(values))
                        return false;
                }
                if (!inserting.finish())
                    return false;
                for (const auto &[tag, parent] : std::as_const(parents))
                    if (!parent.isNull() && !to.run(u"UPDATE tags SET parent_id = ? WHERE id = ?"_s, {parent, tag}))
                        return false;
                if (columns.contains(u"id"_s)) {
                    for (const QString &statement : to.engine->afterIdsGiven(table))
                        if (!to.run(statement))
                            return false;
                }
            }
            return true;
        });
        // The planner's statistics of a library filled at once: without them PostgreSQL
        // reads an article's annotations by scanning them all (190 ms at 100k, 5 ms after).
        if (copied)
            to.run(u"ANALYZE"_s);
        return copied;
    });
}

StoreResult<void> Store::setCheckInterval(qint64 articleId, int hours)
{
    return d->attempt([&]() -> bool {
        if (hours < 0) {
            d->fail(StoreError::Kind::Invalid, Store::tr("A source cannot be checked every %1 hours.").arg(hours));
            return false;
        }
        return d->transaction([&] {
            return d->run(u"UPDATE sources SET check_hours = ? WHERE id = (SELECT source_id FROM articles WHERE id = ?)"_s, {hours, articleId});
        });
    });
}

StoreResult<int> Store::checkInterval(qint64 articleId) const
{
    return d->answer([&]() -> int {
        QSqlQuery query;
        if (!d->run(query, u"SELECT sources.check_hours FROM sources JOIN articles ON articles.source_id = sources.id WHERE articles.id = ?"_s, {articleId})
            || !query.next())
            return 0;
        return query.value(0).toInt();
    });
}

StoreResult<QList<qint64>> Store::dueForCheck(const QDateTime &now) const
{
    return d->answer([&]() -> QList<qint64> {
        QList<qint64> due;
        QSqlQuery query;
        if (!d->run(query,
                u"SELECT articles.id, snapshots.checked, sources.check_hours FROM articles "
                "JOIN snapshots ON snapshots.article_id = articles.id JOIN sources ON sources.id = articles.source_id "
                "WHERE articles.superseded = 0 AND sources.check_hours > 0 ORDER BY snapshots.checked, articles.id"_s))
            return due;
        while (query.next()) {
            const QDateTime checked = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
            if (!checked.isValid() || checked.addSecs(query.value(2).toLongLong() * 3600) <= now)
                due.append(query.value(0).toLongLong());
        }
        return due;
    });
}

StoreResult<QList<Tag>> Store::tags() const
{
    return d->answer([&]() -> QList<Tag> {
        QList<Tag> tags;
        QSqlQuery query;
        const QString sql = tagTree() + uR"(
            SELECT tags.id, tags.parent_id, tags.name, tree.path, tags.color, tags.description, tags.row_version, tags.editor,
                (SELECT count(*) FROM annotation_tags WHERE tag_id = tags.id) + (SELECT count(*) FROM article_tags WHERE tag_id = tags.id)
            FROM tags JOIN tree ON tree.id = tags.id ORDER BY tree.path)"_s;
        if (!d->run(query, sql))
            return tags;
        while (query.next()) {
            Tag tag;
            tag.id = query.value(0).toLongLong();
            if (!query.value(1).isNull())
                tag.parentId = query.value(1).toLongLong();
            tag.name = query.value(2).toString();
            tag.path = query.value(3).toString();
            tag.color = query.value(4).toString();
            tag.description = query.value(5).toString();
            tag.rowVersion = query.value(6).toInt();
            tag.editor = query.value(7).toString();
            tag.annotationCount = query.value(8).toInt();
            tags.append(tag);
        }
        return tags;
    });
}

StoreResult<Tag> Store::tag(qint64 id) const
{
    return d->answer(
        [&] {
            return itemWithId(tags(), id);
        },
        [&] {
            return Store::tr("There is no tag %1.").arg(id);
        });
}

StoreResult<qint64> Store::tagIdForPath(const QString &path) const
{
    return d->answer(
        [&]() -> std::optional<qint64> {
            std::optional<qint64> parent;
            for (const QString &name : path.split(u'/', Qt::SkipEmptyParts)) {
                const auto id = d->value(u"SELECT id FROM tags WHERE coalesce(parent_id, 0) = ? AND name = ?"_s, {parent.value_or(0), name.trimmed()});
                if (!id || id->isNull())
                    return std::nullopt;
                parent = id->toLongLong();
            }
            return parent;
        },
        [&] {
            return Store::tr("There is no tag \"%1\".").arg(path);
        });
}

StoreResult<qint64> Store::ensureTagPath(const QString &path)
{
    return d->attempt([&]() -> std::optional<qint64> {
        const QStringList names = path.split(u'/', Qt::SkipEmptyParts);
        if (names.isEmpty()) {
            d->fail(StoreError::Kind::Invalid, Store::tr("A tag needs a name."));
            return std::nullopt;
        }
        std::optional<qint64> parent;
        const bool done = d->transaction([&] {
            for (const QString &untrimmed : names) {
                const QString name = untrimmed.trimmed();
                const auto id = d->value(u"SELECT id FROM tags WHERE coalesce(parent_id, 0) = ? AND name = ?"_s, {parent.value_or(0), name});
                if (!id)
                    return false;
                if (!id->isNull()) {
                    parent = id->toLongLong();
                    continue;
                }
                QSqlQuery insert;
                if (!d->run(insert,
                        u"INSERT INTO tags (parent_id, name, color) VALUES (?, ?, ?) RETURNING id"_s,
                        {parent ? QVariant(*parent) : nullInteger(), name, defaultTagColor(name)}))
                    return false;
                parent = d->returnedId(insert).toLongLong();
            }
            return true;
        });
        return done ? parent : std::nullopt;
    });
}

StoreResult<qint64> Store::createTag(const QString &name, std::optional<qint64> parentId, const QString &color, const QString &description)
{
    return d->attempt([&]() -> std::optional<qint64> {
        if (name.trimmed().isEmpty() || name.contains(u'/')) {
            d->fail(StoreError::Kind::Invalid, Store::tr("A tag's name cannot be empty or contain \"/\"."));
            return std::nullopt;
        }
        qint64 id = 0;
        const bool done = d->transaction([&] {
            QSqlQuery insert;
            if (!d->run(insert,
                    u"INSERT INTO tags (parent_id, name, color, description) VALUES (?, ?, ?, ?) RETURNING id"_s,
                    {parentId ? QVariant(*parentId) : nullInteger(), name.trimmed(), (isColor(color) ? color.toLower() : defaultTagColor(name)), description}))
                return false;
            id = d->returnedId(insert).toLongLong();
            return true;
        });
        return done ? std::optional(id) : std::nullopt;
    });
}

StoreResult<void> Store::renameTag(qint64 id, const QString &name, int seenVersion)
{
    return d->attempt([&]() -> bool {
        if (name.trimmed().isEmpty() || name.contains(u'/'))
            return d->fail(StoreError::Kind::Invalid, Store::tr("A tag's name cannot be empty or contain \"/\"."));
        return d->transaction([&] {
            return d->editRow(u"tags"_s, id, seenVersion, u"name = ?"_s, {name.trimmed()});
        });
    });
}

StoreResult<void> Store::setTagColor(qint64 id, const QString &color, int seenVersion)
{
    return d->attempt([&]() -> bool {
        if (!isColor(color))
            return d->fail(StoreError::Kind::Invalid, Store::tr("\"%1\" is not a color; use #rrggbb.").arg(color));
        return d->transaction([&] {
            return d->editRow(u"tags"_s, id, seenVersion, u"color = ?"_s, {color.toLower()});
        });
    });
}

StoreResult<void> Store::setTagDescription(qint64 id, const QString &description, int seenVersion)
{
    return d->attempt([&]() -> bool {
        return d->transaction([&] {
            return d->editRow(u"tags"_s, id, seenVersion, u"description = ?"_s, {description});
        });
    });
}

StoreResult<void> Store::moveTag(qint64 id, std::optional<qint64> newParentId)
{
    return d->attempt([&]() -> bool {
        if (newParentId && (*newParentId == id || d->isDescendant(*newParentId, id)))
            return d->fail(StoreError::Kind::Invalid, Store::tr("A tag cannot be moved under itself."));
        return d->transaction([&] {
            return d->run(u"UPDATE tags SET parent_id = ? WHERE id = ?"_s, {newParentId ? QVariant(*newParentId) : nullInteger(), id});
        });
    });
}

StoreResult<void> Store::mergeTags(qint64 fromId, qint64 intoId)
{
    return d->attempt([&]() -> bool {
        if (fromId == intoId || d->isDescendant(intoId, fromId))
            return d->fail(StoreError::Kind::Invalid, Store::tr("A tag cannot be merged into itself or one of its own sub-tags."));
        return d->transaction([&] {
            return d->run(
                       u"INSERT INTO annotation_tags (annotation_id, tag_id) SELECT annotation_id, ? FROM annotation_tags WHERE tag_id = ? ON CONFLICT DO NOTHING"_s,
                       {intoId, fromId})
                && d->run(u"INSERT INTO article_tags (article_id, tag_id) SELECT article_id, ? FROM article_tags WHERE tag_id = ? ON CONFLICT DO NOTHING"_s,
                    {intoId, fromId})
                && d->run(u"UPDATE tags SET parent_id = ? WHERE parent_id = ?"_s, {intoId, fromId}) && d->run(u"DELETE FROM tags WHERE id = ?"_s, {fromId});
        });
    });
}

StoreResult<void> Store::deleteTag(qint64 id)
{
    return d->attempt([&]() -> bool {
        return d->transaction([&] {
            return d->run(u"DELETE FROM tags WHERE id = ?"_s, {id});
        });
    });
}

StoreResult<TagSnapshot> Store::snapshotTag(qint64 id) const
{
    return d->answer(
        [&]() -> std::optional<TagSnapshot> {
            TagSnapshot snapshot;
            QSqlQuery query;
            if (!d->run(query,
                    uR"(WITH RECURSIVE subtree(id, depth) AS (
                    SELECT id, 0 FROM tags WHERE id = ?
                    UNION ALL SELECT tags.id, subtree.depth + 1 FROM tags JOIN subtree ON tags.parent_id = subtree.id)
                SELECT tags.id, tags.parent_id, tags.name, tags.color, tags.description, tags.row_version, tags.editor
                FROM tags JOIN subtree ON subtree.id = tags.id
                ORDER BY subtree.depth, tags.id)"_s,
                    {id}))
                return std::nullopt;
            while (query.next()) {
                snapshot.tags.append({query.value(0).toLongLong(),
                    query.value(1).isNull() ? std::nullopt : std::optional(query.value(1).toLongLong()),
                    query.value(2).toString(),
                    query.value(3).toString(),
                    query.value(4).toString(),
                    query.value(5).toInt(),
                    query.value(6).toString()});
            }
            if (snapshot.tags.isEmpty()) {
                d->fail(StoreError::Kind::NotFound, Store::tr("There is no tag %1.").arg(id));
                return std::nullopt;
            }
            for (const TagSnapshot::Row &tag : std::as_const(snapshot.tags)) {
                for (qint64 annotation : d->ids(u"SELECT annotation_id FROM annotation_tags WHERE tag_id = ?"_s, {tag.id}))
                    snapshot.annotationUses.append({annotation, tag.id});
                for (qint64 article : d->ids(u"SELECT article_id FROM article_tags WHERE tag_id = ?"_s, {tag.id}))
                    snapshot.articleUses.append({article, tag.id});
            }
            return snapshot;
        },
        [&] {
            return Store::tr("There is no tag %1.").arg(id);
        });
}

StoreResult<void> Store::restoreTags(const TagSnapshot &snapshot, std::optional<TagSnapshot> withdrawFrom)
{
    return d->attempt([&]() -> bool {
        return d->transaction([&] {
            for (const TagSnapshot::Row &tag : snapshot.tags) {
                // An upsert, not REPLACE: replacing a row would cascade to its children and uses.
                if (!d->run(u"INSERT INTO tags (id, parent_id, name, color, description, row_version, editor) VALUES (?, ?, ?, ?, ?, ?, ?) "
                            "ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, name = excluded.name, color = excluded.color, "
                            "description = excluded.description, row_version = excluded.row_version, editor = excluded.editor"_s,
                        {tag.id, tag.parentId ? QVariant(*tag.parentId) : nullInteger(), tag.name, tag.color, tag.description, tag.rowVersion, tag.editor}))
                    return false;
            }
            if (withdrawFrom && !withdrawFrom->tags.isEmpty()) {
                // The uses the merge added to the other tag go; the ones it had stay.
                const qint64 other = withdrawFrom->tags.first().id;
                for (const auto &[annotation, tag] : snapshot.annotationUses) {
                    if (!withdrawFrom->annotationUses.contains(std::pair {annotation, other})
                        && !d->run(u"DELETE FROM annotation_tags WHERE annotation_id = ? AND tag_id = ?"_s, {annotation, other}))
                        return false;
                }
                for (const auto &[article, tag] : snapshot.articleUses) {
                    if (!withdrawFrom->articleUses.contains(std::pair {article, other})
                        && !d->run(u"DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?"_s, {article, other}))
                        return false;
                }
            }
            for (const auto &[annotation, tag] : snapshot.annotationUses) {
                if (!d->run(
                        u"INSERT INTO annotation_tags (annotation_id, tag_id) SELECT ?, ? WHERE EXISTS (SELECT 1 FROM annotations WHERE id = ?) ON CONFLICT DO NOTHING"_s,
                        {annotation, tag, annotation}))
                    return false;
            }
            for (const auto &[article, tag] : snapshot.articleUses) {
                if (!d->run(u"INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s, {article, tag}))
                    return false;
            }
            return true;
        });
    });
}

StoreResult<qint64> Store::addAnnotation(qint64 articleId, TextRange range, const QList<qint64> &tagIds, const QString &note)
{
    return d->attempt([&]() -> std::optional<qint64> {
        qint64 id = 0;
        const bool done = d->transaction([&] {
            const std::optional<QString> text = d->articleText(articleId);
            if (!text)
                return false;
            if (range.start < 0 || range.end > text->size() || range.isEmpty())
                return d->fail(StoreError::Kind::Invalid, Store::tr("The passage %1–%2 is not in the article.").arg(range.start).arg(range.end));
            const TextAnchor anchor = TextAnchor::capture(*text, range);
            const QString time = now();
            QSqlQuery insert;
            if (!d->run(insert,
                    u"INSERT INTO annotations (article_id, start, \"end\", exact, prefix, suffix, note, created, modified, coder) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {articleId, anchor.range.start, anchor.range.end, anchor.exact, anchor.prefix, anchor.suffix, note, time, time, d->effectiveCoder()}))
                return false;
            id = d->returnedId(insert).toLongLong();
            return d->insertAnnotationTags(id, tagIds);
        });
        return done ? std::optional(id) : std::nullopt;
    });
}

StoreResult<void> Store::restoreAnnotation(const Annotation &annotation)
{
    return d->attempt([&]() -> bool {
        return d->transaction([&] {
            return d->insertAnnotation(annotation, annotation.id).has_value();
        });
    });
}

StoreResult<qint64> Store::insertAnnotation(const Annotation &annotation)
{
    return d->attempt([&]() -> std::optional<qint64> {
        std::optional<qint64> id;
        Annotation imported = annotation;
        if (imported.coder.isEmpty())
            imported.coder = d->effectiveCoder();
        const bool done = d->transaction([&] {
            id = d->insertAnnotation(imported, QVariant(QMetaType::fromType<qint64>()));
            return id.has_value();
        });
        return done ? id : std::nullopt;
    });
}

StoreResult<QList<Annotation>> Store::annotations(std::optional<qint64> articleId) const
{
    return d->answer([&]() -> QList<Annotation> {
        QList<Annotation> annotations;
        const QHash<qint64, QString> tagPaths = d->tagPaths();
        QSqlQuery query;
        const QString sql = u"SELECT a.id, a.article_id, a.start, a.\"end\", a.exact, a.prefix, a.suffix, a.orphaned, a.note, a.created, a.modified, a.coder, "
                            "a.row_version, a.editor, (SELECT %2 FROM annotation_tags WHERE annotation_id = a.id) "
                            "FROM annotations a %1 ORDER BY a.article_id, a.orphaned, a.start, a.\"end\", a.id"_s;
        const bool ok = articleId ? d->run(query, sql.arg(u"WHERE a.article_id = ?"_s, d->engine->commaList(u"tag_id"_s)), {*articleId})
                                  : d->run(query, sql.arg(QString(), d->engine->commaList(u"tag_id"_s)));
        if (!ok)
            return annotations;
        while (query.next()) {
            Annotation annotation;
            annotation.id = query.value(0).toLongLong();
            annotation.articleId = query.value(1).toLongLong();
            annotation.anchor
                = {{query.value(2).toLongLong(), query.value(3).toLongLong()}, query.value(4).toString(), query.value(5).toString(), query.value(6).toString()};
            annotation.orphaned = query.value(7).toBool();
            annotation.note = query.value(8).toString();
            annotation.created = timeFrom(query.value(9));
            annotation.modified = timeFrom(query.value(10));
            annotation.coder = query.value(11).toString();
            annotation.rowVersion = query.value(12).toInt();
            annotation.editor = query.value(13).toString();
            for (const QString &tagId : query.value(14).toString().split(u',', Qt::SkipEmptyParts)) {
                annotation.tagIds.append(tagId.toLongLong());
                annotation.tagPaths.append(tagPaths.value(tagId.toLongLong()));
            }
            std::sort(annotation.tagPaths.begin(), annotation.tagPaths.end());
            annotations.append(annotation);
        }
        return annotations;
    });
}

StoreResult<Annotation> Store::annotation(qint64 id) const
{
    return d->answer(
        [&]() -> std::optional<Annotation> {
            const auto articleId = d->value(u"SELECT article_id FROM annotations WHERE id = ?"_s, {id});
            if (!articleId)
                return std::nullopt;
            return articleId->isNull() ? std::nullopt : itemWithId(annotations(articleId->toLongLong()), id);
        },
        [&] {
            return Store::tr("There is no annotation %1.").arg(id);
        });
}

StoreResult<void> Store::setAnnotationNote(qint64 id, const QString &note, int seenVersion)
{
    return d->attempt([&]() -> bool {
        return d->transaction([&] {
            return d->editRow(u"annotations"_s, id, seenVersion, u"note = ?, modified = ?"_s, {note, now()});
        });
    });
}

StoreResult<void> Store::setAnnotationTags(qint64 id, const QList<qint64> &tagIds, int seenVersion)
{
    return d->attempt([&]() -> bool {
        return d->transaction([&] {
            return d->editRow(u"annotations"_s, id, seenVersion, u"modified = ?"_s, {now()})
                && d->run(u"DELETE FROM annotation_tags WHERE annotation_id = ?"_s, {id}) && d->insertAnnotationTags(id, tagIds);
        });
    });
}

StoreResult<void> Store::deleteAnnotation(qint64 id, int seenVersion)
{
    return d->attempt([&]() -> bool {
        return d->transaction([&] {
            QSqlQuery remove;
            return d->run(remove, u"DELETE FROM annotations WHERE id = ? AND (? = 0 OR row_version = ?)"_s, {id, seenVersion, seenVersion})
                && (remove.numRowsAffected() > 0 || seenVersion == 0 || d->refuseStaleEdit(u"annotations"_s, id));
        });
    });
}

StoreResult<void> Store::tagArticle(qint64 articleId, qint64 tagId)
{
    return d->attempt([&]() -> bool {
        return d->transaction([&] {
            return d->run(
                u"INSERT INTO article_tags (article_id, tag_id, coder) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s, {articleId, tagId, d->effectiveCoder()});
        });
    });
}

StoreResult<void> Store::untagArticle(qint64 articleId, qint64 tagId)
{
    return d->attempt([&]() -> bool {
        return d->transaction([&] {
            return d->run(u"DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?"_s, {articleId, tagId});
        });
    });
}

StoreResult<QList<qint64>> Store::articleTags(qint64 articleId) const
{
    return d->answer([&]() -> QList<qint64> {
        return d->ids(u"SELECT tag_id FROM article_tags WHERE article_id = ? ORDER BY tag_id"_s, {articleId});
    });
}

StoreResult<QHash<qint64, QStringList>> Store::articleTagPaths() const
{
    return d->answer([&]() -> QHash<qint64, QStringList> {
        const QHash<qint64, QString> paths = d->tagPaths();
        QHash<qint64, QStringList> byArticle;
        QSqlQuery query;
        if (!d->run(query,
                u"SELECT article_tags.article_id, article_tags.tag_id FROM article_tags "
                "JOIN articles ON articles.id = article_tags.article_id WHERE articles.superseded = 0"_s,
                {}))
            return {};
        while (query.next())
            byArticle[query.value(0).toLongLong()].append(paths.value(query.value(1).toLongLong()));
        for (QStringList &tagPaths : byArticle)
            tagPaths.sort();
        return byArticle;
    });
}

StoreResult<QList<SearchHit>> Store::search(const QString &query, int limit) const
{
    return d->answer([&]() -> QList<SearchHit> {
        QList<SearchHit> hits;
        const QString match = d->engine->searchQuery(query);
        if (match.isEmpty())
            return hits;
        QSqlQuery articles;
        if (d->run(articles, d->engine->articleSearch(), {match, limit})) {
            while (articles.next())
                hits.append({SearchHit::Kind::Article, articles.value(0).toLongLong(), 0, articles.value(1).toString(), articles.value(2).toString()});
        }
        QSqlQuery notes;
        if (d->run(notes, d->engine->noteSearch(), {match, limit})) {
            while (notes.next())
                hits.append(
                    {SearchHit::Kind::Note, notes.value(0).toLongLong(), notes.value(1).toLongLong(), notes.value(2).toString(), notes.value(3).toString()});
        }
        return hits.mid(0, limit);
    });
}

StoreResult<qint64> Store::setClaimReview(qint64 articleA,
    qint64 articleB,
    const QString &kind,
    std::optional<TextRange> a,
    std::optional<TextRange> b,
    ClaimReview::State state,
    const QString &note,
    int seenVersion)
{
    return d->attempt([&]() -> std::optional<qint64> {
        qint64 id = 0;
        const bool done = d->transaction([&] {
            const std::optional<QString> textA = d->articleText(articleA);
            const std::optional<QString> textB = textA ? d->articleText(articleB) : std::nullopt;
            if (!textB)
                return false;
            const auto anchorOf = [](const QString &text, const std::optional<TextRange> &range) {
                return range ? std::optional(TextAnchor::capture(text, *range)) : std::nullopt;
            };
            const std::optional<TextAnchor> anchorA = anchorOf(*textA, a);
            const std::optional<TextAnchor> anchorB = anchorOf(*textB, b);
            const auto bound = [](const std::optional<TextAnchor> &anchor) -> QVariantList {
                if (!anchor)
                    return {nullInteger(), nullInteger(), nullText(), nullText(), nullText()};
                return {anchor->range.start, anchor->range.end, anchor->exact, anchor->prefix, anchor->suffix};
            };
            const auto existing
                = d->value(u"SELECT id FROM claim_reviews WHERE article_a = ? AND article_b = ? AND kind = ? "
                           "AND coalesce(a_start, -1) = ? AND coalesce(a_end, -1) = ? AND coalesce(b_start, -1) = ? AND coalesce(b_end, -1) = ?"_s,
                    {articleA, articleB, kind, a ? a->start : -1, a ? a->end : -1, b ? b->start : -1, b ? b->end : -1});
            if (!existing)
                return false;
            const QString time = now();
            const QString stateName = ReviewStateNames.at(int(state));
            if (!existing->isNull()) {
                id = existing->toLongLong();
                return d->editRow(u"claim_reviews"_s, id, seenVersion, u"state = ?, note = ?, modified = ?"_s, {stateName, note, time});
            }
            QSqlQuery insert;
            if (!d->run(insert,
                    u"INSERT INTO claim_reviews (article_a, article_b, kind, a_start, a_end, a_exact, a_prefix, a_suffix, "
                    "b_start, b_end, b_exact, b_prefix, b_suffix, state, note, created, modified, coder, editor) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    QVariantList {articleA, articleB, kind} + bound(anchorA) + bound(anchorB)
                        + QVariantList {stateName, note, time, time, d->effectiveCoder(), d->effectiveCoder()}))
                return false;
            id = d->returnedId(insert).toLongLong();
            return true;
        });
        return done ? std::optional(id) : std::nullopt;
    });
}

namespace
{

// The reviews QUERY selected, each with ARTICLE on side A.
QList<ClaimReview> readClaimReviews(QSqlQuery &query, qint64 article)
{
    const auto anchorAt = [&](int column) -> std::optional<TextAnchor> {
        if (query.value(column).isNull())
            return std::nullopt;
        return TextAnchor {{query.value(column).toLongLong(), query.value(column + 1).toLongLong()},
            query.value(column + 2).toString(),
            query.value(column + 3).toString(),
            query.value(column + 4).toString()};
    };
    QList<ClaimReview> reviews;
    while (query.next()) {
        ClaimReview review;
        review.id = query.value(0).toLongLong();
        review.articleA = query.value(1).toLongLong();
        review.articleB = query.value(2).toLongLong();
        review.kind = query.value(3).toString();
        review.a = anchorAt(4);
        review.b = anchorAt(9);
        review.state = ClaimReview::State(std::max<qsizetype>(ReviewStateNames.indexOf(query.value(14).toString()), 0));
        review.note = query.value(15).toString();
        review.created = timeFrom(query.value(16));
        review.modified = timeFrom(query.value(17));
        review.rowVersion = query.value(18).toInt();
        review.editor = query.value(19).toString();
        if (review.articleA != article) {
            // Compared the other way round: give the sides as asked.
            std::swap(review.articleA, review.articleB);
            std::swap(review.a, review.b);
        }
        reviews.append(review);
    }
    return reviews;
}

const QString ClaimReviewColumns = u"SELECT id, article_a, article_b, kind, a_start, a_end, a_exact, a_prefix, a_suffix, b_start, b_end, b_exact, "
                                   "b_prefix, b_suffix, state, note, created, modified, row_version, editor FROM claim_reviews "_s;

} // namespace

StoreResult<QList<ClaimReview>> Store::claimReviews(qint64 articleA, qint64 articleB) const
{
    return d->answer([&]() -> QList<ClaimReview> {
        QSqlQuery query;
        if (!d->run(query,
                ClaimReviewColumns + u"WHERE (article_a = ? AND article_b = ?) OR (article_a = ? AND article_b = ?) ORDER BY id"_s,
                {articleA, articleB, articleB, articleA}))
            return {};
        return readClaimReviews(query, articleA);
    });
}

StoreResult<QList<ClaimReview>> Store::claimReviews(qint64 article) const
{
    return d->answer([&]() -> QList<ClaimReview> {
        QSqlQuery query;
        if (!d->run(query, ClaimReviewColumns + u"WHERE article_a = ? OR article_b = ? ORDER BY id"_s, {article, article}))
            return {};
        return readClaimReviews(query, article);
    });
}

StoreResult<QList<PinnedPassage>> Store::pins(qint64 articleA, qint64 articleB) const
{
    return d->answer([&]() -> QList<PinnedPassage> {
        QSqlQuery query;
        if (!d->run(query,
                u"SELECT article_a, a_start, a_end, b_start, b_end FROM pins "
                "WHERE (article_a = ? AND article_b = ?) OR (article_a = ? AND article_b = ?) ORDER BY id"_s,
                {articleA, articleB, articleB, articleA}))
            return {};
        QList<PinnedPassage> pins;
        while (query.next()) {
            PinnedPassage pin {{query.value(1).toLongLong(), query.value(2).toLongLong()}, {query.value(3).toLongLong(), query.value(4).toLongLong()}};
            if (query.value(0).toLongLong() != articleA) // pinned the other way round
                std::swap(pin.a, pin.b);
            pins.append(pin);
        }
        return pins;
    });
}

StoreResult<void> Store::setPins(qint64 articleA, qint64 articleB, const QList<PinnedPassage> &pins)
{
    return d->attempt([&]() -> bool {
        return d->transaction([&] {
            const std::optional<QString> textA = d->articleText(articleA);
            const std::optional<QString> textB = textA ? d->articleText(articleB) : std::nullopt;
            if (!textB)
                return false;
            if (!d->run(u"DELETE FROM pins WHERE (article_a = ? AND article_b = ?) OR (article_a = ? AND article_b = ?)"_s,
                    {articleA, articleB, articleB, articleA}))
                return false;
            const auto inside = [](const QString &text, const TextRange &range) {
                return range.start >= 0 && range.end <= text.size() && !range.isEmpty();
            };
            const QString time = now();
            for (const PinnedPassage &pin : pins) {
                if (!inside(*textA, pin.a) || !inside(*textB, pin.b))
                    return d->fail(StoreError::Kind::Invalid,
                        Store::tr("The pinned passages %1–%2 and %3–%4 are not in the articles.")
                            .arg(pin.a.start)
                            .arg(pin.a.end)
                            .arg(pin.b.start)
                            .arg(pin.b.end));
                const TextAnchor a = TextAnchor::capture(*textA, pin.a);
                const TextAnchor b = TextAnchor::capture(*textB, pin.b);
                if (!d->run(u"INSERT INTO pins (article_a, article_b, a_start, a_end, a_exact, a_prefix, a_suffix, b_start, b_end, b_exact, b_prefix, "
                            "b_suffix, created, coder) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                        {articleA,
                            articleB,
                            a.range.start,
                            a.range.end,
                            a.exact,
                            a.prefix,
                            a.suffix,
                            b.range.start,
                            b.range.end,
                            b.exact,
                            b.prefix,
                            b.suffix,
                            time,
                            d->effectiveCoder()}))
                    return false;
            }
            return true;
        });
    });
}

StoreResult<void> Store::batch(const std::function<bool()> &changes)
{
    return d->attempt([&]() -> bool {
        return d->transaction(changes);
    });
}

StoreResult<bool> Store::checkIntegrity() const
{
    return d->answer([&]() -> bool {
        const auto result = d->value(d->engine->integrityCheck());
        return result && result->toString() == u"ok"_s;
    });
}

} // namespace Parallax
