#!/usr/bin/env python3
"""Extract the embedded default dataset of aidx from the team's shared data folder.

Run from the project root:  python3 scripts/extract_shipped_data.py ../shared/data
It only selects rows and columns and reshapes wide tables to the tidy long format; the two sums it
computes are documented in README.md (Data shipped), and the units it states with their base year in
src/main/resources/org/aidx/data/PROVENANCE-units.md. Nothing is estimated or imputed.
The outputs are committed, so neither the product nor its tests need ../shared.
`aidx data update` fetches the same series from their publishers; it is checked against this script's
output by ShippedDataDifferentialTest and ManualWorkbookTest (docs/data-update.md).
"""
import csv
import re
import shutil
import sys
from pathlib import Path

ECONOMIES = "USA CHN DEU JPN IND GBR FRA ITA BRA CAN RUS KOR MEX AUS ESP IDN NLD TUR SAU CHE".split()
OUT = Path("src/main/resources/org/aidx/data")
HEADER = ["iso3", "country", "indicator", "year", "value", "unit", "source"]

MACRO = {
    "population", "gdp_current_usd", "gdp_ppp_current_intl_DERIVED",
    "fixed_broadband_per_100", "secure_internet_servers_per_million",
    "wgi_regulatory_quality_pctrank", "researchers_per_million",
}
AI_LONG = {"ai_scholarly_publications", "ai_patent_applications", "private_ai_investment"}
EPOCH_SC = {"ai_supercomputers_h100e_operational_all_records", "ai_supercomputers_h100e_operational",
            "ai_supercomputers_power_mw_operational_all_records"}
# Epoch variants whose zero is a sum over no record: an economy with no cluster in any year of
# Epoch's records gets 0 with a note. An economy with clusters but no capacity value for them
# (MEX, IDN) gets no row at all: its capacity is unknown, not zero, and an earlier zero must not
# stand in for it.
EPOCH_ZERO_WHEN_NO_RECORD = {"ai_supercomputers_h100e_operational_all_records",
                             "ai_supercomputers_power_mw_operational_all_records"}
MODELS_WINDOW = 6  # publication years summed for notable_ai_models_6y (2020-2025 for the 2025 value)
INVESTMENT_WINDOW = 5  # years summed for private_ai_investment_5y (one year is volatile)
# The study's finance window is two years ("in 2022-2023 ..."): private_ai_investment_2y sums the two
# years ending in each year, so --year 2023 reads 2022-2023 and the latest value 2023-2024.
STUDY_INVESTMENT_WINDOW = 2
# TOP500 lists only the systems their owners submit; China stopped submitting its new systems (the
# shared PROVENANCE-ai.md: "TOP500 omits most Chinese systems"). China's sum is therefore not an
# observed level but incomplete: no row, so the run imputes it from China's standing on its sibling
# (Epoch H100-equivalents, which keeps the anonymised Chinese systems) and flags it.
TOP500_INCOMPLETE = {"CHN"}
# Units name their base year (PROVENANCE-units.md). The shared snapshot's unit for the CSET series
# says only "inflation-adjusted"; the OWID step that made the file (owid/etl,
# etl/steps/data/garden/artificial_intelligence/2026-04-27/cset.py, adjust_investment_for_inflation)
# divides CSET's nominal US$ by the US CPI relative to 2021, and its metadata (cset.meta.yml) gives
# the unit "constant 2021 US dollars".
INVESTMENT_UNIT = "constant 2021 US$ (deflated with the US CPI by Our World in Data)"
UNITS = {"private_ai_investment": INVESTMENT_UNIT}
AUTHORSHIP = Path("src/main/resources/org/aidx/data/ai-conference-authorship.csv")
BENCH = {  # column -> (year of the edition, unit, source)
    "imf_aipi_regulation_ethics": (2023, "index 0-1 (pillar score)", "IMF AI Preparedness Index 2023, regulation and ethics pillar (raw/imf-aipi/aipidata.xlsx)"),
    "oxford_gairi_2024_government": (2024, "score 0-100", "Oxford Insights Government AI Readiness Index 2024, government pillar (raw/oxford-insights-gairi)"),
    "oxford_gairi_2024_data_availability": (2024, "score 0-100", "Oxford Insights Government AI Readiness Index 2024, data availability dimension (raw/oxford-insights-gairi)"),
    "oxford_gairi_2024_data_infrastructure": (2024, "score 0-100", "Oxford Insights Government AI Readiness Index 2024, data and infrastructure pillar (raw/oxford-insights-gairi)"),
}


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        yield from csv.DictReader(f)


