"""A participle after a plural of bodies is its adjective (الأحزاب المعارضة), not a second actor."""
from __future__ import annotations

import pytest


def _pairs(art, etype):
    name = lambda eid: art.entity(eid).name if eid else None
    return [(name(e.source), name(e.target)) for e in art.events if e.type == etype]


@pytest.mark.parametrize("text, etype", [
    ("ودعت الأحزاب المعارضة الحكومة إلى الاستقالة.", "REQUEST"),
    ("واتهمت الجماعات المعارضة الحكومة بتزوير الانتخابات.", "ACCUSE"),
])
def test_the_opposition_after_a_plural_of_bodies_acts(analysed, text, etype):
    # opposition parties call, they are not a subject with the opposition as its object
    assert _pairs(analysed(text), etype) == [("المعارضة", None)]


def test_a_participle_after_the_subject_is_no_object(analysed):
    found = _pairs(analysed("وانتقدت الفصائل المعارضة قرار الحكومة."), "ACCUSE")
    assert found and found[0][1] != "المعارضة", found
    # after a singular the participle is a noun, the object: the government criticised the
    # opposition
    assert _pairs(analysed("وانتقدت الحكومة المعارضة."), "ACCUSE") == [(None, "المعارضة")]



@pytest.mark.parametrize("text, etype, target", [
    # a definite noun with its number after the verb is its unnamed subject
    ("واتهمت الدول الخمس إيران بتهديد الملاحة.", "ACCUSE", "إيران"),
    ("وطالبت الأطراف الثلاثة روسيا بسحب قواتها.", "REQUEST", "روسيا"),
])
def test_a_noun_and_its_number_are_an_unnamed_subject(analysed, text, etype, target):
    assert _pairs(analysed(text), etype) == [(None, target)]
