// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Parallax authors
#include "storeschema.h"

using namespace Qt::StringLiterals;

namespace Parallax::StoreSchema
{

namespace
{

// 6 → 7 on both engines: who made each piece of shared work.
const QStringList &coderColumns()
{
    static const QStringList statements = {
        u"ALTER TABLE annotations ADD COLUMN coder TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE article_tags ADD COLUMN coder TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE claim_reviews ADD COLUMN coder TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE pins ADD COLUMN coder TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE INDEX annotations_by_coder ON annotations (coder, article_id)"_s,
    };
    return statements;
}

// 7 → 8 on both engines, in each one's types of ids and bytes: a web page as it was
// received, for each revision read from the web, with what the next request for it
// needs (its validators), and whether a revision found by a check was looked at yet.
QString snapshotsTable(const QString &idType, const QString &bytesType)
{
    return uR"(CREATE TABLE snapshots (
        article_id %1 PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        url TEXT NOT NULL,
        final_url TEXT NOT NULL,
        fetched TEXT NOT NULL,
        checked TEXT NOT NULL,
        http_status INTEGER NOT NULL,
        etag TEXT NOT NULL,
        last_modified TEXT NOT NULL,
        content_type TEXT NOT NULL,
        body %2 NOT NULL,
        seen INTEGER NOT NULL DEFAULT 1))"_s.arg(idType, bytesType);
}

// 8 → 9 on both engines: how often a source read from the web is checked for changes
// while the app runs, in hours (0: only when asked).
const QStringList &checkScheduleColumn()
{
    static const QStringList statements = {u"ALTER TABLE sources ADD COLUMN check_hours INTEGER NOT NULL DEFAULT 0"_s};
    return statements;
}

// 9 → 10 on both engines: a version for each annotation, tag and review, counted up by every
// edit, and who made the last one. An edit states the version its author saw; when
// another coder's edit came in between, the store refuses it and the author chooses
// (optimistic locking: nothing is held while someone types).
const QStringList &rowVersionColumns()
{
    static const QStringList statements = {
        u"ALTER TABLE annotations ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"_s,
        u"ALTER TABLE annotations ADD COLUMN editor TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE tags ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"_s,
        u"ALTER TABLE tags ADD COLUMN editor TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE claim_reviews ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"_s,
        u"ALTER TABLE claim_reviews ADD COLUMN editor TEXT NOT NULL DEFAULT ''"_s,
    };
    return statements;
}

} // namespace

