"""The actor tables (country names, nisba, capitals, organizations, titles, groups,
stopnames): valid, free of contradictions, and right about a handful of known facts."""
from __future__ import annotations

import re
from collections import defaultdict

import pycountry
import pytest
from babel import Locale

from marsad.lexicon.schema import check_tables
from marsad.text.fold import fold_key

# Actor codes that are not countries (CODES.md), plus Kosovo's XKX, which ISO lacks.
SUPRANATIONAL = {"NATO", "UN", "EU", "ARL", "GCC", "OIC", "AU", "IAEA", "WHO", "ICC",
                 "ICRC", "OPCW", "IMF", "WB", "WST"}
NOT_IN_ISO = {"XKX"}
ISO3 = {c.alpha_3 for c in pycountry.countries}

ARAB_LEAGUE = {"DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT",
               "MAR", "OMN", "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM"}
G20_COUNTRIES = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN",
                 "KOR", "MEX", "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"}

# Names that knowingly stand for two actors; the entity annotator decides by context.
KNOWN_AMBIGUOUS = {
    fold_key("عمان"),   # Amman (عمّان, JOR) and Oman (عُمان, OMN) fold alike
}


def rows(lexicon, table):
    return lexicon.rows(table)


def is_country(code: str) -> bool:
    return code in ISO3 or code in NOT_IN_ISO


def cldr_names() -> dict[str, str]:
    """Folded CLDR Arabic country name -> alpha-3, as the loader builds them."""
    names = {}
    for alpha2, name in Locale("ar").territories.items():
        country = pycountry.countries.get(alpha_2=alpha2) if alpha2.isalpha() else None
        if country:
            names[fold_key(name)] = country.alpha_3
    return names


def test_every_table_passes_the_schema_check():
    checked, errors = check_tables()
    assert errors == []
    assert checked > 1000


@pytest.mark.parametrize("table,column", [
    ("country_names", "code"), ("nisba", "code"), ("capitals", "code"),
    ("organizations", "country"), ("groups", "code"),
])
def test_codes_are_iso_alpha3_or_known_actor_codes(lexicon, table, column):
    bad = [(r.ref, r[column]) for r in rows(lexicon, table)
           if r[column] and not (is_country(r[column]) or r[column] in SUPRANATIONAL)]
    assert bad == []


@pytest.mark.parametrize("table,column", [
    ("country_names", "name"), ("nisba", "adjective"), ("capitals", "name"),
    ("titles", "title"), ("groups", "head"), ("stopnames", "word"),
])
def test_no_entry_is_listed_twice(lexicon, table, column):
    seen: dict[str, str] = {}
    twice = []
    for r in rows(lexicon, table):
        key = fold_key(r[column])
        if key in seen:
            twice.append((seen[key], r.ref, r[column]))
        seen[key] = r.ref
    assert twice == []


def test_country_names_add_only_what_cldr_lacks(lexicon):
    cldr = cldr_names()
    repeated = [(r.ref, r["name"]) for r in rows(lexicon, "country_names")
                if fold_key(r["name"]) in cldr]
    assert repeated == []


def test_country_names_are_not_adjectives(lexicon):
    """تركية is "Turkish (f.)" far more often than Turkey; a country spelling that is also
    an inflected nisba would turn every "قوات تركية" into the country."""
    forms = set()
    for r in rows(lexicon, "nisba"):
        base = fold_key(r["adjective"])
        forms |= {base, base + "ه"}
    # سورية is the official Syrian spelling, used daily by Syrian media; Chile's name is
    # its own adjective (شيلي), whichever way it is read
    allowed = {fold_key("سورية"), fold_key("شيلي")}
    clashes = [(r.ref, r["name"]) for r in rows(lexicon, "country_names")
               if fold_key(r["name"]) in forms - allowed]
    assert clashes == []


def test_a_name_means_one_actor_across_tables(lexicon):
    """A country, capital or organisation name must not point at two different codes."""
    meanings: dict[str, set[str]] = defaultdict(set)
    for name, code in cldr_names().items():
        meanings[name].add(code)
    for r in rows(lexicon, "country_names"):
        meanings[fold_key(r["name"])].add(r["code"])
    for r in rows(lexicon, "capitals"):
        meanings[fold_key(r["name"])].add(r["code"] or "-")
    for r in rows(lexicon, "organizations"):
        for name in [r["name"], *r.list("aliases")]:
            meanings[fold_key(name)].add(r["code"])
    clashes = {k: v for k, v in meanings.items() if len(v) > 1 and k not in KNOWN_AMBIGUOUS}
    assert clashes == {}


def test_organization_names_are_unique_and_anaphors_are_not_names(lexicon):
    orgs = rows(lexicon, "organizations")
    owner: dict[str, str] = {}
    clashes = []
    for r in orgs:
        for name in [r["name"], *r.list("aliases")]:
            key = fold_key(name)
            if key in owner and owner[key] != r.ref:
                clashes.append((name, owner[key], r.ref))
            owner[key] = r.ref
    assert clashes == []
    # an anaphor (الحلف) only refers back; it must not be some organisation's full name
    anaphors_that_are_names = [(r.ref, a) for r in orgs for a in r.list("anaphors")
                               if fold_key(a) in owner]
    assert anaphors_that_are_names == []


def test_national_actors_and_organisations_have_distinct_codes(lexicon):
    """Bodies may share their organisation's code (UN), never a code of another kind."""
    by_code: dict[str, set[str]] = defaultdict(set)
    for r in rows(lexicon, "organizations"):
        by_code[r["code"]].add(r["country"])
        assert not is_country(r["code"]), f"{r.ref}: {r['code']} is a country code"
    assert {c: v for c, v in by_code.items() if len(v) > 1} == {}


