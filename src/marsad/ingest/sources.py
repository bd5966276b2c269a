"""Where input comes from: paths, directories, globs and stdin, and which format each is."""
from __future__ import annotations

import glob
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from .errors import MAX_DOCUMENT_BYTES, BadInput, InputError

FORMATS = ("text", "json", "jsonl", "html", "feed", "warc")
# Longest suffix first, so "x.warc.gz" is a WARC and not an unknown ".gz".
_EXTENSIONS = {
    ".warc.gz": "warc", ".arc.gz": "warc", ".warc": "warc", ".arc": "warc",
    ".jsonl.gz": "jsonl", ".ndjson.gz": "jsonl",
    ".txt": "text", ".text": "text", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
STDIN = "-"


@dataclass
class Source:
    """One input file (or stdin) and the format it will be read as."""

    origin: str                 # the path as the user gave or we found it, or "-"
    format: str

    def open(self) -> BinaryIO:
        """A binary stream; gzipped JSON Lines dumps are unpacked on the fly."""
        if self.origin == STDIN:
            return sys.stdin.buffer
        if self.format == "jsonl" and self.origin.lower().endswith(".gz"):
            import gzip
            return gzip.open(self.origin, "rb")
        return open(self.origin, "rb")

    def read_bytes(self) -> bytes:
        """The whole input, refused when larger than one document may be."""
        if self.origin != STDIN:
            size = os.path.getsize(self.origin)
            if size > MAX_DOCUMENT_BYTES:
                raise BadInput(f"file is {size / 2**20:.0f} MB, over the {MAX_DOCUMENT_BYTES // 2**20} MB "
                               "limit for one document (split it, or use JSONL or WARC)")
        if self.origin == STDIN:
            data = sys.stdin.buffer.read(MAX_DOCUMENT_BYTES + 1)
        else:
            with open(self.origin, "rb") as f:
                data = f.read(MAX_DOCUMENT_BYTES + 1)
        if len(data) > MAX_DOCUMENT_BYTES:
            raise BadInput(f"input is over the {MAX_DOCUMENT_BYTES // 2**20} MB limit for one document")
        return data


def format_of_name(path: str) -> str | None:
    name = path.lower()
    for suffix, fmt in _EXTENSIONS.items():
        if name.endswith(suffix):
            return fmt
    return None


def sniff_format(head: bytes) -> str:
    """A format from a file's first bytes, for names that do not say."""
    if head.startswith(b"\x1f\x8b") or head.startswith(b"WARC/") or head.startswith(b"filedesc://"):
        return "warc"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:2000].lower()
    if start.startswith(b"<?xml") or start.startswith(b"<rss") or start.startswith(b"<feed"):
        return "feed" if (b"<rss" in start or b"<feed" in start or b"<rdf" in start) else "html"
    if start.startswith(b"<"):
        return "html"
    if start.startswith(b"["):
        return "json"
    if start.startswith(b"{"):
        first_line = start.split(b"\n", 1)[0].rstrip()
        return "jsonl" if first_line.endswith(b"}") and b"\n" in start.strip() else "json"
    return "text"


def _sniff_file(path: str) -> str:
    with open(path, "rb") as f:
        return sniff_format(f.read(4096))


def expand(paths: list[str], input_format: str | None) -> Iterator[Source | InputError]:
    """Every input file under ``paths`` in a stable order, or an error for paths that fail."""
    for path in paths:
        if path == STDIN:
            yield Source(STDIN, input_format or "text")
        elif os.path.isdir(path):
            found = False
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    fmt = format_of_name(name)
                    if fmt and not name.startswith("."):
                        found = True
                        yield Source(os.path.join(root, name), input_format or fmt)
            if not found:
                yield InputError(path, "directory holds no files of a known type "
                                       "(.txt .json .jsonl .html .xml .rss .atom .warc .arc)")
        elif os.path.isfile(path):
            yield _file_source(path, input_format)
        elif glob.has_magic(path):
            matches = sorted(p for p in glob.glob(path, recursive=True) if os.path.isfile(p))
            if not matches:
                yield InputError(path, "no file matches this pattern")
            for match in matches:
                yield _file_source(match, input_format)
        else:
            yield InputError(path, "no such file or directory")


def _file_source(path: str, input_format: str | None) -> Source | InputError:
    if input_format:
        return Source(path, input_format)
    try:
        return Source(path, format_of_name(path) or _sniff_file(path))
    except OSError as e:
        return InputError(path, f"cannot read: {e.strerror or e}")
