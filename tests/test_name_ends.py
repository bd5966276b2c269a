"""Where a person's name ends before the object of the verb: a definite noun of policy
(القرار، الخطة) or a definite verbal noun of the event table (الهجوم، الاعتقال) is never a
name word. Sentences written for these tests."""
from __future__ import annotations

import pytest

from marsad.model import Document
from marsad.pipeline import analyze_document


def _people(lexicon, text: str) -> list[str]:
    art = analyze_document(Document(text=text, published="2024-05-01"), lexicon)
    return [e.name for e in art.entities if e.type == "PER"]


@pytest.mark.parametrize("text, name", [
    ("وأدان الوزير رامي فؤاد الهجوم على القافلة.", "رامي فؤاد"),
    ("وانتقد النائب سامي نادر القرار بشدة.", "سامي نادر"),
    ("ورفضت الوزيرة هالة صبري الخطة الجديدة.", "هالة صبري"),
])
def test_a_definite_act_or_policy_noun_ends_a_name(lexicon, text, name):
    assert _people(lexicon, text) == [name]


def test_a_definite_policy_noun_right_after_a_title_is_no_name(lexicon):
    assert _people(lexicon, "ورفض الوزير القرار ودعا إلى مراجعته.") == []
