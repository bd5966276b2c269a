"""Stories: copies and rewrites built from corpus articles at run time, grouped incrementally."""
from __future__ import annotations

import json
import re

import pytest

from marsad.model import Document
from marsad.store.db import open_store
from marsad.store.ingest import ingest
from marsad.store.stories import list_stories, signature, similarity

# Common news words and a synonym an editor would use instead (written for this test).
SYNONYMS = {
    "قال": "ذكر", "وقال": "وذكر", "أكد": "شدد", "وأكد": "وشدد", "أعلن": "كشف", "أعلنت": "كشفت",
    "إن": "بأن", "أن": "بأن", "التي": "اللتي", "الذي": "والذي", "خلال": "أثناء", "بعد": "عقب",
    "كما": "وكذلك", "حيث": "إذ", "على": "فوق", "مع": "برفقة", "إلى": "نحو", "من": "عن", "في": "ضمن",
}


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!؟])\s+", text) if s.strip()]


def rewrite(text: str) -> str:
    """What a site does to another outlet's report: reorders, cuts, swaps words."""
    sents = sentences(text)
    sents[0], sents[1] = sents[1], sents[0]
    kept = sents[: max(3, int(len(sents) * 0.8))]
    return " ".join(" ".join(SYNONYMS.get(w, w) for w in s.split()) for s in kept)


@pytest.fixture(scope="module")
def bodies(shared) -> list[str]:
    """Three long, unrelated corpus articles of several sentences each."""
    out = []
    with open(shared / "corpus" / "ant_sample.jsonl", encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            if len(text) > 1500 and len(sentences(text)) >= 8:
                out.append(text)
            if len(out) == 3:
                return out
    pytest.skip("the corpus has too few long articles")


def doc(aid, text, published, site):
    return Document(text=text, title=f"عنوان {aid}", id=aid, published=published, site=site)


def story_of(con, article_id: str) -> dict | None:
    for story in list_stories(con, min_size=1):
        if any(a["id"] == article_id for a in story["articles"]):
            return story
    return None


def roles(story: dict) -> dict[str, str]:
    return {a["id"]: a["role"] for a in story["articles"]}


def test_signatures_are_datasketch_minhashes(bodies):
    """Signatures are computed with numpy, not through datasketch's MinHash object: they must
    be exactly its values (stored signatures and LSH bands depend on them)."""
    import zlib

    from datasketch import MinHash

    from marsad.store.stories import MIN_SHINGLES, NUM_PERM, SEED, shingles
    from marsad.text.fold import fold
    from marsad.text.tokens import WORD

    for text in [*bodies, rewrite(bodies[0]), "كلمة " * 3]:
        sh = shingles(WORD.findall(fold(text).lower()))
        m = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32)
        m.update_batch([x.encode("utf-8") for x in sh])
        expected = m.hashvalues.astype("<u8").tobytes() if len(sh) >= MIN_SHINGLES else None
        assert signature(text) == expected


def test_copies_and_rewrites_are_grouped_and_marked(tmp_path, bodies, lexicon):
    a, b, _ = bodies
    assert 0.3 <= similarity(signature(a), signature(rewrite(a))) < 0.85   # the construction is a rewrite
    con = open_store(tmp_path / "s.db")
    ingest(con, iter([
        doc("orig", a, "2024-01-10", "site-1"),
        doc("copy", a + "\n(وكالات)", "2024-01-10", "site-2"),      # republished as is
        doc("rewr", rewrite(a), "2024-01-11", "site-3"),
        doc("other", b, "2024-01-10", "site-1"),
        doc("late", a, "2024-03-01", "site-4"),                      # weeks later: another story
    ]), workers=1)
    story = story_of(con, "orig")
    assert roles(story) == {"orig": "origin", "copy": "verbatim", "rewr": "rewrite"}
    assert story["origin"] == "orig"
    assert story_of(con, "other")["size"] == 1
    assert story_of(con, "late")["size"] == 1
    assert [s["size"] for s in list_stories(con)] == [3]          # --min-size 2 lists this one only


