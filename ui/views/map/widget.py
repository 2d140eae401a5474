"""The map with its toolbar: the day shown, layers, fit, and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from missionplanner.errors import MissionPlannerError
from missionplanner.model import Mission, Plan
from ui.i18n.errors import error_text
from ui.selection import Selection
from ui.views.map.export import export_view
from ui.views.map.view import MapView


class MapWidget(QWidget):
    """A :class:`MapView` under a toolbar; ``set_mission``/``set_plan`` pass through."""

    def __init__(self, selection: Selection | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = MapView(selection, self)
        self.selection = self.view.selection
        self.toolbar = QToolBar(self)
        self.toolbar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.day_box = QComboBox(self)
        self.day_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.day_box.currentIndexChanged.connect(self._day_chosen)
        self.toolbar.addWidget(self.day_box)
        self.toolbar.addSeparator()
        self._action(self.tr("Whole country"), self.view.fit_country, "0")
        self._action(self.tr("Fit selection"), self.view.fit_selection, "F")
        self.toolbar.addSeparator()
        self.layers: dict[str, QAction] = {}
        """What is drawn, switched from the Layers menu (five toggles in a row did not fit a
        docked map's toolbar)."""
        layers_menu = QMenu(self)
        for key, text in (("outlines", self.tr("Regions")), ("stations", self.tr("Stations")),
                          ("routes", self.tr("Routes")), ("names", self.tr("Names")),
                          ("legend", self.tr("Legend"))):
            action = layers_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._apply_layers)
            self.layers[key] = action
        self.layers_button = QToolButton(self)
        self.layers_button.setText(self.tr("Layers") + " ▾")
        self.layers_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.layers_button.setToolTip(self.tr("Regions, stations, routes, names and legend: "
                                              "what the map draws"))
        self.layers_button.setMenu(layers_menu)
        self.layers_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(self.layers_button)
        self.toolbar.addSeparator()
        self._action(self.tr("Export…"), self._ask_export, None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view)

    def _action(self, text: str, slot: object, key: str | None) -> QAction:
        action = self.toolbar.addAction(text)
        action.triggered.connect(slot)
        if key:
            action.setShortcut(QKeySequence(key))
        return action

    def set_mission(self, mission: Mission | None) -> None:
        """Show a mission (see :meth:`MapView.set_mission`)."""
        self.view.set_mission(mission)
        self._fill_days()
        self.view.fit_country()

    def set_plan(self, plan: Plan | None) -> None:
        """Show a plan (see :meth:`MapView.set_plan`)."""
        self.view.set_plan(plan)
        self._fill_days()

    def _fill_days(self) -> None:
        current = self.view.day
        self.day_box.blockSignals(True)
        self.day_box.clear()
        self.day_box.addItem(self.tr("All days"), None)
        for day in self.view.index.days():
            self.day_box.addItem(f"{day:%d.%m.%Y}", day)
        found = self.day_box.findData(current) if current is not None else 0
        self.day_box.setCurrentIndex(max(found, 0))
        self.day_box.blockSignals(False)
        if found < 0:
            self.view.set_day(None)

    def _day_chosen(self, _index: int) -> None:
        self.view.set_day(self.day_box.currentData())

    def _apply_layers(self) -> None:
        on = {key: action.isChecked() for key, action in self.layers.items()}
        self.view.basemap.setVisible(on["outlines"])
        self.view.stations.setVisible(on["stations"])
        self.view.places.setVisible(on["names"])
        self.view.show_routes = on["routes"]
        for item in self.view.route_items:
            item.setVisible(on["routes"])
        self.view.show_legend = on["legend"]
        self.view.viewport().update()

    def _ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the map"), "map.png",
            self.tr("Pictures (*.png *.svg *.pdf)"))
        if name:
            self.export(Path(name))

    def export(self, path: Path) -> bool:
        """Save the map as shown; a failure is reported in a dialog."""
        try:
            export_view(self.view, path)
        except MissionPlannerError as exc:
            QMessageBox.warning(self, self.tr("Cannot export the map"), error_text(exc))
            return False
        return True
