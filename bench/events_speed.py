#!/usr/bin/env python3
"""CPU time of the events stage alone, per corpus article.

Runs the stages before events once per article, then times ``events.annotate`` with
``time.process_time`` over the same articles several times (the first run also fills the
per-word caches) and prints each run and the best.

    .venv/bin/python bench/events_speed.py [--limit 1000] [--repeat 5]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from analyze_speed import load_corpus  # noqa: E402  (the same article sample)

from marsad.annotate import dates, entities, events, places, quotes  # noqa: E402
from marsad.lexicon import load_lexicon  # noqa: E402
from marsad.pipeline import prepare  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    lexicon = load_lexicon()
    prepared = []
    for doc in load_corpus(args.limit):
        an = prepare(doc, lexicon)
        if an.published is None:
            an.published = dates.article_date(an)
        an.entities = entities.annotate(an)
        places.resolve_places(an)
        an.dates = dates.annotate(an)
        an.quotes = quotes.annotate(an)
        prepared.append((an, list(an.entities)))   # events may add actors: restore each run
    if not prepared:
        print("no corpus articles found", file=sys.stderr)
        return 2
    best = None
    for run in range(args.repeat):
        total = 0.0
        for an, ents in prepared:
            an.entities = list(ents)
            t = time.process_time()
            events.annotate(an)
            total += time.process_time() - t
        per = total / len(prepared) * 1000
        best = per if best is None else min(best, per)
        print(f"run {run + 1}: {per:.3f} ms per article")
    print(f"events stage: best {best:.3f} ms per article over {len(prepared)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
