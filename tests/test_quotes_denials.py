"""Quotes of denials and claims (نفى، زعم), and that-clauses that belong to no earlier
verb: a concession (رغم أن) or a verb with its own subject in between.

Sentences written for these tests; entities are given by hand (see test_quotes.analyse)."""
from __future__ import annotations

from test_quotes import analyse, by_speaker


def test_nafa_and_zaama_are_verbs_not_their_verbal_nouns(lexicon):
    # نفى folds to نفي, the spelling of its verbal noun, and زعم is its own verbal noun:
    # bare, they are the verb with its subject after it
    text = "ونفى الوزير رامي فؤاد أن تكون الحكومة قد رفعت الأسعار."
    an, qs = analyse(lexicon, text, {"رامي فؤاد": ("PER", "m", "sg")})
    assert by_speaker(an, qs) == [("تكون الحكومة قد رفعت الأسعار", False, "رامي فؤاد")]
    text = "وزعم رامي فؤاد أن الشركة أخفت الأرباح عن المساهمين."
    an, qs = analyse(lexicon, text, {"رامي فؤاد": ("PER", "m", "sg")})
    assert by_speaker(an, qs) == [("الشركة أخفت الأرباح عن المساهمين", False, "رامي فؤاد")]
    # after ب it is the noun, whose speaker is the subject before it
    text = "واكتفت وزارة المالية بنفي أن تكون الضرائب سترتفع."
    an, qs = analyse(lexicon, text, {"وزارة المالية": ("ORG", "f", "sg")})
    assert by_speaker(an, qs) == [("تكون الضرائب سترتفع", False, "وزارة المالية")]


def test_a_concession_is_not_what_the_verb_before_it_said(lexicon):
    # "أكد ثقته ... رغم أن": أكد has its object; what follows رغم أن is the writer's
    for text in ("وأكد المدرب سامي نادر ثقته باللاعبين رغم أن الفريق خسر مباراتين.",
                 "وأعلن سامي نادر استقالته على الرغم من أن الرئيس طلب منه البقاء.",
                 "وجدد سامي نادر تأكيد موقفه بالرغم من أن النقابة رفضته."):
        an, qs = analyse(lexicon, text, {"سامي نادر": ("PER", "m", "sg")})
        assert qs == [], text


def test_a_verb_with_its_own_subject_takes_the_clause_after_it(lexicon):
    # "وأكد فلان اطلاعه على تقرير تقول الصحيفة إنه مزور": the that-clause is تقول's,
    # said by the newspaper, not أكد's
    text = "وأكد رامي فؤاد اطلاعه على تقرير تقول الصحيفة إنه مزور."
    an, qs = analyse(lexicon, text, {"رامي فؤاد": ("PER", "m", "sg"), "الصحيفة": ("ORG", "f", "sg")})
    assert by_speaker(an, qs) == [("مزور", False, "الصحيفة")]
    # a name read as a verb (إدان "condemned") before a comma is no such verb
    text = "وقال مختار إدان، قائد الشرطة في المدينة، إن الانفجار استهدف سوقا."
    an, qs = analyse(lexicon, text, {"مختار إدان": ("PER", "m", "sg"), "قائد الشرطة": ("ROLE", "m", "sg")})
    assert by_speaker(an, qs) == [("الانفجار استهدف سوقا", False, "مختار إدان")]


def test_the_object_of_a_verb_with_no_clause_is_no_unnamed_speaker(lexicon):
    # "ونفى وجود أي صفقة، مؤكدا": no that-clause after نفى, and وجود (before أي) is its
    # object: the pronoun subject is the minister quoted before, and so is مؤكدا's
    # (an anonymous title there is the subject: someone unnamed speaks)
    text = ("وقال الوزير رامي فؤاد إن المحادثات مثمرة. "
            "ونفى وجود أي صفقة سرية، مؤكدا أن بلاده لم تتلق أموالا.")
    an, qs = analyse(lexicon, text, {"رامي فؤاد": ("PER", "m", "sg")})
    assert [s for _, _, s in by_speaker(an, qs)] == ["رامي فؤاد", "رامي فؤاد"]
    text = ("وقال الوزير رامي فؤاد إن المحادثات مثمرة. "
            "ونفى المصدر ذلك، مؤكدا أن بلاده لم تتلق أموالا.")
    an, qs = analyse(lexicon, text, {"رامي فؤاد": ("PER", "m", "sg")})
    assert [s for _, _, s in by_speaker(an, qs)] == ["رامي فؤاد", None]


def test_a_place_in_a_quoted_nickname_is_not_the_speaker(lexicon):
    # "أعلن «فرعون مصر» لاعب الفريق أنه": the nickname is a player's; Egypt does not speak
    text = 'وأعلن "فرعون مصر" لاعب الفريق أنه سيعتزل اللعب الدولي بعد كأس العالم.'
    an, qs = analyse(lexicon, text, {"مصر": ("LOC", "f", "sg")})
    assert by_speaker(an, qs) == [("سيعتزل اللعب الدولي بعد كأس العالم", False, None)]
