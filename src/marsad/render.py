"""Readable terminal output (``--format pretty`` and ``--summary``), with rich."""
from __future__ import annotations

import sys
from typing import TextIO

from rich.console import Console
from rich.table import Table

from .model import Article


def _console(file: TextIO | None) -> Console:
    return Console(file=file or sys.stdout, soft_wrap=False, width=120 if file not in (None, sys.stdout) else None)


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def print_article(art: Article, file: TextIO | None = None) -> None:
    c = _console(file)
    c.rule(f"[bold]{art.title or art.id}[/bold]")
    c.print(f"site: {art.site or '—'}   published: {art.published or '—'}   url: {art.url or '—'}   id: {art.id}")

    if art.entities:
        t = Table(title="Entities", show_lines=False, expand=False)
        for col in ("id", "type", "name", "affiliation", "role", "mentions", "place", "rule"):
            t.add_column(col)
        for e in art.entities:
            place = ""
            if e.geo:
                place = f"{e.geo.get('lat', ''):.3g},{e.geo.get('lon', ''):.3g} {e.geo.get('region') or ''}" \
                    if isinstance(e.geo.get("lat"), (int, float)) else str(e.geo.get("region") or "")
            t.add_row(e.id, e.type, e.name, e.affiliation or "", e.role or "", str(len(e.mentions)),
                      place, e.rule)
        c.print(t)
    names = {e.id: e.name for e in art.entities}
    if art.quotes:
        t = Table(title="Quotes")
        for col in ("speaker", "kind", "cue", "text"):
            t.add_column(col)
        for q in art.quotes:
            t.add_row(names.get(q.speaker, "—") if q.speaker else "—", "direct" if q.direct else "reported",
                      q.cue or "", _short(q.text))
        c.print(t)
    if art.events:
        t = Table(title="Events")
        for col in ("date", "source", "type", "target", "neg", "mode", "place", "evidence"):
            t.add_column(col)
        for ev in art.events:
            t.add_row(ev.date or "", names.get(ev.source, "—") if ev.source else "—", ev.type,
                      names.get(ev.target, "—") if ev.target else "—", "not" if ev.negated else "",
                      ev.mode or ev.modality or "", names.get(ev.location, "") if ev.location else "",
                      _short(art.text[ev.start:ev.end], 60))
        c.print(t)
    if art.dates:
        t = Table(title="Dates")
        for col in ("text", "value", "precision", "rule"):
            t.add_column(col)
        for d in art.dates:
            t.add_row(d.text, d.value or d.period or "—", d.precision, d.rule)
        c.print(t)


def print_summary(rows: list[dict], stats=None, failures: int = 0) -> None:
    c = Console(stderr=True)
    t = Table(title=f"{len(rows)} article(s) analysed")
    for col in ("title", "published", "ent", "quotes", "events", "dates", "main actors"):
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(_short(r.get("title") or r.get("id") or "", 50), r.get("published") or "",
                  str(r["entities"]), str(r["quotes"]), str(r["events"]), str(r["dates"]),
                  "، ".join(r.get("actors") or []))
    c.print(t)
    tot = {k: sum(r[k] for r in rows) for k in ("entities", "quotes", "events", "dates")}
    line = (f"totals: {tot['entities']} entities, {tot['quotes']} quotes, {tot['events']} events, "
            f"{tot['dates']} dates")
    if failures:
        line += f"; {failures} input(s) failed"
    if stats is not None and hasattr(stats, "summary"):
        line += f"; {stats.summary()}"
    c.print(line)
