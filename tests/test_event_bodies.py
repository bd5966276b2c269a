"""Bodies around an act: a country adjective after a noun of sponsorship (برعاية سعودية،
بوساطة قطرية) names who sponsored or mediated the act, not an actor of it; an actor's
office (المكتب الإعلامي لفلان) acts for the actor; the doer of a light verb after a noun
(زيارة أجرتها فلانة، قام بها فلان) is the noun's source, and the medium of an
announcement (في بيان) does not hide who announces. Sentences written for these tests."""
from __future__ import annotations

import pytest


def test_a_sponsor_adjective_is_no_actor_of_the_talks(analysed):
    art = analysed("وعقد وفدا الحكومة والمعارضة محادثات برعاية سعودية أمريكية في الرياض.")
    consults = [e for e in art.events if e.type == "CONSULT"]
    assert consults
    actors = {art.entity(x).name for e in consults for x in (e.source, e.target) if art.entity(x)}
    assert not any("سعودية" in a or "أمريكية" in a for a in actors)
    assert not any(e.rule == "events:nisba" and "برعاية" in e.name for e in art.entities)


def test_an_instrument_adjective_still_makes_an_actor(analysed):
    # "بغارة إسرائيلية": the air strike is Israel's; only sponsorship nouns are left out
    art = analysed("وقتل ثلاثة مدنيين بغارة إسرائيلية على خان يونس.")
    assert any(e.rule == "events:nisba" and e.affiliation == "ISR" for e in art.entities)


def test_an_office_acts_for_its_owner(analysed):
    art = analysed("ورحب المكتب السياسي لحركة حماس بالاتفاق.")
    assert [(e.type, art.entity(e.source).name) for e in art.events] == [("SUPPORT", "حركة حماس")]
    art = analysed("وأدان المكتب الإعلامي للرئيس الفلسطيني محمود عباس الهجوم.")
    assert [(e.type, art.entity(e.source).name) for e in art.events] == [("ACCUSE", "محمود عباس")]
    # "الإعلامي" after the office is its adjective, no journalist
    assert not any(e.type == "ROLE" for e in art.entities)


def test_the_bodies_inside_a_persons_title_are_not_the_acts_actors(analysed):
    # "المتحدث باسم وزارة الصحة في غزة فلان": the ministry and Gaza are his title's words;
    # he accuses, and the army after his name is the target
    art = analysed("واتهم المتحدث باسم وزارة الصحة في غزة ماهر سليم الجيش الإسرائيلي بقتل المسعفة.")
    acts = [(e.type, art.entity(e.source).name, art.entity(e.target).name) for e in art.events
            if e.type == "ACCUSE" and e.source and e.target]
    assert acts == [("ACCUSE", "ماهر سليم", "الجيش الإسرائيلي")]


@pytest.mark.parametrize("text, source", [
    ("وجاء ذلك خلال زيارة أجرتها رئيسة الوزراء الإيطالية جورجيا ميلوني إلى الجزائر.", "جورجيا ميلوني"),
    ("وجاء ذلك خلال زيارة قام بها الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر.", "إيمانويل ماكرون"),
])
def test_the_doer_of_a_light_verb_after_the_noun_is_its_source(analysed, text, source):
    # "زيارة أجرتها فلانة" (the verb with the noun's pronoun), "زيارة قام بها فلان"
    art = analysed(text)
    assert [art.entity(e.source).name for e in art.events if e.type == "CONSULT"] == [source]


def test_the_medium_of_an_announcement_does_not_hide_who_announces(analysed):
    # "أعلنت الوزارة في بيان اعتقال ...": the statement stands between the verb and its act
    art = analysed("وأعلنت وزارة الداخلية الأردنية في بيان رسمي اعتقال 12 مهربا على الحدود.")
    assert [art.entity(e.source).name for e in art.events if e.type == "COERCE"] == ["وزارة الداخلية الأردنية"]
