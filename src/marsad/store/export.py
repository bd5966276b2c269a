"""Exports: what event-data users already load, streamed article by article from the store.

- ``jsonl``: the article objects of docs/OUTPUT.md, one a line, in ingest order.
- ``parquet``: the same objects against ``article_schema()`` below (nested lists of
  structs for entities with their mentions, quotes, events and dates), plus the story
  columns; written in row groups of 1,000 articles.
- ``csv``: one event a row with the ``EVENT_COLUMNS`` below and a header line.
- ``gdelt``: the same rows tab-separated without a header, as GDELT event files come.
- ``plover``: one PLOVER event record a line (JSON), see ``plover_record``.

Event rows (GDELT-style):

    event_id      "<article id>:<event index>"
    date          YYYYMMDD: the event's own date, else the article's
    actor1_code   the source's affiliation + sector, CAMEO style ("RUSGOV", "UKRMIL", "NATO")
    actor1_name   the source's canonical name
    actor2_code / actor2_name   the same for the target
    event_type    PLOVER type (ASSAULT, CONSULT ...)
    cameo_code    CAMEO code when the annotator gave one, else empty
    quad_class    1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
    goldstein     a Goldstein-like score in [-10, 10] per PLOVER type (GOLDSTEIN below)
    negated       1 when the text says it did not / will not happen
    place, place_country, lat, lon   the event's location entity, when one was resolved
    source_url    the article's URL; article_id, site
"""
from __future__ import annotations

import csv
import json
import sys
from contextlib import contextmanager
from typing import Iterator

# Conflict-cooperation score of each PLOVER type, from the Goldstein (1992) weights of the
# CAMEO root codes the type covers (mid-range where a type spans several).
GOLDSTEIN = {
    "AGREE": 4.0, "CONSULT": 1.0, "SUPPORT": 3.4, "CONCEDE": 5.0, "COOPERATE": 6.0, "AID": 7.0,
    "RETREAT": 6.0, "REQUEST": 3.0, "ACCUSE": -2.0, "REJECT": -4.0, "THREATEN": -6.0,
    "PROTEST": -6.5, "SANCTION": -5.0, "MOBILIZE": -7.2, "COERCE": -7.0, "ASSAULT": -9.0,
}
# CAMEO quad classes: 01-05 verbal cooperation, 06-08 material cooperation,
# 09-13 verbal conflict, 14-20 material conflict.
QUAD_CLASS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "REQUEST": 1,
    "COOPERATE": 2, "AID": 2, "CONCEDE": 2, "RETREAT": 2,
    "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "MOBILIZE": 4, "SANCTION": 4, "COERCE": 4, "ASSAULT": 4,
}
EVENT_COLUMNS = (
    "event_id", "date", "actor1_code", "actor1_name", "actor2_code", "actor2_name", "event_type",
    "cameo_code", "quad_class", "goldstein", "negated", "place", "place_country", "lat", "lon",
    "source_url", "article_id", "site",
)


def iter_articles(con) -> Iterator[dict]:
    """Stored article objects in ingest order, with their story columns."""
    for js, text, story, role in con.execute(
            "SELECT json, text, story_id, story_role FROM articles ORDER BY seq"):
        d = article_object(js, text)
        d["story"], d["story_role"] = story, role
        yield d


def article_object(stored_json: str, text: str) -> dict:
    """The article object of a row: its JSON with the text put back in its place, after the
    id (rows written before schema 2 still hold the text in their JSON)."""
    d = json.loads(stored_json)
    if "text" in d:
        return d
    return {"id": d.pop("id"), "text": text, **d}


def actor_code(entity: dict | None) -> str:
    if not entity:
        return ""
    aff = entity.get("affiliation") or ""
    sector = entity.get("sector") or ""
    return aff + sector if aff else sector


def event_rows(article: dict) -> Iterator[dict]:
    """The GDELT-style rows of one article's events."""
    ents = {e["id"]: e for e in article.get("entities", [])}
    day = (article.get("published") or "").replace("-", "")
    for i, ev in enumerate(article.get("events", [])):
        src, tgt, place = ents.get(ev.get("source")), ents.get(ev.get("target")), ents.get(ev.get("location"))
        geo = (place or {}).get("geo") or {}
        yield {
            "event_id": f"{article['id']}:{i}",
            "date": (ev.get("date") or "").replace("-", "") or day,
            "actor1_code": actor_code(src), "actor1_name": (src or {}).get("name", ""),
            "actor2_code": actor_code(tgt), "actor2_name": (tgt or {}).get("name", ""),
            "event_type": ev["type"], "cameo_code": ev.get("cameo") or "",
            "quad_class": QUAD_CLASS.get(ev["type"], ""), "goldstein": GOLDSTEIN.get(ev["type"], ""),
            "negated": int(bool(ev.get("negated"))),
            "place": (place or {}).get("name", ""),
            "place_country": (place or {}).get("country") or (place or {}).get("affiliation") or "",
            "lat": geo.get("lat", ""), "lon": geo.get("lon", ""),
            "source_url": article.get("url") or "", "article_id": article["id"],
            "site": article.get("site") or "",
        }


