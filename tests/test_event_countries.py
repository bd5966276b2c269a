"""The country an event's source and target carry: what the peer suites score for each
event (the code of its actors), on sentences written for these tests (whole analysis, so
that the entity and the event annotators are checked together)."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import analyze_document


def _analyse(lexicon, text: str):
    return analyze_document(Document(text=text, published="2024-05-01"), lexicon)


def _codes(ent) -> set[str]:
    return {c for c in (ent.affiliation, ent.code) if c} if ent is not None else set()


def _assault_targets(art) -> list:
    return [art.entity(e.target) for e in art.events if e.type == "ASSAULT"]


# Attacks whose every event must have a target of the given country.
TARGET_COUNTRIES = [
    # victims counted with a nationality, not the place of the attack (Afghan, Pakistani)
    ("أصيب جنديان بريطانيان بجروح في انفجار عبوة ناسفة على طريق في ولاية هلمند.", "GBR"),
    ("أعلنت السلطات مقتل سبعة مهندسين صينيين في هجوم على موقع بناء في إقليم بلوشستان.", "CHN"),
    # the Afghan migrants are counted in the arrest that follows, not in the attack
    ("أعلنت السلطات مقتل سبعة مهندسين صينيين في هجوم على موقع بناء في إقليم بلوشستان، "
     "وأعلنت الشرطة لاحقا اعتقال خمسة مهاجرين أفغان.", "CHN"),
    # one victim named right after a casualty word told just before the attack
    ("قتل جندي أمريكي وأصيب اثنان آخران في هجوم بعبوة ناسفة في محافظة الأنبار.", "USA"),
    # the owner of the thing hit, named after it with لـ (Iraqi, Malian places)
    ("انفجرت عبوة ناسفة استهدفت دورية للجيش الأمريكي في بلدة بيجي.", "USA"),
    ("هاجم مسلحون قافلة تابعة للقوات الفرنسية في شمال مالي.", "FRA"),
    # ... also when no place is named either
    ("أسفر انفجار عبوة ناسفة لدى مرور دورية للقوات الفرنسية عن إصابة جنديين.", "FRA"),
]


@pytest.mark.parametrize("text,country", TARGET_COUNTRIES)
def test_attack_target_country(lexicon, text, country):
    targets = _assault_targets(_analyse(lexicon, text))
    assert targets and all(_codes(t) == {country} for t in targets), targets


def test_person_assassinated_in_a_city_is_its_countrys(lexicon):
    art = _analyse(lexicon, "اغتال مسلحون مجهولون القاضي سامي الحداد أمام منزله في مدينة الموصل.")
    target, = _assault_targets(art)
    assert target.type == "PER" and _codes(target) == {"IRQ"}


def _actors(art, etype: str) -> list:
    """(source entity, target entity) of each event of the type."""
    return [(art.entity(e.source), art.entity(e.target)) for e in art.events if e.type == etype]


# One event of the type, whose source and target (when not None) carry these countries.
ACTOR_COUNTRIES = [
    # a protest at a foreign consulate is against its country; the protesters are the place's
    ("احتشد المتظاهرون قرب القنصلية التركية في أربيل.", "PROTEST", "IRQ", "TUR"),
    # فرنسا names the embassy, not where the protesters are: they are in Rabat
    ("تجمع عشرات المحتجين أمام سفارة فرنسا في الرباط تنديدا بالرسوم المسيئة.", "PROTEST", "MAR", None),
    # the police act at home, and those they arrest are the place's people
    ("اعتقلت الشرطة عشرات الناشطين في العاصمة الفنزويلية كراكاس.", "COERCE", "VEN", "VEN"),
    # the dateline names where the report was filed; the police act in Lahore
    ("لندن ـ «وكالات»: فرقت الشرطة مئات المتظاهرين في مدينة لاهور.", "COERCE", "PAK", None),
    # a follow-up that names no place is where the protest told just before was
    ("تظاهر مئات الطلاب في مدينة نيروبي احتجاجا على رفع الرسوم الدراسية. وفرقت الشرطة "
     "المتظاهرين بالغاز المسيل للدموع.", "COERCE", "KEN", "KEN"),
]


@pytest.mark.parametrize("text,etype,source_country,target_country", ACTOR_COUNTRIES)
def test_actor_countries(lexicon, text, etype, source_country, target_country):
    (source, target), = _actors(_analyse(lexicon, text), etype)
    if source_country:
        assert _codes(source) == {source_country}, source
    if target_country:
        assert _codes(target) == {target_country}, target


def test_follow_up_attack_with_no_place_takes_the_storys(lexicon):
    # the second sentence names no place: the civilians are in Peshawar, told just before
    art = _analyse(lexicon, "قتل خمسة أشخاص في تفجير انتحاري استهدف سوقا في مدينة بيشاور. "
                            "وأطلق مسلح آخر النار على مدنيين اثنين قرب المكان.")
    civilians = [t for t in _assault_targets(art) if t is not None and t.name == "مدنيين"]
    assert civilians and _codes(civilians[0]) == {"PAK"}
