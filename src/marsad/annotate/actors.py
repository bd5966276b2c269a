"""Finding actors around a position: shared by the quote and event annotators.

Both need the same questions answered: which entity does this span name, who is the
subject right after this verb, who is the most recent actor that a pronoun such as
"وقال" or "وأضافت" can refer to. Offsets are original offsets of ``an.text``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from ..model import Entity

ACTOR_TYPES = ("PER", "ORG", "GROUP", "LOC", "ROLE")

# A clause ends at these characters: an actor beyond them is not the verb's subject.
_CLAUSE_END = set(".،,؛;:؟?!\n«»“”\"")


def mention_index(an) -> list[tuple[int, int, Entity]]:
    """Every mention of every entity as (start, end, entity), sorted by start."""
    return _indexed(an)[0]


def _indexed(an) -> tuple[list[tuple[int, int, Entity]], list[int]]:
    """The mention index and the start of each mention in it (for bisecting), built once
    per state of the entity list: the event annotator asks thousands of times per article."""
    cache = getattr(an, "_mention_index", None)
    if cache is not None and cache[0] is an.entities and cache[1] == len(an.entities):
        return cache[2], cache[3]
    idx = sorted(((m.start, m.end, e) for e in an.entities for m in e.mentions),
                 key=lambda t: (t[0], -t[1]))
    starts = [m[0] for m in idx]
    an._mention_index = (an.entities, len(an.entities), idx, starts)
    return idx, starts


def entity_at(an, start: int, end: int) -> Entity | None:
    """The entity with the longest mention overlapping ``[start, end)``."""
    best, best_len = None, -1
    for s, e, ent in mention_index(an):
        if s >= end:
            break
        if e > start and e - s > best_len:
            best, best_len = ent, e - s
    return best


def mentions_between(an, start: int, end: int, types=ACTOR_TYPES) -> list[tuple[int, int, Entity]]:
    idx, starts = _indexed(an)
    i = bisect_left(starts, start)
    out = []
    while i < len(idx) and idx[i][0] < end:
        if idx[i][1] <= end and idx[i][2].type in types:
            out.append(idx[i])
        i += 1
    return out


_CLAUSE_END_RE = re.compile("[" + re.escape("".join(sorted(_CLAUSE_END))) + "]")


def clause_end(text: str, pos: int, limit: int | None = None) -> int:
    """Index of the first clause-ending character at or after ``pos`` (or ``limit``)."""
    limit = len(text) if limit is None else min(limit, len(text))
    found = _CLAUSE_END_RE.search(text, pos, limit)     # one scan in C, not a loop per character
    return found.start() if found else max(pos, limit)


def actor_after(an, pos: int, limit: int = 80, types=ACTOR_TYPES) -> tuple[int, int, Entity] | None:
    """The first actor mention starting within the clause after ``pos``: in verb-subject
    order ("وقال وزير الخارجية الروسي سيرغي لافروف") the verb's subject. A mention must
    start within ``limit`` characters and before the clause ends."""
    end = clause_end(an.text, pos, pos + limit)
    found = mentions_between(an, pos, end + 200, types)
    for s, e, ent in found:
        if s < end:
            return s, e, ent
    return None


def last_actor_before(an, pos: int, gender: str | None = None, number: str | None = None,
                      types=("PER", "ORG", "GROUP", "ROLE"), exclude: set[str] | None = None) -> Entity | None:
    """The most recent actor mentioned before ``pos`` that agrees in gender and number:
    the referent of an implicit subject (وقال، وأضافت، لكنه أكد)."""
    idx, starts = _indexed(an)
    i = bisect_right(starts, pos) - 1
    while i >= 0:
        s, e, ent = idx[i]
        i -= 1
        if e > pos or ent.type not in types:
            continue
        if exclude and ent.id in exclude:
            continue
        if gender and ent.gender and ent.gender != gender:
            continue
        if number and ent.number and ent.number != number:
            continue
        return ent
    return None


def nisba_code(an, word: str) -> str | None:
    """The country code of a nisba adjective as written in the folded text (الإسرائيلية,
    أميركي, صوماليون → ISR, USA, SOM), or None: for actors the entity pass leaves unnamed,
    such as "وحدة إسرائيلية" or "ضربة جوية أميركية"."""
    from .entities import _lexicon
    lex = _lexicon(an)
    w = word.lower()
    for cand in (w, w[1:] if w[:1] in "وفبل" else None):
        if cand and (cand in lex.nisba or cand in lex.nisba_plural):
            return lex.nisba.get(cand) or lex.nisba_plural.get(cand)
        # the indefinite accusative and the duals of a masculine adjective (مصورا فرنسيا،
        # جنديان أمريكيان، جنديين إسبانيين is a plural form already): the casualty counts
        # of news. فرنسيا is also how some countries are spelt (بريطانيا): a country name
        # is an entity of its own, and the caller skips words an entity covers.
        for ending in _ADJECTIVE_ENDINGS:
            if cand and cand.endswith(ending) and len(cand) - len(ending) >= 3:
                base = cand[: -len(ending)]
                if base.endswith("ي") and base in lex.nisba:
                    return lex.nisba[base]
    return None


# Endings a masculine nisba takes beyond those the entity lexicon lists: accusative
# indefinite (ـيًا), dual nominative (ـيان), feminine duals (ـيتان، ـيتين).
_ADJECTIVE_ENDINGS = ("تان", "تين", "ان", "ا")



# Country names that take masculine verbs and pronouns (قال العراق، أكد لبنان، رحب الأردن،
# انتقد السودان، دعا اليمن، أعلن الكويت) where most take feminine ones (أعلنت روسيا، قالت
# مصر، أدانت فرنسا). Writers use feminine forms for these too, thinking of the state or
# its capital (أعلن السودان ... كما أقرت، أعلنت الكويت، سلطنة عمان), so they take either.
# Names as folded (no hamza, ة as ه).
_COUNTRIES_OF_MASCULINE_NAME = frozenset("""العراق الاردن لبنان السودان اليمن المغرب
الكويت البحرين عمان الفاتيكان""".split())


def takes_masculine_verbs(folded_name: str) -> bool:
    """Can a masculine verb or pronoun stand for the country of this folded name?"""
    return folded_name in _COUNTRIES_OF_MASCULINE_NAME
