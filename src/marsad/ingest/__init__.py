"""Ingest: what newsrooms and archives hold, as Documents ready for the analyzer.

``iter_documents(paths)`` reads plain text, JSON and JSON Lines, saved HTML pages, RSS and
Atom feeds and WARC/ARC archives, in any of the encodings Arabic text comes in; it keeps
Arabic documents (others are counted and skipped), yields each article once, and reports
every bad input as an InputError instead of raising.

    >>> stats = IngestStats()
    >>> for item in iter_documents(["pages/"], stats=stats):
    ...     print(item) if isinstance(item, InputError) else analyze_document(item)
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator

from ..model import Document
from .errors import MAX_DOCUMENT_BYTES, BadInput, IngestStats, InputError
from .sources import FORMATS, STDIN, Source, expand

__all__ = ["iter_documents", "InputError", "IngestStats", "FORMATS", "MAX_DOCUMENT_BYTES"]


def _read_source(source: Source, stats: IngestStats) -> Iterator[Document | InputError]:
    """The documents of one input file; BadInput for a file that cannot be read at all."""
    from .decode import decode_bytes

    origin = "<stdin>" if source.origin == STDIN else source.origin
    if source.format == "jsonl":
        from .records import read_jsonl
        with _opened(source) as stream:
            yield from read_jsonl(stream, origin)
    elif source.format == "warc":
        from .warc import read_warc
        with _opened(source) as stream:
            yield from read_warc(stream, origin, stats)
    elif source.format == "json":
        from .records import read_json
        yield from read_json(source.read_bytes(), origin)
    elif source.format == "html":
        from .html import read_html
        yield read_html(source.read_bytes(), origin)
    elif source.format == "feed":
        from .feeds import read_feed
        yield from read_feed(decode_bytes(source.read_bytes()), origin)
    elif source.format == "text":
        from .plaintext import parse_text
        yield parse_text(decode_bytes(source.read_bytes()), origin)
    else:
        raise BadInput(f"unknown input format {source.format!r} (use one of {', '.join(FORMATS)})")


class _opened:
    """A source's stream as a context manager that never closes stdin."""

    def __init__(self, source: Source):
        self.source = source

    def __enter__(self):
        self.stream = self.source.open()
        return self.stream

    def __exit__(self, *exc):
        if self.source.origin != STDIN:
            self.stream.close()


def _content_key(doc: Document) -> str:
    """The same text (white space aside) is the same article, wherever it came from."""
    return hashlib.sha1(" ".join(doc.text.split()).encode("utf-8", "surrogatepass")).hexdigest()


def iter_documents(paths: list[str], input_format: str | None = None, *,
                   include_non_arabic: bool = False, stats: IngestStats | None = None,
                   published: str | None = None) -> Iterator[Document | InputError]:
    """Every document under ``paths``, once each, with InputErrors for what cannot be read.

    ``input_format`` overrides the format told by each file's name; ``published`` is
    the date given to documents that carry none.
    """
    from .decode import garbled_reason
    from .language import detect_language
    from .metadata import url_key

    stats = stats if stats is not None else IngestStats()
    if input_format is not None and input_format not in FORMATS:
        stats.errors += 1
        yield InputError("--input-format", f"unknown format {input_format!r} (use one of {', '.join(FORMATS)})")
        return
    seen_urls: set[str] = set()
    seen_texts: set[str] = set()

    for source in expand(paths, input_format):
        if isinstance(source, InputError):
            stats.errors += 1
            yield source
            continue
        items = _read_source(source, stats)
        while True:
            try:
                item = next(items)
            except StopIteration:
                break
            except BadInput as e:
                item = InputError(source.origin, str(e))
            except OSError as e:
                item = InputError(source.origin, f"cannot read: {e.strerror or e}")
            except Exception as e:      # a library bug on odd input must not stop the run
                item = InputError(source.origin, f"could not be read ({type(e).__name__}: {' '.join(str(e).split())[:200]})")
            if isinstance(item, InputError):
                stats.errors += 1
                yield InputError(item.origin, " ".join(item.message.split()))    # one line, always
                continue                # after a raise the reader is finished: next() stops
            doc = item
            # The last guard: whatever a reader or library did, mojibake is not analysed.
            garbled = garbled_reason(f"{doc.title or ''}\n{doc.text}")
            if garbled:
                stats.errors += 1
                yield InputError(doc.origin or source.origin, f"text looks garbled: {garbled}")
                continue
            key_url, key_text = url_key(doc.url), _content_key(doc)
            if (key_url and key_url in seen_urls) or key_text in seen_texts:
                stats.duplicates += 1
                continue
            if key_url:
                seen_urls.add(key_url)
            seen_texts.add(key_text)
            doc.lang = detect_language(doc.text) or doc.lang
            if doc.lang != "ar" and not include_non_arabic:
                stats.skipped_non_arabic += 1
                continue
            doc.published = doc.published or published
            stats.read += 1
            yield doc
