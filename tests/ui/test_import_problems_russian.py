"""Real bad files give problems that the Russian interface shows in Russian, whole: the import
preview's Problem column (cells, choices, formulas, file-level errors) and the error box of an
actuals import (its summary and every problem line)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from missionplanner.actuals import import_actuals
from missionplanner.errors import InputError
from tests.export.conftest import build_plan
from tests.ui.helpers import window_with
from ui import i18n
from ui.dialogs.import_preview import ImportDialog
from ui.i18n.domain import tr_domain
from ui.i18n.errors import error_lines, error_text

_QUOTED = re.compile(r"'[^']*'")
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "ru")
    yield
    i18n.install(qapp, "en")


def _english(text: str, *names: str) -> list[str]:
    """Latin words left in ``text`` once quoted values and the given names are taken out."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    return _LATIN_WORD.findall(_QUOTED.sub(" ", text))


def _problems(qtbot: QtBot, path: Path) -> list[str]:
    """The Problem column of the import preview of ``path`` (a station list)."""
    window = window_with(qtbot)
    dialog = ImportDialog(window.document.mission, path, "stations", window)
    qtbot.addWidget(dialog)
    dialog.wait()
    model = dialog.problems_model
    return [model.item(r, 4).text() for r in range(model.rowCount())]


def test_a_workbook_with_a_formula_and_bad_choices(qtbot: QtBot, tmp_path: Path,
                                                   russian: None) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Участки"
    sheet.append(["Number", "Region", "Latitude", "Longitude", "Kind", "Urban/rural"])
    sheet.append([1, "Almaty", "=40+3.2", 76.9, "regular", "urban"])
    sheet.append([2, "Almaty", 43.2, 76.9, "mobile", "suburb"])
    sheet.append([3, "Almaty", 43.2, 76.9, "regular", "rural", None])
    sheet.append([3, "Almaty", 43.3, 76.8, "regular", "rural"])
    path = tmp_path / "stations.xlsx"
    book.save(path)
    problems = _problems(qtbot, path)
    assert len(problems) == 4, problems
    assert problems[0].startswith("в ячейке формула ('=40+3.2'), при импорте формулы не "
                                  "вычисляются")
    assert "ожидается «обычный», «закрытый» или «за рубежом»" in problems[1]
    assert problems[1].endswith("а указано 'mobile'")
    assert problems[2].startswith("ожидается «город» или «село»")
    assert problems[3].startswith("номер 3 повторяется в строке 5 (впервые — строка 4 листа "
                                  "Участки) в регионе Almaty")
    for problem in problems:  # English words only as the file gives them
        assert not _english(problem, "regular, closed", "abroad", "urban", "rural", "Almaty",
                            "--region"), problem


@pytest.mark.parametrize("content", [b"", b"Number;Region\n" + b"1;Almaty\n" * 40])
def test_file_level_errors(qtbot: QtBot, tmp_path: Path, russian: None,
                           monkeypatch: pytest.MonkeyPatch, content: bytes) -> None:
    """An empty file, and one past the size limit (lowered here to 100 bytes)."""
    monkeypatch.setattr("missionplanner.io.table_files.MAX_FILE_BYTES", 100)
    path = tmp_path / "list.csv"
    path.write_bytes(content)
    [problem] = _problems(qtbot, path)
    expected = "больше 0 МБ" if content else "файл пуст; ожидается таблица Excel (.xlsx)"
    assert problem.startswith(expected), problem
    assert not _english(problem, "Excel", "CSV", "xlsx"), problem
    assert str(path) not in problem  # the File column names it


def test_an_actuals_file_with_unknown_station_team_and_activity(tmp_path: Path,
                                                                 russian: None) -> None:
    """The error box of an actuals import: the summary and each problem line in Russian."""
    path = tmp_path / "submissions.csv"
    path.write_text("team,day,station,activity,visited_at\n"
                    "A1,2019-06-09,zz/999,voting,10:00\n"
                    "A1,2019-06-09,al/102,dancing,10:00\n"
                    "XX,2019-06-09,al/101,opening,07:00\n", "utf-8")
    with pytest.raises(InputError) as caught:
        import_actuals(build_plan(), path)
    english = str(caught.value)
    assert "has no planned visit to station zz/999 for voting" in english
    lines = error_lines(english).splitlines()
    assert error_text(caught.value).splitlines() == lines  # in the app and from a worker
    assert lines[0] == f"{path}: ошибок: 3; ничего не импортировано:"
    assert (f"  - {path}, строка 2, столбец visited_at: у команды A1 на 2019-06-09 нет "
                        "запланированного посещения участка zz/999 (цель: голосование): "
                        "фактические данные вносятся только для запланированных посещений") in lines
    assert len(lines) == 4
    for line in lines:
        assert not _english(line, str(path), "visited_at", "activity", "opening, voting, "
                            "closing", "pre_election"), line


def test_plausibility_warning_in_russian(russian: None) -> None:
    """A warning after its rows: the row's template does not take the warning in."""
    from missionplanner.messages import import_problems as ip
    from missionplanner.messages import say

    far = say(ip.FAR, distance="120", typical="3.5",
              others=say(ip.OTHERS_OF, name="Almaty Region"))
    assert tr_domain(say(ip.WARNING_ROW, row=4, message=far)).startswith(
        "строка 4: в 120 км от центра")
    warning = say(ip.WARNING_SHEET_ROW, sheet="S", row=4, message=far)
    assert tr_domain(warning) == ("лист S, строка 4: в 120 км от центра, вокруг которого "
                                  "расположены остальные участки (Almaty Region); их медианное "
                                  "расстояние до него — 3.5 км. Проверьте координаты")


def test_every_required_column_says_what_it_holds_in_russian(russian: None) -> None:
    """A missing required column's problem names what the column holds: in Russian for every
    list the app reads (stations, observers, settlements, form submissions)."""
    from missionplanner import messages as m
    from missionplanner.actuals.forms import _COLUMNS as SUBMISSION_COLUMNS
    from missionplanner.io.columns import OBSERVER_COLUMNS, STATION_COLUMNS
    from missionplanner.io.settlements_file import SETTLEMENT_COLUMNS
    from missionplanner.messages import say

    columns = [*STATION_COLUMNS, *OBSERVER_COLUMNS, *SETTLEMENT_COLUMNS, *SUBMISSION_COLUMNS]
    for column in (c for c in columns if c.required):
        problem = say(m.MISSING_COLUMN, column=repr(column.en),
                      what=column.what[0].lower() + column.what[1:].rstrip("."),
                      headers=", ".join(column.headers()[:2]) + ", ...")
        shown = tr_domain(problem)
        assert shown.startswith("нет обязательного столбца"), shown
        assert not _english(shown, *column.headers()), shown
