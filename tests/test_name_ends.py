"""Where a person's name ends before what follows it in the sentence: a definite noun of
policy (القرار، الخطة), a definite verbal noun of the event table (الهجوم، الاعتقال), a
duration (عامين، شهرين) or an adverb in ـيا (رسميا، نهائيا) is never a name word.
Sentences written for these tests."""
from __future__ import annotations

import pytest


def _people(art) -> list[str]:
    return [e.name for e in art.entities if e.type == "PER"]


@pytest.mark.parametrize("text, name", [
    ("وأدان الوزير رامي فؤاد الهجوم على القافلة.", "رامي فؤاد"),
    ("وانتقد النائب سامي نادر القرار بشدة.", "سامي نادر"),
    ("ورفضت الوزيرة هالة صبري الخطة الجديدة.", "هالة صبري"),
    # after a given name and a family name as well (no title before them)
    ("وأدان الناشط في حزب الوسط ماهر سليم الهجوم على القافلة.", "ماهر سليم"),
    # a duration after the name is the sentence's, not a family name
    ("وقضت المحكمة بسجن الناشط فادي حمدان عامين.", "فادي حمدان"),
    ("وحكم على المدون رامي فؤاد شهرين مع وقف التنفيذ.", "رامي فؤاد"),
    # and before an adverb in ـيا
    ("وأكد الوزير سامي نادر رسميا استقالته من الحكومة.", "سامي نادر"),
])
def test_a_definite_act_or_policy_noun_ends_a_name(analysed, text, name):
    assert _people(analysed(text)) == [name]


def test_a_future_verb_right_after_a_title_is_no_name(analysed):
    # "الوزير سيستقيل": سـ + a verb of the tables, not a name
    assert _people(analysed("وأكدت مصادر أن الوزير سيستقيل خلال أيام.")) == []
    art = analysed("وأكد المكتب أن الرئيس الفرنسي سيزور الجزائر الشهر المقبل.")
    assert [(e.type, art.entity(e.source).name) for e in art.events] == [("CONSULT", "الرئيس الفرنسي")]


def test_a_definite_policy_noun_right_after_a_title_is_no_name(analysed):
    assert _people(analysed("ورفض الوزير القرار ودعا إلى مراجعته.")) == []
    assert _people(analysed("ونفت السفيرة البريطانية في بغداد مزاعم الحكومة.")) == []


def test_a_second_office_after_an_office_is_the_verbs_object(analysed):
    # "استقبل الملك الوزير الفرنسي": the king received the minister; one title, not two
    # joined (honorifics still stack: معالي الدكتور، الكاتب الصحفي)
    roles = lambda text: [e.name for e in analysed(text).entities if e.type == "ROLE"]  # noqa: E731
    assert roles("واستقبل الملك الوزير الفرنسي في القصر.") == ["الملك", "الوزير الفرنسي"]
    assert roles("وطرد الرئيس السفير الأمريكي أمس.") == ["الرئيس", "السفير الأمريكي"]
    assert roles("وقال المتحدث باسم الرئيس التركي إن الزيارة مهمة.") == ["المتحدث باسم الرئيس التركي"]


@pytest.mark.parametrize("text, roles", [
    # a past verb of a derived form (افتعل، انفعل) right after a title is its predicate
    ("وكان محافظ المدينة اعتمد الميزانية الجديدة.", ["محافظ المدينة"]),
    ("وكانت الوزيرة انتقدت التقرير بشدة.", ["الوزيرة"]),
    ("وقال إن الرئيس انسحب من المفاوضات.", ["الرئيس"]),
    # nor is it the body of a construct title ("مدير الشرطة انطلقت الحملة")
    ("وقال مدير الشرطة انطلقت الحملة صباح اليوم.", ["مدير الشرطة"]),
])
def test_a_past_verb_of_a_derived_form_after_a_title_is_no_name(analysed, text, roles):
    art = analysed(text)
    assert _people(art) == []
    assert [e.name for e in art.entities if e.type == "ROLE"] == roles


def test_a_past_verb_of_a_derived_form_ends_a_name(analysed):
    assert _people(analysed("وأكدت الوزارة أن الوزير سامي اجتمع مع الوفد.")) == ["سامي"]


def test_a_title_does_not_run_across_and_a_body(analysed):
    # "و" + a group's head opens the next item of a list, not the office's body
    art = analysed("وشكر وزير الداخلية ورجال الأمن المواطنين على تعاونهم.")
    assert [(e.type, e.name) for e in art.entities if e.type in ("ROLE", "GROUP")][:2] == [
        ("ROLE", "وزير الداخلية"), ("GROUP", "رجال الأمن")]


def test_a_title_with_its_complement_takes_no_second_body(analysed):
    # "رئيس مجلس النواب" holds its complement: what follows is the name, not a body
    art = analysed("وأعلن رئيس مجلس النواب ماجد الطراونة أن الجلسة ستعقد غدا.")
    assert _people(art) == ["ماجد الطراونة"]
    # and a noun with its genitive there is no name either
    assert _people(analysed("وسأل النواب رئيس الحكومة ماهية الإجراءات المتخذة.")) == []
    assert _people(analysed("ودعا الله أن يجزي خادم الحرمين الشريفين خير الجزاء.")) == []


def test_a_second_portfolio_stays_in_the_ministers_title(analysed):
    art = analysed("وقال وزير التجارة والصناعة، في بيان، إن الأسعار مستقرة.")
    assert [e.name for e in art.entities if e.type == "ROLE"] == ["وزير التجارة والصناعة"]


def test_a_blessing_after_a_name_is_no_name_word(analysed):
    # "رحمه الله" (God have mercy on him), "طيب الله ثراه": said after the dead and rulers
    assert _people(analysed("وقال الأمير نايف رحمه الله إن الأمن أولا.")) == ["نايف"]
    assert _people(analysed("وكان الشيخ راشد طيب الله ثراه قد زار المدينة.")) == ["راشد"]


def test_a_compound_second_half_is_not_cut_off(analysed):
    # the name budget ran out at حمد, but حمد الله is one compound
    assert _people(analysed("وأحرز الهدف عبد الرزاق حمد الله في الدقيقة العاشرة.")) == ["عبد الرزاق حمد الله"]
