"""Ingest: read documents, analyse them in worker processes, write them in batches.

    reader process ──► main: skip what is stored, send chunks ──► workers (analyse, build rows)
                       main: write in input order, commit every batch ◄──┘

- Streaming: the reader hands documents over through a bounded queue, and at most
  CHUNKS_IN_FLIGHT chunks per worker are between being sent and being written, so memory
  stays flat however long the input is.
- Idempotent: a document whose id is stored with the same content hash is skipped before
  analysis; the writer checks again, so a document seen twice in one run is stored once.
- Resumable: rows are committed every ``batch_size`` articles, one transaction per batch.
  A killed run loses at most the open batch; the next run skips what was committed.
- Each worker loads the lexicon once. Workers build every row (db.prepare), so the main
  process only writes.
- Reading (decoding, language detection) runs in a process of its own
  (``read_in_background``).
"""
from __future__ import annotations

import gc
import multiprocessing as mp
import os
import pickle
import signal
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from queue import Empty, Full, Queue
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
    # CPU seconds, for benchmarks: workers analysing and preparing rows (as they report
    # them), and the writer's thread storing them (save, index, commit)
    cpu_analysis: float = 0.0
    cpu_prepare: float = 0.0
    cpu_write: float = 0.0


def read_in_background(paths: list[str], input_format: str | None = None, *,
                       include_non_arabic: bool = False, published: str | None = None,
                       stats=None, depth: int = 64, cpu: list | None = None) -> Iterator:
    """``marsad.ingest.iter_documents`` run in a reader process, its items passed on through a
    bounded queue (``depth`` lists of up to READ_CHUNK items); ``stats`` is filled at the end,
    and the reader's CPU seconds appended to ``cpu`` (for benchmarks).

    The reader starts at once, not at the first item asked for: ingest loads the lexicon
    (a second or more) before it asks, and the reader fills its queue meanwhile, on a core
    that would otherwise be idle. (A reader never read from is a daemon process: it ends
    with the program.)"""
    ctx = mp.get_context("fork")
    queue = ctx.Queue(maxsize=depth)
    reader = ctx.Process(target=_reader_main, daemon=True,
                         args=(queue, paths, input_format, include_non_arabic, published))
    reader.start()
    return _items_read(reader, queue, stats, cpu)


def _items_read(reader, queue, stats, cpu) -> Iterator:
    """The items a reader process puts on ``queue`` (see read_in_background)."""
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
            if isinstance(chunk, float):
                if cpu is not None:
                    cpu.append(chunk)
                continue
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

    parent = os.getppid()

    def put(item) -> None:
        while True:
            try:
                return queue.put(item, timeout=1)
            except Full:
                if os.getppid() != parent:     # the main process was killed: nobody will read
                    os._exit(1)

    stats = IngestStats()
    chunk: list = []
    try:
        for item in iter_documents(paths, input_format, include_non_arabic=include_non_arabic,
                                   stats=stats, published=published):
            chunk.append(item)
            if len(chunk) >= READ_CHUNK:
                put(chunk)
                chunk = []
        put(chunk)
        put(time.process_time())
        put(stats)
    except Exception as exc:        # handed to the writer's process, which raises it there
        put(chunk)
        put(RuntimeError(f"reading failed: {type(exc).__name__}: {exc}"))


def _init_worker(lexicon_dirs: list[str], pooled: bool = True) -> None:
    global _LEXICON
    from ..lexicon import load_lexicon
    from ..pipeline import analyze_document  # noqa: F401  (imported once, not in the first task)
    with _collector_paused():     # a no-op when the lexicon came with the fork
        _LEXICON = load_lexicon(lexicon_dirs) if lexicon_dirs else load_lexicon()
    if pooled:
        # The lexicon is hundreds of thousands of objects that live as long as the worker: out
        # of the collector's sight, full collections no longer walk them all (~0.4 ms an article).
        gc.collect()
        gc.freeze()
        # An article's analysis makes tens of thousands of short-lived objects: a young
        # generation of 10,000 instead of 700 is collected a thirtieth as often, each time
        # with few survivors (the collector's share 0.095 -> 0.054 ms an article).
        gc.set_threshold(WORKER_GC_YOUNG, *gc.get_threshold()[1:])


WORKER_GC_YOUNG = 10_000

# A short report of our own that touches most lexicon tables (a title, a speaker and a
# quote, a date, an event between two countries), analysed once before the workers start.
_WARM_UP = Document(
    title="وزير الخارجية يزور القاهرة",
    text=("قال وزير الخارجية الفرنسي في مؤتمر صحفي يوم الاثنين 3 مارس 2025 إن باريس تدين الهجوم "
          "الذي شنته القوات الروسية على مدينة خاركيف، وأضاف: \"سنواصل دعم أوكرانيا\". "
          "واتفقت مصر والسعودية على تعزيز التعاون الاقتصادي بعد لقاء في الرياض."),
    published="2025-03-04")


