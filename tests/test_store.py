"""The store's ingest: real SQLite files, real processes, a SIGKILL midway."""
from __future__ import annotations

import itertools
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from marsad.model import Document
from marsad.store.db import StoreError, actor_key, counts, open_store
from marsad.store.ingest import ingest
from marsad.store.schema import SCHEMA_VERSION
from marsad.store.stories import BANDS

ROOT = Path(__file__).resolve().parent.parent


def corpus_sample(shared: Path, n: int, skip: int = 0) -> list[str]:
    """``n`` JSONL lines from the shared corpus, alternating its two files."""
    files = sorted((shared / "corpus").glob("*.jsonl"))
    handles = [open(f, encoding="utf-8") for f in files]
    try:
        lines = (line for pair in itertools.zip_longest(*handles) for line in pair if line)
        return list(itertools.islice(lines, skip, skip + n))
    finally:
        for h in handles:
            h.close()


def write_jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line if line.endswith("\n") else line + "\n" for line in lines), encoding="utf-8")
    return path


ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def marsad(*args: str, **kw) -> subprocess.CompletedProcess:
    env = ENV
    return subprocess.run([sys.executable, "-m", "marsad.cli", *args], capture_output=True, text=True,
                          env=env, timeout=300, **kw)


def store_facts(db: Path) -> dict:
    """Counts plus the consistency checks a resumed ingest must pass."""
    con = sqlite3.connect(db)
    try:
        facts = counts(con)
        facts["integrity"] = con.execute("PRAGMA integrity_check").fetchone()[0]
        facts["fk_violations"] = len(con.execute("PRAGMA foreign_key_check").fetchall())
        facts["search_rows"] = con.execute("SELECT count(*) FROM search").fetchone()[0]
        facts["orphan_search"] = con.execute(
            "SELECT count(*) FROM search WHERE rowid NOT IN (SELECT rowid FROM articles)").fetchone()[0]
        facts["bands_per_minhash"] = con.execute(
            "SELECT count(*) FROM lsh_bands").fetchone()[0] / max(1, con.execute(
                "SELECT count(*) FROM minhashes").fetchone()[0])
        facts["unassigned"] = con.execute("SELECT count(*) FROM articles WHERE story_id IS NULL").fetchone()[0]
        # every table holds exactly what the stored article objects say: nothing doubled or lost
        expected = {"entities": 0, "mentions": 0, "quotes": 0, "events": 0, "dates": 0}
        actor_keys = set()
        for (js,) in con.execute("SELECT json FROM articles"):
            d = json.loads(js)
            for key in ("entities", "quotes", "events", "dates"):
                expected[key] += len(d[key])
            expected["mentions"] += sum(len(e["mentions"]) for e in d["entities"])
            actor_keys.update(actor_key(e) for e in d["entities"])
        facts["mismatched"] = [k for k, n in expected.items() if facts[k] != n]
        facts["actors_expected"] = len(actor_keys)
        facts["ids"] = sorted(r[0] for r in con.execute("SELECT id FROM articles"))
        return facts
    finally:
        con.close()


def test_new_store_has_current_schema(tmp_path):
    con = open_store(tmp_path / "s.db")
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert [r[0] for r in con.execute("SELECT version FROM migrations")] == list(range(1, SCHEMA_VERSION + 1))
    con.close()
    # reopening applies nothing twice
    con = open_store(tmp_path / "s.db")
    assert con.execute("SELECT count(*) FROM migrations").fetchone()[0] == SCHEMA_VERSION


def test_store_from_a_newer_marsad_is_refused_in_one_line(tmp_path):
    db = tmp_path / "future.db"
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.close()
    with pytest.raises(StoreError, match="future.db: schema version"):
        open_store(db)


