"""Quotes: direct, reported, headline; speakers from subjects, pronouns, titles, relays.

Unit tests give the annotator hand-made entities (so they test quotes, not the entity
annotator); the seed and corpus tests run the whole pipeline.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from marsad.annotate import quotes
from marsad.model import Document, Entity, Mention
from marsad.pipeline import prepare


def analyse(lexicon, text: str, people: dict[str, tuple[str, str | None, str]] | None = None):
    """Run the quote annotator over ``text`` with entities found by exact string search.

    ``people`` maps an entity's surface form(s) "form1|form2" to (type, gender, number).
    """
    an = prepare(Document(text=text), lexicon)
    entities = []
    for i, (forms, (etype, gender, number)) in enumerate((people or {}).items()):
        names = forms.split("|")
        ent = Entity(id=f"e{i}", type=etype, name=names[0], gender=gender, number=number)
        for name in names:
            for m in re.finditer(re.escape(name), text):
                ent.mentions.append(Mention(m.start(), m.end(), name))
        entities.append(ent)
    an.entities = entities
    return an, quotes.annotate(an)


def by_speaker(an, qs):
    names = {e.id: e.name for e in an.entities}
    return [(q.text, q.direct, names.get(q.speaker)) for q in qs]


PUTIN = {"فلاديمير بوتين|بوتين": ("PER", "m", "sg")}


# -- direct quotes in every style ---------------------------------------------------------

@pytest.mark.parametrize("open_, close", [("«", "»"), ("“", "”"), ('"', '"'), ("‘", "’"), ("“", "“")])
def test_direct_quote_marks(lexicon, open_, close):
    text = f"وقال الرئيس الروسي فلاديمير بوتين {open_}لن نسمح بتوسع الحلف شرقا{close}."
    an, qs = analyse(lexicon, text, PUTIN)
    assert by_speaker(an, qs) == [("لن نسمح بتوسع الحلف شرقا", True, "فلاديمير بوتين")]
    q = qs[0]
    assert text[q.start:q.end] == q.text
    assert q.cue == "قال" and text[q.cue_start:q.cue_end] == "قال"
    assert q.rule.startswith("speech_verbs:")


def test_colon_form_with_and_without_marks(lexicon):
    text = ("وقال بوتين في مؤتمر صحفي: «سنرد على أي تهديد».\n"
            "وأضاف: نحن لا نريد الحرب مع أحد.")
    an, qs = analyse(lexicon, text, PUTIN)
    assert by_speaker(an, qs) == [("سنرد على أي تهديد", True, "فلاديمير بوتين"),
                                  ("نحن لا نريد الحرب مع أحد", True, "فلاديمير بوتين")]


# One sentence, one quote: (sentence, quoted words, direct, speaker name).
PUTIN_SENTENCES = [
    # parentheses used as quotation marks after a colon
    ("وقال بوتين: (إن بلادنا لن تقبل بأي إملاءات من الخارج).",
     "إن بلادنا لن تقبل بأي إملاءات من الخارج", True, "فلاديمير بوتين"),
    # the quotation first, the cue after it
    ("«سنواصل العمل حتى تحقيق كل الأهداف»، قال بوتين أمام الصحفيين.",
     "سنواصل العمل حتى تحقيق كل الأهداف", True, "فلاديمير بوتين"),
    # a quoted name between the verb and its that-clause is not the quote
    ("وقال بوتين لـ«وكالة الأنباء» إن المحادثات مستمرة.", "المحادثات مستمرة", False, "فلاديمير بوتين"),
    # a that-clause that opens with a quotation is a direct quote of the marked words
    ("وأكد بوتين أن «روسيا لن تتخلى عن مصالحها».", "روسيا لن تتخلى عن مصالحها", True, "فلاديمير بوتين"),
    # impersonal passive: no speaker
    ("وأفيد بأن انفجارا وقع قرب المطار.", "انفجارا وقع قرب المطار", False, None),
]


@pytest.mark.parametrize("sentence, words, direct, speaker", PUTIN_SENTENCES)
def test_one_sentence_one_quote(lexicon, sentence, words, direct, speaker):
    an, qs = analyse(lexicon, sentence, PUTIN)
    assert by_speaker(an, qs) == [(words, direct, speaker)]


def test_multi_sentence_quote_stays_whole(lexicon):
    text = "وقال بوتين «المفاوضات صعبة. لكننا مستعدون للاستمرار فيها. القرار بيد الغرب»."
    an, qs = analyse(lexicon, text, PUTIN)
    assert [q.text for q in qs] == ["المفاوضات صعبة. لكننا مستعدون للاستمرار فيها. القرار بيد الغرب"]


def test_multi_paragraph_quote_with_reopened_mark(lexicon):
    text = ("وقال بوتين: «لقد حاولنا طويلا أن نصل إلى تفاهم مع شركائنا.\n"
            "«لكن شركاءنا لم يستمعوا إلينا أبدا».\n"
            "وفي سياق آخر، زار الوزير المعرض.")
    an, qs = analyse(lexicon, text, PUTIN)
    assert len(qs) == 1
    assert qs[0].text.startswith("لقد حاولنا") and qs[0].text.endswith("أبدا")
    assert qs[0].speaker == "e0"


def test_paragraph_that_is_one_quotation_continues_the_speaker(lexicon):
    text = ("وقال بوتين: «الوضع خطير جدا».\n"
            "«وعلى الجميع أن يتحمل مسؤوليته قبل فوات الأوان تماما».")
    an, qs = analyse(lexicon, text, PUTIN)
    assert by_speaker(an, qs)[1] == ("وعلى الجميع أن يتحمل مسؤوليته قبل فوات الأوان تماما", True, "فلاديمير بوتين")
    assert qs[1].rule == "continuation"


def test_headline_form(lexicon):
    nato = {"الناتو": ("ORG", None, "sg")}
    text = "الناتو: لن نتراجع عن دعم شركائنا\n\nعقد وزراء الحلف اجتماعا في بروكسل."
    an, qs = analyse(lexicon, text, nato)
    assert by_speaker(an, qs) == [("لن نتراجع عن دعم شركائنا", True, "الناتو")]
    assert qs[0].rule == "headline"


def test_headline_needs_an_actor_before_the_colon(lexicon):
    text = "المصدر: وكالات الأنباء العالمية\nتوقيت النشر: مساء الأحد"
    _, qs = analyse(lexicon, text, {})
    assert qs == []


def test_scare_quotes_and_subheadings_are_not_quotes(lexicon):
    text = ("احتفلت المدينة بما يسمى \"يوم النصر\" وسط إجراءات أمنية.\n"
            "«نهاية الأزمة»\n"
            "شارك الآلاف في العرض الذي حمل عنوان «معا إلى الأمام».")
    _, qs = analyse(lexicon, text, {})
    assert qs == []


# -- reported speech ----------------------------------------------------------------------

def test_reported_speech_verb_subject_order(lexicon):
    people = {"سيرغي لافروف|لافروف": ("PER", "m", "sg"), "موسكو": ("LOC", None, "sg")}
    text = "وقال وزير الخارجية الروسي سيرغي لافروف، في مؤتمر صحفي بموسكو، إن المحادثات لم تحقق أي تقدم."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("المحادثات لم تحقق أي تقدم", False, "سيرغي لافروف")]
    assert qs[0].cue == "قال"


@pytest.mark.parametrize("sentence, expected", [
    ("وأشار لافروف إلى أن الحوار ما زال ممكنا.", "الحوار ما زال ممكنا"),
    ("وشدد لافروف على أن بلاده لن تتراجع.", "بلاده لن تتراجع"),
    ("وأوضح لافروف بأن الاجتماع تأجل.", "الاجتماع تأجل"),
    ("وحذر لافروف من أن التصعيد يهدد المنطقة.", "التصعيد يهدد المنطقة"),
    ("ويقول لافروف إنه مستعد للقاء نظيره.", "مستعد للقاء نظيره"),
    ("ودعا لافروف إلى أن تلتزم الأطراف بالهدنة.", "تلتزم الأطراف بالهدنة"),
])
def test_reported_speech_complementizers(lexicon, sentence, expected):
    an, qs = analyse(lexicon, sentence, {"لافروف": ("PER", "m", "sg")})
    assert by_speaker(an, qs) == [(expected, False, "لافروف")]


def test_subject_verb_order(lexicon):
    people = {"وزارة الخارجية": ("ORG", None, "sg")}
    text = "وزارة الخارجية أكدت في بيانها أن السفارة ستبقى مفتوحة."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("السفارة ستبقى مفتوحة", False, "وزارة الخارجية")]


def test_clause_ends_before_a_new_statement(lexicon):
    text = ("وقال بوتين إن العقوبات لن تغير موقف بلاده، مضيفا أن الاقتصاد الروسي قادر على الصمود، "
            "وحث الشركات على الاستثمار في الداخل.")
    an, qs = analyse(lexicon, text, PUTIN)
    assert by_speaker(an, qs) == [("العقوبات لن تغير موقف بلاده", False, "فلاديمير بوتين"),
                                  ("الاقتصاد الروسي قادر على الصمود", False, "فلاديمير بوتين")]
    assert qs[1].cue == "مضيفا"


def test_participle_takes_the_subject_of_its_sentence(lexicon):
    people = {"فلاديمير بوتين": ("PER", "m", "sg"), "الحلف": ("ORG", None, "sg")}
    text = "وحذر الرئيس فلاديمير بوتين من تدخل الحلف في النزاع، معتبرا أن ذلك يعني الحرب."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("ذلك يعني الحرب", False, "فلاديمير بوتين")]


def test_verbal_noun_cue(lexicon):
    people = {"سيرغي لافروف": ("PER", "m", "sg")}
    text = "ودفع ذلك وزير الخارجية سيرغي لافروف إلى التأكيد على أن الرد سيكون حاسما."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("الرد سيكون حاسما", False, "سيرغي لافروف")]


def test_editorial_aside_is_no_quote(lexicon):
    text = "يشار إلى أن المفاوضات بدأت قبل عامين. وتجدر الإشارة إلى أن الوفدين التقيا مرتين."
    _, qs = analyse(lexicon, text, {})
    assert qs == []


def test_call_without_that_clause_is_no_quote(lexicon):
    an, qs = analyse(lexicon, "ودعا بوتين إلى وقف إطلاق النار فورا.", PUTIN)
    assert qs == []


def test_according_to_before_and_after(lexicon):
    people = {"وزارة الصحة": ("ORG", None, "sg")}
    text = ("وبحسب وزارة الصحة، فإن عدد المصابين ارتفع إلى مئة.\n"
            "وتوفي ثلاثة أشخاص في الحادث، بحسب وزارة الصحة.")
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("عدد المصابين ارتفع إلى مئة", False, "وزارة الصحة"),
                                  ("وتوفي ثلاثة أشخاص في الحادث", False, "وزارة الصحة")]


# -- speakers -----------------------------------------------------------------------------

def test_pronoun_subjects_follow_the_last_speaker(lexicon):
    people = {"فلاديمير بوتين|بوتين": ("PER", "m", "sg"), "أنالينا بيربوك": ("PER", "f", "sg")}
    text = ("قالت وزيرة الخارجية الألمانية أنالينا بيربوك إن أوروبا موحدة.\n"
            "ورد الرئيس فلاديمير بوتين على الاتهامات. وقال إن الغرب يكذب.\n"
            "وأضافت أن برلين ستقدم مساعدات جديدة.\n"
            "لكنه أكد أن الباب ما زال مفتوحا.")
    an, qs = analyse(lexicon, text, people)
    assert [s for _, _, s in by_speaker(an, qs)] == ["أنالينا بيربوك", "فلاديمير بوتين",
                                                     "أنالينا بيربوك", "فلاديمير بوتين"]


def test_implicit_subject_after_a_person_introduced_without_speech(lexicon):
    people = {"ينس ستولتنبرغ": ("PER", "m", "sg"), "الناتو": ("ORG", None, "sg")}
    text = ("جدد الأمين العام ينس ستولتنبرغ اليوم التزام الناتو بالدفاع عن الحلفاء.\n"
            "وقال «سندافع عن كل شبر».")
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("سندافع عن كل شبر", True, "ينس ستولتنبرغ")]


def test_unnamed_source_gives_no_speaker(lexicon):
    text = "زار بوتين المدينة أمس.\nوقال مصدر أمني إن الزيارة لم يعلن عنها مسبقا."
    an, qs = analyse(lexicon, text, PUTIN)
    assert by_speaker(an, qs) == [("الزيارة لم يعلن عنها مسبقا", False, None)]


def test_no_speaker_anywhere_is_none(lexicon):
    an, qs = analyse(lexicon, "وقال إن الطقس سيتحسن غدا.", {})
    assert by_speaker(an, qs) == [("الطقس سيتحسن غدا", False, None)]


def test_feminine_verb_skips_masculine_speakers(lexicon):
    people = {"بوتين": ("PER", "m", "sg"), "وزارة الدفاع": ("ORG", None, "sg")}
    text = "أعلنت وزارة الدفاع أن التدريبات انتهت. وقال بوتين إن الجيش جاهز. وأضافت أن القوات عادت إلى ثكناتها."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs)[2] == ("القوات عادت إلى ثكناتها", False, "وزارة الدفاع")


def test_bare_title_goes_to_the_entity_introduced_with_it(lexicon):
    lavrov = Entity(id="e9", type="PER", name="سيرغي لافروف", gender="m", title="وزير الخارجية")
    text = "التقى وزير الخارجية سيرغي لافروف نظيره التركي.\nوقال الوزير إن اللقاء كان مثمرا."
    an = prepare(Document(text=text), lexicon)
    s = text.index("وزير الخارجية")
    lavrov.mentions.append(Mention(s, text.index("لافروف") + len("لافروف"), "وزير الخارجية سيرغي لافروف"))
    an.entities = [lavrov]
    qs = quotes.annotate(an)
    assert [(q.text, q.speaker) for q in qs] == [("اللقاء كان مثمرا", "e9")]


def test_relayed_quote_goes_to_the_source_not_the_agency(lexicon):
    people = {"وكالة الأنباء الروسية": ("ORG", None, "sg"), "ديمتري بيسكوف": ("PER", "m", "sg")}
    text = "ونقلت وكالة الأنباء الروسية عن ديمتري بيسكوف قوله إن الكرملين لم يتلق أي عرض."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("الكرملين لم يتلق أي عرض", False, "ديمتري بيسكوف")]


def test_cue_inside_a_quote_makes_no_second_quote(lexicon):
    text = "وقال بوتين «قلت لهم إن الحل سياسي، وأكدت أن الحرب ليست خيارا»."
    an, qs = analyse(lexicon, text, PUTIN)
    assert len(qs) == 1 and qs[0].direct


def test_offsets_point_at_the_original_text_with_diacritics(lexicon):
    text = "وَقَالَ بُوتِين إِنَّ الْمُحَادَثَاتِ مُسْتَمِرَّةٌ."
    an, qs = analyse(lexicon, text, {"بُوتِين": ("PER", "m", "sg")})
    assert len(qs) == 1
    assert qs[0].text == text[qs[0].start:qs[0].end] == "الْمُحَادَثَاتِ مُسْتَمِرَّةٌ"


# -- the lexicon --------------------------------------------------------------------------

def test_speech_verb_forms_are_generated(lexicon):
    cues = quotes.build_cues(lexicon)
    for word, gender, number in [("قالت", "f", "sg"), ("قالوا", "m", "pl"), ("تقول", "f", "sg"),
                                 ("يقولون", "m", "pl"), ("قائله", "f", "sg"), ("مضيفا", "m", "sg"),
                                 ("رات", "f", "sg"), ("دعت", "f", "sg"), ("قولها", "f", "sg")]:
        form = cues[word]
        assert (form.gender, form.number) == (gender, number), word
    assert cues["افيد"].kind == "impersonal" and cues["بحسب"].kind == "source"


def test_bad_forms_cell_is_a_clear_error(tmp_path):
    from marsad.lexicon import Lexicon, LexiconError
    (tmp_path / "speech_verbs.tsv").write_text(
        "verb\tpresent\tparticiple\tnoun\tkind\tforms\nهمس\tيهمس\t\t\tspeech\tهمست/x\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"speech_verbs.tsv:2: forms"):
        quotes.build_cues(Lexicon([tmp_path]))


# -- real text ----------------------------------------------------------------------------

def test_seed_quotes_score(shared, tmp_path):
    """The seed article through the CLI and the scorer (the issue's acceptance figures)."""
    out = tmp_path / "seed.json"
    seed = shared / "seed" / "000_f93fbee1e8231e34.txt"
    run = subprocess.run([sys.executable, "-m", "marsad.cli", "analyze", str(seed), "--published", "2022-03-08",
                          "--format", "json"], capture_output=True, text=True)
    if run.returncode != 0:
        pytest.skip(f"CLI not usable yet: {run.stderr.strip().splitlines()[-1:]}")
    out.write_text(run.stdout, encoding="utf-8")
    score = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), "doc",
                            str(shared / "gold" / "000_f93fbee1e8231e34.json"), str(out)],
                           capture_output=True, text=True, check=True).stdout
    figures = dict(re.findall(r"(quotes_\w+_attributed)\D+?([\d.]+)", score))
    assert float(figures["quotes_direct_attributed"]) >= 0.95, score
    assert float(figures["quotes_indirect_attributed"]) >= 0.80, score


