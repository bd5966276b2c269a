"""Language of a document, by lingua (its models ship in the wheel; nothing is downloaded)."""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

# What Arabic news could be confused with or mixed with: the other Arabic-script
# languages, and the languages of the region's foreign-language press.
_LANGUAGES = ("ARABIC", "PERSIAN", "URDU", "PUNJABI", "ENGLISH", "FRENCH", "SPANISH",
              "GERMAN", "ITALIAN", "PORTUGUESE", "TURKISH", "HEBREW", "RUSSIAN",
              "INDONESIAN", "MALAY", "SOMALI", "SWAHILI", "CHINESE")
_SAMPLE_CHARS = 2000        # enough to tell languages apart; more only costs time
# Letters of Persian, Urdu, Kurdish, Pashto, Jawi ... (پ چ ژ گ ک ی ے ە ...) and the
# Arabic-script letters outside the 28 of Arabic: a text without any is not one of them.
_OTHER_ARABIC_SCRIPT = re.compile(r"[\u0671-\u06d5\u06ee-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_ARABIC_LETTERS = re.compile(r"[\u0621-\u064a]+")
# Letters ([^\W\d_]) other than those 28 (and tatweel): few in Arabic news, so counting
# these and the Arabic ones scans less than counting every letter (same totals).
_OTHER_LETTERS = re.compile(r"[^\W\d_\u0621-\u064a]+")


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    languages = [getattr(Language, name) for name in _LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).with_low_accuracy_mode().build()


# Classes of code points for _surely_arabic: each character of a sample is looked up in one
# table (a byte per code point, built on first use) and the classes counted at once.
_OTHER, _ARABIC_LETTER, _OTHER_ARABIC_SCRIPT_LETTER, _ASCII_LETTER, _NON_ASCII = range(5)


@lru_cache(maxsize=1)
def _code_point_classes() -> np.ndarray:
    table = np.full(0x110000, _NON_ASCII, dtype=np.uint8)
    table[:0x80] = _OTHER
    table[ord("a"):ord("z") + 1] = table[ord("A"):ord("Z") + 1] = _ASCII_LETTER
    for first, last in ((0x671, 0x6D5), (0x6EE, 0x6FF), (0x750, 0x77F), (0x8A0, 0x8FF)):   # _OTHER_ARABIC_SCRIPT
        table[first:last + 1] = _OTHER_ARABIC_SCRIPT_LETTER
    table[0x621:0x64B] = _ARABIC_LETTER                  # _ARABIC_LETTERS
    return table


def _surely_arabic(sample: str) -> bool:
    """Whether the test for a long text in the 28 letters of Arabic alone (see
    detect_language) surely passes, judged from counts of code points in numpy: no regular
    expression walks the sample and no match becomes an object. Letters other than the
    Arabic ones are bounded from above by every non-ASCII character that is not an Arabic
    letter (diacritics, Arabic punctuation and digits count too) plus the ASCII letters;
    where that bound fails the test, detect_language counts exactly (False here)."""
    codes = np.frombuffer(sample.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    counts = np.bincount(_code_point_classes()[codes], minlength=5).tolist()
    arabic = counts[_ARABIC_LETTER]
    other_letters_at_most = counts[_NON_ASCII] + counts[_ASCII_LETTER]
    return (arabic >= 200 and arabic > 0.8 * (arabic + other_letters_at_most)
            and counts[_OTHER_ARABIC_SCRIPT_LETTER] == 0)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code ("ar", "en" ...) or None when the text is too short to tell."""
    sample = text[:_SAMPLE_CHARS]
    if _surely_arabic(sample):
        return "ar"
    arabic = sum(map(len, _ARABIC_LETTERS.findall(sample)))     # counted by runs: fewer objects
    letters = arabic + sum(map(len, _OTHER_LETTERS.findall(sample)))
    if letters == 0:
        return None
    if arabic > 0.8 * letters and arabic >= 200 and not _OTHER_ARABIC_SCRIPT.search(sample):
        # A long text in the 28 letters of Arabic alone is Arabic (Persian or Urdu would
        # have shown گ پ چ ی ے by now): spare lingua the work.
        return "ar"
    language = _detector().detect_language_of(sample)
    if language is None:
        # Too short or mixed for lingua: a text mostly in Arabic letters is Arabic.
        return "ar" if arabic > letters * 0.5 else None
    return language.iso_code_639_1.name.lower()