def test_ingest_is_idempotent_and_counts_actors_once(tmp_path, lexicon):
    text = ("قال وزير الخارجية الروسي سيرغي لافروف إن روسيا مستعدة للحوار مع أوكرانيا. "
            "وأضاف لافروف أن موسكو تنتظر ردا من كييف على مقترحاتها الأخيرة بشأن الأزمة.")
    docs = [Document(text=text, title="لافروف يتحدث عن الحوار", id="a1", published="2022-03-01"),
            Document(text=text.replace("الأخيرة", "الجديدة"), title="روسيا وأوكرانيا", id="a2",
                     published="2022-03-02")]
    con = open_store(tmp_path / "s.db")
    first = ingest(con, iter(docs), workers=1)
    assert (first.added, first.unchanged, first.failed) == (2, 0, 0)
    before = counts(con)
    dump = con.execute("SELECT id, seq, content_hash, json FROM articles ORDER BY id").fetchall()
    again = ingest(con, iter(docs), workers=1)
    assert (again.added, again.unchanged) == (0, 2)
    assert counts(con) == before
    assert con.execute("SELECT id, seq, content_hash, json FROM articles ORDER BY id").fetchall() == dump
    # whatever entities the analyser found, one name in both articles is one actor
    shared = con.execute(
        "SELECT count(*) FROM (SELECT actor FROM entities GROUP BY actor HAVING count(DISTINCT article) = 2)"
    ).fetchone()[0]
    n_entities = con.execute("SELECT count(*) FROM entities").fetchone()[0]
    assert n_entities == 0 or shared >= 1


def test_ingest_lets_fts_hold_a_batch_of_terms_and_writes_that_setting_once(tmp_path, lexicon):
    from marsad.store.ingest import FTS_PENDING_BYTES
    docs = [Document(text="استقبل وزير الخارجية الأردني نظيره المغربي في عمان لبحث العلاقات الثنائية.",
                     id="m1")]
    con = open_store(tmp_path / "s.db")
    ingest(con, iter(docs), workers=1)
    assert con.execute("SELECT v FROM search_config WHERE k = 'hashsize'").fetchone() == (FTS_PENDING_BYTES,)
    changes = con.total_changes
    again = ingest(con, iter(docs), workers=1)
    assert again.unchanged == 1
    assert con.total_changes == changes          # nothing written when nothing changed
    assert con.execute("SELECT count(*) FROM search WHERE search MATCH 'عمان'").fetchone()[0] == 1


def test_changed_article_replaces_its_rows(tmp_path, lexicon):
    con = open_store(tmp_path / "s.db")
    ingest(con, iter([Document(text="التقى الرئيس الفرنسي نظيره الألماني في باريس لبحث أزمة الطاقة.",
                               id="x")]), workers=1)
    res = ingest(con, iter([Document(text="التقى الرئيس الفرنسي نظيره الإيطالي في روما لبحث الهجرة.",
                                     id="x")]), workers=1)
    assert res.replaced == 1
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM search").fetchone()[0] == 1
    assert "روما" in con.execute("SELECT text FROM articles").fetchone()[0]


def test_an_article_changed_twice_in_one_batch_keeps_one_search_row(tmp_path, lexicon):
    # search rows are indexed at the end of each batch: a replaced article's pending row must go too
    texts = ["التقى الرئيس الفرنسي نظيره الألماني في باريس لبحث أزمة الطاقة.",
             "التقى الرئيس الفرنسي نظيره الإيطالي في روما لبحث الهجرة.",
             "التقى الرئيس الفرنسي نظيره الإسباني في مدريد لبحث التجارة."]
    con = open_store(tmp_path / "s.db")
    other = Document(text="وصل وزير الخارجية الأردني إلى القاهرة في زيارة رسمية.", id="y")
    res = ingest(con, iter([Document(text=texts[0], id="x"), other, Document(text=texts[1], id="x"),
                            Document(text=texts[2], id="x")]), workers=1)
    assert (res.added, res.replaced) == (2, 2)
    assert con.execute("SELECT count(*) FROM search").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM search WHERE rowid NOT IN (SELECT rowid FROM articles)").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM search WHERE search MATCH '\"مدريد\"'").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM search WHERE search MATCH '\"روما\"'").fetchone()[0] == 0
    assert con.execute("INSERT INTO search(search) VALUES('integrity-check')") is not None


