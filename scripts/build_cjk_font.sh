#!/usr/bin/env bash
# Regenerates the CJK font subset that report.html and the profile pages embed, so their Chinese
# node names (e.g. "AI发展指数") render on a machine without a CJK font.
#
# Source: Noto Sans CJK SC Regular from Debian's fonts-noto-cjk (SIL OFL 1.1).
# Needs:  apt-get install fonts-noto-cjk python3-fonttools
# Covers: every CJK character (U+2E80-9FFF, U+FF00-FFEF) in the shipped resources and examples,
#         written to cjk-characters.txt next to the font. Run again after adding CJK text there.
set -euo pipefail
export LC_ALL=C.UTF-8
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
out="$here/src/main/resources/org/aidx/report/fonts"
# In NotoSansCJK-Regular.ttc face 2 is "Noto Sans CJK SC" (0 JP, 1 KR, 3 TC, 4 HK).
face=2
chars="$(grep -rhoP '[\x{2E80}-\x{9FFF}\x{FF00}-\x{FFEF}]' \
  --exclude-dir=fonts "$here/src/main/resources" "$here/examples" | sort -u | tr -d '\n')"
[[ -n "$chars" ]] || { echo "no CJK characters found under src/main/resources or examples" >&2; exit 1; }
# --name-IDs='*' keeps the font's copyright and licence names; the rest are pyftsubset's defaults.
/usr/bin/python3 -m fontTools.subset "$src" --font-number="$face" --text="$chars" \
  --name-IDs='*' --output-file="$out/NotoSansCJKsc-Regular-subset.otf"
printf '%s\n' "$chars" > "$out/cjk-characters.txt"
echo "wrote $out/NotoSansCJKsc-Regular-subset.otf (${#chars} characters)"
