"""The domain's English messages (left-out reasons, notes, re-plan changes) shown in Russian."""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from missionplanner import messages as m
from missionplanner.messages import TEMPLATES, say
from missionplanner.model import Mission
from tests.planning.conftest import make_planning_mission, quick_plan
from ui import i18n
from ui.document import Document
from ui.i18n.domain import match, tr_domain
from ui.panels.plan_summary import PlanSummary
from ui.views.dashboard import DashboardView

TS = Path(__file__).resolve().parents[2] / "ui" / "i18n" / "missionplanner_ru.ts"


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "ru")
    yield
    i18n.install(qapp, "en")


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_template_has_a_finished_russian_translation_with_its_fields() -> None:
    translated = {}
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") != "DomainMessages":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None \
                    and translation.text:
                translated[message.findtext("source") or ""] = translation.text
    missing = [t.text for t in TEMPLATES if t.text not in translated]
    assert not missing, f"run `make translations` and translate: {missing}"
    wrong = [t.text for t in TEMPLATES if _fields(translated[t.text]) != _fields(t.text)]
    assert not wrong, f"the Russian text has other fields: {wrong}"


def test_each_template_is_recognised_as_itself() -> None:
    """Filled with distinct values, every template is matched back to itself and its
    fields (the ordering puts the specific templates before the general ones)."""
    for template in TEMPLATES:
        values = {name: f"<{name}>" for name in template.fields}
        text = say(template, **values)
        assert match(text) == (template, values), template.text


def test_say_wants_exactly_the_fields() -> None:
    with pytest.raises(TypeError):
        say(m.NO_TEAM)
    with pytest.raises(TypeError):
        say(m.NO_TEAM, area="A", day=date(2019, 6, 9))


def test_english_is_unchanged(qapp: QApplication) -> None:
    text = say(m.NO_TEAM, area="Aktobe Region")
    assert text == "no team is deployed to Aktobe Region"
    assert tr_domain(text) == text


def test_messages_come_in_russian_with_their_fields(russian: None) -> None:
    assert tr_domain("no team is deployed to Aktobe Region") == \
        "Aktobe Region: не направлена ни одна команда"
    part = say(m.NO_TEAM_PART_AROUND, area="Almaty Region", settlement="Esik", count=2,
               areas="Almaty; Talgar")
    assert tr_domain(part) == ("часть региона «Almaty Region» вокруг н. п. Esik: не "
                               "направлена ни одна команда; команды региона (2) работают: "
                               "Almaty; Talgar")
    note = say(m.AREA_NOTE, area="akmola", day=date(2019, 6, 9),
               note=say(m.STAYS_OVERNIGHT, team="team-37", place="Kokshetau"))
    assert tr_domain(note) == ("akmola, 2019-06-09: команда team-37: ни одна база не "
                               "позволяет успеть к открытию; ночует в н. п. Kokshetau")
    what = say(m.DROPPED, what=say(m.ADDED, what=say(m.STOPS_WAS, count=3, was=2),
                                   stations="a/1"), stations="b/2, b/3")
    change = say(m.TEAM_CHANGE, team="t1", how=say(m.AT_STATION, station="a/4"),
                 time="11:00", what=what)
    assert tr_domain(change) == ("команда t1, на участке a/4 в 11:00: остановок: 3 (было 2); "
                                 "добавлены a/1; исключены b/2, b/3")
    disruptions = "; ".join([say(m.TEAM_LOST, team="t1"), say(m.STATION_CLOSED, station="s")])
    assert tr_domain(say(m.REPLAN_OF, day="2019-06-09", time="11:00", what=disruptions)) == \
        "перепланирование 2019-06-09 с 11:00: команда t1 выбыла; участок s закрыт"


def test_unknown_text_comes_back_unchanged(russian: None) -> None:
    assert tr_domain("something the registry never said") == \
        "something the registry never said"
    assert tr_domain("") == ""


def test_dashboard_left_out_reasons_are_russian(qtbot, russian: None) -> None:
    """A plan with one team in the capital: the regions without a team say so in Russian,
    naming the region by its Russian name when the mission has one."""
    mission: Mission = make_planning_mission(observers=2, flagged=3).model_copy(
        update={"declared_areas": []})
    mission = mission.model_copy(update={"regions": [
        r.model_copy(update={"name_ru": "Карагандинская область"}) if r.id == "karaganda"
        else r for r in mission.regions]})
    plan = quick_plan(mission, seed=None, days=(date(2019, 6, 9),))
    assert "no team is deployed to Karaganda Region" in {lo.reason for lo in plan.left_out}
    dashboard = DashboardView()
    qtbot.addWidget(dashboard)
    dashboard.set_mission(mission)
    dashboard.set_plan(plan)
    table = dashboard.left_out
    reasons = {table.item(i, 3).text() for i in range(table.rowCount())}
    assert "Карагандинская область: не направлена ни одна команда" in reasons
    assert not any(r.startswith("no team") for r in reasons)


