"""A bare title as speaker ("وقال الرئيس"، "وأضاف الوزير"): the holder of that office the
article named last, not one whose title only holds the same head word.

Sentences written for these tests; entities are given by hand."""
from __future__ import annotations

from marsad.annotate import quotes
from marsad.model import Document, Entity, Mention
from marsad.pipeline import prepare


def person(text: str, eid: str, name: str, title: str, role: str) -> Entity:
    ent = Entity(id=eid, type="PER", name=name, gender="m", number="sg", title=title, role=role)
    at = text.index(title + " " + name)
    ent.mentions.append(Mention(at, at + len(title) + 1 + len(name), title + " " + name))
    return ent


def bare_title(text: str, eid: str, word: str, role: str, ref: str) -> Entity:
    ent = Entity(id=eid, type="ROLE", name=word, gender="m", number="sg", role=role, rule="title:" + ref)
    at = text.rindex(word)
    ent.mentions.append(Mention(at, at + len(word), word))
    return ent


def speakers(lexicon, text: str, people: list[tuple[str, str, str]], bare: tuple[str, str, str]) -> list[str]:
    """Speaker ids of ``text`` with persons (name, title, role) e0, e1 ... and the bare
    title (word, role, titles ref) r0 at its last occurrence."""
    an = prepare(Document(text=text), lexicon)
    an.entities = [person(text, f"e{i}", *p) for i, p in enumerate(people)] + [bare_title(text, "r0", *bare)]
    return [q.speaker for q in quotes.annotate(an)]


def test_a_bare_president_is_not_a_prime_minister_named_after_him(lexicon):
    # رئيس الوزراء holds the word رئيس, but "الرئيس" is the president named before him
    text = ("واستقبل الرئيس الكيني وليام روتو رئيس الوزراء الإثيوبي آبي أحمد في نيروبي.\n"
            "وقال الرئيس إن البلدين سيفتحان الحدود.")
    people = [("وليام روتو", "الرئيس الكيني", "president"), ("آبي أحمد", "رئيس الوزراء الإثيوبي", "prime_minister")]
    assert speakers(lexicon, text, people, ("الرئيس", "president", "titles:8")) == ["e0"]


def test_a_bare_minister_is_not_a_deputy_minister(lexicon):
    # "نائب وزير الخارجية" holds the word وزير; "الوزير" is the minister himself
    text = ("وزار وزير الخارجية سامي حداد موسكو برفقة نائب وزير الخارجية عادل نصار.\n"
            "وأضاف الوزير أن الزيارة ناجحة.")
    people = [("سامي حداد", "وزير الخارجية", "foreign_minister"),
              ("عادل نصار", "نائب وزير الخارجية", "deputy_foreign_minister")]
    assert speakers(lexicon, text, people, ("الوزير", "minister", "titles:56")) == ["e0"]


def test_the_office_a_person_holds_is_the_one_the_article_titles_them_with(lexicon):
    # the gazetteer may know a man by a later office (prime minister); titled oil
    # minister here, he is "الوزير"
    text = ("وقال وزير البترول سامي حداد إن الإنتاج ارتفع.\n"
            "وأضاف الوزير أن الصادرات ستزيد.")
    people = [("سامي حداد", "وزير البترول", "prime_minister")]
    assert speakers(lexicon, text, people, ("الوزير", "minister", "titles:56")) == ["e0", "e0"]


def test_a_bare_title_with_a_nationality_is_the_holder_of_that_office_of_that_country(lexicon):
    # Le Drian is named as "نظيره الفرنسي", with no وزير in his title: "الوزير الفرنسي" is
    # the French minister named before, not the Jordanian one whose title holds وزير
    text = ("التقى وزير الخارجية الأردني سامي حداد نظيره الفرنسي جان دوبون في عمان.\n"
            "وأعرب الوزير الفرنسي عن أمله في أن تسهم الزيارة في تعزيز العلاقات.")
    an = prepare(Document(text=text), lexicon)
    jordanian = person(text, "e0", "سامي حداد", "وزير الخارجية الأردني", "foreign_minister")
    jordanian.affiliation = "JOR"
    french = person(text, "e1", "جان دوبون", "نظيره الفرنسي", "foreign_minister")
    french.affiliation = "FRA"
    title = bare_title(text, "r0", "الوزير الفرنسي", "minister", "titles:56")
    title.affiliation = "FRA"
    an.entities = [jordanian, french, title]
    assert [q.speaker for q in quotes.annotate(an)] == ["e1"]
