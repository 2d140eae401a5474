"""Build missionplanner/data/fonts/: DejaVu Sans (regular, bold) cut to the letters we print.

The PDF route sheets need a font with Cyrillic (reportlab's built-in fonts have none) on
every machine, so the package ships one: DejaVu Sans (free licence, see DejaVu-LICENSE.txt),
subset with fontTools to Basic Latin, Latin-1, Latin Extended-A, Cyrillic (with Kazakh
letters) and common punctuation, which keeps each file near 90 KB instead of 700 KB.
Run once with fontTools installed: ``python scripts/subset_fonts.py [DEJAVU_DIR]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset

OUT = Path(__file__).resolve().parents[1] / "missionplanner" / "data" / "fonts"
RANGES = ("U+0020-007E,U+00A0-017F,U+0400-04FF,U+2010-2027,U+2030-203A,U+2116,U+2122,"
          "U+2190-2193,U+2212,U+25A0-25CF,U+2713,U+2691")


def main() -> None:
    source = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu")
    OUT.mkdir(parents=True, exist_ok=True)
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        subset.main([str(source / name), f"--unicodes={RANGES}", "--layout-features=*",
                     f"--output-file={OUT / name}"])
        print(f"{name}: {(OUT / name).stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
