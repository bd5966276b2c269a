"""Shared test fixtures: where ../shared lives, and one lexicon for the whole session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARSAD_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared test data not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def lexicon():
    from marsad.lexicon import load_lexicon
    return load_lexicon()


@pytest.fixture
def analysed(lexicon):
    """The whole analysis of one text of a test's own: ``analysed(text)`` -> Article."""
    from marsad.model import Document
    from marsad.pipeline import analyze_document

    def analyse(text: str, published: str = "2024-05-01"):
        return analyze_document(Document(text=text, published=published), lexicon)
    return analyse