def plover_record(article: dict, row: dict, event: dict) -> dict:
    """A PLOVER event record: type, mode, actors, date, place, evidence, provenance."""
    text = article.get("text", "")
    return {
        "id": row["event_id"],
        "date": event.get("date") or article.get("published"),
        "event_type": event["type"],
        "mode": event.get("mode"),
        "context": [],
        "negated": bool(event.get("negated")),
        "modality": event.get("modality"),
        "source_actor": row["actor1_name"] or None, "source_code": row["actor1_code"] or None,
        "target_actor": row["actor2_name"] or None, "target_code": row["actor2_code"] or None,
        "cameo": event.get("cameo"),
        "quad_class": row["quad_class"] or None, "goldstein": row["goldstein"],
        "location": ({"name": row["place"], "country": row["place_country"] or None,
                      "lat": row["lat"] if row["lat"] != "" else None,
                      "lon": row["lon"] if row["lon"] != "" else None} if row["place"] else None),
        "text": text[event.get("start", 0):event.get("end", 0)],
        "trigger": event.get("trigger"),
        "rule": event.get("rule"),
        "article_id": article["id"], "url": article.get("url"), "site": article.get("site"),
    }


@contextmanager
def _output(path: str | None):
    if path is None:
        yield sys.stdout
    else:
        with open(path, "w", encoding="utf-8", newline="") as f:
            yield f


def export(con, fmt: str, path: str | None = None) -> int:
    """Write the store in ``fmt`` to ``path`` (stdout when None); returns records written."""
    if fmt == "parquet":
        return write_parquet(con, path)
    n = 0
    with _output(path) as out:
        if fmt == "jsonl":
            for a in iter_articles(con):
                out.write(json.dumps(a, ensure_ascii=False) + "\n")
                n += 1
            return n
        writer = None
        if fmt in ("csv", "gdelt"):
            writer = csv.DictWriter(out, EVENT_COLUMNS, delimiter="," if fmt == "csv" else "\t",
                                    lineterminator="\n")
            if fmt == "csv":
                writer.writeheader()
        for a in iter_articles(con):
            for row, ev in zip(event_rows(a), a.get("events", [])):
                if writer:
                    writer.writerow(row)
                else:
                    out.write(json.dumps(plover_record(a, row, ev), ensure_ascii=False) + "\n")
                n += 1
    return n


def article_schema():
    """The Parquet schema of exported articles (pyarrow)."""
    import pyarrow as pa

    s, i32 = pa.string(), pa.int32()
    mention = pa.struct([("start", i32), ("end", i32), ("text", s)])
    entity = pa.struct([("id", s), ("type", s), ("name", s), ("affiliation", s), ("lexicon_id", s),
                        ("role", s), ("sector", s), ("rule", s), ("mentions", pa.list_(mention))])
    quote = pa.struct([("text", s), ("start", i32), ("end", i32), ("direct", pa.bool_()),
                       ("speaker", s), ("rule", s)])
    event = pa.struct([("type", s), ("start", i32), ("end", i32), ("source", s), ("target", s),
                       ("negated", pa.bool_()), ("modality", s), ("mode", s), ("cameo", s),
                       ("trigger", s), ("date", s), ("location", s), ("rule", s)])
    date = pa.struct([("text", s), ("start", i32), ("end", i32), ("value", s), ("precision", s),
                      ("period", s), ("rule", s)])
    return pa.schema([
        ("id", s), ("title", s), ("site", s), ("url", s), ("published", s), ("lang", s),
        ("author", s), ("text", s), ("story", pa.int64()), ("story_role", s),
        ("entities", pa.list_(entity)), ("quotes", pa.list_(quote)), ("events", pa.list_(event)),
        ("dates", pa.list_(date)),
    ])


def _fit(value, typ):
    """``value`` reduced to the fields ``typ`` names (extra fields dropped, missing ones None)."""
    import pyarrow as pa

    if value is None:
        return None
    if pa.types.is_struct(typ):
        return {typ.field(k).name: _fit(value.get(typ.field(k).name), typ.field(k).type)
                for k in range(typ.num_fields)}
    if pa.types.is_list(typ):
        return [_fit(v, typ.value_type) for v in value]
    return value


def write_parquet(con, path: str, rows_per_group: int = 1000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = article_schema()
    n, batch = 0, []
    with pq.ParquetWriter(path, schema) as writer:
        for a in iter_articles(con):
            batch.append({f.name: _fit(a.get(f.name), f.type) for f in schema})
            if len(batch) >= rows_per_group:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                n, batch = n + len(batch), []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
    return n
