"""How the workspace looks and reads: the docks' shares of a first-start window, side panels
and filters that show every text whole, numbers in the interface's language, the map beside
its legend, icons and mnemonics, the prompts in Russian, and the screenshot flag's team and
day."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from missionplanner.model import Mission, Plan
from tests.export.conftest import build_plan
from tests.ui.helpers import saved_pair, window_with
from ui import ask, i18n
from ui.main_window import MainWindow, default_dock_sizes
from ui.panels.fields import FieldGrid
from ui.panels.format import NBSP, share
from ui.views.dashboard import DashboardView
from ui.views.map.view import MapView

REAL_ASK = {name: getattr(ask, name) for name in ("save_discard_cancel", "question",
                                                   "error", "done_with_folder")}
"""The prompts as the app shows them (the ``answers`` fixture replaces them in every test)."""


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    """The interface in Russian for one test."""
    assert i18n.install(qapp, "ru")
    yield
    i18n.install(qapp, "en")


def _shown(qtbot: QtBot, window: MainWindow, width: int = 1600, height: int = 1000) -> None:
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the docks' default sizes are set again once the layout has settled


def test_default_shares_give_the_map_two_fifths() -> None:
    """At 1600 × 1000 the map gets 640 px (it had ~290), the mission column a fifth."""
    sizes = default_dock_sizes(1600, 1000)
    assert sizes.map == 640 and 300 <= sizes.left <= 400
    assert sizes.timeline == 333 and sizes.mission + sizes.plan >= 500
    small = default_dock_sizes(1024, 700)
    assert small.map >= 320 and small.left >= 280 and small.timeline >= 180


def test_first_start_shows_a_wide_map(qtbot: QtBot) -> None:
    """The window as first shown: the map dock takes over a third of the width."""
    window = window_with(qtbot, plan=build_plan())
    _shown(qtbot, window)
    assert window.views["map"].width() >= 0.35 * window.width()
    assert window.views["mission"].width() >= 280
    assert window.views["timeline"].height() >= 250


def test_side_panels_show_every_value_whole_in_russian(qtbot: QtBot, russian: None) -> None:
    """Long Russian labels in the default dock: no value is cut short or a word wide."""
    window = window_with(qtbot, plan=build_plan())
    _shown(qtbot, window)
    values: list[QLabel] = [*window.overview.fields.values(), *window.summary.values.values()]
    for value in values:
        if value.text():
            assert value.height() >= value.heightForWidth(value.width()), value.text()
            assert value.width() >= 100, value.text()


def test_field_grid_puts_labels_above_values_when_narrow(qtbot: QtBot) -> None:
    """Beside when the values keep their room, above when they would not."""
    grid = FieldGrid()
    qtbot.addWidget(grid)
    value = QLabel("1 363 891 из 11 947 995 (11,4 %)")
    grid.add_row("Охвачено избирателей, всего по стране:", value)
    grid.resize(600, 200)
    grid.show()
    qtbot.waitExposed(grid)
    assert not grid.stacked and value.x() > 0
    grid.resize(260, 200)
    qtbot.wait(10)
    assert grid.stacked
    qtbot.waitUntil(lambda: value.x() == 0 and value.width() >= 250)


def test_percent_never_breaks_from_its_number(russian: None) -> None:
    """``6,5 %`` in Russian, joined by a no-break space."""
    assert share(647, 9968) == f"647 из 9{NBSP}968 (6,5{NBSP}%)"


def test_dashboard_numbers_follow_the_language(qtbot: QtBot, views_mission: Mission,
                                                 views_plan: Plan, russian: None) -> None:
    """The dashboard's figures as the rest of the Russian interface writes them."""
    view = DashboardView()
    qtbot.addWidget(view)
    view.set_mission(views_mission)
    view.set_plan(views_plan)
    text = view.summary.text()
    assert re.search(rf"\d,\d{NBSP}%", text) and not re.search(r"\d\.\d\s?%", text)
    assert all(re.search("[а-я]", label) for label, _, _ in view._cards)


