"""The text layer: folding with an offset map, word tokens and clitics, sentences."""
from .fold import FoldedText, fold, fold_key
from .sentences import split_sentences
from .tokens import Token, tokenize

__all__ = ["FoldedText", "fold", "fold_key", "split_sentences", "Token", "tokenize"]
