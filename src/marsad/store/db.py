"""Opening a store, and writing one analysed article into it.

Writing is split in two so the heavy part runs in worker processes: ``prepare`` turns an
Article into plain rows (JSON, search columns, MinHash signature), ``save`` puts those rows
into SQLite in the writer process, which alone owns the connection.

Re-ingest is a no-op because each article carries a ``content_hash`` of everything the
reader gave: the same id with the same hash is skipped; the same id with a new hash
(an edited article) replaces the old rows.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import asdict, dataclass, is_dataclass
from pathlib import Path

import orjson

from ..model import Article, Document
from ..text.fold import fold, fold_key
from ..text.tokens import WORD
from . import search, stories
from .schema import StoreVersionError, migrate

DEFAULT_DB = "marsad.db"
ACTOR_CACHE = 100_000


class StoreError(RuntimeError):
    """A store that cannot be opened; the message names the file."""


def open_store(path: str | Path, *, must_exist: bool = False) -> sqlite3.Connection:
    """A connection with WAL, foreign keys and the current schema."""
    path = str(path)
    if must_exist and not Path(path).is_file():
        raise StoreError(f"{path}: no such store (run `marsad ingest` first)")
    try:
        con = sqlite3.connect(path, isolation_level=None, timeout=30)
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA synchronous = NORMAL")     # WAL + NORMAL: durable at each checkpoint, fast
        con.execute("PRAGMA cache_size = -65536")      # up to 64 MB: search joins touch many article pages
        migrate(con, path)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a usable marsad store: {exc}") from None
    except StoreVersionError as exc:
        raise StoreError(str(exc)) from None
    return con


def content_hash(doc: Document) -> str:
    """A hash of everything a reader gave for one document."""
    fields = [doc.title, doc.site, doc.url, doc.published, doc.lang, doc.author, doc.captions, doc.text]
    return hashlib.sha1(json.dumps(fields, ensure_ascii=False).encode("utf-8", "surrogatepass")).hexdigest()


def actor_key(entity: dict, folded: str | None = None) -> str:
    """One actor per lexicon id, else per (folded name, affiliation, type); ``folded``: the
    name's fold_key when the caller has it."""
    if folded is None and not entity.get("lexicon_id"):
        folded = fold_key(entity.get("name") or "")
    return _actor_key(entity.get("lexicon_id"), folded, entity.get("affiliation"), entity.get("type"))


def _actor_key(lexicon_id: str | None, folded_name: str, affiliation: str | None, type_: str | None) -> str:
    if lexicon_id:
        return f"lex:{lexicon_id}"
    return f"name:{folded_name}|{affiliation or ''}|{type_ or ''}"


NAMED = ("PER", "ORG", "LOC")       # the entity types stories compare articles by


@dataclass
class Prepared:
    """An article as rows, ready to be written (built in a worker, picklable).

    Everything that costs CPU is done here, in the worker: the JSON, the search columns,
    the MinHash signature and its LSH band keys, each entity's actor key and folded name,
    and the rows of every table as plain tuples. The writer only resolves actor ids (one
    dict lookup per entity) and runs the INSERTs."""

    id: str
    content_hash: str
    meta: tuple            # title, site, url, published, lang, author, text
    json: str              # the article object without its text
    actors: list[tuple]    # (eid, key, lexicon_id, name, folded_name, type, affiliation)
    entities: list[tuple]  # (eid, type, name, affiliation, role, rule)
    quotes: list[tuple]    # (idx, text, start, end, direct, speaker eid, rule)
    events: list[tuple]    # (idx, type, start, end, source eid, target eid, negated, modality,
                           #  mode, cameo, trigger, date, location, rule)
    search: tuple[str, str, str]
    signature: bytes | None
    bands: list[int] | None = None   # stories.band_keys(signature)


def prepare(article: Article, chash: str, folded_body: str | None = None,
            body_tokens: list[str] | None = None) -> Prepared:
    """The rows of one analysed article. ``folded_body`` and ``body_tokens``: the analysis'
    folded text and its token words (pipeline.Analysis.f and .token_texts), when the caller
    has them: the body is then not folded and split a second time."""
    title = article.title or ""
    ftitle = fold(title).lower()
    if folded_body is None:
        folded_body = fold(article.text)
    fbody = folded_body.lower()
    # The tokenizer's words are WORD's matches in the folded text; lower-casing changes
    # nothing in most Arabic articles, and then they are the search and shingle words as is.
    body_words = body_tokens if body_tokens is not None and fbody == folded_body else WORD.findall(fbody)
    sig = stories.signature_of_words(body_words)
    actors, entities = [], []
    for e in article.entities:
        name = e.name or ""
        folded = fold_key(name)
        actors.append((e.id, _actor_key(e.lexicon_id, folded, e.affiliation, e.type), e.lexicon_id, name,
                       folded, e.type, e.affiliation))
        entities.append((e.id, e.type, e.name, e.affiliation, e.role, e.rule))
    return Prepared(
        id=article.id, content_hash=chash,
        meta=(article.title, article.site, article.url, article.published, article.lang,
              article.author, article.text),
        json=article_json(article),
        actors=actors,
        entities=entities,
        quotes=[(i, q.text, q.start, q.end, int(bool(q.direct)), q.speaker, q.rule)
                for i, q in enumerate(article.quotes)],
        events=[(i, ev.type, ev.start, ev.end, ev.source, ev.target, int(bool(ev.negated)), ev.modality,
                 ev.mode, ev.cameo, ev.trigger, ev.date, ev.location, ev.rule)
                for i, ev in enumerate(article.events)],
        search=search.index_columns_folded(ftitle, fbody, WORD.findall(ftitle), body_words),
        signature=sig,
        bands=stories.band_keys(sig) if sig is not None else None,
    )


