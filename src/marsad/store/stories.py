"""Stories: articles that carry the same report, grouped by MinHash LSH over word shingles.

Each article's body is folded, cut into word pairs (2-word shingles: a reworded copy keeps
far more pairs than triples) and summarised by a datasketch MinHash of NUM_PERM values.
The signature is cut into BANDS bands of ROWS values; two articles that agree on a whole
band become candidates (with 42 bands of 3, pairs with shingle Jaccard 0.3 are found with
probability ~0.7, 0.4 ~0.94, 0.5 ~0.99). A candidate joins the story when its estimated
Jaccard is at least STORY_MIN.

The bands live in SQLite (``lsh_bands``), not in memory, so grouping is incremental and
memory stays flat: an article ingested next week joins a story formed today.

Within a story the earliest report (published date, then ingest order) is the origin;
every other member is a ``verbatim`` copy when its closest earlier member shares at least
VERBATIM_MIN of shingles, else a ``rewrite`` (a reworded copy of the same report).
"""
from __future__ import annotations

import hashlib
import sqlite3
import zlib
from dataclasses import dataclass
from datetime import date

import numpy as np

from ..text.fold import fold
from ..text.tokens import WORD

NUM_PERM = 128
BANDS, ROWS = 42, 3            # 126 of the 128 values are banded
SEED = 1
SHINGLE = 2
MIN_SHINGLES = 8               # shorter bodies (a caption, a line of links) match too easily
STORY_MIN = 0.3
VERBATIM_MIN = 0.85
STORY_DAYS = 3
SWAPPED_ACTORS = 2


_PERMUTATIONS = None


def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """The (a, b) of datasketch's MinHash(num_perm=NUM_PERM, seed=SEED) (scheme affine32),
    drawn the way datasketch 2.0 draws them; a test checks they agree. Drawn here because
    importing datasketch imports scipy (a second in every worker)."""
    global _PERMUTATIONS
    if _PERMUTATIONS is None:
        gen = np.random.RandomState(SEED)
        a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
        b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
        _PERMUTATIONS = (a, b)
    return _PERMUTATIONS


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which datasketch applies to each hash first."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def shingles(words: list[str]) -> set[str]:
    """Word pairs of a folded, lower-cased, tokenised text."""
    return {" ".join(words[i:i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1))}


def signature(text: str) -> bytes | None:
    """The MinHash signature of a body as bytes, or None when it is too short to compare."""
    return signature_of_words(WORD.findall(fold(text).lower()))


def signature_of_words(words: list[str]) -> bytes | None:
    """datasketch's MinHash of the shingles (crc32 of each, UTF-8) as 64-bit little-endian
    values, computed at once with numpy: the same values as MinHash.update_batch, in a third
    of the time (no MinHash object, each word encoded once)."""
    encoded = list(map(str.encode, words))         # UTF-8
    sh = set(map(b" ".join, zip(*(encoded[i:] for i in range(SHINGLE)))))
    if len(sh) < MIN_SHINGLES:
        return None
    hv = _fmix32(np.fromiter(map(zlib.crc32, sh), dtype=np.uint32, count=len(sh)))
    a, b = _permutations()
    return (hv[:, None] * a + b).min(axis=0).astype("<u8").tobytes()


def _values(sig: bytes) -> np.ndarray:
    return np.frombuffer(sig, dtype="<u8")


_BAND_PREFIXES = [bytes([b]) for b in range(BANDS)]


def band_keys(sig: bytes) -> list[int]:
    """One signed 64-bit key per band (band number included, so bands never collide)."""
    step = ROWS * 8
    blake = hashlib.blake2b
    digests = b"".join([blake(_BAND_PREFIXES[b] + sig[b * step:(b + 1) * step], digest_size=8).digest()
                        for b in range(BANDS)])
    return np.frombuffer(digests, dtype="<i8").tolist()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    return float(np.mean(_values(a) == _values(b)))


def _days_apart(a: str | None, b: str | None) -> int:
    """Days between two YYYY-MM-DD dates; 0 when either is unknown or malformed."""
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) if a and b else 0
    except ValueError:
        return 0


