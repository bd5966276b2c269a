#!/usr/bin/env python3
"""Score the event annotator on the peer suites in ../shared/peer.

Analyses every sentence of the UniversalPetrarch validation files (score.py gsr) and of
the detection sets (score.py detect) as its own article whose id is the sentence id,
writes the article objects as JSONL into --out, and prints the scorer's figures.

    .venv/bin/python bench/score_peer.py [--out DIR] [--only gsr|detect]
    .venv/bin/python bench/score_peer.py --misses protest_detection   # list wrong sentences
    .venv/bin/python bench/score_peer.py --only gsr --misses arabic_assault_gsr_validation
                                         # list wrong source and target countries, by class
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from marsad.lexicon import load_lexicon
from marsad.model import Document
from marsad.pipeline import analyze_document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PEER = SHARED / "peer"
SCORE = SHARED / "tools" / "score.py"


def gsr_sentences(path: Path) -> list[tuple[str, str]]:
    root = ET.parse(path).getroot()
    return [(s.get("id"), (s.findtext("Text") or "").strip()) for s in root.iter("Sentence")]


def detect_sentences(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return [(str(r["id"]), r["text"]) for r in map(json.loads, fh) if r.get("text")]


def write_system(sentences: list[tuple[str, str]], out: Path, lexicon) -> None:
    with out.open("w", encoding="utf-8") as fh:
        for sid, text in sentences:
            art = analyze_document(Document(text=text, id=sid), lexicon)
            fh.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")


def run_score(mode: str, gold: Path, system: Path) -> dict:
    res = subprocess.run([sys.executable, str(SCORE), mode, str(gold), str(system), "--json"],
                         capture_output=True, text=True, check=True)
    return json.loads(res.stdout)


def misses(name: str, out: Path) -> None:
    """Print detection errors: missed "yes" sentences and false alarms on "no" ones."""
    gold_path = PEER / f"{name}.jsonl"
    system = {}
    with (out / f"{name}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            system[a["id"]] = a
    with gold_path.open(encoding="utf-8") as fh:
        for g in map(json.loads, fh):
            a = system.get(str(g["id"]))
            if a is None or g["label"] == "ambiguous":
                continue
            evs = [e for e in a["events"] if e["type"] == g["event_type"]]
            said = bool(evs)
            if said != (g["label"] == "yes"):
                trig = " | ".join(f"{e['trigger']}({e['rule']})" for e in evs)
                print(f"{'MISS' if not said else 'FP  '} {g['label']:12} {trig}\n      {g['text'][:220]}")


def _actor_codes(article: dict, eid: str | None) -> set[str]:
    """The codes the scorer accepts for an actor: its affiliation and its code."""
    for e in article.get("entities") or []:
        if e.get("id") == eid:
            return {c for c in (e.get("affiliation"), e.get("code")) if c}
    return set()


def _actor_text(article: dict, eid: str | None) -> str:
    if eid is None:
        return "-"
    for e in article.get("entities") or []:
        if e.get("id") == eid:
            codes = "/".join(sorted(_actor_codes(article, eid))) or "no code"
            place = " (the place)" if any(ev.get("location") == eid for ev in article.get("events") or []) else ""
            return f"{e.get('name')} [{e.get('type')} {codes}]{place}"
    return "?"


def country_misses(name: str, out: Path) -> None:
    """Print each gsr coding whose event was found but whose source or target country is
    wrong, with the class of the error: no actor, an actor with no code, a wrong code."""
    system = {}
    with (out / f"{name}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            system[a["id"]] = a
    classes: dict[str, int] = {}
    for s in ET.parse(PEER / f"{name}.xml").getroot().iter("Sentence"):
        a = system.get(s.get("id"))
        if a is None or s.get("evaluate", "true") != "true":
            continue
        for coding, words in zip(s.findall("EventCoding"), s.findall("EventText")):
            evs = [e for e in a["events"] if e["type"] == coding.get("plover")]
            for role, code_attr, text_attr in (("source", "sourcecode", "sourcetext"),
                                               ("target", "targetcode", "targettext")):
                want = (coding.get(code_attr) or "None").split()[0]
                if not evs or want == "None" or any(want in _actor_codes(a, e.get(role)) for e in evs):
                    continue
                if all(e.get(role) is None for e in evs):
                    kind = "no actor"
                elif not any(_actor_codes(a, e.get(role)) for e in evs):
                    kind = "no code"
                else:
                    kind = "wrong code"
                classes[f"{role}: {kind}"] = classes.get(f"{role}: {kind}", 0) + 1
                ours = " | ".join(f"{e['trigger']}: {_actor_text(a, e.get(role))}" for e in evs)
                print(f"{role:6} {kind:10} want {want} ({words.get(text_attr)})  ours {ours}\n"
                      f"      {(s.findtext('Text') or '').strip()[:220]}")
    for kind, n in sorted(classes.items()):
        print(f"{kind:24} {n}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="folder for the system JSONL files (default: a new temporary "
                    "folder, so that runs side by side do not write over each other's files)")
    ap.add_argument("--only", choices=("gsr", "detect"))
    ap.add_argument("--misses", metavar="NAME", help="after scoring, list the errors of one detection "
                    "set, or the wrong countries of one gsr set (arabic_assault_gsr_validation)")
    args = ap.parse_args()
    if not PEER.is_dir():
        print(f"{PEER}: peer suites not found", file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="marsad-peer-"))
    out.mkdir(parents=True, exist_ok=True)
    lexicon = load_lexicon()
    jobs = []
    if args.only in (None, "gsr"):
        jobs += [("gsr", p, gsr_sentences(p)) for p in sorted(PEER.glob("*_gsr_validation.xml"))]
    if args.only in (None, "detect"):
        jobs += [("detect", p, detect_sentences(p)) for p in sorted(PEER.glob("*_detection.jsonl"))]
    for mode, path, sentences in jobs:
        name = path.name.split(".")[0]
        system = out / f"{name}.jsonl"
        write_system(sentences, system, lexicon)
        res = run_score(mode, path, system)
        if mode == "gsr":
            figures = (f"type_recall {res['type_recall']}  source_country {res['source_country_accuracy']}"
                       f"  target_country {res['target_country_accuracy']}  other_type_only {res['other_type_only']}")
        else:
            figures = (f"P {res['p']}  R {res['r']}  F1 {res['f1']}"
                       f"  difficult_no_FP {res['difficult_no_false_positive_rate']}")
        print(f"{name:36} {len(sentences):5} sentences  {figures}")
    if args.misses and args.misses.endswith("_gsr_validation"):
        country_misses(args.misses, out)
    elif args.misses:
        misses(args.misses, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