def test_corpus_sample_analyses_without_error(shared, lexicon):
    from marsad.pipeline import analyze_document
    for name in ("ant_sample.jsonl", "saudinewsnet_sample.jsonl"):
        with open(shared / "corpus" / name, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i % 40:
                    continue
                rec = json.loads(line)
                art = analyze_document(Document(text=rec["text"], title=rec.get("title")), lexicon)
                for q in art.quotes:
                    assert art.text[q.start:q.end] == q.text
                    assert q.speaker is None or art.entity(q.speaker) is not None


def test_present_passive_reading_has_no_speaker_unless_a_subject_follows(lexicon):
    people = {"صندوق النقد": ("ORG", None, "sg")}
    an, qs = analyse(lexicon, "ويتوقع أن ترتفع الأسعار. ويتوقع صندوق النقد أن يتباطأ النمو.", people)
    assert by_speaker(an, qs) == [("ترتفع الأسعار", False, None), ("يتباطأ النمو", False, "صندوق النقد")]


def test_honorific_stands_for_the_last_speaker(lexicon):
    people = {"الأمير فيصل": ("PER", "m", "sg")}
    text = "افتتح الأمير فيصل المعرض أمس.\nوقال سموه إن المعرض يعكس نهضة المنطقة."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("المعرض يعكس نهضة المنطقة", False, "الأمير فيصل")]


def test_quoted_names_in_the_clause_are_not_direct_quotes(lexicon):
    people = {"شركة إيني": ("ORG", None, "sg")}
    text = ("أعلنت شركة \"إيني\"، مساء الأربعاء، أنها ستواصل التنقيب.\n"
            "وقال مستخدمون إن \"إنستغرام\" لا يحمي حساباتهم.")
    an, qs = analyse(lexicon, text, people)
    assert [(q.text, q.direct) for q in qs] == [("ستواصل التنقيب", False),
                                               ("\"إنستغرام\" لا يحمي حساباتهم", False)]


def test_participle_without_comma_still_ends_the_clause(lexicon):
    text = "وقال بوتين إن الاقتصاد صامد موضحا أن الصادرات ارتفعت."
    an, qs = analyse(lexicon, text, PUTIN)
    assert [q.text for q in qs] == ["الاقتصاد صامد", "الصادرات ارتفعت"]