def test_edited_and_reingested_articles_leave_no_orphan_rows(tmp_path, lexicon):
    # ingest writes with foreign keys off and deletes a replaced article's rows itself: an
    # edited story origin must take its entities, quotes, events, signature, bands and search
    # row with it, and its story must get a stored origin again
    report = ("قال وزير الخارجية المصري في مؤتمر صحفي بالقاهرة يوم الأحد إن بلاده ترفض أي هجوم على "
              "المدنيين في السودان، وأضاف أن الحكومة المصرية ستواصل الاتصالات مع الأطراف كلها من "
              "أجل وقف إطلاق النار وفتح الممرات الإنسانية أمام قوافل الإغاثة في أقرب وقت.")
    first = [Document(text=report, title="مصر ترفض الهجوم", id="origin", published="2023-05-07"),
             Document(text=report + " وتابع الوزير حديثه للصحفيين.", title="القاهرة تدعو للتهدئة",
                      id="copy", published="2023-05-08"),
             Document(text="فاز المنتخب المغربي على نظيره التونسي بهدفين مقابل هدف في مباراة ودية.",
                      id="other", published="2023-05-08")]
    con = open_store(tmp_path / "s.db")
    assert ingest(con, iter(first), workers=1).added == 3
    story = con.execute("SELECT story_id FROM articles WHERE id = 'origin'").fetchone()[0]
    assert con.execute("SELECT origin, size FROM stories WHERE id = ?", (story,)).fetchone() == (
        con.execute("SELECT rowid FROM articles WHERE id = 'origin'").fetchone()[0], 2)

    edited = Document(text="أعلنت وزارة الصحة في الأردن افتتاح مستشفى جديد في مدينة إربد يخدم آلاف "
                           "المرضى من القرى المجاورة، وقال الوزير إن المستشفى يضم مئتي سرير.",
                      title="مستشفى جديد في إربد", id="origin", published="2023-05-07")
    res = ingest(con, iter([edited, *first[1:]]), workers=1)
    assert (res.replaced, res.unchanged, res.failed) == (1, 2, 0)
    assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 1        # put back after writing
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    for table in ("entities", "quotes", "events", "minhashes", "lsh_bands"):
        assert con.execute(f"SELECT count(*) FROM {table} WHERE article NOT IN "
                           "(SELECT rowid FROM articles)").fetchone()[0] == 0, table
    assert con.execute("SELECT count(*) FROM search WHERE rowid NOT IN (SELECT rowid FROM articles)"
                       ).fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM stories WHERE origin IS NOT NULL AND origin NOT IN "
                       "(SELECT rowid FROM articles)").fetchone()[0] == 0
    # the copy's story lost its origin's report: it is its own origin now, and counts one member
    copy_rowid, copy_story = con.execute("SELECT rowid, story_id FROM articles WHERE id = 'copy'").fetchone()
    assert con.execute("SELECT origin, size FROM stories WHERE id = ?", (copy_story,)).fetchone() == (copy_rowid, 1)
    # what the edited article's rows say matches its stored object, nothing doubled
    facts = store_facts(tmp_path / "s.db")
    assert facts["mismatched"] == [] and facts["fk_violations"] == 0 and facts["orphan_search"] == 0
    assert facts["ids"] == ["copy", "origin", "other"]
    con.close()


def test_bad_inputs_are_reported_in_one_line_and_the_rest_stored(tmp_path, shared):
    lines = corpus_sample(shared, 6)
    lines.insert(3, "{this is not json")
    src = write_jsonl(tmp_path / "mixed.jsonl", lines)
    db = tmp_path / "s.db"
    r = marsad("ingest", str(src), "--db", str(db), "--workers", "2")
    assert r.returncode == 1
    err_lines = [l for l in r.stderr.splitlines() if l.strip()]
    assert len(err_lines) == 1 and err_lines[0].startswith(f"{src}:4: "), r.stderr
    assert "Traceback" not in r.stderr
    assert store_facts(db)["articles"] == 6


