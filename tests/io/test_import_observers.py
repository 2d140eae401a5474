"""Importing observers: Russian rosters, genders, languages, countries and available days."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from missionplanner.errors import InputError, InputProblem
from missionplanner.io.spreadsheet_import import import_observers
from missionplanner.model import Gender, Mission, Role
from tests.io.sheets import write_csv, write_xlsx

RU_HEADER = ["ФИО", "Гражданство", "Организация", "Роль", "Пол", "Языки", "Опыт", "Телефон"]


def problems_of(mission: Mission, path: Path) -> list[InputProblem]:
    """The problems an import of ``path`` reports (it must fail)."""
    with pytest.raises(InputError) as caught:
        import_observers(mission, path)
    return caught.value.problems


def test_russian_roster(kz_mission: Mission, tmp_path: Path) -> None:
    """A roster with Russian headers and values becomes observers in the model's terms."""
    rows = [
        ["Список наблюдателей миссии ШОС"],
        [],
        RU_HEADER,
        ["Иванов Иван", "Россия", "ЦИК России", "руководитель", "М", "русский, казахский", "да",
         "+7 701 123 45 67"],
        ["Wang Li", "КНР", "NPC", "", "жен", "English; Chinese", "нет", 77011234567],
    ]  # fmt: skip
    result = import_observers(kz_mission, write_xlsx(tmp_path / "o.xlsx", {"Лист1": rows}))
    first, second = result.mission.observers
    assert (first.id, first.nationality, first.role, first.gender) == (
        "ivanov-ivan",
        "Russia",
        Role.HEAD,
        Gender.MALE,
    )
    assert first.languages == ["ru", "kk"] and first.experienced
    assert first.phone == "+7 701 123 45 67"
    assert (second.nationality, second.gender, second.languages) == (
        "China",
        "female",
        ["en", "zh"],
    )
    assert (second.role, second.phone) == (Role.OBSERVER, "77011234567")


@pytest.mark.parametrize(
    ("written", "gender"),
    [("М", "male"), ("ж", "female"), ("m", "male"), ("F", "female"), ("Male", "male"),
     ("женский", "female"), ("муж.", "male"), ("Ер", "male"), ("әйел", "female")],
)  # fmt: skip
def test_genders(kz_mission: Mission, tmp_path: Path, written: str, gender: str) -> None:
    """М/Ж, муж/жен, m/f, male/female and Kazakh ер/әйел."""
    rows = [["Name", "Country", "Пол"], ["A", "Russia", written]]
    result = import_observers(kz_mission, write_csv(tmp_path / "o.csv", rows))
    assert result.mission.observers[0].gender == gender


@pytest.mark.parametrize(
    ("written", "codes"),
    [
        ("ru", ["ru"]),
        ("RU, KK", ["ru", "kk"]),
        ("русский, казахский", ["ru", "kk"]),
        ("English; Chinese", ["en", "zh"]),
        ("русский и английский", ["ru", "en"]),
        ("ru kk en", ["ru", "kk", "en"]),
        ("Russian/Uzbek", ["ru", "uz"]),
        ("қазақ, орыс", ["kk", "ru"]),
    ],
)
def test_languages(kz_mission: Mission, tmp_path: Path, written: str, codes: list[str]) -> None:
    """Codes or names in three languages, separated by commas, semicolons, 'и' or spaces."""
    rows = [["Name", "Country", "Языки"], ["A", "Russia", written]]
    result = import_observers(kz_mission, write_csv(tmp_path / "o.csv", rows))
    assert result.mission.observers[0].languages == codes


def test_available_days(kz_mission: Mission, tmp_path: Path) -> None:
    """Russian and ISO dates, an Excel date, and 'все' (every day)."""
    rows = [
        ["Name", "Country", "Available days"],
        ["A", "Russia", "09.01.2021, 10.01.2021"],
        ["B", "Russia", "2021-01-10"],
        ["C", "Russia", date(2021, 1, 9)],
        ["D", "Russia", "все"],
    ]
    result = import_observers(kz_mission, write_xlsx(tmp_path / "o.xlsx", {"S": rows}))
    assert [o.available_days for o in result.mission.observers] == [
        [date(2021, 1, 9), date(2021, 1, 10)],
        [date(2021, 1, 10)],
        [date(2021, 1, 9)],
        None,
    ]


