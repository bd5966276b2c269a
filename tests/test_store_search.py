"""Search: every folding case, clitics, phrases, prefixes, filters, snippets in the original."""
from __future__ import annotations

import pytest

from marsad.model import Article, Entity, Event, Mention, Quote
from marsad.store.db import Writer, open_store, prepare
from marsad.store.search import HIGHLIGHT, Query, quotes_by, search, word_forms

# Short articles written for these tests; each spells its key word one way.
ARTICLES = {
    "diacritics": "زار وفدٌ رسميٌّ مدينةَ مُوسْكُو أمسِ لبحثِ ملفِّ الطاقةِ مع المسؤولين.",
    "hamza": "أعلنت إيران استئناف المحادثات النووية مع الوكالة الدولية في فيينا.",
    "alef_madda": "قالت الحكومة إن آلاف اللاجئين عادوا إلى ديارهم خلال الشهر الماضي.",
    "ta_marbuta": "شهدت القاهرة اجتماعا لوزراء الزراعة العرب لبحث الأمن الغذائي.",
    "alef_maqsura": "وصل مصطفى إلى العاصمة للمشاركة في مؤتمر الاستثمار السنوي.",
    "clitic_li": "وجهت كندا انتقادات لروسيا بسبب القيود على الصحافة المستقلة.",
    "clitic_wa": "وقعت الصين وروسيا اتفاقا لتوسيع التبادل التجاري بالعملات المحلية.",
    "clitic_bi": "احتفل السكان بالعيد في الحدائق العامة رغم ارتفاع الحرارة.",
    "tatweel": "أكد الوزيـــر أن الميزانية الجديدة تركز على التعليم والصحة.",
    "digits": "ارتفعت أسعار القمح بنسبة ١٥ في المئة خلال الربع الأول من العام.",
}


@pytest.fixture(scope="module")
def con(tmp_path_factory, lexicon):
    from marsad.model import Document
    from marsad.store.ingest import ingest

    con = open_store(tmp_path_factory.mktemp("search") / "s.db")
    docs = [Document(text=text, title=None, id=key, published="2024-05-0%d" % (i % 9 + 1),
                     site="site-a" if i % 2 else "site-b")
            for i, (key, text) in enumerate(ARTICLES.items())]
    result = ingest(con, iter(docs), workers=1)
    assert result.added == len(ARTICLES)
    return con


def ids(hits) -> set[str]:
    return {h.id for h in hits}


@pytest.mark.parametrize("query, expected", [
    ("موسكو", "diacritics"),            # the text has harakat, the query none
    ("مُوسْكُو", "diacritics"),          # and the other way round
    ("ايران", "hamza"),                  # إ → ا
    ("إيران", "hamza"),
    ("الاف", "alef_madda"),              # آ → ا
    ("القاهره", "ta_marbuta"),           # ة / ه
    ("مصطفي", "alef_maqsura"),           # ى / ي
    ("مصطفى", "alef_maqsura"),
    ("الوزير", "tatweel"),               # tatweel dropped
    ("15", "digits"),                    # Arabic-Indic digits folded to ASCII
])
def test_each_folding_case_matches(con, query, expected):
    assert expected in ids(search(con, query))


@pytest.mark.parametrize("query, expected", [
    ("روسيا", {"clitic_li", "clitic_wa"}),      # لروسيا and وروسيا
    ("العيد", {"clitic_bi"}),                   # بالعيد
    ("عيد", {"clitic_bi"}),                     # and without the article
    ("العاصمة", {"alef_maqsura"}),
])
def test_clitics_are_looked_through(con, query, expected):
    assert ids(search(con, query)) == expected


def test_no_false_matches(con):
    assert search(con, "برلين") == []
    assert search(con, "روس") == []                   # a word is not a prefix match ...
    assert ids(search(con, "روس*")) == {"clitic_li", "clitic_wa"}    # ... unless asked for


def test_all_words_must_occur_and_phrases_keep_order(con):
    assert ids(search(con, "الصين روسيا")) == {"clitic_wa"}
    assert ids(search(con, "كندا الصين")) == set()
    assert ids(search(con, '"الأمن الغذائي"')) == {"ta_marbuta"}
    assert ids(search(con, '"الغذائي الأمن"')) == set()


def test_snippet_highlights_the_original_characters(con):
    hit = search(con, "موسكو")[0]
    text = ARTICLES["diacritics"]
    assert len(hit.matches) == 1
    a, b = hit.matches[0]
    assert text[a:b] == "مُوسْكُو"
    assert f"{HIGHLIGHT[0]}مُوسْكُو{HIGHLIGHT[1]}" in hit.snippet
    hit = search(con, "روسيا", limit=5)
    marked = {h.id: h.snippet for h in hit}
    assert f"{HIGHLIGHT[0]}لروسيا{HIGHLIGHT[1]}" in marked["clitic_li"]


