"""The ``marsad`` command: a thin face over ingest → analyze (→ store).

    marsad analyze PATH... [--published YYYY-MM-DD] [--format json|jsonl|pretty]
    marsad lexicon check [DIR...]
    marsad ingest / search / stories / export     (the store, see marsad.store.cli)

Errors in one document print one line ``origin: message`` on stderr; the other documents
are still analysed and the exit status is 1. Usage errors exit 2.
"""
from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from pathlib import Path
from typing import Iterable, Iterator

from . import __version__

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

# Subcommand groups that live with their layer; each module has register(subparsers).
COMMAND_MODULES = ("marsad.store.cli",)


def _date_arg(value: str) -> str:
    import datetime as dt
    if not _DATE.match(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date of the form YYYY-MM-DD")
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a calendar date") from None
    return value


def add_input_arguments(p: argparse.ArgumentParser, include_help: str) -> None:
    """The options of every command that reads articles (analyze, ingest)."""
    p.add_argument("paths", nargs="+", metavar="INPUT", help="files, directories, globs, or - for stdin")
    p.add_argument("--input-format", choices=("text", "json", "jsonl", "html", "feed", "warc"),
                   help="read every input as this format instead of guessing from the file name")
    p.add_argument("--published", type=_date_arg, metavar="YYYY-MM-DD",
                   help="the article date for inputs that carry none (relative dates resolve against it)")
    p.add_argument("--include-non-arabic", action="store_true", help=include_help)
    p.add_argument("--lexicon", action="append", default=[], metavar="DIR",
                   help="a folder of extra lexicon tables (repeatable)")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="marsad",
        description="Marsad (مرصد): Arabic news into data — entities, quotes, PLOVER events, dates.",
    )
    p.add_argument("--version", action="version", version=f"marsad {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    a = sub.add_parser("analyze", help="analyse articles and print article objects",
                       description="Analyse Arabic news articles (text, JSON, JSONL, HTML, feeds, WARC, "
                                   "directories or - for stdin) and print one article object each.")
    add_input_arguments(a, include_help="analyse documents detected as not Arabic instead of skipping them")
    a.add_argument("--format", choices=("json", "jsonl", "pretty"), default="json",
                   help="json: one object (a list for several); jsonl: one object a line; "
                        "pretty: a readable summary (default: json)")
    a.add_argument("--output", "-o", metavar="FILE", help="write the objects here instead of stdout")
    a.add_argument("--summary", action="store_true", help="print a summary table on stderr at the end")
    a.add_argument("--events-only", action="store_true",
                   help="print one event a line: date, source, type, target, evidence")
    a.set_defaults(func=cmd_analyze)

    lx = sub.add_parser("lexicon", help="work with lexicon tables")
    lsub = lx.add_subparsers(dest="lexicon_command", metavar="ACTION")
    chk = lsub.add_parser("check", help="validate the package's tables and the given folders",
                          description="Validate every lexicon table; errors print as file:line: message.")
    chk.add_argument("dirs", nargs="*", metavar="DIR", help="folders of your own tables to check too")
    chk.set_defaults(func=cmd_lexicon_check)
    lx.set_defaults(func=lambda args: (lx.print_help(), 2)[1])

    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue          # that layer is not installed in this build
            raise
        module.register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("marsad: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


# ---------------------------------------------------------------- analyze

def cmd_analyze(args) -> int:
    from .ingest import InputError, IngestStats, iter_documents
    from .lexicon import LexiconError, load_lexicon
    from .pipeline import analyze_document

    try:
        lexicon = load_lexicon(args.lexicon)
    except LexiconError as exc:
        print(f"marsad: {exc}", file=sys.stderr)
        return 2
    stats = IngestStats()
    try:
        out = _open_output(args.output)
    except OSError as exc:
        print(f"marsad: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return 2
    failures = 0
    articles = []
    show_progress = not args.quiet and _many_inputs(args.paths)
    docs = iter_documents(args.paths, args.input_format, include_non_arabic=args.include_non_arabic,
                          stats=stats, published=args.published)
    try:
        for item in _with_progress(docs, show_progress):
            if isinstance(item, InputError):
                failures += 1
                print(f"{item.origin}: {item.message}", file=sys.stderr)
                continue
            try:
                art = analyze_document(item, lexicon)
            except Exception as exc:   # one bad document must not stop the batch
                failures += 1
                print(f"{item.origin or item.stable_id()}: analysis failed: {type(exc).__name__}: {exc}",
                      file=sys.stderr)
                continue
            if args.events_only:
                from .annotate.events import format_event_line
                for ev in art.events:
                    print(format_event_line(art, ev), file=out)
            elif args.format == "jsonl":
                out.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
            elif args.format == "pretty":
                from .render import print_article
                print_article(art, file=out)
            if args.format == "json" or args.summary:
                articles.append(art if args.format == "json" else _summary_row(art))
        if args.format == "json" and not args.events_only:
            payload = [a.to_dict() for a in articles]
            json.dump(payload[0] if len(payload) == 1 else payload, out, ensure_ascii=False, indent=1)
            out.write("\n")
    finally:
        if out is not sys.stdout:
            out.close()
    if args.summary:
        from .render import print_summary
        rows = [_summary_row(a) if not isinstance(a, dict) else a for a in articles]
        print_summary(rows, stats, failures)
    return 1 if failures else 0


def _open_output(path: str | None):
    """stdout, or the file (its folder made if missing)."""
    if not path or path == "-":
        return sys.stdout
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    return open(path, "w", encoding="utf-8")


def _many_inputs(paths: list[str]) -> bool:
    if len(paths) > 1:
        return True
    p = Path(paths[0])
    return p.is_dir() or p.suffix.lower() in {".jsonl", ".xml", ".rss", ".atom", ".warc", ".gz", ".arc"} \
        or any(ch in paths[0] for ch in "*?[")


def _with_progress(items: Iterable, enabled: bool) -> Iterator:
    if not enabled:
        yield from items
        return
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.console import Console

    console = Console(stderr=True)
    with Progress(SpinnerColumn(), TextColumn("[progress.description]{task.description}"),
                  BarColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task("analysing", total=None)
        for item in items:
            yield item
            progress.advance(task)


def _summary_row(art) -> dict:
    return {
        "id": art.id, "title": art.title, "site": art.site, "published": art.published,
        "entities": len(art.entities), "quotes": len(art.quotes), "events": len(art.events),
        "dates": len(art.dates),
        "actors": [e.name for e in sorted(art.entities, key=lambda e: -len(e.mentions))
                   if e.type in ("PER", "ORG")][:3],
    }


# ---------------------------------------------------------------- lexicon

def cmd_lexicon_check(args) -> int:
    from .lexicon.schema import check_tables

    for d in args.dirs:
        if not Path(d).is_dir():
            print(f"{d}: not a folder", file=sys.stderr)
            return 2
    checked, errors = check_tables(args.dirs)
    for e in errors:
        print(e, file=sys.stderr)
    print(f"{checked} rows checked, {len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
