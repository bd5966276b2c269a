"""How fast the store ingests and searches.

    .venv/bin/python bench/store_speed.py [--corpus ../shared/corpus] [--workers 2] [--runs 1]
                                         [--repeat 1] [--keep PATH]

1. Ingest: every article of the corpus end to end (read JSONL, analyse in a pool of
   ``--workers`` processes, write to a fresh SQLite file), as articles per second; the median
   of ``--runs`` runs. ``--repeat N`` feeds the corpus N times with fresh ids, to watch the
   writer's memory (max RSS) stay flat over a long stream.
2. Search: latency of a set of queries (single words, clitic forms, phrases, prefixes,
   filters) on the store just built, each run 20 times: p50 and p95 in milliseconds.
"""
from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from marsad.model import Document                 # noqa: E402
from marsad.store.db import counts, open_store    # noqa: E402
from marsad.store.ingest import ingest, read_in_background   # noqa: E402
from marsad.store.search import search            # noqa: E402

QUERIES = [
    ("روسيا", {}), ("لروسيا", {}), ("الرئيس", {}), ("رئيس", {}), ("النفط", {}), ("الامم المتحدة", {}),
    ('"وزير الخارجية"', {}), ('"مجلس الأمن"', {}), ("اقتصاد*", {}), ("السعودية اليمن", {}),
    ("الحكومة", {"since": "2015-08-01"}), ("مباراة", {"source": "ANT/BBC"}),
    ("الرئيس", {"event_type": "CONSULT"}), ("", {"event_type": "ASSAULT"}),
]


def documents(corpus: Path, repeat: int):
    paths = [str(p) for p in sorted(corpus.glob("*.jsonl"))]
    for round_ in range(repeat):
        for item in read_in_background(paths):
            if round_ and isinstance(item, Document):
                # a fresh id and a changed body, so the reader's and the store's dedup let it through
                item = replace(item, id=f"{item.stable_id()}~{round_}", text=f"{item.text}\n({round_})")
            yield item


def bench_ingest(corpus: Path, workers: int, repeat: int, db: Path) -> tuple[float, dict, int]:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    con = open_store(db)
    start = time.perf_counter()
    result = ingest(con, documents(corpus, repeat), workers=workers)
    elapsed = time.perf_counter() - start
    c = counts(con)
    con.close()
    if result.failed:
        print(f"  {result.failed} failed, e.g. {result.errors[:2]}")
    return result.added / elapsed, c, result.added


def bench_search(db: Path, rounds: int = 20) -> list[float]:
    con = open_store(db)
    times = []
    for _ in range(rounds):
        for q, filters in QUERIES:
            t = time.perf_counter()
            search(con, q, limit=20, **filters)
            times.append((time.perf_counter() - t) * 1000)
    con.close()
    return times


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="build the store here and keep it")
    args = ap.parse_args()
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no such folder", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "bench.db"
        rates = []
        for run in range(args.runs):
            rate, c, n = bench_ingest(args.corpus, args.workers, args.repeat, db)
            rates.append(rate)
            print(f"ingest run {run + 1}: {n} articles, {rate:.0f} articles/s with {args.workers} workers")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"ingest: median {statistics.median(rates):.0f} articles/s (target >= 400); "
              f"writer max RSS {rss:.0f} MB")
        print("store: " + ", ".join(f"{v} {k}" for k, v in c.items()))
        times = sorted(bench_search(db))
        p50 = statistics.median(times)
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"search: {len(QUERIES)} queries x 20 on {c['articles']} articles: "
              f"p50 {p50:.1f} ms, p95 {p95:.1f} ms (target p50 < 20 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
