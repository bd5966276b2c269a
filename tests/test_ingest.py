"""Ingest readers: text, JSON, JSONL, feeds, WARC, encodings and bad input."""
from __future__ import annotations

import gzip
import io
import json
import sys
import xml.etree.ElementTree as ET
from email.utils import parsedate_tz

import pytest

from marsad.ingest import InputError, IngestStats, iter_documents
from marsad.ingest.metadata import normalize_date

BODY = ("أعلنت وزارة الصحة يوم الاثنين افتتاح مستشفى جديد للأطفال في المدينة، بسعة مئتي سرير.\n"
        "وقال الوزير إن المستشفى سيستقبل المرضى ابتداء من الشهر المقبل.\n"
        "\n"
        "وأضاف أن الحكومة خصصت ميزانية إضافية لتدريب الأطباء والممرضين.")


def run(paths, **kw):
    stats = kw.pop("stats", IngestStats())
    items = list(iter_documents([str(p) for p in paths], stats=stats, **kw))
    docs = [i for i in items if not isinstance(i, InputError)]
    errors = [i for i in items if isinstance(i, InputError)]
    return docs, errors, stats


# --- plain text ------------------------------------------------------------------------

def test_text_headline_site_and_body_kept_exactly(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("\n\nمستشفى جديد للأطفال – صحيفة الوطن اليوم\n\n" + BODY + "\n\n\n", encoding="utf-8")
    (doc,), errors, stats = run([path])
    assert errors == [] and stats.read == 1
    assert doc.title == "مستشفى جديد للأطفال" and doc.site == "صحيفة الوطن اليوم"
    assert doc.text == BODY
    assert doc.lang == "ar" and doc.origin == str(path)


@pytest.mark.parametrize("separator", [" - ", " | ", " — "])
def test_text_site_split_on_the_last_separator(tmp_path, separator):
    path = tmp_path / "a.txt"
    path.write_text(f"الوزير - المستشفى جاهز{separator}موقع الأخبار\n\n{BODY}", encoding="utf-8")
    (doc,), _, _ = run([path])
    assert doc.title == "الوزير - المستشفى جاهز" and doc.site == "موقع الأخبار"


def test_text_headline_without_site_and_hyphenated_words(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"موسم 2023-2024 يبدأ غدا\n{BODY}", encoding="utf-8")
    (doc,), _, _ = run([path])
    assert doc.title == "موسم 2023-2024 يبدأ غدا" and doc.site is None


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256", "iso8859-6"])
def test_text_in_every_arabic_encoding(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(f"مستشفى جديد للأطفال\n\n{BODY}".encode(encoding))
    (doc,), errors, _ = run([path])
    assert errors == []
    assert doc.title == "مستشفى جديد للأطفال" and doc.text == BODY


@pytest.mark.parametrize("text,encoding,lang", [
    ("Le conseil municipal a inauguré dimanche un nouveau parc public dans le quartier est, "
     "avec des aires de jeux et plus de mille arbres plantés depuis deux ans, a déclaré le maire.", "latin-1", "fr"),
    ("Der Stadtrat eröffnete am Sonntag einen neuen öffentlichen Park im Osten der Stadt, mit "
     "Spielplätzen und über tausend Bäumen, äußerte der Bürgermeister.", "cp1252", "de"),
])
def test_other_languages_in_their_own_code_pages(tmp_path, text, encoding, lang):
    path = tmp_path / "a.txt"
    path.write_bytes(f"Titre\n\n{text}".encode(encoding))
    docs, errors, stats = run([path])
    assert docs == [] and errors == [] and stats.skipped_non_arabic == 1
    (doc,), _, _ = run([path], include_non_arabic=True)
    assert doc.text == text and doc.lang == lang


def test_file_cut_inside_a_character_is_still_utf8(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(f"مستشفى جديد للأطفال\n\n{BODY}".encode("utf-8")[:-2])   # "." and half of the last letter
    (doc,), errors, _ = run([path])
    assert errors == [] and doc.text == BODY[:-2]


def test_utf8_read_as_windows_1256_is_repaired(tmp_path):
    path = tmp_path / "a.txt"
    garbled = f"مستشفى جديد للأطفال\n\n{BODY}".encode("utf-8").decode("cp1256")
    assert "ط§ظ" in garbled
    path.write_text(garbled, encoding="utf-8")
    (doc,), errors, _ = run([path])
    assert errors == [] and doc.text == BODY


def test_hopeless_mojibake_is_refused_in_one_line(tmp_path):
    path = tmp_path / "a.txt"
    # UTF-8 read as windows-1252 with the undefined bytes lost: nothing can undo it.
    lost = f"مستشفى جديد للأطفال\n\n{BODY}".encode("utf-8").decode("cp1252", errors="replace")
    path.write_text(lost, encoding="utf-8")
    docs, (error,), stats = run([path])
    assert docs == [] and stats.errors == 1
    assert error.origin == str(path) and "cannot decode" in error.message and "\n" not in str(error)


@pytest.mark.parametrize("content,expected", [
    (b"", "empty file"),
    (b"\n  \r\n\t\n", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 20, "binary"),
    (bytes(range(256)) * 40, "binary"),
])
def test_empty_and_binary_files_are_refused(tmp_path, content, expected):
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    docs, (error,), _ = run([path])
    assert docs == [] and expected in error.message and error.origin == str(path)


def test_missing_paths_and_unmatched_globs_are_errors_not_exceptions(tmp_path):
    docs, errors, stats = run([tmp_path / "nope.txt", tmp_path / "*.html", tmp_path])
    assert docs == [] and stats.errors == 3
    assert [e.message.split()[0] for e in errors] == ["no", "no", "directory"]


def test_directories_globs_and_duplicates(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(f"عنوان أول\n\n{BODY}", encoding="utf-8")
    (tmp_path / "sub" / "b.txt").write_text(f"عنوان ثان\n\n{BODY}\n", encoding="utf-8")  # same body
    (tmp_path / "sub" / "c.txt").write_text("عنوان ثالث\n\nقال المتحدث باسم البلدية إن الطرق ستغلق مؤقتا بسبب الأشغال.", encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")      # unknown extension: not read from a directory
    docs, errors, stats = run([tmp_path])
    assert errors == [] and len(docs) == 2 and stats.duplicates == 1
    docs, errors, stats = run([tmp_path / "**" / "*.txt"])
    assert len(docs) == 2 and stats.duplicates == 1


def test_default_published_date_only_fills_gaps(tmp_path):
    (tmp_path / "a.txt").write_text(f"عنوان\n\n{BODY}", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": "قال المتحدث إن الاجتماع سيعقد في الموعد المحدد دون تأجيل.", "date": "2021-06-01"}, ensure_ascii=False), encoding="utf-8")
    docs, _, _ = run([tmp_path / "a.txt", tmp_path / "b.jsonl"], published="2024-01-02")
    assert [d.published for d in docs] == ["2024-01-02", "2021-06-01"]


def test_stdin_is_text_unless_told_otherwise(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(f"عنوان\n\n{BODY}".encode("utf-8"))))
    (doc,), _, _ = run(["-"])
    assert doc.title == "عنوان" and doc.text == BODY
    line = json.dumps({"id": "x1", "title": "عنوان", "text": BODY}, ensure_ascii=False)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(line.encode("utf-8"))))
    (doc,), _, _ = run(["-"], input_format="jsonl")
    assert doc.id == "x1" and doc.origin == "<stdin>:1"


def test_unknown_input_format_is_one_error():
    docs, (error,), _ = run(["x"], input_format="pdf")
    assert docs == [] and "unknown format" in error.message


# --- JSON and JSONL --------------------------------------------------------------------

def test_json_object_and_list_with_field_aliases(tmp_path):
    record = {"id": 7, "headline": "عنوان", "body": BODY, "link": "https://example.org/a",
              "pubDate": "Tue, 12 Mar 2024 23:30:00 +0300", "source": {"name": "وكالة الأنباء"},
              "authors": ["سامر علي", "هدى يوسف"]}
    (tmp_path / "one.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    (doc,), _, _ = run([tmp_path / "one.json"])
    assert (doc.id, doc.title, doc.url, doc.published, doc.site, doc.author) == (
        "7", "عنوان", "https://example.org/a", "2024-03-12", "وكالة الأنباء", "سامر علي; هدى يوسف")
    records = [{"title": "أ", "content": "<p>قال الوزير إن الموازنة <b>أقرت</b> بعد نقاش طويل في المجلس.</p><p>وأضاف أن التنفيذ يبدأ قريبا.</p>"},
               {"title": "بلا نص"}]
    (tmp_path / "list.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    (doc,), (error,), _ = run([tmp_path / "list.json"])
    assert doc.text == "قال الوزير إن الموازنة أقرت بعد نقاش طويل في المجلس.\nوأضاف أن التنفيذ يبدأ قريبا."
    assert error.origin.endswith("list.json#record-2") and "no text" in error.message


def test_jsonl_bad_line_is_reported_and_the_rest_continue(tmp_path):
    lines = [json.dumps({"id": "a", "text": BODY, "time": "2018-02-18"}, ensure_ascii=False),
             '{"id": "b", "text": "مقطوع',
             "",
             json.dumps({"id": "c", "text": "قال رئيس البلدية إن أعمال الصيانة ستنتهي خلال أسبوعين."}, ensure_ascii=False)]
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, (error,), stats = run([path])
    assert [d.id for d in docs] == ["a", "c"] and docs[0].published == "2018-02-18"
    assert error.origin == f"{path}:2" and error.message.startswith("not JSON:")
    assert stats.read == 2 and stats.errors == 1


def test_gzipped_jsonl_dump(tmp_path):
    lines = [json.dumps({"id": f"n{i}", "text": f"{BODY} رقم {i}"}, ensure_ascii=False) for i in range(3)]
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    docs, errors, _ = run([path])
    assert errors == [] and [d.id for d in docs] == ["n0", "n1", "n2"]
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(path.read_bytes()[:-20])
    docs, errors, _ = run([cut])
    assert len(errors) == 1 and "truncated" in errors[0].message


def test_shared_corpus_sample_reads_without_errors(shared, tmp_path):
    """The first 200 real articles of the ANT sample: every one read, with its id and date."""
    head = (shared / "corpus" / "ant_sample.jsonl").read_bytes().split(b"\n")[:200]
    sample = tmp_path / "s.jsonl"
    sample.write_bytes(b"\n".join(head))
    docs, errors, stats = run([sample])
    assert errors == []
    assert stats.read + stats.duplicates + stats.skipped_non_arabic == 200
    assert all(d.id and d.published for d in docs)


@pytest.mark.parametrize("value,expected", [
    ("Sun, 18 Feb 2018 23:35:43 +0400", "2018-02-18"),
    ("2018-05-01T01:49:28+00:00", "2018-05-01"),
    ("٢٠٢٤/٠٣/١٢", "2024-03-12"),
    ("12/03/2024", "2024-03-12"),
    ("03/25/2024", "2024-03-25"),
    ("20240312", "2024-03-12"),
    (1710201600, "2024-03-12"),
    ("yesterday", None),
    ("2024-02-30", None),
])
def test_dates_normalised(value, expected):
    assert normalize_date(value) == expected


# --- feeds -----------------------------------------------------------------------------

def _feed_items(path):
    """(link, date) of each item, read with the standard library as a cross-check."""
    root = ET.parse(path).getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    if root.tag == f"{atom}feed":
        return [(e.find(f"{atom}link").get("href"), e.find(f"{atom}updated").text[:10])
                for e in root.iter(f"{atom}entry")]
    items = []
    for item in root.iter("item"):
        y, m, d = parsedate_tz(item.findtext("pubDate"))[:3]
        items.append((item.findtext("link"), f"{y:04d}-{m:02d}-{d:02d}"))
    return items


def test_every_feed_item_becomes_a_document_with_date_and_link(shared):
    folder = shared / "feeds"
    feeds = sorted(p for p in folder.iterdir() if p.suffix == ".xml")
    assert feeds
    for feed in feeds:
        docs, errors, stats = run([feed])
        assert errors == [] and stats.duplicates == 0 and stats.skipped_non_arabic == 0, (feed, errors, stats)
        assert [(d.url, d.published) for d in docs] == _feed_items(feed)
        assert all(d.text and d.title and d.site and d.lang == "ar" for d in docs)


def test_feed_with_html_descriptions(tmp_path):
    rss = """<?xml version="1.0" encoding="windows-1256"?>
<rss version="2.0"><channel><title>نشرة المدينة</title><link>https://example.org</link>
<item><title>افتتاح جسر جديد</title><link>https://example.org/bridge</link>
<pubDate>Mon, 04 Sep 2023 22:15:00 +0300</pubDate>
<description>&lt;p&gt;افتتح محافظ المدينة &lt;b&gt;جسرا جديدا&lt;/b&gt; يربط ضفتي النهر.&lt;/p&gt;</description></item>
</channel></rss>"""
    path = tmp_path / "f.rss"
    path.write_bytes(rss.encode("cp1256"))
    (doc,), errors, _ = run([path])
    assert errors == []
    assert (doc.title, doc.url, doc.published, doc.site) == ("افتتاح جسر جديد", "https://example.org/bridge", "2023-09-04", "نشرة المدينة")
    assert doc.text == "افتتح محافظ المدينة جسرا جديدا يربط ضفتي النهر."


def test_xml_that_is_not_a_feed_is_an_error(tmp_path):
    path = tmp_path / "x.xml"
    path.write_text("<?xml version='1.0'?><config><a>1</a></config>", encoding="utf-8")
    docs, (error,), _ = run([path])
    assert docs == [] and "feed" in error.message


@pytest.mark.parametrize("text,lang", [
    (BODY, "ar"),
    ("شورای شهر روز یکشنبه پارک عمومی تازه‌ای را در بخش شرقی شهر افتتاح کرد. این پارک زمین بازی کودکان، "
     "مسیرهای پیاده‌روی و بیش از هزار درخت دارد. شهردار گفت که ساخت این پارک دو سال طول کشید و هزینه آن "
     "را صندوق توسعه محلی پرداخت کرده است.", "fa"),
    ("حکومت نے اعلان کیا ہے کہ نیا ہسپتال اگلے مہینے سے مریضوں کے لیے کھول دیا جائے گا اور اس میں بچوں کے "
     "لیے دو سو بستر ہوں گے۔ وزیر صحت نے کہا کہ ڈاکٹروں کی تربیت کے لیے اضافی رقم رکھی گئی ہے۔", "ur"),
    ("The health ministry opened a new children's hospital on Monday with two hundred beds.", "en"),
])
def test_language_of_arabic_script_neighbours(text, lang):
    from marsad.ingest.language import detect_language
    assert detect_language(text) == lang


def _own_feed() -> bytes:
    return ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>نشرة</title>"
            f"<item><title>خبر</title><link>https://example.org/1</link><description>{BODY}</description></item>"
            "</channel></rss>").encode("utf-8")


@pytest.mark.parametrize("suffix,make", [
    (".txt", lambda: f"عنوان\n\n{BODY}".encode("cp1256")),
    (".html", lambda: f"<html><body><article><h1>عنوان</h1><p>{BODY}</p></article></body></html>".encode("utf-8")),
    (".xml", _own_feed),
    (".jsonl", lambda: json.dumps({"text": BODY}, ensure_ascii=False).encode("utf-8") * 2),
    (".warc.gz", lambda: gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\n" + b"x" * 30)),
])
def test_damaged_input_never_raises(tmp_path, suffix, make):
    """Cut and overwrite bytes anywhere: every outcome is a Document or a one-line InputError."""
    from hypothesis import given, settings, strategies as st

    original = make()

    @settings(max_examples=15, deadline=None, database=None)
    @given(cut=st.integers(0, len(original)), edits=st.lists(st.tuples(st.integers(0, len(original)), st.integers(0, 255)), max_size=8))
    def check(cut, edits):
        data = bytearray(original[:cut])
        for where, value in edits:
            if where < len(data):
                data[where] = value
        path = tmp_path / f"damaged{suffix}"
        path.write_bytes(bytes(data))
        for item in iter_documents([str(path)]):
            if isinstance(item, InputError):
                assert item.origin.startswith(str(path)) and "\n" not in str(item)
            else:
                assert item.text.strip()

    check()