def _wait_for_articles(db: Path, at_least: int, proc: subprocess.Popen, timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
            n = con.execute("SELECT count(*) FROM articles").fetchone()[0]
            con.close()
        except sqlite3.OperationalError:
            n = 0
        if n >= at_least:
            return n
        time.sleep(0.05)
    return -1


def test_sigkill_midway_then_resume_gives_exact_counts(tmp_path, shared):
    """Ingest 150, then 150 + 300 more killed with SIGKILL midway, then again: every
    article once, every table exactly what the stored articles say."""
    first = write_jsonl(tmp_path / "first.jsonl", corpus_sample(shared, 150))
    both = write_jsonl(tmp_path / "both.jsonl", corpus_sample(shared, 450))
    db = tmp_path / "s.db"
    assert marsad("ingest", str(first), "--db", str(db), "--workers", "2").returncode == 0
    assert store_facts(db)["articles"] == 150

    proc = subprocess.Popen([sys.executable, "-m", "marsad.cli", "ingest", str(both), "--db", str(db),
                             "--workers", "2", "--batch-size", "20"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV,
                            start_new_session=True)
    seen = _wait_for_articles(db, 150 + 60, proc)
    os.killpg(proc.pid, signal.SIGKILL)       # the workers die with it
    proc.wait()
    assert seen != -1, "the second ingest finished or stalled before it could be killed"
    midway = store_facts(db)
    assert 150 < midway["articles"] < 450
    assert midway["integrity"] == "ok"

    r = marsad("ingest", str(both), "--db", str(db), "--workers", "2")
    assert r.returncode == 0, r.stderr
    resumed = store_facts(db)
    expected_ids = sorted({json.loads(line)["id"] for line in both.read_text(encoding="utf-8").splitlines()})
    assert resumed["ids"] == expected_ids
    assert resumed["integrity"] == "ok" and resumed["fk_violations"] == 0
    assert resumed["mismatched"] == [] and resumed["actors"] == resumed["actors_expected"]
    assert resumed["search_rows"] == resumed["articles"] and resumed["orphan_search"] == 0
    assert resumed["unassigned"] == 0 and resumed["bands_per_minhash"] == BANDS
    # and once more: nothing changes
    r = marsad("ingest", str(both), "--db", str(db), "--workers", "2")
    assert f"0 added, 0 replaced, {len(expected_ids)} unchanged" in r.stdout, r.stdout


def test_ingest_text_files_and_print_what_was_found(tmp_path):
    src = tmp_path / "news"
    src.mkdir()
    (src / "a.txt").write_text(
        "مصر والأردن يبحثان التعاون المائي\n\nالتقى وزير الخارجية المصري نظيره الأردني في عمّان "
        "اليوم الأحد، وبحث الجانبان سبل التعاون في إدارة الموارد المائية المشتركة.\n", encoding="utf-8")
    (src / "b.txt").write_text(
        "اجتماع وزاري في القاهرة\n\nعقد وزراء الزراعة العرب اجتماعا في القاهرة لبحث الأمن الغذائي، "
        "وقال الأمين العام للجامعة العربية إن المنطقة تواجه تحديات كبيرة.\n", encoding="utf-8")
    db = tmp_path / "m.db"
    r = marsad("ingest", str(src), "--db", str(db), "--summary", "--workers", "1")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"{db}: 2 added")
    for heading in ("most reported actors", "events by PLOVER type", "largest stories"):
        assert heading in r.stdout
    assert store_facts(db)["articles"] == 2


def test_ingest_from_stdin(tmp_path):
    text = ("زيارة رسمية\n\nوصل رئيس الوزراء الأردني إلى القاهرة في زيارة رسمية يبحث خلالها "
            "مع المسؤولين المصريين ملفات التجارة والطاقة.\n")
    db = tmp_path / "in.db"
    r = marsad("ingest", "-", "--db", str(db), "--workers", "1", input=text)
    assert r.returncode == 0, r.stderr
    con = sqlite3.connect(db)
    assert con.execute("SELECT title FROM articles").fetchall() == [("زيارة رسمية",)]


def test_a_dead_worker_ends_the_run_instead_of_hanging(tmp_path, monkeypatch, lexicon):
    import multiprocessing as mp

    import marsad.store.ingest as store_ingest

    monkeypatch.setattr(store_ingest, "STALL_SECONDS", 5)
    docs = (Document(text=f"التقى وزير الخارجية نظيره في العاصمة لبحث التعاون التجاري، الجولة {i}.",
                     id=f"d{i}") for i in range(5000))
    killed = []

    def kill_workers_once(_n):
        if not killed:
            killed.extend(p.pid for p in mp.active_children())
            for pid in killed:
                os.kill(pid, signal.SIGKILL)

    con = open_store(tmp_path / "s.db")
    start = time.monotonic()
    with pytest.raises(store_ingest.WorkerLost):
        ingest(con, docs, workers=2, batch_size=10, on_progress=kill_workers_once)
    assert killed and time.monotonic() - start < 120
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] < 5000


