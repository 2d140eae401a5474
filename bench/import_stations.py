"""Station import at national scale: a GENERATED list of Kazakhstan's size (10,000 rows by
default), with and without coordinates, timed through ``import_stations``.

The rows are generated (deterministically, ``--seed``) from the shipped GeoNames settlements:
each row names a random settlement of its region in Russian (its first Cyrillic name), a
commission and an address; the list without coordinates is placed at the settlements (with
``--skip-bad-rows``: names that two villages of one region share cannot be placed and are
reported), the list with coordinates scatters points ~5 km around them.

    .venv/bin/python bench/import_stations.py [--rows 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import csv
import random
import tempfile
import time
from pathlib import Path

from missionplanner.geo.places import kazakhstan_settlements
from missionplanner.io import load_mission
from missionplanner.io.import_options import ImportOptions
from missionplanner.io.spreadsheet_import import import_stations

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    mission = load_mission(ROOT / "sample_missions" / "sco_2019.json")
    mission = mission.model_copy(update={"stations": []})
    rng = random.Random(args.seed)
    places = [s for s in kazakhstan_settlements() if s.region]
    names = {r.id: r.name_ru or r.name for r in mission.regions}
    folder = Path(tempfile.mkdtemp(prefix="import-bench-"))
    plain = [["Номер участка", "ТИК", "Область", "Населённый пункт", "Адрес", "Число избирателей"]]
    located = [["Номер участка", "ТИК", "Область", "Широта", "Долгота"]]
    for n in range(1, args.rows + 1):
        p = rng.choice(places)
        name = p.other_names[0] if p.other_names else p.name
        assert p.region is not None
        plain.append([n, f"ТИК {p.region}", names[p.region], name, f"ул. Абая, {n}",
                      rng.randint(200, 3000)])  # fmt: skip
        located.append([n, f"ТИК {p.region}", names[p.region],
                        round(p.lat + rng.uniform(-0.05, 0.05), 5),
                        round(p.lon + rng.uniform(-0.05, 0.05), 5)])  # fmt: skip
    for label, rows in (("without coordinates", plain), ("with coordinates", located)):
        path = folder / f"{label.replace(' ', '_')}.csv"
        with open(path, "w", encoding="utf-8", newline="") as file:
            csv.writer(file, delimiter=";").writerows(rows)
        start = time.perf_counter()
        result = import_stations(mission, path, ImportOptions(skip_bad_rows=True))
        seconds = time.perf_counter() - start
        approximate = sum(s.approximate for s in result.mission.stations)
        print(f"{args.rows:,} rows {label}: {seconds:.2f} s; {result.count:,} imported, "
              f"{approximate:,} approximate, {result.skipped} skipped, "
              f"{len(result.warnings)} warnings")  # fmt: skip


if __name__ == "__main__":
    main()
