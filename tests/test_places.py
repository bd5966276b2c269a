"""Places: the gazetteer built by scripts/build_places.py, LOC resolution, and the date
and location each event takes from its clause."""
from __future__ import annotations

import importlib.util
import math

import pycountry
import pytest

from marsad.annotate import dates, places
from marsad.model import Document, Entity, Event, Mention
from marsad.lexicon import DATA_DIR, read_table
from marsad.pipeline import prepare

from conftest import ROOT


def _analysis(lexicon, text, published="2023-10-18"):
    return prepare(Document(text=text, published=published), lexicon)


def _loc(an, eid, word, affiliation=None):
    start = an.text.index(word)
    return Entity(eid, "LOC", word, affiliation=affiliation,
                  mentions=[Mention(start, start + len(word), word)])


# ------------------------------------------------------------- the data file

def test_places_table_has_a_thousand_places_with_valid_data():
    columns, rows, errors = read_table(DATA_DIR / "places.tsv", "places")
    assert not errors
    assert columns == ["name", "code", "kind", "lat", "lon", "region", "geonameid"]
    distinct = {r["geonameid"] or r["name"] for r in rows}
    assert len(distinct) >= 1000
    for r in rows:
        # XKX: Kosovo's user-assigned code, as GeoNames writes it
        assert r["code"] == "XKX" or pycountry.countries.get(alpha_3=r["code"]) is not None, r.ref
        if r["lat"]:
            assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r.ref
    kinds = {r["kind"] for r in rows}
    assert kinds == {"capital", "city", "region"}


