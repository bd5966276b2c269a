"""What ingest reports besides documents: bad inputs and the counts for the summary line."""
from __future__ import annotations

from dataclasses import dataclass

# One document larger than this is refused: real news pages are well under 2 MB, and a
# bigger "page" is a dump, a binary or an attack that would stall the analyzer.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024


@dataclass
class InputError:
    """One bad input, reported as ``f"{origin}: {message}"`` on one line."""

    origin: str              # "path", "path:line" or "path#record-N"
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass
class IngestStats:
    """Counts for the summary line. ``read`` counts documents handed on for analysis."""

    read: int = 0
    skipped_non_arabic: int = 0
    skipped_not_html: int = 0
    skipped_status: int = 0
    duplicates: int = 0
    errors: int = 0


class BadInput(Exception):
    """Raised inside readers; ``iter_documents`` turns it into an InputError."""
