"""A second verb joined by و to an act of the same subject ("أدان فلان الهجوم ودعا إلى"):
a new act of that subject, not a noun in a list, not what the first act is about, and not
under the first one's denial. And a verb whose subject follows an aside set off by a comma
("واعترف بدوره، المدرب فلان"). Sentences written for these tests; the whole analysis runs."""
from __future__ import annotations

import pytest


def _events(art) -> list[tuple]:
    """(type, source's name, negated) of each event of the article."""
    name = lambda eid: art.entity(eid).name if art.entity(eid) is not None else None  # noqa: E731
    return [(e.type, name(e.source), bool(e.negated)) for e in art.events]


@pytest.mark.parametrize("text", [
    # with or without a comma, دعا is a verb: its verbal noun is دعوة
    "وأدان رئيس الوزراء الإسباني بيدرو سانشيز الهجوم، ودعا إلى تحقيق مستقل.",
    "وأدان رئيس الوزراء الإسباني بيدرو سانشيز الهجوم ودعا إلى تحقيق مستقل.",
])
def test_a_verb_joined_after_a_verbal_noun_is_an_act_of_the_same_subject(analysed, text):
    assert ("REQUEST", "بيدرو سانشيز", False) in _events(analysed(text))


def test_a_verb_joined_after_a_denial_is_not_denied(analysed):
    found = _events(analysed("ونفت الحكومة السورية ذلك واتهمت تركيا بدعم المسلحين."))
    assert ("ACCUSE", "الحكومة السورية", False) in found


def test_a_verb_spelt_like_its_verbal_noun_still_lists_with_nouns(analysed):
    # "الاغتيال وقتل المدنيين": قتل is its own verbal noun here, one crime of a list, and
    # tells no killing of its own
    found = _events(analysed("وندد البيان بعمليات الاغتيال وقتل المدنيين في المدينة."))
    assert not any(t == "ASSAULT" for t, _, _ in found)


@pytest.mark.parametrize("text, source", [
    ("وقال الوزير سامي نادر إن الحكومة ملتزمة. واعترف بدوره، مدرب المنتخب خالد عمر بالخطأ.", "خالد عمر"),
    ("وانتقد من جهته، وزير الخارجية الإيراني الموقف الأمريكي.", "وزير الخارجية الإيراني"),
])
def test_an_aside_after_the_verb_does_not_end_its_clause(analysed, text, source):
    # "بدوره،" / "من جهته،": the subject comes after the aside's comma, not before the verb
    assert [s for _, s, _ in _events(analysed(text))] == [source]
