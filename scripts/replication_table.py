#!/usr/bin/env python3
"""Rewrites the generated tables of docs/replication.md from the current `./aidx replicate`.

Run from the repository root after the default method or the data change:

    python3 scripts/replication_table.py

Replaces the text between `<!-- scorecard:begin -->` and `<!-- scorecard:end -->` (the scorecard,
its summary line) and between `<!-- finance:begin -->` and `<!-- finance:end -->` (aidx's finance
beside OECD.AI's). The explanations of the misses are prose and must be re-read by hand.
"""
import csv
import io
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "replication.md"


def aidx(*args):
    out = subprocess.run(
        [str(ROOT / "aidx"), *args], cwd=ROOT, check=True, capture_output=True, text=True
    )
    return out.stdout


def cell(s):
    return s.replace("|", "\\|").replace("\n", " ")


def scorecard():
    rows = list(csv.DictReader(io.StringIO(aidx("replicate", "--format", "csv"))))
    summary = next(
        l for l in aidx("replicate").splitlines() if re.match(r"\d+ lines: ", l)
    )
    out = [
        f"On the shipped data, under the default method: **{summary}**",
        "",
        "| id | claim | published | aidx | verdict | chance |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        chance = r["chance"] + (" (trivial)" if r["trivial"] == "yes" else "")
        out.append(
            "| "
            + " | ".join(
                cell(x)
                for x in (r["id"], r["claim"], r["published"], r["aidx"], r["verdict"], chance)
            )
            + " |"
        )
    return "\n".join(out)


def finance():
    text = aidx("replicate", "--finance", "--format", "csv")
    rows = list(csv.reader(io.StringIO(text)))
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(out)


def replace(doc, name, body):
    pattern = re.compile(
        rf"(<!-- {name}:begin -->\n).*?(<!-- {name}:end -->)", re.DOTALL
    )
    if not pattern.search(doc):
        sys.exit(f"{DOC}: markers <!-- {name}:begin/end --> not found")
    return pattern.sub(lambda m: m.group(1) + body + "\n" + m.group(2), doc)


def main():
    doc = DOC.read_text(encoding="utf-8")
    doc = replace(doc, "scorecard", scorecard())
    doc = replace(doc, "finance", finance())
    tmp = DOC.with_suffix(".md.tmp")
    tmp.write_text(doc, encoding="utf-8")
    tmp.replace(DOC)
    print(f"updated {DOC.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