def test_import_problems_come_in_russian_or_whole_in_english(russian: None) -> None:
    """A known problem is translated with its nested message; one whose inner message the
    registry does not know stays English whole (never half English, half Russian)."""
    wrong = say(m.VALUE_GOT, message=say(m.A_WHOLE_NUMBER_LIKE), value="'abc'")
    assert wrong == "expected a whole number like 1234 or 1 234, got 'abc'"
    assert tr_domain(wrong) == "ожидается целое число вида 1234 или 1 234, а указано 'abc'"
    twice = say(m.DUPLICATE_NUMBER, number=5, commission="'ТИК 1'",
                where=say(m.ROW_OF_SHEET, row=7, sheet="Лист1"))
    assert tr_domain(twice) == ("повтор участка: номер 5 комиссии 'ТИК 1' уже есть в: строка 7 "
                                "листа Лист1")
    unknown = "expected something new, got 'x'"
    assert tr_domain(unknown) == unknown


def test_plan_summary_shows_notes_and_replan_changes_in_russian(qtbot, russian: None) -> None:
    mission: Mission = make_planning_mission(observers=2, flagged=3).model_copy(
        update={"declared_areas": []})
    plan = quick_plan(mission, seed=None, days=(date(2019, 6, 9),))
    note = say(m.AREA_NOTE, area="Karaganda Region", day=date(2019, 6, 9),
               note=say(m.NO_OPENING, team="team-01"))
    plan = plan.model_copy(update={"notes": [*plan.notes, note, "a note nobody templated"]})
    document = Document()
    document.load(mission, plan)
    summary = PlanSummary(document)
    qtbot.addWidget(summary)
    summary.refresh()
    notes = [summary.notes.item(i).text() for i in range(summary.notes.count())]
    assert "Karaganda Region, 2019-06-09: команда team-01: ни на один участок нельзя успеть к " \
           "открытию" in notes
    assert "a note nobody templated" in notes
    reasons = [summary.left_out.item(i).text() for i in range(summary.left_out.count())]
    assert any(r.endswith("\nKaraganda Region: не направлена ни одна команда") for r in reasons)
    summary.show_changes([say(m.TEAM_CHANGE, team="team-01", how=say(m.AT_BASE),
                              time="10:00", what=say(m.UNCHANGED))])
    assert "команда team-01, на базе в 10:00: без изменений" in summary.changes.label.text()


def test_the_interpreter_note_names_the_languages_in_russian(russian: None) -> None:
    """The team-formation note as the planner writes it (``form_teams``), in Russian."""
    from missionplanner.planning.teams import _no_speaker_words

    ids = [f"team-{i:02d}" for i in range(1, 20)]
    note = say(m.TEAMS_WITH_MORE, count=19, rule=_no_speaker_words(("kk", "ru")),
               teams=", ".join(ids[:10]), more=9)
    assert note.startswith("19 team(s) with no Russian or Kazakh speaker (an interpreter is "
                           "needed): team-01, team-02")
    assert note.endswith("team-10 and 9 more")
    assert tr_domain(note) == ("команды (19), где никто не говорит на русском или казахском "
                               "языке (нужен переводчик): " + ", ".join(ids[:10])
                               + " и ещё 9")
    assert tr_domain(_no_speaker_words(("ru",))) == \
        "никто не говорит на русском языке (нужен переводчик)"
    unknown = _no_speaker_words(("xx",))
    assert tr_domain(unknown) == unknown == "no xx speaker (an interpreter is needed)"


def test_import_preview_problems_in_russian(qtbot, tmp_path: Path, russian: None) -> None:
    from tests.ui.helpers import window_with
    from tests.ui.test_import_export import BAD
    from ui.dialogs.import_preview import ImportDialog

    window = window_with(qtbot)
    path = tmp_path / "list.csv"
    path.write_text(BAD, "utf-8")
    dialog = ImportDialog(window.document.mission, path, "stations", window)
    qtbot.addWidget(dialog)
    dialog.wait()
    model = dialog.problems_model
    problems = {model.item(r, 3).text(): model.item(r, 4).text()
                for r in range(model.rowCount())}
    assert problems["Latitude"] == "ожидается число вида 43.2567 или 43,2567, а указано 'abc'"
    assert problems["Region"].startswith("указано 'Nowhere': ожидается один из регионов "
                                         "миссии: Almaty (Алматы)")


def test_an_unplannable_visit_names_activity_and_reason_in_russian(russian: None) -> None:
    note = say(m.SITE_UNPLANNED, activity=say(m.ACTIVITIES["opening"]), station="ns/5",
               why=say(m.WHY["unreachable"]))
    assert note == ("opening at ns/5 could not be planned (unreachable); it became an "
                    "ordinary option")
    assert tr_domain(note) == ("открытие на участке ns/5 спланировать не удалось (недосягаем); "
                               "это стало обычным вариантом")