def test_feminine_participle_read_as_a_noun_is_no_cue(lexicon):
    text = "وقال بوتين إن الهجوم وقع في مدينة صغيرة وإن ذاكرة السكان لن تنسى ما حدث."
    an, qs = analyse(lexicon, text, PUTIN)
    assert [q.text for q in qs] == ["الهجوم وقع في مدينة صغيرة وإن ذاكرة السكان لن تنسى ما حدث"]


def test_aside_in_parentheses_ends_with_them(lexicon):
    text = "اشتدت الحملة (ويقال إن معظم المشاركين جاؤوا من الخارج) في الأسابيع الأخيرة."
    _, qs = analyse(lexicon, text, {})
    assert [q.text for q in qs] == ["معظم المشاركين جاؤوا من الخارج"]


def test_place_before_a_comma_is_not_the_subject(lexicon):
    people = {"بانكوك": ("LOC", None, "sg")}
    an, qs = analyse(lexicon, "وفي بانكوك، قالت مسؤولة في قطاع السياحة إن المطار أغلق.", people)
    assert by_speaker(an, qs) == [("المطار أغلق", False, None)]


def test_unknown_noun_subject_hides_later_actors(lexicon):
    people = {"بلادهم": ("LOC", None, "sg")}
    text = "وقال الأعضاء في رسالتهم لوزيرة خارجية بلادهم: «علينا أن نحترم القانون»."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("علينا أن نحترم القانون", True, None)]


def test_participle_shares_an_unknown_subject(lexicon):
    people = {"وزارة العدل": ("ORG", None, "sg")}
    text = "وقال إن الجلسة عقدت بحضور وزارة العدل، مشيرا إلى أن الحكم نهائي."
    an, qs = analyse(lexicon, text, people)
    assert [s for _, _, s in by_speaker(an, qs)] == [None, None]


def test_reported_clause_keeps_its_marks_and_brackets(lexicon):
    people = {"عماد جاد": ("PER", "m", "sg")}
    text = ("قال الباحث عماد جاد إن الثورة خلقت «حالة كرامة وطنية»، مشددا على أهمية ذلك.\n"
            "وقالت التحريات إنها (الوثائق) تحوي أدلة جديدة.")
    an, qs = analyse(lexicon, text, people)
    assert [q.text for q in qs] == ["الثورة خلقت «حالة كرامة وطنية»", "(الوثائق) تحوي أدلة جديدة"]


def test_title_with_a_preposition_before_the_name(lexicon):
    people = {"جون بولتون": ("PER", "m", "sg"), "الأمم المتحدة": ("ORG", None, "sg")}
    text = "قال السفير السابق في الأمم المتحدة جون بولتون في مقال إن الأزمة انتهت."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("الأزمة انتهت", False, "جون بولتون")]


def test_in_a_statement_does_not_take_the_quote_from_its_verb(lexicon):
    people = {"الحريري": ("PER", "m", "sg")}
    an, qs = analyse(lexicon, "وقال الحريري في تصريح، «إن الجيش أنهى المهمة».", people)
    assert [(q.cue, q.speaker) for q in qs] == [("قال", "e0")]


def test_relay_with_colon_and_verbal_noun_after_a_preposition(lexicon):
    people = {"ديمتري بيسكوف|بيسكوف": ("PER", "m", "sg"), "وكالة تاس": ("ORG", None, "sg")}
    text = ("ونقلت وكالة تاس عن ديمتري بيسكوف قوله: «لا نرى أي تقدم».\n"
            "واكتفى بيسكوف بالقول إن الاتصالات مستمرة.")
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("لا نرى أي تقدم", True, "ديمتري بيسكوف"),
                                  ("الاتصالات مستمرة", False, "ديمتري بيسكوف")]


def test_attribution_at_the_end_of_a_sentence(lexicon):
    people = {"وزارة الداخلية": ("ORG", None, "sg"), "الوزير": ("PER", "m", "sg")}
    text = ("وأصيب ثلاثة من رجال الإطفاء في الحريق، حسبما أعلنت وزارة الداخلية.\n"
            "ولم يصب أي من الركاب بأذى، كما أكد الوزير للصحفيين.")
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("وأصيب ثلاثة من رجال الإطفاء في الحريق", False, "وزارة الداخلية"),
                                  ("ولم يصب أي من الركاب بأذى", False, "الوزير")]


def test_quotation_followed_by_a_prepositional_phrase(lexicon):
    text = "وقالت امرأة نجت من الحادث «فقدت كل أفراد عائلتي» في الهجوم الذي وقع أمس."
    _, qs = analyse(lexicon, text, {})
    assert [(q.text, q.direct) for q in qs] == [("فقدت كل أفراد عائلتي", True)]


def test_dotted_abbreviation_does_not_end_the_sentence(lexicon):
    people = {"الشرطة": ("GROUP", None, "pl")}
    text = "وقالت محطة (سي.ان.ان) الأمريكية إن الشرطة عثرت على رسالة."
    _, qs = analyse(lexicon, text, people)
    assert [q.text for q in qs] == ["الشرطة عثرت على رسالة"]


def test_implicit_subject_can_be_a_group_that_opened_the_sentence(lexicon):
    people = {"القوات الروسية": ("GROUP", None, "pl"), "بوتين": ("PER", "m", "sg")}
    text = ("قال بوتين إن العملية تسير وفق الخطة.\n"
            "وشنت القوات الروسية هجوما واسعا على المدينة فجر اليوم.\n"
            "وقالت إنها دمرت مخازن للأسلحة.")
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs)[1] == ("دمرت مخازن للأسلحة", False, "القوات الروسية")


def test_an_unnamed_generic_source_is_no_speaker(lexicon):
    from marsad.annotate.quotes import _anonymous_titles
    generic = sorted(_anonymous_titles(lexicon))
    if not generic:
        pytest.skip("no generic titles in the lexicon")
    source = Entity(id="r1", type="ROLE", name="مسؤول", gender="m", rule="title:" + generic[0])
    text = "وقال مسؤول إن المحادثات ستستأنف الأسبوع المقبل."
    an = prepare(Document(text=text), lexicon)
    source.mentions.append(Mention(text.index("مسؤول"), text.index("مسؤول") + 5, "مسؤول"))
    an.entities = [source]
    assert [(q.text, q.speaker) for q in quotes.annotate(an)] == [("المحادثات ستستأنف الأسبوع المقبل", None)]


def test_dateline_place_is_not_the_subject(lexicon):
    people = {"دبي": ("LOC", None, "sg"), "مصر": ("LOC", None, "sg")}
    text = "دبي (وكالات)-- أعلنت مصر، الخميس، إرسال مساعدات إلى السودان، مؤكدة أن ذلك واجب أخوي."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("ذلك واجب أخوي", False, "مصر")]


_PIECES = ["وقال", "قالت", "إن", "أن", "بأن", "«", "»", "“", "”", '"', "'", ":", "،", ".", "\n", "(", ")",
           "مضيفا", "بحسب", "الوزير", "بوتين", "الناتو", "سي.ان.ان", "لكنه", "أضاف", "في", "تصريح", "قوله",
           "عن", "ونقلت", "يشار", "إلى", "التأكيد", "على", "كما", "أكد", "ـ", "َ", " "]


def test_any_mix_of_cues_and_marks_gives_valid_spans(lexicon):
    """Property: whatever the punctuation, quotes are non-empty slices of the text and
    speakers are entities of the article (hypothesis drives the mixes)."""
    from hypothesis import given, settings, strategies as st

    @settings(max_examples=150, deadline=None)
    @given(st.lists(st.sampled_from(_PIECES), max_size=40))
    def check(parts):
        text = " ".join(parts)
        an, qs = analyse(lexicon, text, {"بوتين": ("PER", "m", "sg"), "الناتو": ("ORG", None, "sg")})
        ids = {e.id for e in an.entities}
        for q in qs:
            assert 0 <= q.start < q.end <= len(text) and text[q.start:q.end] == q.text
            assert q.speaker is None or q.speaker in ids
            assert q.cue_start is None or text[q.cue_start:q.cue_end] == q.cue

    check()


def test_part_of_a_name_not_linked_by_the_entity_annotator(lexicon):
    people = {"عبد الرحمن الحميدي": ("PER", "m", "sg")}
    text = "افتتح عبد الرحمن الحميدي المنتدى أمس.\nوقال الحميدي إن النمو يجب أن يتسارع."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("النمو يجب أن يتسارع", False, "عبد الرحمن الحميدي")]


def test_participle_with_a_long_adverbial_before_its_colon(lexicon):
    people = {"غازي العريضي": ("PER", "m", "sg")}
    text = ("انتقد الوزير غازي العريضي الحكومة، قائلا في كلمة ألقاها خلال تفقده موقع الانفجار في المدينة: "
            "من تردد وأعلن مواقف ضعيفة يتحمل المسؤولية.")
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("من تردد وأعلن مواقف ضعيفة يتحمل المسؤولية", True, "غازي العريضي")]


def test_the_name_ali_is_no_preposition(lexicon):
    people = {"عادل عسيران": ("PER", "m", "sg")}
    text = "وشجب النائب علي عادل عسيران الهجوم ورأى أنه يستهدف الاستقرار."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("يستهدف الاستقرار", False, "عادل عسيران")]


def test_a_country_speaks_in_the_subtitle_but_a_dateline_is_no_quote(lexicon):
    people = {"روسيا": ("LOC", None, "sg"), "موسكو": ("LOC", None, "sg")}
    text = "روسيا: لن نقبل بأي تهديد لحدودنا\n\nموسكو: شهدت العاصمة أمطارا غزيرة اليوم."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("لن نقبل بأي تهديد لحدودنا", True, "روسيا")]


def test_dual_verbs_are_cues(lexicon):
    an, qs = analyse(lexicon, "وقالا إن الاتفاق سيوقع غدا.", {})
    assert [q.text for q in qs] == ["الاتفاق سيوقع غدا"]


