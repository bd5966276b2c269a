"""A country adjective after a noun of sponsorship (برعاية سعودية، بوساطة قطرية) names who
sponsored or mediated the act, not an actor of it. Sentences written for these tests."""
from __future__ import annotations

from marsad.model import Document
from marsad.pipeline import analyze_document


def test_a_sponsor_adjective_is_no_actor_of_the_talks(lexicon):
    text = "وعقد وفدا الحكومة والمعارضة محادثات برعاية سعودية أمريكية في الرياض."
    art = analyze_document(Document(text=text, published="2024-05-01"), lexicon)
    consults = [e for e in art.events if e.type == "CONSULT"]
    assert consults
    actors = {art.entity(x).name for e in consults for x in (e.source, e.target) if art.entity(x)}
    assert not any("سعودية" in a or "أمريكية" in a for a in actors)
    assert not any(e.rule == "events:nisba" and "برعاية" in e.name for e in art.entities)


def test_an_instrument_adjective_still_makes_an_actor(lexicon):
    # "بغارة إسرائيلية": the air strike is Israel's; only sponsorship nouns are left out
    art = analyze_document(Document(text="وقتل ثلاثة مدنيين بغارة إسرائيلية على خان يونس.",
                                    published="2024-05-01"), lexicon)
    assert any(e.rule == "events:nisba" and e.affiliation == "ISR" for e in art.entities)
