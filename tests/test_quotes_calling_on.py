"""A verb of calling on someone (دعا، طالب، ناشد) joined by و to an earlier speech verb of
its sentence: its speaker is that verb's, and the actor after it is the one called on.
Sentences written for these tests."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import analyze_document


def _speakers(lexicon, text: str) -> list[tuple[bool, str | None]]:
    art = analyze_document(Document(text=text, published="2024-05-01"), lexicon)
    return [(q.direct, art.entity(q.speaker).name if q.speaker else None) for q in art.quotes]


def test_called_on_group_is_not_the_speaker(lexicon):
    text = ('وأكد وزير الخارجية الصيني وانغ يي أن بكين ترفض التدخل في شؤونها، '
            'ودعا الدول الغربية إلى "احترام سيادة الدول".')
    assert _speakers(lexicon, text) == [(False, "وانغ يي"), (True, "وانغ يي")]


def test_called_on_body_after_a_that_clause(lexicon):
    text = ("وقالت منظمة العفو الدولية إن الوضع الإنساني يتدهور، "
            "ودعت مجلس الأمن الدولي إلى أن يفرض هدنة فورية.")
    assert _speakers(lexicon, text) == [(False, "منظمة العفو الدولية"), (False, "منظمة العفو الدولية")]
