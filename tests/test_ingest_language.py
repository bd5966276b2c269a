"""Language detection's shortcut for long Arabic texts agrees with counting letter by letter."""
from __future__ import annotations

import random

from marsad.ingest import language


def _exact_shortcut(sample: str) -> bool:
    """The shortcut's test by the regular expressions detect_language counts with."""
    arabic = sum(map(len, language._ARABIC_LETTERS.findall(sample)))
    letters = arabic + sum(map(len, language._OTHER_LETTERS.findall(sample)))
    return arabic > 0.8 * letters and arabic >= 200 and not language._OTHER_ARABIC_SCRIPT.search(sample)


ARABIC = ("عقد مجلس الوزراء جلسته الأسبوعية صباح اليوم برئاسة رئيس الحكومة، وناقش مشروع الموازنة "
          "العامة للسنة المقبلة وخطة لدعم المزارعين بعد موسم جفاف طويل. ") * 4


def test_a_long_arabic_text_takes_the_shortcut():
    assert language._surely_arabic(ARABIC) and language.detect_language(ARABIC) == "ar"


def test_persian_letters_or_much_latin_leave_it_to_the_exact_count():
    assert not language._surely_arabic(ARABIC.replace("ي", "ی"))          # Persian yeh
    assert not language._surely_arabic(ARABIC + " The council met this morning to discuss the budget." * 12)
    assert not language._surely_arabic(ARABIC[:150])                       # too short to be sure


def test_the_shortcut_never_says_arabic_where_the_exact_count_does_not():
    rnd = random.Random(7)
    # Persian letters are the test above; here: Latin letters, diacritics, punctuation, digits
    arabic, other = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي ", "abcXYZًٌَُِّـ،؛؟٠١«»é\n"
    taken = 0
    for _ in range(500):
        share = rnd.uniform(0.6, 1.0)       # around the 80% the shortcut is for
        sample = "".join(rnd.choice(arabic) if rnd.random() < share else rnd.choice(other)
                         for _ in range(rnd.randint(150, 2000)))
        if language._surely_arabic(sample):
            taken += 1
            assert _exact_shortcut(sample)
    assert taken > 20        # the draw reaches the shortcut, not only the exact count
