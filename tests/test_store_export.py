"""Exports: Parquet read back against its schema, GDELT-style rows, PLOVER records, CLI."""
from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from marsad.model import Article, DateExpr, Entity, Event, Mention, Quote
from marsad.store.db import Writer, open_store, prepare
from marsad.store.export import EVENT_COLUMNS, GOLDSTEIN, QUAD_CLASS, article_schema, export

ROOT = Path(__file__).resolve().parent.parent


def at(text: str, words: str) -> list[Mention]:
    i = text.index(words)
    return [Mention(i, i + len(words), words)]


@pytest.fixture()
def db(tmp_path) -> Path:
    path = tmp_path / "x.db"
    con = open_store(path)
    w = Writer(con)
    t1 = "قصفت القوات الروسية مدينة خاركيف فجر الثلاثاء، وقال الجيش الأوكراني إن الهجوم لن يمر."
    t2 = "وقّع وزيرا خارجية مصر والأردن في عمّان اتفاقا للتعاون في مجال المياه."
    forces = Entity("e1", "GROUP", "القوات الروسية", "RUS", at(t1, "القوات الروسية"), sector="MIL")
    kharkiv = Entity("e2", "LOC", "خاركيف", "UKR", at(t1, "خاركيف"), country="UKR",
                     geo={"lat": 49.99, "lon": 36.23})
    army = Entity("e3", "ORG", "الجيش الأوكراني", "UKR", at(t1, "الجيش الأوكراني"), sector="MIL")
    a1 = Article(id="k1", text=t1, title="قصف خاركيف", site="site-a", url="https://example.org/k1",
                 published="2022-03-01", entities=[forces, kharkiv, army],
                 quotes=[Quote("الهجوم لن يمر", t1.index("الهجوم"), len(t1) - 1, False, speaker="e3")],
                 events=[Event("ASSAULT", 0, 4, source="e1", target="e2", location="e2", cameo="195",
                               trigger="قصفت")],
                 dates=[DateExpr("فجر الثلاثاء", t1.index("فجر"), t1.index("فجر") + 12, "2022-03-01")])
    egypt = Entity("e1", "LOC", "مصر", "EGY", at(t2, "مصر"))
    jordan = Entity("e2", "LOC", "الأردن", "JOR", at(t2, "الأردن"))
    amman = Entity("e3", "LOC", "عمّان", "JOR", at(t2, "عمّان"), country="JOR")
    a2 = Article(id="k2", text=t2, title="اتفاق مياه", site="site-b", published="2022-03-05",
                 entities=[egypt, jordan, amman],
                 events=[Event("AGREE", 0, 4, source="e1", target="e2", location="e3", negated=True,
                               date="2022-03-04")])
    con.execute("BEGIN")
    w.save(prepare(a1, "h1"))
    w.save(prepare(a2, "h2"))
    con.execute("COMMIT")
    con.close()
    return path


def test_parquet_reads_back_against_the_schema(db, tmp_path):
    con = open_store(db)
    out = tmp_path / "a.parquet"
    assert export(con, "parquet", str(out)) == 2
    table = pq.read_table(out)
    assert table.schema.equals(article_schema())
    rows = table.to_pylist()
    assert [r["id"] for r in rows] == ["k1", "k2"]
    k1 = rows[0]
    assert k1["published"] == "2022-03-01" and k1["site"] == "site-a"
    ent = k1["entities"][1]
    assert ent["name"] == "خاركيف" and k1["text"][ent["mentions"][0]["start"]:ent["mentions"][0]["end"]] == "خاركيف"
    assert k1["events"][0]["type"] == "ASSAULT" and k1["events"][0]["cameo"] == "195"
    assert k1["quotes"][0]["speaker"] == "e3" and k1["quotes"][0]["direct"] is False
    assert k1["dates"][0]["value"] == "2022-03-01"
    assert rows[1]["events"][0]["negated"] is True
    assert k1["story"] is not None and k1["story_role"] == "origin"


def test_gdelt_rows(db, tmp_path):
    con = open_store(db)
    out = tmp_path / "e.tsv"
    assert export(con, "gdelt", str(out)) == 2
    lines = out.read_text(encoding="utf-8").splitlines()
    rows = [dict(zip(EVENT_COLUMNS, line.split("\t"))) for line in lines]
    assert all(len(line.split("\t")) == len(EVENT_COLUMNS) for line in lines)
    r = rows[0]
    assert r["event_id"] == "k1:0" and r["date"] == "20220301"
    assert (r["actor1_code"], r["actor1_name"]) == ("RUSMIL", "القوات الروسية")
    assert (r["actor2_code"], r["actor2_name"]) == ("UKR", "خاركيف")
    assert (r["event_type"], r["cameo_code"], r["quad_class"]) == ("ASSAULT", "195", "4")
    assert float(r["goldstein"]) < 0 and r["negated"] == "0"
    assert (r["place"], r["place_country"], r["lat"], r["lon"]) == ("خاركيف", "UKR", "49.99", "36.23")
    assert r["source_url"] == "https://example.org/k1"
    r = rows[1]
    assert r["date"] == "20220304"                      # the event's own date wins
    assert r["quad_class"] == "1" and float(r["goldstein"]) > 0 and r["negated"] == "1"
    assert r["place"] == "عمّان" and r["lat"] == ""


