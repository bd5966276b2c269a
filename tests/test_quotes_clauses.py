"""Quotes in a clause opened after a comma by إذ، حيث، فيما: whose verb takes the words,
and who speaks.

Sentences written for these tests; entities are given by hand (see test_quotes.analyse)."""
from __future__ import annotations

from marsad.annotate import quotes
from marsad.model import Document, Entity, Mention
from marsad.pipeline import prepare
from test_quotes import analyse, by_speaker


def test_a_speech_verb_after_idh_or_haythu_takes_the_clause_and_its_own_subject(lexicon):
    # أعرب عن ... أن would take the that-clause across "، إذ قالت"; the verb after إذ owns
    # it, and its subject is named after it, not the body that opens the sentence
    text = ("وأعرب الاتحاد الأفريقي عن أسفه للقرار، إذ قالت المتحدثة باسم المفوضية "
            "سلمى داود إن الاتحاد يتابع الوضع.")
    an, qs = analyse(lexicon, text, {"الاتحاد الأفريقي": ("ORG", None, "sg"),
                                     "سلمى داود": ("PER", "f", "sg")})
    assert by_speaker(an, qs) == [("الاتحاد يتابع الوضع", False, "سلمى داود")]
    # without a comma there is no new clause: "الوزارة إذ تعلن ذلك" is the ministry's
    text = "والوزارة إذ تعلن عن ذلك تؤكد أن الأسعار لن ترتفع."
    an, qs = analyse(lexicon, text, {"الوزارة": ("ORG", "f", "sg")})
    assert [s for _, _, s in by_speaker(an, qs)] == ["الوزارة"]
    # a verb of calling on someone after "، حيث" keeps the sentence's subject: the
    # audience after it is called on
    text = ("وأعلن المغني رامي فؤاد عن مسابقة جديدة، حيث طالب الجمهور بإرسال مقاطع مصورة، "
            "على أن يختار هو أفضلها.")
    an, qs = analyse(lexicon, text, {"رامي فؤاد": ("PER", "m", "sg"),
                                     "الجمهور": ("GROUP", "m", "pl")})
    assert [s for _, _, s in by_speaker(an, qs)] == ["رامي فؤاد"]


def test_a_participle_after_a_fima_clause_speaks_for_that_clauses_subject(lexicon):
    # "، فيما نفى المدير فلان ...، مؤكدا": the one who denied, not the accuser
    text = ("واتهمت الحكومة الشركة بإخفاء الأرباح، فيما نفى المدير التنفيذي للشركة "
            "ماهر سليم هذه التهم، مؤكدا أن حساباتها سليمة.")
    an, qs = analyse(lexicon, text, {"الحكومة": ("ORG", "f", "sg"),
                                     "المدير التنفيذي للشركة": ("ROLE", "m", "sg"),
                                     "ماهر سليم": ("PER", "m", "sg")})
    assert by_speaker(an, qs) == [("حساباتها سليمة", False, "ماهر سليم")]


def test_a_name_after_a_title_and_a_place_is_the_speaker(lexicon):
    # "القيادي في الحزب فلان": the place or body after في takes no genitive name; the
    # name is the leader's, and he speaks
    text = "وشدد القيادي في حزب الوسط رامي فؤاد على أن الحزب لن يشارك."
    an, qs = analyse(lexicon, text, {"حزب الوسط": ("ORG", None, "sg"), "رامي فؤاد": ("PER", "m", "sg")})
    assert by_speaker(an, qs) == [("الحزب لن يشارك", False, "رامي فؤاد")]


def test_a_verb_right_after_a_comma_with_its_subject_after_it_is_that_subjects(lexicon):
    # the sentence opens with another actor, but "، قال الجهاز" names its own subject
    text = "وكان سامي نادر يلمح إلى ذلك، قال الجهاز الأمني إنه اعتقل خلية."
    an, qs = analyse(lexicon, text, {"سامي نادر": ("PER", "m", "sg"), "الجهاز الأمني": ("ORG", "m", "sg")})
    assert by_speaker(an, qs) == [("اعتقل خلية", False, "الجهاز الأمني")]