SHARED_PATH = re.compile(r"\s*\((?:raw|countries|ai)/[^()]*\)|,?\s*(?:from\s+)?(?:raw|countries|ai)/[\w./-]+")


def clean_source(text):
    """The source without paths of the shared snapshot; 'OWID/CSET …' names CSET first; WGI names the
    World Bank release."""
    text = SHARED_PATH.sub("", text)
    text = text.replace("OWID/CSET Country Activity Tracker",
                        "CSET Country Activity Tracker, via Our World in Data")
    # WGI: name the World Bank release, not the repository the file was read from (PROVENANCE-macro.md).
    text = text.replace("Worldwide Governance Indicators 2024 update (RQ.PER.RNK) "
                        "via Victor-Thrive/Income-Inequality-on-renewable-energy-and-SDGs@539f46b",
                        "World Bank, Worldwide Governance Indicators, 2024 update (RQ.PER.RNK)")
    return text.strip()


OECDAI_VC = {  # file in raw/oecdai-preqin-vc-2026-01 -> (series name, year column)
    "oecdai_vc_ai_all_industries_10countries.csv": ("vc_ai_all_industries", "Year"),
    "oecdai_vc_genai_10countries.csv": ("vc_genai", "Quarter"),
    "oecdai_vc_ai_compute_10countries.csv": ("vc_ai_compute", "Quarter"),
}


