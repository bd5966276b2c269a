"""Language of a document, by lingua (its models ship in the wheel; nothing is downloaded)."""
from __future__ import annotations

import re
from functools import lru_cache

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


def detect_language(text: str) -> str | None:
    """ISO 639-1 code ("ar", "en" ...) or None when the text is too short to tell."""
    sample = text[:_SAMPLE_CHARS]
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
