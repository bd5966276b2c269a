"""When the people right after an unvowelled attack verb did the act, and when it was done to them."""
from __future__ import annotations

import pytest


def _assaults(art):
    name = lambda eid: art.entity(eid).name if eid else None
    return [(name(e.source), name(e.target)) for e in art.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text, people", [
    # a passive takes no object: an object after the people makes them its doers
    ("واقتحم عشرات المحتجين مبنى وزارة المالية في العاصمة.", "المحتجين"),
    ("واقتحم مستوطنون ساحات المسجد صباح اليوم.", "مستوطنون"),
    ("واستهدف المحتجون المقرات الحزبية في المدينة.", "المحتجون"),
])
def test_people_followed_by_an_object_do_the_act(analysed, text, people):
    found = _assaults(analysed(text))
    assert found and found[0][0] == people and found[0][1] != people, found


@pytest.mark.parametrize("text, people", [
    # no object after them: they are those it was done to (قُتل)
    ("وقتل أربعة مدنيين شمال البلاد.", "مدنيين"),
    ("وقتل خلالها المدنيون الأربعة.", "المدنيون"),
    ("وقتل سبعة متظاهرين حسب مصادر طبية.", "متظاهرين"),
    ("وقتل عشرة مدنيين معظمهم نساء.", "مدنيين"),
])
def test_people_with_no_object_after_them_are_the_victims(analysed, text, people):
    found = _assaults(analysed(text))
    assert found and found[0] == (None, people), found


@pytest.mark.parametrize("text, victim", [
    # spelt as only a passive can be (اغتيل، هوجم، دوهم): whoever is named after it suffered it
    ("واغتيل المحامي سمير الخطيب ليلة الأحد في مدينة حمص.", "سمير الخطيب"),
    ("وهوجم الصحفي كريم النجار أثناء تغطيته الانتخابات.", "كريم النجار"),
])
def test_a_verb_spelt_as_a_passive_has_its_victim_after_it(analysed, text, victim):
    found = _assaults(analysed(text))
    assert found and found[0] == (None, victim), found

    # the active spelling keeps its doer (اغتال مسلحون المحامي)
    active = text.replace("اغتيل", "اغتال مسلحون").replace("هوجم", "هاجم مسلحون")
    found = _assaults(analysed(active))
    assert found and found[0] == ("مسلحون", victim), found


@pytest.mark.parametrize("text, victims", [
    # the people before a plural killing or arresting verb with no object after it, only a
    # place or a time, are those it was done to (قُتلوا، اعتُقلوا)
    ("وذكر المتحدث أن ثلاثة صحفيين بريطانيين قتلوا داخل المبنى.", "صحفيين بريطانيين"),
    ("وأكد الحزب أن خمسة من أعضائه الناشطين اعتقلوا مساء الخميس في المدينة.", "الناشطين"),
])
def test_people_before_a_plural_verb_with_no_object_are_the_victims(analysed, text, victims):
    art = analysed(text)
    found = [(art.entity(e.source).name if e.source else None, art.entity(e.target).name if e.target else None)
             for e in art.events if e.type in ("ASSAULT", "COERCE")]
    assert found and found[0] == (None, victims), found
    # with an object after it the verb is active and they did it
    active = analysed("وذكر المتحدث أن المسلحين قتلوا داخل المبنى الجنود الأتراك.")
    found = [(active.entity(e.source).name if e.source else None) for e in active.events if e.type == "ASSAULT"]
    assert found and found[0] == "المسلحين", found
