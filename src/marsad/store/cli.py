"""``marsad ingest | search | stories | export``: the store's commands (see marsad.cli)."""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys

from .db import DEFAULT_DB, StoreError
from .ingest import BATCH

EXPORT_FORMATS = ("jsonl", "parquet", "csv", "gdelt", "plover")


def register(subparsers) -> None:
    from ..cli import _date_arg, add_input_arguments   # shared with `analyze`: the same options fail the same way

    db_help = f"the SQLite store (default: {DEFAULT_DB})"

    p = subparsers.add_parser(
        "ingest", help="analyse articles and store them in a SQLite file",
        description="Analyse articles (any input `marsad analyze` reads) in a process pool and store "
                    "articles, entities, quotes, events, dates and stories. Ingesting the same input "
                    "again changes nothing; an interrupted run resumes where it stopped.")
    add_input_arguments(p, include_help="store documents not detected as Arabic")
    p.add_argument("--db", default=DEFAULT_DB, help=db_help)
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                   help="analysis processes (default: all cores)")
    p.add_argument("--batch-size", type=int, default=BATCH, help="articles committed per transaction")
    p.add_argument("--summary", action="store_true",
                   help="then print what the store holds: top actors, speakers, events by type, stories")
    p.set_defaults(func=cmd_ingest)

    s = subparsers.add_parser(
        "search", help="full-text search of the store in Arabic",
        description="Search stored articles. Words match whatever their diacritics, alef forms, ة/ه, ى/ي "
                    "or clitics (روسيا finds لروسيا); \"quoted words\" match as a phrase; word* matches "
                    "a prefix. The query may be empty when filters are given.")
    s.add_argument("query", nargs="?", default="", metavar="QUERY")
    s.add_argument("--db", default=DEFAULT_DB, help=db_help)
    s.add_argument("--actor", metavar="NAME", help="articles naming this actor (name or lexicon id)")
    s.add_argument("--type", dest="event_type", metavar="EVENT_TYPE",
                   help="articles with an event of this PLOVER type (with --actor: done by or to the actor)")
    s.add_argument("--since", type=_date_arg, metavar="YYYY-MM-DD", help="published on or after")
    s.add_argument("--until", type=_date_arg, metavar="YYYY-MM-DD", help="published on or before")
    s.add_argument("--source", metavar="SITE", help="published by this site (or URL containing it)")
    s.add_argument("--quotes", action="store_true",
                   help="with --actor: list what the actor said (their quotes) instead of articles")
    s.add_argument("--limit", type=int, default=20, help="most results (default: 20)")
    s.add_argument("--json", action="store_true", help="one JSON object per line")
    s.set_defaults(func=cmd_search)

    t = subparsers.add_parser(
        "stories", help="list groups of articles carrying the same report",
        description="List stories: articles grouped by shared wording, with the origin (earliest report) "
                    "and verbatim or rewritten copies marked.")
    t.add_argument("--db", default=DEFAULT_DB, help=db_help)
    t.add_argument("--min-size", type=int, default=2, help="smallest story to list (default: 2)")
    t.add_argument("--limit", type=int, help="most stories to list")
    t.add_argument("--json", action="store_true", help="one JSON object per story a line")
    t.set_defaults(func=cmd_stories)

    e = subparsers.add_parser(
        "export", help="export the store as JSONL, Parquet, CSV, GDELT-style rows or PLOVER JSON",
        description="jsonl: article objects; parquet: article objects with nested annotations; "
                    "csv / gdelt: one event a row (GDELT-style columns; gdelt is tab-separated without "
                    "a header); plover: PLOVER event records, one JSON object a line.")
    e.add_argument("--format", choices=EXPORT_FORMATS, default="jsonl")
    e.add_argument("--db", default=DEFAULT_DB, help=db_help)
    e.add_argument("--output", "-o", metavar="PATH", help="write here (default: stdout; parquet needs a path)")
    e.set_defaults(func=cmd_export)


def _open(path: str, must_exist: bool = True):
    from .db import open_store
    return open_store(path, must_exist=must_exist)


def _existing_store(path: str):
    """The store at ``path``, or None after printing why it cannot be opened."""
    try:
        return _open(path)
    except StoreError as exc:
        print(f"marsad: {exc}", file=sys.stderr)
        return None