def test_dashboard_numbers_in_english_group_with_commas(qtbot: QtBot) -> None:
    """English groups thousands with a comma, as the tables and the status bar do."""
    from missionplanner.planning.metrics import coverage
    from tests.export.conftest import build_mission

    mission, plan = build_mission(), build_plan()
    view = DashboardView()
    qtbot.addWidget(view)
    view.set_mission(mission)
    view.set_plan(plan)
    voters = coverage(mission, plan).voters[1]
    assert voters >= 1000
    assert f"{voters:,}" in view.summary.text()


def test_map_fits_the_country_beside_its_legend(qtbot: QtBot, views_mission: Mission) -> None:
    """A view wider or taller than the country: the legend does not cover the country."""
    view = MapView()
    qtbot.addWidget(view)
    view.set_mission(views_mission)
    for size in ((626, 501), (900, 420)):
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        view.fit_country()
        country = view.mapFromScene(view._country).boundingRect()
        legend = view._legend()[2]
        assert not QRectF(country).intersects(legend), size
        assert country.width() >= 0.7 * size[0] or country.height() >= 0.6 * size[1]
    assert view.mapToScene(view.viewport().rect().center()) != QPointF()


def test_screenshot_selects_a_team(tmp_path: Path) -> None:
    """``--select TEAM`` shows that team's routes; a team not in the plan is refused."""
    from ui import app

    mission_path, plan_path = saved_pair(tmp_path)
    out = tmp_path / "team.png"
    assert app.main([str(mission_path), "--plan", str(plan_path), "--screenshot", str(out),
                     "--size", "1200x800", "--select", "A1"]) == 0
    assert out.stat().st_size > 10_000
    assert app.main([str(mission_path), "--plan", str(plan_path), "--screenshot",
                     str(tmp_path / "none.png"), "--select", "Z9"]) == 1
    assert app.main([str(mission_path), "--plan", str(plan_path), "--screenshot",
                     str(tmp_path / "day.png"), "--select", "A1", "--day", "2019-06-09"]) == 0
    assert app.main([str(mission_path), "--plan", str(plan_path), "--screenshot",
                     str(tmp_path / "none.png"), "--day", "2020-01-01"]) == 1
    assert not (tmp_path / "none.png").exists()


def test_screenshot_day_shows_that_day_everywhere(qtbot: QtBot, tmp_path: Path) -> None:
    """``--day``: the map's day, the visits table's day filter and the timeline's first
    rows are that day."""
    from datetime import date

    from ui import app

    window = window_with(qtbot, plan=build_plan())
    _shown(qtbot, window, 1400, 560)  # a short timeline, which has to scroll
    day = date(2019, 6, 9)
    timeline = window.views["timeline"].widget()
    qtbot.waitUntil(lambda: bool(timeline.rows))  # the views follow the document on timers
    app._show_day(window, day)
    qtbot.wait(20)
    assert window.views["map"].widget().view.day == day
    assert window.panels["visits"].filter_boxes["day"].currentData() == "2019-06-09"
    first = next(i for i, row in enumerate(timeline.rows) if row.day == day)
    bar = timeline.scroll.verticalScrollBar()
    assert first > 0 and bar.maximum() > 0
    assert bar.value() == min(bar.maximum(), int(timeline.row_top(first) - timeline.row_top(0)))


def test_a_fitted_selection_is_not_under_the_legend(qtbot: QtBot, views_mission: Mission,
                                                    views_plan: Plan) -> None:
    """Fit selection shows a team's whole route beside the legend (stops were hidden)."""
    from PySide6.QtCore import QRectF as Rect

    view = MapView()
    qtbot.addWidget(view)
    view.set_mission(views_mission)
    view.set_plan(views_plan)
    view.resize(540, 420)
    view.show()
    qtbot.waitExposed(view)
    team = views_plan.routes[0].team
    view.selection.select(teams={team}, source="test")
    view.fit_selection()
    stations = {v.station for r in views_plan.routes if r.team == team for v in r.visits}
    route = view.mapFromScene(view._rect_of(stations)).boundingRect()
    assert not Rect(route).intersects(view._legend()[2])
    assert Rect(view.viewport().rect()).contains(Rect(route))


