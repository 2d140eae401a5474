"""Station lists shaped like the ones secretariats receive (issue 11): no commission, X/Y,
addresses without coordinates, stacked points, an outlier, a second region stacked under the
first, bad rows to skip, and a Russian mission that plans with Russia's polling hours."""

from __future__ import annotations

import csv
from datetime import date, time
from pathlib import Path

import pytest

from missionplanner.cli import main
from missionplanner.errors import InputError
from missionplanner.geo import country, new_mission
from missionplanner.io import load_mission, save_mission
from missionplanner.io.import_options import ImportOptions, parse_mapping
from missionplanner.io.spreadsheet_import import import_stations
from missionplanner.model import Activity, LocationQuality, Mission, Observer
from tests.io.sheets import write_csv, write_xlsx

ALMATY = (43.2389, 76.8897)


def _almaty_rows(count: int, start: int = 1) -> list[list[object]]:
    """Stations a few hundred metres apart in Almaty, numbered from ``start``."""
    return [
        [start + i, f"ул. Абая, {10 + i}", round(ALMATY[0] + 0.004 * (i % 7), 5),
         round(ALMATY[1] + 0.005 * (i // 7), 5), 1000 + i]
        for i in range(count)
    ]  # fmt: skip


def test_single_city_list_without_commission(kz_mission: Mission, tmp_path: Path) -> None:
    """No Commission and no Region column: --region gives the city, commissions stay unknown,
    numbers must be unique within the region and ids are region/number."""
    header = ["№ УИК", "Адрес помещения для голосования", "Широта", "Долгота",
              "Число избирателей"]  # fmt: skip
    path = write_csv(tmp_path / "almaty.csv", [header, *_almaty_rows(6)], sep=";")
    result = import_stations(kz_mission, path, ImportOptions(region="г. Алматы"))
    stations = result.mission.stations
    assert len(stations) == 6
    assert {s.commission for s in stations} == {None}
    assert stations[0].id == "almaty-city/1"
    assert stations[0].address == "ул. Абая, 10"
    assert result.warnings == []


def test_commission_option_fills_every_row(kz_mission: Mission, tmp_path: Path) -> None:
    """--commission gives one commission to a list without the column."""
    header = ["Номер", "Адрес", "Широта", "Долгота", "Избирателей"]
    path = write_csv(tmp_path / "s.csv", [header, *_almaty_rows(2)])
    options = ImportOptions(region="Almaty", commission="Бостандыкская ТИК")
    stations = import_stations(kz_mission, path, options).mission.stations
    assert [s.id for s in stations] == ["almaty-city/bostandykskaya-tik/1",
                                        "almaty-city/bostandykskaya-tik/2"]  # fmt: skip


def test_gis_headers_x_y(kz_mission: Mission, tmp_path: Path) -> None:
    """X is the longitude and Y the latitude, as GIS tools write them."""
    rows = [["UIK", "Region", "X", "Y"], [1, "Almaty", 76.8897, 43.2389]]
    [station] = import_stations(kz_mission, write_csv(tmp_path / "s.csv", rows)).mission.stations
    assert (station.lat, station.lon) == (43.2389, 76.8897)
    assert station.location is LocationQuality.EXACT


def test_x_y_the_other_way_round_needs_a_mapping(kz_mission: Mission, tmp_path: Path) -> None:
    """X holding latitudes (Russian surveying): an error that says how to map; --map fixes it."""
    rows = [["Number", "Region", "X", "Y"], [1, "Almaty", 43.2389, 76.8897],
            [2, "Almaty", 43.2489, 76.8997]]  # fmt: skip
    path = write_csv(tmp_path / "s.csv", rows)
    with pytest.raises(InputError) as caught:
        import_stations(kz_mission, path)
    assert any('--map "X=latitude,Y=longitude"' in p.message for p in caught.value.problems)
    options = ImportOptions(mapping=parse_mapping("X=latitude, Y=longitude"))
    stations = import_stations(kz_mission, path, options).mission.stations
    assert stations[0].lat == 43.2389


def test_wkt_point_and_point_x(kz_mission: Mission, tmp_path: Path) -> None:
    """POINT(lon lat) in a WKT column; POINT_X/POINT_Y columns."""
    wkt = [["Number", "Region", "WKT"], [1, "Almaty", "POINT (76.8897 43.2389)"]]
    [a] = import_stations(kz_mission, write_csv(tmp_path / "w.csv", wkt)).mission.stations
    xy = [["Number", "Region", "POINT_X", "POINT_Y"], [1, "Almaty", 76.8897, 43.2389]]
    [b] = import_stations(kz_mission, write_csv(tmp_path / "p.csv", xy)).mission.stations
    assert (a.lat, a.lon) == (b.lat, b.lon) == (43.2389, 76.8897)


def test_mapping_file(kz_mission: Mission, tmp_path: Path) -> None:
    """A small mapping file: one HEADER = FIELD a line, comments allowed, ignore drops one."""
    (tmp_path / "map.txt").write_text(
        "# our GIS export\nКод = number\nОбл = region\nДол = lon\nШир = lat\nТел = ignore\n",
        "utf-8",
    )
    rows = [["Код", "Обл", "Шир", "Дол", "Тел"], [7, "Almaty", 43.24, 76.89, "+7 727"]]
    options = ImportOptions(mapping=parse_mapping(str(tmp_path / "map.txt")))
    result = import_stations(kz_mission, write_csv(tmp_path / "s.csv", rows), options)
    assert result.mission.stations[0].number == 7
    assert any("columns not imported: Тел" in n for n in result.notes)


def test_addresses_without_coordinates(kz_mission: Mission, tmp_path: Path) -> None:
    """No coordinates: placed at the settlement of the Settlement column or the address,
    marked approximate with how; a settlement that cannot be found is an error naming the row."""
    header = ["Номер участка", "ТИК", "Область", "Населённый пункт", "Адрес"]
    rows = [
        header,
        [1, "Бурабайская ТИК", "Акмолинская область", "Щучинск", "ул. Ленина, 5"],
        [2, "Бурабайская ТИК", "Акмолинская область", "", "г. Щучинск, ул. Абая, 2"],
        [3, "Алмалинская ТИК", "Алматы", "", "ул. Толе би, 101"],
    ]
    result = import_stations(kz_mission, write_csv(tmp_path / "s.csv", rows))
    first, second, third = result.mission.stations
    assert first.location is second.location is LocationQuality.APPROXIMATE
    assert (first.lat, first.lon) == (second.lat, second.lon)
    assert first.placed_by is not None and "Shchuchinsk (GeoNames" in first.placed_by
    assert "from the address" in (second.placed_by or "")
    assert third.placed_by is not None and third.placed_by.startswith("the centre of Almaty")
    rows.append([4, "Бурабайская ТИК", "Акмолинская область", "Нигдевка", ""])
    with pytest.raises(InputError) as caught:
        import_stations(kz_mission, write_csv(tmp_path / "t.csv", rows))
    [problem] = caught.value.problems
    assert problem.row == 5 and "'Нигдевка' is not a settlement of Akmola Region" in problem.message


def test_info_counts_approximate_stations(
    kz_mission: Mission, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`info` says how many stations are placed approximately, and where."""
    rows = [["Number", "Region", "Settlement"], [1, "Akmola", "Kokshetau"], [2, "Almaty", ""]]
    mission = import_stations(kz_mission, write_csv(tmp_path / "s.csv", rows)).mission
    save_mission(mission, tmp_path / "m.json")
    assert main(["info", str(tmp_path / "m.json")]) == 0
    out = capsys.readouterr().out
    assert ("locations: exact 0, approximate 2 (at their settlement 1, "
            "at a city or region centre 1)") in out
    assert "commission unknown: 2" in out


def test_stacked_points_warn_with_rows(kz_mission: Mission, tmp_path: Path) -> None:
    """Six stations on one point: imported, with one warning naming their rows."""
    rows = [["Number", "Region", "Latitude", "Longitude"]]
    rows += [[n, "Almaty", 43.25, 76.95] for n in range(1, 7)]
    rows += [[n, "Almaty", 43.20 + n / 1000, 76.90] for n in range(7, 10)]
    result = import_stations(kz_mission, write_csv(tmp_path / "s.csv", rows))
    assert len(result.mission.stations) == 9
    [warning] = result.warnings
    assert warning.startswith(
        "rows 2, 3, 4, 5, 6, 7: one point (43.25, 76.95) shared by 6 stations"
    )


def test_an_outlier_warns_with_its_row(kz_mission: Mission, tmp_path: Path) -> None:
    """One station 450 km from the rest of its (single) region: a warning, not an error."""
    rows = [["Number", "Region", "Latitude", "Longitude"], *[
        [n, "Almaty Region", 43.3 + 0.05 * (n % 4), 77.0 + 0.06 * (n // 4)] for n in range(1, 12)
    ], [12, "Almaty Region", 46.9, 79.2]]  # fmt: skip
    result = import_stations(kz_mission, write_csv(tmp_path / "s.csv", rows))
    assert len(result.mission.stations) == 12
    [warning] = result.warnings
    assert warning.startswith("row 13: ")
    assert "km from the middle of the other stations of Almaty Region" in warning


def test_validate_lists_the_same_warnings(
    kz_mission: Mission, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`validate` of a mission with stacked stations: valid (exit 0), with the warning."""
    rows = [["Number", "Region", "Latitude", "Longitude"]]
    rows += [[n, "Almaty", 43.25, 76.95] for n in range(1, 6)]
    mission = import_stations(kz_mission, write_csv(tmp_path / "s.csv", rows)).mission
    save_mission(mission, tmp_path / "m.json")
    assert main(["validate", str(tmp_path / "m.json")]) == 0
    assert "warning: $.stations[0] (almaty-city/1)" in capsys.readouterr().out


def test_second_region_stacked_below_the_first(kz_mission: Mission, tmp_path: Path) -> None:
    """Numbers restarting without a commission: the first repeat asks whether a second region
    starts there; the others are short."""
    rows = [["Номер", "Широта", "Долгота"]]
    rows += [[n, 43.2 + n / 100, 76.9] for n in range(977, 981)]
    rows += [[n, 43.2 + n / 100, 77.1] for n in range(977, 980)]
    with pytest.raises(InputError) as caught:
        import_stations(kz_mission, write_csv(tmp_path / "s.csv", rows),
                        ImportOptions(region="Almaty"))  # fmt: skip
    first, *others = caught.value.problems
    assert first.row == 6
    assert first.message.startswith("number 977 appears again at row 6 (first on row 2)")
    assert "is this a second region?" in first.message
    assert [p.row for p in others] == [7, 8]
    assert others[0].message == "number 978 again in Almaty (first on row 3)"


def test_region_option_must_be_known(kz_mission: Mission, tmp_path: Path) -> None:
    """An unknown --region is one error listing the mission's regions."""
    path = write_csv(tmp_path / "s.csv", [["Number", "Latitude", "Longitude"], [1, 43.2, 76.9]])
    with pytest.raises(InputError, match="--region 'Gotham': expected one of the mission"):
        import_stations(kz_mission, path, ImportOptions(region="Gotham"))


def test_bad_rows_all_or_nothing_with_the_full_report(
    kz_mission: Mission, tmp_path: Path
) -> None:
    """250 bad rows: nothing imported, every problem in the CSV report beside the input, and the
    message says where; the console shows the first 200."""
    rows = [["Number", "Region", "Latitude", "Longitude"], [1, "Almaty", 43.2, 76.9]]
    rows += [[n, "Almaty", "north", 76.9] for n in range(2, 252)]
    path = write_csv(tmp_path / "list.csv", rows)
    with pytest.raises(InputError) as caught:
        import_stations(kz_mission, path)
    report = tmp_path / "list.problems.csv"
    assert f"the full list is in {report}" in str(caught.value)
    assert "... and 50 more" in str(caught.value)
    with open(report, encoding="utf-8-sig", newline="") as file:
        listed = list(csv.DictReader(file))
    assert len(listed) == 250
    assert listed[-1]["Row"] == "252" and listed[-1]["Column"] == "Latitude"


def test_skip_bad_rows_imports_the_good_ones(kz_mission: Mission, tmp_path: Path) -> None:
    """--skip-bad-rows: good rows imported, bad ones in an XLSX report beside an .xlsx input."""
    rows = [["Number", "Region", "Latitude", "Longitude"], [1, "Almaty", 43.2, 76.9],
            [2, "Nowhere", 43.2, 76.9], [3, "Almaty", 43.21, 76.91]]  # fmt: skip
    path = write_xlsx(tmp_path / "list.xlsx", {"Stations": rows})
    result = import_stations(kz_mission, path, ImportOptions(skip_bad_rows=True))
    assert [s.number for s in result.mission.stations] == [1, 3]
    assert result.skipped == 1
    assert result.report == tmp_path / "list.problems.xlsx" and result.report.exists()
    assert any("skipped 1 row with 1 problem" in n for n in result.notes)


def test_skip_bad_rows_cli(kz_mission: Mission, tmp_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """The command line: --region, --map and --skip-bad-rows together."""
    save_mission(kz_mission, tmp_path / "m.json")
    rows = [["UIK", "lon", "lat"], [1, 76.9, 43.2], [2, 76.9, "x"]]
    path = write_csv(tmp_path / "s.csv", rows)
    args = ["import-stations", str(tmp_path / "m.json"), str(path), "--region", "Almaty",
            "--map", "UIK=number", "--skip-bad-rows"]  # fmt: skip
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "Stations imported: 1" in out and "s.problems.csv" in out
    assert len(load_mission(tmp_path / "m.json").stations) == 1


def test_russian_preset_plans_with_eight_oclock_openings(tmp_path: Path) -> None:
    """A mission to Russia opens at 08:00 local (not Kazakhstan's 07:00): teams are at their
    opening station half an hour before, at 07:30 Moscow time (not 06:30), until 08:30."""
    mission = new_mission(country("RU"), organisation="CIS", election="State Duma election",
                          days=[date(2021, 9, 19)])  # fmt: skip
    mission = mission.model_copy(update={"observers": [
        Observer(id="o1", name="A", nationality="Kazakhstan", languages=["ru"]),
        Observer(id="o2", name="B", nationality="Belarus", languages=["ru"]),
    ]})  # fmt: skip
    rows = [["№ УИК", "Субъект", "Широта", "Долгота", "Число избирателей"]]
    rows += [[n, "Москва", 55.75 + 0.01 * (n % 5), 37.60 + 0.012 * (n // 5), 2000]
             for n in range(1, 16)]  # fmt: skip
    mission = import_stations(mission, write_csv(tmp_path / "moscow.csv", rows)).mission
    assert mission.settings.polling_opens == time(8)
    from missionplanner.planning.service import PlanRequest, plan_mission

    plan = plan_mission(PlanRequest(mission, seed=3, iterations=5, workers=1)).plan
    openings = [v for r in plan.routes for v in r.visits if v.activity is Activity.OPENING]
    assert openings
    for visit in openings:
        assert (visit.start.time(), visit.end.time()) == (time(7, 30), time(8, 30))
        assert visit.start.utcoffset().total_seconds() == 3 * 3600  # type: ignore[union-attr]


def test_premises_address_beside_the_office_address(kz_mission: Mission, tmp_path: Path) -> None:
    """A CEC list gives the commission's office and the voting premises: the premises are the
    station's address; the office column is listed as not imported."""
    rows = [["Номер УИК", "Адрес УИК", "Адрес помещения для голосования", "Широта", "Долгота"],
            [1, "ул. Сатпаева, 1 (акимат)", "школа № 25, ул. Абая, 10", 43.24, 76.89]]
    result = import_stations(kz_mission, write_csv(tmp_path / "s.csv", rows),
                             ImportOptions(region="Almaty"))  # fmt: skip
    assert result.mission.stations[0].address == "школа № 25, ул. Абая, 10"
    assert any("columns not imported: Адрес УИК" in n for n in result.notes)