def cmd_ingest(args) -> int:
    from ..ingest import IngestStats, iter_documents
    from ..lexicon import LexiconError, load_lexicon
    from .db import counts
    from .ingest import ingest, read_in_background

    try:
        load_lexicon(args.lexicon) if args.lexicon else None    # fail early, in one line
        con = _open(args.db, must_exist=False)
    except (LexiconError, StoreError) as exc:
        print(f"marsad: {exc}", file=sys.stderr)
        return 2
    stats = IngestStats()
    # A reader process cannot read our stdin (multiprocessing gives children /dev/null)
    read = iter_documents if "-" in args.paths else read_in_background
    docs = read(args.paths, args.input_format, include_non_arabic=args.include_non_arabic,
                published=args.published, stats=stats)
    progress = None if args.quiet or not sys.stderr.isatty() else _progress()

    def say(line: str) -> None:
        if progress:
            progress[0].console.print(line, markup=False, highlight=False)
        else:
            print(line, file=sys.stderr)

    try:
        if progress:
            progress[0].start()
        result = ingest(con, docs, workers=args.workers, batch_size=args.batch_size,
                        lexicon_dirs=args.lexicon, on_error=say,
                        on_progress=(lambda n: progress[0].advance(progress[1], n)) if progress else None)
    except RuntimeError as exc:         # the reader process failed: what was committed stays
        say(f"marsad: {exc}")
        return 1
    except sqlite3.Error as exc:        # disk full, file locked too long ...: committed batches stay
        say(f"{args.db}: cannot write: {exc}")
        return 1
    finally:
        if progress:
            progress[0].stop()
    c = counts(con)
    skipped = [f"{n} {what}" for n, what in ((stats.duplicates, "duplicates"),
               (stats.skipped_non_arabic, "not Arabic"), (stats.skipped_not_html, "not HTML"),
               (stats.skipped_status, "not status 200")) if n]
    print(f"{args.db}: {result.added} added, {result.replaced} replaced, {result.unchanged} unchanged, "
          f"{result.failed} failed" + (f" ({', '.join(skipped)} skipped while reading)" if skipped else "")
          + f"; the store holds {c['articles']} articles, {c['actors']} actors, "
          f"{c['entities']} entities, {c['quotes']} quotes, {c['events']} events, {c['dates']} dates, "
          f"{c['stories']} stories of 2+ articles")
    if args.summary:
        _print_overview(con)
    con.close()
    return 1 if result.failed else 0


def _print_overview(con) -> None:
    from .db import overview
    from .stories import list_stories

    o = overview(con)
    print("most reported actors (articles):")
    for name, typ, aff, n in o["actors"]:
        print(f"  {n:>5}  {name} ({typ}{', ' + aff if aff else ''})")
    print("most quoted speakers (quotes):")
    for name, n in o["speakers"]:
        print(f"  {n:>5}  {name}")
    print("events by PLOVER type: " + (", ".join(f"{t} {n}" for t, n in o["events"]) or "none"))
    stories = list_stories(con, 2, 5)
    print(f"largest stories: {'none' if not stories else ''}")
    for st in stories:
        origin = st["articles"][0]
        print(f"  {st['size']:>5}  {origin['title'] or origin['id']} ({origin['site'] or '?'}, "
              f"{origin['published'] or 'undated'})")


def _progress():
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    bar = Progress(SpinnerColumn(), TextColumn("ingesting {task.completed} documents"),
                   TimeElapsedColumn(),
                   console=Console(stderr=True), transient=True)
    return bar, bar.add_task("ingest", total=None)


def cmd_search(args) -> int:
    from .search import Query, quotes_by, search

    con = _existing_store(args.db)
    if con is None:
        return 2
    if not args.query and not any((args.actor, args.event_type, args.since, args.until, args.source)):
        print("marsad search: give a query or at least one filter", file=sys.stderr)
        return 2
    if args.quotes:
        if not args.actor:
            print("marsad search: --quotes needs --actor NAME", file=sys.stderr)
            return 2
        for q in quotes_by(con, args.actor, since=args.since, until=args.until, source=args.source,
                           limit=args.limit):
            print(json.dumps(q, ensure_ascii=False) if args.json else
                  f"{q['published'] or '----------'}  {q['site'] or ''}  {q['speaker']}: "
                  f"{'«' + q['text'] + '»' if q['direct'] else q['text']}")
        return 0
    if args.query and not Query.parse(args.query):
        print(f"marsad search: no word to search for in {args.query!r}", file=sys.stderr)
        return 2
    hits = search(con, args.query, actor=args.actor, event_type=args.event_type, since=args.since,
                  until=args.until, source=args.source, limit=args.limit)
    for h in hits:
        if args.json:
            print(json.dumps(h.to_dict(), ensure_ascii=False))
        else:
            print(f"{h.published or '----------'}  {h.site or ''}  {h.title or h.id}\n    {h.snippet}")
    if not args.json:
        print(f"{len(hits)} result(s)", file=sys.stderr)
    return 0


def cmd_stories(args) -> int:
    from .stories import list_stories

    con = _existing_store(args.db)
    if con is None:
        return 2
    for story in list_stories(con, args.min_size, args.limit):
        if args.json:
            print(json.dumps(story, ensure_ascii=False))
            continue
        print(f"story {story['story']}: {story['size']} articles")
        for a in story["articles"]:
            sim = f" {a['similarity']:.2f}" if a["similarity"] is not None else ""
            print(f"  {a['role']:<8}{sim:>5}  {a['published'] or '----------'}  {a['site'] or ''}  "
                  f"{a['title'] or a['id']}")
    return 0


def cmd_export(args) -> int:
    from .export import export

    if args.format == "parquet" and not args.output:
        print("marsad export: --format parquet needs --output PATH", file=sys.stderr)
        return 2
    con = _existing_store(args.db)
    if con is None:
        return 2
    try:
        n = export(con, args.format, args.output)
    except OSError as exc:
        print(f"{args.output}: cannot write: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"{n} {'events' if args.format in ('csv', 'gdelt', 'plover') else 'articles'} exported",
          file=sys.stderr)
    return 0