def test_every_menu_command_has_a_shipped_or_themed_icon(qtbot: QtBot) -> None:
    """Without a desktop icon theme (Windows, a bare Linux) the menus still show the
    shipped Breeze icons, not Qt's generic arrows; only the secondary commands go without."""
    from PySide6.QtWidgets import QMenu

    window = window_with(qtbot, plan=build_plan())
    without = {"Open &Plan…", "Open &Recent", "About &Qt"}
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            if action.isSeparator() or action.menu() is not None or \
                    action.text() in without or menu is window.view_menu or \
                    menu is window.recent_menu:
                continue
            assert not action.icon().isNull(), action.text()


def test_shipped_icons_draw_at_menu_and_toolbar_sizes(qapp: QApplication) -> None:
    """Each shipped icon comes at 16 and 22 px; on a dark palette the monochrome ones are
    drawn in the palette's light text colour."""
    from PySide6.QtGui import QColor, QPalette

    from ui import icons

    names = sorted(p.stem for p in (icons.FOLDER / "22").glob("*.svg"))
    assert len(names) >= 20
    for name in names:
        drawn = icons._shipped(name, icons.BREEZE_TEXT)
        assert {s.width() for s in drawn.availableSizes()} >= {16, 22}, name
    assert not icons.app_icon().isNull()
    light = QPalette(qapp.palette())
    light.setColor(QPalette.ColorRole.WindowText, QColor("#fcfcfc"))
    before = qapp.palette()
    qapp.setPalette(light)
    try:
        assert icons._text_colour() == "#fcfcfc"
        image = icons._shipped("edit-undo", icons._text_colour()).pixmap(22, 22).toImage()
        inked = [image.pixelColor(x, y) for x in range(image.width())
                 for y in range(image.height()) if image.pixelColor(x, y).alpha() > 200]
        assert inked and all(c.lightness() > 200 for c in inked)
    finally:
        qapp.setPalette(before)


def test_filters_go_under_the_search_box_rather_than_cut(qtbot: QtBot, russian: None) -> None:
    """A wide table has its filters beside the search box; a narrow one puts them under it,
    each "All …" choice whole (the Russian ones were cut: "С нарушениям")."""
    window = window_with(qtbot, plan=build_plan())
    panel = window.panels["stations"]
    panel.setParent(None)
    qtbot.addWidget(panel)
    for width, two_rows in ((1400, False), (600, True)):
        panel.resize(width, 500)
        panel.show()
        qtbot.waitExposed(panel)
        qtbot.waitUntil(lambda two_rows=two_rows: panel._two_rows is two_rows)
        qtbot.wait(10)
        assert (panel.second_row.count() > 0) is two_rows
        for box in panel.filter_boxes.values():
            text = box.fontMetrics().horizontalAdvance(box.currentText())
            assert text + 24 <= box.width(), (width, box.currentText(), box.width())


def test_every_menu_entry_has_its_own_mnemonic(qtbot: QtBot, russian: None) -> None:
    """Alt+letter reaches each entry of each menu once shown, the View menu's docks and
    tabs too (their texts are titles without an ``&``), in Russian as in English."""
    from PySide6.QtWidgets import QMenu

    from ui.widgets.mnemonics import mnemonic_of

    window = window_with(qtbot, plan=build_plan())
    for menu in window.menuBar().findChildren(QMenu):
        if menu is window.recent_menu:  # "&1 file.json", "&2 …"
            continue
        menu.aboutToShow.emit()
        letters = [mnemonic_of(a.text()) for a in menu.actions()
                   if not a.isSeparator() and a.text()]
        assert all(letters) and len(set(letters)) == len(letters), (menu.title(), letters)
    assert next(mnemonic_of(a.text()) for a in window.view_menu.actions()
                if a.text()) == "у"  # "&Участки"


def test_mnemonic_prefers_the_start_of_a_free_word() -> None:
    """"Plan summary" after "Map" and "Mission": P; a taken letter moves along."""
    from ui.widgets.mnemonics import with_mnemonic

    taken = {"m"}
    assert with_mnemonic("Mission", taken) == "M&ission"
    assert with_mnemonic("Plan summary", taken) == "&Plan summary"
    assert with_mnemonic("Undo history", taken) == "&Undo history"
    assert with_mnemonic("&Timeline", taken) == "&Timeline"


