#!/usr/bin/env python3
"""Interim derivation of the frontier-research indicator from the raw conference records.

Fractional counting: each paper counts 1, split equally among its authors (the distinct author
positions present in the records), each author's share split equally among that author's
affiliations. Affiliation countries are mapped to ISO3 with data/records/country-iso3.csv; rows with
no country ('' or 'Unknown') are unattributed and reported. Embodied AI = robotics conferences
(ICRA, IROS, CoRL, RSS); every other conference is non-embodied. Values are sums over the five years
ending in the row's year (Y-4..Y), for end years up to LAST_YEAR (2025 is incomplete in the snapshot).

This script is the stand-in until `aidx records run` (the records engine) produces the same table.
Usage: python3 scripts/derive_conference_authorship.py > src/main/resources/org/aidx/data/ai-conference-authorship.csv
"""
import collections, csv, gzip, io, sys

RECORDS = "data/records/paperlists_author_affiliations.csv.gz"
MAP = "data/records/country-iso3.csv"
EMBODIED = {"icra", "iros", "corl", "rss"}
LAST_YEAR, WINDOW, FIRST_END = 2024, 5, 2014
SOURCE = ("papercopilot/paperlists snapshot 33f9884 (2026-02-23): AI conference proceedings, "
          "fractional authorship by affiliation country")

iso = {r["name"]: r["iso3"] for r in csv.DictReader(open(MAP, encoding="utf-8"))}
rows = list(csv.DictReader(io.TextIOWrapper(gzip.open(RECORDS), encoding="utf-8")))
authors = collections.defaultdict(set)
affils = collections.Counter()
for r in rows:
    p = (r["conf"], r["year"], r["paper_id"])
    authors[p].add(r["author_pos"])
    affils[p + (r["author_pos"],)] += 1
per_year = collections.defaultdict(float)
unattributed = collections.Counter()
unmatched = collections.Counter()
for r in rows:
    p = (r["conf"], r["year"], r["paper_id"])
    w = 1.0 / (len(authors[p]) * affils[p + (r["author_pos"],)])
    c = r["country"]
    if c in ("", "Unknown"):
        unattributed[c or "(empty)"] += w
        continue
    if c not in iso:
        unmatched[c] += w
        continue
    kind = "embodied" if r["conf"] in EMBODIED else "nonembodied"
    per_year[(iso[c], int(r["year"]), kind)] += w
if unmatched:
    sys.exit("unmatched country names: %s" % dict(unmatched))
print("unattributed papers (fractional): %s" % {k: round(v, 1) for k, v in unattributed.items()}, file=sys.stderr)
codes = sorted({k[0] for k in per_year})
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["iso3", "indicator", "year", "value", "unit", "source"])
for code in codes:
    for end in range(FIRST_END, LAST_YEAR + 1):
        years = range(end - WINDOW + 1, end + 1)
        vals = {kind: sum(per_year.get((code, y, kind), 0.0) for y in years) for kind in ("embodied", "nonembodied")}
        total = vals["embodied"] + vals["nonembodied"]
        if total == 0:
            continue
        unit = "papers (fractional count, %d-%d)" % (end - WINDOW + 1, end)
        for ind, v in (("ai_conference_authorship_5y", total),
                       ("ai_conference_authorship_embodied_5y", vals["embodied"]),
                       ("ai_conference_authorship_nonembodied_5y", vals["nonembodied"])):
            out.writerow([code, ind, end, "%.6f" % v, unit, SOURCE])
