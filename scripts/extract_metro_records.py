#!/usr/bin/env python3
"""Copy the raw subsets the metro records jobs read (issue 21) from the team's shared data folder.

Run from the project root:  python3 scripts/extract_metro_records.py ../shared/data
Writes data/regions/ (inputs of the jobs metro-authorship, metro-cs-rd, metro-patents). Nothing is
estimated or imputed: rows and columns are selected, IPEDS aliases are split into one row each, and
Latin-1 text is re-encoded as UTF-8. Provenance: data/regions/PROVENANCE.md.
"""
import csv
import shutil
import sys
from pathlib import Path

OUT = Path("data/regions")


def main(shared):
    raw = Path(shared) / "raw"
    OUT.mkdir(parents=True, exist_ok=True)
    # IPEDS HD2022: places (one row per institution) and names (INSTNM and each IALIAS alias)
    with open(raw / "ipeds-hd2022/ipeds_hd2022.csv", encoding="latin-1", newline="") as f:
        rows = list(csv.DictReader(f))
    with open(OUT / "ipeds_hd2022_places.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["unitid", "instnm", "city", "stabbr", "county_fips", "county_name", "cbsa"])
        for r in rows:
            county = r["COUNTYCD"].strip()
            county = county.zfill(5) if county.lstrip("-").isdigit() and int(county) > 0 else ""
            w.writerow([r["UNITID"], r["INSTNM"].strip(), r["CITY"].strip(), r["STABBR"].strip(),
                        county, r["COUNTYNM"].strip(), r["CBSA"].strip()])
    with open(OUT / "ipeds_hd2022_names.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["unitid", "name", "kind"])
        for r in rows:
            w.writerow([r["UNITID"], r["INSTNM"].strip(), "instnm"])
            seen = {r["INSTNM"].strip().lower()}
            for a in r["IALIAS"].split("|"):
                a = a.strip()
                if a and a.lower() not in seen:
                    seen.add(a.lower())
                    w.writerow([r["UNITID"], a, "alias"])
    # HERD FY2022: institution rows (hierarchy depth 4), the columns used, cells as published
    p = "_b_state_institutional_control_and_institution_b_"
    src = raw / "ncses-herd-fy2022/ncses_herd_fy2022_rd_by_institution_and_field.csv"
    with open(src, encoding="utf-8", newline="") as f:
        herd = list(csv.DictReader(f))
    with open(OUT / "herd_fy2022_institutions.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["row_id", "state", "control", "institution", "all_rd", "cs_rd"])
        for r in herd:
            if r[p + "hierarchy_depth"] in ("1", "4"):
                w.writerow([r["row_id"], r[p + "level_2"], r[p + "level_3"],
                            r[p + "level_4"] or r[p + "level_1"],
                            r["field_all_r_d_expenditures"],
                            r["field_computer_and_information_sciences"]])
    # USPTO PTMT utility grants by county, long form: byte copy
    shutil.copyfile(raw / "uspto-ptmt-grants-2000-2015/uspto_utility_grants_by_county_2000_2015.csv",
                    OUT / "uspto_utility_grants_by_county_2000_2015.csv")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