def test_replan_starts_on_election_day_and_says_what_to_do(qtbot: QtBot) -> None:
    """Re-planning is mostly an election-day job; the empty list tells how to fill it."""
    from tests.export.conftest import build_mission
    from ui.dialogs.replan import ReplanDialog
    from ui.planning_api import PlanOptions

    mission = build_mission()
    dialog = ReplanDialog(mission, build_plan(), PlanOptions())
    qtbot.addWidget(dialog)
    assert dialog.day.currentData() == mission.election_date
    assert "Add" in dialog.list.hint


def test_preferences_show_the_language_in_use(qtbot: QtBot, russian: None,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Started in Russian (``--lang ru``) with nothing chosen yet: the dialog says Russian,
    not English; a choice once made is what it shows. A Russian computer starts in Russian."""
    from ui import settings
    from ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "ru"
    settings.set_language("en")
    chosen = PreferencesDialog()
    qtbot.addWidget(chosen)
    assert chosen.language.currentData() == "en"
    settings.settings().remove("language")
    monkeypatch.setattr(settings, "_system_is_russian", lambda: True)
    assert settings.language() == "ru"
    monkeypatch.setattr(settings, "_system_is_russian", lambda: False)
    assert settings.language() == "en"


def test_prompts_speak_russian(qtbot: QtBot, russian: None, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The questions of ``ui.ask`` and the window's prompts (unsaved changes, work restored
    after a crash, a file changed or removed by another program), as the user sees them:
    title, text, details and every button in Russian."""
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.test_translation import _untranslated
    from ui.widgets.mnemonics import mnemonic_of

    shown: list[list[str]] = []

    def show(box: QMessageBox) -> int:
        shown.append([box.windowTitle(), box.text(), box.informativeText(),
                      *[b.text() for b in box.buttons()]])
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", show)
    for name, function in REAL_ASK.items():
        monkeypatch.setattr(ask, name, function)
    mission_path, plan_path = saved_pair(tmp_path)
    window = window_with(qtbot)
    assert window.open_file(mission_path, plan_path)
    window.document.undo_stack.push(_edit())
    assert not window.maybe_save()  # Cancel
    window.watcher._ask([mission_path])
    window.watcher._ask([tmp_path / "gone.json"])
    ask.done_with_folder(window, window.exports.tr("Export Finished"), "teams")
    from datetime import UTC, datetime

    from ui import recovery

    left = recovery.Recovered(tmp_path / "r.json", datetime.now(UTC), "SCO 2019",
                              mission_path, None)
    monkeypatch.setattr(recovery, "left_over", lambda: [left])
    monkeypatch.setattr(recovery.Recovered, "discard", lambda self: None)
    assert not window.offer_recovery()  # the prompt answered Cancel: not restored
    window.document.undo_stack.clear()
    assert len(shown) == 5
    data = {"mission.json", "gone.json", "teams", "SCO 2019", str(mission_path)}
    for texts in shown:
        bad = [t for t in texts if t and _untranslated(t, data)]
        assert bad == [], texts
    assert sorted(shown[0][3:]) == ["&Не сохранять", "&Отмена", "&Сохранить"]
    assert "&Восстановить" in shown[4]
    for texts in shown:  # every button has its own Alt+letter
        letters = [mnemonic_of(t) for t in texts[3:]]
        assert all(letters) and len(set(letters)) == len(letters), texts


def _edit() -> object:
    from PySide6.QtGui import QUndoCommand

    return QUndoCommand("edit")


def test_import_preview_names_the_fields_in_russian(qtbot: QtBot, russian: None,
                                                   tmp_path: Path) -> None:
    """The columns tab says what each column is imported as in the interface's language
    (it showed the English template names), with what the field holds as a tooltip."""
    from ui.dialogs.import_preview import ImportDialog

    window = window_with(qtbot)
    path = tmp_path / "list.csv"
    path.write_text("Number,Commission,Region,Voters,Remarks\n7,Esil,atyrau,900,x\n", "utf-8")
    dialog = ImportDialog(window.document.mission, path, "stations", window)  # type: ignore
    qtbot.addWidget(dialog)
    dialog.wait()
    model = dialog.columns_model
    fields = [model.item(row, 2).text() for row in range(model.rowCount())]
    assert fields[0] == "Номер участка" and fields[-1] == "не импортируется"
    assert all(re.search("[А-Яа-я]", text) for text in fields), fields
    assert re.search("[А-Яа-я]", model.item(0, 2).toolTip())
