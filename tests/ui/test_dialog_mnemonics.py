"""Every field of a dialog reachable by Alt+letter, in English and in Russian (as KDE's
KAcceleratorManager gives them), with no letter used twice in one dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.export.conftest import build_mission, build_plan
from ui import i18n
from ui.widgets.mnemonics import MnemonicsOnShow, mnemonic_of


@pytest.fixture
def mnemonics(qapp: QApplication) -> Iterator[None]:
    watcher = MnemonicsOnShow()
    qapp.installEventFilter(watcher)
    yield
    qapp.removeEventFilter(watcher)
    i18n.install(qapp, "en")


def _fields(dialog: QWidget) -> list[str]:
    labels = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    buttons = [b.text() for b in dialog.findChildren(QAbstractButton)
               if any(c.isalpha() for c in b.text())]
    return [*labels, *buttons]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_dialog_fields_get_their_own_mnemonics(qtbot: QtBot, qapp: QApplication,
                                               mnemonics: None, tmp_path: Path,
                                               language: str) -> None:
    from ui.dialogs.export import ExportDialog
    from ui.dialogs.plan_settings import PlanSettingsDialog
    from ui.dialogs.replan import ReplanDialog
    from ui.planning_api import PlanOptions

    i18n.install(qapp, language)
    mission, plan = build_mission(), build_plan()
    for dialog in (PlanSettingsDialog(mission, PlanOptions()),
                   ReplanDialog(mission, plan, PlanOptions()),
                   ExportDialog("teams", tmp_path, language)):
        qtbot.addWidget(dialog)
        before = _fields(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        texts = _fields(dialog)
        letters = [mnemonic_of(t) for t in texts]
        labels = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
        assert labels and all(mnemonic_of(t) for t in labels), labels
        orphans = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()
                   and w.text().rstrip().endswith(":") and w.buddy() is None]
        assert orphans == [], "a field label without its field (no Alt+letter)"
        assert len(set(filter(None, letters))) == len(list(filter(None, letters))), texts
        assert [t.replace("&", "") for t in texts] == [t.replace("&", "") for t in before]
        dialog.close()
