"""Annotators: one module per kind of fact, each ``annotate(analysis) -> list``."""
