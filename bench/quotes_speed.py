#!/usr/bin/env python3
"""Time of the quote annotator alone, per article, on ../shared/corpus.

The text layer and entities are prepared first (untimed); then the quote pass runs over
every article several times and the median pass is reported, with CPU time (process
time) so other work on the machine disturbs the figure less.

    .venv/bin/python bench/quotes_speed.py [--limit 1500] [--repeat 3]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from analyze_speed import load_corpus  # noqa: E402

from marsad.annotate import entities, quotes  # noqa: E402
from marsad.lexicon import load_lexicon  # noqa: E402
from marsad.pipeline import prepare  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=1500)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    lex = load_lexicon()
    analyses = []
    for doc in load_corpus(args.limit):
        an = prepare(doc, lex)
        an.entities = entities.annotate(an)
        analyses.append(an)
    quotes.annotate(analyses[0])          # warm the compiled cue tables
    passes = []
    found = 0
    for _ in range(args.repeat):
        t = time.process_time()
        found = sum(len(quotes.annotate(an)) for an in analyses)
        passes.append(time.process_time() - t)
    per_article = statistics.median(passes) / len(analyses) * 1000
    print(f"articles: {len(analyses)}  quotes: {found}  quotes pass: {per_article:.3f} ms/article (CPU, median of {args.repeat})")


if __name__ == "__main__":
    main()
