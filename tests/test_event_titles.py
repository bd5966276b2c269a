"""Event actors named through offices: a person whose title names the body they serve
(الأمين العام لـ ...), "his counterpart" (نظيره) as the one met, and "his country" (بلاده)
as the speaker's. Sentences written for these tests; whole analysis, so the entity, quote
and event rules are checked together."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import analyze_document


def _events(lexicon, text: str, etype: str):
    art = analyze_document(Document(text=text, published="2024-05-01"), lexicon)
    return art, [(art.entity(e.source), art.entity(e.target)) for e in art.events if e.type == etype]


@pytest.mark.parametrize("text, etype, source, body", [
    ("طالب الأمين العام للأمم المتحدة أنطونيو غوتيريش الأطراف المتحاربة بهدنة إنسانية.",
     "REQUEST", "أنطونيو غوتيريش", "UN"),
    ("وانتقد الأمين العام لحلف الناتو ينس ستولتنبرغ روسيا في مؤتمر صحفي ببروكسل.",
     "ACCUSE", "ينس ستولتنبرغ", "NATO"),
])
def test_person_titled_by_a_body_is_the_subject(lexicon, text, etype, source, body):
    # the body after لـ belongs to the title: it is neither the subject nor the target
    _, found = _events(lexicon, text, etype)
    (src, tgt), = found
    assert src is not None and src.name == source and src.affiliation == body
    assert tgt is None or tgt.affiliation != body


def test_far_mention_of_a_title_word_is_not_the_subject(lexicon):
    # "للصحفي" stands far from the verb, inside its complement: not the title of a subject
    _, found = _events(lexicon, "اختفى الصحفي جمال خاشقجي في إسطنبول. وتتعرض الحكومة لانتقادات واسعة تطالبها بتوضيح ما حدث للصحفي خاشقجي.",
                       "REQUEST")
    assert all(src is None or "خاشقجي" not in src.name for src, _ in found)


def test_named_counterpart_is_the_target(lexicon):
    _, found = _events(lexicon, "التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي هاكان فيدان في أنقرة أمس.",
                       "CONSULT")
    (src, tgt), = found
    assert src.affiliation == "RUS" and tgt is not None and tgt.affiliation == "TUR"


def test_unnamed_counterpart_is_a_target_of_its_country(lexicon):
    art, found = _events(lexicon, "استقبل الرئيس الجزائري عبد المجيد تبون نظيره التونسي في قصر المرادية.",
                         "CONSULT")
    (src, tgt), = found
    assert src.affiliation == "DZA"
    assert tgt is not None and tgt.type == "GROUP" and tgt.affiliation == "TUN"
    assert not [e for e in art.entities if e.type == "PER" and "نظير" in e.name]   # no person invented


def test_his_country_is_the_speakers_not_the_last_crowd_named(lexicon):
    text = ('وقال الوزير خلال زيارته للمخيم: "علينا أن نحمي اللاجئين". '
            "وأضاف أن بلاده ترفض أي مساس بسيادة جيرانها.")
    art, found = _events(lexicon, text, "REJECT")
    (src, _), = found
    assert src is not None and src.name == "الوزير"


@pytest.mark.parametrize("text, etype, source, target", [
    # the word a trigger needs (المسؤولية، العقوبات) may stand after a long subject or a date
    ("وحمّل وزير الداخلية العراقي قاسم الأعرجي تنظيم داعش المسؤولية عن تفجير السوق.",
     "ACCUSE", "IRQ", None),
    ("وكانت الولايات المتحدة قد فرضت في مارس الماضي حزمة جديدة من العقوبات على فنزويلا.",
     "SANCTION", "USA", "VEN"),
])
def test_needed_word_after_a_named_subject_or_a_date(lexicon, text, etype, source, target):
    _, found = _events(lexicon, text, etype)
    (src, tgt), = found
    assert src is not None and src.affiliation == source
    assert target is None or (tgt is not None and tgt.affiliation == target)
