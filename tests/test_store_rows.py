"""The rows a worker builds for one article (db.prepare): the fast paths give what the
plain ones gave."""
from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from marsad.model import Article, DateExpr, Document, Entity, Event, Mention, Quote
from marsad.pipeline import analyze_document_and_text
from marsad.store.db import article_json, prepare


def _plain_json(article: Article) -> str:
    """The article object as json.dumps wrote it before orjson: to_dict() less the text."""
    d = asdict(article)
    del d["text"]
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def _article(title: str = "لقاء في عمّان") -> Article:
    text = "التقى وزير الخارجية الأردني نظيره المصري في عمّان يوم الأحد، وقال: «نريد التهدئة»."
    return Article(
        id="a1", text=text, title=title, site="example", published="2024-02-04",
        captions=["صورة من اللقاء"],
        entities=[Entity("e1", "LOC", "عمّان", "JOR", [Mention(47, 52, "عمّان")], rule="places:1",
                         country="JOR", geo={"lat": 31.9539, "lon": 35.9106, "region": "Amman"}),
                  Entity("e2", "PER", "وزير الخارجية الأردني", "JOR", [Mention(6, 27, "وزير الخارجية الأردني")],
                         role="foreign_minister", gender="m")],
        quotes=[Quote("نريد التهدئة", 72, 84, True, speaker="e2", cue="قال", cue_start=65, cue_end=68)],
        events=[Event("CONSULT", 0, 5, source="e2", negated=False, date="2024-02-04", location="e1",
                      quote=None, rule="consult:meet")],
        dates=[DateExpr("يوم الأحد", 53, 62, "2024-02-04", period=None)],
    )


def test_article_json_is_the_same_object_key_for_key():
    article = _article()
    fast = article_json(article)
    assert json.loads(fast) == json.loads(_plain_json(article))
    # the same keys in the same order, at every level
    assert json.dumps(json.loads(fast)) == json.dumps(json.loads(_plain_json(article)))
    assert "text" not in json.loads(fast)


def test_article_json_falls_back_where_orjson_refuses():
    article = _article(title="عنوان \ud800 مكسور")      # a lone surrogate: not UTF-8
    assert article_json(article) == _plain_json(article)


@pytest.mark.parametrize("text", [
    "أعلنت شركة Apple في بيروت أنها ستفتح متجرا جديدا، وقال المدير إن المتجر يوظف مئة شخص.",
    "قال وزير المالية اللبناني إن الحكومة ستدفع الرواتب في موعدها، وإن المصارف ستفتح أبوابها غدا.",
])
def test_rows_from_the_analysis_text_are_those_of_the_text_alone(text, lexicon):
    """prepare with the analysis' folded text and tokens (the ingest path) gives the rows
    prepare works out from the article alone, upper-case Latin letters or not."""
    doc = Document(text=text * 2, title="خبر من بيروت", published="2024-05-06")
    article, analysis = analyze_document_and_text(doc, lexicon)
    reused = prepare(article, "h", analysis.f, analysis.token_texts)
    alone = prepare(article, "h")
    assert vars(reused) == vars(alone)
    assert reused.signature is not None and reused.search[2]
