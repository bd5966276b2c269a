"""Who did what to whom where the sentence says it through a relation rather than word
order: a relative clause (X، الذي يزور Y), a title carrying a preposition (التقى بوزير
الخارجية فلان), a verbal noun with its doer after من (بطلب من فرنسا), and a trigger's noun
with a pronoun for the subject's own (سحبت سفيرها). Sentences written for these tests;
the whole analysis runs, so entities and events are checked together."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import analyze_document


def _actors(lexicon, text: str, etype: str) -> list[tuple]:
    art = analyze_document(Document(text=text, published="2024-05-01"), lexicon)
    return [(art.entity(e.source), art.entity(e.target)) for e in art.events if e.type == etype]


def _code(ent) -> str | None:
    return ent.affiliation if ent is not None else None


@pytest.mark.parametrize("text, etype, source, target", [
    # the head of the relative clause is the verb's subject, the actor after it the object
    ("وصرح وزير الخارجية المصري، خلال لقائه بنظيره الأردني، بأن وزير الخارجية الياباني، الذي يزور القاهرة، سيلتقي الرئيس.",
     "CONSULT", "JPN", "EGY"),
    ("وقالت الصحيفة إن صندوق النقد الدولي، الذي طالب باكستان بخفض الدعم، سيرسل بعثة.", "REQUEST", "IMF", "PAK"),
])
def test_the_head_of_a_relative_clause_is_its_subject(lexicon, text, etype, source, target):
    found = _actors(lexicon, text, etype)
    assert any(_code(s) == source and _code(t) == target for s, t in found), found


def test_a_pronoun_for_the_head_leaves_the_subject_after_the_verb(lexicon):
    # زارها: the head is the object, the person after the verb the subject
    found = _actors(lexicon, "وتعد كينيا من الدول التي زارها الرئيس الصيني العام الماضي.", "CONSULT")
    assert found and all(_code(s) == "CHN" for s, _ in found), found


@pytest.mark.parametrize("text, etype, source, target", [
    ("واجتمع وزير الخارجية الأمريكي بوزير الخارجية القطري محمد بن عبد الرحمن آل ثاني في الدوحة.", "CONSULT", "USA", "QAT"),
    ("ورحب رئيس الوزراء الهندي بالرئيس الإندونيسي في نيودلهي.", "SUPPORT", "IND", "IDN"),
])
def test_a_person_whose_title_carries_a_preposition_is_its_object(lexicon, text, etype, source, target):
    found = _actors(lexicon, text, etype)
    assert any(_code(s) == source and _code(t) == target for s, t in found), found


@pytest.mark.parametrize("text, etype, source", [
    ("وعقد مجلس الأمن جلسة مغلقة بطلب من البرازيل لمناقشة الوضع.", "REQUEST", "BRA"),
    ("وتقدمت القوات الحكومية في الريف الشمالي بدعم من الطيران التركي.", "SUPPORT", "TUR"),
])
def test_the_doer_after_a_verbal_noun_and_min_is_the_source(lexicon, text, etype, source):
    found = _actors(lexicon, text, etype)
    assert found and _code(found[0][0]) == source and _code(found[0][1]) != source, found


@pytest.mark.parametrize("text, source, target", [
    ("سحبت السويد سفيرها من بغداد احتجاجا على الاعتداء على سفارتها.", "SWE", "IRQ"),
    ("واستدعت النرويج سفيرها لدى إسرائيل للتشاور.", "NOR", "ISR"),
    ("وقطعت بوليفيا علاقاتها مع إسرائيل بعد الحرب.", "BOL", "ISR"),
])
def test_the_subjects_own_ambassador_or_relations(lexicon, text, source, target):
    found = _actors(lexicon, text, "SANCTION")
    assert [(_code(s), _code(t)) for s, t in found] == [(source, target)]


def test_a_released_prisoners_pronoun_is_no_subjects_own(lexicon):
    # أطلق سراح names its target by the noun's owner: with a pronoun there, no own-noun reading
    assert _actors(lexicon, "وكانت عائلته تأمل أن يطلق سراحه قريبا.", "RETREAT") == []


@pytest.mark.parametrize("text, target", [
    ("واتهمت الصحيفة تركيا بتسهيل عبور المقاتلين.", "TUR"),
    ("وطالبت الرسالة أمس الحكومة التونسية بزيادة الأجور.", "TUN"),
    ("وانتقدت الافتتاحية روسيا بشدة.", "RUS"),
])
def test_an_unnamed_subject_leaves_the_actor_after_it_the_object(lexicon, text, target):
    # verb, a definite noun that names no actor, then an actor: the noun is the subject
    found = _actors(lexicon, text, "REQUEST" if "طالبت" in text else "ACCUSE")
    assert found and _code(found[0][1]) == target and _code(found[0][0]) != target, found


def test_an_adjective_left_out_of_a_body_name_is_no_subject_of_its_own(lexicon):
    # "البنك المركزي المصري" may be found as its adjectives: the noun before is the body's head
    found = _actors(lexicon, "ورحب البنك المركزي المصري بقرار صندوق النقد الدولي.", "SUPPORT")
    assert found and _code(found[0][0]) == "EGY", found


@pytest.mark.parametrize("text, source", [
    ("ودانت الخارجية الأردنية الهجوم. من جهته، أعرب وزير الخارجية الإيطالي عن قلقه البالغ، مطالبا الطرفين بضبط النفس.",
     "ITA"),
    ("وعبرت المفوضية الأوروبية عن أسفها للقرار، مطالبة الحكومة المجرية بمراجعته.", "EU"),
])
def test_a_participle_after_a_comma_acts_with_its_sentences_subject(lexicon, text, source):
    # the main clause's verb (أعرب، عبرت) reports no event: the participle still has its subject
    found = _actors(lexicon, text, "REQUEST")
    assert found and _code(found[-1][0]) == source, found


@pytest.mark.parametrize("text, etype", [
    ("وهاجمت الحكومة التركية الصحيفة الألمانية بسبب مقال عن الانتخابات.", "ACCUSE"),
    ("وهاجم البرلمان الأوروبي الحكومة المجرية في قرار صدر أمس.", "ACCUSE"),
    ("وهاجم الجيش الروسي مواقع المسلحين في ريف إدلب.", "ASSAULT"),
])
def test_a_civilian_body_attacks_in_words(lexicon, text, etype):
    # a government, parliament or party that هاجم someone criticises; an army strikes
    art = analyze_document(Document(text=text, published="2024-05-01"), lexicon)
    assert [e.type for e in art.events] == [etype]


@pytest.mark.parametrize("text, source", [
    ("وطالبت المعارضة بإلغاء الاتفاق مع صندوق النقد.", "المعارضة"),
    ("ودعت النقابات إلى إضراب عام يوم الخميس.", "النقابات"),
])
def test_with_no_one_before_a_singular_verb_the_actor_after_it_is_its_subject(lexicon, text, source):
    # "وحث موسكو على" after a speaker has that speaker as subject; alone, the actor is it
    found = _actors(lexicon, text, "REQUEST")
    assert found and found[0][0] is not None and found[0][0].name == source, found


def test_a_postponed_or_cancelled_meeting_is_not_reported(lexicon):
    for text in ("وجاء إلغاء الزيارة بعد تصاعد التوتر بين البلدين.",
                 "وأثار تأجيل المحادثات بين الحكومة والمتمردين قلق الوسطاء."):
        assert _actors(lexicon, text, "CONSULT") == [], text


def test_shots_into_the_air_are_no_attack(lexicon):
    for text in ("وأطلقت الشرطة النار في الهواء لتفريق المحتجين أمام البرلمان.",
                 "وأطلق أنصار المرشح الفائز الأعيرة النارية في الهواء ابتهاجا."):
        assert _actors(lexicon, text, "ASSAULT") == [], text
    # fired at someone, it is one
    assert _actors(lexicon, "وأطلق مسلحون النار على حافلة تقل عمالا في بلدة شمالي البلاد.", "ASSAULT")


def test_a_counted_object_makes_a_verbal_noun_report_its_act(lexicon):
    # "أعلنت X اعتقال 12 متظاهرا": arrests counted are arrests made, with no time word needed
    found = _actors(lexicon, "وأعلنت الشرطة التونسية اعتقال 14 شخصا في العاصمة.", "COERCE")
    assert found and _code(found[0][0]) == "TUN", found
    # a demand to stop arrests counts none: no act is reported
    assert _actors(lexicon, "وطالبت المنظمة بوقف اعتقال الناشطين.", "COERCE") == []


def test_the_second_of_two_parties_joined_by_wa_is_the_partner(lexicon):
    # an act done with someone (its row's preposition is مع): both parties named as its
    # subject, the second is the one the first acted with
    found = _actors(lexicon, "وقعت مصر والسعودية اتفاقية لتعزيز التعاون في مجال الطاقة أمس.", "AGREE")
    assert [(_code(s), _code(t)) for s, t in found] == [("EGY", "SAU")]
    # a party named after مع still wins: the second country shares the act, it is not its target
    assert [_code(t) for _, t in _actors(lexicon, "وقطعت السعودية والإمارات العلاقات مع قطر.", "SANCTION")] == ["QAT"]


def test_they_after_anna_is_not_a_single_speaker(analysed):
    # "إنهم اعتدوا": a plural told of by the ministry, not the ministry itself
    art = analysed("وأعلنت وزارة الداخلية اعتقال ستة شبان قالت إنهم اعتدوا على رجال الإطفاء.")
    assert [art.entity(e.source) for e in art.events if e.type == "ASSAULT"] == [None]
    # nor "they" inside a single speaker's quotation
    art = analysed('وقال وزير الخارجية الماليزي في كلمته: "نعلم أنهم لا يلتزمون بتعهداتهم".')
    assert [art.entity(e.source) for e in art.events if e.type == "AGREE"] == [None]


def test_it_after_anna_is_still_the_main_clauses_subject(analysed):
    art = analysed("وقالت وزارة الدفاع الأوكرانية إنها أسقطت طائرة مسيرة فوق خاركيف.")
    assert "وزارة الدفاع الأوكرانية" in [art.entity(e.source).name for e in art.events if e.source]


def test_a_joined_verb_does_not_take_a_doer_of_the_other_gender(analysed):
    # استدعت (she) is not the prime minister's act, whatever the quotation marks cut
    art = analysed('وكان رئيس الوزراء الهولندي مارك روته قد أعلن دعم بلاده للخطة، وهو ما اعتبرته '
                   'تركيا "إهانة" واستدعت على إثره سفيرها من لاهاي.')
    assert all(art.entity(e.source) is None or art.entity(e.source).name != "مارك روته"
               for e in art.events if e.trigger.startswith("استدعت"))
    assert any(e.trigger.startswith("استدعت") for e in art.events)