def test_a_programme_in_the_speakers_title_is_no_medium_spoken_to(lexicon):
    # "المديرة التنفيذية للبرنامج فلانة": the programme is her office's (a UN programme), not
    # a broadcast she spoke to ("قال الوزير لبرنامج «حديث الساعة»")
    text = 'وقالت المديرة التنفيذية للبرنامج سلمى داود إن "المخزون ينفد".'
    an = prepare(Document(text=text), lexicon)
    person = Entity(id="e0", type="PER", name="سلمى داود", gender="f", number="sg",
                    title="المديرة التنفيذية للبرنامج")
    at = text.index("سلمى داود")
    person.mentions.append(Mention(at, at + len("سلمى داود"), "سلمى داود"))
    an.entities = [person]
    assert [(q.text, q.speaker) for q in quotes.annotate(an)] == [("المخزون ينفد", "e0")]


def test_an_actor_in_a_relative_clause_on_the_subject_is_its_object_not_the_speaker(lexicon):
    # "الذي شغل منصب وزير المالية": the relative pronoun is the clause's subject, the
    # office its object; the speaker is the unknown name before it
    text = "وأضاف اللورد هاملتون الذي شغل سابقا منصب وزير المالية، أن الضرائب سترتفع."
    an, qs = analyse(lexicon, text, {"وزير المالية": ("ROLE", "m", "sg")})
    assert by_speaker(an, qs) == [("الضرائب سترتفع", False, None)]
    # a verb with a pronoun back to the head: its doer speaks for the document
    text = "وقال التقرير الذي أعدته منظمة العفو الدولية إن السجناء تعرضوا للتعذيب."
    an, qs = analyse(lexicon, text, {"منظمة العفو الدولية": ("ORG", "f", "sg")})
    assert by_speaker(an, qs) == [("السجناء تعرضوا للتعذيب", False, "منظمة العفو الدولية")]
    # a verb of naming names the speaker
    text = "وقال الشاب الذي يدعى سامر حداد إن الشرطة اعتقلته."
    an, qs = analyse(lexicon, text, {"سامر حداد": ("PER", "m", "sg")})
    assert by_speaker(an, qs) == [("الشرطة اعتقلته", False, "سامر حداد")]


def test_an_indefinite_subject_with_a_prepositional_phrase_is_someone_unnamed(lexicon):
    # "إلا أن مصادر قريبة من الحركة أكدت": unnamed sources speak, not the movement named
    # in their phrase, which spoke before (and agrees with the verb)
    text = "أعلنت حركة الأمة أن مرشحها فاز. إلا أن مصادر قريبة من الحركة أكدت أن الفرز لم ينته."
    an, qs = analyse(lexicon, text, {"حركة الأمة|الحركة": ("ORG", "f", "sg")})
    assert by_speaker(an, qs) == [("مرشحها فاز", False, "حركة الأمة"), ("الفرز لم ينته", False, None)]
    # a clause opener before a definite object is no such subject: "حتى قرر فلان أن
    # يفتح الباب عندما أعلن أن" is his
    text = "حتى قرر سامي حداد أن يفتح الباب عندما أعلن أن المشروع انتهى."
    an, qs = analyse(lexicon, text, {"سامي حداد": ("PER", "m", "sg")})
    assert [s for _, _, s in by_speaker(an, qs)] == ["سامي حداد"]


def test_a_sentence_opening_phrase_does_not_hide_its_subject_from_a_later_verb(analysed):
    # "من جهتها، أدانت X ...، وقالت": the pronoun of وقالت is X, named after the opening phrase
    art = analysed("من جهتها، أدانت منظمة العفو الدولية اعتقال الصحفيين، وقالت إن الاعتقالات تعسفية.")
    assert [art.entity(q.speaker).name if q.speaker else None for q in art.quotes] == ["منظمة العفو الدولية"]
