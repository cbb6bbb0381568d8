#!/usr/bin/env python3
"""Builds src/main/resources/org/aidx/model/economy-names.csv: names and aliases of economies
beyond ISO 3166 codes and the JDK's English names (which aidx reads at run time).

Rows: the World Bank's country names (from the WDI GDP file in the team's shared data, every row
whose code is an ISO 3166 alpha-3 country) where they differ from the JDK's English name, and the
hand-written common aliases below. Usage: scripts/build_economy_names.py ISO_TSV WDI_CSV OUT
where ISO_TSV is 'ISO3<TAB>ISO2<TAB>English name' as printed by java.util.Locale.
"""
import csv
import sys

# common names and former/alternative names, each with the reason it is here
ALIASES = [
    ("UK", "GBR", "common abbreviation"),
    ("Britain", "GBR", "common name"),
    ("Great Britain", "GBR", "common name"),
    ("US", "USA", "common abbreviation"),
    ("United States of America", "USA", "official name"),
    ("America", "USA", "common name"),
    ("Korea", "KOR", "common usage for the Republic of Korea (as in CICC's index)"),
    ("Republic of Korea", "KOR", "official name"),
    ("North Korea", "PRK", "common name"),
    ("Türkiye", "TUR", "official English name since 2022"),
    ("Turkey", "TUR", "former official English name"),
    ("Russia", "RUS", "common name"),
    ("China", "CHN", "common name"),
    ("PRC", "CHN", "common abbreviation"),
    ("Taiwan", "TWN", "common name"),
    ("Hong Kong", "HKG", "common name"),
    ("Macau", "MAC", "common name"),
    ("Macao", "MAC", "common name"),
    ("Vietnam", "VNM", "common name"),
    ("Viet Nam", "VNM", "official English name"),
    ("Iran", "IRN", "common name"),
    ("Syria", "SYR", "common name"),
    ("Laos", "LAO", "common name"),
    ("Czechia", "CZE", "official short name"),
    ("Czech Republic", "CZE", "former short name"),
    ("Holland", "NLD", "common name"),
    ("The Netherlands", "NLD", "common name"),
    ("UAE", "ARE", "common abbreviation"),
    ("Ivory Coast", "CIV", "common English name"),
    ("Côte d'Ivoire", "CIV", "official name"),
    ("Eswatini", "SWZ", "official name since 2018"),
    ("Swaziland", "SWZ", "former name"),
    ("Burma", "MMR", "former name"),
    ("Cape Verde", "CPV", "former English name"),
    ("Cabo Verde", "CPV", "official name"),
    ("East Timor", "TLS", "common name"),
    ("Timor-Leste", "TLS", "official name"),
    ("Bolivia", "BOL", "common name"),
    ("Venezuela", "VEN", "common name"),
    ("Tanzania", "TZA", "common name"),
    ("Moldova", "MDA", "common name"),
    ("Brunei", "BRN", "common name"),
    ("Slovak Republic", "SVK", "World Bank name"),
    ("EL", "GRC", "Eurostat's code for Greece"),
    ("United Kingdom of Great Britain and Northern Ireland", "GBR",
     "UN official name, used by Epoch AI and Oxford Insights"),
    ("Korea (Republic of)", "KOR", "Epoch AI's spelling"),
    ("Iran (Islamic Republic of)", "IRN", "Epoch AI's spelling"),
]

def main(iso_tsv, wdi_csv, out):
    iso = {}
    for line in open(iso_tsv, encoding="utf-8"):
        a3, a2, name = line.rstrip("\n").split("\t")
        iso[a3] = name
    rows = [(a, c, why) for a, c, why in ALIASES]
    seen = {a.lower() for a, _, _ in rows}
    for r in csv.DictReader(open(wdi_csv, encoding="utf-8")):
        code, name = r["Country Code"], r["Country Name"]
        if code in iso and name != iso[code] and name.lower() not in seen:
            seen.add(name.lower())
            rows.append((name, code, "World Bank name"))
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "iso3", "why"])
        for a, c, why in rows:
            assert c in iso, c
            w.writerow([a, c, why])

if __name__ == "__main__":
    main(*sys.argv[1:])