const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 0 → 1: articles with their sources and revisions, tags, annotations.
        {
            uR"(CREATE TABLE sources (
                id INTEGER PRIMARY KEY,
                location TEXT NOT NULL UNIQUE))"_s,
            uR"(CREATE TABLE articles (
                id INTEGER PRIMARY KEY,
                source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
                revision INTEGER NOT NULL,
                superseded INTEGER NOT NULL DEFAULT 0,
                content_hash TEXT NOT NULL UNIQUE,
                path TEXT NOT NULL,
                title TEXT NOT NULL,
                outlet TEXT NOT NULL,
                published TEXT NOT NULL,
                original_file_name TEXT NOT NULL,
                language TEXT NOT NULL,
                text TEXT NOT NULL,
                imported TEXT NOT NULL,
                UNIQUE (source_id, revision)))"_s,
            uR"(CREATE TABLE tags (
                id INTEGER PRIMARY KEY,
                parent_id INTEGER REFERENCES tags(id) ON DELETE CASCADE,
                name TEXT NOT NULL CHECK (name <> '' AND instr(name, '/') = 0),
                color TEXT NOT NULL,
                description TEXT NOT NULL DEFAULT ''))"_s,
            // Root tags have no parent; NULLs would never collide in a plain UNIQUE.
            u"CREATE UNIQUE INDEX tags_unique_name ON tags (ifnull(parent_id, 0), name)"_s,
            uR"(CREATE TABLE annotations (
                id INTEGER PRIMARY KEY,
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                start INTEGER NOT NULL,
                end INTEGER NOT NULL,
                exact TEXT NOT NULL,
                prefix TEXT NOT NULL,
                suffix TEXT NOT NULL,
                orphaned INTEGER NOT NULL DEFAULT 0,
                note TEXT NOT NULL DEFAULT '',
                created TEXT NOT NULL,
                modified TEXT NOT NULL))"_s,
            u"CREATE INDEX annotations_by_article ON annotations (article_id, start)"_s,
            uR"(CREATE TABLE annotation_tags (
                annotation_id INTEGER NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
                tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
                PRIMARY KEY (annotation_id, tag_id)))"_s,
            u"CREATE INDEX annotation_tags_by_tag ON annotation_tags (tag_id)"_s,
            uR"(CREATE TABLE article_tags (
                article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
                PRIMARY KEY (article_id, tag_id)))"_s,
        },
        // 1 → 2: full-text search over articles and notes; reviewed discrepancies.
        {
            u"CREATE VIRTUAL TABLE article_search USING fts5(title, text, content='articles', content_rowid='id')"_s,
            uR"(CREATE TRIGGER article_search_insert AFTER INSERT ON articles BEGIN
                INSERT INTO article_search (rowid, title, text) VALUES (new.id, new.title, new.text);
            END)"_s,
            uR"(CREATE TRIGGER article_search_delete AFTER DELETE ON articles BEGIN
                INSERT INTO article_search (article_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
            END)"_s,
            uR"(CREATE TRIGGER article_search_update AFTER UPDATE OF title, text ON articles BEGIN
                INSERT INTO article_search (article_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
                INSERT INTO article_search (rowid, title, text) VALUES (new.id, new.title, new.text);
            END)"_s,
            u"INSERT INTO article_search (article_search) VALUES ('rebuild')"_s,
            u"CREATE VIRTUAL TABLE note_search USING fts5(note, content='annotations', content_rowid='id')"_s,
            uR"(CREATE TRIGGER note_search_insert AFTER INSERT ON annotations BEGIN
                INSERT INTO note_search (rowid, note) VALUES (new.id, new.note);
            END)"_s,
            uR"(CREATE TRIGGER note_search_delete AFTER DELETE ON annotations BEGIN
                INSERT INTO note_search (note_search, rowid, note) VALUES ('delete', old.id, old.note);
            END)"_s,
            uR"(CREATE TRIGGER note_search_update AFTER UPDATE OF note ON annotations BEGIN
                INSERT INTO note_search (note_search, rowid, note) VALUES ('delete', old.id, old.note);
                INSERT INTO note_search (rowid, note) VALUES (new.id, new.note);
            END)"_s,
            u"INSERT INTO note_search (note_search) VALUES ('rebuild')"_s,
            // A discrepancy the user settled: the claim's two anchored spans (either may
            // be missing for what only one side says), with a review state and a note.
            uR"(CREATE TABLE claim_reviews (
                id INTEGER PRIMARY KEY,
                article_a INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                article_b INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                kind TEXT NOT NULL,
                a_start INTEGER, a_end INTEGER, a_exact TEXT, a_prefix TEXT, a_suffix TEXT,
                b_start INTEGER, b_end INTEGER, b_exact TEXT, b_prefix TEXT, b_suffix TEXT,
                state TEXT NOT NULL CHECK (state IN ('unreviewed', 'confirmed', 'dismissed', 'explained')),
                note TEXT NOT NULL DEFAULT '',
                created TEXT NOT NULL,
                modified TEXT NOT NULL))"_s,
            u"CREATE INDEX claim_reviews_by_pair ON claim_reviews (article_a, article_b)"_s,
        },
        // 2 → 3: listing the library reads this index, not every row with its text
        // (10,000 articles: 70 ms → 25 ms).
        {
            uR"(CREATE INDEX articles_listing ON articles (superseded, title, id, source_id, revision,
                content_hash, path, outlet, published, original_file_name, language))"_s,
        },
        // 3 → 4: passages pinned as matching live with the rest of a user's work (they
        // were in the settings file, keyed by the texts; the window moves them over).
        {
            uR"(CREATE TABLE pins (
                id INTEGER PRIMARY KEY,
                article_a INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                article_b INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
                a_start INTEGER NOT NULL, a_end INTEGER NOT NULL, a_exact TEXT NOT NULL, a_prefix TEXT NOT NULL, a_suffix TEXT NOT NULL,
                b_start INTEGER NOT NULL, b_end INTEGER NOT NULL, b_exact TEXT NOT NULL, b_prefix TEXT NOT NULL, b_suffix TEXT NOT NULL,
                created TEXT NOT NULL))"_s,
            u"CREATE INDEX pins_by_pair ON pins (article_a, article_b)"_s,
            u"CREATE INDEX pins_by_b ON pins (article_b)"_s,
        },
        // 4 → 5: who wrote an article (a saved page's byline, a front matter's author),
        // when it was last updated and where it lives on the web; the listing index
        // covers them too.
        {
            u"ALTER TABLE articles ADD COLUMN byline TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE articles ADD COLUMN modified TEXT NOT NULL DEFAULT ''"_s,
            u"ALTER TABLE articles ADD COLUMN url TEXT NOT NULL DEFAULT ''"_s,
            u"DROP INDEX articles_listing"_s,
            uR"(CREATE INDEX articles_listing ON articles (superseded, title, id, source_id, revision,
                content_hash, path, outlet, published, original_file_name, language, byline, modified, url))"_s,
        },
        // 5 → 6: what of a saved page's text is page furniture, not its article, as
        // "start-end" pairs (Document::furniture): the whole page is kept.
        {
            u"ALTER TABLE articles ADD COLUMN furniture TEXT NOT NULL DEFAULT ''"_s,
        },
        // 6 → 7: who coded each annotation, whole-article tag, review and pin, so that
        // several coders can share a library and their agreement can be measured ('':
        // made before coders were recorded).
        coderColumns(),
        // 7 → 8: web pages as they were received, one for each revision fetched.
        {snapshotsTable(u"INTEGER"_s, u"BLOB"_s)},
        // 8 → 9: a schedule for each source read from the web.
        checkScheduleColumn(),
        rowVersionColumns(),
        // 10 → 11: nothing on SQLite (PostgreSQL's planner needed more to go on).
        {},
    };
    return steps;
}

