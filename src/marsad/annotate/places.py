"""Places: where things are, and where and when each event happened.

- ``resolve_places(an)``: every LOC entity gets its country and, when places.tsv knows it
  (capitals, the cities and regions of Arabic news; built by scripts/build_places.py),
  ``geo = {"lat", "lon", "region", "kind", "geonameid"}``. A country itself gets its own
  code as country.
- ``assign_event_dates_and_places(an)``: an event takes the date written in its clause
  (else in its sentence, else the article's date) and, as location, a place its clause
  marks as where it happened ("في خاركيف", "بمدينة حلب"), else its target when that is
  a town or region ("قصفت الطائرات حلب").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from ..model import Entity
from ..text.fold import fold_key


@dataclass(frozen=True)
class Place:
    name: str
    code: str
    kind: str
    lat: float | None
    lon: float | None
    region: str
    geonameid: str | None
    ref: str

    @property
    def identity(self) -> tuple:
        """The same place under all its names: its geonameid, else its code and point."""
        return (self.geonameid,) if self.geonameid else (self.code, self.lat, self.lon)

    def geo(self) -> dict:
        g = {"lat": self.lat, "lon": self.lon, "region": self.region, "kind": self.kind}
        if self.geonameid:
            g["geonameid"] = int(self.geonameid)
        return g


def _float(cell: str) -> float | None:
    try:
        return float(cell)
    except ValueError:
        return None


def _build_index(lexicon) -> dict[str, Place]:
    """Folded name, and the name without ال, -> place; the first row of a name wins.

    Every name of a place maps to the place's first row, so that its preferred name is
    the one the article's entity ends up with (مكة → مكة المكرمة)."""
    index: dict[str, Place] = {}
    first: dict[tuple, Place] = {}
    for r in lexicon.rows("places"):
        p = Place(r["name"], r["code"], r["kind"], _float(r["lat"]), _float(r["lon"]), r["region"],
                  r["geonameid"] or None, r.ref)
        p = first.setdefault(p.identity, p)
        key = fold_key(r["name"])
        for k in (key, _without_article(key)):
            index.setdefault(k, p)
    return index


def _without_article(key: str) -> str:
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


def place_index(lexicon) -> dict[str, Place]:
    return lexicon.compiled("places.index", _build_index)


# Generic heads written before a place's name: "محافظة إدلب" is إدلب.
_HEADS = ("مدينه ", "محافظه ", "ولايه ", "بلده ", "قريه ", "منطقه ", "اقليم ", "مخيم ", "ميناء ", "العاصمه ")


def lookup(lexicon, name: str) -> Place | None:
    """The place of a name as written (any spelling folding joins, with or without ال)."""
    return _lookup_function(lexicon)(name)


def _lookup_function(lexicon) -> Callable[[str], Place | None]:
    """``lookup`` for one lexicon, remembering its answers: articles name the same few
    thousand places (capitals, the region's cities) again and again, and most LOC
    entities are tried under several spellings before one is found or none."""
    return lexicon.compiled("places.lookup", _remembering_lookup)


def _remembering_lookup(lexicon) -> Callable[[str], Place | None]:
    index = place_index(lexicon)
    return lru_cache(maxsize=1 << 14)(lambda name: _lookup_in(index, name))


def _lookup_in(index: dict[str, Place], name: str) -> Place | None:
    key = fold_key(name)
    bare = [key[len(h):] for h in _HEADS if key.startswith(h)]
    # "محافظة معان" is listed as "مدينة معان": try the name under every head
    keys = [key, *bare, *(h + b for b in bare for h in _HEADS)]
    for k in keys:
        hit = index.get(k) or index.get(_without_article(k)) or index.get("ال" + k)
        if hit:
            return hit
    return None