def test_clause_mostly_in_quotation_marks_is_direct(lexicon):
    people = {"دميتري بيسكوف": ("PER", "m", "sg")}
    text = ("واعتبر دميتري بيسكوف أن المساعدات “لن تغير الوضع على الأرض”.\n"
            "وأوضح أن العملية العسكرية ستستمر حتى تحقيق كل أهدافها “المعلنة”.")
    an, qs = analyse(lexicon, text, people)
    assert [(q.text, q.direct) for q in qs] == [("لن تغير الوضع على الأرض", True),
                                               ("العملية العسكرية ستستمر حتى تحقيق كل أهدافها “المعلنة”", False)]


def test_long_subheading_in_quotes_after_a_quote_is_not_a_continuation(lexicon):
    text = ("وقال بوتين: «الوضع خطير جدا».\n"
            "«مخاوف من اتساع رقعة النزاع في المنطقة»\n"
            "وتشهد المنطقة توترا متصاعدا منذ أسابيع.")
    an, qs = analyse(lexicon, text, PUTIN)
    assert [q.text for q in qs] == ["الوضع خطير جدا"]


def test_new_statement_after_a_comma_and_a_particle_ends_the_clause(lexicon):
    text = ("وقال بوتين إن الشرطة عثرت على السيارة، وقد أعلنت الحكومة أن التحقيق مستمر.\n"
            "وقال بوتين إن بلاده مستعدة للحوار، ورفض تسليم المطلوبين.")
    an, qs = analyse(lexicon, text, PUTIN)
    assert [q.text for q in qs] == ["الشرطة عثرت على السيارة", "التحقيق مستمر", "بلاده مستعدة للحوار"]


def test_quotation_marks_pairing():
    from marsad.annotate.quotation_marks import find_quotations
    f = "قال «أولا.\n«ثانيا» ثم \"كلمة\" و“غير مغلق\nسطر جديد"
    spans = [f[q.start:q.end] for q in find_quotations(f)]
    assert spans == ["أولا.\n«ثانيا", "كلمة", "غير مغلق"]


def test_verb_inside_a_source_phrase_makes_no_quote_of_its_own(lexicon):
    people = {"نتنياهو": ("PER", "m", "sg")}
    text = "وكشف نتنياهو عن وثائق جديدة قال إنها سرية، بحسب ما نقلت \"أسوشيتد برس\"."
    an, qs = analyse(lexicon, text, people)
    assert [(q.text, q.direct) for q in qs] == [("سرية", False)]


def test_pronoun_after_an_unnamed_source_stays_unnamed(lexicon):
    text = ("وقال بوتين إن المفاوضات ستستمر.\n"
            "وقال مصدر دبلوماسي إن الجولة المقبلة ستعقد في جنيف.\n"
            "وأضاف أن الوفود لم تحدد موعدا بعد.")
    an, qs = analyse(lexicon, text, PUTIN)
    assert [s for _, _, s in by_speaker(an, qs)] == ["فلاديمير بوتين", None, None]


def test_adverb_or_participle_after_the_verb_is_no_subject(lexicon):
    text = "قال بوتين إن الحوار ممكن.\nوقال مستدركا إن الشروط لم تتوفر.\nوأضاف هاتفيا أن اللقاء تأجل."
    an, qs = analyse(lexicon, text, PUTIN)
    assert [s for _, _, s in by_speaker(an, qs)] == ["فلاديمير بوتين"] * 3


def test_parentheses_as_quotation_marks_without_a_colon(lexicon):
    text = ("وقال بوتين (لن نسمح لأحد بتهديد أمننا).\n"
            "وقال بوتين (أ ف ب) إن المحادثات مستمرة.")
    an, qs = analyse(lexicon, text, PUTIN)
    assert [(q.text, q.direct) for q in qs] == [("لن نسمح لأحد بتهديد أمننا", True), ("المحادثات مستمرة", False)]


def test_headline_with_a_title_before_the_name(lexicon):
    people = {"ينس ستولتنبرغ": ("PER", "m", "sg"), "حلف الناتو": ("ORG", None, "sg"),
              "عبدالله": ("PER", "m", "sg")}
    text = ("الأمين العام لحلف الناتو ينس ستولتنبرغ: الحلف لن يتدخل عسكريا\n\n"
            "جامعة الملك عبدالله: تقدم في التصنيف العالمي هذا العام")
    an, qs = analyse(lexicon, text, people)
    an.entities[0].title = "الأمين العام لحلف الناتو"     # the title the entity annotator records
    qs = quotes.annotate(an)
    assert by_speaker(an, qs) == [("الحلف لن يتدخل عسكريا", True, "ينس ستولتنبرغ")]


def test_according_to_what_the_agency_said(lexicon):
    people = {"وكالة تاس": ("ORG", None, "sg")}
    text = "وفقا لما ذكرته وكالة تاس، فإن الاجتماع سيعقد الأسبوع المقبل."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("الاجتماع سيعقد الأسبوع المقبل", False, "وكالة تاس")]


def test_a_name_in_apposition_after_the_subject_is_the_speaker(lexicon):
    people = {"مدير المعهد": ("ROLE", "m", "sg"), "سامر الخطيب": ("PER", "m", "sg")}
    an, qs = analyse(lexicon, "وقال مدير المعهد، سامر الخطيب، إن التسجيل مفتوح حتى الشهر المقبل.", people)
    assert by_speaker(an, qs) == [("التسجيل مفتوح حتى الشهر المقبل", False, "سامر الخطيب")]


def test_a_name_inside_a_prepositional_phrase_with_adjectives_is_no_speaker(lexicon):
    # the counterpart is the addressee: "إلى نظيره الألماني هانز مولر"
    people = {"الوزير": ("ROLE", "m", "sg"), "هانز مولر": ("PER", "m", "sg")}
    an, qs = analyse(lexicon, "وقال الوزير في رسالة إلى نظيره الألماني هانز مولر إن التعاون مستمر.", people)
    assert by_speaker(an, qs) == [("التعاون مستمر", False, "الوزير")]


# -- speakers on real-news patterns (sentences written for these tests) ------------------

def test_words_inside_a_quotation_name_no_later_speaker(lexicon):
    people = {"سامي حداد": ("PER", "m", "sg"), "الوفد الزائر": ("GROUP", None, "sg")}
    text = ("التقى سامي حداد بالصحفيين أمس.\n"
            "وقال \"ننتظر من الوفد الزائر أن يقدم أفكارا جديدة للحل\".\n"
            "وأضاف \"الوقت ما زال يسمح بالتفاهم\".")
    an, qs = analyse(lexicon, text, people)
    assert [s for _, _, s in by_speaker(an, qs)] == ["سامي حداد", "سامي حداد"]


def test_actor_right_before_a_verb_with_wa_is_no_subject(lexicon):
    people = {"منى الراشد": ("PER", "f", "sg"), "الأردن": ("LOC", None, "sg")}
    text = ("وأكدت منى الراشد أن المعرض سيجوب مدنا عدة في الأردن وقالت إن الإقبال فاق التوقعات.")
    an, qs = analyse(lexicon, text, people)
    assert [s for _, _, s in by_speaker(an, qs)] == ["منى الراشد", "منى الراشد"]


def test_topic_before_the_verb_and_the_subject_after_it(lexicon):
    people = {"اتحاد الكرة": ("ORG", None, "sg"), "كريم ناصر": ("PER", "m", "sg")}
    text = "وبخصوص عقوبات اتحاد الكرة قال كريم ناصر إن ناديه سيستأنف القرار."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("ناديه سيستأنف القرار", False, "كريم ناصر")]


def test_topic_with_fa_before_the_verb(lexicon):
    people = {"بلدية المدينة": ("ORG", None, "sg")}
    text = "أما بلدية المدينة فقالت إن الأعمال ستنتهي قبل الشتاء."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("الأعمال ستنتهي قبل الشتاء", False, "بلدية المدينة")]


def test_the_same_source_points_back(lexicon):
    people = {"هيئة الطيران": ("ORG", None, "sg")}
    text = ("تأخرت عشر رحلات بسبب الضباب، بحسب هيئة الطيران.\n"
            "وأوضح المصدر نفسه أن الحركة عادت إلى طبيعتها ظهرا.\n"
            "وألغيت رحلتان إلى الشمال، وفقا للمصدر ذاته.")
    an, qs = analyse(lexicon, text, people)
    assert [s for _, _, s in by_speaker(an, qs)] == ["هيئة الطيران"] * 3


def test_relative_clause_speaks_for_its_antecedent(lexicon):
    people = {"ليلى عثمان": ("PER", "f", "sg"), "المعهد": ("ORG", None, "sg")}
    text = ("وارتفع عدد الطلاب هذا العام، بحسب مديرة المعهد ليلى عثمان التي أشارت إلى أن "
            "الإقبال على التخصصات التقنية تضاعف.\n"
            "وانتقد ذلك بعض الأعضاء في المعهد الذين قالوا إن المناهج لم تتغير.")
    an, qs = analyse(lexicon, text, people)
    got = {t: s for t, _, s in by_speaker(an, qs)}
    assert got["الإقبال على التخصصات التقنية تضاعف"] == "ليلى عثمان"
    assert got["المناهج لم تتغير"] is None


def test_relative_object_clause_keeps_the_subject_after_the_verb(lexicon):
    people = {"عمر فاضل": ("PER", "m", "sg")}
    text = "ووقع الطرفان الاتفاق الذي يقول عمر فاضل إنه سيخفض الأسعار."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("سيخفض الأسعار", False, "عمر فاضل")]


def test_relay_from_someone_unnamed_in_a_party_is_no_speaker(lexicon):
    people = {"صحيفة الأفق": ("ORG", None, "sg"), "حزب الوسط": ("ORG", None, "sg")}
    text = "ونقلت صحيفة الأفق عن أحد الأعضاء في حزب الوسط قوله إن الانتخابات ستؤجل."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("الانتخابات ستؤجل", False, None)]