def test_the_reader_process_starts_before_the_first_document_is_asked_for(tmp_path):
    # ingest loads the lexicon before it asks for documents: the reader reads meanwhile
    import multiprocessing as mp

    from marsad.store.ingest import read_in_background

    path = tmp_path / "in.txt"
    path.write_text("وصل رئيس الوزراء العراقي إلى عمان في زيارة تستغرق يومين يبحث خلالها التعاون "
                    "الاقتصادي والأمني مع المسؤولين الأردنيين.", encoding="utf-8")
    before = set(mp.active_children())
    items = read_in_background([str(path)])
    assert set(mp.active_children()) - before       # started, nothing asked for yet
    docs = list(items)
    assert len(docs) == 1 and "عمان" in docs[0].text
    assert not set(mp.active_children()) - before   # and ended with the stream


def test_a_worker_takes_tasks_off_its_pipe_while_it_is_busy():
    # more tasks than the socket's buffer holds are sent without waiting for the analysis;
    # an empty message, or a parent that is gone, stops the worker
    import multiprocessing as mp
    import threading
    from queue import Queue

    from marsad.store.ingest import _take_tasks

    main_end, worker_end = mp.Pipe()
    tasks: Queue = Queue()
    taker = threading.Thread(target=_take_tasks, args=(worker_end, os.getppid(), tasks), daemon=True)
    taker.start()
    messages = [bytes([i]) * 50_000 for i in range(1, 41)]      # 2 MB, ten times a socket buffer
    for message in messages:
        main_end.send_bytes(message)
    main_end.send_bytes(b"")
    taker.join(timeout=10)
    assert not taker.is_alive()
    assert [tasks.get_nowait() for _ in range(41)] == [*messages, b""]

    orphan: Queue = Queue()
    _take_tasks(worker_end, os.getpid(), orphan)     # "parent" is not our parent: it is gone
    assert orphan.get_nowait() == b""