def test_date_and_source_filters(con):
    everything = search(con, "", since="2000-01-01", limit=100)
    assert len(everything) == len(ARTICLES)
    assert all(h.published >= "2024-05-05" for h in search(con, "", since="2024-05-05", limit=100))
    assert all(h.published <= "2024-05-02" for h in search(con, "", until="2024-05-02", limit=100))
    assert {h.site for h in search(con, "", source="site-a", limit=100)} == {"site-a"}
    assert search(con, "روسيا", until="2000-01-01") == []


def test_query_parsing_folds_and_splits():
    q = Query.parse('وزير "الأمن  الغذائي" روس*')
    assert q.words == ["وزير", "روس*"]
    assert q.phrases == [["الامن", "الغذائي"]]
    assert "روسيا" in word_forms("لروسيا") and "رئيس" in word_forms("والرئيس")


@pytest.fixture()
def annotated(tmp_path):
    """A store written from hand-built articles, so filters do not depend on the annotators."""
    con = open_store(tmp_path / "a.db")
    w = Writer(con)

    def article(aid, text, ents, events, published, quotes=()):
        return Article(id=aid, text=text, published=published, entities=ents, events=events,
                       quotes=list(quotes))

    def at(text, words):
        i = text.index(words)
        return [Mention(i, i + len(words), words)]

    t1 = "هاجمت القوات الروسية مواقع في خاركيف صباح اليوم."
    t2 = "التقى وزير الخارجية الروسي نظيره التركي في أنقرة."
    t3 = "انتقد وزير الخارجية الروسي العقوبات الأوروبية الجديدة."
    lavrov = dict(type="PER", name="سيرغي لافروف", affiliation="RUS", lexicon_id="people:lavrov")
    con.execute("BEGIN")
    w.save(prepare(article("e1", t1, [
        Entity("e1", "GROUP", "القوات الروسية", "RUS", at(t1, "القوات الروسية")),
        Entity("e2", "LOC", "خاركيف", "UKR", at(t1, "خاركيف"))],
        [Event("ASSAULT", 0, 5, source="e1", target="e2")], "2022-03-01"), "h1"))
    w.save(prepare(article("e2", t2, [
        Entity("e1", mentions=at(t2, "وزير الخارجية الروسي"), **lavrov),
        Entity("e2", "PER", "هاكان فيدان", "TUR", at(t2, "نظيره التركي"))],
        [Event("CONSULT", 0, 5, source="e1", target="e2")], "2022-04-01"), "h2"))
    w.save(prepare(article("e3", t3, [
        Entity("e9", mentions=at(t3, "وزير الخارجية الروسي"), **{**lavrov, "name": "لافروف"})],
        [Event("ACCUSE", 0, 5, source="e9")], "2022-05-01",
        [Quote("العقوبات الأوروبية الجديدة", t3.index("العقوبات"), len(t3) - 1, False, speaker="e9")]), "h3"))
    con.execute("COMMIT")
    return con


def test_one_actor_across_articles_by_lexicon_id(annotated):
    assert annotated.execute("SELECT count(*) FROM actors WHERE lexicon_id = 'people:lavrov'").fetchone()[0] == 1
    assert ids(search(annotated, "", actor="لافروف")) == {"e2", "e3"}
    assert ids(search(annotated, "", actor="people:lavrov")) == {"e2", "e3"}


def test_actor_and_event_type_filters(annotated):
    assert ids(search(annotated, "", event_type="assault")) == {"e1"}
    assert ids(search(annotated, "", actor="لافروف", event_type="ACCUSE")) == {"e3"}
    assert ids(search(annotated, "", actor="لافروف", event_type="ASSAULT")) == set()
    assert ids(search(annotated, "", actor="خاركيف", event_type="ASSAULT")) == {"e1"}   # as target
    assert search(annotated, "", actor="نابليون") == []
    assert ids(search(annotated, "الروسي", actor="لافروف", since="2022-04-15")) == {"e3"}


def test_what_an_actor_said(annotated):
    said = quotes_by(annotated, "لافروف")
    assert [(q["article"], q["speaker"], q["text"], q["direct"]) for q in said] == \
        [("e3", "سيرغي لافروف", "العقوبات الأوروبية الجديدة", False)]   # the actor's first-seen name
    assert quotes_by(annotated, "لافروف", until="2022-04-30") == []
    assert quotes_by(annotated, "خاركيف") == []
