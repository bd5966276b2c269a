"""Saved news pages: main text, headline, site, author, date and captions.

trafilatura finds the article body and reads the page's meta tags; htmldate the
publication date. Around them this module keeps what Marsad needs: subheadings as paragraphs of their
own, image captions and credits ("(أ ف ب)") apart from the body, the site name off the
headline, and comment policies or copyright lines off the end of the text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Document
from ..text.fold import fold, fold_key
from .decode import decode_bytes, drop_xml_encoding
from .errors import BadInput
from .metadata import clean_site, normalize_date, strip_site_name

_HTML_TAG = re.compile(r"<(?:p|br|div|span|a|b|i|strong|em|img|ul|li|h[1-6]|figure|table)\b[^>]*>", re.I)
_CAPTION_MAX_CHARS = 300
# Photo agencies and the words that credit a picture, in a caption's closing brackets.
_CREDIT = re.compile(
    r"[(\[]\s*(?:ا ف ب|ا\.ف\.ب|افب|فرانس برس|رويترز|اب|ا ب|الاناضول|الاسوشيتد برس|"
    r"غيتي|جيتي|ارشيف|ارشيفيه|وكالات|مواقع التواصل|صوره ارشيفيه|"
    r"afp|reuters|ap|epa|getty(?: images)?|anadolu|archive)\s*[)\]]\s*$", re.I)
_PICTURE_WORD = re.compile(r"^(?:الصوره|صوره|تصوير|الصور)\s*[:：]")
# Phrases of the blocks sites put after an article: comment policies, disclaimers,
# copyright, share and follow prompts, tag lists (folded, as fold() writes them). Words
# a report's own last line could use ("التعليقات", "تابعوا") count only at a block's start.
_TRAILER = re.compile(
    r"الاراء الوارده|لا تعبر عن راي|تعبر عن راي (?:كاتبها|اصحابها)|جميع الحقوق محفوظه|"
    r"حقوق النشر محفوظه|تعليقك|اضف تعليق|اضافه تعليق|اترك تعليقا|شروط الاستخدام|شروط استخدام|"
    r"سياسه الخصوصيه|ارشادات الاستخدام|©|all rights reserved|"
    r"^(?:التعليقات|تعليقات|تابعونا|تابعوا|شارك|وسوم|الوسوم|الكلمات المفتاحيه|كلمات مفتاحيه)", re.I)
_TRAILER_MAX_WORDS = 80
# Fewer words than this is a menu or a teaser left over from a broken page, not a report.
_MIN_BODY_WORDS = 8
# "Read also: <other headline>" lines that sites drop inside a body.
_READ_ALSO = re.compile(r"^(?:اقرا|طالع|شاهد|اقرا ايضا|اقرا المزيد)\s*(?:ايضا|كذلك|المزيد)?\s*[:：]|^(?:اقرا|طالع|شاهد) (?:ايضا|كذلك|المزيد)")


def looks_like_html(text: str) -> bool:
    return bool(_HTML_TAG.search(text[:5000]))


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed description, a JSON body): one line a block."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:                       # lxml raises several types on junk markup
        return re.sub(r"<[^>]+>", " ", fragment).strip()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.iter("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6"):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _block_text(element) -> str:
    """Text of one block of trafilatura's output tree, line breaks kept."""
    parts = []
    for node in element.iter():
        if node.tag == "lb":
            parts.append("\n")
        elif node.tag == "item" and parts:
            parts.append("\n")
        if node.text and node.tag != "graphic":
            parts.append(node.text)
        if node is not element and node.tail:
            parts.append(node.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


# figcaption, and elements whose class or id names a caption or credit (in XPath, which
# lxml runs in C: walking every element in Python costs more than the extraction)
_CAPTION_XPATH = "//figcaption | //*[not(self::body) and (" + " or ".join(
    f"contains(@{attr}, '{word}')" for attr in ("class", "id")
    for word in ("caption", "Caption", "credit", "Credit")) + ")]"


@lru_cache(maxsize=1)
def _caption_elements():
    from lxml.etree import XPath

    return XPath(_CAPTION_XPATH)


def _captions(tree) -> list[str]:
    """Captions and credits of the page's pictures, read before extraction drops them."""
    found: dict[str, str] = {}
    for el in _caption_elements()(tree):
        text = " ".join(el.text_content().split())
        if 0 < len(text) <= _CAPTION_MAX_CHARS:
            found.setdefault(fold_key(text), text)
    # a caption inside another one (credit inside its caption) is kept once, the longer
    keys = list(found)
    return [found[k] for k in keys if not any(k != o and k in o for o in keys)]


def _is_caption_block(text: str, caption_keys: set[str]) -> bool:
    key = fold_key(text)
    if key in caption_keys or any(key and key in c for c in caption_keys):
        return True
    folded = fold(text).lower()
    short = len(text.split()) <= 15
    return short and bool(_CREDIT.search(folded) or _PICTURE_WORD.match(folded)) and not text.rstrip(" )]").endswith(".")


def _body_blocks(body, title: str | None, captions: list[str]) -> tuple[list[str], list[str]]:
    """The article's paragraphs and the captions found among them."""
    blocks = [t for t in (_block_text(child) for child in body) if t]
    if blocks and title and fold_key(blocks[0]) == fold_key(title):
        blocks = blocks[1:]                 # the headline repeated above the text
    caption_keys = {fold_key(c) for c in captions}
    kept, moved = [], []
    for text in blocks:
        if _is_caption_block(text, caption_keys):
            moved.append(text)
        elif not _READ_ALSO.match(fold(text)):
            kept.append(text)
    while kept and len(kept[-1].split()) <= _TRAILER_MAX_WORDS and _TRAILER.search(fold(kept[-1])):
        kept.pop()
    return kept, [m for m in moved if fold_key(m) not in caption_keys]


def _clean_author(author: str | None) -> str | None:
    """Drop the URLs and logo file names that meta tags leave in author fields."""
    if not author:
        return None
    parts = [p.strip() for p in author.split(";")]
    good = [p for p in parts if p and not re.search(r"https?|www\.|logo|\.(?:png|jpe?g|svg)|^\w{1,2}$", p, re.I)]
    return "; ".join(good) or None


def _page_metadata(tree, url: str | None):
    """Title, site, author and URL from the page's meta tags and JSON-LD.

    The cheap half of trafilatura's own metadata step: its byline search, category and
    licence scans cost as much as the extraction itself and Marsad uses none of them.
    """
    from courlan import extract_domain
    from trafilatura.metadata import (examine_meta, extract_meta_json, extract_sitename,
                                      extract_title, extract_url)

    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None              # a one-word "author" is a handle or a site name
    try:
        meta = extract_meta_json(tree, meta)
    except Exception:                   # broken JSON-LD is common; the meta tags remain
        pass
    meta.title = meta.title or extract_title(tree)
    meta.url = meta.url or extract_url(tree, url)
    meta.hostname = extract_domain(url or meta.url, fast=True) if (url or meta.url) else None
    meta.sitename = (meta.sitename or extract_sitename(tree) or "").lstrip("@") or None
    return meta


# The languages dates are written in on Arabic news pages (and the English or French of
# their markup and bylines).
_DATE_LANGUAGES = ["ar", "en", "fr"]


@lru_cache(maxsize=1)
def _htmldate_for_arabic_pages() -> None:
    """Give htmldate a dateparser limited to the languages of Arabic news pages.

    htmldate's extensive search hands free-text dates to dateparser built for all of
    its 200 locales, which compiles every locale's patterns on first use: 10 to 30
    seconds per process. Limited to three languages it takes about one second and
    reads "24 نيسان / أبريل 2020" the same. (htmldate looks the factory up at call
    time, so replacing the module attribute is enough; the settings are its own.)
    """
    import htmldate.extractors
    from dateparser import DateDataParser

    parser = DateDataParser(languages=_DATE_LANGUAGES, settings={
        "NORMALIZE": True, "PARSERS": ["custom-formats", "absolute-time"],
        "PREFER_DATES_FROM": "past", "PREFER_LOCALE_DATE_ORDER": True,
        "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True})
    htmldate.extractors.get_external_parser = lambda: parser


def _year_only_guess(found: str, page: str) -> bool:
    """htmldate's last resort is a copyright or lone year, given as 1 January: a wrong
    date for relative expressions ("أمس") to resolve against, so it is dropped unless the
    page does write that 1 January."""
    year, month, day = found[:10].split("-")
    if (month, day) != ("01", "01"):
        return False
    written = (f"{year}-01-01", f"{year}/01/01", f"01/01/{year}", f"01-01-{year}", f"{year}0101",
               f"1/1/{year}", f"{year}-1-1")
    return not any(w in page for w in written)


def read_html(data: bytes, origin: str, url: str | None = None, declared: str | None = None) -> Document:
    """A page's bytes as a Document; ``declared`` is a charset from an HTTP header."""
    return parse_html(decode_bytes(data, declared), origin, url=url)


def parse_html(text: str, origin: str, url: str | None = None) -> Document:
    """One saved page as a Document; BadInput when no article text can be found."""
    import htmldate
    from htmldate.utils import load_html
    from trafilatura import bare_extraction

    try:
        tree = load_html(drop_xml_encoding(text))
    except Exception as e:                  # lxml rejects some byte soups outright
        raise BadInput(f"not an HTML page ({e})") from None
    if tree is None:
        raise BadInput("not an HTML page")
    # htmldate reads the date from the untouched tree (trafilatura prunes it); the
    # captions too, before extraction drops the figures.
    # The quick search reads the page's markup (meta tags, JSON-LD, time elements); only
    # when that finds nothing does the extensive one scan the text, where the dates of
    # sidebar headlines can win over the article's own.
    try:
        published = htmldate.find_date(tree, url=url, original_date=True, extensive_search=False)
        if not published:
            _htmldate_for_arabic_pages()
            published = htmldate.find_date(tree, url=url, original_date=True, extensive_search=True)
    except Exception:                       # a date is optional; a crash in htmldate is not ours
        published = None
    if published and _year_only_guess(published, text):
        published = None
    captions = _captions(tree)
    meta = _page_metadata(tree, url)
    result = bare_extraction(tree, url=url, with_metadata=False, include_comments=False,
                             include_tables=True, fast=True)
    if result is None or result.body is None:
        raise BadInput("no article text found in the page")

    site = clean_site(meta.sitename, meta.hostname)
    headings = tuple(_block_text(h) for h in result.body.iter("head"))
    title = meta.title and strip_site_name(" ".join(meta.title.split()), site, meta.hostname, headings)
    blocks, more_captions = _body_blocks(result.body, title, captions)
    if sum(len(b.split()) for b in blocks) < _MIN_BODY_WORDS:
        raise BadInput("no article text found in the page")
    return Document(
        text="\n\n".join(blocks),
        title=title or None,
        site=site,
        url=url or meta.url,
        published=normalize_date(published),
        author=_clean_author(meta.author),
        lang=None,
        captions=captions + more_captions,
        origin=origin,
    )
