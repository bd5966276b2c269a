"""Who announces, decides or pledges an act does it, past a time or medium set off by commas."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, etype, source", [
    ("أعلنت وزارة الداخلية الأردنية، مساء الأحد، اعتقال تسعة أشخاص.", "COERCE", "وزارة الداخلية الأردنية"),
    ("وأعلنت الشرطة، في بيان، اعتقال أربعة مشتبه بهم.", "COERCE", "الشرطة"),
    ("وأعلن الاتحاد الأوروبي، الجمعة، تقديم مساعدات إنسانية للسودان.", "AID", "الاتحاد الأوروبي"),
])
def test_an_aside_between_the_announcer_and_the_act(analysed, text, etype, source):
    art = analysed(text)
    found = [art.entity(e.source).name if e.source else None for e in art.events if e.type == etype]
    assert found == [source]
