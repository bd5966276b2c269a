"""A court's sentence is a SANCTION (CODES.md: "convict"): قضت المحكمة بسجن فلان، قضت
بالسجن على فلان. Serving a term is none. Sentences written for these tests."""
from __future__ import annotations


def _sanctioned(art) -> list[str | None]:
    """Whom each SANCTION of the article is on (its target's name)."""
    return [art.entity(e.target).name if art.entity(e.target) else None
            for e in art.events if e.type == "SANCTION"]


def test_a_court_sentencing_someone_is_a_sanction_on_them(analysed):
    assert "فادي حمدان" in _sanctioned(analysed("وقضت محكمة أردنية بسجن الناشط فادي حمدان بتهمة إثارة الفتنة."))
    assert "كمال ناصر" in _sanctioned(analysed("وقضت المحكمة العسكرية بالسجن خمس سنوات على الصحفي كمال ناصر."))


def test_serving_a_term_or_spending_time_is_no_sentence(analysed):
    art = analysed("وأفرجت السلطات عن الرجل الذي كان يقضي حكما بالسجن منذ عامين.")
    assert not any(e.trigger.endswith("يقضي") for e in art.events)
    assert analysed("وقضى الرئيس إجازته في الجبال مع عائلته.").events == []
