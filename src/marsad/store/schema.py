"""The store's SQLite schema, as numbered migrations.

``PRAGMA user_version`` holds the number of the last migration applied and the
``migrations`` table records when each ran; opening a store applies the missing ones in
order, each in its own transaction, so an older file is brought up to date in place.
A migration is never edited once released: change the schema by appending a new one.

Tables (version 1):

- ``articles``: one row per article id, with ``content_hash`` (what makes re-ingest a
  no-op), ``seq`` (ingest order, used to break ties when picking a story's origin), the
  metadata columns and ``json`` (the article object of docs/OUTPUT.md; from version 2
  without its text, which is the ``text`` column).
- ``actors``: one row per real-world actor across articles: keyed by lexicon id when the
  lexicon knows it (``lex:<id>``), else by folded name, affiliation and type.
- ``entities`` / ``quotes`` / ``events``: the annotations the queries filter and count by,
  each row pointing at its article (deleted with it); entities point at their actor.
  (Version 1 and 2 also had ``mentions`` and ``dates`` tables; from version 3 mentions and
  dates are read from ``articles.json`` only.)
- ``search``: FTS5 index over the Arabic-folded text (see search.py).
- ``minhashes`` / ``lsh_bands`` / ``stories``: story grouping (see stories.py).
"""
from __future__ import annotations

import sqlite3
import time

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE articles (
        rowid        INTEGER PRIMARY KEY,
        id           TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        seq          INTEGER NOT NULL,
        title        TEXT,
        site         TEXT,
        url          TEXT,
        published    TEXT,
        lang         TEXT,
        author       TEXT,
        text         TEXT NOT NULL,
        story_id     INTEGER REFERENCES stories(id) ON DELETE SET NULL,
        story_role   TEXT,            -- origin | verbatim | rewrite
        story_similarity REAL,        -- estimated shingle Jaccard to its closest earlier member
        json         TEXT NOT NULL
    );
    CREATE INDEX articles_published ON articles(published);
    CREATE INDEX articles_site ON articles(site);
    CREATE INDEX articles_story ON articles(story_id);

    CREATE TABLE actors (
        id           INTEGER PRIMARY KEY,
        key          TEXT NOT NULL UNIQUE,
        lexicon_id   TEXT,
        name         TEXT NOT NULL,
        folded_name  TEXT NOT NULL,
        type         TEXT,
        affiliation  TEXT
    );
    CREATE INDEX actors_folded_name ON actors(folded_name);

    CREATE TABLE entities (
        article      INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
        eid          TEXT NOT NULL,
        actor        INTEGER NOT NULL REFERENCES actors(id),
        type         TEXT,
        name         TEXT,
        affiliation  TEXT,
        role         TEXT,
        rule         TEXT,
        PRIMARY KEY (article, eid)
    ) WITHOUT ROWID;
    CREATE INDEX entities_actor ON entities(actor);

    CREATE TABLE mentions (
        article      INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
        eid          TEXT NOT NULL,
        start        INTEGER NOT NULL,
        "end"        INTEGER NOT NULL,
        text         TEXT
    );
    CREATE INDEX mentions_article ON mentions(article);

    CREATE TABLE quotes (
        article      INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
        idx          INTEGER NOT NULL,
        text         TEXT,
        start        INTEGER,
        "end"        INTEGER,
        direct       INTEGER,
        speaker      TEXT,            -- entity id within the article
        speaker_actor INTEGER REFERENCES actors(id),
        rule         TEXT,
        PRIMARY KEY (article, idx)
    ) WITHOUT ROWID;
    CREATE INDEX quotes_speaker_actor ON quotes(speaker_actor);

    CREATE TABLE events (
        article      INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
        idx          INTEGER NOT NULL,
        type         TEXT NOT NULL,
        start        INTEGER,
        "end"        INTEGER,
        source       TEXT,
        target       TEXT,
        source_actor INTEGER REFERENCES actors(id),
        target_actor INTEGER REFERENCES actors(id),
        negated      INTEGER,
        modality     TEXT,
        mode         TEXT,
        cameo        TEXT,
        trigger      TEXT,
        date         TEXT,
        location     TEXT,
        rule         TEXT,
        PRIMARY KEY (article, idx)
    ) WITHOUT ROWID;
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_source_actor ON events(source_actor);
    CREATE INDEX events_target_actor ON events(target_actor);

    CREATE TABLE dates (
        article      INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
        idx          INTEGER NOT NULL,
        text         TEXT,
        start        INTEGER,
        "end"        INTEGER,
        value        TEXT,
        precision    TEXT,
        rule         TEXT,
        PRIMARY KEY (article, idx)
    ) WITHOUT ROWID;

    CREATE VIRTUAL TABLE search USING fts5(
        title, body, forms,
        tokenize = 'unicode61 remove_diacritics 0'
    );

    CREATE TABLE stories (
        id           INTEGER PRIMARY KEY,
        origin       INTEGER REFERENCES articles(rowid) ON DELETE SET NULL,
        size         INTEGER NOT NULL DEFAULT 0
    );

    CREATE TABLE minhashes (
        article      INTEGER PRIMARY KEY REFERENCES articles(rowid) ON DELETE CASCADE,
        signature    BLOB NOT NULL
    );

    CREATE TABLE lsh_bands (
        band_key     INTEGER NOT NULL,
        article      INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article)
    ) WITHOUT ROWID;
    CREATE INDEX lsh_bands_article ON lsh_bands(article);
    """,
    # 2: articles.json no longer repeats the text (it is in articles.text); readers put it
    # back (export.article_object), and rows written before keep theirs, so nothing is
    # rewritten. The version tells an older marsad not to read such rows as whole objects.
    """
    SELECT 1;
    """,
    # 3: nothing asked the mentions and dates tables anything (the article's JSON holds its
    # mentions and dates, and is what exports read), yet they were a fifth of the rows an
    # article wrote; they go. lsh_bands loses its article index and foreign key, which cost
    # 42 more B-tree inserts an article and served only deletes: an article's bands are
    # deleted by their keys, recomputed from its stored signature (db.Writer.save).
    # Search rows written before keep their full forms column, which the schema-3 query
    # (title, body and forms) still matches the same way.
    """
    DROP TABLE mentions;
    DROP TABLE dates;
    CREATE TABLE lsh_bands_v3 (
        band_key     INTEGER NOT NULL,
        article      INTEGER NOT NULL,     -- articles.rowid; deleted with it by db.Writer.save
        PRIMARY KEY (band_key, article)
    ) WITHOUT ROWID;
    INSERT INTO lsh_bands_v3 SELECT band_key, article FROM lsh_bands;
    DROP TABLE lsh_bands;
    ALTER TABLE lsh_bands_v3 RENAME TO lsh_bands;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


class StoreVersionError(RuntimeError):
    pass


def migrate(con: sqlite3.Connection, path: str = "store") -> int:
    """Apply the migrations this file lacks; returns the schema version it now has."""
    con.execute("CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, applied_at TEXT)")
    current = con.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise StoreVersionError(
            f"{path}: schema version {current} is newer than this marsad knows ({SCHEMA_VERSION})")
    for version in range(current + 1, SCHEMA_VERSION + 1):
        # executescript commits first, so the whole migration runs in one explicit transaction
        con.executescript(
            "BEGIN;\n" + MIGRATIONS[version - 1]
            + f"\nINSERT INTO migrations VALUES ({version}, "
              f"'{time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}');"
            + f"\nPRAGMA user_version = {version};\nCOMMIT;")
    return SCHEMA_VERSION
