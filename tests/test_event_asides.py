"""A day set off by commas (news style: "حذر الوزير، أمس، إثيوبيا من") sits inside its
clause: the act keeps the target after it and the subject before it. Sentences written for
these tests."""
from __future__ import annotations


def _actors(art, etype: str) -> list[tuple[str | None, str | None]]:
    """(source name, target name) of each event of the type."""
    def name(eid):
        ent = art.entity(eid)
        return ent.name if ent else None
    return [(name(e.source), name(e.target)) for e in art.events if e.type == etype]


def test_the_target_after_a_day_between_commas_is_kept(analysed):
    art = analysed("وحذرت الخارجية الروسية، أمس الأربعاء، بولندا من نشر صواريخ على حدودها.")
    assert ("بولندا" in {t for _, t in _actors(art, "THREATEN")})
    art = analysed("واستقبل الرئيس التونسي، يوم الخميس، وزير الخارجية الجزائري في قصر قرطاج.")
    assert any(t and t.startswith("وزير الخارجية الجزائري") for _, t in _actors(art, "CONSULT"))
    art = analysed("واتهمت كوريا الشمالية، صباح اليوم، اليابان بالتجسس على سفنها.")
    assert ("كوريا الشمالية", "اليابان") in _actors(art, "ACCUSE")


def test_an_announced_act_after_the_day_is_the_announcers(analysed):
    art = analysed("وأعلنت وزارة الداخلية المغربية، مساء السبت، اعتقال ثلاثة أشخاص في طنجة.")
    assert [s for s, _ in _actors(art, "COERCE")] == ["وزارة الداخلية المغربية"]


def test_a_verb_joined_after_the_day_starts_its_own_clause(analysed):
    # the place visited before the day is no subject of the meeting joined after it
    art = analysed("وزار الملياردير الأمريكي فرانك هولت، الأربعاء، الأردن، والتقى رئيس الوزراء الأردني.")
    assert ("الأردن", None) not in _actors(art, "CONSULT")
    assert all(s != "الأردن" for s, _ in _actors(art, "CONSULT"))


def test_an_attack_after_the_day_is_still_the_killings_cause(analysed):
    # the raid after "، صباح السبت،" says who killed, and the people killed are its victims
    art = analysed("قتل تسعة مدنيين، صباح السبت، في قصف نفذته حركة الشباب على سوق في مقديشو.")
    assert "حركة الشباب" in [s for s, _ in _actors(art, "ASSAULT")]
    art = analysed("قتل أربعة جنود، مساء الأحد، في هجوم على حاجز للجيش.")
    assert "جنود" not in [s for s, _ in _actors(art, "ASSAULT")]
    assert "جنود" in [t for _, t in _actors(art, "ASSAULT")]


def test_the_object_after_a_named_subject_and_a_day_is_the_target(analysed):
    # a long subject after the verb, then the day set off by commas, then the object
    art = analysed("واتهم وزير الخارجية الإيراني عباس عراقجي، مساء الثلاثاء، إسرائيل بتخريب المفاوضات.")
    assert ("عباس عراقجي", "إسرائيل") in _actors(art, "ACCUSE")
