#!/usr/bin/env python3
"""Copy the US regional data aidx ships from the team's shared data folder.

Run from the project root:  python3 scripts/extract_region_data.py ../shared/data
Byte-for-byte copies, except Felten et al.'s AIGE (sheet "Appendix C" of AIOE_DataAppendix.xlsx),
which is read cell by cell (standard library only) and written as CSV with its values unchanged.
The population file (Latin-1: "Doña Ana") is written as UTF-8 and reduced to the county rows
(SUMLEV 050) and the columns used (state and county codes, names, POPESTIMATE2024). Nothing is estimated or imputed.
"""
import csv
import shutil
import sys
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

OUT = Path("src/main/resources/org/aidx/data/regions")
NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}


def sheet_rows(xlsx, sheet_xml):
    z = zipfile.ZipFile(xlsx)
    shared = [
        "".join(t.text or "" for t in si.iter("{%s}t" % NS["m"]))
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS)
    ]
    for row in ET.fromstring(z.read(sheet_xml)).iter("{%s}row" % NS["m"]):
        cells = []
        for c in row.findall("m:c", NS):
            v = c.find("m:v", NS)
            text = "" if v is None else v.text
            if c.get("t") == "s":
                text = shared[int(text)]
            cells.append(text)
        yield cells


def main(shared):
    shared = Path(shared)
    OUT.mkdir(parents=True, exist_ok=True)
    for name in ["ms_ai_user_share_us_county_2026q1.csv", "ms_ai_user_share_us_msa_2026q1.csv",
                 "ms_ai_user_share_us_state_2026q1.csv"]:
        shutil.copyfile(shared / "ai" / name, OUT / name)
    # the provenance note says Latin-1, but the bytes decode as UTF-8 ("Española" is C3 B1): copied as is
    shutil.copyfile(shared / "raw/census-cbsa-2023/cbsa2fipsxw_2023.csv", OUT / "cbsa2fipsxw_2023.csv")
    with open(shared / "raw/census-county-population-2024/co-est2024-alldata.csv", newline="",
              encoding="latin-1") as f, open(OUT / "county_population_2024.csv", "w", newline="",
                                                 encoding="utf-8") as g:
        w = csv.writer(g, lineterminator="\n")
        w.writerow(["fips", "state_name", "county_name", "population_2024"])
        for r in csv.DictReader(f):
            if r["SUMLEV"] == "050":
                w.writerow([r["STATE"] + r["COUNTY"], r["STNAME"], r["CTYNAME"], r["POPESTIMATE2024"]])
    rows = list(sheet_rows(shared / "raw/aioe-felten/AIOE_DataAppendix.xlsx", "xl/worksheets/sheet4.xml"))
    with open(OUT / "aige_county.csv", "w", newline="", encoding="utf-8") as g:
        w = csv.writer(g, lineterminator="\n")
        w.writerow(["fips", "county_name", "aige"])
        for r in rows[1:]:
            if len(r) >= 3 and r[0]:
                w.writerow([str(int(float(r[0]))).zfill(5), r[1], r[2]])
    print("header of Appendix C:", rows[0])


if __name__ == "__main__":
    main(sys.argv[1])
