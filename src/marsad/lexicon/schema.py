"""What each lexicon table must hold, and the check behind ``marsad lexicon check``.

A table's schema maps each column to a validator. Validators take a cell and return an
error message or None. Every table in data/ must have a schema here, so a new table is
documented before it is used; data/README.md describes the tables for users.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable, Iterable

from . import Lexicon, read_table

Validator = Callable[[str], "str | None"]

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,7}$")


def required(cell: str) -> str | None:
    return None if cell else "empty cell"


def arabic(cell: str) -> str | None:
    if not cell:
        return "empty cell"
    return None if _ARABIC.search(cell) else f"{cell!r} has no Arabic letter"


def arabic_list(cell: str) -> str | None:
    for part in cell.split("|"):
        if part.strip() and not _ARABIC.search(part):
            return f"{part!r} has no Arabic letter"
    return None


def optional(v: Validator) -> Validator:
    return lambda cell: None if cell == "" else v(cell)


def one_of(*values: str) -> Validator:
    allowed = set(values)
    return lambda cell: None if cell in allowed else f"{cell!r} is not one of {', '.join(sorted(allowed))}"


def code(cell: str) -> str | None:
    """An actor code: ISO 3166-1 alpha-3 or an organisation code (NATO, UN, ARL ...)."""
    return None if _CODE.match(cell) else f"{cell!r} is not an actor code (upper-case letters, e.g. RUS, NATO)"


def year(cell: str) -> str | None:
    return None if re.fullmatch(r"(19|20)\d\d", cell) else f"{cell!r} is not a year"


def integer(cell: str) -> str | None:
    return None if re.fullmatch(r"-?\d+", cell) else f"{cell!r} is not a whole number"


def number(cell: str) -> str | None:
    try:
        float(cell)
        return None
    except ValueError:
        return f"{cell!r} is not a number"


ENTITY_TYPES = ("PER", "ORG", "LOC", "GROUP")
SECTORS = ("GOV", "MIL", "COP", "JUD", "LEG", "CVL", "REB", "OPP", "MED", "BUS", "EDU",
           "HLH", "REL", "IGO", "NGO", "UAF", "SPY", "REF", "LAB", "ELI", "PTY", "")
GENDERS = ("m", "f", "")
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")

# table name -> {column: validator}. Columns not listed here are allowed (notes, sources).
SCHEMAS: dict[str, dict[str, Validator]] = {
    "country_names": {"code": code, "name": arabic},
    "nisba": {"code": code, "adjective": arabic, "plurals": arabic_list},
    # code is empty for a region that belongs to no single country (الشرق الأوسط)
    "capitals": {"code": optional(code), "name": arabic, "type": one_of("LOC", "ORG"),
                 "kind": one_of("capital", "seat", "city", "region"), "sector": one_of(*SECTORS)},
    "organizations": {"code": code, "type": one_of(*ENTITY_TYPES), "name": arabic,
                      "aliases": arabic_list, "country": optional(code),
                      "sector": one_of(*SECTORS), "anaphors": arabic_list,
                      "cameo": one_of("IGO", "NGO", "IMG", "")},
    "people": {"id": required, "name": arabic, "aliases": arabic_list, "gender": one_of("m", "f"),
               "affiliation": code, "role": required, "from": year, "to": optional(year)},
    "titles": {"title": arabic, "role": required, "sector": one_of(*SECTORS),
               "gender": one_of(*GENDERS), "kind": one_of("head", "office", "generic", "honorific")},
    "groups": {"head": arabic, "sector": one_of(*SECTORS), "number": one_of("sg", "pl"),
               "gender": one_of(*GENDERS)},
    "org_heads": {"head": arabic, "kind": one_of("body", "outlet"), "sector": optional(one_of(*SECTORS)),
                  "one_word": one_of("y", "")},
    "place_heads": {"head": arabic, "definite": one_of("y", ""), "gender": one_of("m", "f")},
    "stopnames": {"word": arabic},
    "given_names": {"name": arabic, "gender": one_of("m", "f"), "origin": one_of("arabic", "foreign")},
    "common_given_names": {"name": arabic, "gender": one_of("m", "f")},
    "months": {"name": arabic, "month": one_of(*(str(i) for i in range(1, 13))),
               "calendar": one_of("gregorian", "hijri"), "ambiguous": one_of("y", "year", "")},
    "weekdays": {"name": arabic, "weekday": one_of(*(str(i) for i in range(1, 8))),
                 "ambiguous": one_of("y", "")},
    "relative_dates": {"phrase": arabic, "kind": one_of("anchor", "modifier", "daypart", "ago",
                                                       "number", "unit", "ordinal"),
                       "unit": one_of("day", "week", "month", "year", ""), "offset": optional(integer)},
    "places": {"name": arabic, "code": code, "kind": one_of("capital", "city", "region"),
               "lat": optional(number), "lon": optional(number), "region": required,
               "geonameid": optional(integer)},
    "speech_verbs": {"verb": arabic, "present": optional(arabic), "participle": optional(arabic),
                     "noun": arabic_list, "forms": arabic_list,
                     "kind": one_of("speech", "act", "impersonal", "editorial", "source", "relay")},
    # events: docs/lexicon-events.md
    "event_verbs": {"trigger": arabic, "kind": one_of("verb", "noun"), "type": one_of(*PLOVER_TYPES),
                    "forms": arabic_list, "target": lambda c: _event_targets(c),
                    "gen": one_of("source", "target", "none", ""), "with": arabic_list,
                    "not_with": arabic_list, "cameo": optional(integer)},
    "event_cues": {"cue": arabic, "effect": one_of("negation", "denial", "hypothetical", "future",
                                                   "intent", "light", "agent", "retype",
                                                   "anchor", "reference", "partitive", "blocked", "stage",
                                                   "act", "control", "game"),
                   "applies_to": arabic_list, "type": one_of(*PLOVER_TYPES, "")},
}

EVENT_TARGET_SLOTS = ("obj", "على", "ضد", "مع", "الى", "إلى", "ل", "ب", "من", "عن", "في", "امام", "أمام", "لدى", "لدي")


def _event_targets(cell: str) -> str | None:
    """event_verbs.target: ``obj`` and prepositions, separated by ``|``."""
    bad = [p for p in cell.split("|") if p.strip() and p.strip() not in EVENT_TARGET_SLOTS]
    return f"{bad[0]!r} is not obj or a preposition ({' '.join(EVENT_TARGET_SLOTS)})" if bad else None


# table name -> {column: validator} for columns a table may leave out (a user's table made
# before the column was added stays valid); checked where the header names them.
OPTIONAL_COLUMNS: dict[str, dict[str, Validator]] = {
    "event_verbs": {"needs": one_of("target", "stage", "negation", "blast", ""),
                    "after": arabic_list, "flags": lambda c: _event_flags(c)},
}

EVENT_FLAGS = ("active", "firing", "object_first")


def _event_flags(cell: str) -> str | None:
    """event_verbs.flags: properties of the verb (see docs/lexicon-events.md), ``|`` between."""
    bad = [f for f in cell.split("|") if f.strip() and f.strip() not in EVENT_FLAGS]
    return f"{bad[0]!r} is not one of {', '.join(EVENT_FLAGS)}" if bad else None


def check_tables(dirs: Iterable[str | Path] = ()) -> tuple[int, list[str]]:
    """(rows checked, errors as ``file:line: message``) over the package and ``dirs``."""
    lex = Lexicon(dirs)
    errors: list[str] = []
    checked = 0
    for d in lex.dirs:
        for path in sorted(d.glob("*.tsv")):
            name = path.stem
            columns, rows, errs = read_table(path, name)
            errors.extend(errs)
            schema = SCHEMAS.get(name)
            if schema is None:
                errors.append(f"{path}:1: unknown table {name!r} (known: {', '.join(sorted(SCHEMAS))})")
                continue
            missing = [c for c in schema if c not in columns]
            if missing:
                errors.append(f"{path}:1: missing column(s) {', '.join(missing)}")
                continue
            for row in rows:
                checked += 1
                key = row[columns[0]]
                if key.startswith("-") and d != lex.dirs[0]:
                    continue   # a user's removal line names only the key
                optional_columns = {c: v for c, v in OPTIONAL_COLUMNS.get(name, {}).items() if c in columns}
                for col, validate in {**schema, **optional_columns}.items():
                    msg = validate(row[col])
                    if msg:
                        errors.append(f"{path}:{row.line}: {col}: {msg}")
    return checked, errors
