"""The ``marsad analyze`` command end to end, in a real subprocess."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = """وزير الخارجية يبحث مع نظيره الأردني الأوضاع – صحيفة المثال

بحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي في القاهرة اليوم الأحد تطورات الأوضاع في غزة.
وقال شكري إن البلدين يعملان على وقف التصعيد.
"""


def run(*args, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "marsad.cli", *args], capture_output=True, text=True,
                          input=stdin, timeout=300)


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_text_file_gives_the_article_object(article):
    res = run("analyze", str(article), "--published", "2023-04-02", "--format", "json")
    assert res.returncode == 0, res.stderr
    obj = json.loads(res.stdout)
    assert obj["title"] == "وزير الخارجية يبحث مع نظيره الأردني الأوضاع"
    assert obj["site"] == "صحيفة المثال"
    assert obj["published"] == "2023-04-02"
    assert obj["lang"] == "ar"
    for key in ("id", "text", "entities", "quotes", "events", "dates"):
        assert key in obj
    names = {e["name"] for e in obj["entities"]}
    assert any("شكري" in n for n in names)
    for e in obj["entities"]:
        for m in e["mentions"]:
            assert obj["text"][m["start"]:m["end"]] == m["text"]
    # the same input gives the same id
    again = json.loads(run("analyze", str(article), "--published", "2023-04-02").stdout)
    assert again["id"] == obj["id"]


def test_stdin_and_jsonl_keep_ids(tmp_path):
    res = run("analyze", "-", "--format", "jsonl", stdin=ARTICLE)
    assert res.returncode == 0, res.stderr
    assert len(res.stdout.splitlines()) == 1
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"doc-{i}", "title": "عنوان", "text": t}, ensure_ascii=False)
                             for i, t in enumerate(["زار الرئيس التونسي الجزائر.", "التقى الوزير نظيره في الرباط."]))
                   + "\n", encoding="utf-8")
    res = run("analyze", str(src), "--format", "jsonl", "-q")
    assert res.returncode == 0, res.stderr
    ids = [json.loads(line)["id"] for line in res.stdout.splitlines()]
    assert ids == ["doc-0", "doc-1"]


def test_bad_inputs_fail_alone_with_one_line_each(tmp_path, article):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    invalid = tmp_path / "invalid.txt"
    invalid.write_bytes("عنوان\n\nنص".encode("utf-8") + b"\xff\xfe\xfa\x80" * 50)
    big = tmp_path / "big.txt"
    big.write_bytes(("عنوان\n\n" + "كلمة " * (50 * 1024 * 1024 // 10)).encode("utf-8"))
    bad_jsonl = tmp_path / "lines.jsonl"
    bad_jsonl.write_text('{"id": "ok-1", "text": "زار الوزير بغداد."}\nthis is not json\n'
                         '{"id": "ok-2", "text": "وصل الرئيس إلى عمان."}\n', encoding="utf-8")
    res = run("analyze", str(empty), str(binary), str(invalid), str(big), str(bad_jsonl), str(article),
              "--format", "jsonl", "-q")
    assert res.returncode == 1
    assert "Traceback" not in res.stderr
    err_lines = [line for line in res.stderr.splitlines() if line.strip()]
    for path in (empty, binary, big):
        assert sum(str(path) in line for line in err_lines) == 1, res.stderr
    assert any(line.startswith(f"{bad_jsonl}:2:") for line in err_lines), res.stderr
    out_ids = [json.loads(line)["id"] for line in res.stdout.splitlines()]
    assert "ok-1" in out_ids and "ok-2" in out_ids
    assert len(out_ids) >= 3          # the good article too (the invalid one may be decoded or refused)


def test_usage_errors_exit_2(article):
    res = run("analyze", str(article), "--published", "2023-13-45")
    assert res.returncode == 2
    assert "not a calendar date" in res.stderr or "not a date" in res.stderr


def test_pretty_and_events_only(article):
    res = run("analyze", str(article), "--published", "2023-04-02", "--format", "pretty")
    assert res.returncode == 0, res.stderr
    assert "Entities" in res.stdout
    res = run("analyze", str(article), "--published", "2023-04-02", "--events-only")
    assert res.returncode == 0, res.stderr


def test_lexicon_check_reports_file_and_line(tmp_path):
    res = run("lexicon", "check")
    assert res.returncode == 0, res.stderr
    assert "0 error(s)" in res.stdout
    bad = tmp_path / "nisba.tsv"
    bad.write_text("code\tadjective\tplurals\nrussia\tروسي\t\nRUS\tRussian\t\n", encoding="utf-8")
    res = run("lexicon", "check", str(tmp_path))
    assert res.returncode == 1
    assert f"{bad}:2: code:" in res.stderr
    assert f"{bad}:3: adjective:" in res.stderr


def test_python_dash_m_marsad_is_the_same_command(article):
    res = subprocess.run([sys.executable, "-m", "marsad", "analyze", str(article), "--published", "2023-04-02",
                          "--format", "json"], capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["published"] == "2023-04-02"
