"""The domain's errors reach the Russian interface in Russian: opening a broken file, a
refused cell edit, plan settings, a re-plan, an export to a place that cannot be written."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from missionplanner.errors import InputError, InputProblem
from missionplanner.io import save_mission
from missionplanner.messages import app_errors as e
from missionplanner.messages import say
from missionplanner.planning import Delay
from tests.export.conftest import build_mission, build_plan
from tests.ui.conftest import Answers
from tests.ui.helpers import set_cell, window_with
from ui import i18n
from ui.i18n.errors import error_lines, error_text
from ui.planning_api import Disrupted, PlanOptions

WAIT_MS = 90_000
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@pytest.fixture
def russian(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    i18n.install(qapp, "ru")
    yield
    i18n.install(qapp, "en")


def english_words(text: str, *values: object) -> list[str]:
    """The Latin words of ``text`` once the given names, paths and values are taken out."""
    for value in sorted((str(v) for v in values), key=len, reverse=True):
        text = text.replace(value, " ")
    return _LATIN_WORD.findall(text)


def _error(answers: Answers) -> str:
    errors = [text for kind, text in answers.asked if kind == "error"]
    assert errors, answers.asked
    return errors[-1]


def test_an_os_error_and_a_file_problem_in_russian(russian: None) -> None:
    denied = PermissionError(13, "Permission denied", "/data/out.xlsx")
    assert error_text(denied) == "/data/out.xlsx: отказано в доступе"
    problem = InputError(say(e.NOT_A_VALID_MISSION, path="m.json"), [
        InputProblem(say(e.UNKNOWN_REGION, region="'nowhere'"), file="m.json", sheet="S",
                     row=7, column="Region")])
    assert error_text(problem) == ("m.json не является правильным файлом миссии:\n"
                                   "  - m.json, лист S, строка 7, столбец Region: неизвестный "
                                   "регион 'nowhere'")
    # the same text, as it comes back from a worker process
    assert error_lines(str(problem)) == error_text(problem)


def test_a_text_whose_problem_is_unknown_stays_english_whole(russian: None) -> None:
    text = "a.json is not JSON:\n  - a.json: something nobody templated"
    assert error_lines(text) == "a.json — не JSON:\n  - a.json: something nobody templated"
    assert error_lines("an error nobody templated") == "an error nobody templated"


def test_english_stays_as_it_is(qapp) -> None:  # type: ignore[no-untyped-def]
    text = say(e.CANNOT_WRITE, path="/x", why=say(e.OS_REASONS["Permission denied"]))
    assert text == "cannot write /x: Permission denied"
    assert error_lines(text) == text


def test_opening_a_broken_mission_file_says_why_in_russian(qtbot: QtBot, tmp_path: Path,
                                                          answers: Answers,
                                                          russian: None) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"id": "x",\n "name": }', "utf-8")
    window = window_with(qtbot)
    assert not window.open_file(broken)
    shown = _error(answers)
    assert "содержит ошибку JSON" in shown and "ожидается значение (строка 2" in shown
    assert english_words(shown, broken, broken.name, "JSON") == []


def test_opening_a_mission_with_a_duplicate_number_in_russian(qtbot: QtBot, tmp_path: Path,
                                                              answers: Answers,
                                                              russian: None) -> None:
    mission = build_mission()
    twice = [s.model_copy(update={"number": 1}) if s.id == "at/2" else s
             for s in mission.stations]
    path = tmp_path / "twice.json"
    path.write_text(mission.model_copy(update={"stations": twice}).model_dump_json(), "utf-8")
    window = window_with(qtbot)
    assert not window.open_file(path)
    shown = _error(answers)
    assert "номер участка 1 повторяется в комиссии 'Atyrau city'" in shown
    assert english_words(shown, path, path.name, "$.stations[5].number", "Atyrau city") == []


def test_a_refused_cell_edit_says_why_in_russian(qtbot: QtBot, russian: None) -> None:
    window = window_with(qtbot)
    model = window.panels["stations"].model
    refused: list[str] = []
    model.rejected.connect(refused.append)
    assert not set_cell(model, "at/2", "Number", 1)
    assert len(refused) == 1
    assert "номер участка 1 повторяется в комиссии 'Atyrau city'" in refused[0]
    assert english_words(refused[0], "Atyrau city") == []


def test_plan_settings_the_model_refuses_are_told_in_russian(qtbot: QtBot,
                                                             russian: None) -> None:
    from ui.dialogs.plan_settings import PlanSettingsDialog

    mission = build_mission()
    mission = mission.model_copy(update={"settings": mission.settings.model_copy(
        update={"polling_opens": time(8, 0), "polling_closes": time(12, 0)})})
    dialog = PlanSettingsDialog(mission, PlanOptions())
    qtbot.addWidget(dialog)
    dialog.service.setValue(300)
    dialog.accept()
    shown = dialog.messages.label.text()
    assert shown == "посещение длительностью 300 мин дольше, чем часы голосования (240 мин)"


def test_a_replan_error_from_the_process_in_russian(qtbot: QtBot, answers: Answers,
                                                   russian: None) -> None:
    window = window_with(qtbot, plan=build_plan())
    window.planning.replan_options = PlanOptions(iterations=5)
    window.planning.replan(Disrupted(date(2019, 6, 9), time(14, 0), (Delay("T1", 5000),)))
    qtbot.waitUntil(lambda: any(k == "error" for k, _ in answers.asked), timeout=WAIT_MS)
    shown = _error(answers)
    assert "задержка — от 1 до 1440 минут, а указано 5000" in shown
    assert english_words(shown) == []


def test_an_export_where_no_folder_is_says_why_in_russian(qtbot: QtBot, tmp_path: Path,
                                                         answers: Answers,
                                                         russian: None) -> None:
    window = window_with(qtbot, plan=build_plan())
    target = tmp_path / "missing" / "plan.xlsx"
    window.exports.start("workbook", target)
    shown = _error(answers)
    assert f"не удалось записать {target}: папки {target.parent} не существует" in shown
    assert english_words(shown, target, target.parent) == []


def test_a_read_only_file_in_russian(tmp_path: Path, russian: None) -> None:
    path = tmp_path / "m.json"
    save_mission(build_mission(), path)
    path.chmod(0o444)
    from missionplanner.io.atomic import OutputError, writable_target

    with pytest.raises(OutputError) as caught:
        writable_target(path)
    assert error_text(caught.value) == (f"{path} доступен только для чтения: сначала "
                                        "разрешите запись в него или сохраните в другое место")


def test_an_export_named_for_another_kind_in_russian(tmp_path: Path, russian: None) -> None:
    """The label comes from the interface (Russian already); the kind of file is translated."""
    from missionplanner.io.atomic import OutputError
    from missionplanner.io.outputs import Named, check_outputs

    path = tmp_path / "plan.txt"
    with pytest.raises(OutputError) as caught:
        check_outputs([Named("экспорт", path, "workbook")], [])
    assert str(caught.value) == f"экспорт {path}: a workbook file is named *.xlsx, not *.txt"
    assert error_text(caught.value) == (f"экспорт {path}: файл типа «книга Excel» должен "
                                        "называться *.xlsx, а не *.txt")


def test_a_stale_plan_says_what_changed_in_russian(qtbot: QtBot, russian: None) -> None:
    """A plan opened after its mission moved a station: the warning lists the change in
    Russian (the station's properties named in Russian, values as they are)."""
    from missionplanner.planning.fingerprint import mission_changes, with_fingerprint
    from ui.document import Document
    from ui.panels.plan_summary import PlanSummary

    mission = build_mission()
    plan = with_fingerprint(mission, build_plan())
    moved = mission.model_copy(update={"stations": [
        s.model_copy(update={"lat": 47.2, "lon": 52.0}) if s.id == "at/1" else s
        for s in mission.stations]})
    assert mission_changes(plan, moved) == [
        "station at/1 changed: latitude 47.110000 -> 47.200000, longitude 51.920000 -> "
        "52.000000"]
    document = Document()
    document.load(moved, plan)
    document.mark_outdated_plan()
    summary = PlanSummary(document)
    qtbot.addWidget(summary)
    summary.refresh()
    shown = html.unescape(summary.stale.label.text())
    assert ("участок at/1, изменения: широта: 47.110000 -> 47.200000, долгота: 51.920000 -> "
            "52.000000") in shown
    assert english_words(shown, "at/1", "<br>") == []


def test_a_failure_shows_its_first_problems_without_a_click(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """One or two problems are read in the box itself; more go behind Show Details."""
    from ui import ask

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(ask, "error",
                        lambda _p, _t, text, details="": shown.append((text, details)))
    ask.failure(None, "Cannot open", "m.json is not valid (1 problem):\n  - $.x: expected text")
    assert shown.pop() == ("m.json is not valid (1 problem):\n  - $.x: expected text", "")
    many = "\n".join(["m.json is not valid (9 problems):", *[f"  - $.x{i}: bad" for i in range(9)]])
    ask.failure(None, "Cannot open", many)
    text, details = shown.pop()
    assert text.splitlines()[:4] == many.splitlines()[:4] and text.endswith("…")
    assert details == many
