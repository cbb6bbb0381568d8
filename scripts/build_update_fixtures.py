#!/usr/bin/env python3
"""Build the test fixtures of `aidx data update` from the team's shared raw files.

Run from the project root:  python3 scripts/build_update_fixtures.py ../shared/data
Every fixture is a subset of a raw file's records (the header and the records of four economies,
DEU JPN SAU CHE, or of the models involving two of them), each record's bytes kept exactly; the
TOP500 workbook is copied whole. Provenance: src/test/resources/org/aidx/input/update/PROVENANCE.md.
"""
import shutil
import sys
from pathlib import Path

OUT = Path("src/test/resources/org/aidx/input/update/fixtures")
ECONOMIES = {"DEU", "JPN", "SAU", "CHE"}
NAMES = {"Germany", "Japan", "Saudi Arabia", "Switzerland"}
WDI = ["sp.pop.totl", "ny.gdp.mktp.cd", "ny.gdp.pcap.pp.cd", "it.net.bbnd.p2", "it.net.secr.p6",
       "sp.pop.scie.rd.p6"]
OWID = {
    "owid-ai-2026/private-investment-in-artificial-intelligence-cset.csv": 1,
    "owid-ai-2026/annual-scholarly-publications-on-artificial-intelligence.csv": 1,
    "owid-ai-2026/artificial-intelligence-patents-submitted.csv": 1,
    "itu-internet-users-owid/share-of-individuals-using-the-internet.csv": 1,
}


def records(data):
    """Split CSV bytes into records (a quoted cell may span lines), each with its line ending."""
    out, start, quoted = [], 0, False
    for i, b in enumerate(data):
        if b == ord('"'):
            quoted = not quoted
        elif b == ord("\n") and not quoted:
            out.append(data[start:i + 1])
            start = i + 1
    if start < len(data):
        out.append(data[start:])
    return out


def subset(src, dst, keep):
    recs = records(src.read_bytes())
    kept = [recs[0]] + [r for r in recs[1:] if keep(r)]
    # end the way the source ends: OWID's files have no final line break
    if not recs[-1].endswith(b"\n") and kept[-1].endswith(b"\n"):
        kept[-1] = kept[-1].rstrip(b"\r\n")
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(b"".join(kept))
    return len(kept) - 1


def cell(rec, i):
    import csv, io
    return next(csv.reader(io.StringIO(rec.decode("utf-8", "replace"))))[i]


def main(shared):
    raw = Path(shared) / "raw"
    for code in WDI:
        n = subset(raw / "wdi-datahub-2026-07" / f"{code}.csv", OUT / "wdi" / f"{code}.csv",
                   lambda r: cell(r, 1) in ECONOMIES)
        print(code, n)
    n = subset(raw / "wgi-2024/wgi_subset_20.csv", OUT / "wgi/wgi_rq.csv",
               lambda r: cell(r, 1) in ECONOMIES and cell(r, 4) == "rq")
    print("wgi rq", n)
    for f in OWID:
        n = subset(raw / f, OUT / "owid" / Path(f).name,
                   lambda r: cell(r, 1) in ECONOMIES or cell(r, 0) == "World")
        print(f, n)
    # every model with an organisation in Saudi Arabia or Switzerland, so their counts are complete,
    # and the most recent model of the file, so the subset ends in the same publication year
    src = raw / "epoch-ai-models-2026-07/notable_ai_models.csv"
    latest = max(cell(r, 2) for r in records(src.read_bytes())[1:])
    n = subset(src, OUT / "epoch/notable_ai_models.csv",
               lambda r: any(c.strip() in ("Saudi Arabia", "Switzerland") for c in cell(r, 19).split(","))
               or cell(r, 2) == latest)
    print("epoch", n)
    (OUT / "top500").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(raw / "top500-2024-11/TOP500_202411.xlsx", OUT / "top500/TOP500_202411.xlsx")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
