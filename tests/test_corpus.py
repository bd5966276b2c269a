"""The whole shared corpus (about 5,000 real articles) analyses in one run with no error."""
from __future__ import annotations

import json
import subprocess
import sys


def test_whole_corpus_analyses_without_error(shared, tmp_path):
    files = sorted((shared / "corpus").glob("*.jsonl"))
    records = sum(1 for f in files for line in f.open(encoding="utf-8") if line.strip())
    out = tmp_path / "corpus.jsonl"
    res = subprocess.run([sys.executable, "-m", "marsad.cli", "analyze", *map(str, files),
                          "--format", "jsonl", "-o", str(out), "-q"],
                         capture_output=True, text=True, timeout=1800)
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stderr.strip() == ""
    n = 0
    with out.open(encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            n += 1
            text = art["text"]
            for e in art["entities"]:
                assert e["name"], e
                for m in e["mentions"]:
                    assert text[m["start"]:m["end"]] == m["text"]
            for q in art["quotes"]:
                assert 0 <= q["start"] < q["end"] <= len(text)
            for ev in art["events"]:
                assert 0 <= ev["start"] < ev["end"] <= len(text)
    # duplicates (same URL or same text) are analysed once, nothing else is dropped
    assert records - 20 <= n <= records
