"""Marsad (مرصد): Arabic news into data.

    >>> import marsad
    >>> art = marsad.analyze("قال وزير الخارجية ...", title="...", published="2024-03-12")
    >>> art.to_dict()["entities"]
"""
from __future__ import annotations

from .model import Article, DateExpr, Document, Entity, Event, Mention, Quote

__version__ = "0.1.0"


def analyze(text: str, title: str | None = None, published: str | None = None, *,
            site: str | None = None, url: str | None = None, id: str | None = None,
            lexicon_dirs=()) -> Article:
    """Analyse one article's body text and return its Article (``.to_dict()`` for JSON)."""
    from .lexicon import load_lexicon
    from .pipeline import analyze_document

    doc = Document(text=text, title=title, published=published, site=site, url=url, id=id)
    return analyze_document(doc, load_lexicon(lexicon_dirs))


__all__ = ["analyze", "Article", "Document", "Entity", "Mention", "Quote", "Event", "DateExpr"]
