#!/usr/bin/env python3
"""Builds the small samples in examples/published-formats/ from the team's shared WDI copy
(shared/data/raw/wdi-datahub-2026-07, World Bank WDI via datahub, CC BY 4.0). Values are copied
unchanged as text; only the layout is changed. Usage: scripts/build_format_samples.py WDI_DIR OUT_DIR
"""
import csv
import os
import sys

ECONOMIES = ["DEU", "GBR", "JPN", "KOR", "TUR", "EMU", "WLD"]  # EMU and WLD are WB aggregates
YEARS = [str(y) for y in range(2019, 2025)]


def series(path):
    out = {}
    names = {}
    for r in csv.DictReader(open(path, encoding="utf-8")):
        if r["Country Code"] in ECONOMIES and r["Year"] in YEARS:
            out[(r["Country Code"], r["Year"])] = r["Value"]
            names[r["Country Code"]] = r["Country Name"]
    return out, names


def world_bank(wdi, out):
    # the layout of a World Bank download (API_<CODE>_DS2_en_csv_v2.csv): metadata lines, then
    # one row per economy and one column per year, each line ending with a comma
    values, names = series(os.path.join(wdi, "ny.gdp.mktp.cd.csv"))
    with open(os.path.join(out, "API_NY.GDP.MKTP.CD_sample.csv"), "w", encoding="utf-8", newline="") as f:
        f.write('"Data Source","World Development Indicators",\n\n')
        header = ["Country Name", "Country Code", "Indicator Name", "Indicator Code"] + YEARS
        f.write(",".join('"%s"' % h for h in header) + ",\n")
        for code in ECONOMIES:
            cells = [names[code], code, "GDP (current US$)", "NY.GDP.MKTP.CD"]
            cells += [values.get((code, y), "") for y in YEARS]
            f.write(",".join('"%s"' % c for c in cells) + ",\n")


def sdmx(wdi, out):
    # SDMX-CSV 2.0 with labels (the shape of an OECD "csvfilewithlabels" export): code and label
    # columns, TIME_PERIOD, OBS_VALUE, then attributes. The structure id says what it is: a sample
    # built by aidx from WDI values, not an OECD dataflow.
    values, names = series(os.path.join(wdi, "gb.xpd.rsdv.gd.zs.csv"))
    with open(os.path.join(out, "sdmx-rd-expenditure_sample.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["STRUCTURE", "STRUCTURE_ID", "ACTION", "REF_AREA", "Reference area", "FREQ",
                    "Frequency of observation", "MEASURE", "Measure", "TIME_PERIOD", "Time period",
                    "OBS_VALUE", "Observation value", "UNIT_MEASURE", "Unit of measure", "UNIT_MULT",
                    "Unit multiplier"])
        for (code, year), v in sorted(values.items()):
            if code in ("EMU", "WLD"):
                continue
            w.writerow(["DATAFLOW", "AIDX.SAMPLE:WDI_GB_XPD_RSDV_GD_ZS(1.0)", "I", code, names[code],
                        "A", "Annual", "GERD", "Research and development expenditure", year, year,
                        v, v, "PT_B1GQ", "Percentage of GDP", "0", "Units"])


if __name__ == "__main__":
    world_bank(sys.argv[1], sys.argv[2])
    sdmx(sys.argv[1], sys.argv[2])