def _builder():
    spec = importlib.util.spec_from_file_location("build_places", ROOT / "scripts" / "build_places.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_places_table_is_what_the_builder_makes():
    assert _builder().main(["--check"]) == 0


def test_builder_names_the_bad_line(tmp_path):
    bad = tmp_path / "places_ar.tsv"
    bad.write_text("geonameid\tname\taliases\tenglish\tcode\tlat\tlon\tkind\n"
                   "98182\tبغداد\t\tBaghdad\t\t\t\t\n"
                   "999999999\tمكان\t\tNowhere\t\t\t\t\n", encoding="utf-8")
    mod = _builder()
    with pytest.raises(mod.BuildError, match=r"places_ar\.tsv:3: geonameid 999999999"):
        mod.build(bad)


# ------------------------------------------------------------- lookup

@pytest.mark.parametrize("written,code,kind", [
    ("بغداد", "IRQ", "capital"),
    ("الموصل", "IRQ", "city"),
    ("موصل", "IRQ", "city"),            # without the article
    ("جدّة", "SAU", "city"),             # a shadda folds away
    ("الاسكندريه", "EGY", "city"),       # hamza and ta marbuta fold
    ("خاركيف", "UKR", "city"),
    ("خاركوف", "UKR", "city"),           # the Russian-derived spelling
    ("قطاع غزة", "PSE", "region"),
    ("القرم", "UKR", "region"),
    ("نواكشوط", "MRT", "capital"),
    ("تمبكتو", "MLI", "city"),
    ("قندهار", "AFG", "city"),
    ("ديار بكر", "TUR", "city"),
    ("الأهواز", "IRN", "city"),
    ("وهران", "DZA", "city"),
    ("محافظة إدلب", "SYR", "city"),      # a generic head before the name
    ("مدينة العين", "ARE", "city"),      # listed only in its long form
    ("محافظة معان", "JOR", "city"),      # listed as مدينة معان
])
def test_lookup(lexicon, written, code, kind):
    place = places.lookup(lexicon, written)
    assert place is not None and (place.code, place.kind) == (code, kind)


@pytest.mark.parametrize("word", ["الخبر", "العين", "صور", "الباب", "البيضاء", "مشهد", "مدينة",
                                  "بلد", "حديثة", "السلمية", "عالية", "الزرقاء", "ربك", "عبري",
                                  "القائم", "مالية", "سترة", "الحراك", "الطبقة"])
def test_everyday_words_are_not_places(lexicon, word):
    assert places.lookup(lexicon, word) is None


def test_coordinates_are_the_real_ones(lexicon):
    # Baghdad lies near 33.3 N, 44.4 E; Rabat near 34.0 N, 6.8 W
    b, r = places.lookup(lexicon, "بغداد"), places.lookup(lexicon, "الرباط")
    assert math.isclose(b.lat, 33.3, abs_tol=0.2) and math.isclose(b.lon, 44.4, abs_tol=0.2)
    assert math.isclose(r.lat, 34.0, abs_tol=0.2) and math.isclose(r.lon, -6.8, abs_tol=0.2)
    assert b.region == "Mesopotamia" and r.region == "Maghreb"


# ------------------------------------------------------------- resolution

def test_resolve_places_fills_country_and_geo(lexicon):
    an = _analysis(lexicon, "وصل الوفد إلى حلب ثم إلى أوكرانيا")
    an.entities = [_loc(an, "e1", "حلب"), _loc(an, "e2", "أوكرانيا", affiliation="UKR"),
                   Entity("e3", "PER", "حلب", mentions=[])]
    places.resolve_places(an)
    aleppo, ukraine, person = an.entities
    assert aleppo.country == "SYR" and aleppo.affiliation == "SYR"
    assert aleppo.geo["region"] == "Levant" and aleppo.geo["geonameid"] == 170063
    assert ukraine.country == "UKR" and ukraine.geo is None       # a country: no point
    assert person.country is None and person.geo is None          # only LOC entities


def test_two_spellings_of_one_place_are_one_entity(lexicon):
    an = _analysis(lexicon, "قصف في خاركوف ثم هدوء في خاركيف وفي محافظة إدلب")
    an.entities = [_loc(an, "e1", "خاركوف"), _loc(an, "e2", "خاركيف"), _loc(an, "e3", "محافظة إدلب")]
    places.resolve_places(an)
    kharkiv, idlib = an.entities
    assert kharkiv.name == "خاركيف" and [m.text for m in kharkiv.mentions] == ["خاركوف", "خاركيف"]
    assert idlib.name == "محافظة إدلب" and idlib.country == "SYR"     # a longer name stays


def test_a_country_is_not_its_homograph_city(lexicon):
    # عُمان the country and عمّان the city fold alike
    an = _analysis(lexicon, "زار الوزير سلطنة عمان")
    oman = _loc(an, "e1", "عمان", "OMN")
    oman.lexicon_id, oman.country = "country:OMN", "OMN"
    an.entities = [oman]
    places.resolve_places(an)
    assert an.entities[0].geo is None and an.entities[0].country == "OMN"


def test_resolution_keeps_what_the_entity_annotator_knew(lexicon):
    an = _analysis(lexicon, "في الخليل")
    an.entities = [_loc(an, "e1", "الخليل", affiliation="PSE")]
    places.resolve_places(an)
    assert an.entities[0].affiliation == "PSE" and an.entities[0].geo is not None


# ------------------------------------------------------------- events

def _event(an, trigger, **kw):
    start = an.text.index(trigger)
    return Event("ASSAULT", start, start + len(trigger), trigger=trigger, **kw)


def _when_and_where(lexicon, text, place_words, triggers):
    """(date, location) of events at ``triggers`` once the text's places and dates are known."""
    an = _analysis(lexicon, text)
    an.entities = [_loc(an, f"e{i}", w) for i, w in enumerate(place_words, start=1)]
    an.dates = dates.annotate(an)
    an.events = [_event(an, t) for t in triggers]
    places.assign_event_dates_and_places(an)
    return [(e.date, e.location) for e in an.events]


def test_event_takes_date_and_place_of_its_clause(lexicon):
    text = "هاجم مسلحون قافلة قرب الموصل في 5 مارس 2023، وقصفت الطائرات مواقع في إدلب في 3 مارس 2023."
    # for the second event the nearer date in the sentence is the other clause's: the clause decides
    assert _when_and_where(lexicon, text, ["الموصل", "إدلب"], ["هاجم", "قصفت"]) == [
        ("2023-03-05", "e1"), ("2023-03-03", "e2")]


def test_an_event_dated_only_by_a_year_or_month_takes_the_article_day(lexicon):
    # an event's date is a day; "عام 2014" names none (it stays a period on the date itself)
    text = "قصفت الطائرات مواقع في إدلب عام 2014. وهاجم مسلحون قافلة قرب الموصل الشهر الماضي."
    assert _when_and_where(lexicon, text, ["إدلب", "الموصل"], ["قصفت", "هاجم"]) == [
        ("2023-10-18", "e1"), ("2023-10-18", "e2")]


def test_event_without_a_date_in_its_sentence_takes_the_article_date(lexicon):
    text = "قصفت الطائرات مواقع في إدلب أمس. وهاجم مسلحون قافلة قرب الموصل."
    assert _when_and_where(lexicon, text, ["إدلب", "الموصل"], ["قصفت", "هاجم"]) == [
        ("2023-10-17", "e1"), ("2023-10-18", "e2")]


def test_a_town_attacked_is_where_it_happened(lexicon):
    an = _analysis(lexicon, "قصفت الطائرات حلب")
    an.entities = [_loc(an, "e1", "حلب")]
    places.resolve_places(an)
    an.events = [_event(an, "قصفت", target="e1")]
    places.assign_event_dates_and_places(an)
    assert an.events[0].location == "e1"


def test_a_place_merely_named_is_not_a_location(lexicon):
    an = _analysis(lexicon, "انتقد الوزير حكومة تركيا بشدة")
    an.entities = [_loc(an, "e1", "تركيا", "TUR")]
    an.events = [_event(an, "انتقد")]
    places.assign_event_dates_and_places(an)
    assert an.events[0].location is None


def test_event_actor_is_not_its_location(lexicon):
    text = "اتهمت إيران إسرائيل بتنفيذ الهجوم"
    an = _analysis(lexicon, text)
    an.entities = [_loc(an, "e1", "إيران", "IRN"), _loc(an, "e2", "إسرائيل", "ISR")]
    an.events = [_event(an, "اتهمت", source="e1", target="e2")]
    places.assign_event_dates_and_places(an)
    assert an.events[0].location is None


def test_event_without_article_date_keeps_none(lexicon):
    an = _analysis(lexicon, "هاجم مسلحون قافلة", published=None)
    an.events = [_event(an, "هاجم")]
    places.assign_event_dates_and_places(an)
    assert an.events[0].date is None


def test_pipeline_resolves_places(lexicon):
    from marsad.pipeline import analyze_document
    art = analyze_document(Document(text="سقطت صواريخ على مدينة خاركيف أمس.", published="2023-10-18"),
                           lexicon)
    kharkiv = [e for e in art.entities if e.type == "LOC" and e.geo]
    assert kharkiv and kharkiv[0].country == "UKR"


def test_a_short_name_glued_to_ka_is_a_word_of_its_own(analysed):
    # كلاوس is Klaus, كسرت "broke", كنيس "a synagogue": not ك + لاوس، سرت، نيس; a longer
    # name or one with the article still takes "like" (كأوغندا، كالعراق)
    places = lambda text: [e.name for e in analysed(text).entities if e.type == "LOC"]  # noqa: E731
    assert places("وقال المدرب كلاوس شميت إن الفريق جاهز.") == []
    assert places("وكسرت الشرطة باب المنزل فجرا.") == []
    assert "أوغندا" in places("وتستقبل دول كأوغندا وكينيا آلاف اللاجئين.")
