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


def actor_key(entity: dict) -> str:
    """One actor per lexicon id, else per (folded name, affiliation, type)."""
    if entity.get("lexicon_id"):
        return f"lex:{entity['lexicon_id']}"
    return f"name:{fold_key(entity.get('name') or '')}|{entity.get('affiliation') or ''}|{entity.get('type') or ''}"


@dataclass
class Prepared:
    """An article as rows, ready to be written (built in a worker, picklable)."""

    id: str
    content_hash: str
    meta: tuple            # title, site, url, published, lang, author, text
    json: str
    entities: list[dict]
    quotes: list[dict]
    events: list[dict]
    dates: list[dict]
    search: tuple[str, str, str]
    signature: bytes | None


def prepare(article: Article, chash: str) -> Prepared:
    d = _as_dict(article)
    ftitle, fbody = fold(article.title or "").lower(), fold(article.text).lower()
    body_words = WORD.findall(fbody)      # folded and split once for search and stories
    return Prepared(
        id=article.id, content_hash=chash,
        meta=(article.title, article.site, article.url, article.published, article.lang,
              article.author, article.text),
        json=json.dumps(d, ensure_ascii=False, default=_jsonable),
        entities=d["entities"], quotes=d["quotes"], events=d["events"], dates=d["dates"],
        search=search.index_columns_folded(ftitle, fbody, WORD.findall(ftitle), body_words),
        signature=stories.signature_of_words(body_words),
    )


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
    """Writes prepared articles through one connection; resolves actors across articles."""

    def __init__(self, con: sqlite3.Connection):
        self.con = con
        self.actor_ids: dict[str, int] = {}
        self.seq = con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]

    def stored_hash(self, article_id: str) -> str | None:
        row = self.con.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def forget_cache(self) -> None:
        """After a rollback the cached actor ids may name rows that no longer exist."""
        self.actor_ids.clear()
        self.seq = self.con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]

    def actor(self, entity: dict) -> int:
        key = actor_key(entity)
        aid = self.actor_ids.get(key)
        if aid is None:
            if len(self.actor_ids) >= ACTOR_CACHE:
                self.actor_ids.clear()      # memory stays flat however many actors a long run meets
            self.con.execute(
                "INSERT OR IGNORE INTO actors (key, lexicon_id, name, folded_name, type, affiliation) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (key, entity.get("lexicon_id"), entity.get("name") or "", fold_key(entity.get("name") or ""),
                 entity.get("type"), entity.get("affiliation")))
            aid = self.con.execute("SELECT id FROM actors WHERE key = ?", (key,)).fetchone()[0]
            self.actor_ids[key] = aid
        return aid

    def save(self, p: Prepared) -> str:
        """Store one article inside the caller's transaction: 'added', 'replaced' or 'unchanged'."""
        con = self.con
        old = con.execute("SELECT rowid, content_hash, story_id FROM articles WHERE id = ?", (p.id,)).fetchone()
        if old and old[1] == p.content_hash:
            return "unchanged"
        if old:
            con.execute("DELETE FROM search WHERE rowid = ?", (old[0],))
            con.execute("DELETE FROM articles WHERE rowid = ?", (old[0],))
            if old[2] is not None:
                stories.refresh(con, old[2])
        self.seq += 1
        rowid = con.execute(
            "INSERT INTO articles (id, content_hash, seq, title, site, url, published, lang, author, text, json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (p.id, p.content_hash, self.seq, *p.meta, p.json)).lastrowid
        actors = {}
        for e in p.entities:
            actors[e["id"]] = self.actor(e)
        con.executemany(
            "INSERT OR REPLACE INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(rowid, e["id"], actors[e["id"]], e.get("type"), e.get("name"), e.get("affiliation"),
              e.get("role"), e.get("rule")) for e in p.entities])
        con.executemany(
            'INSERT INTO mentions VALUES (?, ?, ?, ?, ?)',
            [(rowid, e["id"], m["start"], m["end"], m.get("text")) for e in p.entities for m in e["mentions"]])
        con.executemany(
            "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(rowid, i, q.get("text"), q.get("start"), q.get("end"), int(bool(q.get("direct"))),
              q.get("speaker"), actors.get(q.get("speaker")), q.get("rule")) for i, q in enumerate(p.quotes)])
        con.executemany(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(rowid, i, ev["type"], ev.get("start"), ev.get("end"), ev.get("source"), ev.get("target"),
              actors.get(ev.get("source")), actors.get(ev.get("target")), int(bool(ev.get("negated"))),
              ev.get("modality"), ev.get("mode"), ev.get("cameo"), ev.get("trigger"), ev.get("date"),
              ev.get("location"), ev.get("rule")) for i, ev in enumerate(p.events)])
        con.executemany(
            "INSERT INTO dates VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(rowid, i, x.get("text"), x.get("start"), x.get("end"), x.get("value"), x.get("precision"),
              x.get("rule")) for i, x in enumerate(p.dates)])
        con.execute("INSERT INTO search (rowid, title, body, forms) VALUES (?, ?, ?, ?)", (rowid, *p.search))
        stories.add_article(con, rowid, p.signature, p.meta[3], stories.named_actors(con, rowid))
        return "replaced" if old else "added"


def counts(con: sqlite3.Connection) -> dict[str, int]:
    """How many rows each main table holds (for the ingest summary and tests)."""
    tables = ("articles", "actors", "entities", "mentions", "quotes", "events", "dates")
    out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
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
