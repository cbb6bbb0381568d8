#!/usr/bin/env python3
"""Copy the data behind `aidx trend` from the team's shared data folder into the jar's resources.

Run from the project root:  python3 scripts/extract_trend_data.py ../shared/data
What it does, exactly (nothing is estimated, imputed, rounded or re-parsed):
  * us-technology-adoption.csv and us-technology-adoption.datapackage.json: byte-for-byte copies of
    raw/owid-datasets-tech-diffusion/ (only the file names change: no spaces).
  * ai-adoption-organizations.csv, ai-job-postings-share.csv: byte-for-byte copies of
    raw/owid-ai-2025/share-companies-using-artificial-intelligence.csv and
    raw/owid-ai-2025/share-artificial-intelligence-job-postings.csv.
  * epoch-ml-hardware.csv: byte-for-byte copy of raw/epoch-ml-hardware/ml_hardware.csv.
  * epoch-notable-models.csv: raw/epoch-ai-models-2026-07/notable_ai_models.csv (the newest snapshot)
    with only the columns in MODEL_COLUMNS kept, in that order; every row is kept and every kept
    cell's text is unchanged. Dropping the long free-text columns (notes, abstracts, authors) cuts
    the file from 2.2 MB to about 0.15 MB.
The outputs are committed, so neither the product nor its tests need ../shared.
"""
import csv
import shutil
import sys
from pathlib import Path

OUT = Path("src/main/resources/org/aidx/data/trends")
MODEL_COLUMNS = [
    "Model",
    "Organization",
    "Publication date",
    "Domain",
    "Parameters",
    "Training compute (FLOP)",
    "Training dataset size (total)",
    "Confidence",
    "Country (of organization)",
    "Frontier model",
    "Training compute cost (2023 USD)",
    "Training hardware",
    "Hardware quantity",
]
COPIES = {
    "raw/owid-datasets-tech-diffusion/Technology Diffusion - Comin and Hobijn (2004) and others.csv":
        "us-technology-adoption.csv",
    "raw/owid-datasets-tech-diffusion/datapackage.json": "us-technology-adoption.datapackage.json",
    "raw/owid-ai-2025/share-companies-using-artificial-intelligence.csv": "ai-adoption-organizations.csv",
    "raw/owid-ai-2025/share-artificial-intelligence-job-postings.csv": "ai-job-postings-share.csv",
    "raw/epoch-ml-hardware/ml_hardware.csv": "epoch-ml-hardware.csv",
}


def main(shared):
    shared = Path(shared)
    OUT.mkdir(parents=True, exist_ok=True)
    for src, dst in COPIES.items():
        shutil.copyfile(shared / src, OUT / dst)
    src = shared / "raw/epoch-ai-models-2026-07/notable_ai_models.csv"
    with open(src, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    missing = [c for c in MODEL_COLUMNS if c not in rows[0]]
    if missing:
        sys.exit(f"{src}: columns not found: {missing}")
    with open(OUT / "epoch-notable-models.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(MODEL_COLUMNS)
        for r in rows:
            w.writerow([r[c] for c in MODEL_COLUMNS])
    print(f"wrote {len(rows)} model rows and {len(COPIES)} copies to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data")
