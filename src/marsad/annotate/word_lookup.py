"""The tokens of an article that the dates and quotes annotators start from, found with
one dictionary look-up per token.

Dates start at date words (أمس، مارس، الأحد، with their clitics: وأمس، بالأمس ...), quotes
at speech cues (قال، وأضاف، مؤكدا ...). Each annotator could look every token up in its own
table, but a look-up in a table of thousands of words is slow (the table is rarely still in
the processor's cache when the next article comes), and two passes pay it twice: one table
holds both sets of words, and ``Analysis.date_and_cue_words`` looks each token up once.
"""
from __future__ import annotations

from itertools import compress


def _build(lexicon) -> dict[str, tuple]:
    """Token text -> (date patterns it can start or None, (cue form, clitics) or None)."""
    from .dates import rules
    from .quotes import build_cue_index

    table: dict[str, tuple] = {word: (patterns, None) for word, patterns in rules(lexicon).first_words.items()}
    for word, cue in lexicon.compiled("quotes.cue_index", build_cue_index).items():
        table[word] = (table[word][0] if word in table else None, cue)
    return table


def date_and_cue_words(an) -> list[tuple[int, frozenset[str] | None, tuple | None]]:
    """(token index, date patterns or None, cue or None) of each token that is a date word
    or a speech cue, in token order."""
    table = an.lexicon.compiled("annotate.date_and_cue_words", _build)
    found = list(map(table.get, an.token_texts))
    return [(k, *found[k]) for k in compress(range(len(found)), found)]