const QList<QStringList> &postgresMigrations()
{
    // Ids are identities that a given id may fill too (undo puts rows back as they were).
    // Search reads tsvector columns the server keeps: the text in "simple" words, without
    // stemming, as SQLite's FTS5 reads it; the first million characters of an article (a
    // tsvector holds at most 1 MB).
    static const QStringList version6 = {
        uR"(CREATE TABLE sources (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            location TEXT NOT NULL UNIQUE))"_s,
        uR"(CREATE TABLE articles (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            source_id BIGINT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            revision INTEGER NOT NULL,
            superseded INTEGER NOT NULL DEFAULT 0,
            content_hash TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL,
            title TEXT NOT NULL,
            outlet TEXT NOT NULL,
            published TEXT NOT NULL,
            original_file_name TEXT NOT NULL,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            imported TEXT NOT NULL,
            byline TEXT NOT NULL DEFAULT '',
            modified TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            furniture TEXT NOT NULL DEFAULT '',
            search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || left(text, 1000000))) STORED,
            UNIQUE (source_id, revision)))"_s,
        u"CREATE INDEX articles_listing ON articles (superseded, title, id)"_s,
        u"CREATE INDEX articles_search ON articles USING GIN (search)"_s,
        uR"(CREATE TABLE tags (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            parent_id BIGINT REFERENCES tags(id) ON DELETE CASCADE,
            name TEXT NOT NULL CHECK (name <> '' AND strpos(name, '/') = 0),
            color TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE UNIQUE INDEX tags_unique_name ON tags (coalesce(parent_id, 0), name)"_s,
        uR"(CREATE TABLE annotations (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start BIGINT NOT NULL,
            "end" BIGINT NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            orphaned INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            search TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', note)) STORED))"_s,
        u"CREATE INDEX annotations_by_article ON annotations (article_id, start)"_s,
        u"CREATE INDEX annotations_search ON annotations USING GIN (search)"_s,
        uR"(CREATE TABLE annotation_tags (
            annotation_id BIGINT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
            tag_id BIGINT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (annotation_id, tag_id)))"_s,
        u"CREATE INDEX annotation_tags_by_tag ON annotation_tags (tag_id)"_s,
        uR"(CREATE TABLE article_tags (
            article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag_id BIGINT NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (article_id, tag_id)))"_s,
        uR"(CREATE TABLE claim_reviews (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            article_a BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            article_b BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            a_start BIGINT, a_end BIGINT, a_exact TEXT, a_prefix TEXT, a_suffix TEXT,
            b_start BIGINT, b_end BIGINT, b_exact TEXT, b_prefix TEXT, b_suffix TEXT,
            state TEXT NOT NULL CHECK (state IN ('unreviewed', 'confirmed', 'dismissed', 'explained')),
            note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            modified TEXT NOT NULL))"_s,
        u"CREATE INDEX claim_reviews_by_pair ON claim_reviews (article_a, article_b)"_s,
        uR"(CREATE TABLE pins (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            article_a BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            article_b BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            a_start BIGINT NOT NULL, a_end BIGINT NOT NULL, a_exact TEXT NOT NULL, a_prefix TEXT NOT NULL, a_suffix TEXT NOT NULL,
            b_start BIGINT NOT NULL, b_end BIGINT NOT NULL, b_exact TEXT NOT NULL, b_prefix TEXT NOT NULL, b_suffix TEXT NOT NULL,
            created TEXT NOT NULL))"_s,
        u"CREATE INDEX pins_by_pair ON pins (article_a, article_b)"_s,
        u"CREATE INDEX pins_by_b ON pins (article_b)"_s,
    };
    // 6 → 7: the coders' columns as on SQLite, and what lets several people work at once: each change of
    // the shared work is announced on the channel parallax_changes (LISTEN/NOTIFY),
    // with the table and the articles it concerns, for the other windows to show it.
    static const QStringList version7 = {
        uR"(CREATE FUNCTION parallax_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE changed jsonb := to_jsonb(coalesce(NEW, OLD));
            BEGIN
                PERFORM pg_notify('parallax_changes', TG_TABLE_NAME || ' '
                    || coalesce(changed->>'article_id', changed->>'article_a', '') || ' ' || coalesce(changed->>'article_b', ''));
                RETURN NULL;
            END $$)"_s,
        u"CREATE TRIGGER articles_announce AFTER INSERT OR UPDATE OR DELETE ON articles FOR EACH ROW EXECUTE FUNCTION parallax_announce_change()"_s,
        u"CREATE TRIGGER tags_announce AFTER INSERT OR UPDATE OR DELETE ON tags FOR EACH ROW EXECUTE FUNCTION parallax_announce_change()"_s,
        u"CREATE TRIGGER annotations_announce AFTER INSERT OR UPDATE OR DELETE ON annotations FOR EACH ROW EXECUTE FUNCTION parallax_announce_change()"_s,
        uR"(CREATE TRIGGER annotation_tags_announce AFTER INSERT OR UPDATE OR DELETE ON annotation_tags
            FOR EACH ROW EXECUTE FUNCTION parallax_announce_change())"_s,
        u"CREATE TRIGGER article_tags_announce AFTER INSERT OR UPDATE OR DELETE ON article_tags FOR EACH ROW EXECUTE FUNCTION parallax_announce_change()"_s,
        u"CREATE TRIGGER claim_reviews_announce AFTER INSERT OR UPDATE OR DELETE ON claim_reviews FOR EACH ROW EXECUTE FUNCTION parallax_announce_change()"_s,
        u"CREATE TRIGGER pins_announce AFTER INSERT OR UPDATE OR DELETE ON pins FOR EACH ROW EXECUTE FUNCTION parallax_announce_change()"_s,
    };
    // 7 → 8: as on SQLite.
    static const QStringList version8 = {snapshotsTable(u"BIGINT"_s, u"BYTEA"_s)};
    // 10 → 11: what searching 10k articles and 100k notes needs of the planner. Words in
    // no note were estimated at 1 note in 200, so the notes were read in id order for the
    // 50 hits that never came (66 ms; 1 ms from the index); a finer sample of words says
    // they are rare. And an article's words (5 kB) were stored apart in TOAST, which a
    // search matching every article fetched once per article: kept in the row (compressed)
    // a search ranks 10k articles in 30 ms instead of 85. Rows written before keep their
    // place until written again (a copy into a new library writes them all).
    static const QStringList version11 = {
        u"ALTER TABLE annotations ALTER COLUMN search SET STATISTICS 1000"_s,
        u"ALTER TABLE articles ALTER COLUMN search SET STATISTICS 1000"_s,
        u"ALTER TABLE articles ALTER COLUMN search SET STORAGE MAIN"_s,
        u"ANALYZE annotations"_s,
        u"ANALYZE articles"_s,
    };
    static const QList<QStringList> steps
        = {{}, {}, {}, {}, {}, version6, coderColumns() + version7, version8, checkScheduleColumn(), rowVersionColumns(), version11};
    return steps;
}

} // namespace Parallax::StoreSchema
