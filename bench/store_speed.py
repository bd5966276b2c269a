"""How fast the store ingests and searches.

    .venv/bin/python bench/store_speed.py [--corpus ../shared/corpus] [--workers 2] [--runs 1]
                                         [--repeat 1] [--keep PATH]

1. Ingest: every article of the corpus end to end (read JSONL, analyse in ``--workers``
   processes, write to a fresh SQLite file), as articles per second; the median of
   ``--runs`` runs. ``--repeat N`` feeds the corpus N times with fresh ids, to watch the
   writer's memory (max RSS) stay flat over a long stream. Each run also says where the CPU
   went, in ms per article (see bench_ingest): the workers' analysis and row building, the
   reader, the writer; their total bounds the rate on this machine's cores.
2. Search: latency of a set of queries (single words, clitic forms, phrases, prefixes,
   filters) on the store just built, each run 20 times: p50 and p95 in milliseconds.
"""
from __future__ import annotations

import argparse
import os
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


def documents(corpus: Path, repeat: int, reader_cpu: list):
    paths = [str(p) for p in sorted(corpus.glob("*.jsonl"))]
    first = read_in_background(paths, cpu=reader_cpu)    # reading starts now, as in `marsad ingest`
    return _rounds(paths, first, repeat, reader_cpu)


def _rounds(paths: list[str], first, repeat: int, reader_cpu: list):
    for round_ in range(repeat):
        for item in first if round_ == 0 else read_in_background(paths, cpu=reader_cpu):
            if round_ and isinstance(item, Document):
                # a fresh id and a changed body, so the reader's and the store's dedup let it through
                item = replace(item, id=f"{item.stable_id()}~{round_}", text=f"{item.text}\n({round_})")
            yield item


def _cpu(who) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def bench_ingest(corpus: Path, workers: int, repeat: int, db: Path) -> tuple[float, dict, int, dict]:
    """Articles per second, and where the CPU went, in ms per article:

    - analysis, rows: what the workers report (analyze_document; prepare: JSON, search
      columns, MinHash, table rows);
    - worker other: the rest of the workers' CPU (pickling, pool plumbing, start-up);
    - reader: the reader process (decoding, JSON, language and mojibake checks);
    - writer: the main process's thread in save / index / commit;
    - main other: the rest of the main process (unpickling results, hashing and feeding
      documents to the pool, the pool's threads)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    con = open_store(db)
    reader_cpu: list[float] = []
    self0, kids0 = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = ingest(con, documents(corpus, repeat, reader_cpu), workers=workers)
    elapsed = time.perf_counter() - start
    main, kids = _cpu(resource.RUSAGE_SELF) - self0, _cpu(resource.RUSAGE_CHILDREN) - kids0
    c = counts(con)
    con.close()
    if result.failed:
        print(f"  {result.failed} failed, e.g. {result.errors[:2]}")
    n = max(1, result.added)
    reader = sum(reader_cpu)
    ms = {"analysis": result.cpu_analysis, "rows": result.cpu_prepare,
          "worker other": kids - reader - result.cpu_analysis - result.cpu_prepare,
          "reader": reader, "writer": result.cpu_write, "main other": main - result.cpu_write}
    ms = {k: 1000 * v / n for k, v in ms.items()}
    ms["total"] = sum(ms.values())
    return result.added / elapsed, c, result.added, ms


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
        rates, breakdowns = [], []
        for run in range(args.runs):
            rate, c, n, ms = bench_ingest(args.corpus, args.workers, args.repeat, db)
            rates.append(rate)
            breakdowns.append(ms)
            print(f"ingest run {run + 1}: {n} articles, {rate:.0f} articles/s with {args.workers} workers; "
                  f"CPU ms/article: " + ", ".join(f"{k} {v:.2f}" for k, v in ms.items()))
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        med = {k: statistics.median(b[k] for b in breakdowns) for k in breakdowns[0]}
        print(f"ingest: median {statistics.median(rates):.0f} articles/s (target >= 400); "
              f"writer max RSS {rss:.0f} MB")
        print("  CPU ms per article (medians): workers: analysis {analysis:.2f}, rows {rows:.2f}, other "
              "{worker other:.2f}; reader {reader:.2f}; main process: writer {writer:.2f}, other "
              "{main other:.2f}; total {total:.2f}".format(**med))
        print(f"  on {os.cpu_count()} cores that total allows at most {1000 * (os.cpu_count() or 1) / med['total']:.0f} "
              f"articles/s; outside the analysis: {med['total'] - med['analysis']:.2f} ms")
        print("store: " + ", ".join(f"{v} {k}" for k, v in c.items()))
        times = sorted(bench_search(db))
        p50 = statistics.median(times)
        p95 = times[int(len(times) * 0.95) - 1]
        print(f"search: {len(QUERIES)} queries x 20 on {c['articles']} articles: "
              f"p50 {p50:.1f} ms, p95 {p95:.1f} ms (target p50 < 20 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
