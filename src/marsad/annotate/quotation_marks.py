"""Quotation marks: where quoted stretches begin and end, in every style of Arabic news.

«...» “...” „...“ ‹...› ‘...’ "..." and '...' pair up within a paragraph; some fonts and
keyboards give “...“ or ”...”, so either curly mark closes a curly opening. A quotation left
open at the end of its paragraph continues into a next paragraph that reopens with the
same mark (the convention for quotes of several paragraphs), else it ends with its
paragraph: an unclosed mark never swallows the rest of an article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# opening mark -> the marks that may close it
OPENERS = {"«": "»", "“": "”“", "”": "”“", "„": "“”", "‹": "›", "‘": "’", '"': '"', "'": "'"}


@dataclass
class Quotation:
    """A stretch of text between quotation marks (folded offsets)."""

    open: int          # index of the opening mark
    close: int         # index of the closing mark, or the paragraph end when unclosed
    start: int         # the words inside, trimmed
    end: int


def find_quotations(f: str) -> list[Quotation]:
    """Every quotation in ``f``; an unclosed one continues into a paragraph that reopens
    with the same mark (the convention for quotes of several paragraphs), else it ends
    with its paragraph."""
    out: list[Quotation] = []
    n = len(f)
    i = 0
    marks = _MarkFinder(f)
    while True:
        i = marks.next_at_or_after(i)
        if i == -1:
            break
        c = f[i]
        if c == "'" and not _apostrophe_opens(f, i) or c == '"' and _straight_mark_closes_only(f, i):
            i += 1
            continue
        closers = OPENERS[c]
        limit = para_end(f, i)
        j = _find_closer(f, i + 1, limit, c, closers)
        if j is None:
            end, k = limit, limit
            while True:   # «para one \n «para two ... »
                nxt = k
                while nxt < n and f[nxt].isspace():
                    nxt += 1
                if nxt >= n or f[nxt] != c or "\n" not in f[k:nxt]:
                    break
                pe = para_end(f, nxt)
                j = _find_closer(f, nxt + 1, pe, c, closers)
                if j is not None:
                    end = j
                    break
                end = k = pe
            close = end
        else:
            close = j
        s, e = i + 1, close
        while s < e and f[s].isspace():
            s += 1
        while e > s and f[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Quotation(i, close, s, e))
        i = close + 1
    return out


class _MarkFinder:
    """The next quotation mark (any opener) at or after a position, found with one
    str.find per kind of mark rather than a character-class pattern: the regex engine
    tests every character of the text one by one, str.find scans in C, and most kinds
    of mark are absent from an article."""

    def __init__(self, f: str):
        self.f = f
        # the next occurrence of each mark the text holds (-1 once there is none)
        self.next = {c: p for c in OPENERS if (p := f.find(c)) != -1}

    def next_at_or_after(self, i: int) -> int:
        best = -1
        for c, p in self.next.items():
            if p != -1 and p < i:
                p = self.next[c] = self.f.find(c, i)
            if p != -1 and (best == -1 or p < best):
                best = p
        return best


def para_end(f: str, i: int) -> int:
    """Index of the line break ending the paragraph at ``i`` (or the text's end)."""
    j = f.find("\n", i)
    return len(f) if j == -1 else j


def _find_closer(f: str, start: int, limit: int, opener: str, closers: str) -> int | None:
    depth = 0
    pattern = _CLOSER_MARKS[opener]
    k = start
    while True:
        m = pattern.search(f, k, limit)
        if m is None:
            return None
        k = m.start()
        ch = f[k]
        if opener == "«" and ch == "«":
            depth += 1
        elif opener == "'" and not _apostrophe_closes(f, k):
            pass
        elif depth:
            depth -= 1
        else:
            return k
        k += 1


# For each opening mark, the marks that can close it (and « for nesting in «...«...»...»).
_CLOSER_MARKS = {o: re.compile("[" + re.escape(c + ("«" if o == "«" else "")) + "]") for o, c in OPENERS.items()}


def _straight_mark_closes_only(f: str, i: int) -> bool:
    """A straight double mark right before a full stop, comma or line end ("...فدبر
    لقتلها". وأوضحت) can only close a quotation: taken for an opener when its own
    opening mark is missing, it would pair with the next opener and turn every
    quotation after it inside out. So can one right after the end of a sentence and
    before a space ("... المجتمع الواحد." لكن): an opening mark comes before its
    first word."""
    if i + 1 >= len(f) or f[i + 1] in _AFTER_A_CLOSER:
        return True
    return i > 0 and f[i - 1] in _SENTENCE_ENDS and f[i + 1].isspace()


_AFTER_A_CLOSER = frozenset(".،,؛;:!؟?)\n")
_SENTENCE_ENDS = frozenset(".!؟?")


def _apostrophe_opens(f: str, i: int) -> bool:
    before = f[i - 1] if i else " "
    after = f[i + 1] if i + 1 < len(f) else " "
    return (before.isspace() or before in "(:،,") and after.isalpha()


def _apostrophe_closes(f: str, i: int) -> bool:
    after = f[i + 1] if i + 1 < len(f) else " "
    return not after.isalpha()
