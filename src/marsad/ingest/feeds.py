"""RSS and Atom feeds: one Document per item, with its link, date, title and text."""
from __future__ import annotations

from collections.abc import Iterator

from ..model import Document
from .decode import drop_xml_encoding
from .errors import BadInput, InputError
from .html import fragment_text, looks_like_html
from .metadata import normalize_date


def _item_text(entry) -> str:
    """The fullest text an item carries: its content, else its description."""
    candidates = [c.get("value", "") for c in entry.get("content", []) or []]
    candidates.append(entry.get("summary", "") or entry.get("description", ""))
    best = max(candidates, key=len, default="")
    return fragment_text(best) if looks_like_html(best) else " ".join(best.split())


def _item_date(entry) -> str | None:
    # The date as the feed wrote it keeps the newsroom's own day; feedparser's parsed
    # form is in UTC and would move late-evening items to the next day.
    for key in ("published", "pubDate", "updated", "created", "dc_date"):
        if value := normalize_date(entry.get(key)):
            return value
    for key in ("published_parsed", "updated_parsed"):
        if parsed := entry.get(key):
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


def read_feed(text: str, origin: str) -> Iterator[Document | InputError]:
    """Every item of an RSS 2.0, RSS 1.0 or Atom feed (already decoded)."""
    import feedparser

    parsed = feedparser.parse(drop_xml_encoding(text))
    if not parsed.entries:
        if parsed.bozo:
            raise BadInput(f"not a readable RSS or Atom feed ({parsed.bozo_exception})")
        raise BadInput("feed has no items")
    site = " ".join(parsed.feed.get("title", "").split()) or None
    for n, entry in enumerate(parsed.entries, 1):
        where = f"{origin}#item-{n}"
        body = _item_text(entry)
        if not body:
            yield InputError(where, "feed item has no description or content")
            continue
        yield Document(
            text=body,
            title=" ".join(entry.get("title", "").split()) or None,
            site=site,
            url=entry.get("link") or None,
            published=_item_date(entry),
            id=entry.get("id") or None,
            author=entry.get("author") or None,
            origin=where,
        )
