"""The head of a relative clause whose verb has it as subject, past the head's adjectives."""
from __future__ import annotations


def _pairs(art, etype):
    name = lambda eid: art.entity(eid).name if eid else None
    return [(name(e.source), name(e.target)) for e in art.events if e.type == etype]


def test_an_adjective_between_the_head_and_the_relative(analysed):
    art = analysed("واستقبل الرئيس وفدا من المعارضة السورية المعتدلة التي ترفض الحوار مع إيران.")
    assert _pairs(art, "REJECT") == [("المعارضة السورية", None)]


def test_an_actor_before_the_head_is_not_the_relative_verbs_object(analysed):
    # the delegates met are neither who refuses nor what is refused
    art = analysed("والتقى المبعوث ممثلين عن الحكومة اليمنية التي ترفض المبادرة.")
    assert _pairs(art, "REJECT") == [("الحكومة اليمنية", None)]
