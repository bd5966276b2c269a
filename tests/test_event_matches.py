"""Sports matches are no diplomatic meetings: teams "meet" (يلتقي، لقاء، مواجهة) and a net
"receives" goals (استقبلت شباكه) in the words CONSULT is read from. A `game` cue in the
sentence (event_cues.tsv) says it is a match. Sentences written for these tests."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import analyze_document


def _types(lexicon, text: str) -> list[str]:
    art = analyze_document(Document(text=text, published="2024-05-01"), lexicon)
    return [e.type for e in art.events]


@pytest.mark.parametrize("text", [
    "ويلتقي المغرب مع البرتغال في ربع النهائي يوم السبت.",
    "وتعادل الفريقان في لقاء الذهاب على ملعب القاهرة الدولي.",
    "واستقبلت شباكه هدفين في الشوط الثاني.",
    "وسيلتقي منتخب اليابان نظيره الكوري الجنوبي وديا في طوكيو الشهر المقبل.",
])
def test_a_match_is_no_meeting(lexicon, text):
    assert "CONSULT" not in _types(lexicon, text)


def test_a_meeting_beside_a_match_elsewhere_in_the_article_still_counts(lexicon):
    # the cue works within its sentence: the ministers' talks are a meeting
    text = ("وفاز المنتخب المصري في المباراة الودية أمس. "
            "والتقى وزير الخارجية المصري نظيره المغربي في الرباط لبحث التعاون الثنائي.")
    assert _types(lexicon, text).count("CONSULT") == 1


def test_a_required_word_in_the_indefinite_accusative_still_counts(analysed):
    # قطع/أغلق needs a road after it; indefinite, the noun takes the accusative alif
    art = analysed("وأغلق سائقو الشاحنات طرقا رئيسية في العاصمة احتجاجا على رفع الضرائب.")
    assert "PROTEST" in [e.type for e in art.events]


def test_a_required_word_that_is_itself_a_named_group_counts_past_names_and_days(analysed):
    # فرّق needs protesters after it; they are a group mention of their own, past a named
    # force and a day set off by commas
    art = analysed("وفرقت قوات الأمن اللبنانية، مساء الجمعة، مئات المحتجين في وسط بيروت.")
    assert "COERCE" in [e.type for e in art.events]