def same_actors(a: set[str], b: set[str]) -> bool:
    """Whether two articles can report one event, judged by the actors they name.

    Formulaic pieces (a greeting to one head of state after another, a daily market or
    weather report) share most of their wording but swap whom they are about: each names
    actors the other does not. A copy names the same actors, and a rewrite may drop some
    or add one; so two articles are kept apart when each names SWAPPED_ACTORS or more
    PER/ORG/LOC actors missing from the other. Names are folded; a name counts as present
    when the other article has it in a longer or shorter form (لافروف, سيرغي لافروف)."""
    return len(_missing(a, b)) < SWAPPED_ACTORS or len(_missing(b, a)) < SWAPPED_ACTORS


def _missing(names: set[str], others: set[str]) -> list[str]:
    other_words = [set(o.split()) for o in others]
    out = []
    for name in names - others:
        words = set(name.split())
        if not any(words <= ow or ow <= words for ow in other_words):
            out.append(name)
    return out


def named_actors(con: sqlite3.Connection, article: int) -> set[str]:
    """Folded names of the people, organisations and places an article names."""
    return {r[0] for r in con.execute(
        "SELECT ac.folded_name FROM entities e JOIN actors ac ON ac.id = e.actor "
        "WHERE e.article = ? AND e.type IN ('PER', 'ORG', 'LOC')", (article,))}


@dataclass
class Placement:
    """Where an article about to be stored goes (``place``), finished by ``placed``."""

    story: int                  # its story: a new one, or the one it joins (others merged into it)
    role: str | None            # its role when known before it is stored, else None (refresh sets it)
    similarity: float | None
    new: bool = False           # a story of its own: its origin is set once the article has a rowid
    refresh: bool = False       # the story's roles must be recomputed once the article is stored
    size: int = 1


def place(con: sqlite3.Connection, sig: bytes | None, keys: list[int] | None, published: str | None,
          actors: set[str], seq: int) -> Placement:
    """Decide the story of an article before its row is written, so the row is written once.

    A candidate counts when its wording is close enough (STORY_MIN), it names the same
    actors (``same_actors``; ``actors``: the folded names of the PER/ORG/LOC actors the
    article names) and it was published within STORY_DAYS: reports of one event come out
    together, while formulaic pieces (greetings, weather) reuse wording for weeks.
    ``seq``: the article's ingest order, greater than any stored one."""
    story_ids: set[int] = set()
    if sig is not None:
        keys = keys if keys is not None else band_keys(sig)
        # Most articles share no band with a stored one (13 in 500 on the corpus do): look the
        # bands up alone, and join signatures and dates for the few candidates only (the
        # join's subquery and temporary tables cost more than the look-up).
        found = {r[0] for r in con.execute(
            f"SELECT article FROM lsh_bands WHERE band_key IN ({','.join('?' * len(keys))})", keys)}
        candidates = con.execute(
            f"SELECT m.article, m.signature, a.story_id, a.published FROM minhashes m "
            f"JOIN articles a ON a.rowid = m.article WHERE m.article IN ({','.join('?' * len(found))})",
            list(found)).fetchall() if found else []
        story_ids = {sid for other_id, other, sid, when in candidates
                     if sid is not None and _days_apart(published, when) <= STORY_DAYS
                     and similarity(sig, other) >= STORY_MIN
                     and same_actors(actors, named_actors(con, other_id))}
    if not story_ids:
        story = con.execute("INSERT INTO stories (origin, size) VALUES (NULL, 1)").lastrowid
        return Placement(story, "origin", None, new=True)
    story = min(story_ids)
    others = sorted(story_ids - {story})
    if others:
        # rare: the article bridges stories, which merge; every role is recomputed afterwards
        marks = ",".join("?" * len(others))
        con.execute(f"UPDATE articles SET story_id = ? WHERE story_id IN ({marks})", [story, *others])
        con.execute(f"DELETE FROM stories WHERE id IN ({marks})", others)
        return Placement(story, None, None, refresh=True)
    members = con.execute(
        "SELECT a.published, m.signature FROM articles a LEFT JOIN minhashes m ON m.article = a.rowid "
        "WHERE a.story_id = ?", (story,)).fetchall()
    mine = (published is None, published or "")
    if not members or any((when is None, when or "") > mine for when, _ in members):
        # it sorts before a member (an earlier report that arrived late): the origin may change
        return Placement(story, None, None, refresh=True)
    # the usual case: a copy of an earlier report sorts last; the others keep their roles
    earlier = [_values(sg) for _, sg in members if sg is not None]
    best = 0.0
    if sig is not None and earlier:
        best = float((np.vstack(earlier) == _values(sig)).mean(axis=1).max())
    return Placement(story, "verbatim" if best >= VERBATIM_MIN else "rewrite", round(best, 3),
                     size=len(members) + 1)


