#!/usr/bin/env python3
"""HTML pages per second per core, from the page's bytes to the article object.

One process (so the figure is per core). Each pass takes every page from bytes through
decoding, extraction (trafilatura, htmldate), language detection and the whole analysis
(``marsad.pipeline.analyze_document``); the pages are ../shared/html unless a folder is
given. Prints the median of several passes, and the extraction step alone.

    .venv/bin/python bench/ingest_speed.py [--repeat 5] [--pages DIR]
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from marsad.ingest.html import read_html
from marsad.ingest.language import detect_language
from marsad.lexicon import load_lexicon
from marsad.pipeline import analyze_document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def to_document(data: bytes, name: str):
    doc = read_html(data, name)
    doc.lang = detect_language(doc.text)
    return doc


def passes(pages: list[tuple[str, bytes]], step, repeat: int) -> tuple[float, float]:
    """Median pages per second of wall time and per second of this process's CPU time.

    The CPU figure is the one per core that holds on a shared machine, where the wall
    clock also counts the time other processes held the core.
    """
    wall, cpu = [], []
    for _ in range(repeat):
        w0, c0 = time.perf_counter(), time.process_time()
        for name, data in pages:
            step(data, name)
        wall.append(len(pages) / (time.perf_counter() - w0))
        cpu.append(len(pages) / max(time.process_time() - c0, 1e-9))
    return statistics.median(wall), statistics.median(cpu)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--pages", type=Path, default=SHARED / "html")
    args = ap.parse_args()

    pages = [(str(p), p.read_bytes()) for p in sorted(args.pages.rglob("*.htm*"))]
    if not pages:
        raise SystemExit(f"{args.pages}: no .html pages to time")
    lexicon = load_lexicon()
    # warm up: imports, lingua's models, the lexicon's compiled tables
    for name, data in pages:
        analyze_document(to_document(data, name), lexicon)

    size = sum(len(d) for _, d in pages) / len(pages) / 1024
    extract = passes(pages, to_document, args.repeat)
    full = passes(pages, lambda data, name: analyze_document(to_document(data, name), lexicon), args.repeat)
    print(f"{len(pages)} pages, {size:.0f} KB each on average, median of {args.repeat} passes, one core")
    print(f"bytes -> Document (decode, extract, date, language): {extract[1]:6.1f} pages per CPU second "
          f"({extract[0]:.1f} per wall second)")
    print(f"bytes -> Article  (the above + analyze_document):    {full[1]:6.1f} pages per CPU second "
          f"({full[0]:.1f} per wall second)  target >= 60")


if __name__ == "__main__":
    main()
