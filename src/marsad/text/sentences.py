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
_SPECIAL = re.compile('[\n“”«»„‹›".؟?!؛]')
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
    while i < n:
        m = _SPECIAL.search(text, i)
        if m is None:
            break
        i = m.start()
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
                i += 1
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
            continue
        i += 1
    _push(spans, text, start, n)
    return spans


def _is_abbreviation_or_number(text: str, i: int) -> bool:
    if 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit():
        return True
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
