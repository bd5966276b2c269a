"""JSON and JSON Lines records: one object (or a list of them), or one object a line."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from ..model import Document
from .decode import decode_bytes
from .errors import MAX_DOCUMENT_BYTES, BadInput, InputError
from .metadata import normalize_date

# The names publishers and dataset makers give each field, in order of preference.
TEXT_FIELDS = ("text", "body", "content", "article", "maintext", "story")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("published", "date", "time", "pubDate", "pubdate", "date_publish",
               "published_at", "publication_date", "datetime",
               # last resort: when a crawler took the page (news is crawled the day it runs)
               "date_extracted", "date_crawled", "crawled")
SITE_FIELDS = ("site", "source", "sitename", "publisher", "source_domain")
URL_FIELDS = ("url", "link", "uri")
AUTHOR_FIELDS = ("author", "authors", "byline")


def _first(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, "", []):
            return value
    return None


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):                       # authors: ["a", "b"]
        return "; ".join(str(v).strip() for v in value if v) or None
    if isinstance(value, dict):                       # source: {"name": ...}
        return _as_text(value.get("name") or value.get("title"))
    return str(value).strip() or None


def record_to_document(record: Any, origin: str) -> Document:
    """One JSON object as a Document; BadInput when it is no article."""
    if not isinstance(record, dict):
        raise BadInput(f"expected a JSON object, found {type(record).__name__}")
    body = _first(record, TEXT_FIELDS)
    if not isinstance(body, str) or not body.strip():
        raise BadInput("record has no text (expected a 'text', 'body' or 'content' field)")
    if "<" in body and ">" in body:
        from .html import looks_like_html, fragment_text
        if looks_like_html(body):
            body = fragment_text(body)
    raw_id = record.get("id", record.get("_id"))
    return Document(
        text=body.strip("\n"),
        title=_as_text(_first(record, TITLE_FIELDS)),
        site=_as_text(_first(record, SITE_FIELDS)),
        url=_as_text(_first(record, URL_FIELDS)),
        published=normalize_date(_first(record, DATE_FIELDS)),
        id=None if raw_id in (None, "") else str(raw_id),
        author=_as_text(_first(record, AUTHOR_FIELDS)),
        lang=_as_text(record.get("lang") or record.get("language")),
        origin=origin,
    )


def read_json(data: bytes, origin: str) -> Iterator[Document | InputError]:
    """A JSON file: one article object or a list of them."""
    try:
        value = json.loads(_json_text(data))
    except json.JSONDecodeError as e:
        raise BadInput(f"not JSON: {e.msg} at line {e.lineno} column {e.colno}") from None
    records = value if isinstance(value, list) else [value]
    for n, record in enumerate(records, 1):
        where = origin if len(records) == 1 and not isinstance(value, list) else f"{origin}#record-{n}"
        try:
            yield record_to_document(record, where)
        except BadInput as e:
            yield InputError(where, str(e))


def _json_text(data: bytes) -> str:
    """JSON is UTF-8 by definition: take it as such when it decodes, and only guess the
    encoding of files that are not. (The mojibake heuristics must not see raw JSON: an
    escaped "\\n" before an Arabic letter looks like a word mixing two scripts.) The
    decoded values are still checked for mojibake when the document is made."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(data)


def read_jsonl(stream: BinaryIO, origin: str) -> Iterator[Document | InputError]:
    """One object a line, streamed; a bad line is reported and the rest go on."""
    import gzip
    import zlib

    try:
        yield from _read_lines(stream, origin)
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        raise BadInput(f"compressed file is corrupt or truncated ({e})") from None


def _read_lines(stream: BinaryIO, origin: str) -> Iterator[Document | InputError]:
    for n, line in enumerate(_lines(stream), 1):
        where = f"{origin}:{n}"
        if line is None:
            yield InputError(where, f"line longer than {MAX_DOCUMENT_BYTES // 2**20} MB, skipped")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(_json_text(line.lstrip(b"\xef\xbb\xbf")))
            yield record_to_document(record, where)
        except json.JSONDecodeError as e:
            yield InputError(where, f"not JSON: {e.msg} (column {e.colno})")
        except BadInput as e:
            yield InputError(where, str(e))


def _lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """Lines of a stream; None for a line over the size limit (its bytes are skipped)."""
    while True:
        line = stream.readline(MAX_DOCUMENT_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_DOCUMENT_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(2**20)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line