def test_unknown_country_is_kept_with_a_note(kz_mission: Mission, tmp_path: Path) -> None:
    """A country not in the list is kept as written and named in a note."""
    rows = [["Name", "Страна"], ["A", "Вануату"]]
    result = import_observers(kz_mission, write_csv(tmp_path / "o.csv", rows))
    assert result.mission.observers[0].nationality == "Вануату"
    assert any("Вануату" in note for note in result.notes)


def test_reimport_replaces_by_id(kz_mission: Mission, tmp_path: Path) -> None:
    """The same names again (ids made from names) replace the observers."""
    first = import_observers(
        kz_mission, write_csv(tmp_path / "a.csv", [["Name", "Country"], ["Ivan Petrov", "RF"]])
    )
    rows = [["Name", "Country", "Phone"], ["Ivan Petrov", "Russia", "+7 1"]]
    second = import_observers(first.mission, write_csv(tmp_path / "b.csv", rows))
    [observer] = second.mission.observers
    assert (observer.id, observer.phone) == ("ivan-petrov", "+7 1")


def test_problems(kz_mission: Mission, tmp_path: Path) -> None:
    """Unknown gender, language, role, a day outside the mission, a missing name: all listed."""
    rows = [
        ["Name", "Country", "Gender", "Languages", "Role", "Available days"],
        ["A", "Russia", "x", "ru, elvish", "boss", "2021-01-11"],
        ["", "Russia", "", "", "", ""],
        ["B", "", "", "", "", ""],
    ]
    problems = problems_of(kz_mission, write_csv(tmp_path / "o.csv", rows))
    assert [(p.row, p.column) for p in problems] == [
        (2, "Gender"),
        (2, "Languages"),
        (2, "Role"),
        (2, "Available days"),
        (3, "Name"),
        (4, "Country"),
    ]
    assert "'elvish' is not one" in problems[1].message
    assert (
        "expected observation days of this mission (2021-01-09, 2021-01-10)" in problems[3].message
    )


def test_namesakes_need_an_id_column(kz_mission: Mission, tmp_path: Path) -> None:
    """Two rows with one name and no ID column: the second is reported."""
    rows = [["Name", "Country"], ["Ivan Petrov", "Russia"], ["Ivan  Petrov", "Belarus"]]
    [problem] = problems_of(kz_mission, write_csv(tmp_path / "o.csv", rows))
    assert (problem.row, problem.column) == (3, "Name")
    assert "also on row 2" in problem.message


def test_namesakes_with_ids(kz_mission: Mission, tmp_path: Path) -> None:
    """With an ID column, namesakes are two observers; a repeated ID is a problem."""
    rows = [
        ["ID", "Name", "Country"],
        ["p1", "Ivan Petrov", "Russia"],
        ["p2", "Ivan Petrov", "Belarus"],
    ]
    assert import_observers(kz_mission, write_csv(tmp_path / "o.csv", rows)).count == 2
    rows[2][0] = "p1"
    [problem] = problems_of(kz_mission, write_csv(tmp_path / "o.csv", rows))
    assert (problem.row, problem.column) == (3, "ID")


def test_missing_required_column(kz_mission: Mission, tmp_path: Path) -> None:
    """A roster without a nationality column is refused, naming the column."""
    rows = [["ФИО", "Пол", "Языки"], ["A", "М", "ru"]]
    [problem] = problems_of(kz_mission, write_csv(tmp_path / "o.csv", rows))
    assert "missing required column 'Nationality'" in problem.message
    assert "Гражданство" in problem.message


def test_any_iso_639_language(kz_mission: Mission, tmp_path: Path) -> None:
    """Romanian, Hungarian, Croatian (outside the old list of 27) by name, code or Russian."""
    rows = [["Name", "Nationality", "Languages"],
            ["A", "Moldova", "Romanian, венгерский; hrv"], ["B", "Russia", "якутский, ru"]]
    path = tmp_path / "o.csv"
    path.write_text("\n".join(",".join(f'"{c}"' for c in r) for r in rows), "utf-8")
    first, second = import_observers(kz_mission, path).mission.observers
    assert first.languages == ["ro", "hu", "hr"]
    assert second.languages == ["sah", "ru"]
