"""analyze(Document) -> Article: the text layer, then each annotator in turn.

Order: text → entities → dates → quotes → events → places. Each annotator is a plain
function ``annotate(analysis) -> list`` in marsad/annotate/, reading what earlier stages
put on the ``Analysis`` and returning its own annotations; nothing here touches files,
databases or the network, so the same call runs in a process pool or a Spark task.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from .lexicon import Lexicon, load_lexicon
from .model import Article, DateExpr, Document, Entity, Event, Quote
from .text.fold import FoldedText
from .text.sentences import split_sentences
from .text.tokens import Token, token_columns, tokens_of_columns


@dataclass
class Analysis:
    """The working state of one article while it is analysed."""

    doc: Document
    text: str                      # the clean body; all spans index it
    folded: FoldedText             # folded copy with its offset map
    tokens: list[Token]            # word tokens, folded offsets
    sentences: list[tuple[int, int]]   # original offsets
    lexicon: Lexicon
    published: str | None
    title: str | None = None
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    @property
    def f(self) -> str:
        """The folded text (offsets differ from ``text`` only where characters were dropped)."""
        return self.folded.folded

    # Built once and shared by the annotators, which all bisect token starts and look
    # token words up.
    @cached_property
    def token_starts(self) -> list[int]:
        """Folded start offset of each token, in order."""
        return [t.start for t in self.tokens]

    @cached_property
    def token_texts(self) -> list[str]:
        """The folded text of each token."""
        return [t.text for t in self.tokens]

    def span(self, fstart: int, fend: int) -> tuple[int, int]:
        """Original span of folded ``[fstart, fend)``."""
        return self.folded.to_original(fstart, fend)

    # The tokens that start a date or a speech cue, looked up once for both annotators
    # (see annotate/word_lookup.py: a big table is slow to reach, two passes pay it twice).
    @cached_property
    def date_and_cue_words(self) -> list[tuple]:
        """(token index, date patterns or None, speech cue or None) of those tokens."""
        from .annotate.word_lookup import date_and_cue_words
        return date_and_cue_words(self)


def prepare(doc: Document, lexicon: Lexicon | None = None) -> Analysis:
    text = doc.text
    folded = FoldedText.of(text)
    starts, ends, texts = token_columns(folded.folded)
    an = Analysis(
        doc=doc,
        text=text,
        folded=folded,
        tokens=tokens_of_columns(starts, ends, texts),
        sentences=split_sentences(text),
        lexicon=lexicon or load_lexicon(),
        published=doc.published,
        title=doc.title,
    )
    # The tokenizer has the token_starts and token_texts tables in hand: stored on the
    # instance, they stand in for the cached properties, which are then never computed.
    an.token_starts = starts
    an.token_texts = texts
    return an


def run_annotators(an: Analysis) -> None:
    # Imported here so that a broken optional annotator cannot stop the package importing.
    from .annotate import entities, dates, quotes, events, places

    if an.published is None:
        an.published = dates.article_date(an)   # from a dateline at the top of the body
    an.entities = entities.annotate(an)
    places.resolve_places(an)                   # country and coordinates of LOC entities
    an.dates = dates.annotate(an)
    an.quotes = quotes.annotate(an)
    an.events = events.annotate(an)
    places.assign_event_dates_and_places(an)    # each event's date and location from its clause


def analyze_document(doc: Document, lexicon: Lexicon | None = None) -> Article:
    return analyze_document_and_text(doc, lexicon)[0]


def analyze_document_and_text(doc: Document, lexicon: Lexicon | None = None) -> tuple[Article, Analysis]:
    """The Article, and the Analysis it came from: the store builds its search columns and
    shingles from the analysis' folded text and tokens instead of folding and splitting again."""
    an = prepare(doc, lexicon)
    run_annotators(an)
    published = an.published
    return Article(
        id=doc.stable_id(),
        text=an.text,
        title=doc.title,
        site=doc.site,
        url=doc.url,
        published=published,
        lang=doc.lang or "ar",
        author=doc.author,
        captions=list(doc.captions),
        entities=an.entities,
        quotes=an.quotes,
        events=an.events,
        dates=an.dates,
    ), an