def test_csv_has_a_header_and_plover_records_carry_the_evidence(db, tmp_path):
    con = open_store(db)
    buf = tmp_path / "e.csv"
    export(con, "csv", str(buf))
    rows = list(csv.DictReader(io.StringIO(buf.read_text(encoding="utf-8"))))
    assert [r["event_type"] for r in rows] == ["ASSAULT", "AGREE"]
    out = tmp_path / "p.jsonl"
    export(con, "plover", str(out))
    recs = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    assert recs[0]["event_type"] == "ASSAULT" and recs[0]["text"] == "قصفت"
    assert recs[0]["source_actor"] == "القوات الروسية" and recs[0]["target_code"] == "UKR"
    assert recs[0]["location"] == {"name": "خاركيف", "country": "UKR", "lat": 49.99, "lon": 36.23}
    assert recs[1]["negated"] is True and recs[1]["date"] == "2022-03-04"


def test_every_plover_type_has_a_score_and_quad_class():
    types = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
             "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert set(GOLDSTEIN) == types == set(QUAD_CLASS)
    assert all(GOLDSTEIN[t] > 0 for t in types if QUAD_CLASS[t] <= 2)
    assert all(GOLDSTEIN[t] < 0 for t in types if QUAD_CLASS[t] >= 3)


def test_cli_export_and_its_errors(db, tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}

    def run(*args):
        return subprocess.run([sys.executable, "-m", "marsad.cli", *args], capture_output=True,
                              text=True, env=env, timeout=120)

    r = run("export", "--db", str(db), "--format", "jsonl")
    assert r.returncode == 0
    assert [json.loads(l)["id"] for l in r.stdout.splitlines()] == ["k1", "k2"]
    r = run("export", "--db", str(db), "--format", "parquet")
    assert r.returncode == 2 and "needs --output" in r.stderr
    r = run("export", "--db", str(tmp_path / "missing.db"))
    assert r.returncode == 2 and "missing.db: no such store" in r.stderr and "Traceback" not in r.stderr
    r = run("export", "--db", str(db), "--format", "csv", "--output", str(tmp_path / "no" / "dir.csv"))
    assert r.returncode == 1 and "dir.csv: cannot write" in r.stderr


def test_stored_article_object_is_the_article_with_its_text_in_place(tmp_path):
    """The JSON column leaves the text out (it is the text column); the export puts it back,
    in the same place as Article.to_dict()."""
    from marsad.store.export import iter_articles
    text = "أعلنت وزارة الصحة في عمّان افتتاح مستشفى جديد في المدينة."
    art = Article(id="s1", text=text, title="مستشفى جديد", published="2023-05-02",
                  entities=[Entity("e1", "LOC", "عمّان", "JOR", at(text, "عمّان"))])
    con = open_store(tmp_path / "s.db")
    con.execute("BEGIN")
    Writer(con).save(prepare(art, "h"))
    con.execute("COMMIT")
    stored = con.execute("SELECT json FROM articles").fetchone()[0]
    assert text not in stored
    (exported,) = iter_articles(con)
    assert list(exported.items())[:-2] == list(json.loads(json.dumps(art.to_dict())).items())
    assert (exported["story_role"], exported["text"]) == ("origin", text)


def test_a_version_1_store_migrates_and_keeps_its_article_objects(tmp_path):
    """A store written before schema 2 (text inside the JSON) opens, migrates and exports
    the same objects."""
    import sqlite3

    from marsad.store.export import iter_articles
    from marsad.store.schema import MIGRATIONS, SCHEMA_VERSION
    path = tmp_path / "old.db"
    con = sqlite3.connect(path, isolation_level=None)
    con.executescript("BEGIN;" + MIGRATIONS[0] + "\nCREATE TABLE migrations (version INTEGER PRIMARY KEY, "
                      "applied_at TEXT);\nINSERT INTO migrations VALUES (1, 'then');"
                      "\nPRAGMA user_version = 1;\nCOMMIT;")
    old_object = {"id": "o1", "text": "نص قديم عن الانتخابات البلدية.", "title": "قديم",
                  "entities": [], "quotes": [], "events": [], "dates": []}
    con.execute("INSERT INTO articles (id, content_hash, seq, text, json) VALUES (?, ?, ?, ?, ?)",
                ("o1", "h", 1, old_object["text"], json.dumps(old_object, ensure_ascii=False)))
    con.close()
    con = open_store(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    (exported,) = iter_articles(con)
    assert {k: v for k, v in exported.items() if k not in ("story", "story_role")} == old_object
