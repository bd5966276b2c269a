"""The objects that flow through Marsad: a Document goes in, an Article comes out.

Every span is a pair of Python string indices (code points, end exclusive) into
``Article.text``; ``to_dict()`` gives the article object of docs/OUTPUT.md, with the
project's extra fields (rules, roles, modes ...) beside the required ones.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, asdict
from typing import Any


@dataclass
class Document:
    """What a reader hands to the analyzer: clean text plus what is known about it."""

    text: str
    title: str | None = None
    site: str | None = None
    url: str | None = None
    published: str | None = None          # "YYYY-MM-DD" when known
    id: str | None = None
    lang: str | None = None               # detected or declared; None when unknown
    author: str | None = None
    captions: list[str] = field(default_factory=list)   # image captions kept apart from the body
    origin: str | None = None             # where it came from (file, file:line, warc record) for errors

    def stable_id(self) -> str:
        """The input's own id, else a content hash: the same input always gives the same id."""
        if self.id:
            return str(self.id)
        h = hashlib.sha1()
        for part in (self.title or "", "\x1f", self.text):
            h.update(part.encode("utf-8", "surrogatepass"))
        return h.hexdigest()[:16]


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Entity:
    id: str
    type: str                              # PER ORG LOC GROUP
    name: str                              # canonical Arabic name
    affiliation: str | None = None         # ISO alpha-3 or organisation code
    mentions: list[Mention] = field(default_factory=list)
    rule: str = ""                         # lexicon entry ("people:123") or pattern ("title+name")
    lexicon_id: str | None = None          # stable id of the lexicon entry, when there is one
    role: str | None = None                # office or title: "president", "foreign_minister" ...
    title: str | None = None               # the title as written: "وزير الخارجية"
    sector: str | None = None              # GOV MIL COP CVL REB OPP MED ...
    gender: str | None = None              # "m" / "f" / None, for pronoun agreement
    number: str = "sg"                     # "sg" / "pl" (collective actors are plural)
    country: str | None = None             # for places: the country they lie in
    geo: dict[str, Any] | None = None      # {"lat":..,"lon":..,"region":..} for resolved places
    code: str | None = None                # CAMEO actor type of an actor of no one country or acting
                                           # across borders: IGO (NATO, UN), NGO, IMG (al-Qaeda)

    @property
    def first_start(self) -> int:
        return min(m.start for m in self.mentions) if self.mentions else 10**9


@dataclass
class Quote:
    text: str
    start: int
    end: int
    direct: bool
    speaker: str | None = None             # entity id
    cue: str | None = None                 # the speech verb or mark that introduced it
    cue_start: int | None = None
    cue_end: int | None = None
    rule: str = ""


@dataclass
class Event:
    type: str                              # PLOVER event type
    start: int
    end: int
    source: str | None = None              # entity id
    target: str | None = None              # entity id
    negated: bool = False
    modality: str | None = None            # None (asserted), "hypothetical", "future", "intent"
    mode: str | None = None                # PLOVER mode (aerial, demo, visit, phone ...)
    cameo: str | None = None
    trigger: str | None = None             # the words that triggered it
    date: str | None = None                # YYYY-MM-DD
    location: str | None = None            # entity id of the place
    quote: int | None = None               # index of the quote it was said in, if any
    rule: str = ""


@dataclass
class DateExpr:
    text: str
    start: int
    end: int
    value: str | None                      # YYYY-MM-DD: the calendar day it names, else None
    precision: str = "day"                 # day, week, month or year
    rule: str = ""
    period: str | None = None              # a coarser date's period: YYYY, YYYY-MM or YYYY-Www


@dataclass
class Article:
    id: str
    text: str
    title: str | None = None
    site: str | None = None
    url: str | None = None
    published: str | None = None
    lang: str = "ar"
    author: str | None = None
    captions: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Article":
        ents = [Entity(**{**e, "mentions": [Mention(**m) for m in e.get("mentions", [])]})
                for e in d.get("entities", [])]
        return cls(
            id=d["id"], text=d["text"], title=d.get("title"), site=d.get("site"),
            url=d.get("url"), published=d.get("published"), lang=d.get("lang", "ar"),
            author=d.get("author"), captions=list(d.get("captions", [])),
            entities=ents,
            quotes=[Quote(**q) for q in d.get("quotes", [])],
            events=[Event(**e) for e in d.get("events", [])],
            dates=[DateExpr(**x) for x in d.get("dates", [])],
        )