def article_json(article: Article) -> str:
    """The stored article object: Article.to_dict() without its text, as compact JSON.

    The text is stored once, in its own column: the JSON leaves it out (schema 2) and
    export.article_object puts it back. orjson writes the dataclasses as they are (no dicts
    built first) about ten times as fast as json; the object is the same, key for key. What
    orjson refuses (a lone surrogate, an integer over 64 bits) goes the slow way."""
    fields = vars(article).copy()
    del fields["text"]
    try:
        return orjson.dumps(fields).decode()
    except TypeError:       # orjson.JSONEncodeError
        d = _as_dict(article)
        del d["text"]
        return json.dumps(d, ensure_ascii=False, default=_jsonable, check_circular=False,
                          separators=(",", ":"))      # compact: the spaces were 8% of the stored JSON


def _as_dict(article: Article) -> dict:
    """Article.to_dict() without dataclasses.asdict's deep copies, which cost more than the
    rest of preparing an article; nested dataclasses left over are handled by _jsonable."""
    d = dict(vars(article))
    d["entities"] = [{**vars(e), "mentions": [vars(m) for m in e.mentions]} for e in article.entities]
    for key in ("quotes", "events", "dates"):
        d[key] = [dict(vars(x)) for x in d[key]]
    return d


def _jsonable(obj):
    if is_dataclass(obj):
        return asdict(obj)
    raise TypeError(f"{type(obj).__name__} is not JSON serialisable")


