"""Bytes to text: byte-order marks, declared charsets, detection, and a mojibake guard.

Arabic pages come in UTF-8, windows-1256, ISO-8859-6 and UTF-16, often with no charset
declared or the wrong one. Every candidate decoding is checked for the marks of garbled
text (Latin letters where Arabic should be, UTF-8 read as a legacy code page, control
characters) so that mojibake is refused here and never reaches the analyzer.
"""
from __future__ import annotations

import codecs
import re

from .errors import BadInput

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# File signatures of formats that are certainly not text.
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b",
                 b"\x7fELF", b"BZh", b"\xfd7zXZ", b"Rar!", b"7z\xbc\xaf")
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)"""
    rb"""|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.\-]+)""", re.I)
# The legacy code pages Arabic text is most often saved in, tried when detection fails.
_ARABIC_LEGACY = ("cp1256", "iso8859-6")

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_ARABIC_LETTERS = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
_LETTER = re.compile(r"[^\W\d_]")
_ASCII_RUN = re.compile(r"[\t\n\r\x20-\x7e]+")
# Three or more Latin-1 letters in a row: "ÇáÍßæ" is Arabic read as Latin-1, while
# French or German put ASCII letters between their accented ones.
_LATIN1_RUN = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]{3,}")
# The lead byte of a two-byte UTF-8 character read as Latin-1, then its trail byte.
_UTF8_AS_LATIN = re.compile(r"[\u00c2-\u00df][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# A word that mixes Arabic letters with Latin ones: ISO-8859-6 read as windows-1256
# ("ÇáÍßæ" pieces inside Arabic words); real Arabic text almost never does this.
_MIXED_WORD = re.compile(r"(?:[\u0620-\u06ff][A-Za-z\u00c0-\u00ff\u00d7]|[A-Za-z\u00c0-\u00ff\u00d7][\u0620-\u06ff])")
# Symbols that mojibake scatters inside words (UTF-8 lead and trail bytes read as a
# code page); quotation marks, degrees and the copyright sign are left out, real text
# puts those next to words.
_SYMBOLS = "[€‚ƒ„†‡ˆ‰‹Œ•˜™›œŸ¡¢£¤¥¦§¨ª¬¯±²³´µ¶·¸¹º¼½¾¿]"
_SYMBOL_IN_WORD = re.compile(rf"(?<=\w){_SYMBOLS}|{_SYMBOLS}(?=\w)")
_SYMBOL = re.compile(_SYMBOLS)   # any at all? (a cheap first look)
# Every character the checks below count except Arabic and ASCII letters: control
# characters, Latin-1 letters (all the Latin-1 runs, UTF-8 lead bytes and the × of mixed
# words are among them) and the symbols. Clean Arabic text has none of them.
_SUSPECT = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00c0-\u00ff]|" + _SYMBOLS)
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# Common Arabic letters: counted one by one (str.count is fast) they give a lower bound
# of the number of Arabic letters without a regex over the whole text.
_COMMON_ARABIC = "اليمونهرتبعد"


# The encoding named in an XML prolog. Once the text is decoded it must go: parsers
# handed a string that still names a code page decode it a second time by that label.
_XML_ENCODING = re.compile(r"""^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']""")


def drop_xml_encoding(text: str) -> str:
    return _XML_ENCODING.sub(r"\1", text, count=1)


def declared_charset(data: bytes) -> str | None:
    """The charset a page or XML file declares in its first bytes, if Python knows it."""
    m = _DECLARED.search(data[:4096])
    if not m:
        return None
    return normalize_charset((m.group(1) or m.group(2)).decode("ascii", "ignore"))


