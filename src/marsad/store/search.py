"""Full-text search over Arabic-folded text (SQLite FTS5), with snippets in the original.

FTS5's own tokenizer knows nothing of Arabic clitics, so each article is indexed in three
columns of the ``search`` table:

- ``title``, ``body``: the folded text (no diacritics, one alef, ى→ي, ة→ه, ASCII digits),
  for quoted phrase queries;
- ``forms``: the other readings of the article's words, each once: a word with its prefix
  clitics taken off (لروسيا → روسيا, وبالناتو → الناتو) and that form without the article
  (الرئيس → رئيس), leaving out those that are words of the article already. A query word
  is looked up in all three columns, so روسيا finds لروسيا and وروسيا, and رئيس finds
  والرئيس. (Until schema 3 ``forms`` held every reading of every word, the word itself
  included, in text order: three times the body's terms to index. Rows written then
  still match the same queries.)

Snippets are cut from the original text: the folded text maps each match back to the
characters the reader sees (``FoldedText.to_original``).
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from ..text.fold import FoldedText, fold, fold_key
from ..text.tokens import WORD, noun_stems, strip_article

HIGHLIGHT = ("[", "]")          # marks around a match in plain-text snippets
SNIPPET_CHARS = 160


@lru_cache(maxsize=200_000)
def word_forms(word: str) -> tuple[str, ...]:
    """The readings of one folded, lower-cased word that the index holds (cached: news
    vocabulary repeats, and this runs for every word ingested)."""
    forms: list[str] = []
    for _, stem in noun_stems(word):
        for form in (stem, strip_article(stem)):
            if form not in forms:
                forms.append(form)
    return tuple(forms)


class _OtherReadings(dict):
    """word -> its readings but itself, for indexing; a word met for the first time is
    worked out on lookup, so the words of an article are looked up in one C-level map."""

    def __missing__(self, word: str) -> tuple[str, ...]:
        if len(self) >= READINGS_CACHE:
            self.clear()      # memory stays flat over a long ingest
        other = self[word] = word_forms.__wrapped__(word)[1:]    # the first is the word
        return other


READINGS_CACHE = 200_000
_OTHER_READINGS = _OtherReadings()


def other_forms(words: list[str]) -> str:
    """The readings of ``words`` that are not among them, each once (sorted, so the same
    article gives the same row): with title and body, every reading of every word."""
    distinct = set(words)
    others = set().union(*map(_OTHER_READINGS.__getitem__, distinct))
    others -= distinct
    return " ".join(sorted(others))


def index_columns(title: str | None, text: str) -> tuple[str, str, str]:
    """(title, body, forms) as the search table stores them."""
    ftitle, fbody = fold(title or "").lower(), fold(text).lower()
    return index_columns_folded(ftitle, fbody, WORD.findall(ftitle), WORD.findall(fbody))


def index_columns_folded(ftitle: str, fbody: str, title_words: list[str],
                         body_words: list[str]) -> tuple[str, str, str]:
    """index_columns from text already folded and split (ingest folds each text once)."""
    return ftitle, fbody, other_forms(title_words + body_words)


@dataclass
class Query:
    """A parsed user query: loose words (any clitic form matches) and quoted phrases."""

    words: list[str] = field(default_factory=list)        # folded; may end with * (prefix)
    phrases: list[list[str]] = field(default_factory=list)

    @classmethod
    def parse(cls, text: str) -> "Query":
        q = cls()
        for phrase, word in re.findall(r'"([^"]*)"|(\S+)', text or ""):
            if phrase:
                toks = WORD.findall(fold(phrase).lower())
                if len(toks) == 1:
                    q.words.append(toks[0])
                elif toks:
                    q.phrases.append(toks)
            else:
                prefix = word.endswith("*")
                toks = WORD.findall(fold(word).lower())
                if toks and prefix:
                    toks[-1] += "*"
                q.words.extend(toks)
        return q

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases)

    def fts_match(self) -> str:
        """The FTS5 MATCH expression: every word and every phrase must occur."""
        parts = []
        for w in self.words:      # a word is in the text itself, or one of its words' readings
            parts.append(f'{{title body forms}} : "{w[:-1]}"*' if w.endswith("*")
                         else f'{{title body forms}} : "{w}"')
        for p in self.phrases:
            parts.append('{title body} : "' + " ".join(p) + '"')
        return " AND ".join(parts)

    def matches_word(self, word: str) -> bool:
        """Whether a folded word of the text is one the query asked for (for highlights)."""
        forms = word_forms(word)
        for w in self.words:
            if w.endswith("*"):
                if any(f.startswith(w[:-1]) for f in forms):
                    return True
            elif w in forms:
                return True
        return any(word in p for p in self.phrases)


@dataclass
class Hit:
    id: str
    title: str | None
    site: str | None
    url: str | None
    published: str | None
    score: float
    snippet: str
    matches: list[tuple[int, int]]     # original text offsets of the words highlighted in the snippet

    def to_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "site": self.site, "url": self.url,
                "published": self.published, "score": self.score, "snippet": self.snippet,
                "matches": [list(m) for m in self.matches]}


def snippet(text: str, query: Query, width: int = SNIPPET_CHARS,
            folded: str | None = None) -> tuple[str, list[tuple[int, int]]]:
    """A window of the original text around the first match, matches in HIGHLIGHT marks.

    Only the window is folded with an offset map (mapping a whole long article costs more
    than the search itself): folding drops characters and never adds any, so folded index
    ``f`` lies at original ``f`` .. ``f + dropped``, and the window covers that range.
    ``folded``: the text folded and lower-cased, when the caller has it (the index does)."""
    folded = fold(text).lower() if folded is None else folded
    first = next(_matching_words(folded, query), (0, 0))[0]
    dropped = len(text) - len(folded)
    lo = max(0, first - width // 3)
    hi = min(len(text), first + dropped + width)
    window = FoldedText.of(text[lo:hi])
    spans = [(lo + a, lo + b) for a, b in (window.to_original(fa, fb)
             for fa, fb in _matching_words(window.folded.lower(), query))]
    centre = next((a for a, _ in spans if a >= first), spans[0][0] if spans else 0)
    start = max(0, centre - width // 3)
    end = min(len(text), start + width)
    # widen to word boundaries so no word is cut in half
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    spans = [(a, b) for a, b in spans if a >= start and b <= end]
    out, pos = [], start
    for a, b in spans:
        out += [text[pos:a], HIGHLIGHT[0], text[a:b], HIGHLIGHT[1]]
        pos = b
    out.append(text[pos:end])
    piece = "".join(out).replace("\n", " ").strip()
    return ("… " if start > 0 else "") + piece + (" …" if end < len(text) else ""), spans


def _matching_words(folded: str, query: Query) -> Iterator[tuple[int, int]]:
    """Spans of the words of a folded text that the query asked for, in order.

    Every reading of a word is the word minus prefix clitics, so the query word without
    its article is a substring of any word it matches: a regex finds the candidates, and
    only those are checked word by word."""
    cores = {strip_article(w.rstrip("*")) for w in query.words} | {w for p in query.phrases for w in p}
    cores.discard("")
    if not cores:
        return
    pattern = re.compile("|".join(map(re.escape, sorted(cores, key=len, reverse=True))))
    last_end = -1
    for m in pattern.finditer(folded):
        start = m.start()
        if start < last_end:
            continue
        while start > 0 and WORD.match(folded, start - 1):
            start -= 1
        word = WORD.match(folded, start)
        if word and word.end() > last_end and query.matches_word(word.group().lower()):
            last_end = word.end()
            yield start, word.end()


def search(con: sqlite3.Connection, query: str, *, actor: str | None = None,
           event_type: str | None = None, since: str | None = None, until: str | None = None,
           source: str | None = None, limit: int = 20) -> list[Hit]:
    """Articles matching ``query`` and every filter given, best first."""
    q = Query.parse(query)
    where, params = [], []
    if q:
        # rowids and scores first; the long text column is read for the hits shown only
        sql = "SELECT search.rowid, bm25(search) FROM search"
        if since or until or source or actor or event_type:
            sql += " JOIN articles a ON a.rowid = search.rowid"
        where.append("search MATCH ?")
        params.append(q.fts_match())
        order = "bm25(search)"
    else:
        sql = "SELECT a.rowid, 0.0 FROM articles a"
        order = "a.published DESC, a.seq DESC"
    if since:
        where.append("a.published >= ?")
        params.append(since)
    if until:
        where.append("a.published <= ?")
        params.append(until)
    if source:
        where.append("(a.site = ? OR a.url LIKE ?)")
        params += [source, f"%{source}%"]
    actor_ids = find_actors(con, actor) if actor else None
    if actor is not None and not actor_ids:
        return []
    marks = ",".join("?" * len(actor_ids or []))
    if event_type and actor_ids:
        # "what did this actor do": an event of that type with the actor on either side
        where.append(f"EXISTS (SELECT 1 FROM events ev WHERE ev.article = a.rowid AND ev.type = ? "
                     f"AND (ev.source_actor IN ({marks}) OR ev.target_actor IN ({marks})))")
        params += [event_type.upper(), *actor_ids, *actor_ids]
    else:
        if event_type:
            where.append("EXISTS (SELECT 1 FROM events ev WHERE ev.article = a.rowid AND ev.type = ?)")
            params.append(event_type.upper())
        if actor_ids:
            where.append(f"EXISTS (SELECT 1 FROM entities e WHERE e.article = a.rowid "
                         f"AND e.actor IN ({marks}))")
            params += actor_ids
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order} LIMIT ?"
    params.append(int(limit))
    hits = []
    for rowid, score in con.execute(sql, params).fetchall():
        aid, title, site, url, published, text = con.execute(
            "SELECT id, title, site, url, published, text FROM articles WHERE rowid = ?", (rowid,)).fetchone()
        body = con.execute("SELECT body FROM search WHERE rowid = ?", (rowid,)).fetchone()
        snip, spans = snippet(text, q, folded=body[0] if body else None)
        hits.append(Hit(aid, title, site, url, published, round(-float(score), 4), snip, spans))
    return hits


def find_actors(con: sqlite3.Connection, name: str) -> list[int]:
    """Actor ids whose lexicon id or folded name is ``name``, else whose name contains it."""
    key = fold_key(name)
    # (an actor with a lexicon id is keyed "lex:<id>": both look-ups use an index)
    rows = con.execute("SELECT id FROM actors WHERE folded_name = ? UNION SELECT id FROM actors WHERE key = ?",
                       (key, f"lex:{name}")).fetchall()
    if not rows:
        rows = con.execute("SELECT id FROM actors WHERE folded_name LIKE ?", (f"%{key}%",)).fetchall()
    return [r[0] for r in rows]


def quotes_by(con: sqlite3.Connection, actor: str, *, since: str | None = None,
              until: str | None = None, source: str | None = None, limit: int = 20) -> list[dict]:
    """What an actor said: their quotes across articles, newest first."""
    ids = find_actors(con, actor)
    if not ids:
        return []
    where = [f"q.speaker_actor IN ({','.join('?' * len(ids))})"]
    params: list = list(ids)
    for clause, value in (("a.published >= ?", since), ("a.published <= ?", until)):
        if value:
            where.append(clause)
            params.append(value)
    if source:
        where.append("(a.site = ? OR a.url LIKE ?)")
        params += [source, f"%{source}%"]
    rows = con.execute(
        "SELECT a.id, a.published, a.site, a.url, ac.name, q.text, q.direct FROM quotes q "
        "JOIN articles a ON a.rowid = q.article JOIN actors ac ON ac.id = q.speaker_actor "
        f"WHERE {' AND '.join(where)} ORDER BY a.published DESC, a.seq DESC, q.idx LIMIT ?",
        [*params, int(limit)]).fetchall()
    return [{"article": aid, "published": pub, "site": site, "url": url, "speaker": name,
             "text": text, "direct": bool(direct)} for aid, pub, site, url, name, text, direct in rows]