def resolve_places(an) -> None:
    """Fill country, affiliation and geo of the article's LOC entities, and join the
    entities that name one place in two spellings (خاركيف، خاركوف) into one.

    Runs right after the entity annotator, before anything refers to entity ids."""
    kept: list[Entity] = []
    seen: dict[tuple, Entity] = {}
    lookup_name = _lookup_function(an.lexicon)
    for e in an.entities:
        # a country is not one of its homographs (عُمان the country, عمّان the city)
        is_country = (e.lexicon_id or "").startswith("country:")
        place = _place_of(lookup_name, e) if e.type == "LOC" and not is_country else None
        if place is None:
            if e.type == "LOC" and e.affiliation and e.country is None:
                e.country = e.affiliation   # a country, or a place the gazetteer coded
            kept.append(e)
            continue
        same = seen.get(place.identity)
        if same is not None:
            same.mentions = sorted(same.mentions + e.mentions, key=lambda m: m.start)
            continue
        seen[place.identity] = e
        if _is_alias(an, e.name) and e.country in (None, place.code):
            e.name = place.name     # the preferred spelling: خاركوف → خاركيف
        e.country = e.country or place.code
        e.affiliation = e.affiliation or place.code
        e.geo = e.geo or place.geo()
        kept.append(e)
    an.entities = kept


def _place_of(lookup_name: Callable[[str], Place | None], e: Entity) -> Place | None:
    for name in [e.name, *(m.text for m in e.mentions)]:
        place = lookup_name(name)
        if place:
            return place
    return None


def _is_alias(an, name: str) -> bool:
    """Is ``name`` itself one of the names places.tsv lists (not a longer phrase around one)?"""
    index = place_index(an.lexicon)
    key = fold_key(name)
    return key in index or _without_article(key) in index


# ------------------------------------------------------------- events: when and where

_CLAUSE_BREAK = re.compile(r"[،,؛;:]")
# Words after which a place name is where something happened.
_LOCATIVE = re.compile(r"(?:^|\s)(?:في|فى|داخل|قرب|بالقرب من|شمال|جنوب|شرق|غرب|وسط|مدينه|مدينة|بلدة|بلده|"
                       r"قرية|قريه|منطقة|منطقه|محافظة|محافظه|ولاية|ولايه|إقليم|اقليم|مخيم)\s*$")


def _span_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    for s, e in spans:
        if s <= pos < e:
            return s, e
    return None


def _clause(text: str, sentence: tuple[int, int], pos: int) -> tuple[int, int]:
    """The part of the sentence between the punctuation marks around ``pos``."""
    s, e = sentence
    start, end = s, e
    for m in _CLAUSE_BREAK.finditer(text, s, e):
        if m.start() < pos:
            start = m.end()
        else:
            end = m.start()
            break
    return start, end


def _nearest(items, pos: int):
    return min(items, key=lambda it: abs(it[0] - pos)) if items else None


def assign_event_dates_and_places(an) -> None:
    """Set each event's date and location from its clause (in place)."""
    places = [e for e in an.entities if e.type == "LOC"]
    for ev in an.events:
        sentence = _span_of(an.sentences, ev.start) or (0, len(an.text))
        clause = _clause(an.text, sentence, ev.start)
        if ev.date is None:
            ev.date = _event_date(an, ev.start, clause, sentence)
        if ev.location is None:
            ev.location = _event_place(an, ev, places, clause)


def _event_date(an, pos: int, clause: tuple[int, int], sentence: tuple[int, int]) -> str | None:
    for lo, hi in (clause, sentence):
        inside = [(d.start, d.value) for d in an.dates if d.value and lo <= d.start and d.end <= hi]
        hit = _nearest(inside, pos)
        if hit:
            return hit[1]
    return an.published


def _event_place(an, ev, places: list[Entity], clause: tuple[int, int]) -> str | None:
    """A place the clause marks as where it happened ("في حلب", "بمدينة حلب", "قرب حلب"),
    else the event's target when that is a town or region (قصفت الطائرات حلب)."""
    lo, hi = clause
    located = []
    for e in places:
        for m in e.mentions:
            if lo <= m.start and m.end <= hi:
                before = an.text[max(lo, m.start - 14): m.start]
                # the clitic ب sits right before the name: "بحلب"
                if _LOCATIVE.search(before) or (m.start > 0 and an.text[m.start - 1] == "ب"):
                    located.append((m.start, e.id))
    hit = _nearest(located, ev.start)
    if hit:
        return hit[1]
    target = next((e for e in places if e.id == ev.target), None)
    if target and target.geo and target.geo.get("kind") in ("city", "capital", "region"):
        return target.id
    return None