def normalize_charset(name: str | None) -> str | None:
    """Python's codec name for a charset label; None for unknown labels."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'").lower()).name
    except LookupError:
        return None
    # Browsers read pages labelled latin-1 or ascii as windows-1252 (WHATWG), and a
    # UTF-16 label inside bytes we could read as ASCII is necessarily wrong.
    if codec in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    if codec.startswith("utf-16") or codec.startswith("utf-32"):
        return None
    return codec


_WINDOW = 8000


def _sample(text: str) -> str:
    """Start, middle and end of a long text: garbling runs through a whole file, and
    regular expressions over every character of a large page cost more than the page's
    extraction."""
    if len(text) <= 3 * _WINDOW:
        return text
    mid = len(text) // 2
    return "\n".join((text[:_WINDOW], text[mid - _WINDOW // 2: mid + _WINDOW // 2], text[-_WINDOW:]))


def garbled_reason(text: str) -> str | None:
    """Why ``text`` looks like mojibake or binary, or None when it reads as text."""
    bad = text.count("\ufffd")
    if bad > max(3, len(text) // 200):
        return f"{bad} characters could not be decoded"
    text = _sample(text)
    n = len(text)
    if not n:
        return None
    if _SUSPECT.search(text) is None and _reads_as_clean_arabic(text):
        return None
    if len(_CONTROL.findall(text)) > max(2, n // 10):   # stray \x1a and the like occur in real text
        return "it contains control characters (binary data?)"
    # Mojibake lives in the non-ASCII characters: look at those alone, each ASCII run
    # cut to one space, so that markup, scripts and Latin words dilute no ratio.
    rest = _ASCII_RUN.sub(" ", text)
    arabic = sum(map(len, _ARABIC_LETTERS.findall(rest)))    # counted by runs: fewer objects
    if arabic and len(_MIXED_WORD.findall(text)) > max(3, arabic * 0.03):
        return "words mixing Arabic and Latin letters (text read in the wrong code page)"
    chars = len(rest) - rest.count(" ")
    if chars < 20:
        return None
    if sum(map(len, _LATIN1_RUN.findall(rest))) > chars * 0.25:
        return "Latin letters such as 'ÇáÍ' where Arabic should be (a legacy Arabic encoding read as Latin)"
    if len(_UTF8_AS_LATIN.findall(rest)) > max(3, chars * 0.05):
        return "pairs such as 'Ã©' or 'Ø§' (UTF-8 read as Latin)"
    if arabic > 20 and rest.count("ط") + rest.count("ظ") > arabic * 0.25:
        return "letter pairs such as 'ط§ظ„' (UTF-8 read as windows-1256)"
    if _SYMBOL.search(rest) and len(_SYMBOL_IN_WORD.findall(rest)) > max(3, chars * 0.02):
        return "symbols such as '€™§' inside words (UTF-8 read in a legacy code page)"
    return None


def _reads_as_clean_arabic(text: str) -> bool:
    """For a text without _SUSPECT characters, whether the checks of garbled_reason surely
    pass (False: run them). Without those characters only two of them can fail: words
    mixing Arabic and ASCII letters, and too many ط and ظ for the Arabic letters."""
    if _ASCII_LETTER.search(text) and len(_MIXED_WORD.findall(text)) > 3:
        return False
    ta_za = text.count("ط") + text.count("ظ")
    return ta_za == 0 or ta_za * 4 <= sum(map(text.count, _COMMON_ARABIC))


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except LookupError:
        return None
    except UnicodeDecodeError as e:
        # A file cut off inside a multi-byte character (a truncated download) is still
        # that encoding: keep what came before the cut.
        if e.reason == "unexpected end of data" and e.start >= len(data) - 3:
            return _strict(data[: e.start], codec)
        return None


# How mojibake is usually made: bytes in one encoding read as another, then saved as
# UTF-8. Each pair undoes one such accident: (what it was read as, what it really was).
_MISREADINGS = (("cp1252", "utf-8"), ("latin-1", "utf-8"), ("cp1256", "utf-8"),
                ("cp1252", "cp1256"), ("latin-1", "cp1256"))


def _repair_mojibake(text: str) -> str | None:
    """Undo a known misreading that was saved again as UTF-8, if one explains the text."""
    for read_as, really in _MISREADINGS:
        try:
            fixed = text.encode(read_as).decode(really)
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if garbled_reason(fixed) is None:
            return fixed
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no BOM: Arabic and ASCII put 0x06 or 0x00 in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4000]
    odd, even = sample[1::2], sample[0::2]
    high_odd = odd.count(0) + odd.count(6)
    high_even = even.count(0) + even.count(6)
    half = len(sample) // 2
    for share, codec in ((high_odd, "utf-16-le"), (high_even, "utf-16-be")):
        if share > half * 0.8:
            text = _strict(data, codec)
            if text is not None and garbled_reason(text) is None:
                return text
    return None


def _arabic_share(text: str) -> float:
    letters = len(_LETTER.findall(text)) or 1
    return len(_ARABIC_LETTER.findall(text)) / letters


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode one document's bytes or raise BadInput saying why it cannot be read.

    ``declared`` is a charset from outside the bytes (an HTTP header); one declared
    inside a page is found here. A declaration is trusted only if the text it gives
    reads as text: pages declared wrongly are common.
    """
    if not data.strip():
        raise BadInput("empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], codec)
            if text is None:
                raise BadInput(f"starts with a {codec} byte-order mark but is not valid {codec}")
            return text

    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data[:8000] or data.startswith(_BINARY_MAGIC):
        raise BadInput("binary file, not text")

    tried: list[str] = []
    why = ""
    for codec in dict.fromkeys(filter(None, (normalize_charset(declared), declared_charset(data), "utf-8"))):
        text = _strict(data, codec)
        tried.append(codec)
        if text is None:
            continue
        reason = garbled_reason(text)
        if reason is None:
            return text
        why = f"; as {codec} it shows {reason}"
        if codec == "utf-8":
            fixed = _repair_mojibake(text)
            if fixed is not None:
                return fixed

    # No declaration holds: let charset-normalizer rank the code pages, add the Arabic
    # legacy ones, and keep the readable decoding with the most Arabic in it.
    from charset_normalizer import from_bytes

    candidates = [codecs.lookup(m.encoding).name for m in from_bytes(data[:200_000])]
    best, best_share = None, -1.0
    for codec in dict.fromkeys([*candidates, *_ARABIC_LEGACY]):
        if codec in tried:
            continue
        tried.append(codec)
        text = _strict(data, codec)
        if text is None or garbled_reason(text) is not None:
            continue
        share = _arabic_share(text)
        if share > best_share:
            best, best_share = text, share
    if best is not None:
        return best
    raise BadInput(f"cannot decode: no encoding gives readable text (tried {', '.join(tried)}{why})")
