"""Ingest: read documents, analyse them in a process pool, write them in batches.

    reader process ──► bounded pool.imap (workers: analyze + prepare rows) ──► writer (main)

- Streaming: the reader hands documents over through a bounded queue, and at most
  ``in_flight`` documents are in the pool ahead of the writer (the feeder generator waits
  on a semaphore the writer releases), so memory stays flat however long the input is.
- Idempotent: a document whose id is stored with the same content hash is skipped before
  analysis; the writer checks again, so a document seen twice in one run is stored once.
- Resumable: rows are committed every ``batch_size`` articles, one transaction per batch.
  A killed run loses at most the open batch; the next run skips what was committed.
- Each worker loads the lexicon once (pool initializer).
- Reading (decoding, language detection) runs in a process of its own
  (``read_in_background``), so the writer's process mostly writes.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import sqlite3
import threading
from dataclasses import dataclass, field
from queue import Empty
from typing import Callable, Iterable, Iterator

from ..model import Document
from .db import Prepared, Writer, content_hash, prepare

_LEXICON = None   # per worker process


@dataclass
class IngestResult:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)   # the first few, for callers and tests


def read_in_background(paths: list[str], input_format: str | None = None, *,
                       include_non_arabic: bool = False, published: str | None = None,
                       stats=None, depth: int = 64) -> Iterator:
    """``marsad.ingest.iter_documents`` run in a reader process, its items passed on through a
    bounded queue (``depth`` lists of up to READ_CHUNK items); ``stats`` is filled at the end."""
    ctx = mp.get_context("fork")
    queue = ctx.Queue(maxsize=depth)
    reader = ctx.Process(target=_reader_main, daemon=True,
                         args=(queue, paths, input_format, include_non_arabic, published))
    reader.start()
    try:
        while True:
            try:
                chunk = queue.get(timeout=1)
            except Empty:
                if not reader.is_alive():
                    raise RuntimeError(f"the reader process stopped (exit code {reader.exitcode})") from None
                continue
            if isinstance(chunk, list):
                yield from chunk
                continue
            if isinstance(chunk, BaseException):
                raise chunk
            if stats is not None:             # the reader's IngestStats: the end of the stream
                vars(stats).update(vars(chunk))
            return
    finally:
        if reader.is_alive():
            reader.terminate()
        reader.join()


READ_CHUNK = 16


def _reader_main(queue, paths, input_format, include_non_arabic, published) -> None:
    from ..ingest import IngestStats, iter_documents

    stats = IngestStats()
    chunk: list = []
    try:
        for item in iter_documents(paths, input_format, include_non_arabic=include_non_arabic,
                                   stats=stats, published=published):
            chunk.append(item)
            if len(chunk) >= READ_CHUNK:
                queue.put(chunk)
                chunk = []
        queue.put(chunk)
        queue.put(stats)
    except Exception as exc:        # handed to the writer's process, which raises it there
        queue.put(chunk)
        queue.put(RuntimeError(f"reading failed: {type(exc).__name__}: {exc}"))


def _init_worker(lexicon_dirs: list[str]) -> None:
    global _LEXICON
    from ..lexicon import load_lexicon
    _LEXICON = load_lexicon(lexicon_dirs) if lexicon_dirs else load_lexicon()


def _analyse(task: tuple[Document, str]) -> Prepared | tuple[str, str]:
    """Worker: Document → Prepared rows, or (origin, message) when analysis fails."""
    from ..pipeline import analyze_document
    doc, chash = task
    try:
        return prepare(analyze_document(doc, _LEXICON), chash)
    except Exception as exc:   # one bad document must not stop the others
        return (doc.origin or doc.stable_id(),
                f"analysis failed: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}")


def _analyse_chunk(tasks: list[tuple[Document, str]]) -> list:
    return [_analyse(t) for t in tasks]


def _chunked(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ingest(con, items: Iterable, *, workers: int | None = None, batch_size: int = 200,
           lexicon_dirs: list[str] | None = None, on_error: Callable[[str], None] | None = None,
           on_progress: Callable[[int], None] | None = None) -> IngestResult:
    """Store every Document of ``items`` (InputErrors are reported and counted)."""
    result = IngestResult()
    writer = Writer(con, batch=True)
    workers = max(1, workers or os.cpu_count() or 1)
    chunksize = 4
    in_flight = threading.BoundedSemaphore(max(64, workers * chunksize * 8))
    stop = threading.Event()
    lock = threading.Lock()          # the feeder thread and the writer both count
    stored = _StoredHashes(con)

    def count(status: str, line: str | None = None) -> None:
        with lock:
            setattr(result, status, getattr(result, status) + 1)
            if line and len(result.errors) < 100:
                result.errors.append(line)
        if line and on_error:
            on_error(line)
        if on_progress:
            on_progress(1)

    def tasks() -> Iterator[tuple[Document, str]]:
        """Documents still to analyse; runs in the pool's feeder thread when there is a pool."""
        for item in items:
            if stop.is_set():
                return
            if not isinstance(item, Document):     # an InputError from the reader
                count("failed", f"{item.origin}: {item.message}")
                continue
            chash = content_hash(item)
            if stored.hash_of(item.stable_id()) == chash:
                count("unchanged")
                continue
            while not in_flight.acquire(timeout=0.2):
                if stop.is_set():
                    return
            yield item, chash

    pool = None
    if workers == 1:
        _init_worker(lexicon_dirs or [])
        outputs: Iterable = map(_analyse, tasks())
    else:
        pool = mp.get_context("fork").Pool(workers, initializer=_init_worker,
                                           initargs=(lexicon_dirs or [],))
        # chunks made here, not by imap(chunksize=...), whose generator has no next(timeout)
        outputs = (out for chunk in _guarded(pool.imap(_analyse_chunk, _chunked(tasks(), chunksize)))
                   for out in chunk)
    pending = 0
    lost_worker = False
    try:
        con.execute("BEGIN IMMEDIATE")
        for out in outputs:
            in_flight.release()
            if isinstance(out, tuple):
                count("failed", f"{out[0]}: {out[1]}")
                continue
            count(writer.save(out))
            pending += 1
            if pending >= batch_size:
                writer.flush()
                con.execute("COMMIT")
                pending = 0
                con.execute("BEGIN IMMEDIATE")
        writer.flush()
        con.execute("COMMIT")
    except BaseException as exc:
        if con.in_transaction:
            con.execute("ROLLBACK")
        writer.forget_cache()
        lost_worker = isinstance(exc, WorkerLost)
        raise
    finally:
        stop.set()
        if pool is not None and lost_worker:
            _abandon_pool(pool)
        elif pool is not None:
            pool.terminate()
            pool.join()
        stored.close()
    return result