def test_relay_with_a_pronoun_and_with_time_words(lexicon):
    people = {"رامي الخطيب": ("PER", "m", "sg"), "وكالة النبأ": ("ORG", None, "sg")}
    text = ("افتتح رامي الخطيب المصنع الجديد.\n"
            "ونقلت عنه وكالة النبأ قوله إن الإنتاج يبدأ الشهر المقبل.\n"
            "ونقلت وكالة النبأ عن رامي الخطيب قوله أول من أمس إن التصدير سيتضاعف.")
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("الإنتاج يبدأ الشهر المقبل", False, "رامي الخطيب"),
                                  ("التصدير سيتضاعف", False, "رامي الخطيب")]


def test_quotation_followed_by_a_new_statement_without_comma(lexicon):
    people = {"سامي حداد": ("PER", "m", "sg")}
    text = ("وقال سامي حداد \"لا نريد أي تصعيد مع جيراننا\" لكنه حذر من الاستفزاز.\n"
            "وأضاف \"الحوار هو الطريق الوحيد للحل\" مضيفا أن اللجنة ستجتمع غدا.")
    an, qs = analyse(lexicon, text, people)
    assert [(t, d) for t, d, _ in by_speaker(an, qs)] == [("لا نريد أي تصعيد مع جيراننا", True),
                                                          ("الحوار هو الطريق الوحيد للحل", True),
                                                          ("اللجنة ستجتمع غدا", False)]


def test_masculine_verb_is_not_a_woman_linked_to_a_bare_title(lexicon):
    spokes = Entity(id="e1", type="PER", name="سلمى حسن", gender="f", title="المتحدثة باسم الوزارة")
    text = "وقال المتحدث إن الاجتماع تأجل.\nوقالت المتحدثة باسم الوزارة سلمى حسن إن الموعد لم يحدد."
    an = prepare(Document(text=text), lexicon)
    i = text.index("المتحدث")
    spokes.mentions.append(Mention(i, i + len("المتحدث"), "المتحدث"))
    j = text.index("سلمى حسن")
    spokes.mentions.append(Mention(j, j + len("سلمى حسن"), "سلمى حسن"))
    an.entities = [spokes]
    assert [(q.text, q.speaker) for q in quotes.annotate(an)] == [("الاجتماع تأجل", None), ("الموعد لم يحدد", "e1")]


def test_a_one_word_organisation_takes_a_feminine_verb_too(lexicon):
    people = {"الفيفا": ("ORG", None, "sg")}
    an, qs = analyse(lexicon, "أعلن الفيفا أن البطولة ستقام في موعدها. وأضافت أن الملاعب جاهزة.", people)
    assert [s for _, _, s in by_speaker(an, qs)] == ["الفيفا", "الفيفا"]


def test_a_name_in_apposition_after_an_unknown_head_and_its_body(lexicon):
    # "ممثل" is no title the lexicon knows; the organisation is its genitive, the name the speaker
    people = {"جمعية الهلال الأخضر": ("ORG", None, "sg"), "ناصر الفلاحي": ("PER", "m", "sg")}
    an, qs = analyse(lexicon, "وقال ممثل جمعية الهلال الأخضر، ناصر الفلاحي، خلال مؤتمر صحفي، إن القافلة وصلت.", people)
    assert by_speaker(an, qs) == [("القافلة وصلت", False, "ناصر الفلاحي")]


def test_the_medium_a_speaker_talks_to_is_no_speaker(lexicon):
    # "لصحيفة «النهار»": the paper is where it was said, the speaker is the subject before it
    people = {"نبيل سعادة|سعادة": ("PER", "m", "sg"), "النهار": ("ORG", None, "sg")}
    text = "زار الوزير نبيل سعادة المرفأ. وقال سعادة لصحيفة «النهار» إن العمل سيستأنف قريبا."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("العمل سيستأنف قريبا", False, "نبيل سعادة")]
    # with no subject the lexicon knows, the paper is still not the speaker
    an, qs = analyse(lexicon, "وقال مسؤول كبير لقناة «الغد» إن المفاوضات توقفت.", {"الغد": ("ORG", None, "sg")})
    assert [s for _, _, s in by_speaker(an, qs)] == [None]


def test_a_participle_takes_the_subject_of_the_clause_before_its_comma(lexicon):
    # the sentence opens with a topic phrase naming someone else; the participle's subject is
    # the person right after the verb of the clause before "، مؤكدا"
    people = {"المعارضة": ("GROUP", "f", "sg"), "هالة منصور": ("PER", "f", "sg")}
    text = ("وبخصوص الانتقادات التي وجهتها المعارضة للخطة الحكومية الجديدة، ردت هالة منصور على المنتقدين، "
            "مؤكدة أن الخطة ستنفذ كاملة.")
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("الخطة ستنفذ كاملة", False, "هالة منصور")]


def test_a_common_noun_before_the_verb_is_its_subject_not_the_last_speaker(lexicon):
    # subject-verb order with a noun the lexicon does not know: nobody named said it
    people = {"شركة النفط الوطنية": ("ORG", "f", "sg"), "سامر الحلبي|الوزير": ("PER", "m", "sg")}
    text = ("أعلنت شركة النفط الوطنية عن مشروع جديد، لكن الواقع يؤكد أن الوظائف فيه قليلة. "
            "وقال سامر الحلبي إن الأسعار ستنخفض، غير أن التقارير الأخيرة تشير إلى أن الأسعار سترتفع. "
            "الوزير أكد أن الخطة ماضية.")
    an, qs = analyse(lexicon, text, people)
    assert [s for _, _, s in by_speaker(an, qs)] == [None, "سامر الحلبي", None, "سامر الحلبي"]


def test_an_adjective_or_adverbial_before_the_verb_leaves_the_speaker_to_other_rules(lexicon):
    # "الأمريكية" describes the paper before it; "في المقابل" is an adverbial: neither is a subject
    people = {"واشنطن تايمز": ("ORG", "f", "sg"), "سامر الحلبي": ("PER", "m", "sg")}
    text = ("صحيفة «واشنطن تايمز» الأمريكية ترى أن الاتفاق هش. "
            "وأعلن سامر الحلبي موقفه. في المقابل أكد أن الحوار مستمر.")
    an, qs = analyse(lexicon, text, people)
    assert [s for _, _, s in by_speaker(an, qs)] == ["واشنطن تايمز", "سامر الحلبي"]


def test_a_body_after_an_office_word_is_no_speaker_but_the_office_holder_is(lexicon):
    # "مدرب النادي" speaks, not the club: the coach introduced before with his title
    people = {"نادي الرمال": ("ORG", "m", "sg"), "كارلو فيتالي": ("PER", "m", "sg")}
    text = ("وصل المدرب كارلو فيتالي إلى المدينة أمس. "
            "وقال مدرب نادي الرمال إن اللاعبين جاهزون للمباراة.")
    an, _ = analyse(lexicon, text, people)
    an.entities[1].title = "المدرب"        # as the entity annotator records the title
    qs = quotes.annotate(an)
    assert [s for _, _, s in by_speaker(an, qs)] == ["كارلو فيتالي"]
    # with nobody introduced as coach, the speaker is unnamed, still not the club
    an, qs = analyse(lexicon, "وقال مدرب نادي الرمال إن اللاعبين جاهزون للمباراة.", {"نادي الرمال": ("ORG", "m", "sg")})
    assert [s for _, _, s in by_speaker(an, qs)] == [None]


def test_byline_before_a_colon_is_not_the_speaker(lexicon):
    people = {"سامي الدوسري": ("PER", "m", "sg"), "هند القحطاني": ("PER", "f", "sg")}
    an, qs = analyse(lexicon, "سامي الدوسري - جدة: أكدت المتحدثة باسم الهيئة هند القحطاني أن موسم "
                          "الأمطار سيبدأ مبكرا هذا العام.", people)
    assert [s for _, _, s in by_speaker(an, qs)] == ["هند القحطاني"]
    an, qs = analyse(lexicon, "سامي الدوسري - جدة: قالت تقارير محلية إن موسم الأمطار سيبدأ مبكرا.", people)
    assert [s for _, _, s in by_speaker(an, qs)] == [None]


def test_subject_joined_to_its_verb_by_qad_speaks_even_with_an_actor_after_the_verb(lexicon):
    from marsad.pipeline import analyze_document
    art = analyze_document(Document(text="وكان الرئيس الكيني وليام روتو قد طالب حلف شمال الأطلسي بتزويد بلاده "
                                         "بالأسلحة، معتبرا أن الهجمات ظالمة.", published="2024-05-01"), lexicon)
    assert [art.entity(q.speaker).name for q in art.quotes] == ["وليام روتو"]


def test_according_to_a_newspaper_named_after_its_head(lexicon):
    people = {"الغارديان": ("ORG", "f", "sg")}
    an, qs = analyse(lexicon, "وبحسب صحيفة الغارديان، فإن الحكومة تدرس فرض قيود جديدة على الاستيراد.", people)
    assert [(s, d) for _, d, s in by_speaker(an, qs)] == [("الغارديان", False)]


# -- documents that speak for their issuer ------------------------------------------------

ISSUERS = {"وزارة الزراعة": ("ORG", None, "sg"), "الشرطة": ("ORG", "f", "sg"),
           "المنظمة": ("ORG", "f", "sg"), "الأردن": ("LOC", "f", "sg")}


