#!/usr/bin/env python3
"""NER F1 per type on the shared CoNLL sets (ANERcorp train part, AQMAR), scored by
../shared/tools/score.py: conll-input makes one sentence a line, Marsad analyses each,
conll scores the entities.

    .venv/bin/python bench/score_ner.py [--set anercorp|aqmar|all]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from marsad.lexicon import load_lexicon
from marsad.model import Document
from marsad.pipeline import analyze_document

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "tools" / "score.py"


def score_file(conll: Path, workdir: Path) -> dict:
    lex = load_lexicon()
    inp = subprocess.run([sys.executable, str(SCORE), "conll-input", str(conll)], check=True,
                         capture_output=True, text=True).stdout
    out = workdir / (conll.stem + ".system.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for line in inp.splitlines():
            rec = json.loads(line)
            art = analyze_document(Document(text=rec["text"], id=str(rec["id"])), lex)
            fh.write(json.dumps(art.to_dict(), ensure_ascii=False) + "\n")
    res = subprocess.run([sys.executable, str(SCORE), "conll", str(conll), str(out), "--json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(res)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("anercorp", "aqmar", "all"), default="all")
    args = ap.parse_args()
    files = []
    if args.set in ("anercorp", "all"):
        files.append(("ANERcorp train", [SHARED / "ner" / "anercorp_train.conll"]))
    if args.set in ("aqmar", "all"):
        files.append(("AQMAR", sorted((SHARED / "ner" / "aqmar").glob("*.txt"))))
    with tempfile.TemporaryDirectory() as tmp:
        for label, paths in files:
            if len(paths) == 1:
                conll = paths[0]
            else:   # one CoNLL file of all the articles, a blank line between them
                conll = Path(tmp) / "aqmar_all.conll"
                conll.write_text("\n".join(p.read_text(encoding="utf-8").rstrip("\n") + "\n" for p in paths),
                                 encoding="utf-8")
            res = score_file(conll, Path(tmp))
            print(f"== {label}")
            print(json.dumps(res, ensure_ascii=False))


if __name__ == "__main__":
    main()
