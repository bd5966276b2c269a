"""Plain text files: the first non-empty line is the headline, the rest the body."""
from __future__ import annotations

from ..model import Document
from .errors import BadInput
from .metadata import split_site_suffix


def parse_text(text: str, origin: str) -> Document:
    """Headline (with "headline – site" split off), then the body kept as written."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    content = [i for i, line in enumerate(lines) if line.strip()]
    if not content:
        raise BadInput("no text in the file")
    if len(content) == 1:
        # One line alone is a body to analyse, not a headline with nothing under it.
        return Document(text=lines[content[0]].strip(), origin=origin)
    title, site = split_site_suffix(lines[content[0]].strip())
    # Only the blank lines around the body go; its paragraphs and line breaks stay.
    body = "\n".join(lines[content[1]: content[-1] + 1]).rstrip()
    return Document(text=body, title=title, site=site, origin=origin)
