"""Word tokens and Arabic clitics.

Arabic glues conjunctions (و ف), prepositions (ب ل ك), the future particle (س) and the
article (ال) to the front of a word, and pronouns to its end: "وبالناتو" is و + ب + ال +
ناتو, "لأوكرانيا" is ل + أوكرانيا, "للناتو" is ل + الناتو with the alef dropped. Matching
works on the word without its clitics; spans keep pointing at the stem, so a clitic
always stays outside an entity's span.

Tokens are computed on the *folded* text (see fold.py); their offsets are folded offsets.
"""
from __future__ import annotations

import re
from typing import NamedTuple
from functools import lru_cache
from itertools import accumulate, repeat

WORD = re.compile(r"[^\W_]+", re.UNICODE)

# Prefix clitic chains that may stand before a noun, longest first. "ال" itself is part of
# the noun as lexicons write it (الناتو), so it is not stripped here; "لل" is ل + ال.
NOUN_PREFIXES: tuple[str, ...] = (
    "وبال", "فبال", "وكال", "فكال", "ولل", "فلل",
    "وب", "فب", "ول", "فل", "وك", "فك",
    "بال", "كال", "لل",
    "و", "ف", "ب", "ل", "ك",
)
# Chains that may stand before a verb (future س, and the conjunctions; لـ of purpose).
VERB_PREFIXES: tuple[str, ...] = ("وس", "فس", "ول", "فل", "و", "ف", "س", "ل")

# Pronoun suffixes (longest first) for verbs and nouns: قوله، أنه، عليهم، بلاده ...
PRONOUN_SUFFIXES: tuple[str, ...] = ("كما", "هما", "كم", "كن", "هم", "هن", "نا", "ها", "ه", "ك", "ي")


class Token(NamedTuple):
    """A word of the folded text (a tuple: tokens are made by the hundred per article)."""

    start: int      # folded offsets
    end: int
    text: str       # folded text of the token


# WORD as a capturing group: re.split then returns the text between words and the words,
# alternately, starting and ending with the (possibly empty) text between.
_WORD_SPLIT = re.compile(f"({WORD.pattern})", re.UNICODE)
# The same split for a text without "_" (every folded text: fold.py makes "_" a space):
# there [^\W_] and \w are the same class, and SRE tests \w about 10% faster.
_WORD_SPLIT_NO_UNDERSCORE = re.compile(r"(\w+)", re.UNICODE)


def tokenize(folded: str) -> list[Token]:
    """Word tokens of a folded text (letters and digits; punctuation is not a token)."""
    return tokens_of_columns(*token_columns(folded))


def token_columns(folded: str) -> tuple[list[int], list[int], list[str]]:
    """The tokens of ``tokenize`` as three lists: starts, ends and texts (the pipeline
    keeps the starts and texts as tables of their own, see pipeline.Analysis)."""
    # One split and running offsets instead of finditer: three method calls per match
    # (start, end, group) cost more than the token itself.
    parts = (_WORD_SPLIT if "_" in folded else _WORD_SPLIT_NO_UNDERSCORE).split(folded)
    offsets = list(accumulate(map(len, parts), initial=0))    # offsets[k]: where parts[k] starts
    return offsets[1::2], offsets[2::2], parts[1::2]


def tokens_of_columns(starts: list[int], ends: list[int], texts: list[str]) -> list[Token]:
    """Token tuples zipped from the three columns of ``token_columns``."""
    # tuple.__new__ mapped over the columns skips NamedTuple's Python-level constructor
    # and the per-token bytecode of a comprehension: the list is built in C.
    return list(map(tuple.__new__, repeat(Token), zip(starts, ends, texts)))


@lru_cache(maxsize=1 << 17)
def noun_stems(word: str) -> tuple[tuple[int, str], ...]:
    """Readings of ``word`` as clitics + noun: (prefix length, stem), the bare word first.

    "للناتو" gives (0, للناتو), (2, الناتو) via لل → ال, (1, لناتو); a stem keeps at least
    two letters. The caller decides which reading its lexicon knows.
    """
    out = [(0, word)]
    for p in NOUN_PREFIXES:
        if word.startswith(p) and len(word) - len(p) >= 2:
            stem = word[len(p):]
            if p.endswith("لل"):
                out.append((len(p), "ال" + stem))
            elif p.endswith("ال"):
                out.append((len(p) - 2, "ال" + stem))
            else:
                out.append((len(p), stem))
    return tuple(out)


def strip_prefixes(word: str, prefixes: tuple[str, ...] = NOUN_PREFIXES) -> tuple[int, str]:
    """The longest plausible prefix chain taken off (length, rest); stems keep 2+ letters."""
    for p in prefixes:
        if word.startswith(p) and len(word) - len(p) >= 2:
            return len(p), word[len(p):]
    return 0, word


def strip_article(word: str) -> str:
    """The word without the article ال (and without لل): الروسية → روسية."""
    if word.startswith("ال") and len(word) > 3:
        return word[2:]
    if word.startswith("لل") and len(word) > 3:
        return word[2:]
    return word


def split_suffix(word: str) -> tuple[str, str]:
    """(stem, pronoun suffix) with the longest suffix that leaves three letters or more."""
    for s in PRONOUN_SUFFIXES:
        if word.endswith(s) and len(word) - len(s) >= 3:
            return word[: -len(s)], s
    return word, ""