def placed(con: sqlite3.Connection, rowid: int, place: Placement, sig: bytes | None,
           keys: list[int] | None) -> None:
    """After the article's row (``rowid``) is written: its signature and bands, its story's
    origin, size and roles."""
    if sig is not None:
        con.execute("INSERT INTO minhashes VALUES (?, ?)", (rowid, sig))
        con.executemany("INSERT OR IGNORE INTO lsh_bands VALUES (?, ?)",
                        [(k, rowid) for k in (keys if keys is not None else band_keys(sig))])
    if place.new:
        con.execute("UPDATE stories SET origin = ? WHERE id = ?", (rowid, place.story))
    elif place.refresh:
        refresh(con, place.story)
    else:
        con.execute("UPDATE stories SET size = ? WHERE id = ?", (place.size, place.story))


def forget(con: sqlite3.Connection, rowid: int) -> None:
    """Before an article's row is deleted: its LSH bands, found by their keys (the band table
    has no index by article, which would cost every insert more than the rare delete saves);
    its signature goes with the row."""
    row = con.execute("SELECT signature FROM minhashes WHERE article = ?", (rowid,)).fetchone()
    if row is not None:
        con.executemany("DELETE FROM lsh_bands WHERE band_key = ? AND article = ?",
                        [(k, rowid) for k in band_keys(row[0])])


def refresh(con: sqlite3.Connection, story: int) -> None:
    """Recompute a story's origin, size and members' roles after it changed; only the rows
    whose role or similarity changes are written."""
    members = con.execute(
        "SELECT a.rowid, m.signature, a.story_role, a.story_similarity FROM articles a "
        "LEFT JOIN minhashes m ON m.article = a.rowid "
        "WHERE a.story_id = ? ORDER BY a.published IS NULL, a.published, a.seq", (story,)).fetchall()
    if not members:
        con.execute("DELETE FROM stories WHERE id = ?", (story,))
        return
    sigs = [_values(sg) if sg is not None else None for _, sg, _, _ in members]
    wanted = [("origin", None)]
    for i in range(1, len(members)):
        earlier = [sg for sg in sigs[:i] if sg is not None]
        best = 0.0
        if sigs[i] is not None and earlier:
            best = float((np.vstack(earlier) == sigs[i]).mean(axis=1).max())
        wanted.append(("verbatim" if best >= VERBATIM_MIN else "rewrite", round(best, 3)))
    con.executemany("UPDATE articles SET story_role = ?, story_similarity = ? WHERE rowid = ?",
                    [(role, sim, m[0]) for (role, sim), m in zip(wanted, members) if (role, sim) != m[2:]])
    con.execute("UPDATE stories SET origin = ?, size = ? WHERE id = ?", (members[0][0], len(members), story))


def list_stories(con: sqlite3.Connection, min_size: int = 2, limit: int | None = None) -> list[dict]:
    """Stories of at least ``min_size`` articles, largest first, each with its members."""
    sql = "SELECT id, size FROM stories WHERE size >= ? ORDER BY size DESC, id"
    params: list = [min_size]
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    out = []
    for sid, size in con.execute(sql, params).fetchall():
        members = [
            {"id": aid, "title": title, "site": site, "url": url, "published": pub,
             "role": role, "similarity": sim}
            for aid, title, site, url, pub, role, sim in con.execute(
                "SELECT id, title, site, url, published, story_role, story_similarity FROM articles "
                "WHERE story_id = ? ORDER BY published IS NULL, published, seq", (sid,))]
        out.append({"story": sid, "size": size, "origin": members[0]["id"] if members else None,
                    "articles": members})
    return out