def test_a_version_2_store_migrates_to_3_without_losing_mentions_dates_or_bands(tmp_path):
    """Schema 3 drops the mentions and dates tables (the article objects hold them) and the
    band table's article index: a store written at version 2 keeps every count, its old
    search row still matches through clitics, and replacing its article removes its bands."""
    from marsad.model import Article, DateExpr, Entity, Mention
    from marsad.store.db import Writer, prepare
    from marsad.store.schema import MIGRATIONS
    from marsad.store.search import search, word_forms
    from marsad.store.stories import band_keys, signature
    from marsad.text.fold import fold
    from marsad.text.tokens import WORD

    path = tmp_path / "v2.db"
    con = sqlite3.connect(path, isolation_level=None)
    con.executescript("BEGIN;" + MIGRATIONS[0] + "\nCREATE TABLE migrations (version INTEGER PRIMARY KEY, "
                      "applied_at TEXT);\nINSERT INTO migrations VALUES (1, 'then'), (2, 'then');"
                      "\nPRAGMA user_version = 2;\nCOMMIT;")
    text = ("افتتح محافظ البصرة صباح الخميس جسرا جديدا فوق شط العرب، وقال إن الجسر سيخفف الزحام "
            "في وسط المدينة ويربط الأحياء الشرقية بالميناء، وإن العمل بدأ قبل ثلاث سنوات.")
    obj = {"id": "v2", "title": "جسر جديد في البصرة", "site": None, "url": None, "published": "2021-06-03",
           "lang": "ar", "author": None, "captions": [],
           "entities": [{"id": "e1", "type": "LOC", "name": "البصرة", "affiliation": "IRQ",
                         "mentions": [{"start": 11, "end": 17, "text": "البصرة"},
                                      {"start": 2, "end": 4, "text": "xx"}]}],
           "quotes": [], "events": [], "dates": [{"text": "صباح الخميس", "start": 18, "end": 29,
                                                  "value": "2021-06-03", "precision": "day"}]}
    con.execute("INSERT INTO articles (id, content_hash, seq, title, published, text, json, story_id) "
                "VALUES ('v2', 'h', 1, ?, '2021-06-03', ?, ?, NULL)",
                (obj["title"], text, json.dumps(obj, ensure_ascii=False)))
    con.execute("INSERT INTO actors (id, key, name, folded_name, type) VALUES (1, 'lex:IRQ', 'البصرة', 'البصره', 'LOC')")
    con.execute("INSERT INTO entities VALUES (1, 'e1', 1, 'LOC', 'البصرة', 'IRQ', NULL, NULL)")
    con.executemany("INSERT INTO mentions VALUES (1, 'e1', ?, ?, ?)", [(11, 17, "البصرة"), (2, 4, "xx")])
    con.execute("INSERT INTO dates VALUES (1, 0, 'صباح الخميس', 18, 29, '2021-06-03', 'day', NULL)")
    sig = signature(text)
    con.execute("INSERT INTO minhashes VALUES (1, ?)", (sig,))
    con.executemany("INSERT INTO lsh_bands VALUES (?, 1)", [(k,) for k in band_keys(sig)])
    # the version-2 forms column: every reading of every word, the word itself included
    folded = fold(text).lower()
    forms = " ".join(" ".join(word_forms(w)) for w in WORD.findall(folded))
    con.execute("INSERT INTO search (rowid, title, body, forms) VALUES (1, ?, ?, ?)",
                (fold(obj["title"]).lower(), folded, forms))
    con.close()

    con = open_store(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    facts = counts(con)
    assert (facts["articles"], facts["entities"], facts["mentions"], facts["dates"]) == (1, 1, 2, 1)
    assert con.execute("SELECT count(*) FROM lsh_bands WHERE article = 1").fetchone()[0] == BANDS
    assert [h.id for h in search(con, "ميناء")] == ["v2"]          # بالميناء, through the old forms
    assert [h.id for h in search(con, '"شط العرب"')] == ["v2"]

    edited = Article(id="v2", title=obj["title"], published="2021-06-03",
                     text=text.replace("ثلاث سنوات", "عامين كاملين"),
                     entities=[Entity("e1", "LOC", "البصرة", "IRQ", [Mention(11, 17, "البصرة")])],
                     dates=[DateExpr("صباح الخميس", 18, 29, "2021-06-03")])
    con.execute("BEGIN")
    assert Writer(con).save(prepare(edited, "h2")) == "replaced"
    con.execute("COMMIT")
    # the old bands are gone (the new row may reuse rowid 1): only the edited text's remain
    (rowid,) = con.execute("SELECT rowid FROM articles WHERE id = 'v2'").fetchone()
    assert sorted(con.execute("SELECT band_key, article FROM lsh_bands").fetchall()) == sorted(
        (k, rowid) for k in band_keys(signature(edited.text)))
    assert set(band_keys(sig)) != set(band_keys(signature(edited.text)))
    facts = counts(con)
    assert (facts["mentions"], facts["dates"]) == (1, 1)
    assert [h.id for h in search(con, "ميناء")] == ["v2"] and search(con, "ثلاث") == []
    con.close()