class Writer:
    """Writes prepared articles through one connection; resolves actors across articles.

    An article row is written once, with its story already decided (``stories.place``):
    updating a row whose text and JSON fill several overflow pages rewrites all of them,
    which cost more than every other write of the article together."""

    def __init__(self, con: sqlite3.Connection, *, batch: bool = False):
        self.con = con
        self.actor_ids: dict[str, tuple[int, str]] = {}     # key -> (actor id, stored folded name)
        self.seq = con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]
        # batch: search rows wait for flush(), which the caller runs before each COMMIT
        self.pending_search: dict[int, tuple] | None = {} if batch else None

    def flush(self) -> None:
        """Index the articles saved since the last flush, all in one statement.

        FTS5 writes its pending terms out as a new index segment whenever another statement
        writes in the same transaction (its savepoint handler), so inserting each article's
        search row between the other tables' rows made one segment per article, merged
        again and again; rows inserted together make one segment per batch."""
        if self.pending_search:
            self.con.executemany("INSERT INTO search (rowid, title, body, forms) VALUES (?, ?, ?, ?)",
                                 [(rowid, *cols) for rowid, cols in self.pending_search.items()])
            self.pending_search.clear()

    def pend_search_in_memory(self, limit: int) -> None:
        """Let FTS5 hold up to ``limit`` bytes of pending terms before it writes an index
        segment (its 'hashsize' option, kept in the table's config; see ingest.FTS_PENDING_BYTES).
        Written only when it differs, so re-ingesting into a store writes nothing more."""
        row = self.con.execute("SELECT v FROM search_config WHERE k = 'hashsize'").fetchone()
        if row is None or row[0] != limit:
            self.con.execute("INSERT INTO search (search, rank) VALUES ('hashsize', ?)", (limit,))

    def stored_hash(self, article_id: str) -> str | None:
        row = self.con.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def forget_cache(self) -> None:
        """After a rollback the cached actor ids may name rows that no longer exist."""
        self.actor_ids.clear()
        if self.pending_search:
            self.pending_search.clear()
        self.seq = self.con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]

    def _actor(self, a: tuple) -> tuple[int, str]:
        """(actor id, stored folded name) of a Prepared.actors entry, the row made if new."""
        hit = self.actor_ids.get(a[1])
        if hit is None:
            if len(self.actor_ids) >= ACTOR_CACHE:
                self.actor_ids.clear()      # memory stays flat however many actors a long run meets
            # Most actors missing from the cache are new to the store: insert first, and look
            # the row up only when the key was there already (one statement instead of two).
            hit = self.con.execute(
                "INSERT OR IGNORE INTO actors (key, lexicon_id, name, folded_name, type, affiliation) "
                "VALUES (?, ?, ?, ?, ?, ?) RETURNING id, folded_name", a[1:]).fetchone()
            if hit is None:
                hit = self.con.execute("SELECT id, folded_name FROM actors WHERE key = ?", (a[1],)).fetchone()
            self.actor_ids[a[1]] = hit
        return hit

    def save(self, p: Prepared) -> str:
        """Store one article inside the caller's transaction: 'added', 'replaced' or 'unchanged'."""
        con = self.con
        old = con.execute("SELECT rowid, content_hash, story_id FROM articles WHERE id = ?", (p.id,)).fetchone()
        if old and old[1] == p.content_hash:
            return "unchanged"
        if old:
            if not (self.pending_search and self.pending_search.pop(old[0], None)):
                con.execute("DELETE FROM search WHERE rowid = ?", (old[0],))
            stories.forget(con, old[0])
            delete_article_rows(con, old[0])
            if old[2] is not None:
                stories.refresh(con, old[2])
        self.seq += 1
        actors: dict[str, int] = {}
        named: dict[str, str | None] = {}       # eid -> folded actor name, for the entity types stories compare
        types = {e[0]: e[1] for e in p.entities}
        for a in p.actors:
            aid, folded = self._actor(a)
            actors[a[0]] = aid
            named[a[0]] = folded if types.get(a[0]) in NAMED else None
        bands = p.bands if p.bands is not None or p.signature is None else stories.band_keys(p.signature)
        place = stories.place(con, p.signature, bands, p.meta[3], {n for n in named.values() if n is not None},
                              self.seq)
        rowid = con.execute(
            "INSERT INTO articles (id, content_hash, seq, title, site, url, published, lang, author, text, "
            "story_id, story_role, story_similarity, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (p.id, p.content_hash, self.seq, *p.meta, place.story, place.role, place.similarity,
             p.json)).lastrowid
        con.executemany("INSERT OR REPLACE INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [(rowid, e[0], actors[e[0]], *e[1:]) for e in p.entities])
        con.executemany("INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [(rowid, *q[:6], actors.get(q[5]), q[6]) for q in p.quotes])
        con.executemany("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        [(rowid, *ev[:6], actors.get(ev[4]), actors.get(ev[5]), *ev[6:]) for ev in p.events])
        if self.pending_search is None:
            con.execute("INSERT INTO search (rowid, title, body, forms) VALUES (?, ?, ?, ?)", (rowid, *p.search))
        else:
            self.pending_search[rowid] = p.search
        stories.placed(con, rowid, place, p.signature, bands)
        return "replaced" if old else "added"


# What the schema's foreign keys do when an article row is deleted (ON DELETE CASCADE, and
# SET NULL for a story's origin), done by hand: ingest writes with foreign keys off, which
# spares two to three B-tree look-ups for every entity, quote and event row it inserts.
_ARTICLE_CHILDREN = ("entities", "quotes", "events", "minhashes")


def delete_article_rows(con: sqlite3.Connection, rowid: int) -> None:
    """Delete an article's row and every row that refers to it, whether foreign keys are on
    or off (its search row and LSH bands, which no foreign key covers, are the caller's)."""
    for table in _ARTICLE_CHILDREN:
        con.execute(f"DELETE FROM {table} WHERE article = ?", (rowid,))
    con.execute("UPDATE stories SET origin = NULL WHERE origin = ?", (rowid,))
    con.execute("DELETE FROM articles WHERE rowid = ?", (rowid,))


def counts(con: sqlite3.Connection) -> dict[str, int]:
    """How many rows each main table holds (for the ingest summary and tests)."""
    out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
           for t in ("articles", "actors", "entities", "quotes", "events")}
    # mentions and dates live in the article objects only (schema 3)
    out["mentions"] = con.execute(
        "SELECT count(*) FROM articles, json_each(articles.json, '$.entities') AS e, "
        "json_each(e.value, '$.mentions')").fetchone()[0]
    out["dates"] = con.execute("SELECT coalesce(sum(json_array_length(json, '$.dates')), 0) "
                               "FROM articles").fetchone()[0]
    out["stories"] = con.execute("SELECT count(*) FROM stories WHERE size >= 2").fetchone()[0]
    return out


def overview(con: sqlite3.Connection, top: int = 10) -> dict:
    """What a store holds, for people: most-reported actors, events by type, largest stories."""
    actors = con.execute(
        "SELECT ac.name, ac.type, ac.affiliation, count(DISTINCT e.article) AS n FROM entities e "
        "JOIN actors ac ON ac.id = e.actor WHERE ac.type IN ('PER', 'ORG', 'LOC') "
        "GROUP BY ac.id ORDER BY n DESC, ac.name LIMIT ?", (top,)).fetchall()
    events = con.execute("SELECT type, count(*) FROM events WHERE NOT negated GROUP BY type "
                         "ORDER BY count(*) DESC").fetchall()
    speakers = con.execute(
        "SELECT ac.name, count(*) AS n FROM quotes q JOIN actors ac ON ac.id = q.speaker_actor "
        "GROUP BY ac.id ORDER BY n DESC, ac.name LIMIT ?", (top,)).fetchall()
    return {"actors": actors, "events": events, "speakers": speakers}