def test_nisba_covers_the_countries_of_arabic_news(lexicon):
    codes = {r["code"] for r in rows(lexicon, "nisba")}
    countries = {c for c in codes if is_country(c)}
    assert len(countries) >= 120
    assert ARAB_LEAGUE - codes == set()
    assert G20_COUNTRIES - codes == set()


def test_nisba_adjectives_are_masculine_without_the_article(lexicon):
    bad = [(r.ref, r["adjective"]) for r in rows(lexicon, "nisba")
           if r["adjective"].startswith("ال") or r["adjective"].endswith("ة")]
    assert bad == []


def test_titles_use_snake_case_roles_and_known_kinds(lexicon):
    bad = [(r.ref, r["role"]) for r in rows(lexicon, "titles")
           if not re.fullmatch(r"[a-z]+(_[a-z]+)*", r["role"])]
    assert bad == []


def test_ministers_come_in_both_genders(lexicon):
    titles = {fold_key(r["title"]): r for r in rows(lexicon, "titles")}
    missing = [r["title"] for key, r in titles.items()
               if key.startswith("وزير ") and fold_key("وزيرة " + r["title"][5:]) not in titles]
    assert missing == []


def test_stopnames_hold_no_actor_word(lexicon):
    actor_words = {fold_key(r["adjective"]) for r in rows(lexicon, "nisba")}
    actor_words |= {fold_key(r["title"]) for r in rows(lexicon, "titles")}
    actor_words |= set(cldr_names())
    clash = [r["word"] for r in rows(lexicon, "stopnames") if fold_key(r["word"]) in actor_words]
    assert clash == []



def test_no_given_name_folds_to_a_function_word(lexicon):
    # Folding drops the hamza and madda: a given name such as آنا or أليس folds to the
    # pronoun أنا or the question أليس, and would start a "name" at every one of them.
    function_words = {fold_key(w) for w in (
        "أنا", "أن", "إن", "أنت", "هو", "هي", "هم", "نحن", "لي", "لك", "من", "ما", "لا",
        "أليس", "إلا", "إذا", "لو", "كي", "قد", "لن", "لم", "أو", "أم", "بل", "ثم", "إلى")}
    names = [r["name"] for table in ("given_names", "common_given_names")
             for r in rows(lexicon, table)]
    assert [n for n in names if fold_key(n) in function_words] == []

def lookup(lexicon, table, column, value):
    found = [r for r in rows(lexicon, table) if fold_key(r[column]) == fold_key(value)]
    assert found, f"{value} not in {table}"
    return found[0]


@pytest.mark.parametrize("name,code,kind", [
    ("موسكو", "RUS", "capital"), ("كييف", "UKR", "capital"), ("طهران", "IRN", "capital"),
    ("أنقرة", "TUR", "capital"), ("واشنطن", "USA", "capital"), ("الرياض", "SAU", "capital"),
    ("أبوجا", "NGA", "capital"), ("كانبرا", "AUS", "capital"), ("أستانا", "KAZ", "capital"),
    ("الكرملين", "RUS", "seat"), ("البيت الأبيض", "USA", "seat"), ("الإليزيه", "FRA", "seat"),
    ("حلب", "SYR", "city"), ("الموصل", "IRQ", "city"), ("ماريوبول", "UKR", "city"),
    ("قطاع غزة", "PSE", "region"), ("القرم", "UKR", "region"), ("الجولان", "SYR", "region"),
])
def test_known_places(lexicon, name, code, kind):
    row = lookup(lexicon, "capitals", "name", name)
    assert (row["code"], row["kind"]) == (code, kind)


def test_seats_are_organisations_and_regions_may_lack_a_country(lexicon):
    pentagon = lookup(lexicon, "capitals", "name", "البنتاغون")
    assert (pentagon["type"], pentagon["sector"]) == ("ORG", "MIL")
    assert lookup(lexicon, "capitals", "name", "الشرق الأوسط")["code"] == ""


@pytest.mark.parametrize("alias,code,country", [
    ("الناتو", "NATO", ""), ("حماس", "HAMAS", "PSE"), ("حزب الله", "HZB", "LBN"),
    ("أنصار الله", "HOUTHI", "YEM"), ("داعش", "ISIS", ""), ("قسد", "SDF", "SYR"),
    ("مجلس الأمن", "UN", ""), ("الأونروا", "UN", ""), ("الجامعة العربية", "ARL", ""),
    ("الوكالة الدولية للطاقة الذرية", "IAEA", ""), ("واس", "SPA", "SAU"),
])
def test_known_organisations(lexicon, alias, code, country):
    key = fold_key(alias)
    row = next(r for r in rows(lexicon, "organizations")
               if key in {fold_key(n) for n in [r["name"], *r.list("aliases")]})
    assert (row["code"], row["country"]) == (code, country)


def test_known_adjectives_titles_and_groups(lexicon):
    russian = lookup(lexicon, "nisba", "adjective", "روسي")
    assert russian["code"] == "RUS" and "روس" in russian.list("plurals")
    assert lookup(lexicon, "nisba", "adjective", "أطلسي")["code"] == "NATO"
    minister = lookup(lexicon, "titles", "title", "وزيرة الخارجية")
    assert (minister["role"], minister["gender"]) == ("foreign_minister", "f")
    protesters = lookup(lexicon, "groups", "head", "المتظاهرون")
    assert (protesters["sector"], protesters["number"]) == ("CVL", "pl")
    assert lookup(lexicon, "stopnames", "word", "اليوم")
