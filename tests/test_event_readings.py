"""How a word is read against the event table: the article ال never stands before a
present-tense verb, so a definite noun that looks like ال + a present form is no verb
(التقاطع is no ال + تقاطع "she boycotts", النشيد no ال + نشيد); and a verb that begins
with ال (التقى، التزم) is no article + verbal noun. Sentences written for these tests; the
whole analysis runs."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "ووقع الحادث عند التقاطع الرئيسي في وسط المدينة مساء أمس.",
    "وافتتح الحفل بالنشيد الوطني ثم ألقى المحافظ كلمة عن المشروع.",
])
def test_a_definite_noun_is_not_read_as_a_present_verb(analysed, text):
    assert analysed(text).events == []


def test_a_definite_noun_between_a_staging_verb_and_its_protest_is_no_verb(analysed):
    # "الأقضية" (districts) read as ال + أقضي + ـه stood between خرج and the protest as a
    # verb of its own, and the protest went unreported
    text = "وخرج المئات من أبناء القرى في الأقضية الشمالية بتظاهرة تطالب الحكومة بالخدمات."
    assert "PROTEST" in [e.type for e in analysed(text).events]


@pytest.mark.parametrize("text, etype", [
    ("والتقت رئيسة الوزراء الإيطالية جورجيا ميلوني الرئيس عبد المجيد تبون.", "CONSULT"),
    ("والتزمت الحكومة الأردنية بتنفيذ الاتفاق.", "AGREE"),
])
def test_a_verb_that_begins_with_al_keeps_it(analysed, text, etype):
    # التقى، التزم: the ال is the verb's own, not the article of a verbal noun
    assert etype in [e.type for e in analysed(text).events]


def test_a_plural_in_at_of_a_verb_names_acts_not_a_participle(analysed):
    # مفاوضات، مداهمات are the acts; a participle (مطالبا) would act with an earlier subject
    art = analysed("وانتقدت الحكومة الكينية القرار بشدة. وتعثرت جولة المفاوضات الأخيرة دون أي تقدم.")
    assert all(art.entity(e.source) is None for e in art.events if e.type == "CONSULT")
    art = analysed("ونفذت قوات الأمن الأردنية حملة مداهمات واسعة في مدينة الزرقاء.")
    assert [art.entity(e.source).name for e in art.events if e.type == "COERCE" and e.source] \
        == ["قوات الأمن الأردنية"]


def test_daiyan_calls_on_someone_and_a_prayer_is_no_demand(analysed):
    # داعيا (calling on), like مطالبا, acts with its sentence's subject
    art = analysed("وأدان وزير الخارجية الماليزي الهجوم، داعيا مجلس الأمن الدولي إلى التحرك العاجل.")
    assert [(art.entity(e.source).name, art.entity(e.target).name) for e in art.events
            if e.type == "REQUEST"] == [("وزير الخارجية الماليزي", "مجلس الأمن الدولي")]
    # "داعيا الله أن": praying, not demanding
    art = analysed("وقدم الوزير تعازيه لأسر الضحايا، داعيا الله أن يلهمهم الصبر.")
    assert "REQUEST" not in [e.type for e in art.events]


def test_a_faail_participle_acts_with_its_sentences_subject(analysed):
    # رافضا، نافيا close a statement like مطالبا: the subject of the sentence refuses, denies
    art = analysed("وتحدث وزير الداخلية التونسي للصحفيين، رافضا أي تدخل أجنبي في شؤون بلاده.")
    assert [art.entity(e.source).name for e in art.events if e.type == "REJECT" and e.source] \
        == ["وزير الداخلية التونسي"]
    art = analysed("وتحدث وزير الداخلية التونسي للصحفيين، نافيا وجود أي معتقلين سياسيين.")
    assert [art.entity(e.source).name for e in art.events if e.type == "REJECT" and e.source] \
        == ["وزير الداخلية التونسي"]