class WorkerLost(RuntimeError):
    """No analysis result came for STALL_SECONDS: a worker process probably died."""


def _abandon_pool(pool) -> None:
    """Stop a pool that lost a worker. A worker killed while it held the task queue's lock
    makes Pool.terminate() wait for ever, so the workers are killed first and terminate
    runs in a daemon thread that may hang without holding the caller up."""
    for proc in getattr(pool, "_pool", []):      # private, but the pool offers no other way out
        proc.kill()
    closer = threading.Thread(target=pool.terminate, daemon=True)
    closer.start()
    closer.join(timeout=10)


STALL_SECONDS = 600


def _guarded(results) -> Iterator:
    """Pool results, raising instead of waiting for ever when none comes: a worker killed
    (out of memory, say) loses its task and the pool would wait for it indefinitely."""
    while True:
        try:
            yield results.next(timeout=STALL_SECONDS)
        except StopIteration:
            return
        except mp.TimeoutError:
            raise WorkerLost(f"no analysis result for {STALL_SECONDS} s: a worker process may have "
                               "died (out of memory?); run the same ingest again to resume") from None


class _StoredHashes:
    """Lookups of stored content hashes through a connection of their own, because they
    run in the pool's feeder thread, which must not share the writer's connection."""

    def __init__(self, con):
        path = con.execute("PRAGMA database_list").fetchone()[2]
        self.own = bool(path)        # an in-memory store has no path: share its connection
        self.con = sqlite3.connect(path, check_same_thread=False, timeout=30) if path else con

    def hash_of(self, article_id: str) -> str | None:
        row = self.con.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def close(self) -> None:
        if self.own:
            self.con.close()
