"""The `flags` column of event_verbs.tsv: verb properties a user's own rows can set."""
from __future__ import annotations

from marsad.lexicon import Lexicon
from marsad.lexicon.schema import check_tables
from marsad.model import Document
from marsad.pipeline import analyze_document

_HEADER = "trigger\tkind\ttype\tforms\ttarget\tgen\twith\tnot_with\tmode\tcameo\tnote\tneeds\tafter\tflags\n"


def _user_lexicon(tmp_path, row: str) -> Lexicon:
    (tmp_path / "event_verbs.tsv").write_text(_HEADER + row + "\n", encoding="utf-8")
    return Lexicon([tmp_path])


def _assaults(lexicon, text):
    art = analyze_document(Document(text=text, published="2024-05-01"), lexicon)
    name = lambda eid: art.entity(eid).name if eid else None
    return [(name(e.source), name(e.target)) for e in art.events if e.type == "ASSAULT"]


def test_a_verb_flagged_active_is_not_read_as_a_passive(tmp_path):
    # تصدى (confronted) like اشتبك: the people right after it confront, they are not confronted
    row = "تصدى\tverb\tASSAULT\tيتصدى|تصدت|تصدوا\tل\t\t\t\t\t190\tconfront\t\t\t{}"
    text = "وتصدى المحتجون لقوات الأمن."
    plain = _assaults(_user_lexicon(tmp_path, row.format("")), text)
    assert plain == [(None, "المحتجون")]        # without the flag: read as a passive (قُتل مدنيون)
    assert _assaults(_user_lexicon(tmp_path, row.format("active")), text) == [("المحتجون", "قوات الأمن")]


def test_a_trigger_flagged_firing_is_no_attack_into_the_air(tmp_path):
    # (a verb of the user's own: فتح النار is in the shipped table, flagged already)
    row = "صوب\tverb\tASSAULT\tيصوب|صوبت|صوبوا\tعلى\t\tنيرانها|النار\t\t\t190\taim fire\t\t\t{}"
    text = "وصوبت قوات الأمن نيرانها في الهواء لتفريق الحشد."
    assert _assaults(_user_lexicon(tmp_path, row.format("")), text)
    assert _assaults(_user_lexicon(tmp_path, row.format("firing")), text) == []


def test_flags_are_checked_and_optional(tmp_path):
    (tmp_path / "event_verbs.tsv").write_text(
        _HEADER + "رمى\tverb\tASSAULT\t\tobj\t\t\t\t\t\tpelt\t\t\tpassive\n", encoding="utf-8")
    _, errors = check_tables([tmp_path])
    assert any(e.startswith(f"{tmp_path / 'event_verbs.tsv'}:2: flags:") for e in errors), errors
    # a table made before the column existed stays valid
    (tmp_path / "event_verbs.tsv").write_text(
        "trigger\tkind\ttype\tforms\ttarget\tgen\twith\tnot_with\tmode\tcameo\tnote\n"
        "رمى\tverb\tASSAULT\t\tobj\t\t\t\t\t\tpelt\n", encoding="utf-8")
    _, errors = check_tables([tmp_path])
    assert not errors, errors


def test_a_participle_of_a_verb_flagged_object_first_before_bi_is_the_accused(analysed):
    # اتهم names whom first, then of what: متهما بـ with no one between is a person charged
    charged = analysed("واعتقلت الشرطة رجلا متهما بسرقة سيارات فارهة.")
    assert not [e for e in charged.events if e.type == "ACCUSE"]
    accusing = analysed("وقال الوزير متهما إيران بدعم الجماعات المسلحة.")
    assert [(accusing.entity(e.target).name if e.target else None)
            for e in accusing.events if e.type == "ACCUSE"] == ["إيران"]
