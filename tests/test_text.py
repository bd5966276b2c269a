"""The text layer: folding keeps an exact map back to the original; tokens and sentences."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from marsad.text.fold import FoldedText, fold, fold_key
from marsad.text.sentences import split_sentences
from marsad.text.tokens import noun_stems, tokenize

# Letters, diacritics, tatweel, alef forms, digits of three scripts, marks and spaces.
ALPHABET = ("ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآٱىةؤئ"
            "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640\u0670"
            "٠١٢٣٤٥٦٧٨٩۰۱۲0123456789"
            "\u200f\u200e\u200b\u202b\u202c\ufeff\u00a0 .،؛؟!«»“”\"\nabcXYZ")


@given(st.text(alphabet=ALPHABET, max_size=200))
@settings(max_examples=300, deadline=None)
def test_every_folded_span_maps_back_onto_its_own_characters(text):
    ft = FoldedText.of(text)
    assert ft.folded == fold(text)
    for tok in tokenize(ft.folded):
        s, e = ft.to_original(tok.start, tok.end)
        assert 0 <= s < e <= len(text)
        # folding the original span gives back exactly the token
        assert fold(text[s:e]) == tok.text


@given(st.text(alphabet=ALPHABET, max_size=200))
@settings(max_examples=200, deadline=None)
def test_sentences_are_ordered_disjoint_and_trimmed(text):
    spans = split_sentences(text)
    prev_end = 0
    for s, e in spans:
        assert prev_end <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        prev_end = e


def test_folding_joins_spelling_variants():
    assert fold("أَوْكْرَانِيَا") == "اوكرانيا"
    assert fold("إيران") == fold("ايران")
    assert fold("مصطفى") == "مصطفي"
    assert fold("الجامعة") == "الجامعه"
    assert fold("٢٤ فبراير ۲۰۲۲") == "24 فبراير 2022"
    assert fold("الـــرئيس") == "الرئيس"
    assert fold("\u200fموسكو\u200e") == "موسكو"
    assert fold_key("  الأمم\u00a0المتحدة ") == "الامم المتحده"


def test_offsets_survive_dropped_marks():
    text = "قالَ الرئيسُ الفرنسيّ"
    ft = FoldedText.of(text)
    i = ft.folded.index("الرئيس")
    s, e = ft.to_original(i, i + len("الرئيس"))
    assert text[s:e] == "الرئيسُ"


def test_clitic_readings():
    readings = dict(noun_stems("للناتو"))
    assert "الناتو" in {stem for _, stem in noun_stems("للناتو")}
    assert (1, "اوكرانيا") in noun_stems("لاوكرانيا")
    assert (2, "موسكو") in noun_stems("وبموسكو")
    assert readings[0] == "للناتو"


def test_sentence_splitting_keeps_quotes_and_abbreviations():
    text = ("قال الوزير: «سنواصل العمل. لن نتراجع». وأضاف أن الاجتماع انتهى.\n"
            "نقلت وكالة أ. ف. ب الخبر . . ثم نشرت بيانا؛ وبلغ النمو 3.5 بالمئة!")
    sents = [text[s:e] for s, e in split_sentences(text)]
    assert sents[0] == "قال الوزير: «سنواصل العمل. لن نتراجع»."
    assert sents[1] == "وأضاف أن الاجتماع انتهى."
    assert sents[2].startswith("نقلت وكالة أ. ف. ب الخبر")
    assert sents[3] == "ثم نشرت بيانا؛"
    assert sents[4] == "وبلغ النمو 3.5 بالمئة!"


def test_unclosed_quote_stops_at_paragraph_end():
    text = "قال المتحدث «إننا مستعدون\nوفي خبر آخر. انتهى الاجتماع."
    sents = [text[s:e] for s, e in split_sentences(text)]
    assert sents == ["قال المتحدث «إننا مستعدون", "وفي خبر آخر.", "انتهى الاجتماع."]