@pytest.mark.parametrize("text, clause", [
    ("وقال بيان لوزارة الزراعة إن المحصول تضاعف هذا الموسم.", "المحصول تضاعف هذا الموسم"),
    ("وأفاد بيان رسمي صادر عن وزارة الزراعة أن المحصول تضاعف هذا الموسم.", "المحصول تضاعف هذا الموسم"),
    ("وبحسب بيان لوزارة الزراعة، فإن المحصول تضاعف هذا الموسم.", "المحصول تضاعف هذا الموسم"),
    ("وتضاعف المحصول هذا الموسم بعد سنوات عجاف، وفقا لتقرير صادر عن وزارة الزراعة.",
     "وتضاعف المحصول هذا الموسم بعد سنوات عجاف"),
])
def test_a_document_named_with_its_issuer_speaks_for_the_issuer(lexicon, text, clause):
    an, qs = analyse(lexicon, text, ISSUERS)
    assert by_speaker(an, qs) == [(clause, False, "وزارة الزراعة")]


def test_a_document_of_a_body_named_by_its_head_speaks_for_that_body(lexicon):
    # "بيان للوزارة": the ministry named in full before
    text = "وأعلنت وزارة الزراعة خطة جديدة. وقال بيان للوزارة إن المحصول تضاعف هذا الموسم."
    an, qs = analyse(lexicon, text, ISSUERS)
    assert by_speaker(an, qs) == [("المحصول تضاعف هذا الموسم", False, "وزارة الزراعة")]


def test_the_document_mentioned_before_points_back_to_its_issuer(lexicon):
    text = ("قالت الشرطة في بيان إن اللصوص فروا بسيارة مسروقة.\n"
            "وأضاف البيان أن البحث عنهم مستمر.\n"
            "وأصدرت المنظمة تقريرا عن آثار الجفاف.\n"
            "وأشار التقرير إلى أن آلاف الأسر نزحت.\n"
            "وفي الأردن قالت دراسة نشرت أمس إن الأمطار ستقل.\n"
            "وأوضحت الدراسة أن المزارعين سيتضررون.")
    an, qs = analyse(lexicon, text, ISSUERS)
    assert by_speaker(an, qs) == [("اللصوص فروا بسيارة مسروقة", False, "الشرطة"),
                                  ("البحث عنهم مستمر", False, "الشرطة"),
                                  ("آلاف الأسر نزحت", False, "المنظمة"),
                                  ("الأمطار ستقل", False, None),
                                  ("المزارعين سيتضررون", False, None)]


def test_a_source_without_a_comma_before_it_attributes_its_own_clause(lexicon):
    text = ("وتراجعت الصادرات في الربع الأول، وارتفعت أسعار القمح بنسبة كبيرة خلال الشهر الماضي "
            "بحسب وزارة الزراعة.")
    an, qs = analyse(lexicon, text, ISSUERS)
    assert by_speaker(an, qs) == [("وارتفعت أسعار القمح بنسبة كبيرة خلال الشهر الماضي", False, "وزارة الزراعة")]


# -- بيّن "made clear", written like بين "between" -------------------------------------------

def test_bayyana_opens_a_reported_clause_and_its_participle_continues_it(lexicon):
    people = {"سامي العتيبي|العتيبي": ("PER", "m", "sg")}
    text = ("وبين مدير المستشفى سامي العتيبي أن الحالات تراجعت، مبينا أن الطاقم سيبقى في حالة تأهب.\n"
            "وبين العتيبي أن المستشفى استقبل عشرين مصابا.")
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("الحالات تراجعت", False, "سامي العتيبي"),
                                  ("الطاقم سيبقى في حالة تأهب", False, "سامي العتيبي"),
                                  ("المستشفى استقبل عشرين مصابا", False, "سامي العتيبي")]
    # ... but "between" stays a preposition: no cue, no quote cut short by it
    people["الجيش"] = ("ORG", None, "sg")
    text = ("وحول الخلافات بين البلدين قال سامي العتيبي إن المحادثات مستمرة وإن الطرفين "
            "بين الرفض والقبول.\nوقعت مواجهات بين الجيش وبين المسلحين أمس.")
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("المحادثات مستمرة وإن الطرفين بين الرفض والقبول", False, "سامي العتيبي")]


def test_a_plural_participle_does_not_take_a_single_body_as_speaker(lexicon):
    people = {"الجامعة العربية": ("ORG", "f", "sg")}
    text = "وأشاد المشاركون بدور الجامعة العربية، مؤكدين أن الحوار هو السبيل الوحيد."
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("الحوار هو السبيل الوحيد", False, None)]


@pytest.mark.parametrize("text, clause, speaker", [
    ("ونبه وزير الزراعة إلى أن موجة الجفاف ستطول.", "موجة الجفاف ستطول", "وزير الزراعة"),
    ("واستبعد وزير الزراعة أن ترتفع أسعار القمح قريبا.", "ترتفع أسعار القمح قريبا", "وزير الزراعة"),
    ("وأوردت وزارة الزراعة أن المخزون يكفي ستة أشهر.", "المخزون يكفي ستة أشهر", "وزارة الزراعة"),
    ("وخلصت وزارة الزراعة إلى أن المحصول لن يتأثر.", "المحصول لن يتأثر", "وزارة الزراعة"),
])
def test_warned_ruled_out_reported_and_concluded_open_reported_clauses(lexicon, text, clause, speaker):
    people = {"وزير الزراعة": ("ROLE", "m", "sg"), "وزارة الزراعة": ("ORG", "f", "sg")}
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [(clause, False, speaker)]


def test_a_bare_head_noun_finds_the_body_whose_name_it_heads(lexicon):
    people = {"صحيفة الغد|الغد": ("ORG", "f", "sg")}
    text = ("وذكرت الغد في عددها الصادر اليوم أن الحكومة ستستقيل.\n"
            "وأضافت الصحيفة أن الوزراء أبلغوا بالقرار مساء أمس.")
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("الحكومة ستستقيل", False, "صحيفة الغد"),
                                  ("الوزراء أبلغوا بالقرار مساء أمس", False, "صحيفة الغد")]


def test_a_bare_title_left_unlinked_is_the_person_last_named_with_it(lexicon):
    people = {"وزير البترول سامي الهاشمي": ("PER", "m", "sg"), "الوزير العراقي": ("ROLE", "m", "sg")}
    text = ("وقال وزير البترول سامي الهاشمي إن الإنتاج ارتفع.\n"
            "وأضاف الوزير العراقي أن الشحنات ستصل الشهر المقبل.")
    an, qs = analyse(lexicon, text, people)
    assert by_speaker(an, qs) == [("الإنتاج ارتفع", False, "وزير البترول سامي الهاشمي"),
                                  ("الشحنات ستصل الشهر المقبل", False, "وزير البترول سامي الهاشمي")]


# -- "حسب قوله"، "على حد تعبيره": the clause before is the sentence subject's words ----------

def test_own_words_aside_attributes_the_clause_to_the_named_subject(lexicon):
    text = "وهاجم النائب سامي حداد خطة الحكومة الجديدة، التي رفعت أسعار الخبز مرتين، على حد قوله."
    an, qs = analyse(lexicon, text, {"سامي حداد": ("PER", "m", "sg")})
    assert by_speaker(an, qs) == [("خطة الحكومة الجديدة، التي رفعت أسعار الخبز مرتين", False, "سامي حداد")]


def test_own_words_aside_after_a_quotation_makes_it_direct(lexicon):
    text = "ووصفت النقابة قرار الإغلاق بأنه «ضربة لآلاف العمال في المصانع»، بحسب تعبيرها."
    an, qs = analyse(lexicon, text, {"النقابة": ("ORG", "f", "sg")})
    assert by_speaker(an, qs) == [("ضربة لآلاف العمال في المصانع", True, "النقابة")]


def test_own_words_aside_takes_the_agreeing_subject(lexicon):
    # the pronoun is feminine: the minister, not the man named after her verb
    text = "واستقبلت الوزيرة ليلى منصور السفير كريم يوسف لبحث ملف اللاجئين العالق منذ سنوات، حسب قولها."
    an, qs = analyse(lexicon, text, {"ليلى منصور": ("PER", "f", "sg"), "كريم يوسف": ("PER", "m", "sg")})
    assert [speaker for _, _, speaker in by_speaker(an, qs)] == ["ليلى منصور"]


def test_own_words_aside_needs_a_clause_before_it_and_a_named_subject(lexicon):
    people = {"سامي حداد": ("PER", "m", "sg")}
    # at the clause's end: the words before are his
    an, qs = analyse(lexicon, "وأعاد سامي حداد كتابة الرواية بأسلوب بسيط، على حد وصفه.", people)
    assert by_speaker(an, qs) == [("كتابة الرواية بأسلوب بسيط", False, "سامي حداد")]
    # inside its clause: the described words come after the aside
    an, qs = analyse(lexicon, "وأعاد سامي حداد كتابة الرواية على حد وصفه «بأسلوب بسيط».", people)
    assert qs == []
    # a pronoun alone: "he" may be the one talked about as well as the one talking
    an, qs = analyse(lexicon, "وبقي في السجن عاما كاملا تعرض فيه للضرب والإهانة، حسب قوله.", people)
    assert qs == []


def test_own_words_aside_leaves_a_reported_clause_to_its_verb(lexicon):
    text = ("وأكد سامي حداد أن الأسعار ستنخفض خلال الشهر المقبل، على حد قوله. "
            "وانتقد سامي حداد سياسة البنك المركزي في الأعوام الماضية، حسب قوله.")
    an, qs = analyse(lexicon, text, {"سامي حداد": ("PER", "m", "sg")})
    assert [(q.text, q.rule.split(":")[0]) for q in qs] == [
        ("الأسعار ستنخفض خلال الشهر المقبل", "speech_verbs"),
        ("سياسة البنك المركزي في الأعوام الماضية", "own_words")]


def test_feminine_verb_of_a_body_lets_a_later_feminine_pronoun_find_it(lexicon):
    # the name shows no feminine head (as منظمة would), but "قالت" made it feminine
    text = ("وقالت أطباء بلا حدود في بيان إن «المستشفيات الميدانية تفتقر إلى الأدوية». "
            "وأضافت: «على جميع الأطراف السماح بمرور القوافل الطبية».")
    an, qs = analyse(lexicon, text, {"أطباء بلا حدود": ("ORG", None, "sg")})
    assert [speaker for _, _, speaker in by_speaker(an, qs)] == ["أطباء بلا حدود", "أطباء بلا حدود"]


