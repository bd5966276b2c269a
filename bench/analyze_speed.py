#!/usr/bin/env python3
"""Articles per second per core for the analyzer, on ../shared/corpus.

Runs in one process (so the figure is per core), first warming the lexicon, then timing
several passes and reporting the median. Two figures: the text layer plus entities, and
the whole analysis (entities, dates, quotes, events).

    .venv/bin/python bench/analyze_speed.py [--limit 2000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
import zlib
from pathlib import Path

from marsad.lexicon import load_lexicon
from marsad.model import Document
from marsad.pipeline import analyze_document, prepare
from marsad.annotate import entities

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def load_corpus(limit: int) -> list[Document]:
    docs = []
    for path in sorted((SHARED / "corpus").glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                docs.append(Document(text=rec.get("text") or "", title=rec.get("title"), id=str(rec.get("id")),
                                     published="2018-02-18"))
    # interleave the sources so any limit samples both; crc32, not hash(), so that every run
    # of the script times the same articles (str hashes change with each process)
    docs.sort(key=lambda d: zlib.crc32(d.id.encode()) % 9973)
    return docs[:limit]


def timed(fn, docs, repeat: int) -> tuple[list[float], list[float]]:
    """Rates per wall-clock second and per CPU second of this process: on a busy machine
    the second is the honest per-core figure (a single process uses one core)."""
    wall, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            fn(d)
        wall.append(len(docs) / (time.perf_counter() - t0))
        cpu.append(len(docs) / (time.process_time() - c0))
    return wall, cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    lex = load_lexicon()
    docs = load_corpus(args.limit)
    chars = sum(len(d.text) for d in docs)
    t0 = time.perf_counter()
    analyze_document(docs[0], lex)          # compiles every lexicon structure once
    print(f"lexicon compiled in {time.perf_counter() - t0:.2f} s")
    print(f"{len(docs)} articles, {chars / len(docs):.0f} characters on average")

    def text_and_entities(d):
        an = prepare(d, lex)
        entities.annotate(an)

    for label, fn in (("text layer + entities", text_and_entities),
                      ("whole analysis", lambda d: analyze_document(d, lex))):
        wall, cpu = timed(fn, docs, args.repeat)
        print(f"{label:24s} median {statistics.median(cpu):7.0f} articles per CPU-second "
              f"(runs: {', '.join(f'{r:.0f}' for r in cpu)}); "
              f"wall clock {statistics.median(wall):.0f}/s")


if __name__ == "__main__":
    main()
