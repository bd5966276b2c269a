"""A body named in quotation marks after its head (حزب "العمل"، حركة «النهضة»): the
mention holds both marks, the name neither, and a country adjective after the closing mark
is the body's; a short quoted name after a verb stays in its clause, and a quotation opening
at the verb leaves the subject before it. Sentences written for these tests."""
from __future__ import annotations


def _bodies(art) -> list[tuple]:
    return [(e.name, e.affiliation, [m.text for m in e.mentions]) for e in art.entities if e.type == "ORG"]


def test_a_quoted_party_name_is_whole_and_balanced(analysed):
    art = analysed('وأعلن حزب "التجمع الوطني" المعارض أنه سيشارك في الحوار.')
    assert ("حزب التجمع الوطني", None, ['حزب "التجمع الوطني"']) in _bodies(art)


def test_a_country_adjective_after_the_closing_mark_is_the_bodys(analysed):
    art = analysed("ورحب حزب «المستقبل» اللبناني بالقرار.")
    assert ("حزب المستقبل اللبناني", "LBN", ["حزب «المستقبل» اللبناني"]) in _bodies(art)


def test_a_one_word_name_in_quotation_marks_is_a_body(analysed):
    # unquoted, "هيئة المحامين" may be a part of something ("the lawyers' board" of a
    # ministry); quoted, the word is the body's name
    art = analysed('وحذرت هيئة "المحامين" من تعديل القانون.')
    assert [name for name, _, _ in _bodies(art)] == ["هيئة المحامين"]


def test_a_quoted_name_after_the_verb_is_its_subject(analysed):
    # the straight marks around a short name do not end the verb's clause, as «» did not
    art = analysed('وأدانت "منظمة العفو الدولية" حملة الاعتقالات.')
    assert [(e.type, art.entity(e.source).name) for e in art.events if e.source] == [("ACCUSE", "منظمة العفو الدولية")]


def test_a_quotation_opening_at_the_verb_leaves_its_subject_before_it(analysed):
    # 'إن الجزائر "ترفض ..."': the quoted words start at the verb, whose subject stands
    # before the mark
    art = analysed('وقال بيان للخارجية إن الجزائر "ترفض أي تدخل في شؤونها الداخلية".')
    assert [(e.type, art.entity(e.source).name) for e in art.events if e.source] == [("REJECT", "الجزائر")]