def test_fi_ishara_speaks_for_the_subject_of_the_main_verb(lexicon):
    # "في إشارة إلى أن" hangs on the main verb: its subject, not the object before it
    text = "وانتقد الوزير رامي عيسى النقابات العمالية بشدة، في إشارة إلى أن الإضرابات تضر بالاقتصاد."
    an, qs = analyse(lexicon, text, {"رامي عيسى": ("PER", "m", "sg"), "النقابات العمالية": ("GROUP", None, "pl")})
    assert by_speaker(an, qs) == [("الإضرابات تضر بالاقتصاد", False, "رامي عيسى")]


@pytest.mark.parametrize("continuation", [
    "وأضاف في المقابلة التي بثتها قناة النهار أن الإصلاحات ستستمر.",
    # a relative clause with no relative pronoun: its verb carries a pronoun back
    "وتابع في حديث نشرته قناة النهار أن الإصلاحات ستستمر.",
])
def test_actor_in_a_relative_clause_on_a_prepositional_phrase_is_not_the_speaker(lexicon, continuation):
    text = "وقال الوزير نبيل سعادة إن الحكومة لن تتراجع. " + continuation
    people = {"نبيل سعادة": ("PER", "m", "sg"), "قناة النهار": ("ORG", "f", "sg")}
    an, qs = analyse(lexicon, text, people)
    assert [speaker for _, _, speaker in by_speaker(an, qs)] == ["نبيل سعادة", "نبيل سعادة"]


def test_the_official_of_a_country_is_the_named_official_who_spoke_just_before(lexicon):
    people = {"هادي مرعي": ("PER", "m", "sg")}
    text = ("وقال وزير الخارجية الأردني هادي مرعي إن عمان تدعم الحوار. "
            "وأضاف المسؤول الأردني أن المفاوضات ستستأنف قريبا.")
    an = prepare(Document(text=text), lexicon)
    ent = Entity(id="e0", type="PER", name="هادي مرعي", gender="m", number="sg", affiliation="JOR")
    ent.mentions.append(Mention(text.index("هادي مرعي"), text.index("هادي مرعي") + 9, "هادي مرعي"))
    an.entities = [ent]
    qs = quotes.annotate(an)
    assert [q.speaker for q in qs] == ["e0", "e0"]
    # after an unnamed official, "the official" names no one
    an, qs = analyse(lexicon, "وقال مسؤول أردني إن عمان تدعم الحوار. وأضاف المسؤول الأردني أن المفاوضات ستستأنف.", people)
    assert [speaker for _, _, speaker in by_speaker(an, qs)] == [None, None]


@pytest.mark.parametrize("text, people, speaker", [
    # a country right after the opening verb, agreeing with a feminine participle
    ("ورفضت اليابان الاقتراح الكوري، معتبرة أنه يتجاهل مخاوفها الأمنية.",
     {"اليابان": ("LOC", None, "sg")}, "اليابان"),
    # the body after the verb, not the person it attacked
    ("وهاجمت الوزارة الخارجية الليبية السفير سامر حداد، قائلة إنه تجاوز صلاحياته.",
     {"الوزارة الخارجية الليبية": ("ORG", "f", "sg"), "سامر حداد": ("PER", "m", "sg")},
     "الوزارة الخارجية الليبية"),
    # a (long) title after the verb is the person named right after it
    ("وعلق وزير الزراعة والصيد البحري والتنمية القروية، كريم العلوي، على الأرقام قائلا إن الموسم كان جيدا.",
     {"وزير الزراعة والصيد البحري والتنمية القروية": ("ROLE", None, "sg"), "كريم العلوي": ("PER", "m", "sg")},
     "كريم العلوي"),
])
def test_participle_speaks_for_the_subject_of_the_verb_that_opens_the_sentence(lexicon, text, people, speaker):
    an, qs = analyse(lexicon, text, people)
    assert [s for _, _, s in by_speaker(an, qs)] == [speaker]


def test_a_person_named_inside_an_earlier_reported_clause_is_no_later_pronoun_subject(lexicon):
    # سامي نادر is only talked about in the first clause; the actor who rejects the
    # criticism is no entity, so the participle names no one rather than him
    text = ('وأوضح أن الرسائل لا تخيفه وأن سامي نادر نشرها على صفحته. '
            'ورفض الممثل الانتقادات قائلا إن الفيلم لا يسيء لأحد.')
    an, qs = analyse(lexicon, text, {"سامي نادر": ("PER", "m", "sg")})
    assert by_speaker(an, qs)[1] == ("الفيلم لا يسيء لأحد", False, None)


def test_a_straight_mark_before_a_full_stop_or_comma_opens_no_quotation():
    # the paragraph's first quotation lost its opening mark: its closing one must not
    # pair with the next opener and turn the later quotations inside out
    from marsad.annotate.quotation_marks import find_quotations
    f = ('وبحسب الشكوى فإن الشركة أخفت الأرباح عن المساهمين".وقالت المحامية إن "التحقيق سيطول". '
         'وأضافت: "لن نتراجع"، ثم غادرت.')
    spans = [f[q.start:q.end] for q in find_quotations(f)]
    assert spans == ["التحقيق سيطول", "لن نتراجع"]


def test_a_pronoun_after_an_unnamed_source_phrase_names_no_one(lexicon):
    # "بحسب ما قاله ناشط": an unnamed source, whom the later "وأضاف" means, not the
    # minister named before
    from marsad.annotate.quotes import _anonymous_titles
    generic = sorted(_anonymous_titles(lexicon))
    text = ("وقال الوزير سامي نادر إن الحكومة تراقب الوضع. "
            "وتحمي الشرطة المحال التجارية، بحسب ما قاله ناشط حقوقي. وأضاف أن الظاهرة تتسع.")
    an = prepare(Document(text=text), lexicon)
    minister = Entity(id="e0", type="PER", name="سامي نادر", gender="m", number="sg")
    minister.mentions.append(Mention(text.index("سامي نادر"), text.index("سامي نادر") + 9, "سامي نادر"))
    activist = Entity(id="r1", type="ROLE", name="ناشط", gender="m", rule="title:" + generic[0])
    activist.mentions.append(Mention(text.index("ناشط"), text.index("ناشط") + 4, "ناشط"))
    an.entities = [minister, activist]
    assert [q.speaker for q in quotes.annotate(an)] == ["e0", None, None]


@pytest.mark.parametrize("text", [
    # a participle and a later pronoun subject in the masculine stand for a country whose
    # name takes masculine verbs (العراق، الأردن، لبنان ...)
    "ورفض الأردن الخطة الجديدة، مؤكدا أن الحدود خط أحمر.",
    "وقال لبنان إنه يحتاج إلى مساعدات عاجلة. وأوضح أن المخيمات تجاوزت طاقتها.",
    # and in the feminine as well, when the writer thinks of the state
    "وأعلن السودان إغلاق معبر حدودي، كما أقرت بأن اللاجئين يتدفقون عليه.",
])
def test_a_masculine_country_name_takes_verbs_of_either_gender(lexicon, text):
    country = next(c for c in ("الأردن", "لبنان", "السودان") if c in text)
    an, qs = analyse(lexicon, text, {country: ("LOC", None, "sg")})
    assert [speaker for _, _, speaker in by_speaker(an, qs)][-1:] == [country]


def test_other_countries_take_feminine_verbs_only(lexicon):
    # a masculine verb after "وانتقدت مصر" is not Egypt's
    text = "وانتقدت مصر الخطة الجديدة. وقال إن الحدود خط أحمر."
    an, qs = analyse(lexicon, text, {"مصر": ("LOC", None, "sg")})
    assert by_speaker(an, qs) == [("الحدود خط أحمر", False, None)]


def test_one_named_in_a_question_put_to_the_speaker_is_not_the_speaker(lexicon):
    people = {"سامي نادر": ("PER", "m", "sg"), "خالد عمر": ("PER", "m", "sg"), "بغداد": ("LOC", None, "sg")}
    # the one named inside the question is talked about: "لكنه أضاف" is the one asked
    text = ("وأشاد الوزير سامي نادر بالمدرب. وعندما سئل إن كان خالد عمر سيبقى قال \"ربما\" "
            "لكنه أضاف أن القرار للاتحاد.")
    assert by_speaker(*analyse(lexicon, text, people))[-1][2] == "سامي نادر"
    # nor is a place at the end of the question the subject of the answer's verb
    text = "وتحدث الوزير سامي نادر عن الأزمة. وعندما سئل عما إذا كان سيزور بغداد قال إنه لا يعرف."
    assert by_speaker(*analyse(lexicon, text, people))[-1][2] == "سامي نادر"
    # the one asked comes before what the question is about, and speaks
    text = "وعندما سئل الوزير سامي نادر عن خالد عمر قال إنه لم يلتق به."
    assert by_speaker(*analyse(lexicon, text, people)) == [("لم يلتق به", False, "سامي نادر")]


@pytest.mark.parametrize("link", ["إلا أنه", "غير أنه"])
def test_but_he_added_after_a_comma_ends_the_reported_clause_and_keeps_its_speaker(lexicon, link):
    text = f"وقال الوزير سامي نادر إن الموعد لم يحدد بعد، {link} أضاف أن الانتخابات ستجري هذا العام."
    an, qs = analyse(lexicon, text, {"سامي نادر": ("PER", "m", "sg")})
    assert by_speaker(an, qs) == [("الموعد لم يحدد بعد", False, "سامي نادر"),
                                  ("الانتخابات ستجري هذا العام", False, "سامي نادر")]


