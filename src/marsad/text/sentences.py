"""Sentence splitting for Arabic news, machine-made text included.

A sentence ends at . ؟ ? ! ؛ or a line break, except
- inside a quotation (“...” «...» "..."): a quote of several sentences stays whole,
  unless the quotation runs past a paragraph break (an unclosed mark must not swallow the
  rest of the article);
- after an abbreviation or an initial (د. ، أ. ف. ب ، U.S.), or between digits (3.5);
- runs of stray punctuation (" . ." , ". ،") belong to the sentence they follow.
Offsets index the text given (original or folded: the function only looks at
punctuation, which folding does not change).
"""
from __future__ import annotations

import re

_OPENERS = {"“": "”", "«": "»", "„": "“", "‹": "›"}
_CLOSERS = {v: k for k, v in _OPENERS.items()}
_END = set(".؟?!؛")
# One- and two-letter abbreviations that end with a dot but not a sentence.
_ABBREV = re.compile(r"(?:^|[\s(«“\"])(?:[\w]{1}|د|م|ق|هـ|ص|ج|أ|إ|ش|ت|Dr|Mr|Mrs|St|No|U\.S|U\.N)$")
# The characters the splitter stops at: line breaks, quotation marks, sentence ends.
_MARKS = ("\n", "“", "”", "«", "»", "„", "‹", "›", '"', ".", "؟", "?", "!", "؛")
_TRAILING = re.compile(r"[\s.،,؛:!؟?]*")
# What str.isalnum accepts (a word character but the underscore), found by one C scan.
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over ``text``, trimmed of surrounding white space."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    i = 0
    stack: list[str] = []          # open typographic quotation marks
    straight_open = False          # inside "..."
    for mark_at in _mark_positions(text):
        if mark_at < i:
            continue               # inside the punctuation swallowed after a sentence end
        i = mark_at
        ch = text[i]
        if ch == "\n":
            # a paragraph break ends any quotation the writer forgot to close
            stack.clear()
            straight_open = False
            _push(spans, text, start, i)
            start = i + 1
        elif ch in _OPENERS:
            stack.append(ch)
        elif ch in _CLOSERS:
            if stack and stack[-1] == _CLOSERS[ch]:
                stack.pop()
            elif ch == "“" :
                stack.append(ch)   # “ used as an opener in some fonts' order
        elif ch == '"':
            straight_open = not straight_open
        elif ch in _END and not stack and not straight_open:
            if ch == "." and _is_abbreviation_or_number(text, i):
                continue
            # swallow stray punctuation and spaces that follow (". ." ". ،")
            m = _TRAILING.match(text, i + 1)
            j = m.end() if m else i + 1
            # do not swallow a line break: it is a boundary of its own
            nl = text.find("\n", i + 1, j)
            if nl != -1:
                j = nl
            _push(spans, text, start, i + 1)
            start = j
            i = j
    _push(spans, text, start, n)
    return spans


def _mark_positions(text: str) -> list[int]:
    """The offsets of every character of ``_MARKS``, in order. An article holds a few
    dozen of them: one str.find scan per mark (a memchr-speed search in C) and a sort
    cost less than a regular expression stepping over every character between them."""
    positions: list[int] = []
    for mark in _MARKS:
        at = text.find(mark)
        while at != -1:
            positions.append(at)
            at = text.find(mark, at + 1)
    positions.sort()
    return positions


def _is_abbreviation_or_number(text: str, i: int) -> bool:
    if 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
        return True
    # An abbreviation is at most three characters after a space, a bracket or a quotation
    # mark: after four letters or digits in a row (most sentence ends) _ABBREV cannot match.
    if i >= 4 and text[i - 4:i].isalnum():
        return False
    head = text[max(0, i - 6): i]
    return bool(_ABBREV.search(head))


def _push(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # a fragment with no letter or digit (punctuation only) is dropped
    if end > start and _LETTER_OR_DIGIT.search(text, start, end):
        spans.append((start, end))
