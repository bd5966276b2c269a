"""Orthographic folding with an exact offset map back to the original text.

Arabic is written with many interchangeable forms (أ إ آ ٱ for one alef, ى for ي, ة
for ه at a word's end, diacritics that most news text omits, tatweel that stretches a
word, Arabic-Indic digits, invisible bidi marks). Marsad matches on a folded copy and
reports every span in the original: ``FoldedText.to_original(a, b)`` turns a span of
the folded string into the span of the characters it came from.

Folding only ever replaces one character with one character, or drops a character, so
the map is a list of original indices, one per folded character.
"""
from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

# One character for one: alef forms, alef maqsura, ta marbuta, Arabic-Indic and Persian
# digits, Persian/Urdu letter forms that appear in pasted text, non-breaking spaces,
# Arabic punctuation folded to the ASCII forms the rules look for.
_ONE_TO_ONE = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ة": "ه", "ۀ": "ه", "ە": "ه",
    "ک": "ك", "ڪ": "ك",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ",
    "\u2002": " ", "\u2003": " ", "\u3000": " ", "\t": " ",
    "_": " ",     # hashtags join a name's words: #سعد_الحريري
}
for _i in range(10):
    _ONE_TO_ONE[chr(0x0660 + _i)] = str(_i)   # ٠-٩
    _ONE_TO_ONE[chr(0x06F0 + _i)] = str(_i)   # ۰-۹
_PAIRS = tuple(_ONE_TO_ONE.items())


def _one_to_one(text: str) -> str:
    """The one-for-one replacements. A chain of str.replace, each skipped when its
    character is absent, is about 40 times faster than str.translate with a table of
    non-ASCII characters (CPython's translate falls back to a per-character dict lookup)."""
    for old, new in _PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text

# Dropped: harakat and Quranic marks, superscript alef, tatweel, bidi controls,
# zero-width characters and the byte-order mark.
_DROP = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
    "\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff\u00ad]"
)


# Words, names and matched phrases are folded again and again in every article, each
# time at a cost of about 40 substring tests: short strings are remembered. Long texts
# (clauses, whole articles) rarely repeat and are not.
_SHORT = 40


def fold(text: str) -> str:
    """The folded string alone (for lexicon keys and comparisons)."""
    if len(text) <= _SHORT:
        return _fold_short(text)
    return _DROP.sub("", _one_to_one(text))


@lru_cache(maxsize=1 << 16)
def _fold_short(text: str) -> str:
    return _DROP.sub("", _one_to_one(text))


def fold_key(text: str) -> str:
    """A comparison key: folded, lower-cased, white space collapsed."""
    if len(text) <= _SHORT:
        return _fold_key_short(text)
    return " ".join(fold(text).lower().split())


@lru_cache(maxsize=1 << 16)
def _fold_key_short(text: str) -> str:
    return " ".join(_fold_short(text).lower().split())


# 0, 1, 2 ... as C ints, grown on demand: offset maps are sliced from it.
_IDENTITY = array("i", range(1 << 14))


def _identity(length: int) -> array:
    """An identity array at least ``length`` long."""
    global _IDENTITY
    if len(_IDENTITY) < length:
        _IDENTITY = array("i", range(max(length, 2 * len(_IDENTITY))))
    return _IDENTITY


@dataclass(frozen=True)
class FoldedText:
    """A folded copy of ``original`` and the map from folded offsets to original ones."""

    original: str
    folded: str
    # index_map[i] is the original index of folded character i (a sorted array of C ints,
    # so it indexes and bisects like a tuple); None when nothing was dropped (then the map
    # is the identity and costs no memory).
    index_map: array | None

    @classmethod
    def of(cls, original: str) -> "FoldedText":
        translated = _one_to_one(original)
        dropped = [m.start() for m in _DROP.finditer(translated)]
        if not dropped:
            return cls(original, translated, None)
        # The kept characters are the runs between dropped ones (an article drops one
        # or two diacritics, typically): the folded text joins the runs' text, and the map
        # their slices of an identity array, copied in C with no int object per character.
        identity = _identity(len(translated))
        runs = zip([0, *(d + 1 for d in dropped)], [*dropped, len(translated)])
        pieces: list[str] = []
        index_map = array("i")
        for run_start, run_end in runs:
            pieces.append(translated[run_start:run_end])
            index_map += identity[run_start:run_end]
        return cls(original, "".join(pieces), index_map)

    def orig_index(self, i: int) -> int:
        """Original index of folded character ``i``."""
        if self.index_map is None:
            return i
        return self.index_map[i]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original span covering folded ``[start, end)``.

        Characters dropped *inside* the span (diacritics on its letters) stay inside it;
        those dropped just after its last character (a final diacritic or tatweel) are
        included too, so the span ends where the word visibly ends.
        """
        if self.index_map is None:
            return start, end
        if end <= start:
            pos = self.index_map[start] if start < len(self.index_map) else len(self.original)
            return pos, pos
        o_start = self.index_map[start]
        o_end = self.index_map[end - 1] + 1
        # absorb trailing dropped marks that belong to the last letter
        limit = self.index_map[end] if end < len(self.index_map) else len(self.original)
        while o_end < limit and _DROP.match(self.original, o_end):
            o_end += 1
        return o_start, o_end

    def to_folded(self, orig: int) -> int:
        """The folded index of the first folded character at or after original ``orig``."""
        if self.index_map is None:
            return orig
        return bisect_left(self.index_map, orig)
