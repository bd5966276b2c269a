"""The country an event's source and target carry: what the peer suites score for each
event (the code of its actors), on sentences written for these tests (whole analysis, so
that the entity and the event annotators are checked together)."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import analyze_document


def _analyse(lexicon, text: str):
    return analyze_document(Document(text=text, published="2024-05-01"), lexicon)


def _codes(ent) -> set[str]:
    return {c for c in (ent.affiliation, ent.code) if c} if ent is not None else set()


def _assault_targets(art) -> list:
    return [art.entity(e.target) for e in art.events if e.type == "ASSAULT"]


# ------------------------------------------------------------------ victims counted by nationality

def test_wounded_foreign_soldiers_not_the_place(lexicon):
    # the place of the blast is Afghan; the two soldiers it wounded are British
    art = _analyse(lexicon, "أصيب جنديان بريطانيان بجروح في انفجار عبوة ناسفة على طريق في ولاية هلمند.")
    targets = _assault_targets(art)
    assert targets and all(_codes(t) == {"GBR"} for t in targets), targets


def test_foreign_toll_before_the_attack(lexicon):
    art = _analyse(lexicon, "أعلنت السلطات مقتل سبعة مهندسين صينيين في هجوم على موقع بناء في إقليم بلوشستان.")
    targets = _assault_targets(art)
    assert targets and all(_codes(t) == {"CHN"} for t in targets), targets


def test_toll_of_another_act_is_not_the_attacks(lexicon):
    # the Afghan migrants are counted in the arrest that follows, not in the bombing
    art = _analyse(lexicon, "أعلنت السلطات مقتل سبعة مهندسين صينيين في هجوم على موقع بناء في إقليم "
                            "بلوشستان، وأعلنت الشرطة لاحقا اعتقال خمسة مهاجرين أفغان.")
    targets = _assault_targets(art)
    assert targets and all(_codes(t) == {"CHN"} for t in targets), targets


# ------------------------------------------------------------------ a person hit in a place

def test_person_assassinated_in_a_city_is_its_countrys(lexicon):
    art = _analyse(lexicon, "اغتال مسلحون مجهولون القاضي سامي الحداد أمام منزله في مدينة الموصل.")
    target, = _assault_targets(art)
    assert target.type == "PER" and _codes(target) == {"IRQ"}