def test_a_later_ingest_joins_existing_stories_and_an_earlier_report_becomes_origin(tmp_path, bodies, lexicon):
    a, b, c = bodies
    db = tmp_path / "s.db"
    con = open_store(db)
    ingest(con, iter([doc("a1", a, "2024-02-02", "x"), doc("b1", b, "2024-02-02", "x"),
                      doc("c1", c, "2024-02-02", "x")]), workers=1)
    con.close()
    con = open_store(db)             # a new run, days later
    ingest(con, iter([doc("a0", a.replace("\n", " "), "2024-02-01", "y"),       # found earlier, elsewhere
                      doc("b2", rewrite(b), "2024-02-03", "y")]), workers=1)
    sa, sb = story_of(con, "a1"), story_of(con, "b1")
    assert sa["origin"] == "a0" and roles(sa) == {"a0": "origin", "a1": "verbatim"}
    assert roles(sb) == {"b1": "origin", "b2": "rewrite"}
    assert story_of(con, "c1")["size"] == 1


def test_a_bridge_article_merges_two_stories(tmp_path, bodies, lexicon):
    a, b, _ = bodies
    half = lambda t, first: " ".join(sentences(t)[: len(sentences(t)) // 2] if first
                                     else sentences(t)[len(sentences(t)) // 2:])
    con = open_store(tmp_path / "s.db")
    ingest(con, iter([doc("p", half(a, True), "2024-01-01", "x"),
                      doc("q", half(a, False), "2024-01-01", "y")]), workers=1)
    assert story_of(con, "p")["size"] == 1 and story_of(con, "q")["size"] == 1
    ingest(con, iter([doc("whole", a, "2024-01-02", "z")]), workers=1)
    story = story_of(con, "whole")
    assert set(roles(story)) == {"p", "q", "whole"} and story["size"] == 3
    assert con.execute("SELECT count(*) FROM stories WHERE size = 0").fetchone()[0] == 0


# A formulaic piece, written for this test: the same wording about different participants.
TEMPLATE = (
    "بعث أمير الدولة برقية تهنئة إلى {leader} بمناسبة العيد الوطني لبلاده {country}. "
    "وأعرب الأمير في البرقية عن أصدق التهاني وأطيب التمنيات لشعب {country} بدوام التقدم والازدهار. "
    "وأكد حرص الدولة على تعزيز العلاقات الثنائية مع {country} في المجالات السياسية والاقتصادية والثقافية. "
    "كما بعث ولي العهد برقية مماثلة إلى {leader} عبر فيها عن تمنياته لشعب {country} بمزيد من الرخاء. "
    "وكانت {capital} قد شهدت في العام الماضي زيارة رسمية لوفد حكومي رفيع لبحث فرص الاستثمار المشترك. "
    "ووقع الجانبان خلال تلك الزيارة في {capital} مذكرات تفاهم في مجالات الطاقة والتعليم والصحة والنقل."
)


def test_formulaic_pieces_about_different_actors_are_not_one_story(tmp_path, lexicon):
    france = TEMPLATE.format(leader="الرئيس الفرنسي إيمانويل ماكرون", country="فرنسا", capital="باريس")
    japan = TEMPLATE.format(leader="رئيس الوزراء الياباني فوميو كيشيدا", country="اليابان", capital="طوكيو")
    assert similarity(signature(france), signature(japan)) >= 0.3      # the wording alone would group them
    con = open_store(tmp_path / "s.db")
    ingest(con, iter([doc("fr", france, "2024-07-14", "x"), doc("jp", japan, "2024-07-14", "y"),
                      doc("fr2", france + " (واس)", "2024-07-14", "z")]), workers=1)
    assert roles(story_of(con, "fr")) == {"fr": "origin", "fr2": "verbatim"}
    assert story_of(con, "jp")["size"] == 1