def test_a_verb_before_bil_qawl_makes_its_subject_the_speaker_named_or_not(lexicon):
    # "فرد عليها بالقول": the one who answered speaks, even when no one is named
    text = 'وتلقت الفرقة رسائل غاضبة كثيرة، فرد عليها بالقول: "نحن لا نخاف".'
    an, qs = analyse(lexicon, text)
    assert by_speaker(an, qs) == [("نحن لا نخاف", True, None)]
    # the pronoun subject of the verb is the one asked before
    text = ("وقال الوزير سامي نادر إن الأزمة انتهت. وعندما سألته الصحفية عن الأسعار "
            "رد عليها بالقول إن الحكومة ستتدخل.")
    an, qs = analyse(lexicon, text, {"سامي نادر": ("PER", "m", "sg")})
    assert by_speaker(an, qs)[-1] == ("الحكومة ستتدخل", False, "سامي نادر")
    # a subject named after the verb speaks
    text = "واكتفى المدير خالد عمر بالقول إن التحقيق مستمر."
    an, qs = analyse(lexicon, text, {"خالد عمر": ("PER", "m", "sg")})
    assert by_speaker(an, qs) == [("التحقيق مستمر", False, "خالد عمر")]


def test_a_straight_mark_after_a_full_stop_and_before_a_space_opens_no_quotation():
    # its opening mark was lost: taken for an opener it would swallow the words up to
    # the next opener and leave the real quotation unopened
    from marsad.annotate.quotation_marks import find_quotations
    f = 'وأكد أن المشروع سيكتمل قبل الصيف." لكن المقاول رد بالقول: "لم نتسلم الدفعة الأولى".'
    assert [f[q.start:q.end] for q in find_quotations(f)] == ["لم نتسلم الدفعة الأولى"]


def test_a_bare_title_repeated_is_the_person_named_right_after_it_before(lexicon):
    text = ("قال رئيس هيئة الموانئ، خالد عمر، إن الرصيف الجديد جاهز. وفي سياق آخر، "
            "أوضح رئيس هيئة الموانئ أن الرسوم لن ترتفع.")
    an = prepare(Document(text=text), lexicon)
    person = Entity(id="e0", type="PER", name="خالد عمر", gender="m", number="sg")
    person.mentions.append(Mention(text.index("خالد عمر"), text.index("خالد عمر") + 8, "خالد عمر"))
    title = Entity(id="r1", type="ROLE", name="رئيس هيئة الموانئ", rule="title:titles:999999")
    later = text.rindex("رئيس هيئة الموانئ")
    title.mentions.append(Mention(later, later + len("رئيس هيئة الموانئ"), "رئيس هيئة الموانئ"))
    an.entities = [person, title]
    assert [q.speaker for q in quotes.annotate(an)] == ["e0", "e0"]


def test_a_quoted_nickname_after_the_verb_is_the_subject_not_the_actor_after_it(lexicon):
    # "«الساحر» لاعب الفريق السابق": the nickname speaks, not the club of its description
    text = 'وأضاف "الساحر" نجم نادي الزمالك السابق: "لا نخشى أحدا".'
    an, qs = analyse(lexicon, text, {"نادي الزمالك": ("ORG", None, "sg")})
    assert by_speaker(an, qs) == [("لا نخشى أحدا", True, None)]
    # a known name there is the speaker
    text = 'وقال "أبو خالد" قائد الكتيبة إن الهجوم فشل.'
    an, qs = analyse(lexicon, text, {"أبو خالد": ("PER", "m", "sg")})
    assert by_speaker(an, qs) == [("الهجوم فشل", False, "أبو خالد")]




def test_a_relative_clause_with_an_auxiliary_speaks_for_its_antecedent(lexicon):
    # "التي كانت تشير": the forecasts (no one), not the company that opens the sentence
    text = "وباعت شركة النسيم نحو مليون جهاز، وهو أقل من التوقعات التي كانت تشير إلى أنها ستبيع مليونين."
    an, qs = analyse(lexicon, text, {"شركة النسيم": ("ORG", None, "sg")})
    assert by_speaker(an, qs) == [("ستبيع مليونين", False, None)]


def test_the_one_who_asks_him_is_not_the_one_who_answers(lexicon):
    # "سأله صحفي": the journalist asks, the pronoun (the official quoted before) answers
    people = {"المتحدث باسم وزارة الصحة": ("ROLE", "m", "sg"), "صحفي": ("ROLE", "m", "sg"),
              "هالة فريد": ("PER", "f", "sg"), "المذيع كمال سعيد": ("PER", "m", "sg")}
    text = ("وقال المتحدث باسم وزارة الصحة إن المستشفيات جاهزة. وعندما سأله صحفي عن نقص الأدوية، "
            "قال إن الشحنات ستصل قريبا.")
    assert by_speaker(*analyse(lexicon, text, people))[-1] == ("الشحنات ستصل قريبا", False, "المتحدث باسم وزارة الصحة")
    # a named asker, before what is asked about, does not answer either
    text = ("وأكدت الوزيرة هالة فريد أن الميزانية أقرت. وسألها المذيع كمال سعيد عن الضرائب، "
            "فقالت إنها لن ترتفع.")
    assert by_speaker(*analyse(lexicon, text, people))[-1] == ("لن ترتفع", False, "هالة فريد")


def test_a_present_noticing_verb_with_no_subject_after_it_is_impersonal(lexicon):
    people = {"سامي نادر": ("PER", "m", "sg"), "ليلى حسن": ("PER", "f", "sg")}
    # "ويلاحظ أن" / "ولوحظ أن": "it is noticed", not the last speaker's words
    for verb in ("ويلاحظ", "ولوحظ"):
        text = f"وقال الوزير سامي نادر إن الصادرات زادت. {verb} أن الواردات تراجعت أيضا."
        assert by_speaker(*analyse(lexicon, text, people))[-1] == ("الواردات تراجعت أيضا", False, None)
    # with a subject after it, it is active again
    text = "ويلاحظ الخبير سامي نادر أن الواردات تراجعت."
    assert by_speaker(*analyse(lexicon, text, people)) == [("الواردات تراجعت", False, "سامي نادر")]
    # and its other persons keep their subject: "وتلاحظ" after a woman named before her
    text = "وقالت الباحثة ليلى حسن إن الصادرات زادت. وتلاحظ أن الواردات تراجعت."
    assert by_speaker(*analyse(lexicon, text, people))[-1] == ("الواردات تراجعت", False, "ليلى حسن")


@pytest.mark.parametrize("text", [
    'ذكرت صحيفة "ماركا" أن المدرب سيرحل. وأضافت الصحيفة أن النادي يبحث عن بديل.',
    "ونقلت وكالة «ماركا» عن مصادر أن المدرب سيرحل. وأشارت الوكالة إلى أن النادي يبحث عن بديل.",
    "وقال المدرب لموقع ماركا إنه سيرحل. وأضاف الموقع أن النادي يبحث عن بديل.",
])
def test_a_bare_outlet_word_is_the_outlet_named_after_that_word_before(lexicon, text):
    an, qs = analyse(lexicon, text, {"ماركا": ("ORG", "f", "sg"), "المدرب": ("ROLE", "m", "sg")})
    assert by_speaker(an, qs)[-1] == ("النادي يبحث عن بديل", False, "ماركا")


def test_an_actor_after_an_opening_speech_verb_is_its_subject_not_the_later_verbs(lexicon):
    # "ونفى فلان ... يقول الحزب إنها": the party right after the second verb speaks it
    people = {"سامي نادر": ("PER", "m", "sg"), "الحزب الوطني": ("ORG", "m", "sg")}
    text = "ونفى سامي نادر علمه بأي وثيقة يقول الحزب الوطني إنها بحوزته."
    assert by_speaker(*analyse(lexicon, text, people))[-1] == ("بحوزته", False, "الحزب الوطني")



def test_an_indefinite_noun_after_a_clause_opener_is_an_unnamed_subject(lexicon):
    # not the body named at the start of the sentence
    for clause in ("لكن مصدر محلي قال إن", "غير أن مسؤول محلي أشار إلى أن", "بينما شاهد عيان أكد أن"):
        text = f"وأعلن الجيش أن القوات تقدمت، {clause} المعارك مستمرة."
        an, qs = analyse(lexicon, text, {"الجيش": ("ORG", "m", "sg")})
        assert by_speaker(an, qs)[-1] == ("المعارك مستمرة", False, None), clause
    # a word in the accusative before the verb is its object: "أصدر بيانا أوضح فيه"
    text = "وكان الجيش قد أصدر بيانا أوضح فيه أن القوات تقدمت."
    an, qs = analyse(lexicon, text, {"الجيش": ("ORG", "m", "sg")})
    assert by_speaker(an, qs) == [("القوات تقدمت", False, "الجيش")]


def test_one_of_a_plural_speaks_not_the_body_or_person_in_its_genitive(lexicon):
    people = {"البرلمان": ("ORG", "m", "sg"), "سامي نادر": ("PER", "m", "sg"),
              "المحتجين": ("GROUP", "m", "pl")}
    # "أحد مساعدي البرلمان"، "أحد أقارب فلان": someone unnamed
    for subject in ("أحد مساعدي البرلمان", "أحد أقارب سامي نادر"):
        text = f"وقال {subject} إن الجلسة تأجلت."
        assert by_speaker(*analyse(lexicon, text, people)) == [("الجلسة تأجلت", False, None)], subject
    # a person in apposition after the plural speaks
    text = "وقال أحد السكان ويدعى سامي نادر إن الجلسة تأجلت."
    assert by_speaker(*analyse(lexicon, text, people)) == [("الجلسة تأجلت", False, "سامي نادر")]
    # the group that is the plural itself is found as before
    text = "وقال أحد المحتجين إن الجلسة تأجلت."
    assert by_speaker(*analyse(lexicon, text, people)) == [("الجلسة تأجلت", False, "المحتجين")]
