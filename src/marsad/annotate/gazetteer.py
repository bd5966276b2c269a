"""The actor gazetteer: every named actor the lexicon knows, indexed by the word it starts with.

Sources, in order of precedence when two share a spelling:
people (office-holders) > organisations > seats of power and capitals > places >
countries. Country names come from CLDR through babel (Arabic territory names) mapped to
ISO alpha-3 with pycountry; the project's tables add the spellings CLDR lacks.

Keys are folded (fold_key) forms; a match must start at a word start or after a clitic
chain (و ف ب ل ك ...), and end at a word end. ``ال`` names also match after ل as "لل"
(للناتو = ل + الناتو).

Since a match starts at a word start or right after a clitic chain, it starts inside a
token that reads clitic chain + the name's first word (وموسكو، للناتو). Those token forms
are listed when the gazetteer is built, so an article is searched from its few tokens of
that form instead of character by character; a name of several words is only tried when
the next token is its second word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from ..text.fold import fold_key
from ..text.tokens import WORD

# Clitic chains allowed between a word's start and a gazetteer match (with ك "like" only
# before a name with the article or of five letters or more: كالعراق، كأوغندا; short
# words in ك are more often words or names of their own: كلاوس، كسرت، كنيس).
CLITIC_CHAINS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول", "فل", "وك", "فك"})
# Before the "لل" spelling of an ال-name only a conjunction may stand.
LL_CHAINS = frozenset({"", "و", "ف"})

_PARENS = re.compile(r"\s*\(.*?\)\s*")

# Generic heads that name what kind of body follows (حركة حماس، وكالة رويترز).
_DESCRIPTORS = {"حركه", "وكاله", "قناه", "تنظيم", "جماعه", "صحيفه", "شركه", "منظمه", "هيئه",
                "مؤسسه", "موسسه", "مجموعه", "ميليشيا", "ميليشيات", "مليشيا", "نادي", "فريق", "مجله"}

# Actor codes of blocs that the country-name table lists (الغرب).
_BLOCS = {"WST"}

# CLDR's territory codes that are organisations rather than places.
_CLDR_ORGS = {"EU": ("EU", "ORG"), "UN": ("UN", "ORG")}
# CLDR region codes too vague to be an actor or place worth listing (the world).
_CLDR_SKIP = {"001", "EZ", "QO", "ZZ"}


@dataclass(frozen=True)
class GazEntry:
    kind: str                 # person org seat capital place country region
    type: str                 # PER ORG LOC GROUP
    name: str                 # canonical Arabic name
    affiliation: str | None
    ref: str                  # rule: "people:12", "cldr:RU" ...
    lexicon_id: str
    role: str | None = None
    sector: str | None = None
    gender: str | None = None
    country: str | None = None
    years: tuple[int, int] | None = None   # (from, to) for office-holders
    anaphors: tuple[str, ...] = ()
    cameo: str | None = None  # CAMEO international actor type: IGO, NGO, IMG (organizations.tsv)

    @property
    def priority(self) -> int:
        return _PRIORITY.get(self.kind, 0)


_PRIORITY = {"person": 6, "org": 5, "seat": 4, "capital": 3, "place": 2, "country": 1, "region": 1}


# A spelling searched for: (spelling, key, 1 if it is the "لل" form of an ال-key).
_Spelling = tuple[str, str, int]
# The spellings that open with one first word: those of one word, and those of several
# by their second word.
_FirstWord = tuple[list[_Spelling], dict[str, list[_Spelling]]]
# A spelling to test against the text where a token starts: (clitic chain length,
# spelling, key, 1 if the "لل" form).
_Candidate = tuple[int, str, str, int]
# What find_names needs of a start token, worked out when the gazetteer is built:
# (the token's length; the spellings that are the whole token after its clitic chain, so
# they match wherever the token stands, as (match start, mention start, spelling length,
# key) counted from the token's start; the other one-word spellings, to test on the text;
# next token -> the spellings of several words whose second word it is, to test).
StartPlan = tuple[int, tuple[tuple[int, int, int, str], ...], tuple[_Candidate, ...],
                  dict[str, tuple[_Candidate, ...]]]


@dataclass
class Gazetteer:
    # a token a match can start in (clitic chain + a spelling's first word: وموسكو) ->
    # what may match from it (see StartPlan); most such tokens are common words that only
    # open names of several words (ان of ان بي سي), skipped unless the next word fits
    starts: dict[str, StartPlan]
    entries: dict[str, list[GazEntry]]          # folded key -> entries
    by_id: dict[str, GazEntry] = field(default_factory=dict)
    anaphors: dict[str, list[str]] = field(default_factory=dict)   # folded anaphor -> lexicon ids
    # person spellings that start with a title ("الملك سلمان"): characters to leave out of
    # the match, so the span is the name and the title pattern still sees its title
    trim: dict[str, int] = field(default_factory=dict)
    # organisation spellings that start with a descriptor (حركة طالبان): the match keeps
    # the descriptor (nothing else may claim it) but the mention leaves it out
    descriptor: dict[str, int] = field(default_factory=dict)
    # the lexicon ids some anaphor stands for: an article naming none of them has no
    # anaphor to look for
    anaphor_ids: frozenset[str] = frozenset()
    # lexicon id -> the anaphors that may stand for it, each as often as ``anaphors``
    # lists the id under it: an article's named bodies lead to their few anaphors, and
    # count who else they may mean, without reading the anaphor table's long lists
    # (الشركة may mean some ninety firms)
    anaphor_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # folded key -> its entry when the choice among its entries does not depend on the
    # article's year (all but office-holders sharing a spelling): picked once here
    chosen: dict[str, GazEntry] = field(default_factory=dict)


def _country_code(alpha2: str) -> str | None:
    import pycountry
    if alpha2 == "XK":
        return "XKX"
    c = pycountry.countries.get(alpha_2=alpha2)
    return c.alpha_3 if c else None


def _cldr_entries() -> list[tuple[str, GazEntry]]:
    from babel import Locale

    out = []
    for code, name in Locale("ar").territories.items():
        if code in _CLDR_SKIP:
            continue
        name = _PARENS.sub(" ", name).strip()
        if code in _CLDR_ORGS:
            org, typ = _CLDR_ORGS[code]
            out.append((name, GazEntry("org", typ, name, org, f"cldr:{code}", f"org:{org}:{fold_key(name)}",
                                       sector="IGO", cameo="IGO")))
        elif code.isdigit():
            out.append((name, GazEntry("region", "LOC", name, None, f"cldr:{code}", f"region:{code}")))
        else:
            a3 = _country_code(code)
            if a3:
                out.append((name, GazEntry("country", "LOC", name, a3, f"cldr:{code}", f"country:{a3}",
                                           country=a3)))
    return out


def _year(s: str, default: int) -> int:
    return int(s) if s.isdigit() else default


def build_gazetteer(lex) -> Gazetteer:
    pairs: list[tuple[str, GazEntry]] = _cldr_entries()
    country_names = {e.affiliation: e.name for _, e in pairs if e.kind == "country"}

    for r in lex.rows("country_names"):
        code = r["code"]
        canonical = country_names.get(code, r["name"])
        kind = "country" if code in country_names else "region"
        # a bloc named like a place (الغرب → WST) acts as a collective actor, not a place
        typ = "GROUP" if code in _BLOCS else "LOC"
        pairs.append((r["name"], GazEntry(kind, typ, canonical, code, r.ref, f"country:{code}", country=code)))

    for r in lex.rows("capitals"):
        code = r["code"] or None
        typ = r.get("type", "LOC")
        kind = {"seat": "seat", "capital": "capital"}.get(r["kind"], "place")
        pairs.append((r["name"], GazEntry(kind, typ, r["name"], code, r.ref, f"{kind}:{fold_key(r['name'])}",
                                          sector=r["sector"] or None, country=code)))

    for r in lex.rows("places"):
        code = r["code"] or None
        pairs.append((r["name"], GazEntry("place", "LOC", r["name"], code, r.ref, f"place:{fold_key(r['name'])}",
                                          country=code)))

    anaphors: dict[str, list[str]] = {}
    for r in lex.rows("organizations"):
        code = r["code"]
        aff = r["country"] or code
        # one id per body: the UN's Security Council and General Assembly share the code UN
        # but are different actors
        lid = f"org:{code}:{fold_key(r['name'])}"
        # CAMEO's international actor types: as the table says (IMG: al-Qaeda), else an
        # intergovernmental or aid body of no one country by its sector (NATO IGO, MSF NGO)
        cameo = r.get("cameo") or (r["sector"] if r["sector"] in ("IGO", "NGO") and not r["country"] else None)
        entry = GazEntry("org", r["type"], r["name"], aff, r.ref, lid, sector=r["sector"] or None,
                         country=r["country"] or None, anaphors=tuple(r.list("anaphors")), cameo=cameo)
        for name in [r["name"], *r.list("aliases")]:
            pairs.append((name, entry))
        for a in r.list("anaphors"):
            anaphors.setdefault(fold_key(a), []).append(lid)

    for r in lex.rows("people"):
        person = r["id"].split("#")[0]
        entry = GazEntry("person", "PER", r["name"], r["affiliation"], r.ref, f"person:{person}",
                         role=r["role"] or None, gender=r["gender"] or None,
                         years=(_year(r["from"], 1900), _year(r["to"], 9999)))
        for name in [r["name"], *r.list("aliases")]:
            pairs.append((name, entry))

    entries: dict[str, list[GazEntry]] = {}
    by_id: dict[str, GazEntry] = {}
    for name, entry in pairs:
        key = fold_key(name)
        if len(key) < 2:
            continue
        for variant in _spacing_variants(key):
            lst = entries.setdefault(variant, [])
            if entry not in lst:
                lst.append(entry)
        # the canonical entry of an id is its first row (people: the office listed first)
        by_id.setdefault(entry.lexicon_id, entry)

    title_words = {w for r in lex.rows("titles") for w in fold_key(r["title"]).split()}
    trim: dict[str, int] = {}
    descriptor: dict[str, int] = {}
    for key, lst in entries.items():
        if any(e.kind == "person" for e in lst):
            words = key.split()
            k = 0
            while len(words) - k > 1 and words[k] in title_words:
                k += 1
            if k:
                trim[key] = len(" ".join(words[:k])) + 1
        elif " " in key:
            # a descriptor before a name the entry also has alone (حركة طالبان، وكالة فرانس
            # برس، قناة الجزيرة): the mention is the name, the descriptor stays outside
            head, rest = key.split(" ", 1)
            ids = {e.lexicon_id for e in lst}
            if head in _DESCRIPTORS and rest in entries and ids & {e.lexicon_id for e in entries[rest]}:
                descriptor[key] = len(head) + 1

    # The spellings searched for: each key, and "لل" + the rest of an ال-key ("للناتو": ل +
    # الناتو with the article's alef dropped; the span starts after ل). A spelling listed
    # twice keeps its last reading.
    spellings: dict[str, tuple[str, int]] = {}
    for key in entries:
        spellings[key] = (key, 0)
        if key.startswith("ال") and len(key) > 3:
            spellings["لل" + key[2:]] = (key, 1)
    first_words: dict[tuple[str, int], _FirstWord] = {}
    for spelling, (key, after_ll) in spellings.items():
        if not WORD.match(spelling):
            continue          # a spelling must open with a letter or digit to start in a word
        first_word, *later_words = WORD.findall(spelling)
        one_word, by_second_word = first_words.setdefault((first_word, after_ll), ([], {}))
        found = one_word if not later_words else by_second_word.setdefault(later_words[0], [])
        found.append((spelling, key, after_ll))
    starts_lists: dict[str, list[tuple[int, _FirstWord]]] = {}
    for (first_word, after_ll), spellings_of_word in first_words.items():
        for chain in LL_CHAINS if after_ll else CLITIC_CHAINS:
            if "ك" in chain and not first_word.startswith("ال") and len(first_word) < 5:
                continue      # كلاوس، كسرت، كنيس are no ك + لاوس، سرت، نيس (but كأوغندا، كجيبوتي)
            starts_lists.setdefault(chain + first_word, []).append((len(chain), spellings_of_word))
    starts = {form: _start_plan(form, readings, trim, descriptor) for form, readings in starts_lists.items()}
    anaphor_ids = frozenset(lid for lids in anaphors.values() for lid in lids)
    forms_of: dict[str, list[str]] = {}
    for form, lids in anaphors.items():
        for lid in lids:
            forms_of.setdefault(lid, []).append(form)
    anaphor_forms = {lid: tuple(forms) for lid, forms in forms_of.items()}
    chosen = {key: pick_entry(lst, None) for key, lst in entries.items() if not _depends_on_year(lst)}
    return Gazetteer(starts, entries, by_id, anaphors, trim, descriptor, anaphor_ids, anaphor_forms, chosen)


def _start_plan(form: str, readings: list[tuple[int, _FirstWord]],
                trim: dict[str, int], descriptor: dict[str, int]) -> StartPlan:
    """The StartPlan of a start token ``form`` read as clitic chain + first word in each of
    ``readings`` ((chain length, spellings of the first word)), in the order find_names
    tries them."""
    whole: list[tuple[int, int, int, str]] = []
    to_test: list[_Candidate] = []
    by_second: dict[str, list[_Candidate]] = {}
    for chain_length, (one_word, by_second_word) in readings:
        for spelling, key, after_ll in one_word:
            if chain_length + len(spelling) == len(form) and form.endswith(spelling):
                # the rest of the token: it matches wherever the token stands (a token
                # ends at a word end); the ل of للناتو and a leading title stay outside
                start = chain_length + after_ll + trim.get(key, 0)
                whole.append((start, start + descriptor.get(key, 0), len(spelling), key))
            else:
                to_test.append((chain_length, spelling, key, after_ll))
        for second_word, spellings in by_second_word.items():
            by_second.setdefault(second_word, []).extend(
                (chain_length, spelling, key, after_ll) for spelling, key, after_ll in spellings)
    return (len(form), tuple(whole), tuple(to_test),
            {second_word: tuple(found) for second_word, found in by_second.items()})


def _depends_on_year(entries: list[GazEntry]) -> bool:
    """Does pick_entry's choice among ``entries`` depend on the article's year (several
    office-holders of the top priority)?"""
    if len(entries) == 1:
        return False
    top = max(e.priority for e in entries)
    cands = [e for e in entries if e.priority == top]
    return len(cands) > 1 and cands[0].years is not None


_ABD = re.compile(r"(?:(?<=\s)|^)(عبد|ابو|ابي) ?(?=ال)")


def _spacing_variants(key: str) -> set[str]:
    """The key with "عبد الله" also written "عبدالله" (and back): news sites write
    compound names both ways, and the two spellings must be one name."""
    out = {key}
    if "عبد" in key or "ابو" in key or "ابي" in key:
        out.add(_ABD.sub(lambda m: m.group(1), key))
        out.add(_ABD.sub(lambda m: m.group(1) + " ", key))
    return out


def gazetteer(lex) -> Gazetteer:
    return lex.compiled("gazetteer", build_gazetteer)


def find_names(gaz: Gazetteer, folded_lower: str,
               words: Iterable[tuple[int, int, StartPlan, str]]) -> list[tuple[int, int, str, int, int]]:
    """Longest non-overlapping gazetteer matches as (start, end, key, mention_start, tag),
    folded offsets; the mention may start later than the match (a descriptor left out).

    ``folded_lower`` is the folded text lower-cased (same length as the folded text);
    ``words`` are (tag, start, plan, next token's text or "") of the tokens a match may
    start in, read off ``folded_lower``: the plan is the token's ``gaz.starts`` entry,
    which the caller has already looked up (a match starts in no other token). The tag
    (the caller's token index) comes back with each match found from that token.
    """
    # Each hit is (start - end, start, -length, count, end, mention start, key, tag): the
    # tuple sorts longest first by itself (the spelling's length breaks ties as a
    # longest-first scan would: الملك سلمان before سلمان; the count keeps equal ones in the
    # order found), so no key function is called.
    hits = []
    n = len(folded_lower)
    trim, descriptor = gaz.trim, gaz.descriptor
    for tag, word_start, (form_length, whole, to_test, by_second_word), next_word in words:
        end = word_start + form_length
        for start, mention_start, length, key in whole:
            s = word_start + start
            hits.append((s - end, s, -length, len(hits), end, word_start + mention_start, key, tag))
        for chain_length, spelling, key, after_ll in (*to_test, *by_second_word.get(next_word, ())):
            start = word_start + chain_length
            e = start + len(spelling)
            if not folded_lower.startswith(spelling, start) or e < n and folded_lower[e].isalnum():
                continue
            # after_ll: the clitic ل of "للناتو" stays outside the span
            s = start + after_ll + trim.get(key, 0)
            hits.append((s - e, s, -len(spelling), len(hits), e, s + descriptor.get(key, 0), key, tag))
    if len(hits) > 1:
        hits.sort()
    taken: list[tuple[int, int, str, int, int]] = []
    occupied = bytearray(n + 1)
    for _, s, _, _, e, mention_start, key, tag in hits:
        if any(occupied[s:e]):
            continue
        occupied[s:e] = b"\x01" * (e - s)
        taken.append((s, e, key, mention_start, tag))
    taken.sort()
    return taken


def pick_entry(entries: list[GazEntry], year: int | None) -> GazEntry:
    """The most fitting entry for a spelling: the highest-priority kind, and among
    office-holders the one in office in the article's year (else the most recent)."""
    if len(entries) == 1:
        return entries[0]
    top = max(e.priority for e in entries)
    cands = [e for e in entries if e.priority == top]
    if len(cands) == 1 or cands[0].years is None:
        return cands[0]
    if year is not None:
        in_office = [e for e in cands if e.years and e.years[0] <= year <= e.years[1]]
        if in_office:
            return in_office[0]
    return max(cands, key=lambda e: e.years[1] if e.years else 0)
