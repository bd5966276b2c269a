"""Small normalisers shared by the readers: dates, headlines with a site name, URLs."""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from email.utils import parsedate_tz
from urllib.parse import urlsplit, urlunsplit

from ..text.fold import fold_key

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_])")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:$|[T\s,])")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _ymd(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def normalize_date(value: object) -> str | None:
    """A publication date as YYYY-MM-DD, or None when it cannot be read.

    Keeps the date as written in its own time zone ("Sun, 18 Feb 2018 23:35 +0400" is
    the 18th), which is the date the newsroom put on the report.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        seconds = value / 1000 if value > 10**11 else value      # epoch seconds or ms
        try:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).date().isoformat()
        except (OverflowError, OSError, ValueError):
            return None
    s = str(value).strip().translate(_DIGITS)
    if not s:
        return None
    if m := _ISO.match(s):
        return _ymd(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.match(s):
        day, month = int(m[1]), int(m[2])
        if month > 12 >= day:           # the rare month-first date (US style)
            day, month = month, day
        return _ymd(int(m[3]), month, day)
    if m := _COMPACT.match(s):
        return _ymd(int(m[1]), int(m[2]), int(m[3]))
    if s.isdigit() and len(s) >= 9:
        return normalize_date(int(s))
    parsed = parsedate_tz(s)            # RFC 822 / 2822, as RSS writes dates
    if parsed and parsed[0] > 1900:
        return _ymd(parsed[0], parsed[1], parsed[2])
    return None


# "headline – site", "headline | site": the separator must have spaces around it, so
# hyphenated words and "2020-2021" are left alone.
_TITLE_SEPARATOR = re.compile(r"\s+(?:[-–—|]|::|»)\s+")


def split_site_suffix(headline: str) -> tuple[str, str | None]:
    """Split "headline – site" on the last separator into (headline, site)."""
    parts = list(_TITLE_SEPARATOR.finditer(headline))
    if not parts:
        return headline.strip(), None
    last = parts[-1]
    head, site = headline[: last.start()].strip(), headline[last.end():].strip()
    if not head or not site:
        return headline.strip(), None
    return head, site


def _site_key(name: str) -> str:
    key = fold_key(name)
    key = re.sub(r"^(?:https?://)?(?:www\.)?", "", key)
    return re.sub(r"[\W_]+", "", key)


def strip_site_name(title: str, site: str | None, hostname: str | None = None,
                    headings: tuple[str, ...] = ()) -> str:
    """Drop a site name from the start or end of a page title.

    A part is dropped when it names the site (or its host), or when the rest is a
    heading of the page itself; otherwise the title is kept whole, since headlines
    contain " - " of their own.
    """
    if not _TITLE_SEPARATOR.search(title):
        return title.strip()
    host_label = hostname.split(".")[-2] if hostname and "." in hostname else hostname
    names = [k for k in (_site_key(site or ""), _site_key(host_label or "")) if len(k) >= 3]
    heading_keys = {fold_key(h) for h in headings if h}

    def names_site(part: str) -> bool:
        k = _site_key(part)
        if not k or len(part.split()) > 5:      # a site name is short; a headline is not
            return False
        return any(k == n or (len(k) >= 4 and (k in n or n in k)) for n in names)

    for head, tail in ((title[: m.start()], title[m.end():]) for m in _TITLE_SEPARATOR.finditer(title)):
        # try every split point: "site - headline" and "headline - site"
        if names_site(tail) or fold_key(head) in heading_keys:
            return head.strip()
        if names_site(head) or fold_key(tail) in heading_keys:
            return tail.strip()
    return title.strip()


def clean_site(site: str | None, hostname: str | None) -> str | None:
    """A readable publisher name: the page's own name, else its host without "www."."""
    site = (site or "").strip()
    if site and not re.match(r"^(?:https?://|www\.)", site, re.I):
        return site
    host = hostname or (urlsplit(site).hostname if site else None)
    if host:
        return re.sub(r"^www\.", "", host.lower())
    return None


def url_key(url: str | None) -> str | None:
    """A URL as a duplicate key: scheme and fragment ignored, host lower-cased."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    host = (parts.hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("", host, path, parts.query, ""))
