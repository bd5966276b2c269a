"""Lexicons are data: plain TSV tables inside the package, extended by users' own folders.

A table is a UTF-8 file ``NAME.tsv``: lines starting with ``#`` are comments, the first
other line names the columns, each further line is one entry. A user folder given with
``--lexicon DIR`` may hold tables of the same names; their rows are added after the
package's (and a row whose first cell starts with ``-`` removes the package row with that
key). ``schema.py`` says what each table must hold; ``marsad lexicon check`` validates
every table and reports ``file:line: message``.

Annotators read rows through ``Lexicon.rows(name)`` and compile what they need once with
``Lexicon.compiled(key, builder)``, so a process pays for each automaton a single time.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable

DATA_DIR = Path(str(resources.files("marsad.lexicon") / "data"))


@dataclass(frozen=True)
class Row:
    """One entry of a table, with where it came from (for rules and error messages)."""

    table: str
    file: str
    line: int
    cells: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.cells.get(key, "")

    def get(self, key: str, default: str = "") -> str:
        v = self.cells.get(key, "")
        return v if v != "" else default

    def list(self, key: str, sep: str = "|") -> list[str]:
        return [x.strip() for x in self.cells.get(key, "").split(sep) if x.strip()]

    @property
    def ref(self) -> str:
        """A short, stable reference for an annotation's ``rule``: ``people:123``."""
        return f"{self.table}:{self.line}"


class LexiconError(ValueError):
    pass


def read_table(path: Path, table: str | None = None) -> tuple[list[str], list[Row], list[str]]:
    """Columns, rows and format errors (``file:line: message``) of one TSV file."""
    table = table or path.stem
    errors: list[str] = []
    rows: list[Row] = []
    columns: list[str] = []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return [], [], [f"{path}:1: not UTF-8 ({exc.reason})"]
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if not columns:
            columns = [c.strip() for c in cells]
            continue
        if len(cells) > len(columns):
            errors.append(f"{path}:{lineno}: {len(cells)} cells but the header names {len(columns)} columns")
            cells = cells[: len(columns)]
        rows.append(Row(table, str(path), lineno, {c: (cells[i].strip() if i < len(cells) else "")
                                                   for i, c in enumerate(columns)}))
    if not columns:
        errors.append(f"{path}:1: no header line")
    return columns, rows, errors


class Lexicon:
    """All tables of the package plus the user's folders, loaded lazily."""

    def __init__(self, extra_dirs: Iterable[str | Path] = ()):
        self.dirs: list[Path] = [DATA_DIR] + [Path(d) for d in extra_dirs]
        for d in self.dirs[1:]:
            if not d.is_dir():
                raise LexiconError(f"{d}: lexicon folder not found")
        self._rows: dict[str, list[Row]] = {}
        self._compiled: dict[str, Any] = {}
        self._lock = threading.RLock()

    def table_files(self, name: str) -> list[Path]:
        return [d / f"{name}.tsv" for d in self.dirs if (d / f"{name}.tsv").is_file()]

    def table_names(self) -> list[str]:
        names: set[str] = set()
        for d in self.dirs:
            names.update(p.stem for p in d.glob("*.tsv"))
        return sorted(names)

    def rows(self, name: str) -> list[Row]:
        with self._lock:
            if name not in self._rows:
                merged: list[Row] = []
                for path in self.table_files(name):
                    columns, rows, errors = read_table(path, name)
                    if errors:
                        raise LexiconError(errors[0])
                    for row in rows:
                        key = row[columns[0]]
                        if key.startswith("-"):
                            merged = [r for r in merged if r[columns[0]] != key[1:]]
                        else:
                            merged.append(row)
                self._rows[name] = merged
            return self._rows[name]

    def compiled(self, key: str, builder: Callable[["Lexicon"], Any]) -> Any:
        """``builder(self)`` computed once per lexicon and cached under ``key``."""
        with self._lock:
            if key not in self._compiled:
                self._compiled[key] = builder(self)
            return self._compiled[key]


_DEFAULT: dict[tuple[str, ...], Lexicon] = {}


def load_lexicon(extra_dirs: Iterable[str | Path] = ()) -> Lexicon:
    """The shared lexicon for these folders (one per process and set of folders)."""
    key = tuple(str(Path(d).resolve()) for d in extra_dirs)
    lex = _DEFAULT.get(key)
    if lex is None:
        lex = _DEFAULT[key] = Lexicon(extra_dirs)
    return lex
