"""The store: analysed articles in one SQLite file, searchable in Arabic, grouped into stories.

    db.open_store(path)              a connection with the current schema (schema.py)
    ingest.ingest(con, documents)    analyse in a process pool, write in batches
    search.search(con, query, ...)   folded full-text search with filters
    stories.list_stories(con)        groups of articles carrying the same report
    export.export(con, fmt, path)    JSONL, Parquet, CSV, GDELT-style rows, PLOVER JSON
"""
from .db import DEFAULT_DB, StoreError, open_store

__all__ = ["DEFAULT_DB", "StoreError", "open_store"]