def extract_oecdai_vc(shared):
    """OECD.AI venture capital in AI by country (Preqin), long layout; values unchanged.

    Only for comparison (the scorecard); never an input of the index: 9 of the 20 economies (plus ARE,
    kept as found) and unclear redistribution terms (PROVENANCE-oecdai-preqin-vc.md).
    """
    folder = shared / "raw/oecdai-preqin-vc-2026-01"
    out = []
    for name, (series, year_col) in OECDAI_VC.items():
        for r in rows(folder / name):
            if r["STAGE"] != "VC" or r["Sum_of_deals"] == "":
                continue
            out.append([r["Country"], r[year_col], r["Sum_of_deals"], series])
    out.sort(key=lambda r: (r[3], r[0], int(r[1])))
    published = OUT / "published"
    with open(published / "oecdai-preqin-vc.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["iso3", "year", "value_usd_million", "series"])
        w.writerows(out)
    return len(out)


def main(shared):
    shared = Path(shared)
    extract_oecdai_vc(shared)
    names = {}
    out = []
    for r in rows(shared / "countries/macro.csv"):
        names[r["iso3"]] = r["country"]
        if r["iso3"] in ECONOMIES and r["indicator"] in MACRO and r["value"] != "":
            out.append([r["iso3"], r["country"], r["indicator"], r["year"], r["value"], r["unit"], r["source"]])
    for r in rows(shared / "ai/country_ai_indicators_long.csv"):
        if r["iso3"] in ECONOMIES and r["indicator"] in AI_LONG and r["value"] != "":
            out.append([r["iso3"], names[r["iso3"]], r["indicator"], r["year"], r["value"], r["unit"], r["source"]])
    epoch_rows = {}
    for r in rows(shared / "ai/epoch_ai_supercomputers_by_country.csv"):
        if r["iso3"] in ECONOMIES and r["indicator"] in EPOCH_SC:
            epoch_rows[(r["iso3"], r["indicator"], r["year"])] = r
            if r["value"] != "":
                out.append([r["iso3"], names[r["iso3"]], r["indicator"], r["year"], r["value"], r["unit"],
                            r["source"] + "; snapshot " + r["period"]])
    epoch_years = sorted({k[2] for k in epoch_rows})
    for ind in sorted(EPOCH_ZERO_WHEN_NO_RECORD):
        unit = next(r["unit"] for k, r in epoch_rows.items() if k[1] == ind)
        src = next(r["source"] for k, r in epoch_rows.items() if k[1] == ind)
        for year in epoch_years:
            if not any(k[1] == ind and k[2] == year for k in epoch_rows):
                continue
            for iso in ECONOMIES:
                if not any(k[0] == iso and k[1] == ind for k in epoch_rows):
                    out.append([iso, names[iso], ind, year, "0", unit,
                                src + "; the economy has no cluster in any year of Epoch's records, so the sum is 0"])
    invest = {}
    for r in rows(shared / "ai/country_ai_indicators_long.csv"):
        if r["iso3"] in ECONOMIES and r["indicator"] == "private_ai_investment" and r["value"] != "":
            invest[(r["iso3"], int(r["year"]))] = (float(r["value"]), r["unit"], r["source"])
    for iso in ECONOMIES:
        for end in sorted({y for (e, y) in invest if e == iso}):
            window = [invest.get((iso, y)) for y in range(end - INVESTMENT_WINDOW + 1, end + 1)]
            if None in window:
                continue
            out.append([iso, names[iso], "private_ai_investment_5y", str(end), repr(sum(v[0] for v in window)),
                        "constant 2021 US$ (sum over %d-%d)" % (end - INVESTMENT_WINDOW + 1, end),
                        window[-1][2] + "; sum of private_ai_investment over the five years ending in this year"])
    for iso in ECONOMIES:
        for end in sorted({y for (e, y) in invest if e == iso}):
            window = [invest.get((iso, y)) for y in range(end - STUDY_INVESTMENT_WINDOW + 1, end + 1)]
            if None in window:
                continue
            out.append([iso, names[iso], "private_ai_investment_2y", str(end), repr(sum(v[0] for v in window)),
                        "constant 2021 US$ (sum over %d-%d)" % (end - STUDY_INVESTMENT_WINDOW + 1, end),
                        window[-1][2] + "; sum of private_ai_investment over the two years ending in this year"
                        " (the study's window: 2022-2023 for 2023); CSET data are CC BY-NC 4.0"])
    population = {(r["iso3"], r["year"]): float(r["value"]) for r in rows(shared / "countries/macro.csv")
                  if r["indicator"] == "population" and r["value"] != ""}
    for r in rows(shared / "raw/itu-internet-users-owid/share-of-individuals-using-the-internet.csv"):
        iso, year, share = r["Code"], r["Year"], r["Individuals using the Internet (% of population)"]
        if iso in ECONOMIES and share != "" and int(year) >= 2015 and (iso, year) in population:
            out.append([iso, names[iso], "internet_users", year, repr(round(float(share) / 100 * population[(iso, year)])),
                        "people",
                        "ITU, individuals using the Internet (% of population), via Our World in Data "
                        "(raw/itu-internet-users-owid, CC BY 4.0) x World Bank WDI population (countries/macro.csv), same year"])
    for r in rows(AUTHORSHIP):
        if r["iso3"] in ECONOMIES:
            out.append([r["iso3"], names[r["iso3"]], r["indicator"], r["year"], r["value"], r["unit"], r["source"]])
    for r in rows(shared / "ai/ai_benchmark_indices_by_country.csv"):
        if r["iso3"] in ECONOMIES:
            for col, (year, unit, source) in BENCH.items():
                if r[col] != "":
                    out.append([r["iso3"], names[r["iso3"]], col, str(year), r[col], unit, source])
    top500 = {r["country_iso3"]: r for r in rows(shared / "ai/top500_2024_11_by_country.csv")}
    for iso in ECONOMIES:
        src = "TOP500 November 2024 list, sum of Rmax over the country's systems (raw/top500-2024-11)"
        if iso in TOP500_INCOMPLETE:
            continue  # documented missingness, see TOP500_INCOMPLETE
        if iso in top500:
            out.append([iso, names[iso], "top500_rmax_tflops", "2024", top500[iso]["rmax_tflops_sum"], "TFlop/s", src])
        else:
            out.append([iso, names[iso], "top500_rmax_tflops", "2024", "0", "TFlop/s",
                        src + "; the economy has no system on the list, so the sum is 0"])
    # hyperscale cloud regions in service (TeleGeography Cloud Infrastructure Map, 8 providers incl.
    # Alibaba, Huawei and Tencent), snapshot 2025-01-02 = regions in service at the end of 2024.
    # RUS has none of the 8 providers' regions; its domestic clouds (Yandex, VK, SberCloud) are not
    # covered, so its 0 is a coverage gap: no row (missing, imputed and flagged), not a zero.
    for r in rows(shared / "raw/telegeography-cloud-regions-2025-01/DERIVED_cloud_regions_by_country_20econ.csv"):
        iso = r["iso3"]
        if iso not in ECONOMIES or iso == "RUS":
            continue
        out.append([iso, names[iso], "hyperscale_cloud_regions", "2024", r["cloud_regions_in_service"],
                    "cloud regions in service (count)",
                    "TeleGeography Cloud Infrastructure Map, snapshot 2025-01-02 (regions in service at the end of "
                    "2024; AWS, Azure, Google, Oracle, IBM, Alibaba, Huawei, Tencent); presence, not capacity; "
                    "licence not verified"])
    # newly funded AI companies (AI Index 2025, Quid), cumulative 2013-2024: the study's "number of
    # AI start-ups"; companies that received more than US$1.5 m of private investment, not deals
    for r in rows(shared / "raw/ai-index-2025-companies/stanford_ai_startups.csv"):
        iso = r["iso3"]
        if iso in ECONOMIES and r["ai_startups_cumulative"] != "":
            out.append([iso, names[iso], "newly_funded_ai_companies_2013_2024", "2024", r["ai_startups_cumulative"],
                        "companies (newly funded AI companies, cumulative 2013-2024)",
                        "Stanford HAI AI Index 2025 (data: Quid), fig. 4.3.13, newly funded AI companies by "
                        "country, cumulative 2013-2024 (companies, not deals); CC BY-ND 4.0, redistribution of "
                        "derived tables uncertain"])
    # notable models over a rolling window of MODELS_WINDOW publication years ending in each year, so
    # the panel has the indicator every year (the 2025 value is the 2020-2025 sum used before)
    per_year = {}
    for r in rows(shared / "ai/epoch_notable_models_by_country_year.csv"):
        if r["country_iso3"] in ECONOMIES:
            key = (r["country_iso3"], int(r["year"]))
            per_year[key] = per_year.get(key, 0.0) + float(r["models_fractional"])
    for end in range(2015, 2026):
        start = end - MODELS_WINDOW + 1
        for iso in ECONOMIES:
            total = sum(per_year.get((iso, y), 0.0) for y in range(start, end + 1))
            out.append([iso, names[iso], "notable_ai_models_6y", str(end), repr(round(total, 4)),
                        "notable models, fractional count",
                        f"Epoch AI Notable AI Models (2026-07 snapshot, raw/epoch-ai-models-2026-07), "
                        f"sum of models_fractional over publication years {start}-{end} from "
                        f"ai/epoch_notable_models_by_country_year.csv; "
                        f"0 = no notable model with an organisation in the economy"])
    # Sources name the publisher; paths of the team's shared snapshot (raw/…, countries/…, ai/…)
    # are not in the project, so they are left out here (the PROVENANCE files describe them).
    for r in out:
        r[5] = UNITS.get(r[2], r[5])
        r[6] = clean_source(r[6])
    out.sort(key=lambda r: (r[2], r[0], int(r[3])))
    with open(OUT / "cicc-indicators.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(out)

    with open(OUT / "industry-structure.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        first = True
        for r in rows(shared / "countries/industry_structure.csv"):
            if first:
                w.writerow(list(r.keys()))
                first = False
            if r["iso3"] in ECONOMIES and r["measure"] in ("value_added_share", "employment_share"):
                w.writerow(list(r.values()))
    shutil.copyfile(shared / "ai/aiie_industry_exposure_naics4.csv", OUT / "aiie-industry-exposure-naics4.csv")
    for p in ("PROVENANCE-ai.md", "PROVENANCE-compute-talent.md", "PROVENANCE-industry.md", "PROVENANCE-macro.md",
              "PROVENANCE-finance-cloud-metros.md"):
        shutil.copyfile(shared / p, OUT / p)
    for folder, name in (("telegeography-cloud-regions-2025-01", "PROVENANCE-telegeography-cloud-regions.md"),
                         ("ai-index-2025-companies", "PROVENANCE-ai-index-2025-companies.md")):
        shutil.copyfile(shared / "raw" / folder / "PROVENANCE.md", OUT / name)
    print(f"{len(out)} indicator rows written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
