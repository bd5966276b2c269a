"""HTML pages: the saved Arabic news pages of ../shared/html, and pages written here."""
from __future__ import annotations

import json

import pytest

from marsad.ingest import InputError, IngestStats, iter_documents


def read_one(path, **kw):
    items = list(iter_documents([str(path)], **kw))
    assert len(items) == 1, items
    return items[0]


def squeeze(text: str) -> str:
    return " ".join(text.split())


def test_newspaper_arabic_body_equals_expected_text(shared):
    page = shared / "html" / "newspaper_arabic"
    doc = read_one(page / "arabic_article.html")
    expected = (page / "arabic_expected_text.txt").read_text(encoding="utf-8")
    assert squeeze(doc.text) == squeeze(expected)
    assert doc.lang == "ar"
    assert doc.title and "CNN" not in doc.title
    assert doc.url.startswith("http://arabic.cnn.com/")


def test_assabah_keeps_the_article_and_drops_the_boilerplate(shared):
    page = shared / "html" / "trafilatura_assabah"
    expected = json.loads((page / "expected.json").read_text(encoding="utf-8"))
    doc = read_one(page / "assabah.com.tn.article.html")
    for snippet in expected["with"]:
        assert snippet in doc.text
    for snippet in expected["without"]:
        assert snippet not in doc.text
    assert squeeze(doc.title) == squeeze(expected["title"])


def test_htmldate_pages_give_their_publication_dates(shared):
    folder = shared / "html" / "htmldate"
    expected = json.loads((folder / "expected_dates.json").read_text(encoding="utf-8"))
    got = {}
    for entry in expected.values():
        doc = read_one(folder / entry["file"])
        got[entry["file"]] = doc.published
    assert got == {entry["file"]: entry["date"] for entry in expected.values()}


def test_site_names_come_off_page_titles(shared):
    folder = shared / "html" / "htmldate"
    for item in iter_documents([str(folder / "*.html")]):
        assert not isinstance(item, InputError), item
        if item.site:
            assert not item.title.endswith(item.site), (item.title, item.site)


def test_same_article_saved_twice_is_read_once(shared):
    stats = IngestStats()
    docs = list(iter_documents([str(shared / "html" / "goose3_cnn_arabic" / "test_cnn_arabic.html"),
                                str(shared / "html" / "newspaper_arabic" / "arabic_article.html")],
                               stats=stats))
    assert len(docs) == 1 and stats.duplicates == 1 and stats.read == 1


PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head>{meta}
<title>المجلس البلدي يفتتح حديقة عامة جديدة | أخبار المدينة</title>
<meta property="og:site_name" content="أخبار المدينة">
<meta name="author" content="ريم منصور">
<meta property="article:published_time" content="2023-05-14T10:00:00+03:00">
</head><body>
<nav><a href="/">الرئيسية</a> <a href="/local">محليات</a></nav>
<article>
<h1>المجلس البلدي يفتتح حديقة عامة جديدة</h1>
<p>افتتح رئيس المجلس البلدي صباح الأحد حديقة عامة جديدة في الحي الشرقي، تضم ملاعب للأطفال ومسارات للمشي وأكثر من ألف شجرة.</p>
<figure><img src="park.jpg" alt=""><figcaption>أطفال يلعبون في الحديقة الجديدة (أ ف ب)</figcaption></figure>
<p>وقال رئيس المجلس في كلمة خلال الافتتاح إن المشروع استغرق عامين وموله صندوق التنمية المحلية بالكامل.</p>
<h2>خطط لحدائق أخرى</h2>
<p>وأضاف أن المجلس يعتزم إنشاء ثلاث حدائق مماثلة في الأحياء الجنوبية قبل نهاية العام المقبل، بعد أن طالب السكان بمساحات خضراء أكثر.</p>
</article>
<div class="comments"><p>الآراء الواردة في التعليقات تعبر عن رأي أصحابها ولا تعبر عن رأي الموقع.</p></div>
<footer>جميع الحقوق محفوظة لأخبار المدينة 2023</footer>
</body></html>
"""


def write_page(tmp_path, name, encoding, meta='<meta charset="utf-8">', text=None):
    path = tmp_path / name
    path.write_bytes((text or PAGE.format(meta=meta)).encode(encoding))
    return path


def check_park_page(doc):
    assert doc.title == "المجلس البلدي يفتتح حديقة عامة جديدة"
    assert doc.site == "أخبار المدينة"
    assert doc.published == "2023-05-14"
    assert doc.author == "ريم منصور"
    assert doc.text.startswith("افتتح رئيس المجلس البلدي")
    assert "\n\nخطط لحدائق أخرى\n\n" in doc.text       # the subheading is its own paragraph
    assert doc.captions == ["أطفال يلعبون في الحديقة الجديدة (أ ف ب)"]
    assert "أطفال يلعبون" not in doc.text and "(أ ف ب)" not in doc.text
    assert "الآراء الواردة" not in doc.text and "جميع الحقوق" not in doc.text


def test_utf8_page_with_caption_subheading_and_metadata(tmp_path):
    check_park_page(read_one(write_page(tmp_path, "park.html", "utf-8")))


@pytest.mark.parametrize("encoding,label", [("cp1256", "windows-1256"), ("iso8859-6", "iso-8859-6")])
def test_legacy_arabic_encodings_declared(tmp_path, encoding, label):
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'
    check_park_page(read_one(write_page(tmp_path, "park.html", encoding, meta=meta)))


@pytest.mark.parametrize("encoding,declared", [
    ("cp1256", "utf-8"),             # legacy page that claims UTF-8
    ("iso8859-6", "windows-1256"),   # the other Arabic code page
    ("cp1256", "iso-8859-1"),        # claimed Latin-1 would give ÇáÍ... mojibake
    ("utf-8", "windows-1256"),       # UTF-8 page that claims windows-1256
    ("cp1256", None),                # no declaration at all
    ("utf-16", None),                # UTF-16 with its byte-order mark
])
def test_wrong_or_missing_charset_is_overruled(tmp_path, encoding, declared):
    meta = f'<meta charset="{declared}">' if declared else ""
    check_park_page(read_one(write_page(tmp_path, "park.html", encoding, meta=meta)))


def test_xhtml_with_an_xml_prolog_naming_its_code_page(tmp_path):
    text = '<?xml version="1.0" encoding="windows-1256"?>\n' + PAGE.format(meta="")
    check_park_page(read_one(write_page(tmp_path, "park.xhtml", "cp1256", text=text)))


def test_truncated_page_keeps_what_arrived(tmp_path):
    page = PAGE.format(meta='<meta charset="utf-8">')
    cut = page[: page.index("وأضاف أن المجلس")]
    item = read_one(write_page(tmp_path, "cut.html", "utf-8", text=cut))
    assert not isinstance(item, InputError), item
    assert "استغرق عامين" in item.text and "وأضاف" not in item.text


def test_page_cut_before_any_article_is_refused_in_one_line(tmp_path):
    page = PAGE.format(meta='<meta charset="utf-8">')
    item = read_one(write_page(tmp_path, "head.html", "utf-8", text=page[: page.index("<article>")]))
    assert isinstance(item, InputError)
    assert item.origin.endswith("head.html") and "\n" not in str(item)


def test_fifty_megabyte_page_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.html"
    with open(path, "wb") as f:
        f.write(b"<html><body><p>")
        f.write(("كلمة " * 1000).encode("utf-8") * 5600)      # about 50 MB
        f.write(b"</p></body></html>")
    assert path.stat().st_size > 50_000_000
    item = read_one(path)
    assert isinstance(item, InputError)
    assert "limit" in item.message and item.origin == str(path)


def test_english_page_is_skipped_and_counted_unless_asked_for(tmp_path):
    text = """<html lang="en"><head><title>Council opens a new park</title></head><body><article>
    <p>The city council opened a new public park in the eastern district on Sunday, with playgrounds,
    walking paths and more than a thousand trees planted over the last two years.</p>
    <p>The council chairman said the project was paid for entirely by the local development fund.</p>
    </article></body></html>"""
    path = write_page(tmp_path, "en.html", "utf-8", text=text)
    stats = IngestStats()
    assert list(iter_documents([str(path)], stats=stats)) == []
    assert stats.skipped_non_arabic == 1 and stats.read == 0
    doc = read_one(path, include_non_arabic=True)
    assert doc.lang == "en" and "public park" in doc.text


def test_a_copyright_year_is_no_publication_date(tmp_path):
    page = PAGE.format(meta='<meta charset="utf-8">').replace(
        '<meta property="article:published_time" content="2023-05-14T10:00:00+03:00">', "")
    page = page.replace("جميع الحقوق محفوظة لأخبار المدينة 2023", "© 2023 أخبار المدينة")
    path = write_page(tmp_path, "park.html", "utf-8", text=page)
    assert read_one(path).published is None
    assert read_one(path, published="2023-05-15").published == "2023-05-15"


def test_read_also_lines_go_and_a_real_last_paragraph_stays(tmp_path):
    page = PAGE.format(meta='<meta charset="utf-8">').replace(
        "<h2>خطط لحدائق أخرى</h2>",
        "<p>اقرأ أيضا: افتتاح مكتبة عامة في الحي الغربي</p>\n<h2>خطط لحدائق أخرى</h2>").replace(
        "</article>", "<p>ولم ترد وزارة البيئة على طلب التعليقات حتى الآن.</p></article>")
    doc = read_one(write_page(tmp_path, "park.html", "utf-8", text=page))
    assert "مكتبة عامة" not in doc.text
    assert doc.text.endswith("ولم ترد وزارة البيئة على طلب التعليقات حتى الآن.")


def test_goose3_cnn_page_starts_with_its_expected_text(shared):
    page = shared / "html" / "goose3_cnn_arabic"
    expected = json.loads((page / "test_cnn_arabic.json").read_text(encoding="utf-8"))["expected"]
    doc = read_one(page / "test_cnn_arabic.html")
    assert squeeze(doc.text).startswith(squeeze(expected["cleaned_text"]))
    assert doc.lang == expected["meta_lang"] and doc.site
