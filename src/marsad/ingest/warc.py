"""Web archives (WARC and ARC, gzipped or not), as Common Crawl's CC-NEWS ships them."""
from __future__ import annotations

import contextlib
import io
import logging
import re
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from ..model import Document
from .errors import MAX_DOCUMENT_BYTES, BadInput, IngestStats, InputError
from .html import read_html
from .metadata import normalize_date

_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:\-]+)", re.I)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)", re.I | re.S)


# warcio logs a warning for every odd target URI; with no handler of the application's
# own, Python would print each on stderr.
logging.getLogger("warcio").addHandler(logging.NullHandler())


def _looks_like_archive(stream: BinaryIO) -> bool:
    """A WARC or ARC file starts "WARC/" or "filedesc://", gzipped or not.

    warcio reads almost any text as an ARC file of odd records, so a page or a feed
    saved under a .warc or .arc name is refused here instead.
    """
    head = stream.peek(4096)[:4096] if hasattr(stream, "peek") else b""
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip().startswith((b"WARC/", b"filedesc://"))


def _quietly(step):
    """Run one warcio step with its stderr warnings captured (it writes them directly)."""
    with contextlib.redirect_stderr(io.StringIO()):
        return step()


def _is_html(content_type: str, payload_start: bytes) -> bool:
    if content_type:
        return "html" in content_type.lower()
    return bool(_HTML_START.match(payload_start[:1024]))    # no header: look at the bytes


def _cut_short(record) -> bool:
    """True when the file ended before the record's declared length (warcio is silent)."""
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    return getattr(raw, "limit", 0) > 0


def read_warc(stream: BinaryIO, origin: str, stats: IngestStats) -> Iterator[Document | InputError]:
    """HTML responses with status 200, each parsed as a page with the record's URL and date.

    Records of other kinds (requests, metadata) are passed over; responses that are not
    HTML or not status 200 are counted in ``stats``.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    if not _looks_like_archive(stream):
        raise BadInput("not a WARC or ARC archive (it should start with 'WARC/' or 'filedesc://')")
    records = ArchiveIterator(stream, arc2warc=True)
    n = 0
    try:
        while (record := _quietly(lambda: next(records, None))) is not None:
            n += 1
            item = _quietly(lambda: _read_record(record, f"{origin}#record-{n}", stats))
            if item is _TRUNCATED:
                yield InputError(f"{origin}#record-{n}", "archive is truncated inside this record")
                return
            if item is not None:
                yield item
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as e:
        message = " ".join(str(e).split()) or type(e).__name__
        yield InputError(f"{origin}#record-{n + 1}", f"archive is corrupt or truncated here: {message[:200]}")


_TRUNCATED = object()


def _read_record(record, where: str, stats: IngestStats):
    """One record as a Document, an InputError, None (passed over) or _TRUNCATED."""
    if record.rec_type not in ("response", "resource"):
        return None
    headers = record.http_headers
    if record.rec_type == "response" and headers is not None:
        if headers.get_statuscode() != "200":
            stats.skipped_status += 1
            return None
        content_type = headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    payload = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)
    if _cut_short(record):
        return _TRUNCATED
    if not _is_html(content_type, payload):
        stats.skipped_not_html += 1
        return None
    if len(payload) > MAX_DOCUMENT_BYTES:
        return InputError(where, f"page larger than {MAX_DOCUMENT_BYTES // 2**20} MB, refused")
    url = record.rec_headers.get_header("WARC-Target-URI")
    charset = _CHARSET.search(content_type)
    try:
        doc = read_html(payload, where, url=url, declared=charset and charset.group(1))
    except BadInput as e:
        return InputError(where, str(e))
    # The page's own date is the publication date; the capture date is the nearest
    # thing when the page gives none.
    doc.published = doc.published or normalize_date(record.rec_headers.get_header("WARC-Date"))
    return doc