def _load_lexicon_before_fork(lexicon_dirs: list[str]) -> None:
    """Load the lexicon in this process, so forked workers inherit it instead of each
    loading it again (about a second of CPU per worker; the pages are shared copy-on-write).
    Tables the warm-up text does not reach are still loaded by the workers on first use; a
    lexicon that fails to load fails in the workers, per document, as it would without this."""
    from ..lexicon import load_lexicon
    from ..pipeline import analyze_document
    try:
        with _collector_paused():
            analyze_document(_WARM_UP, load_lexicon(lexicon_dirs) if lexicon_dirs else load_lexicon())
    except Exception:       # noqa: BLE001  (reported by the workers, document by document)
        return
    # The workers inherit a lexicon the collector no longer walks. No gc.collect() first: it
    # walks the half million objects just built (0.2 s) to find a few hundred in cycles,
    # which stay frozen, a few kilobytes.
    gc.freeze()


@contextmanager
def _collector_paused():
    """The cyclic garbage collector off while the lexicon is built: its hundreds of thousands
    of new objects set off ~900 collections, seven of them full ones over everything built
    so far, a quarter of the load's CPU (0.5 of 2 s)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# Articles per transaction. Band keys, actor keys and FTS terms land on pages all over their
# B-trees, so each batch rewrites most of those pages once, whatever its size: 1,000 articles
# a commit write them a fifth as often as 200 (COMMIT 0.30 -> 0.15 ms an article on the
# corpus). A killed run loses at most one batch (a few seconds of work), which it redoes.
BATCH = 1000

# FTS5 keeps the terms of rows inserted in one statement in memory and writes them as an
# index segment when they pass its 'hashsize' (1 MB by default): a batch's search rows became
# a dozen segments, merged again soon after. 16 MB holds a batch of news articles (about
# 10 MB of terms for 1,000), so each batch makes one segment: FTS rows 0.51 -> 0.39 ms of CPU
# an article (corpus, medians of 4). Memory stays bounded: more terms make more segments.
FTS_PENDING_BYTES = 16 * 1024 * 1024

_CPU = [0.0, 0.0]       # this process's CPU seconds analysing, and preparing rows


def _analyse(task: tuple[Document, str]) -> Prepared | tuple[str, str]:
    """Worker: Document → Prepared rows, or (origin, message) when analysis fails."""
    from ..pipeline import analyze_document_and_text
    doc, chash = task
    try:
        t0 = time.process_time()
        article, analysis = analyze_document_and_text(doc, _LEXICON)
        t1 = time.process_time()
        out = prepare(article, chash, analysis.f, analysis.token_texts)
        _CPU[0] += t1 - t0
        _CPU[1] += time.process_time() - t1
        return out
    except Exception as exc:   # one bad document must not stop the others
        return (doc.origin or doc.stable_id(),
                f"analysis failed: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}")


def _analyse_chunk(tasks: list[tuple[Document, str]]) -> tuple[list, float, float]:
    """A chunk's results, with the CPU seconds the worker spent analysing and preparing them.

    The article's text, the last of Prepared.meta, is left out where it is the document's
    text, which the main process still holds (_with_texts puts it back): it was a sixth of
    the bytes pickled, sent and unpickled for each article."""
    before = tuple(_CPU)
    out = [_analyse(t) for t in tasks]
    for prepared, (doc, _) in zip(out, tasks):
        if isinstance(prepared, Prepared) and prepared.meta[-1] is doc.text:
            prepared.meta = (*prepared.meta[:-1], None)
    return out, _CPU[0] - before[0], _CPU[1] - before[1]


def _with_texts(outs: list, tasks: list[tuple[Document, str]]) -> list:
    """A worker's results with each article's text back in place (see _analyse_chunk)."""
    for prepared, (doc, _) in zip(outs, tasks):
        if isinstance(prepared, Prepared) and prepared.meta[-1] is None:
            prepared.meta = (*prepared.meta[:-1], doc.text)
    return outs


def _chunked(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ingest(con, items: Iterable, *, workers: int | None = None, batch_size: int = BATCH,
           lexicon_dirs: list[str] | None = None, on_error: Callable[[str], None] | None = None,
           on_progress: Callable[[int], None] | None = None) -> IngestResult:
    """Store every Document of ``items`` (InputErrors are reported and counted)."""
    result = IngestResult()
    writer = Writer(con, batch=True)
    workers = max(1, workers or os.cpu_count() or 1)

    def count(status: str, line: str | None = None) -> None:
        setattr(result, status, getattr(result, status) + 1)
        if line and len(result.errors) < 100:
            result.errors.append(line)
        if line and on_error:
            on_error(line)
        if on_progress:
            on_progress(1)

    # Into an empty store nothing is stored unchanged but what this run wrote, which the
    # reader's duplicate check and the writer's own look-up catch: no look-up per document.
    was_empty = con.execute("SELECT NOT EXISTS (SELECT 1 FROM articles)").fetchone()[0]

    def tasks() -> Iterator[tuple[Document, str]]:
        """Documents still to analyse (the writer checks again: one may come twice in a run)."""
        for item in items:
            if not isinstance(item, Document):     # an InputError from the reader
                count("failed", f"{item.origin}: {item.message}")
                continue
            chash = content_hash(item)
            if not was_empty and writer.stored_hash(item.stable_id()) == chash:
                count("unchanged")
                continue
            yield item, chash

    pool = None
    if workers == 1:
        _init_worker(lexicon_dirs or [], pooled=False)
        outputs: Iterable = map(_analyse, tasks())
    else:
        pool = _Workers(workers, lexicon_dirs or [], result)
        outputs = pool.run(tasks())
    pending = 0
    cpu_before = tuple(_CPU)
    # Foreign keys off while writing: every row the writer inserts points at rows it has just
    # written or looked up, and it deletes a replaced article's rows itself
    # (db.delete_article_rows); the checks cost 0.06 ms an article. (A no-op inside a
    # transaction, so set before BEGIN; put back as it was at the end.)
    foreign_keys = con.execute("PRAGMA foreign_keys").fetchone()[0]
    con.execute("PRAGMA foreign_keys = OFF")
    try:
        con.execute("BEGIN IMMEDIATE")
        writer.pend_search_in_memory(FTS_PENDING_BYTES)
        for out in outputs:
            if isinstance(out, tuple):
                count("failed", f"{out[0]}: {out[1]}")
                continue
            t0 = time.thread_time()
            status = writer.save(out)
            pending += 1
            if pending >= batch_size:
                writer.flush()
                con.execute("COMMIT")
                pending = 0
                con.execute("BEGIN IMMEDIATE")
            result.cpu_write += time.thread_time() - t0
            count(status)
        t0 = time.thread_time()
        writer.flush()
        con.execute("COMMIT")
        result.cpu_write += time.thread_time() - t0
        if pool is None:
            result.cpu_analysis += _CPU[0] - cpu_before[0]
            result.cpu_prepare += _CPU[1] - cpu_before[1]
    except BaseException:
        if con.in_transaction:
            con.execute("ROLLBACK")
        writer.forget_cache()
        if pool is not None:
            pool.kill()
        raise
    finally:
        con.execute(f"PRAGMA foreign_keys = {int(foreign_keys)}")
        if pool is not None:
            pool.close()
    return result


class WorkerLost(RuntimeError):
    """A worker process died, or no analysis result came for STALL_SECONDS."""


STALL_SECONDS = 600
CHUNK = 4                 # documents per task
# Per worker: tasks sent and not yet written (memory stays flat). While the main process
# indexes and commits a batch (~0.5 s), the workers only have the chunks they hold: 8 (32
# articles, ~0.15 s of analysis) left them idle for the rest; 32 chunks last through it.
CHUNKS_IN_FLIGHT = 32


class _Workers:
    """Analysis processes, each fed through a pipe of its own; results come back in input order.

    multiprocessing.Pool was replaced because its worker-maintenance thread waits on the
    result pipe among its sentinels: while the writer holds the GIL and results sit unread,
    that thread spins (0.6 ms of CPU an article, taken from the writer's process). Here the
    main thread sends tasks to the least busy worker and writes; one thread only moves result
    bytes off the pipes (blocking reads, without the GIL), so a worker never waits on a full
    pipe while the writer commits. A worker that dies is noticed at once (its sentinel); a
    worker whose parent dies (SIGKILL) exits."""

    def __init__(self, n: int, lexicon_dirs: list[str], result: IngestResult):
        ctx = mp.get_context("fork")
        _load_lexicon_before_fork(lexicon_dirs)
        self.result = result
        self.procs, self.conns = [], []
        self.closing = False
        for _ in range(n):
            mine, theirs = ctx.Pipe()
            proc = ctx.Process(target=_worker_main, args=(theirs, lexicon_dirs, os.getpid(), self.conns),
                               daemon=True)
            proc.start()
            theirs.close()
            self.procs.append(proc)
            self.conns.append(mine)
        self.inbox: Queue = Queue()
        self.receiver = threading.Thread(target=self._receive, daemon=True, name="marsad-results")
        self.receiver.start()

    def _receive(self) -> None:
        """Move each result off its pipe into the inbox; report a worker that died."""
        from multiprocessing.connection import wait
        sentinels = {p.sentinel: i for i, p in enumerate(self.procs)}
        waiting = [*self.conns, *sentinels]
        while not self.closing:
            for ready in wait(waiting, timeout=1.0):
                if isinstance(ready, int):          # a worker process ended
                    if not self.closing:
                        self.inbox.put(("lost", sentinels.get(ready)))
                    return
                try:
                    self.inbox.put(ready.recv_bytes())
                except (EOFError, OSError):
                    if not self.closing:
                        self.inbox.put(("lost", self.conns.index(ready)))
                    return

    def run(self, tasks: Iterable) -> Iterator:
        """The results of ``tasks`` (Prepared or (origin, message)), in the order given."""
        n = len(self.procs)
        chunks = _chunked(tasks, CHUNK)
        load = [0] * n                # tasks each worker holds
        owner: dict[int, int] = {}
        done: dict[int, list] = {}
        in_flight: dict[int, list] = {}   # the tasks of each chunk sent, until its results come
        sent = written = 0
        exhausted = False
        while True:
            while not exhausted and sent - written < CHUNKS_IN_FLIGHT * n:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                w = min(range(n), key=load.__getitem__)
                try:
                    self.conns[w].send_bytes(pickle.dumps((sent, chunk), pickle.HIGHEST_PROTOCOL))
                except OSError:       # its end of the pipe is closed: the worker died
                    raise WorkerLost(f"an analysis process died (exit code {self.procs[w].exitcode}); "
                                     "run the same ingest again to resume") from None
                load[w] += 1
                owner[sent] = w
                in_flight[sent] = chunk
                sent += 1
            if written in done:
                yield from done.pop(written)
                written += 1
                continue
            if exhausted and written == sent:
                return
            try:
                item = self.inbox.get(timeout=STALL_SECONDS)
            except Empty:
                raise WorkerLost(f"no analysis result for {STALL_SECONDS} s: a worker process may be "
                                 "stuck; run the same ingest again to resume") from None
            if isinstance(item, tuple):
                code = self.procs[item[1]].exitcode if item[1] is not None else None
                raise WorkerLost(f"an analysis process died (exit code {code}; out of memory?); "
                                 "run the same ingest again to resume")
            seq, outs, cpu_analysis, cpu_prepare = pickle.loads(item)
            self.result.cpu_analysis += cpu_analysis
            self.result.cpu_prepare += cpu_prepare
            done[seq] = _with_texts(outs, in_flight.pop(seq))
            load[owner.pop(seq)] -= 1

    def kill(self) -> None:
        self.closing = True
        for proc in self.procs:
            proc.kill()

    def close(self) -> None:
        """Stop the workers (each finishes nothing more) and wait for them."""
        self.closing = True
        for conn in self.conns:
            try:
                conn.send_bytes(b"")
            except OSError:
                pass
        for proc in self.procs:
            proc.join(timeout=10)
            if proc.is_alive():
                proc.kill()
                proc.join()
        self.receiver.join(timeout=10)
        for conn in self.conns:
            conn.close()


def _worker_main(conn, lexicon_dirs: list[str], parent: int, parents_ends: list) -> None:
    """A worker: analyse chunks until told to stop (an empty message) or the parent is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)      # Ctrl-C is the writer's to handle
    for other in parents_ends:                         # the other workers' pipes, inherited by fork
        other.close()
    _init_worker(lexicon_dirs)
    tasks: Queue = Queue()
    threading.Thread(target=_take_tasks, args=(conn, parent, tasks), daemon=True,
                     name="marsad-tasks").start()
    while True:
        data = tasks.get()
        if not data:
            return
        seq, chunk = pickle.loads(data)
        conn.send_bytes(pickle.dumps((seq, *_analyse_chunk(chunk)), pickle.HIGHEST_PROTOCOL))


def _take_tasks(conn, parent: int, tasks: Queue) -> None:
    """A worker's thread that takes each task off the pipe as soon as it comes (blocking
    reads, without the GIL) and queues it for the analysis: the socket's buffer (~200 KB,
    a dozen chunks) no longer bounds the work a worker holds, so the main process can hand
    each worker CHUNKS_IN_FLIGHT chunks without waiting, and the worker goes on analysing
    while the main process commits. Queues an empty message when the worker must stop."""
    try:
        while True:
            while not conn.poll(1.0):
                if os.getppid() != parent:     # the main process was killed
                    tasks.put(b"")
                    return
            data = conn.recv_bytes()
            tasks.put(data)
            if not data:
                return
    except (EOFError, OSError):
        tasks.put(b"")
