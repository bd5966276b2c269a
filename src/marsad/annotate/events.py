"""Events annotator (see its issue); returns no events until it is built."""
from __future__ import annotations


def annotate(an) -> list:
    return []
