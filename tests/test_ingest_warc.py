"""Web archives written here with warcio, from ../shared/html pages and pages of our own."""
from __future__ import annotations

import gzip
import io

import pytest

from marsad.ingest import InputError, IngestStats, iter_documents

OWN_PAGE = """<html lang="ar"><head><meta charset="windows-1256"><title>هطول أمطار غزيرة على العاصمة</title></head>
<body><article><h1>هطول أمطار غزيرة على العاصمة</h1>
<p>شهدت العاصمة مساء الخميس أمطارا غزيرة أدت إلى إغلاق عدد من الطرق الرئيسية وتأخر حركة المرور لساعات.</p>
<p>وقالت هيئة الأرصاد الجوية إن الأمطار ستتواصل حتى نهاية الأسبوع، ودعت السائقين إلى توخي الحذر.</p>
</article></body></html>"""
ENGLISH_PAGE = """<html lang="en"><head><title>Heavy rain in the capital</title></head><body><article>
<p>Heavy rain fell on the capital on Thursday evening, closing several main roads and delaying traffic for hours.</p>
<p>The weather service said the rain would continue until the weekend and asked drivers to take care.</p>
</article></body></html>"""


def _response(writer, url, payload: bytes, status="200 OK", content_type="text/html; charset=utf-8",
              date="2020-08-24T12:00:00Z"):
    from warcio.statusandheaders import StatusAndHeaders

    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=headers,
                                       warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)


def write_archive(path, shared, gzipped):
    """Nine records: five pages that should come out, and one of each kind to skip."""
    from warcio.warcwriter import WARCWriter

    cnn = (shared / "html" / "newspaper_arabic" / "arabic_article.html").read_bytes()
    youm7 = (shared / "html" / "htmldate" / "1691196862.html").read_bytes()
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=gzipped)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "marsad tests"}))
        _response(writer, "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html", cnn)
        _response(writer, "https://www.youm7.com/story/2020/8/24/x/4943459", youm7, content_type="text/html")
        _response(writer, "https://example.org/rain", OWN_PAGE.encode("cp1256"),
                  content_type="text/html; charset=windows-1256", date="2021-01-07T18:00:00Z")
        _response(writer, "https://example.org/missing", b"<html><body>not found</body></html>", status="404 Not Found")
        _response(writer, "https://example.org/moved", b"", status="301 Moved Permanently")
        _response(writer, "https://example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), content_type="image/png")
        _response(writer, "https://example.org/data.json", b'{"a": 1}', content_type="application/json")
        _response(writer, "https://example.org/en/rain", ENGLISH_PAGE.encode("utf-8"))
        # the CNN page again, captured a second time: one article
        _response(writer, "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html", cnn)


@pytest.mark.parametrize("name,gzipped", [("news.warc", False), ("news.warc.gz", True)])
def test_warc_round_trip_with_skip_counts(shared, tmp_path, name, gzipped):
    path = tmp_path / name
    write_archive(path, shared, gzipped)
    stats = IngestStats()
    items = list(iter_documents([str(path)], stats=stats))
    assert [i for i in items if isinstance(i, InputError)] == []
    by_url = {d.url: d for d in items}
    assert sorted(by_url) == ["http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html",
                              "https://example.org/rain", "https://www.youm7.com/story/2020/8/24/x/4943459"]
    assert (stats.read, stats.skipped_status, stats.skipped_not_html, stats.skipped_non_arabic,
            stats.duplicates, stats.errors) == (3, 2, 2, 1, 1, 0)
    rain = by_url["https://example.org/rain"]
    assert rain.title == "هطول أمطار غزيرة على العاصمة" and "هيئة الأرصاد" in rain.text
    assert rain.published == "2021-01-07"           # no date in the page: the capture date
    assert by_url["https://www.youm7.com/story/2020/8/24/x/4943459"].published == "2020-08-24"
    assert all(d.origin.startswith(f"{path}#record-") for d in items)


def test_non_arabic_records_come_out_when_asked(shared, tmp_path):
    path = tmp_path / "news.warc.gz"
    write_archive(path, shared, True)
    stats = IngestStats()
    docs = list(iter_documents([str(path)], stats=stats, include_non_arabic=True))
    assert stats.read == 4 and stats.skipped_non_arabic == 0
    assert [d.lang for d in docs if d.url == "https://example.org/en/rain"] == ["en"]


def test_truncated_archive_gives_its_pages_then_one_error(shared, tmp_path):
    path = tmp_path / "news.warc.gz"
    write_archive(path, shared, True)
    data = path.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.6)])
    stats = IngestStats()
    items = list(iter_documents([str(cut)], stats=stats))
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and "truncated" in errors[0].message and "#record-" in errors[0].origin
    assert 1 <= stats.read < 3


def test_gzip_that_is_no_archive_is_an_error(tmp_path):
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(gzip.compress("هذا ليس أرشيفا".encode("utf-8")))
    items = list(iter_documents([str(path)]))
    assert len(items) == 1 and isinstance(items[0], InputError)


def _arc_record(header: str, block: bytes) -> bytes:
    return f"{header} {len(block)}\n".encode() + block + b"\n"


@pytest.mark.parametrize("gzipped", [False, True])
def test_arc_file_written_by_hand(tmp_path, gzipped):
    """ARC v1 (the format before WARC): a file header record, then URL-IP-date-type-length lines."""
    desc = b"1 0 Marsad tests\nURL IP-address Archive-date Content-type Archive-length\n"
    page = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1256\r\n\r\n" + OWN_PAGE.encode("cp1256")
    gone = b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html><body>gone</body></html>"
    records = [_arc_record("filedesc://t.arc 0.0.0.0 20210107180000 text/plain", desc),
               _arc_record("https://example.org/rain 93.184.216.34 20210107180000 text/html", page),
               _arc_record("https://example.org/gone 93.184.216.34 20210107180001 text/html", gone)]
    path = tmp_path / ("t.arc.gz" if gzipped else "t.arc")
    # gzipped ARC files compress each record as its own member, as archives write them
    path.write_bytes(b"".join(gzip.compress(r) for r in records) if gzipped else b"\n".join(records))
    stats = IngestStats()
    (doc,) = list(iter_documents([str(path)], stats=stats))
    assert doc.url == "https://example.org/rain" and doc.published == "2021-01-07"
    assert doc.title == "هطول أمطار غزيرة على العاصمة" and stats.skipped_status == 1
